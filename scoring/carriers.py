"""Energy and resource carriers: what each one is, its units, and how it is counted."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CARRIERS", "Carrier", "DIMENSION_NAMES"]

#: Human names of the physical dimensions used in unit-error messages.
DIMENSION_NAMES: dict[str, str] = {
    "energy": "energy",
    "volume": "volume",
    "mass": "mass",
}


@dataclass(frozen=True, slots=True)
class Carrier:
    """One energy or resource carrier.

    ``scope`` is ``"1"`` (direct combustion), ``"2"`` (purchased energy),
    ``"renewable"`` (on-site renewable, zero emissions, counted in energy use),
    ``"export"`` (exported energy, not consumption) or ``"info"`` (recorded for a
    metric only, never added to totals).  ``density_kg_per_l`` lets a liquid fuel
    whose canonical unit is a mass also be entered by volume.
    """

    code: str
    name_zh: str
    name_en: str
    dimension: str
    canonical_unit: str
    units: tuple[str, ...]
    is_renewable: bool
    is_clean: bool
    scope: str
    density_kg_per_l: float | None = None
    is_electricity: bool = False


_ELEC_UNITS = ("kWh", "MWh", "GWh", "度", "万kWh")
_HEAT_UNITS = ("GJ", "MJ", "kWh", "MWh")
_WATER_UNITS = ("m3", "10^4 m3", "t")


CARRIERS: dict[str, Carrier] = {
    c.code: c
    for c in (
        Carrier("grid_electricity", "电网购电", "Grid electricity", "energy", "kWh", _ELEC_UNITS,
           False, False, "2", is_electricity=True),
        Carrier("green_electricity", "绿电交易电量（有绿证）", "Purchased green electricity (with certificates)",
           "energy", "kWh", _ELEC_UNITS, True, True, "2", is_electricity=True),
        Carrier("pv_self_used", "光伏自发自用电量", "On-site PV, self-used", "energy", "kWh", _ELEC_UNITS,
           True, True, "renewable", is_electricity=True),
        Carrier("wind_self_used", "风电自发自用电量", "On-site wind, self-used", "energy", "kWh", _ELEC_UNITS,
           True, True, "renewable", is_electricity=True),
        Carrier("pv_exported", "光伏上网电量", "On-site PV, exported", "energy", "kWh", _ELEC_UNITS,
           True, True, "export", is_electricity=True),
        Carrier("it_electricity", "IT设备用电量", "IT load electricity (for PUE)", "energy", "kWh", _ELEC_UNITS,
           False, False, "info", is_electricity=True),
        Carrier("natural_gas", "天然气", "Natural gas", "volume", "m3", ("m3", "10^4 m3"), False, True, "1"),
        Carrier("diesel", "柴油", "Diesel", "mass", "t", ("t", "kg", "L"), False, False, "1",
           density_kg_per_l=0.84),
        Carrier("gasoline", "汽油", "Gasoline", "mass", "t", ("t", "kg", "L"), False, False, "1",
           density_kg_per_l=0.73),
        Carrier("lpg", "液化石油气", "LPG", "mass", "t", ("t", "kg"), False, False, "1"),
        Carrier("purchased_heat", "外购热力", "Purchased heat", "energy", "GJ", _HEAT_UNITS, False, False, "2"),
        Carrier("purchased_cooling", "外购冷量", "Purchased cooling", "energy", "GJ", _HEAT_UNITS,
           False, False, "2"),
        Carrier("water", "用水量", "Water", "volume", "m3", _WATER_UNITS, False, False, "info",
                density_kg_per_l=1.0),
    )
}
