"""Words that messages are assembled from (actions, roles, phases, field names) and how values are shown."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from assessment.fields import SITE_FIELD_MAP
from assessment.panel.access import PHASE_NAMES
from scoring import CARRIERS
from ui import i18n
from ui.problems.engine import Terms, fill

ACTIONS = Terms("Terms", [  # what someone tried to do ("cannot %1 …", "… and cannot %1")
    QT_TRANSLATE_NOOP("Terms", "submit"),
    QT_TRANSLATE_NOOP("Terms", "start the review of"),
    QT_TRANSLATE_NOOP("Terms", "return"),
    QT_TRANSLATE_NOOP("Terms", "decide"),
    QT_TRANSLATE_NOOP("Terms", "amend"),
    QT_TRANSLATE_NOOP("Terms", "change the panel phase"),
    QT_TRANSLATE_NOOP("Terms", "change the aggregation method"),
    QT_TRANSLATE_NOOP("Terms", "record a conflict for another member"),
    QT_TRANSLATE_NOOP("Terms", "run the conflict suggestions"),
    QT_TRANSLATE_NOOP("Terms", "mark a conflict confirmed"),
    QT_TRANSLATE_NOOP("Terms", "mark a conflict dismissed"),
    QT_TRANSLATE_NOOP("Terms", "score candidates"),
    QT_TRANSLATE_NOOP("Terms", "open a scoring sheet"),
    QT_TRANSLATE_NOOP("Terms", "record a decision"),
    QT_TRANSLATE_NOOP("Terms", "record its decision"),
    QT_TRANSLATE_NOOP("Terms", "score it"),
    QT_TRANSLATE_NOOP("Terms", "export panel scores"),
    QT_TRANSLATE_NOOP("Terms", "get its dossier"),
    QT_TRANSLATE_NOOP("Terms", "get its certificate"),
    # roles and record kinds
    QT_TRANSLATE_NOOP("Terms", "assessor"),
    QT_TRANSLATE_NOOP("Terms", "panel member"),
    QT_TRANSLATE_NOOP("Terms", "panel chair"),
    QT_TRANSLATE_NOOP("Terms", "secretariat"),
    QT_TRANSLATE_NOOP("Terms", "campaign"),
    QT_TRANSLATE_NOOP("Terms", "person"),
    QT_TRANSLATE_NOOP("Terms", "campaign member"),
    QT_TRANSLATE_NOOP("Terms", "site"),
    QT_TRANSLATE_NOOP("Terms", "assessment"),
    QT_TRANSLATE_NOOP("Terms", "score snapshot"),
    QT_TRANSLATE_NOOP("Terms", "decision"),
    QT_TRANSLATE_NOOP("Terms", "activity record"),
    QT_TRANSLATE_NOOP("Terms", "response"),
    QT_TRANSLATE_NOOP("Terms", "evidence"),
    QT_TRANSLATE_NOOP("Terms", "panel score"),
    QT_TRANSLATE_NOOP("Terms", "conflict declaration"),
    QT_TRANSLATE_NOOP("Terms", "energy"),
    QT_TRANSLATE_NOOP("Terms", "volume"),
    QT_TRANSLATE_NOOP("Terms", "mass"),
    QT_TRANSLATE_NOOP("Terms", "median"),
    QT_TRANSLATE_NOOP("Terms", "mean"),
    QT_TRANSLATE_NOOP("Terms", "trimmed mean"),
    QT_TRANSLATE_NOOP("Terms", "open"),
    QT_TRANSLATE_NOOP("Terms", "kept local"),
    QT_TRANSLATE_NOOP("Terms", "kept incoming"),
])

FIELDS = Terms("Fields", [  # names of inputs that are not site fields (those have labels in assessment/fields.py)
    QT_TRANSLATE_NOOP("Fields", "carrier"),
    QT_TRANSLATE_NOOP("Fields", "month"),
    QT_TRANSLATE_NOOP("Fields", "quantity"),
    QT_TRANSLATE_NOOP("Fields", "unit"),
    QT_TRANSLATE_NOOP("Fields", "meter_id"),
    QT_TRANSLATE_NOOP("Fields", "source"),
    QT_TRANSLATE_NOOP("Fields", "record_ids"),
    QT_TRANSLATE_NOOP("Fields", "code"),
    QT_TRANSLATE_NOOP("Fields", "year"),
    QT_TRANSLATE_NOOP("Fields", "period"),
    QT_TRANSLATE_NOOP("Fields", "period_end"),
    QT_TRANSLATE_NOOP("Fields", "file"),
    QT_TRANSLATE_NOOP("Fields", "evidence"),
    QT_TRANSLATE_NOOP("Fields", "item"),
    QT_TRANSLATE_NOOP("Fields", "comment"),
    QT_TRANSLATE_NOOP("Fields", "reason"),
    QT_TRANSLATE_NOOP("Fields", "outcome"),
    QT_TRANSLATE_NOOP("Fields", "keep"),
    QT_TRANSLATE_NOOP("Fields", "key"),
    QT_TRANSLATE_NOOP("Fields", "site"),
    QT_TRANSLATE_NOOP("Fields", "sites"),
    QT_TRANSLATE_NOOP("Fields", "export"),
    QT_TRANSLATE_NOOP("Fields", "output"),
    QT_TRANSLATE_NOOP("Fields", "type"),
    QT_TRANSLATE_NOOP("Fields", "lang"),
    QT_TRANSLATE_NOOP("Fields", "phase"),
    QT_TRANSLATE_NOOP("Fields", "aggregation"),
    QT_TRANSLATE_NOOP("Fields", "status"),
    QT_TRANSLATE_NOOP("Fields", "rationale"),
    QT_TRANSLATE_NOOP("Fields", "votes"),
    QT_TRANSLATE_NOOP("Fields", "candidates"),
])


def term(text: str) -> str:
    """An action, role or record kind in the user's language (underscores read as spaces)."""
    return ACTIONS.get(text.replace("_", " ")) or text


def terms(text: str) -> str:
    """'a, b' or 'a or b' with each part as term() shows it."""
    if " or " in text:
        *first, last = text.split(" or ")
        return fill(QCoreApplication.translate("Terms", "%1 or %2"), ["、".join(term(p) for p in first), term(last)])
    return "、".join(term(p) for p in text.split(", "))


def listing(text: str) -> str:
    """'a, b, c' (values as they are) separated the way the user's language lists things."""
    return QCoreApplication.translate("Terms", ", ").join(text.split(", "))


def choices(text: str) -> str:
    """'a, b, c' allowed codes, each with its label where the app has one: 已授牌（awarded） — the code is what a
    workbook cell or the command line takes, the label what the app shows."""
    def one(code: str) -> str:
        return f"{i18n.label(code)}（{code}）" if code in i18n.LABELS else code
    return "、".join(one(p) for p in text.split(", "))


def status(text: str) -> str:
    """An assessment status ('under review' or 'under_review') as the app labels it."""
    code = text.strip().replace(" ", "_")
    return i18n.label(code) if code in i18n.LABELS else text


def statuses(text: str) -> str:
    return "、".join(status(p) for p in text.split(", "))


def phase(text: str) -> str:
    """A panel phase given by its code ('revise') or its English name ('independent scoring')."""
    for code, (zh, en) in PHASE_NAMES.items():
        if text.strip() in (code, en.lower()):
            return i18n.pick(zh, en)
    return text


def phases(text: str) -> str:
    return "、".join(phase(p) for p in text.split(", "))


def quoted(text: str) -> str:
    """A value Python quoted ('kg') in the quotation marks of the user's language."""
    bare = text[1:-1] if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"" else None
    return QCoreApplication.translate("Terms", "'%1'").replace("%1", bare) if bare is not None else text


def carrier(text: str) -> str:
    """An energy carrier code (possibly quoted) by its name."""
    bare = text.strip("'\"")
    c = CARRIERS.get(bare)
    if c is None:
        return text
    name = i18n.pick(c.name_zh, c.name_en)
    return quoted(f"'{name}'") if bare != text else name


def field(name: str) -> str:
    """A field named in an error: site fields by their label, 'row 3 month' and 'PK-E5 points' in parts."""
    spec = SITE_FIELD_MAP.get(name)
    if spec:
        return i18n.pick(spec.label_zh, spec.label_en)
    m = re.fullmatch(r"row (\d+) (.+)", name)
    if m:
        return fill(QCoreApplication.translate("Fields", "row %1, %2"), [m.group(1), field(m.group(2))])
    m = re.fullmatch(r"(.+) points", name)
    if m:
        return QCoreApplication.translate("Fields", "%1 points").replace("%1", m.group(1))
    return FIELDS.get(name) or name


def message(text: str) -> str:
    """A message quoted inside another (e.g. the first problem of a workbook)."""
    from ui.problems import translate_message

    return translate_message(text)


def problem(text: str) -> str:
    from ui.problems import translate_problem

    return translate_problem(text)


def place(text: str) -> str:
    """Where a problem is: a field name, or a workbook's 'Sites row 3, column B'."""
    m = re.fullmatch(r"(.+?)(?: row (\d+))?(?:, column (.+))?", text, re.S)
    if m and (m.group(2) or m.group(3)):
        parts = [m.group(1)]
        if m.group(2):
            parts.append(QCoreApplication.translate("Fields", "row %1").replace("%1", m.group(2)))
        if m.group(3):
            parts.append(QCoreApplication.translate("Fields", "column %1").replace("%1", m.group(3)))
        return QCoreApplication.translate("Fields", ", ").join(parts)
    return field(text)


def located(text: str) -> str:
    """'field: value — problem' (str of a ValidationError or of a workbook problem) with each part translated."""
    m = re.fullmatch(r"(.*?): (.*) — (.*)", text, re.S)
    if m:
        return fill(QCoreApplication.translate("Errors", "%1: %2 — %3"),
                    [place(m.group(1)), m.group(2), problem(m.group(3))])
    m = re.fullmatch(r"(.*?): (.*)", text, re.S)
    if m:
        return fill(QCoreApplication.translate("Errors", "%1: %2"), [place(m.group(1)), problem(m.group(2))])
    return problem(text)
