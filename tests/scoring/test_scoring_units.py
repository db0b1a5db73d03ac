"""Explicit unit conversion: every accepted unit, and errors that name unit and carrier."""

from __future__ import annotations

import pytest

from scoring import CARRIERS, UnitError, to_canonical, units_for

CASES = [
    ("grid_electricity", "kWh", 1.0), ("grid_electricity", "MWh", 1000.0),
    ("grid_electricity", "GWh", 1_000_000.0), ("grid_electricity", "度", 1.0),
    ("grid_electricity", "万kWh", 10_000.0), ("grid_electricity", "万千瓦时", 10_000.0),
    ("grid_electricity", "千瓦时", 1.0), ("pv_self_used", "MWh", 1000.0),
    ("green_electricity", "GWh", 1e6), ("it_electricity", "kwh", 1.0),
    ("natural_gas", "m3", 1.0), ("natural_gas", "m³", 1.0), ("natural_gas", "10^4 m3", 10_000.0),
    ("natural_gas", "万立方米", 10_000.0), ("natural_gas", "10k m3", 10_000.0), ("natural_gas", "万m3", 10_000.0),
    ("diesel", "t", 1.0), ("diesel", "kg", 0.001), ("diesel", "吨", 1.0),
    ("diesel", "L", 0.00084),  # 0.84 kg/L (domain: 3.096 tCO2/t ~ 2.60 kgCO2/L)
    ("gasoline", "L", 0.00073), ("gasoline", "升", 0.00073), ("lpg", "kg", 0.001), ("lpg", "t", 1.0),
    ("purchased_heat", "GJ", 1.0), ("purchased_heat", "MJ", 0.001), ("purchased_heat", "kWh", 0.0036),
    ("purchased_heat", "MWh", 3.6), ("purchased_cooling", "GJ", 1.0),
    ("water", "m3", 1.0), ("water", "t", 1.0), ("water", "万立方米", 10_000.0),
]


@pytest.mark.parametrize(("carrier", "unit", "factor"), CASES)
def test_every_unit_converts_to_the_canonical_unit(carrier: str, unit: str, factor: float) -> None:
    assert to_canonical(carrier, 2.5, unit) == pytest.approx(2.5 * factor, rel=1e-12)


def test_every_declared_unit_of_every_carrier_converts() -> None:
    for code, c in CARRIERS.items():
        assert units_for(code) == c.units
        for u in c.units:
            assert to_canonical(code, 1.0, u) > 0
        assert to_canonical(code, 1.0, c.canonical_unit) == 1.0


def test_unit_that_does_not_fit_names_unit_and_carrier() -> None:
    with pytest.raises(UnitError) as e:
        to_canonical("grid_electricity", 1.0, "kg")
    msg = str(e.value)
    assert "'kg'" in msg and "'grid_electricity'" in msg and "kWh" in msg and "energy" in msg


def test_unknown_unit_names_unit_and_carrier() -> None:
    with pytest.raises(UnitError) as e:
        to_canonical("natural_gas", 1.0, "furlongs")
    assert "'furlongs'" in str(e.value) and "'natural_gas'" in str(e.value)


def test_volume_is_refused_for_lpg_and_mass_for_gas() -> None:
    with pytest.raises(UnitError, match="lpg"):
        to_canonical("lpg", 1.0, "L")
    with pytest.raises(UnitError, match="natural_gas"):
        to_canonical("natural_gas", 1.0, "t")


def test_unknown_carrier() -> None:
    with pytest.raises(UnitError, match="coal"):
        to_canonical("coal", 1.0, "t")
    with pytest.raises(UnitError, match="coal"):
        units_for("coal")


def test_unit_error_is_a_value_error() -> None:
    assert issubclass(UnitError, ValueError)
