"""Every error message written in assessment/ has a pattern in ui/problems, so it is shown in Chinese too."""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Messages that can never reach the desktop app (so they need no Chinese): path prefix -> why.
CLI_ONLY = {
    "assessment/cli/": "the command line's own checks (they name its options, e.g. --all, --what-if); "
                       "printed on stderr, never shown by the app",
    "assessment/copydb.py": "copy-db is a command-line tool only (python main.py copy-db)",
}

# A message argument that is a variable: (file, source of the argument) -> where its texts are checked instead.
DYNAMIC = {
    ("assessment/ops/activity.py", "str(exc)"): "a UnitError of scoring/units.py: checked below as problems",
    ("assessment/exchange/workbook_preview.py", "exc.problem"): "a ValidationError's problem, checked where raised",
}

# Variables inside f-strings whose possible values are the string returns of a function.
EXPANSIONS = {("assessment/exchange/zipsafe.py", "problem"): "check_name"}


def _trees(folder: str) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted((ROOT / folder).rglob("*.py")):
        yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def error_classes() -> set[str]:
    """AssessmentError and every class in assessment/ that derives from it (by name)."""
    names, classes = {"AssessmentError"}, []
    for _rel, tree in _trees("assessment"):
        classes += [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    while True:
        more = {c.name for c in classes if any(getattr(b, "id", getattr(b, "attr", None)) in names for b in c.bases)}
        if more <= names:
            return names
        names |= more


def _returns(tree: ast.Module, function: str) -> list[str]:
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == function)
    return [r.value.value for r in ast.walk(fn) if isinstance(r, ast.Return) and isinstance(r.value, ast.Constant)
            and isinstance(r.value.value, str)]


class Renderer:
    """The texts a message expression can produce, with sample values (VALUE1, VALUE2 …) for what is computed."""

    def __init__(self, rel: str, tree: ast.Module) -> None:
        self.rel, self.tree, self.n = rel, tree, 0

    def sample(self) -> list[str]:
        self.n += 1
        return [f"VALUE{self.n}"]

    def render(self, node: ast.AST) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.JoinedStr):
            return self.concat(node.values)
        if isinstance(node, ast.FormattedValue):
            if isinstance(node.value, ast.Name) and (self.rel, node.value.id) in EXPANSIONS:
                return _returns(self.tree, EXPANSIONS[(self.rel, node.value.id)])
            if isinstance(node.value, ast.Name):  # a text put together before: render what was assigned
                assigned = [a.value for a in ast.walk(self.tree) if isinstance(a, ast.Assign)
                            and [ast.unparse(t) for t in a.targets] == [node.value.id]
                            and isinstance(a.value, ast.JoinedStr | ast.BinOp)]
                if len(assigned) == 1 and is_literal(assigned[0]):
                    return self.render(assigned[0])
            return self.sample()
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self.concat([node.left, node.right])
        if isinstance(node, ast.IfExp):
            return self.render(node.body) + self.render(node.orelse)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.JoinedStr):  # f"…"[:400]
            return self.render(node.value)
        return self.sample()

    def concat(self, parts: list[ast.AST]) -> list[str]:
        return ["".join(p) for p in itertools.product(*(self.render(p) for p in parts))]


def is_literal(node: ast.AST) -> bool:
    """Some fixed text in it (not only a variable or a call)."""
    return any(isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.strip() for n in ast.walk(node))


def messages() -> list[tuple[str, int, str, str]]:
    """(file, line, 'message' | 'problem', text) for every error built in assessment/ and every unit error."""
    errors, out = error_classes(), []
    sources = [*_trees("assessment"), *(r for r in _trees("scoring") if r[0] == "scoring/units.py")]
    for rel, tree in sources:
        if any(rel.startswith(prefix) for prefix in CLI_ONLY):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "ValidationError" and len(node.args) == 3:
                kind, arg = "problem", node.args[2]
            elif name == "UnitError" and node.args:
                kind, arg = "problem", node.args[0]
            elif name == "problem" and rel.endswith("workbook_preview.py") and len(node.args) >= 5:
                kind, arg = "problem", node.args[4]  # the reason shown in the import dialog's Problems table
            elif name in errors and name not in ("ValidationError", "ValidationErrors") and node.args:
                kind, arg = "message", node.args[0]
            else:
                continue
            if not is_literal(arg):
                assert (rel, ast.unparse(arg)) in DYNAMIC, (
                    f"{rel}:{node.lineno}: the message is only a variable ({ast.unparse(arg)}); write it out, "
                    "or say in DYNAMIC where its texts are checked")
                continue
            out += [(rel, node.lineno, kind, text) for text in Renderer(rel, tree).render(arg)]
    return out


MESSAGES = messages()


def test_the_walk_finds_the_messages() -> None:
    kinds = {k for *_x, k, _t in MESSAGES}
    assert kinds == {"message", "problem"}
    assert len(MESSAGES) > 200
    texts = {t for *_x, t in MESSAGES}
    assert "cannot submit, fix these first: VALUE1" in texts
    assert "member VALUE1 is an absolute path" in texts  # expanded from check_name()
    assert "unit VALUE1 does not fit carrier VALUE2 (VALUE3; use VALUE4)" in texts  # the hint rendered too


@pytest.mark.parametrize("rel, line, kind, text", MESSAGES, ids=[f"{m[0]}:{m[1]}" for m in MESSAGES])
def test_every_message_has_a_pattern(app: Any, rel: str, line: int, kind: str, text: str) -> None:
    """A new English-only message fails here: add its pattern to ui/problems and its Chinese to lcs_zh_CN.ts."""
    from ui import i18n
    from ui.problems import MESSAGES as CATALOGUE
    from ui.problems import PROBLEMS, translate_message, translate_problem

    catalogue = PROBLEMS if kind == "problem" else CATALOGUE
    assert catalogue.match(text) is not None, f"{rel}:{line}: no pattern in ui/problems for {kind} {text!r}"
    i18n.install_language(app, "zh_CN")
    try:
        shown = translate_problem(text) if kind == "problem" else translate_message(text)
    finally:
        i18n.install_language(app, "en")
    assert shown != text and re.search(r"[\u4e00-\u9fff]", shown), f"{rel}:{line}: not translated: {shown!r}"
    assert not re.search(r"%\d", shown), shown
    for value in re.findall(r"VALUE\d+", text):  # the concrete values are put back
        assert value in shown, f"{rel}:{line}: {value} lost in {shown!r}"
    # no English sentence is left (a wrongly chosen pattern would leave the outer message's words as a value)
    rest = re.sub(r"VALUE\d+|(python main\.py|pip install) [^，。；）]*", " ", shown)
    assert not re.search(r"[A-Za-z]{2,}(?:[ ,;:]+[A-Za-z]{2,}){2,}", rest), f"{rel}:{line}: English left: {shown!r}"


def test_english_stays_exactly_as_written(app: Any) -> None:
    from ui.problems import translate_message, translate_problem

    for _rel, _line, kind, text in MESSAGES:
        assert (translate_problem(text) if kind == "problem" else translate_message(text)) == text


def field_names() -> list[tuple[str, int, str]]:
    """(file, line, name) of every field a ValidationError names in fixed text ('row 3 month', 'code', …)."""
    out = []
    for rel, tree in _trees("assessment"):
        if any(rel.startswith(prefix) for prefix in CLI_ONLY):
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ValidationError"
                    and node.args and is_literal(node.args[0])):
                arg = node.args[0]
                parts = arg.values if isinstance(arg, ast.JoinedStr) else [arg]
                name = "".join(p.value if isinstance(p, ast.Constant) else
                               ("row 3 " if ast.unparse(p.value) == "prefix" else "3") for p in parts)
                out.append((rel, node.lineno, name))
    return out


def test_every_field_named_in_an_error_has_a_label(app: Any) -> None:
    from assessment.fields import SITE_FIELD_MAP
    from ui import i18n
    from ui.problems.words import field

    names = field_names()
    assert ("assessment/ops/activity.py", "row 3 quantity") in {(r, n) for r, _line, n in names}
    i18n.install_language(app, "zh_CN")
    try:
        for rel, line, name in names + [("assessment/fields.py", 0, n) for n in SITE_FIELD_MAP]:
            assert re.search(r"[\u4e00-\u9fff]", field(name)), f"{rel}:{line}: no Chinese label for field {name!r}"
    finally:
        i18n.install_language(app, "en")


ACTION_ARGS = {"_transition": 2, "require": 2, "require_phase": 2, "require_not_conflicted": 2, "check_access": 3,
               "check_document": 3, "check_viewer_document": 3, "check_not_conflicted": 3}


def actions() -> set[str]:
    """The actions that refusals put into their sentence ('cannot %1 …'), as passed in assessment/."""
    out: set[str] = set()
    for _rel, tree in _trees("assessment"):
        for node in ast.walk(tree):
            name = isinstance(node, ast.Call) and (getattr(node.func, "id", None) or getattr(node.func, "attr", None))
            if name in ACTION_ARGS and len(node.args) > ACTION_ARGS[name]:  # type: ignore[index]
                arg = node.args[ACTION_ARGS[name]]  # type: ignore[index]
                if isinstance(arg, ast.Constant):
                    out.add(arg.value)
                elif isinstance(arg, ast.JoinedStr):  # f"mark a conflict {status}"
                    out |= {f"mark a conflict {s}" for s in ("confirmed", "dismissed")}
            if isinstance(node, ast.FunctionDef) and node.name in ACTION_ARGS:
                out |= {d.value for d in node.args.defaults if isinstance(d, ast.Constant) and isinstance(d.value, str)}
    return out


def test_actions_roles_and_hidden_reasons_are_translated(app: Any) -> None:
    from assessment.models import ROLES
    from ui import i18n
    from ui.problems import translate_message
    from ui.problems.words import term

    found = actions()
    assert {"submit", "start the review of", "record a decision", "get its dossier", "mark a conflict dismissed",
            "score it"} <= found
    visibility = next(t for rel, t in _trees("assessment") if rel.endswith("panel/visibility.py"))
    level = next(n for n in ast.walk(visibility) if isinstance(n, ast.FunctionDef) and n.name == "level")
    returned = [r.value.elts[1] for r in ast.walk(level)  # each return is (level, reason)
                if isinstance(r, ast.Return) and isinstance(r.value, ast.Tuple)]
    reasons = [e.value for e in returned if isinstance(e, ast.Constant) and e.value]
    assert len(reasons) >= 5
    i18n.install_language(app, "zh_CN")
    try:
        for word in sorted(found) + list(ROLES):
            assert re.search(r"[\u4e00-\u9fff]", term(word)), f"no Chinese for the action or role {word!r}"
        for reason in reasons:
            assert re.search(r"[\u4e00-\u9fff]", translate_message(reason)), f"not translated: {reason!r}"
    finally:
        i18n.install_language(app, "en")
