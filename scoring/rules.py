"""Turn one item's input into points with a bilingual explanation (pure functions)."""

from __future__ import annotations

from .criteria_model import Item, Rule
from .metrics import fmt_num, fmt_pts

__all__ = ["apply_rule", "fmt_value", "pts"]


pts = fmt_pts


def fmt_value(v: float, unit: str) -> str:
    if unit == "%":
        return f"{fmt_num(v)}%"
    return f"{fmt_num(v)} {unit}" if unit else fmt_num(v)


def apply_rule(item: Item, rule: Rule, v: float) -> tuple[float, str, str]:
    """Points for value ``v`` and the zh/en explanation, e.g. "清洁能源消费占比 92.3% ≥ 90%，得 12/12 分"."""
    vs = fmt_value(v, item.unit)
    mx = pts(item.max_points)
    if rule.type == "linear":
        x0, x1, p0, p1 = rule.x0, rule.x1, rule.p0, rule.p1
        t = (v - x0) / (x1 - x0)
        t = 0.0 if t < 0 else 1.0 if t > 1 else t
        p = p0 + t * (p1 - p0)
        rng = f"{fmt_value(x0, item.unit)}–{fmt_value(x1, item.unit)}"
        return (p, f"{item.name_zh} {vs}，按 {rng} 线性插值，得 {pts(p)}/{mx} 分",
                f"{item.name_en} {vs}, linear over {rng}: {pts(p)}/{mx} points")
    for b, (tz, te) in zip(rule.bands, item.band_text, strict=True):
        if b.contains(v):
            ps = pts(b.points)
            return (b.points, f"{item.name_zh} {vs} {tz}，得 {ps}/{mx} 分",
                    f"{item.name_en} {vs} {te}: {ps}/{mx} points")
    return (0.0, f"{item.name_zh} {vs} 不在任何评分区间内，得 0/{mx} 分",
            f"{item.name_en} {vs} is outside every band: 0/{mx} points")
