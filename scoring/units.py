"""Explicit unit conversion to each carrier's canonical unit (pint maths, cached factors)."""

from __future__ import annotations

import threading
from typing import Any

from .carriers import CARRIERS, DIMENSION_NAMES

__all__ = ["UnitError", "to_canonical", "units_for", "conversion_factor", "normalise_unit"]


class UnitError(ValueError):
    """A unit that is unknown, or does not fit the carrier it is used with."""


#: Spellings users type -> the unit's display name used in ``Carrier.units``.
_ALIASES: dict[str, str] = {
    "kwh": "kWh", "千瓦时": "kWh", "度": "度", "kw·h": "kWh", "kw h": "kWh", "kw.h": "kWh",
    "mwh": "MWh", "兆瓦时": "MWh", "gwh": "GWh", "吉瓦时": "GWh",
    "万kwh": "万kWh", "万千瓦时": "万kWh", "万度": "万kWh", "10^4 kwh": "万kWh", "10k kwh": "万kWh",
    "m3": "m3", "m³": "m3", "立方米": "m3", "方": "m3", "nm3": "m3", "nm³": "m3",
    "10^4 m3": "10^4 m3", "10^4m3": "10^4 m3", "10⁴m³": "10^4 m3", "10⁴ m³": "10^4 m3",
    "万立方米": "10^4 m3", "万m3": "10^4 m3", "万m³": "10^4 m3", "万方": "10^4 m3", "10k m3": "10^4 m3",
    "l": "L", "升": "L", "litre": "L", "liter": "L",
    "kg": "kg", "千克": "kg", "公斤": "kg", "t": "t", "吨": "t", "tonne": "t",
    "gj": "GJ", "吉焦": "GJ", "mj": "MJ", "兆焦": "MJ",
}

#: Display name -> pint expression (custom units defined in ``_registry``).
_PINT_EXPR: dict[str, str] = {
    "kWh": "kilowatt_hour", "度": "du", "MWh": "megawatt_hour", "GWh": "gigawatt_hour",
    "万kWh": "wan_kwh", "GJ": "gigajoule", "MJ": "megajoule",
    "m3": "meter ** 3", "10^4 m3": "wan_m3", "L": "liter", "kg": "kilogram", "t": "tonne",
}

_UNIT_DIMENSION: dict[str, str] = {
    "kWh": "energy", "度": "energy", "MWh": "energy", "GWh": "energy", "万kWh": "energy",
    "GJ": "energy", "MJ": "energy", "m3": "volume", "10^4 m3": "volume", "L": "volume",
    "kg": "mass", "t": "mass",
}

_cache: dict[tuple[str, str], float] = {}
_lock = threading.Lock()
_ureg: Any = None


def _registry() -> Any:
    global _ureg
    if _ureg is None:
        import pint

        reg: Any = pint.UnitRegistry()
        reg.define("du = kilowatt_hour")  # 度, the everyday Chinese name of a kWh
        reg.define("wan_kwh = 10000 * kilowatt_hour")  # 万千瓦时
        reg.define("wan_m3 = 10000 * meter ** 3")  # 万立方米
        _ureg = reg
    return _ureg


def normalise_unit(unit: str) -> str:
    """Return the display name for a unit spelling, or raise ``UnitError``."""
    if not isinstance(unit, str):
        raise UnitError(f"unknown unit {unit!r}")
    key = " ".join(unit.strip().split())
    hit = _ALIASES.get(key) or _ALIASES.get(key.lower())
    if hit is None:
        raise UnitError(f"unknown unit {unit!r}")
    return hit


def units_for(carrier: str) -> tuple[str, ...]:
    """Units accepted for ``carrier`` (display names; aliases such as 万立方米 also work)."""
    try:
        return CARRIERS[carrier].units
    except KeyError:
        raise UnitError(f"unknown carrier {carrier!r}") from None


def _compute_factor(carrier: str, unit: str) -> float:
    try:
        c = CARRIERS[carrier]
    except KeyError:
        raise UnitError(f"unit {unit!r}: unknown carrier {carrier!r}") from None
    allowed = ", ".join(c.units)
    hint = f"({DIMENSION_NAMES.get(c.dimension, c.dimension)}; use {allowed})"
    try:
        name = normalise_unit(unit)
    except UnitError:
        raise UnitError(f"unknown unit {unit!r} for carrier {carrier!r} {hint}") from None
    if name not in c.units:
        raise UnitError(f"unit {unit!r} does not fit carrier {carrier!r} {hint}")
    reg = _registry()
    q = reg.Quantity(1.0, _PINT_EXPR[name])
    canon = _PINT_EXPR[c.canonical_unit]
    dim = _UNIT_DIMENSION[name]
    if dim != c.dimension:
        if c.density_kg_per_l is None or {dim, c.dimension} != {"mass", "volume"}:  # pragma: no cover
            raise UnitError(f"unit {unit!r} does not fit carrier {carrier!r} {hint}")
        density = reg.Quantity(c.density_kg_per_l, "kilogram / liter")
        q = q.to("liter") * density if dim == "volume" else q.to("kilogram") / density
    value = float(q.to(canon).magnitude)
    return float(f"{value:.12g}")  # strip binary noise such as 0.0010000000000000002


def conversion_factor(carrier: str, unit: str) -> float:
    """Multiplier from ``unit`` to the carrier's canonical unit (cached per pair)."""
    key = (carrier, unit)
    f = _cache.get(key)
    if f is None:
        with _lock:
            f = _compute_factor(carrier, unit)
            _cache[key] = f
    return f


def to_canonical(carrier: str, quantity: float, unit: str) -> float:
    """Convert ``quantity`` in ``unit`` to the canonical unit of ``carrier``.

    Raises ``UnitError`` naming both the unit and the carrier when the unit is
    unknown or does not fit the carrier (e.g. kg of grid electricity).
    """
    f = _cache.get((carrier, unit))
    if f is None:
        f = conversion_factor(carrier, unit)
    return quantity * f
