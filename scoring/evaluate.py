"""Evaluate one gate or one item: input value -> status, points and bilingual explanation."""

from __future__ import annotations

import math
from collections.abc import Mapping

from .accounting import CarbonAccount, MetricValue
from .card import GateResult, ItemResult
from .criteria_model import Condition, Gate, Item
from .inputs import AssessmentInputs
from .metrics import METRICS
from .rules import apply_rule, fmt_value, pts

__all__ = ["evaluate_gate", "evaluate_item", "item_key", "item_outcome", "item_result", "metric_value", "to_number",
           "to_yes"]


def to_number(v: object) -> float | None:
    """A finite number from an answer (numbers, or text such as "85" / "85%"), else None."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, int | float):
        f = float(v)
    elif isinstance(v, str):
        try:
            f = float(v.strip().rstrip("%"))
        except ValueError:
            return None
    else:
        return None
    return f if math.isfinite(f) else None


def to_yes(v: object) -> bool | None:
    if isinstance(v, bool):
        return v
    if isinstance(v, str):
        s = v.strip().lower()
        if s in ("yes", "y", "true", "是", "1"):
            return True
        if s in ("no", "n", "false", "否", "0"):
            return False
    return None


_NOT_ANSWERED = ("未作答", "not answered")


def _param_metric(name: str, params: Mapping[str, str], acct: CarbonAccount,
                  values: Mapping[str, MetricValue]) -> MetricValue:
    if name == "energy_per_m3_treated":
        vol = values.get(params["treated_volume_m3"])
        if vol is None or vol.value is None:
            return MetricValue(None, "缺少处理水量", "treated volume not given")
        if vol.value <= 0 or acct.electricity_kwh <= 0:
            return MetricValue(None, "处理水量或用电量为零", "treated volume or electricity is zero")
        return MetricValue(acct.electricity_kwh / vol.value)
    return MetricValue(None, "未知参数化指标", "unknown parameterised metric")  # pragma: no cover


def metric_value(name: str, params: Mapping[str, str], acct: CarbonAccount,
                  values: dict[str, MetricValue]) -> MetricValue:
    if name in values:
        return values[name]
    mv = _param_metric(name, params, acct, values) if METRICS[name].params else MetricValue(
        None, "指标不可用", "metric not available")
    values[name] = mv
    return mv


def evaluate_gate(g: Gate, inputs: AssessmentInputs, responses: Mapping[str, object], acct: CarbonAccount,
          values: dict[str, MetricValue]) -> GateResult:
    ev = g.code in inputs.evidence

    def res(status: str, value: float | str | bool | None, rz: str, re: str, why_zh: str, why_en: str) -> GateResult:
        return GateResult(g.code, g.name_zh, g.name_en, status, value, rz, re, why_zh, why_en, g.source,
                          g.evidence_required, ev)

    if not g.applies_to(inputs.profile.subtype):
        return res("not_applicable", None, "", "", "不适用于该子类型", "does not apply to this subtype")
    if g.kind == "yes_no":
        a = to_yes(responses.get(g.code))
        if a is None:
            return res("not_available", None, "须为“是”", "must be yes", *_NOT_ANSWERED)
        return res("pass" if a else "fail", a, "须为“是”", "must be yes",
                   "已满足" if a else "未满足（门槛项）", "met" if a else "not met (prerequisite)")
    assert g.test is not None
    test: Condition = g.test
    for var in g.variants:
        w = metric_value(var.metric, {}, acct, values).value
        if w is not None and var.when.contains(w):
            test = var.test
    if g.kind == "metric":
        assert g.metric is not None
        mv = metric_value(g.metric, g.params, acct, values)
        v, name_zh, name_en = mv.value, METRICS[g.metric].name_zh, METRICS[g.metric].name_en
        why = (mv.reason_zh, mv.reason_en)
    else:
        v = to_number(responses.get(g.code))
        name_zh, name_en, why = g.name_zh, g.name_en, _NOT_ANSWERED
    rz, re = test.text(g.unit, "zh"), test.text(g.unit, "en")
    if v is None:
        return res("not_available", None, rz, re, *why)
    vs = fmt_value(v, g.unit)
    if test.contains(v):
        return res("pass", v, rz, re, f"{name_zh} {vs}，满足 {rz}", f"{name_en} {vs} meets {re}")
    return res("fail", v, rz, re, f"{name_zh} {vs}，未满足 {rz}（否决）", f"{name_en} {vs} fails {re} (veto)")


def item_key(it: Item, inputs: AssessmentInputs, responses: Mapping[str, object], panel: Mapping[str, float],
             acct: CarbonAccount, values: dict[str, MetricValue]) -> tuple[object, ...]:
    """Everything :func:`evaluate_item` depends on, as a hashable key (for memoising results)."""
    ev = it.code in inputs.evidence
    if it.applies_to_subtypes and inputs.profile.subtype not in it.applies_to_subtypes:
        return (it.code, ev, "n/a")
    kind = it.kind
    if kind == "metric":
        assert it.metric is not None
        mv = metric_value(it.metric, it.params, acct, values)
        return (it.code, ev, mv.value, mv.reason_en)
    if kind == "number":
        return (it.code, ev, to_number(responses.get(it.code)))
    if kind == "yes_no":
        return (it.code, ev, to_yes(responses.get(it.code)))
    if kind == "choice":
        key = responses.get(it.code)
        return (it.code, ev, key if key is None or isinstance(key, str) else repr(key))
    return (it.code, ev, to_number(panel.get(it.code)))


def evaluate_item(it: Item, inputs: AssessmentInputs, responses: Mapping[str, object], panel: Mapping[str, float],
                  acct: CarbonAccount, values: dict[str, MetricValue]) -> ItemResult:
    """Score one item; every outcome carries a zh and an en sentence saying why."""
    applies = it.applies_to(inputs.profile.subtype)
    mv = None
    if applies and it.kind == "metric":
        assert it.metric is not None
        mv = metric_value(it.metric, it.params, acct, values)
    return item_result(it, it.code in inputs.evidence, applies, responses.get(it.code), panel.get(it.code), mv)


def item_result(it: Item, ev: bool, applies: bool, answer: object, panel_value: object,
                mv: MetricValue | None) -> ItemResult:
    """:func:`evaluate_item` from what it depends on: evidence, applicability, answer, panel value, metric."""
    status, value_out, p, ez, ee = item_outcome(it, applies, answer, panel_value, mv)
    return ItemResult(it.code, it.category, it.kind, it.name_zh, it.name_en, status, value_out, p, it.max_points,
                      it.rule_zh, it.rule_en, ez, ee, it.evidence_required, ev, it.source, it.unit)


def item_outcome(it: Item, applies: bool, answer: object, panel_value: object, mv: MetricValue | None
                 ) -> tuple[str, float | str | bool | None, float, str, str]:
    """(status, input value, points, explanation zh, explanation en) of one item."""
    mx = pts(it.max_points)
    status, value, p = "scored", None, 0.0
    value_out: float | str | bool | None = None
    if not applies:
        status, ez = "not_applicable", "不适用于该子类型，不计入满分"
        ee = "Not applicable to this subtype; removed from the maximum"
    elif it.kind in ("metric", "number"):
        if it.kind == "metric":
            assert mv is not None
            value, why_zh, why_en = mv.value, mv.reason_zh, mv.reason_en
        else:
            value, (why_zh, why_en) = to_number(answer), _NOT_ANSWERED
        value_out = value
        if value is None:
            status = "not_available"
            ez, ee = f"{it.name_zh}：{why_zh}，暂不计分（0/{mx}）", f"{it.name_en}: {why_en}; not scored yet (0/{mx})"
        elif it.rule is None:
            status = "info"
            vs = fmt_value(value, it.unit)
            ez, ee = f"{it.name_zh} {vs}（用于指标计算，不计分）", f"{it.name_en} {vs} (input to a metric, not scored)"
        else:
            p, ez, ee = apply_rule(it, it.rule, value)
    elif it.kind == "yes_no":
        a = to_yes(answer)
        value_out = a
        if a is None:
            status = "not_available"
            ez, ee = f"{it.name_zh}：未作答，暂不计分（0/{mx}）", f"{it.name_en}: not answered; not scored yet (0/{mx})"
        else:
            p = it.max_points if a else 0.0
            ez = f"{it.name_zh}：{'是' if a else '否'}，得 {pts(p)}/{mx} 分"
            ee = f"{it.name_en}: {'yes' if a else 'no'}: {pts(p)}/{mx} points"
    elif it.kind == "choice":
        key = answer
        for c in it.choices:
            if c.key == key:
                value_out, p = c.key, c.points
                ez = f"{it.name_zh}：{c.label_zh}，得 {pts(p)}/{mx} 分"
                ee = f"{it.name_en}: {c.label_en}: {pts(p)}/{mx} points"
                break
        else:
            status = "not_available"
            if key is None:
                ez = f"{it.name_zh}：未作答，暂不计分（0/{mx}）"
                ee = f"{it.name_en}: not answered; not scored yet (0/{mx})"
            else:
                value_out = str(key)
                ez = f"{it.name_zh}：无效选项 {key!r}，暂不计分"
                ee = f"{it.name_en}: unknown choice {key!r}; not scored"
    else:  # panel judgement, aggregated elsewhere
        v = to_number(panel_value)
        value_out = v
        if v is None:
            status = "awaiting_panel"
            ez, ee = f"{it.name_zh}：等待专家评议（0/{mx}）", f"{it.name_en}: awaiting panel judgement (0/{mx})"
        else:
            p = min(max(v, 0.0), it.max_points)
            cz, ce = ("", "") if p == v else (f"（评议值 {pts(v)} 超出范围，按 {pts(p)} 计）",
                                              f" (panel value {pts(v)} clipped to {pts(p)})")
            ez = f"{it.name_zh}：专家评议得 {pts(p)}/{mx} 分{cz}"
            ee = f"{it.name_en}: panel judgement {pts(p)}/{mx} points{ce}"
    return status, value_out, p, ez, ee
