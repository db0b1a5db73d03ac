"""Pricing carrier-years with a factor set: emissions and energy totals, notes, carrier lines."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from .carriers import CARRIERS, Carrier
from .factors import Factor, FactorError, FactorSet

__all__ = ["CarrierLine", "Agg", "aggregate", "carrier_lines"]

_new = object.__new__
_set = object.__setattr__
_tuple_new = tuple.__new__  # a NamedTuple without its Python-level __new__


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


class Agg(NamedTuple):
    """Totals of one assessment's carrier-years (a plain tuple: cheap to keep with the records pass)."""

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

_RECIPES = "_scoring_recipes"  # also on the factor set: (series, region, carrier-years) -> _Recipe
_RECIPES_MAX = 10_000  # bounded: sites differ in carriers and years, not much more


class _Recipe:
    """How one set of carrier-years is priced: per entry the carrier's slot and factors; fixed notes.

    Everything here depends on which carrier-years an assessment has, not on its quantities, so it is
    worked out once and :func:`aggregate` only does the arithmetic (in the same order as always).
    """

    __slots__ = ("entries", "n", "scope1", "s2_loc", "s2_mkt", "energy", "renew", "clean", "onsite", "facility", "it",
                 "notes", "notes_zh", "kgce_kwh")

    def __init__(self, factors: FactorSet, series_e: str, reg: str, keys: tuple[tuple[str, int], ...]) -> None:
        slots: dict[str, int] = {}
        entries = []
        notes: list[str] = []
        notes_zh: list[str] = []
        no_coal: set[str] = set()
        for code, year in sorted(keys):
            pr = _price(factors, series_e, reg, code, year)
            ci = slots.setdefault(code, len(slots))
            c = pr.carrier
            kgce: float | None = None
            kg: float | None = None
            if c.scope != "info" and c.scope != "export":
                if pr.coal_kgce is None:
                    no_coal.add(code)
                else:
                    kgce = pr.coal_kgce
                if pr.priced:
                    if pr.factor is None:
                        notes.append(pr.error_en)
                        notes_zh.append(pr.error_zh)
                    else:
                        if pr.note_en:
                            notes.append(f"{code} {year}: {pr.note_en}")
                            notes_zh.append(f"{c.name_zh} {year}年：{pr.note_zh}")
                        kg = pr.factor.kg_per_unit
            entries.append(((code, year), ci, kgce, kg, code == "green_electricity"))
        for code in sorted(no_coal):
            notes.append(f"{code}: no standard-coal factor; energy (tce) not counted")
            notes_zh.append(f"{CARRIERS[code].name_zh}：无折标煤系数，未计入综合能耗")
        cs = [CARRIERS[k] for k in slots]  # slot order is carrier-code order (the loop ran sorted)
        # one flat list per assessment: carrier slot i holds [qty, tce, loc_t, mkt_t] at 4*i .. 4*i+3;
        # each total below is a sum over positions in carrier order
        self.entries: tuple[tuple[tuple[str, int], int, float | None, float | None, bool], ...] = tuple(
            (key, 4 * ci, kgce, kg, green) for key, ci, kgce, kg, green in entries)
        self.n = len(slots)
        self.scope1 = tuple(4 * i + 2 for i, c in enumerate(cs) if c.scope == "1")
        self.s2_loc = tuple(4 * i + 2 for i, c in enumerate(cs) if c.scope == "2")
        self.s2_mkt = tuple(4 * i + 3 for i, c in enumerate(cs) if c.scope == "2")
        self.energy = tuple(4 * i + 1 for i in range(len(cs)))
        self.renew = tuple(4 * i + 1 for i, c in enumerate(cs) if c.is_renewable)
        self.clean = tuple(4 * i + 1 for i, c in enumerate(cs) if c.is_clean)
        self.onsite = tuple(4 * slots[c] for c in ("pv_self_used", "wind_self_used", "pv_exported") if c in slots)
        self.facility = tuple(4 * slots[c] for c in ("grid_electricity", "green_electricity", "pv_self_used",
                                                     "wind_self_used") if c in slots)
        self.it = tuple(4 * slots[c] for c in ("it_electricity",) if c in slots)
        self.notes, self.notes_zh = tuple(notes), tuple(notes_zh)
        coal_e = factors.standard_coal.get("grid_electricity")
        self.kgce_kwh = coal_e.kgce_per_unit if coal_e else 0.1229


def _recipe(factors: FactorSet, series_e: str, reg: str, qty: Mapping[tuple[str, int], float]) -> _Recipe:
    cache: dict[tuple[object, ...], _Recipe] | None = factors.__dict__.get(_RECIPES)
    if cache is None:
        cache = {}
        object.__setattr__(factors, _RECIPES, cache)
    key = (series_e, reg, *qty)
    r = cache.get(key)
    if r is None:
        if len(cache) >= _RECIPES_MAX:
            cache.clear()
        r = cache[key] = _Recipe(factors, series_e, reg, tuple(qty))
    return r


def aggregate(factors: FactorSet, series_e: str, reg: str, qty: Mapping[tuple[str, int], float]) -> Agg:
    """Totals and notes of the carrier-years ``qty`` (the carrier lines: :func:`carrier_lines`)."""
    r = _recipe(factors, series_e, reg, qty)
    vals = [0.0] * (4 * r.n)
    for key, o, kgce, kg, green in r.entries:
        q = qty[key]
        vals[o] += q
        if kgce is not None:
            vals[o + 1] += q * kgce / 1000.0
        if kg is not None:
            t = q * kg / 1000.0
            vals[o + 2] += t
            vals[o + 3] += 0.0 if green else t
    # sum() in carrier order, exactly as the full pass (:func:`carrier_lines`) sums its lists
    at = vals.__getitem__
    return _tuple_new(Agg, (
        sum(map(at, r.scope1), 0.0), sum(map(at, r.s2_loc), 0.0), sum(map(at, r.s2_mkt), 0.0),
        sum(map(at, r.energy), 0.0), sum(map(at, r.renew), 0.0), sum(map(at, r.clean), 0.0),
        sum(map(at, r.onsite), 0.0) * r.kgce_kwh / 1000.0, sum(map(at, r.facility), 0.0), sum(map(at, r.it), 0.0),
        r.notes, r.notes_zh))


def carrier_lines(factors: FactorSet, series_e: str, reg: str, qty: Mapping[tuple[str, int], float]
                   ) -> tuple[CarrierLine, ...]:
    """The carrier lines with factor ids and texts (the full pass, run on first read of the lines)."""
    per: dict[str, list[float]] = {}  # carrier -> [qty, tce, loc_t, mkt_t]
    fids: dict[str, list[str]] = {}
    texts: dict[str, list[str]] = {}
    no_factor: set[str] = set()
    no_coal: set[str] = set()
    for (code, year), q in sorted(qty.items()):
        pr = _price(factors, series_e, reg, code, year)
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
            continue
        t = q * f.kg_per_unit / 1000.0
        acc[2] += t
        acc[3] += 0.0 if code == "green_electricity" else t
        ids = fids.get(code)
        if ids is None:
            fids[code] = [f.id]
            texts[code] = [pr.text]
        elif f.id not in ids:
            ids.append(f.id)
            texts[code].append(pr.text)
    cs = [CARRIERS[k] for k in per]
    vals = list(per.values())
    scope1 = sum([v[2] for v, c in zip(vals, cs, strict=True) if c.scope == "1"], 0.0)
    s2_loc = sum([v[2] for v, c in zip(vals, cs, strict=True) if c.scope == "2"], 0.0)
    return _lines(cs, vals, no_factor, no_coal, fids, texts, scope1 + s2_loc)


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
