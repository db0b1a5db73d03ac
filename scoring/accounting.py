"""Carbon accounting: activity data x factors -> scopes, energy (tce), shares, intensities."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .aggregate import Agg, CarrierLine, aggregate, carrier_lines
from .factors import FactorSet
from .inputs import AssessmentInputs
from .lazy import Lazy, lazy_fields
from .scan import scan

__all__ = ["CarrierLine", "MetricValue", "CarbonAccount", "account", "KWH_PER_TCE"]

#: 1 tce = 29.3076 GJ (GB/T 2589-2020) = 8141 kWh of energy content.
KWH_PER_TCE = 29307.6 / 3.6
_new = object.__new__
_set = object.__setattr__


@dataclass(frozen=True, slots=True)
class MetricValue:
    """A metric value, or ``None`` with the reason it is not available."""

    value: float | None
    reason_zh: str = ""
    reason_en: str = ""


@lazy_fields("lines", "metrics", "metrics_location")
@dataclass(frozen=True)
class CarbonAccount(Lazy):
    """Result of accounting one assessment period; metrics are annualised (12/months).

    From :func:`account`, ``lines`` and ``metrics_location`` are made on first read.  Totals are gross;
    when the factor set has a green-space sequestration factor and the site gives
    ``green_space_m2``, ``sink_t`` is deducted before the metrics (GB/T 51366-2019).
    """

    period_start: str
    period_end: str
    months: int
    factor_version: str
    electricity_series: str
    lines: tuple[CarrierLine, ...]
    scope1_t: float
    scope2_location_t: float
    scope2_market_t: float
    total_location_t: float
    total_market_t: float
    energy_tce: float
    electricity_kwh: float
    sink_t: float | None = None
    metrics: Mapping[str, MetricValue] = field(default_factory=dict)
    metrics_location: Mapping[str, MetricValue] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    notes_zh: tuple[str, ...] = ()


def _na(zh: str, en: str) -> MetricValue:
    return MetricValue(None, zh, en)


_NO_ENERGY = _na("无能耗数据", "no energy-use data")
_NO_AREA = _na("缺少建筑面积", "floor area missing")
_NO_PEOPLE = _na("缺少人数", "number of occupants missing")
_NO_BASE = _na("未提供基准年排放", "no baseline emissions given")
_NO_IT = _na("未提供IT设备用电量", "no IT-load electricity given")


#: Metric values as plain numbers (``None``: not available), and the reason of each unavailable one.
Floats = dict[str, float | None]
Reasons = dict[str, MetricValue]


def _metrics(total_t: float, energy_tce: float, k: float, renew_tce: float, clean_tce: float,
             onsite_tce: float, facility_kwh: float, it_kwh: float, inputs: AssessmentInputs,
             has_energy: bool) -> tuple[Floats, Reasons]:
    """The metrics as numbers (what scoring reads) plus reasons; :func:`metric_objects` makes the mapping."""
    p = inputs.profile
    m: Floats = {}
    na: Reasons = {}
    annual_t = total_t * k
    if has_energy:
        m["emissions_t"] = annual_t
        m["energy_tce"] = energy_tce * k
    else:
        m["emissions_t"] = m["energy_tce"] = None
        na["emissions_t"] = na["energy_tce"] = _NO_ENERGY
    if energy_tce > 0:
        m["carbon_per_tce"] = total_t / energy_tce
        m["renewable_share"] = 100.0 * renew_tce / energy_tce
        m["clean_energy_share"] = 100.0 * clean_tce / energy_tce
        m["onsite_renewable_ratio"] = 100.0 * onsite_tce / energy_tce
    else:
        for name in ("carbon_per_tce", "renewable_share", "clean_energy_share", "onsite_renewable_ratio"):
            m[name] = None
            na[name] = _NO_ENERGY
    area = p.floor_area_m2
    if has_energy and area and area > 0:
        m["intensity_per_m2"] = annual_t * 1000.0 / area
        m["eui_kwh_per_m2"] = energy_tce * k * KWH_PER_TCE / area
    else:
        m["intensity_per_m2"] = m["eui_kwh_per_m2"] = None
        na["intensity_per_m2"] = na["eui_kwh_per_m2"] = _NO_AREA if has_energy else _NO_ENERGY
    occupants = p.occupants
    if has_energy and occupants and occupants > 0:
        m["intensity_per_person"] = annual_t / occupants
    else:
        m["intensity_per_person"] = None
        na["intensity_per_person"] = _NO_PEOPLE if has_energy else _NO_ENERGY
    if it_kwh > 0 and facility_kwh > 0:
        m["pue"] = facility_kwh / it_kwh
    else:
        m["pue"] = None
        na["pue"] = _NO_IT
    base = inputs.baseline.get("emissions_t") if inputs.baseline else None
    if base is None or base <= 0 or not has_energy:
        m["reduction_vs_baseline"] = None
        na["reduction_vs_baseline"] = _NO_BASE if base is None or base <= 0 else _NO_ENERGY
    else:
        m["reduction_vs_baseline"] = 100.0 * (base - annual_t) / base
    return m, na


def metric_objects(floats: Floats, na: Reasons) -> dict[str, MetricValue]:
    """The :class:`MetricValue` mapping of :func:`_metrics`' numbers and reasons (same order)."""
    return {name: MetricValue(v) if v is not None else na[name] for name, v in floats.items()}


def metric_floats(acct: CarbonAccount, location: bool) -> Floats:
    """Market- (or location-) based metric numbers of an account from :func:`account` (no objects made)."""
    d = acct.__dict__
    if not location:
        floats: Floats = d["_mf"][0]
        return floats
    lf = d.get("_lf")
    if lf is None:
        lf = d["_lf"] = _metrics(*d["_x"])
    return lf[0]


def account(inputs: AssessmentInputs, factors: FactorSet, *, electricity_series: str | None = None,
            region: str | None = None) -> CarbonAccount:
    """Account the period's activity data with ``factors``.

    Electricity uses ``electricity_series`` (default: the factor set's default,
    MEE/NBS location-based) for ``region`` (default: the site's region), with
    each month priced by its own data year (nearest earlier year as fallback,
    noted).  Market-based scope 2 counts purchased green electricity with
    certificates as zero.  Records outside the period, with unknown carriers or
    units that do not fit, are excluded and listed in ``excluded``.
    """
    series_e = electricity_series or factors.default_electricity_series
    reg = region or inputs.profile.region or factors.default_region
    sc = scan(inputs)
    key = (id(factors), factors.version, series_e, reg)
    agg = sc.memo.get(key)
    if not isinstance(agg, Agg):
        agg = aggregate(factors, series_e, reg, sc.by_year)
        sc.memo[key] = agg
    n_months = max(0, sc.hi - sc.lo + 1)
    k = 12.0 / n_months if n_months else 0.0
    has_energy = agg.energy > 0
    tot_loc, tot_mkt = agg.scope1 + agg.s2_loc, agg.scope1 + agg.s2_mkt
    notes, notes_zh = agg.notes, agg.notes_zh
    sink_t: float | None = None
    green = inputs.profile.green_space_m2
    if green:
        sink = factors.sinks.get("green_space")
        if sink is None:
            notes += ("green-space carbon sink not counted: the factor set has no sequestration factor",)
            notes_zh += ("未计绿地碳汇：排放因子库中没有碳汇因子",)
        else:  # GB/T 51366-2019: operational emissions net of the green-space sink (period share)
            sink_t = green * sink.value / 1000.0 * n_months / 12.0
            notes += (f"green-space sink {sink_t:.3f} t deducted ({sink.value:g} kgCO2/(m²·a), {sink.source})",)
            notes_zh += (f"扣减绿地碳汇 {sink_t:.3f} t（{sink.value:g} kgCO2/(m²·a)，{sink.source}）",)
    net_loc = tot_loc - (sink_t or 0.0)
    net_mkt = tot_mkt - (sink_t or 0.0)
    args = (agg.energy, k, agg.renew, agg.clean, agg.onsite, agg.facility_kwh, agg.it_kwh, inputs, has_energy)
    acct = _new(CarbonAccount)
    _set(acct, "__dict__", {
        "period_start": inputs.period_start, "period_end": inputs.period_end, "months": n_months,
        "factor_version": factors.version, "electricity_series": series_e,
        "scope1_t": agg.scope1, "scope2_location_t": agg.s2_loc, "scope2_market_t": agg.s2_mkt,
        "total_location_t": tot_loc, "total_market_t": tot_mkt, "energy_tce": agg.energy,
        "electricity_kwh": agg.facility_kwh, "sink_t": sink_t, "_mf": _metrics(net_mkt, *args),
        "notes": notes, "notes_zh": notes_zh,
        "excluded": sc.bad + tuple(f"{o}: outside the period" for o in sc.outside) if sc.outside else sc.bad,
        "_lazy": _fill_account, "_x": (net_loc, *args), "_lines": (factors, series_e, reg, sc.by_year)})
    return acct


def _fill_account(d: dict[str, Any], name: str) -> None:
    if name == "metrics":
        d[name] = metric_objects(*d["_mf"])
    elif name == "metrics_location":
        lf = d.get("_lf")
        if lf is None:
            lf = d["_lf"] = _metrics(*d["_x"])
        d[name] = metric_objects(*lf)
    elif name == "lines":
        d[name] = carrier_lines(*d["_lines"])
