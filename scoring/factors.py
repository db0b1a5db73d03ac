"""Versioned emission-factor sets: load, validate, and select by series, region and year."""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .carriers import CARRIERS
from .units import UnitError, conversion_factor

__all__ = [
    "Factor", "FactorSet", "FactorSetInfo", "FactorError", "UnknownFactorSet", "CoalFactor", "SinkFactor",
    "list_factor_sets", "load_factor_set", "load_factor_file",
]


class FactorError(ValueError):
    """A factor file is malformed, or no factor fits a selection."""


class UnknownFactorSet(FactorError, LookupError):
    """No packaged factor set has the requested version."""


@dataclass(frozen=True, slots=True)
class Factor:
    """One emission factor; ``kg_per_unit`` is kgCO2 per canonical unit of ``carrier``."""

    id: str
    series: str
    region: str
    year: int | None
    unit: str
    value: float
    source: str
    carrier: str
    kg_per_unit: float


@dataclass(frozen=True, slots=True)
class CoalFactor:
    """Standard-coal equivalent: ``kgce_per_unit`` per canonical unit of ``carrier``."""

    carrier: str
    unit: str
    value: float
    source: str
    kgce_per_unit: float


@dataclass(frozen=True, slots=True)
class SinkFactor:
    """Annual sequestration per m² (kind "green_space"), kgCO2/(m²·a), always with its source."""

    id: str
    kind: str
    value: float
    source: str


@dataclass(frozen=True, slots=True)
class FactorSetInfo:
    version: str
    name_zh: str
    name_en: str
    published: str


@dataclass(frozen=True, eq=False)
class FactorSet:
    """A versioned, immutable library of factors."""

    version: str
    name_zh: str
    name_en: str
    published: str
    default_electricity_series: str
    default_region: str
    series_names: Mapping[str, tuple[str, str]]
    series_carriers: Mapping[str, tuple[str, ...]]
    factors: tuple[Factor, ...]
    standard_coal: Mapping[str, CoalFactor]
    sinks: Mapping[str, SinkFactor] = field(default_factory=dict)

    def info(self) -> FactorSetInfo:
        return FactorSetInfo(self.version, self.name_zh, self.name_en, self.published)

    def series_for(self, carrier: str, electricity_series: str | None = None) -> str | None:
        """The series that prices ``carrier`` (electricity: the requested or default series)."""
        if CARRIERS[carrier].is_electricity:
            return electricity_series or self.default_electricity_series
        for s, carriers in self.series_carriers.items():
            if carrier in carriers:  # a non-electricity carrier belongs to exactly one series (checked at load)
                return s
        return None

    def select(self, series: str, region: str, year: int, carrier: str = "") -> tuple[Factor, str]:
        """Pick a factor of ``series`` for ``region`` and ``year``.

        Never leaves the series.  A missing year falls back to the nearest
        earlier year (or, failing that, the nearest later one); a missing region
        falls back to ``national``.  The returned note says so ("" when exact).
        Raises ``FactorError`` when the series has no factor at all.
        """
        f, note_en, _ = self.select_explained(series, region, year, carrier)
        return f, note_en

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - FactorSet is immutable and long-lived
    def select_explained(self, series: str, region: str, year: int, carrier: str = "") -> tuple[Factor, str, str]:
        """:meth:`select` with the fallback note in English and in Chinese."""
        if series not in self.series_carriers:
            raise FactorError(f"factor set {self.version}: unknown series {series!r}")
        pool = [f for f in self.factors if f.series == series and (not carrier or f.carrier == carrier)]
        if not pool:
            raise FactorError(f"factor set {self.version}: series {series!r} has no factor for {carrier!r}")
        notes: list[str] = []
        zh: list[str] = []
        in_region = [f for f in pool if f.region == region]
        if not in_region:
            in_region = [f for f in pool if f.region == "national"]
            if not in_region:
                raise FactorError(f"factor set {self.version}: series {series!r} has no factor for "
                                  f"region {region!r} nor national")
            if any(f.region != "national" for f in pool):
                notes.append(f"no {series} factor for region {region}; used national")
                zh.append(f"{self.series_names[series][0]}无{region}地区因子，采用全国因子")
        exact = [f for f in in_region if f.year is None or f.year == year]
        if exact:
            return exact[0], "; ".join(notes), "；".join(zh)
        earlier = [f for f in in_region if f.year is not None and f.year < year]
        if earlier:
            best = max(earlier, key=lambda f: f.year or 0)
            notes.append(f"no {year} factor; used {best.year} (nearest earlier year)")
            zh.append(f"无{year}年因子，采用最近的较早年份{best.year}年因子")
        else:
            best = min(in_region, key=lambda f: f.year or 0)
            notes.append(f"no factor for {year} or earlier; used {best.year} (nearest later year)")
            zh.append(f"无{year}年及以前的因子，采用最近的{best.year}年因子")
        return best, "; ".join(notes), "；".join(zh)


def _kg_per_unit(carrier: str, unit: str, value: float, where: str) -> float:
    num, _, den = unit.partition("/")
    mult = {"kgCO2": 1.0, "tCO2": 1000.0}.get(num)
    if mult is None or not den:
        raise FactorError(f"{where}: unit {unit!r} must be kgCO2/<unit> or tCO2/<unit>")
    try:
        per_unit = conversion_factor(carrier, den)
    except UnitError as e:
        raise FactorError(f"{where}: {e}") from None
    return value * mult / per_unit


def _req(d: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in d or d[key] is None or d[key] == "":
        raise FactorError(f"{where}: missing {key!r}")
    return d[key]


def load_factor_file(path: str | Path, text: str | None = None) -> FactorSet:
    """Parse and validate one factor-set YAML file."""
    name = Path(str(path)).name
    raw = yaml.safe_load(text if text is not None else Path(path).read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise FactorError(f"{name}: not a mapping")
    series_raw = _req(raw, "series", name)
    names: dict[str, tuple[str, str]] = {}
    carriers_of: dict[str, tuple[str, ...]] = {}
    for s, d in series_raw.items():
        where = f"{name}: series {s}"
        names[s] = (str(_req(d, "name_zh", where)), str(_req(d, "name_en", where)))
        cs = tuple(_req(d, "carriers", where))
        for c in cs:
            if c not in CARRIERS:
                raise FactorError(f"{where}: unknown carrier {c!r}")
        for c in cs:
            if not CARRIERS[c].is_electricity:
                clash = [o for o, ocs in carriers_of.items() if c in ocs]
                if clash:
                    raise FactorError(f"{where}: carrier {c!r} is already priced by series {clash[0]!r}")
        carriers_of[s] = cs
    factors: list[Factor] = []
    seen: set[str] = set()
    for d in _req(raw, "factors", name):
        fid = str(_req(d, "id", f"{name}: factor"))
        where = f"{name}: factor {fid}"
        if fid in seen:
            raise FactorError(f"{where}: duplicate id")
        seen.add(fid)
        series = str(_req(d, "series", where))
        if series not in carriers_of:
            raise FactorError(f"{where}: unknown series {series!r}")
        carrier = str(d.get("carrier") or carriers_of[series][0])
        if carrier not in carriers_of[series]:
            raise FactorError(f"{where}: carrier {carrier!r} not in series {series!r}")
        value = float(_req(d, "value", where))
        if value < 0:
            raise FactorError(f"{where}: negative value")
        unit = str(_req(d, "unit", where))
        year = d.get("year")
        factors.append(Factor(fid, series, str(_req(d, "region", where)), None if year is None else int(year),
                              unit, value, str(_req(d, "source", where)), carrier,
                              _kg_per_unit(carrier, unit, value, where)))
    coal: dict[str, CoalFactor] = {}
    for d in raw.get("standard_coal") or ():
        carrier = str(_req(d, "carrier", f"{name}: standard_coal"))
        where = f"{name}: standard_coal {carrier}"
        if carrier not in CARRIERS:
            raise FactorError(f"{where}: unknown carrier")
        unit = str(_req(d, "unit", where))
        num, _, den = unit.partition("/")
        if num != "kgce":
            raise FactorError(f"{where}: unit {unit!r} must be kgce/<unit>")
        try:
            per = conversion_factor(carrier, den)
        except UnitError as e:
            raise FactorError(f"{where}: {e}") from None
        value = float(_req(d, "value", where))
        coal[carrier] = CoalFactor(carrier, unit, value, str(_req(d, "source", where)), value / per)
    sinks: dict[str, SinkFactor] = {}
    for d in raw.get("carbon_sinks") or ():
        sid = str(_req(d, "id", f"{name}: carbon_sinks"))
        where = f"{name}: carbon sink {sid}"
        kind = str(_req(d, "kind", where))
        if kind != "green_space" or kind in sinks:
            raise FactorError(f"{where}: kind must be 'green_space', once")
        if str(_req(d, "unit", where)) != "kgCO2/(m2·a)":
            raise FactorError(f"{where}: unit must be 'kgCO2/(m2·a)'")
        sinks[kind] = SinkFactor(sid, kind, float(_req(d, "value", where)), str(_req(d, "source", where)))
    fs = FactorSet(
        version=str(_req(raw, "version", name)), name_zh=str(_req(raw, "name_zh", name)),
        name_en=str(_req(raw, "name_en", name)), published=str(raw.get("published", "")),
        default_electricity_series=str(_req(raw, "default_electricity_series", name)),
        default_region=str(raw.get("default_region", "national")),
        series_names=names, series_carriers=carriers_of, factors=tuple(factors), standard_coal=coal,
        sinks=sinks,
    )
    if fs.default_electricity_series not in carriers_of:
        raise FactorError(f"{name}: default_electricity_series {fs.default_electricity_series!r} unknown")
    return fs


@functools.cache
def _all_factor_sets() -> dict[str, FactorSet]:
    out: dict[str, FactorSet] = {}
    folder = importlib.resources.files("resources") / "factors"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            fs = load_factor_file(entry.name, entry.read_text(encoding="utf-8"))
            if fs.version in out:
                raise FactorError(f"{entry.name}: duplicate factor-set version {fs.version}")
            out[fs.version] = fs
    return out


def _version_key(v: str) -> tuple[int | str, ...]:
    return tuple(int(p) if p.isdigit() else p for p in v.replace("-", ".").split("."))


def list_factor_sets() -> list[FactorSetInfo]:
    """All packaged factor sets, oldest version first."""
    sets = _all_factor_sets()
    return [sets[v].info() for v in sorted(sets, key=_version_key)]


def load_factor_set(version: str | None = None) -> FactorSet:
    """The packaged factor set ``version`` (default: the newest). Cached; do not mutate."""
    sets = _all_factor_sets()
    if not sets:
        raise FactorError("no factor sets packaged in resources/factors")
    if version is None:
        version = max(sets, key=_version_key)
    try:
        return sets[version]
    except KeyError:
        raise UnknownFactorSet(f"unknown factor-set version {version!r}; have {sorted(sets)}") from None
