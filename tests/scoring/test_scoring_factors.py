"""Emission-factor library: the figures of domain.md, selection, fallbacks, series kept apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring import FactorError, FactorSet, list_factor_sets, load_factor_set
from scoring.factors import load_factor_file

DOMAIN_ELECTRICITY = {
    ("mee_nbs_location", "national", 2021): 0.5568, ("mee_nbs_location", "national", 2022): 0.5366,
    ("mee_nbs_location", "national", 2023): 0.5306, ("mee_nbs_location", "southern_grid", 2021): 0.4326,
    ("mee_nbs_location", "southern_grid", 2022): 0.3869, ("mee_nbs_location", "southern_grid", 2023): 0.4042,
    ("mee_nbs_location", "guangdong", 2021): 0.4715, ("mee_nbs_location", "guangdong", 2022): 0.4403,
    ("mee_nbs_location", "guangdong", 2023): 0.4419,
    ("mee_nbs_excl_market_nonfossil", "national", 2021): 0.5942,
    ("mee_nbs_excl_market_nonfossil", "national", 2022): 0.5856,
    ("mee_nbs_fossil", "national", 2021): 0.8426, ("mee_nbs_fossil", "national", 2022): 0.8325,
}


@pytest.mark.parametrize(("key", "value"), sorted(DOMAIN_ELECTRICITY.items()))
def test_electricity_factors_match_domain(factors: FactorSet, key: tuple[str, str, int], value: float) -> None:
    f, note = factors.select(*key)
    assert (f.value, f.year, f.region, f.series, note) == (value, key[2], key[1], key[0], "")
    assert f.kg_per_unit == value and f.unit == "kgCO2/kWh"
    assert f.source.startswith("生态环境部")


def test_notice_numbers(factors: FactorSet) -> None:
    assert "2024年第12号" in factors.select("mee_nbs_location", "guangdong", 2021)[0].source
    assert "2024年第33号" in factors.select("mee_nbs_location", "guangdong", 2022)[0].source
    assert "2025年第47号" in factors.select("mee_nbs_location", "guangdong", 2023)[0].source


@pytest.mark.parametrize(("carrier", "kg_per_unit"), [
    ("natural_gas", 2.162), ("diesel", 3096.0), ("gasoline", 2925.0), ("lpg", 3101.0),
])
def test_fuel_factors(factors: FactorSet, carrier: str, kg_per_unit: float) -> None:
    f, note = factors.select("fuel_combustion", "guangdong", 2023, carrier)
    assert f.kg_per_unit == pytest.approx(kg_per_unit) and note == ""


def test_purchased_heat_and_standard_coal(factors: FactorSet) -> None:
    f, _ = factors.select("purchased_heat", "national", 2023, "purchased_heat")
    assert f.kg_per_unit == pytest.approx(110.0)  # 0.11 tCO2/GJ
    assert factors.standard_coal["grid_electricity"].kgce_per_unit == pytest.approx(0.1229)
    assert factors.standard_coal["natural_gas"].kgce_per_unit == pytest.approx(1.2143)
    assert factors.standard_coal["purchased_heat"].kgce_per_unit == pytest.approx(34.12)  # per GJ


def test_missing_year_falls_back_to_nearest_earlier_and_says_so(factors: FactorSet) -> None:
    f, note = factors.select("mee_nbs_location", "guangdong", 2025)
    assert f.year == 2023 and f.value == 0.4419
    assert "2025" in note and "2023" in note and "earlier" in note
    f, note = factors.select("mee_nbs_excl_market_nonfossil", "national", 2023)
    assert f.year == 2022 and f.value == 0.5856 and "earlier" in note


def test_before_the_first_year_uses_the_earliest_and_says_later(factors: FactorSet) -> None:
    f, note = factors.select("mee_nbs_location", "guangdong", 2019)
    assert f.year == 2021 and "later" in note


def test_missing_region_falls_back_to_national_and_says_so(factors: FactorSet) -> None:
    f, note = factors.select("mee_nbs_location", "beijing", 2022)
    assert (f.region, f.value) == ("national", 0.5366) and "beijing" in note


def test_series_are_never_mixed(factors: FactorSet) -> None:
    market, _ = factors.select("carbon_market", "guangdong", 2023)
    assert market.series == "carbon_market" and market.kg_per_unit == pytest.approx(0.5703)
    assert factors.default_electricity_series == "mee_nbs_location"
    assert factors.series_for("grid_electricity") == "mee_nbs_location"
    assert factors.series_for("natural_gas") == "fuel_combustion"
    loc, _ = factors.select("mee_nbs_location", "guangdong", 2023)
    assert loc.series == "mee_nbs_location"
    with pytest.raises(FactorError, match="unknown series"):
        factors.select("electricity_footprint", "guangdong", 2023)


def test_list_and_load_versions() -> None:
    infos = list_factor_sets()
    assert [i.version for i in infos] == ["2025.1"]
    assert load_factor_set() is load_factor_set("2025.1")
    with pytest.raises(FactorError, match="9999"):
        load_factor_set("9999")


def test_bad_factor_file_names_file_and_factor(tmp_path: Path) -> None:
    p = tmp_path / "bad.yaml"
    p.write_text("""
version: x
name_zh: a
name_en: b
default_electricity_series: s
series: {s: {name_zh: a, name_en: b, carriers: [grid_electricity]}}
factors:
  - {id: f1, series: s, region: national, year: 2023, unit: kgCO2/kg, value: 0.5, source: x}
""", encoding="utf-8")
    with pytest.raises(FactorError) as e:
        load_factor_file(p)
    assert "bad.yaml" in str(e.value) and "f1" in str(e.value) and "'kg'" in str(e.value)
