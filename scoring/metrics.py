"""Registry of the metrics the accounting computes, with names, units and needed parameters."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MetricDef", "METRICS", "fmt_num", "fmt_pts"]


@dataclass(frozen=True, slots=True)
class MetricDef:
    """A computed metric; ``params`` are inputs that a criteria set must map to number items."""

    name: str
    name_zh: str
    name_en: str
    unit: str
    higher_is_better: bool
    params: tuple[str, ...] = ()


METRICS: dict[str, MetricDef] = {
    m.name: m
    for m in (
        MetricDef("carbon_per_tce", "单位能耗碳排放", "Carbon per unit of energy use", "tCO2/tce", False),
        MetricDef("clean_energy_share", "清洁能源消费占比", "Clean-energy share", "%", True),
        MetricDef("renewable_share", "可再生能源消费占比", "Renewable-energy share", "%", True),
        MetricDef("onsite_renewable_ratio", "场地可再生能源产能与用能比", "On-site renewable output / energy use",
                  "%", True),
        MetricDef("intensity_per_m2", "单位面积碳排放强度", "Carbon intensity per floor area", "kgCO2/(m²·a)", False),
        MetricDef("intensity_per_person", "人均碳排放", "Carbon emissions per person", "tCO2/(人·a)", False),
        MetricDef("eui_kwh_per_m2", "单位面积能耗", "Energy use intensity", "kWh/(m²·a)", False),
        MetricDef("pue", "电能利用效率 PUE", "Power usage effectiveness (PUE)", "", False),
        MetricDef("energy_per_m3_treated", "吨水处理电耗", "Electricity per m³ treated", "kWh/m³", False,
                  ("treated_volume_m3",)),
        MetricDef("reduction_vs_baseline", "较基准年碳减排率", "Reduction against baseline year", "%", True),
        MetricDef("energy_tce", "年综合能耗", "Annual energy use", "tce/a", False),
        MetricDef("emissions_t", "年碳排放总量", "Annual emissions", "tCO2/a", False),
    )
}


_NUM: dict[float, str] = {}  # memo of the two formatters below, keyed by value (zero is never kept:
_PTS: dict[float, str] = {}  # -0.0 equals 0.0 as a key but prints differently)
_MEMO_MAX = 20_000


def fmt_num(x: float) -> str:
    """Short human number with up to 4 significant digits: 92.35, 0.182, 1234, 12346."""
    s = _NUM.get(x) if x else None
    if s is None:
        a = abs(x)
        s = f"{x:.0f}" if a >= 10000 else f"{x:.2e}" if 0 < a < 0.001 else f"{x:.4g}"
        if x and len(_NUM) < _MEMO_MAX:
            _NUM[x] = s
    return s


def fmt_pts(x: float) -> str:
    """Points with at most two decimals: 12, 7.5, 3.33."""
    s = _PTS.get(x) if x else None
    if s is None:
        s = f"{x:.2f}"
        s = s[:-3] if s.endswith("00") else s[:-1] if s.endswith("0") else s
        if x and len(_PTS) < _MEMO_MAX:
            _PTS[x] = s
    return s
