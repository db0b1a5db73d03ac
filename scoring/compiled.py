"""Fast scoring path: a criteria set prepared once, then statuses and points as plain lists per assessment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .accounting import CarbonAccount, Floats, MetricValue
from .card import GateResult, ItemResult, TierResult, plain_template
from .criteria_model import Category, Condition, CriteriaSet, Item, Tier
from .evaluate import evaluate_gate, item_outcome, metric_value, to_number, to_yes
from .inputs import AssessmentInputs

__all__ = ["Plan", "Run", "plan_for", "eval_gates", "eval_items", "build_gates", "build_items"]

_new = object.__new__
_set = object.__setattr__
_TEXT_FIELDS = ("explanation_zh", "explanation_en")
_GATE_TEXT = ("rule_zh", "rule_en", "reason_zh", "reason_en")
_MISSING = object()
_EPS = 1e-9
_TEXTS_MAX = 10_000  # bounded: invalid choice keys could be anything

#: A band as plain numbers: (ge, gt, le, lt, points), tested like :meth:`Condition.contains`.
Band = tuple[float | None, float | None, float | None, float | None, float]
#: A numeric item: (index, the key of its value in the floats, linear (x0, x1, p0, p1) or None,
#: bands or None (neither: informational), applicable subtypes, the item).
NumSpec = tuple[int, str, tuple[float, float, float, float] | None, tuple[Band, ...] | None, tuple[str, ...], Item]


def _band(c: Condition) -> Band:
    return (c.ge, c.gt, c.le, c.lt, c.points)


class Plan:
    """A criteria set prepared once: items grouped by kind, category positions, fixed result fields."""

    __slots__ = ("items", "statics", "plain", "texts", "yes_no", "choice", "numeric", "panel", "number_codes",
                 "bonus_index", "categories", "tiers", "next_tier", "n")

    def __init__(self, cs: CriteriaSet) -> None:
        self.items = cs.items
        self.n = len(cs.items)
        self.statics = tuple({
            "code": it.code, "category": it.category, "kind": it.kind, "name_zh": it.name_zh, "name_en": it.name_en,
            "max_points": it.max_points, "rule_zh": it.rule_zh, "rule_en": it.rule_en,
            "evidence_required": it.evidence_required, "source": it.source, "unit": it.unit} for it in cs.items)
        self.plain = tuple(plain_template(ItemResult, s) for s in self.statics)
        self.texts: dict[tuple[object, ...], tuple[str, str]] = {}  # explanations of discrete outcomes
        yes_no, choice, numeric, panel = [], [], [], []
        for i, it in enumerate(cs.items):
            sub = it.applies_to_subtypes
            if it.kind == "yes_no":
                yes_no.append((i, it.code, it.max_points, sub))
            elif it.kind == "choice":
                table: dict[str, tuple[str, float]] = {}
                for c in it.choices:
                    table.setdefault(c.key, (c.key, c.points))  # the first choice with a key wins
                choice.append((i, it.code, table, it, sub))
            elif it.kind == "panel":
                panel.append((i, it.code, it.max_points, sub))
            else:
                rule = it.rule
                lin = (rule.x0, rule.x1, rule.p0, rule.p1) if rule is not None and rule.type == "linear" else None
                bands = tuple(map(_band, rule.bands)) if rule is not None and lin is None else None
                key = it.code if it.kind == "number" else it.metric
                assert key is not None
                numeric.append((i, key, lin, bands, sub, it))
        self.yes_no: tuple[tuple[int, str, float, tuple[str, ...]], ...] = tuple(yes_no)
        self.choice: tuple[tuple[int, str, dict[str, tuple[str, float]], Item, tuple[str, ...]], ...] = tuple(choice)
        self.numeric: tuple[NumSpec, ...] = tuple(numeric)
        self.panel: tuple[tuple[int, str, float, tuple[str, ...]], ...] = tuple(panel)
        self.number_codes = tuple(it.code for it in cs.items if it.kind == "number")
        self.bonus_index = tuple(i for i, it in enumerate(cs.items) if it.bonus)
        pos = {it.code: i for i, it in enumerate(cs.items)}
        cats = []
        for cat in cs.categories:
            idx = tuple(pos[code] for code in cat.item_codes)
            # A category whose items apply to every subtype always has all of them applicable: its maximum
            # and factor are fixed (computed here exactly as the general path computes them; a category
            # whose items add up to less than its maximum takes the general path for its note).
            a, b = (idx[0], idx[0] + len(idx)) if idx else (0, 0)
            fixed_max, fixed_k = None, 0.0
            if idx == tuple(range(a, b)) and not any(cs.items[i].applies_to_subtypes for i in idx):
                app_max = sum([cs.items[i].max_points for i in idx], 0.0)
                if app_max > _EPS and not app_max < cat.max_points - _EPS:
                    fixed_max, fixed_k = app_max, cat.max_points / app_max
            cats.append((cat, a, b, fixed_max, fixed_k, idx))
        self.categories: tuple[tuple[Category, int, int, float | None, float, tuple[int, ...]], ...] = tuple(cats)
        self.tiers = {t.code: TierResult(t.code, t.name_zh, t.name_en, t.min_total) for t in cs.tiers}
        # the tier above each tier (None: the best), and above no tier at all the lowest
        self.next_tier: dict[str | None, Tier | None] = {None: cs.tiers[-1] if cs.tiers else None}
        for i, t in enumerate(cs.tiers):
            self.next_tier[t.code] = cs.tiers[i - 1] if i > 0 else None


_KEY = "_scoring_plan"


def plan_for(cs: CriteriaSet) -> Plan:
    """The plan of ``cs``, kept on the (immutable, long-lived) criteria set object itself."""
    p: Plan | None = cs.__dict__.get(_KEY)
    if p is None:
        p = Plan(cs)
        object.__setattr__(cs, _KEY, p)
    return p


class Run:
    """What one scoring run reads: effective inputs, answers, account, metric numbers; metric objects on demand."""

    __slots__ = ("criteria", "inputs", "responses", "panel", "acct", "floats", "location", "metric_ov", "mv")

    def __init__(self, criteria: CriteriaSet, inputs: AssessmentInputs, responses: Mapping[str, object],
                 panel: Mapping[str, float], acct: CarbonAccount, floats: Floats, location: bool,
                 metric_ov: Mapping[str, float]) -> None:
        self.criteria = criteria
        self.inputs = inputs
        self.responses = responses
        self.panel = panel
        self.acct = acct
        self.floats = floats  # metric names and number item codes -> value (None: not available)
        self.location = location
        self.metric_ov = metric_ov
        self.mv: dict[str, MetricValue] | None = None

    def values(self) -> dict[str, MetricValue]:
        """The :class:`MetricValue` mapping the text functions read, as the slow path builds it."""
        mv = self.mv
        if mv is None:
            acct = self.acct
            mv = self.mv = dict(acct.metrics_location if self.location else acct.metrics)
            for name, val in self.metric_ov.items():
                mv[name] = MetricValue(val, "假设值", "what-if value")
            fl = self.floats
            for code in plan_for(self.criteria).number_codes:
                n = fl[code]
                mv[code] = MetricValue(n) if n is not None else _NOT_ANSWERED_MV
            subtype = self.inputs.profile.subtype
            for g in self.criteria.gates:  # parameterised metrics, computed in the order scoring reads them
                if g.kind != "yes_no" and g.applies_to(subtype):
                    for var in g.variants:
                        metric_value(var.metric, {}, acct, mv)
                    if g.kind == "metric":
                        assert g.metric is not None
                        metric_value(g.metric, g.params, acct, mv)
            for it in self.criteria.items:
                if it.kind == "metric" and it.applies_to(subtype):
                    assert it.metric is not None
                    metric_value(it.metric, it.params, acct, mv)
        return mv

    def metric(self, name: str, params: Mapping[str, str]) -> float | None:
        """A metric's number; parameterised metrics (not in the floats) through :func:`metric_value`."""
        v = self.floats.get(name, _MISSING)
        if v is _MISSING:
            v = self.floats[name] = metric_value(name, params, self.acct, self.values()).value
        return v  # type: ignore[return-value]


_NOT_ANSWERED_MV = MetricValue(None, "未作答", "not answered")


def eval_gates(run: Run) -> tuple[list[tuple[str, float | bool | None]], bool]:
    """(status, value) of every gate, as :func:`evaluate_gate` decides them; and whether none fails or lacks data."""
    ok = True
    subtype = run.inputs.profile.subtype
    responses = run.responses
    out: list[tuple[str, float | bool | None]] = []
    for g in run.criteria.gates:
        v: float | bool | None
        if g.applies_to_subtypes and subtype not in g.applies_to_subtypes:
            status, v = "not_applicable", None
        elif g.kind == "yes_no":
            v = to_yes(responses.get(g.code))
            status = "not_available" if v is None else "pass" if v else "fail"
        else:
            assert g.test is not None
            test = g.test
            for var in g.variants:
                w = run.metric(var.metric, {})
                if w is not None and var.when.contains(w):
                    test = var.test
            if g.kind == "metric":
                assert g.metric is not None
                v = run.metric(g.metric, g.params)
            else:
                v = to_number(responses.get(g.code))
            status = "not_available" if v is None else "pass" if test.contains(v) else "fail"
        if status == "fail" or status == "not_available":
            ok = False
        out.append((status, v))
    return out, ok


def eval_items(plan: Plan, run: Run) -> tuple[list[str], list[float], list[object]]:
    """Every item's status, points and input value (criteria order), as :func:`item_result` decides them.

    One loop per item kind over the plan's prepared tuples: no per-item kind dispatch or object building.
    """
    subtype = run.inputs.profile.subtype
    responses = run.responses
    n = plan.n
    st = ["scored"] * n
    pts = [0.0] * n
    vals: list[object] = [None] * n
    na = "not_applicable"
    for i, code, mx, sub in plan.yes_no:
        if sub and subtype not in sub:
            st[i] = na
            continue
        a = responses.get(code)
        if a is not True and a is not False:
            a = to_yes(a)
        vals[i] = a
        if a is None:
            st[i] = "not_available"
        elif a:
            pts[i] = mx
    for i, code, table, it, sub in plan.choice:
        if sub and subtype not in sub:
            st[i] = na
            continue
        a = responses.get(code)
        hit = table.get(a) if type(a) is str else None if a is None else next(
            ((c.key, c.points) for c in it.choices if c.key == a), None)
        if hit is None:
            st[i] = "not_available"
            if a is not None:
                vals[i] = str(a)
        else:
            vals[i], pts[i] = hit
    floats = run.floats
    for i, key, lin, bands, sub, it in plan.numeric:
        if sub and subtype not in sub:
            st[i] = na
            continue
        v = floats.get(key, _MISSING)
        if v is _MISSING:
            v = run.metric(key, it.params)
        vals[i] = v
        if v is None:
            st[i] = "not_available"
        elif lin is not None:
            x0, x1, p0, p1 = lin
            t = (v - x0) / (x1 - x0)  # type: ignore[operator]
            t = 0.0 if t < 0 else 1.0 if t > 1 else t
            pts[i] = p0 + t * (p1 - p0)
        elif bands is not None:
            for ge, gt, le, lt, bp in bands:
                if ((ge is None or v >= ge) and (gt is None or v > gt)  # type: ignore[operator]
                        and (le is None or v <= le) and (lt is None or v < lt)):  # type: ignore[operator]
                    pts[i] = bp
                    break
        else:
            st[i] = "info"
    panel = run.panel
    for i, code, mx, sub in plan.panel:
        if sub and subtype not in sub:
            st[i] = na
            continue
        pv = panel.get(code)
        if type(pv) is not float or pv - pv != 0.0:  # to_number() inlined for the usual finite float
            pv = to_number(pv)
        vals[i] = pv
        if pv is None:
            st[i] = "awaiting_panel"
        else:
            pts[i] = min(max(pv, 0.0), mx)
    return st, pts, vals


def _fill_gate(d: dict[str, Any], name: str) -> None:
    """Rule and reason texts of a fast gate result: the very function the slow path uses."""
    if name in _GATE_TEXT:
        g, run = d["_x"]
        full = evaluate_gate(g, run.inputs, run.responses, run.acct, run.values())
        for n in _GATE_TEXT:
            d[n] = getattr(full, n)


def build_gates(run: Run, outcomes: list[tuple[str, float | bool | None]]) -> tuple[GateResult, ...]:
    """The card's gate results (rule and reason texts still on first read)."""
    evidence = run.inputs.evidence
    out = []
    for g, (status, v) in zip(run.criteria.gates, outcomes, strict=True):
        r = _new(GateResult)
        _set(r, "__dict__", {
            "code": g.code, "name_zh": g.name_zh, "name_en": g.name_en, "status": status, "value": v,
            "source": g.source, "evidence_required": g.evidence_required, "evidence_present": g.code in evidence,
            "_lazy": _fill_gate, "_x": (g, run)})
        out.append(r)
    return tuple(out)


def _fill_item(d: dict[str, Any], name: str) -> None:
    """Explanations of a fast item result: the very function :func:`item_result` uses.

    The texts of a discrete outcome (not applicable, a yes/no answer, a choice key) depend on nothing else,
    so they are kept on the plan per (item, outcome).
    """
    if name in _TEXT_FIELDS:
        it, run, applies, i, texts = d["_x"]
        answer = run.responses.get(it.code)
        key: tuple[object, ...] | None = None
        if not applies:
            key = (i,)
        elif it.kind == "yes_no":
            key = (i, to_yes(answer))
        elif it.kind == "choice" and (answer is None or type(answer) is str):
            key = (i, answer)
        pair = texts.get(key) if key is not None else None
        if pair is None:
            mv = None
            if applies and it.kind == "metric":
                mv = metric_value(it.metric, it.params, run.acct, run.values())
            _, _, _, ez, ee = item_outcome(it, applies, answer, run.panel.get(it.code), mv)
            pair = (ez, ee)
            if key is not None:
                if len(texts) >= _TEXTS_MAX:
                    texts.clear()
                texts[key] = pair
        d["explanation_zh"], d["explanation_en"] = pair


def build_items(plan: Plan, run: Run, st: list[str], pts: list[float], vals: list[object]
                ) -> tuple[ItemResult, ...]:
    """The card's item results from :func:`eval_items`' lists (explanations still on first read)."""
    evidence = run.inputs.evidence
    out = []
    texts = plan.texts
    for i, (it, static, tpl, s, p, v) in enumerate(zip(plan.items, plan.statics, plan.plain, st, pts, vals,
                                                       strict=True)):
        d = static.copy()
        d["_plain"] = tpl
        d["status"] = s
        d["points"] = p
        d["input_value"] = v
        d["evidence_present"] = it.code in evidence
        d["_lazy"] = _fill_item
        d["_x"] = (it, run, s != "not_applicable", i, texts)
        res = _new(ItemResult)
        _set(res, "__dict__", d)
        out.append(res)
    return tuple(out)
