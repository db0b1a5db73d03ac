"""Gap analysis: the smallest changes that would lift an assessment to the next tier."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .accounting import MetricValue
from .card import BonusResult, CategoryResult, Gap, GateResult, ItemResult
from .criteria_model import Condition, CriteriaSet, Item, Tier
from .rules import fmt_value, pts

__all__ = ["analyse", "condition_met"]

_EPS = 1e-9


def condition_met(test: Condition, mv: MetricValue | None) -> bool:
    return mv is not None and mv.value is not None and test.contains(mv.value)


def _distance(c: Condition, v: float) -> tuple[float, float]:
    (lo, _), (hi, _) = c.lower, c.upper
    if v < lo:
        return lo - v, lo
    if v > hi:
        return v - hi, hi
    return 0.0, v


def _target_text(c: Condition, boundary: float, unit: str) -> str:
    (lo, lo_inc), (hi, hi_inc) = c.lower, c.upper
    if boundary == lo:
        return ("≥ " if lo_inc else "> ") + fmt_value(lo, unit)
    if boundary == hi:
        return ("≤ " if hi_inc else "< ") + fmt_value(hi, unit)
    return fmt_value(boundary, unit)


def _option(it: Item, r: ItemResult, m: float, need: float) -> Gap | None:
    """The smallest step that adds points to item ``it``, converted to total points by ``m``."""
    room = it.max_points - r.points
    if room <= _EPS or m <= 0:
        return None
    tier = ""
    if r.status in ("not_available", "awaiting_panel"):
        gain = room * m
        if r.status == "awaiting_panel":
            return Gap(tier, "data", it.code, None, it.max_points, gain,
                       f"{it.name_zh}：等待专家评议（最多 +{pts(gain)} 分）",
                       f"{it.name_en}: awaiting panel judgement (up to +{pts(gain)} points)")
        return Gap(tier, "data", it.code, None, None, gain, f"{it.name_zh}：补充数据或作答（最多 +{pts(gain)} 分）",
                   f"{it.name_en}: provide the data or answer (up to +{pts(gain)} points)")
    if it.kind == "yes_no":
        gain = room * m
        return Gap(tier, "points", it.code, False, True, gain, f"{it.name_zh}：否 → 是，+{pts(gain)} 分",
                   f"{it.name_en}: no → yes gives +{pts(gain)} points")
    if it.kind == "choice":
        better = sorted((c for c in it.choices if c.points > r.points + _EPS), key=lambda c: c.points)
        c = better[0]
        gain = (c.points - r.points) * m
        cur = next((x for x in it.choices if x.key == r.input_value), None)
        cz, ce = (cur.label_zh, cur.label_en) if cur else ("—", "—")
        return Gap(tier, "points", it.code, r.input_value, c.key, gain,
                   f"{it.name_zh}：{cz} → {c.label_zh}，+{pts(gain)} 分",
                   f"{it.name_en}: {ce} → {c.label_en} gives +{pts(gain)} points")
    if it.kind == "panel":
        gain = room * m
        return Gap(tier, "points", it.code, r.points, it.max_points, gain,
                   f"{it.name_zh}：专家评议 {pts(r.points)} → {pts(it.max_points)} 分，+{pts(gain)} 分",
                   f"{it.name_en}: panel points {pts(r.points)} → {pts(it.max_points)} gives +{pts(gain)} points")
    if it.rule is None or not isinstance(r.input_value, float | int) or isinstance(r.input_value, bool):
        return None
    v = float(r.input_value)
    cur_s = fmt_value(v, it.unit)
    if it.rule.type == "linear":
        rl = it.rule
        want = min(it.max_points, r.points + max(need, _EPS) / m)
        if abs(rl.p1 - rl.p0) < _EPS:
            return None
        x = rl.x0 + (want - rl.p0) / (rl.p1 - rl.p0) * (rl.x1 - rl.x0)
        gain = (want - r.points) * m
        tgt = fmt_value(x, it.unit)
    else:
        best: tuple[float, float, Condition] | None = None
        for b in it.rule.bands:
            if b.points > r.points + _EPS:
                d, boundary = _distance(b, v)
                if best is None or d < best[0]:
                    best = (d, boundary, b)
        if best is None:
            return None
        _, x, band = best
        gain = (band.points - r.points) * m
        tgt = _target_text(band, x, it.unit)
    return Gap(tier, "points", it.code, v, x, gain, f"{it.name_zh} {cur_s} → {tgt}，+{pts(gain)} 分",
               f"{it.name_en} {cur_s} → {tgt} gives +{pts(gain)} points")


def analyse(criteria: CriteriaSet, tier: Tier | None, total: float, gates: Sequence[GateResult],
            cats: Sequence[CategoryResult], items: Sequence[ItemResult], mult: Mapping[str, float],
            bonus: BonusResult, values: Mapping[str, MetricValue],
            keys: Mapping[str, tuple[object, ...]] | None = None,
            memo: dict[tuple[object, ...], object] | None = None) -> tuple[Gap, ...]:
    """What it takes to reach ``tier``: missing points, failing gates, category minimums, conditions.

    ``keys`` (item code -> the key its result depends on) and ``memo`` let unchanged items
    reuse their improvement option across calls.
    """
    if tier is None:
        return ()
    out: list[Gap] = []
    need = tier.min_total - total
    t = tier.code
    if need > _EPS:
        out.append(Gap(t, "total", "total", total, tier.min_total, need,
                       f"距“{tier.name_zh}”还差 {pts(need)} 分（{pts(total)} → {pts(tier.min_total)}）",
                       f"{pts(need)} points short of '{tier.name_en}' ({pts(total)} → {pts(tier.min_total)})"))
    if tier.require_gates:
        for g in gates:
            if g.status in ("fail", "not_available"):
                out.append(Gap(t, "gate", g.code, g.value, g.rule_en or "yes", None,
                               f"门槛项“{g.name_zh}”须通过（{g.rule_zh}）：{g.reason_zh}",
                               f"Gate '{g.name_en}' must pass ({g.rule_en}): {g.reason_en}"))
    if tier.require_category_minimums:
        for c in cats:
            if not c.minimum_met:
                short = c.min_share * c.applicable_max - c.raw_points
                out.append(Gap(t, "category", c.code, c.share, c.min_share, None,
                               f"类别“{c.name_zh}”得分率 {100 * (c.share or 0):.0f}% 低于最低 "
                               f"{100 * c.min_share:.0f}%，需再得 {pts(short)} 分",
                               f"Category '{c.name_en}' at {100 * (c.share or 0):.0f}% is below its "
                               f"{100 * c.min_share:.0f}% minimum; needs {pts(short)} more points"))
    for cond in tier.conditions:
        mv = values.get(cond.ref)
        if not condition_met(cond.test, mv):
            cur = None if mv is None else mv.value
            out.append(Gap(t, "condition", cond.ref, cur, cond.test.text("", "en"), None,
                           f"{cond.ref} 须满足 {cond.test.text('', 'zh')}",
                           f"{cond.ref} must satisfy {cond.test.text('', 'en')}"))
    if need > _EPS or any(g.kind == "category" for g in out):
        room_bonus = bonus.cap - bonus.points
        opts: list[Gap] = []
        for r in items:
            if r.status in ("not_applicable", "info"):
                continue
            it = criteria.items_by_code[r.code]
            m = mult.get(r.code, 0.0)
            linear = it.rule is not None and it.rule.type == "linear" and r.status == "scored"
            mkey = ("gap", keys[r.code], m, need if linear else None) if keys is not None else None
            cached = memo.get(mkey, False) if memo is not None and mkey is not None else False
            if cached is False:
                o = _option(it, r, m, need)
                if memo is not None and mkey is not None:
                    memo[mkey] = o
            else:
                o = cached if isinstance(cached, Gap) else None
            if o is None:
                continue
            gain = o.gain_points
            if it.bonus and gain is not None:
                gain = min(gain, room_bonus)
                if gain <= _EPS:
                    continue
            opts.append(Gap(t, o.kind, o.ref, o.current, o.target, gain, o.message_zh, o.message_en))
        opts.sort(key=lambda g: (-(g.gain_points or 0.0), g.ref))
        out.extend(opts)
    return tuple(out)
