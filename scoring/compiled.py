"""Fast scoring path: statuses and points now, explanation texts on first read (same functions as before)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .accounting import CarbonAccount, MetricValue
from .card import GateResult, ItemResult, TierResult
from .criteria_model import CriteriaSet, Gate, Item
from .evaluate import evaluate_gate, item_result, metric_value, to_number, to_yes
from .inputs import AssessmentInputs

__all__ = ["Plan", "Row", "plan_for", "fast_gate", "fast_items", "build_item"]

#: (code, status, points, max_points, fixed fields, input value, evidence present, explanation inputs)
Row = tuple[str, str, float, float, dict[str, Any], object, bool, tuple[Any, ...]]

_new = object.__new__
_set = object.__setattr__
_TEXT_FIELDS = ("explanation_zh", "explanation_en")
_GATE_TEXT = ("rule_zh", "rule_en", "reason_zh", "reason_en")


class Plan:
    """A criteria set prepared once: per item its fixed result fields and what it reads."""

    __slots__ = ("items", "number_codes", "bonus_codes", "bonus_index", "gate_codes", "tiers", "memo", "categories")

    def __init__(self, cs: CriteriaSet) -> None:
        rows = []
        for it in cs.items:
            static = {"code": it.code, "category": it.category, "kind": it.kind, "name_zh": it.name_zh,
                      "name_en": it.name_en, "max_points": it.max_points, "rule_zh": it.rule_zh,
                      "rule_en": it.rule_en, "evidence_required": it.evidence_required, "source": it.source,
                      "unit": it.unit}
            rows.append((it, it.code, it.kind, it.applies_to_subtypes, static))
        self.items: tuple[tuple[Item, str, str, tuple[str, ...], dict[str, Any]], ...] = tuple(rows)
        self.number_codes = tuple(it.code for it in cs.items if it.kind == "number")
        self.bonus_codes = frozenset(it.code for it in cs.items if it.bonus)
        self.bonus_index = tuple(i for i, it in enumerate(cs.items) if it.bonus)
        pos = {it.code: i for i, it in enumerate(cs.items)}
        self.categories = tuple((c, tuple(pos[code] for code in c.item_codes)) for c in cs.categories)
        self.gate_codes = frozenset(g.code for g in cs.gates)
        self.tiers = {t.code: TierResult(t.code, t.name_zh, t.name_en, t.min_total) for t in cs.tiers}
        self.memo: dict[tuple[object, ...], object] = {}  # item results of discrete answers (and gap options)


_KEY = "_scoring_plan"


def plan_for(cs: CriteriaSet) -> Plan:
    """The plan of ``cs``, kept on the (immutable, long-lived) criteria set object itself."""
    p: Plan | None = cs.__dict__.get(_KEY)
    if p is None:
        p = Plan(cs)
        object.__setattr__(cs, _KEY, p)
    return p


def _fill_gate(d: dict[str, Any], name: str) -> None:
    """Rule and reason texts of a fast gate result: the very function the slow path uses."""
    if name in _GATE_TEXT:
        full = evaluate_gate(*d["_x"])
        for n in _GATE_TEXT:
            d[n] = getattr(full, n)


def fast_gate(g: Gate, inputs: AssessmentInputs, responses: Mapping[str, object], acct: CarbonAccount,
              values: dict[str, MetricValue]) -> GateResult:
    """:func:`evaluate_gate` with the rule and reason texts left for first read."""
    v: float | bool | None
    if not g.applies_to(inputs.profile.subtype):
        status, v = "not_applicable", None
    elif g.kind == "yes_no":
        v = to_yes(responses.get(g.code))
        status = "not_available" if v is None else "pass" if v else "fail"
    else:
        assert g.test is not None
        test = g.test
        for var in g.variants:
            w = metric_value(var.metric, {}, acct, values).value
            if w is not None and var.when.contains(w):
                test = var.test
        if g.kind == "metric":
            assert g.metric is not None
            v = metric_value(g.metric, g.params, acct, values).value
        else:
            v = to_number(responses.get(g.code))
        status = "not_available" if v is None else "pass" if test.contains(v) else "fail"
    r = _new(GateResult)
    _set(r, "__dict__", {
        "code": g.code, "name_zh": g.name_zh, "name_en": g.name_en, "status": status, "value": v,
        "source": g.source, "evidence_required": g.evidence_required, "evidence_present": g.code in inputs.evidence,
        "_lazy": _fill_gate, "_x": (g, inputs, responses, acct, values)})
    return r


def _fill_item(d: dict[str, Any], name: str) -> None:
    """Explanations of a fast item result: the very function :func:`evaluate_item` uses."""
    if name in _TEXT_FIELDS:
        full = item_result(*d["_x"])
        d["explanation_zh"], d["explanation_en"] = full.explanation_zh, full.explanation_en


def _points(it: Item, v: float) -> float:
    rule = it.rule
    assert rule is not None
    if rule.type == "linear":
        x0, x1, p0, p1 = rule.x0, rule.x1, rule.p0, rule.p1
        t = (v - x0) / (x1 - x0)
        t = 0.0 if t < 0 else 1.0 if t > 1 else t
        return p0 + t * (p1 - p0)
    for b in rule.bands:
        if b.contains(v):
            return b.points
    return 0.0


def fast_items(plan: Plan, inputs: AssessmentInputs, responses: Mapping[str, object], panel: Mapping[str, float],
               acct: CarbonAccount, values: dict[str, MetricValue], memo: dict[tuple[object, ...], object]
               ) -> list[Row]:
    """Every item's outcome as a row (code, status, points, max_points, ...), in criteria order.

    Rows of discrete answers (yes/no, choice, not applicable) are memoised; :func:`build_item`
    turns a row into the :class:`ItemResult` the card shows.
    """
    evidence = inputs.evidence
    subtype = inputs.profile.subtype
    out: list[Row] = []
    append = out.append
    for it, code, kind, subtypes, static in plan.items:
        ev = code in evidence
        answer: object = None
        pv: object = None
        mv: MetricValue | None = None
        value_out: float | str | bool | None = None
        p = 0.0
        status = "scored"
        if subtypes and subtype not in subtypes:
            key: tuple[object, ...] | None = (code, ev, "n/a")
            res = memo.get((code, ev, "n/a"))
            if res is not None:
                append(res)  # type: ignore[arg-type]
                continue
            applies = False
            status = "not_applicable"
        else:
            applies = True
            key = None
            if kind == "metric" or kind == "number":
                if kind == "metric":
                    mv = values.get(it.metric)  # type: ignore[arg-type]
                    if mv is None:
                        assert it.metric is not None
                        mv = metric_value(it.metric, it.params, acct, values)
                    value = mv.value
                else:  # the engine has put to_number(answer) in values already
                    answer = responses.get(code)
                    value = values[code].value
                value_out = value
                if value is None:
                    status = "not_available"
                elif it.rule is None:
                    status = "info"
                else:
                    p = _points(it, value)
            elif kind == "yes_no":
                answer = responses.get(code)
                a = to_yes(answer)
                key = (code, ev, a)
                res = memo.get(key)
                if res is not None:
                    append(res)  # type: ignore[arg-type]
                    continue
                value_out = a
                if a is None:
                    status = "not_available"
                elif a:
                    p = it.max_points
            elif kind == "choice":
                answer = responses.get(code)
                key = (code, ev, answer if answer is None or isinstance(answer, str) else repr(answer))
                res = memo.get(key)
                if res is not None:
                    append(res)  # type: ignore[arg-type]
                    continue
                for c in it.choices:
                    if c.key == answer:
                        value_out, p = c.key, c.points
                        break
                else:
                    status = "not_available"
                    if answer is not None:
                        value_out = str(answer)
            else:
                pv = panel.get(code)
                v = to_number(pv)
                value_out = v
                if v is None:
                    status = "awaiting_panel"
                else:
                    p = min(max(v, 0.0), it.max_points)
        row = (code, status, p, it.max_points, static, value_out, ev, (it, ev, applies, answer, pv, mv))
        if key is not None:  # discrete keys repeat across assessments; measured values do not
            memo[key] = row
        append(row)
    return out


def build_item(row: Row) -> ItemResult:
    """The :class:`ItemResult` of a row from :func:`fast_items` (explanations still on first read)."""
    d = row[4].copy()
    d["status"] = row[1]
    d["points"] = row[2]
    d["input_value"] = row[5]
    d["evidence_present"] = row[6]
    d["_lazy"] = _fill_item
    d["_x"] = row[7]
    res = _new(ItemResult)
    _set(res, "__dict__", d)
    return res
