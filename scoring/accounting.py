"""Carbon accounting: activity data x factors -> scopes, energy (tce), shares, intensities."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .carriers import CARRIERS, Carrier
from .factors import Factor, FactorError, FactorSet
from .inputs import AssessmentInputs
from .lazy import Lazy
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


@dataclass(frozen=True)
class CarrierLine:
    """One carrier's contribution over the period (quantities in the canonical unit)."""

    carrier: str
    quantity: float
    unit: str
    energy_tce: float | None
    emissions_location_t: float | None
    emissions_market_t: float | None
    share_of_emissions: float | None
    factor_ids: tuple[str, ...] = ()
    factor_text: str = ""


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


def _metrics(total_t: float, energy_tce: float, k: float, renew_tce: float, clean_tce: float,
             onsite_tce: float, facility_kwh: float, it_kwh: float, inputs: AssessmentInputs,
             has_energy: bool) -> dict[str, MetricValue]:
    p = inputs.profile
    m: dict[str, MetricValue] = {}
    annual_t = total_t * k
    m["emissions_t"] = MetricValue(annual_t) if has_energy else _NO_ENERGY
    m["energy_tce"] = MetricValue(energy_tce * k) if has_energy else _NO_ENERGY
    if energy_tce > 0:
        m["carbon_per_tce"] = MetricValue(total_t / energy_tce)
        m["renewable_share"] = MetricValue(100.0 * renew_tce / energy_tce)
        m["clean_energy_share"] = MetricValue(100.0 * clean_tce / energy_tce)
        m["onsite_renewable_ratio"] = MetricValue(100.0 * onsite_tce / energy_tce)
    else:
        for name in ("carbon_per_tce", "renewable_share", "clean_energy_share", "onsite_renewable_ratio"):
            m[name] = _NO_ENERGY
    area = p.floor_area_m2
    if not has_energy:
        m["intensity_per_m2"] = m["eui_kwh_per_m2"] = _NO_ENERGY
    elif area and area > 0:
        m["intensity_per_m2"] = MetricValue(annual_t * 1000.0 / area)
        m["eui_kwh_per_m2"] = MetricValue(energy_tce * k * KWH_PER_TCE / area)
    else:
        m["intensity_per_m2"] = m["eui_kwh_per_m2"] = _NO_AREA
    if not has_energy:
        m["intensity_per_person"] = _NO_ENERGY
    elif p.occupants and p.occupants > 0:
        m["intensity_per_person"] = MetricValue(annual_t / p.occupants)
    else:
        m["intensity_per_person"] = _NO_PEOPLE
    if it_kwh > 0 and facility_kwh > 0:
        m["pue"] = MetricValue(facility_kwh / it_kwh)
    else:
        m["pue"] = _NO_IT
    base = inputs.baseline.get("emissions_t") if inputs.baseline else None
    if base is None or base <= 0:
        m["reduction_vs_baseline"] = _NO_BASE
    elif not has_energy:
        m["reduction_vs_baseline"] = _NO_ENERGY
    else:
        m["reduction_vs_baseline"] = MetricValue(100.0 * (base - annual_t) / base)
    return m


@dataclass(frozen=True)
class _Agg(Lazy):
    lines: tuple[CarrierLine, ...]
    scope1: float
    s2_loc: float
    s2_mkt: float
    energy: float
    renew: float
    clean: float
    onsite: float
    facility_kwh: float
    it_kwh: float
    notes: tuple[str, ...]
    notes_zh: tuple[str, ...]


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
    if not isinstance(agg, _Agg):
        agg = _aggregate(factors, series_e, reg, sc.by_year)
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
        "electricity_kwh": agg.facility_kwh, "sink_t": sink_t, "metrics": _metrics(net_mkt, *args),
        "notes": notes, "notes_zh": notes_zh,
        "excluded": sc.bad + tuple(f"{o}: outside the period" for o in sc.outside) if sc.outside else sc.bad,
        "_lazy": _fill_account, "_x": (agg, net_loc, *args)})
    return acct


def _fill_account(d: dict[str, Any], name: str) -> None:
    if name == "metrics_location":
        d[name] = _metrics(*d["_x"][1:])
    elif name == "lines":
        d[name] = d["_x"][0].lines


_PRICES = "_scoring_prices"  # cache kept on the (immutable, long-lived) factor set object


@dataclass(frozen=True, slots=True)
class _Price:
    """How one carrier-year is priced with a factor set (the same every time: computed once)."""

    carrier: Carrier
    coal_kgce: float | None  # None: no standard-coal factor
    priced: bool  # False for renewable / info / export carriers
    factor: Factor | None  # None when priced but no factor fits (error_en/zh say why)
    note_en: str
    note_zh: str
    error_en: str
    error_zh: str
    text: str  # the factor as shown on the carrier line


def _prices(factors: FactorSet) -> dict[tuple[str, str, str, int], _Price]:
    cache: dict[tuple[str, str, str, int], _Price] | None = factors.__dict__.get(_PRICES)
    if cache is None:
        cache = {}
        object.__setattr__(factors, _PRICES, cache)
    return cache


def _price(factors: FactorSet, series_e: str, reg: str, code: str, year: int) -> _Price:
    cache = _prices(factors)
    key = (series_e, reg, code, year)
    hit = cache.get(key)
    if hit is not None:
        return hit
    c = CARRIERS[code]
    coal = factors.standard_coal.get(code)
    kgce = None if coal is None else coal.kgce_per_unit
    f: Factor | None = None
    note = note_zh = err = err_zh = text = ""
    priced = c.scope not in ("info", "export", "renewable")
    if priced:
        series = factors.series_for(code, series_e)
        try:
            if series is None:
                raise FactorError(f"no factor series for {code}")
            f, note, note_zh = factors.select_explained(series, reg, year, "" if c.is_electricity else code)
        except FactorError as e:
            err, err_zh = f"{code}: {e}", f"{c.name_zh}：因子库中无可用排放因子，未计排放"
        else:
            text = f"{f.value:g} {f.unit} ({f.source}, {f.region} {f.year or ''})".strip()
    hit = cache[key] = _Price(c, kgce, priced, f, note, note_zh, err, err_zh, text)
    return hit


def _aggregate(factors: FactorSet, series_e: str, reg: str, qty: Mapping[tuple[str, int], float],
               with_lines: bool = False) -> _Agg:
    """Totals and notes now; the carrier lines (factor ids and texts) only ``with_lines`` or on first read."""
    per: dict[str, list[float]] = {}  # carrier -> [qty, tce, loc_t, mkt_t]
    fids: dict[str, list[str]] = {}
    texts: dict[str, list[str]] = {}
    notes: list[str] = []
    notes_zh: list[str] = []
    no_factor: set[str] = set()
    no_coal: set[str] = set()
    prices = _prices(factors)
    for (code, year), q in sorted(qty.items()):
        pr = prices.get((series_e, reg, code, year)) or _price(factors, series_e, reg, code, year)
        acc = per.get(code)
        if acc is None:
            acc = per[code] = [0.0, 0.0, 0.0, 0.0]
        acc[0] += q
        c = pr.carrier
        if c.scope == "info" or c.scope == "export":
            continue
        if pr.coal_kgce is None:
            no_coal.add(code)
        else:
            acc[1] += q * pr.coal_kgce / 1000.0
        if not pr.priced:
            continue
        f = pr.factor
        if f is None:
            no_factor.add(code)
            notes.append(pr.error_en)
            notes_zh.append(pr.error_zh)
            continue
        if pr.note_en:
            notes.append(f"{code} {year}: {pr.note_en}")
            notes_zh.append(f"{c.name_zh} {year}年：{pr.note_zh}")
        t = q * f.kg_per_unit / 1000.0
        acc[2] += t
        acc[3] += 0.0 if code == "green_electricity" else t
        if not with_lines:
            continue
        ids = fids.get(code)
        if ids is None:
            fids[code] = [f.id]
            texts[code] = [pr.text]
        elif f.id not in ids:
            ids.append(f.id)
            texts[code].append(pr.text)
    for code in sorted(no_coal):
        notes.append(f"{code}: no standard-coal factor; energy (tce) not counted")
        notes_zh.append(f"{CARRIERS[code].name_zh}：无折标煤系数，未计入综合能耗")
    cs = [CARRIERS[k] for k in per]  # per is in carrier-code order (the loop above ran sorted)
    vals = list(per.values())
    scope1 = sum([v[2] for v, c in zip(vals, cs, strict=True) if c.scope == "1"], 0.0)
    s2_loc = sum([v[2] for v, c in zip(vals, cs, strict=True) if c.scope == "2"], 0.0)
    s2_mkt = sum([v[3] for v, c in zip(vals, cs, strict=True) if c.scope == "2"], 0.0)
    tot_loc = scope1 + s2_loc
    energy = sum([v[1] for v in vals], 0.0)
    def q_of(*codes: str) -> float:
        return sum([per[c][0] for c in codes if c in per], 0.0)

    renew = sum([v[1] for v, c in zip(vals, cs, strict=True) if c.is_renewable], 0.0)
    clean = sum([v[1] for v, c in zip(vals, cs, strict=True) if c.is_clean], 0.0)
    coal_e = factors.standard_coal.get("grid_electricity")
    kgce_kwh = coal_e.kgce_per_unit if coal_e else 0.1229
    agg = _new(_Agg)
    _set(agg, "__dict__", {
        "scope1": scope1, "s2_loc": s2_loc, "s2_mkt": s2_mkt, "energy": energy, "renew": renew, "clean": clean,
        "onsite": q_of("pv_self_used", "wind_self_used", "pv_exported") * kgce_kwh / 1000.0,
        "facility_kwh": q_of("grid_electricity", "green_electricity", "pv_self_used", "wind_self_used"),
        "it_kwh": q_of("it_electricity"), "notes": tuple(notes), "notes_zh": tuple(notes_zh),
        "_lazy": _fill_lines, "_x": (factors, series_e, reg, qty)})
    if with_lines:
        agg.__dict__["lines"] = _lines(cs, vals, no_factor, no_coal, fids, texts, tot_loc)
    return agg


def _fill_lines(d: dict[str, Any], name: str) -> None:
    """The carrier lines of an aggregate, made on first read (the same pass, with factor ids and texts)."""
    if name == "lines":
        factors, series_e, reg, qty = d["_x"]
        d["lines"] = _aggregate(factors, series_e, reg, qty, with_lines=True).lines


def _lines(cs: list[Carrier], vals: list[list[float]], no_factor: set[str], no_coal: set[str],
           fids: dict[str, list[str]], texts: dict[str, list[str]], tot_loc: float) -> tuple[CarrierLine, ...]:
    lines = []
    for c, (q, tce, loc, mkt) in zip(cs, vals, strict=True):
        code = c.code
        scope = c.scope
        has = (scope == "1" or scope == "2") and code not in no_factor
        line = _new(CarrierLine)
        _set(line, "__dict__", {
            "carrier": code, "quantity": q, "unit": c.canonical_unit,
            "energy_tce": tce if scope != "info" and scope != "export" and code not in no_coal else None,
            "emissions_location_t": loc if has else (0.0 if scope == "renewable" else None),
            "emissions_market_t": mkt if has else (0.0 if scope == "renewable" else None),
            "share_of_emissions": (100.0 * loc / tot_loc if tot_loc > 0 else None) if has else None,
            "factor_ids": tuple(fids.get(code, ())), "factor_text": "; ".join(texts.get(code, ()))})
        lines.append(line)
    return tuple(lines)
