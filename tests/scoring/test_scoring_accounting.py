"""Carbon account checked against a calculation done by hand from domain.md's factors."""

from __future__ import annotations

import pytest

from scoring import FactorSet, account
from tests.scoring.scoring_inputs import make_inputs, monthly

# Twelve months of 2023 for a Guangdong site (10,000 m², 500 people):
#   grid 1,200,000 kWh x 0.4419 kg/kWh          = 530.28 t   (scope 2)   x 0.1229 kgce/kWh = 147.48 tce
#   green power 120,000 kWh x 0.4419             =  53.028 t  (location; 0 market-based)  =  14.748 tce
#   PV self-used 60,000 kWh                      =   0 t                                  =   7.374 tce
#   natural gas 12 x 1 万m³ = 120,000 m³ x 2.162 = 259.44 t   (scope 1)   x 1.2143        = 145.716 tce
#   diesel 12,000 L x 0.84 kg/L = 10.08 t x 3.096 =  31.20768 t (scope 1) x 1.4571 kgce/kg = 14.687568 tce
#   heat 1,200 GJ x 0.11 t/GJ                     = 132 t      (scope 2)  x 34.12 kgce/GJ  =  40.944 tce
SCOPE1 = 259.44 + 31.20768
S2_LOC = 530.28 + 53.028 + 132.0
S2_MKT = 530.28 + 132.0
ENERGY = 147.48 + 14.748 + 7.374 + 145.716 + 14.687568 + 40.944
RECORDS = (monthly("grid_electricity", 100_000, "kWh") + monthly("green_electricity", 10, "MWh")
           + monthly("pv_self_used", 5_000, "度") + monthly("natural_gas", 1, "万立方米")
           + monthly("diesel", 1_000, "L") + monthly("purchased_heat", 100, "GJ"))


def test_hand_computed_account(factors: FactorSet) -> None:
    a = account(make_inputs(activity=RECORDS, baseline={"year": 2019, "emissions_t": 1200.0}), factors)
    assert a.scope1_t == pytest.approx(SCOPE1)
    assert a.scope2_location_t == pytest.approx(S2_LOC)
    assert a.scope2_market_t == pytest.approx(S2_MKT)
    assert a.total_location_t == pytest.approx(1005.95568)
    assert a.total_market_t == pytest.approx(952.92768)
    assert a.energy_tce == pytest.approx(ENERGY) and ENERGY == pytest.approx(370.949568)
    m = {k: v.value for k, v in a.metrics.items()}
    assert m["carbon_per_tce"] == pytest.approx(952.92768 / 370.949568)
    assert m["renewable_share"] == pytest.approx(100 * (14.748 + 7.374) / ENERGY)
    assert m["clean_energy_share"] == pytest.approx(100 * (14.748 + 7.374 + 145.716) / ENERGY)
    assert m["intensity_per_m2"] == pytest.approx(95.292768)  # kgCO2/(m²·a)
    assert m["intensity_per_person"] == pytest.approx(952.92768 / 500)
    assert m["eui_kwh_per_m2"] == pytest.approx(ENERGY * 8141.0 / 10_000)  # 1 kgce = 29.3076 MJ = 8.141 kWh
    assert m["reduction_vs_baseline"] == pytest.approx(100 * (1200 - 952.92768) / 1200)
    assert m["emissions_t"] == pytest.approx(952.92768)
    assert a.metrics_location["carbon_per_tce"].value == pytest.approx(1005.95568 / ENERGY)
    assert a.metrics["pue"].value is None and "IT" in a.metrics["pue"].reason_en
    assert a.notes == () and a.excluded == ()


def test_contribution_of_each_carrier(factors: FactorSet) -> None:
    a = account(make_inputs(activity=RECORDS), factors)
    lines = {ln.carrier: ln for ln in a.lines}
    assert lines["grid_electricity"].share_of_emissions == pytest.approx(100 * 530.28 / 1005.95568)
    assert lines["green_electricity"].emissions_market_t == 0.0
    assert lines["green_electricity"].emissions_location_t == pytest.approx(53.028)
    assert lines["pv_self_used"].emissions_location_t == 0.0
    assert lines["diesel"].quantity == pytest.approx(10.08) and lines["diesel"].unit == "t"
    assert lines["grid_electricity"].factor_ids == ("elec-mee-guangdong-2023",)
    assert "0.4419" in lines["grid_electricity"].factor_text
    assert sum(ln.share_of_emissions or 0 for ln in a.lines) == pytest.approx(100.0)


def test_pue_and_it_energy_not_added_to_totals(factors: FactorSet) -> None:
    recs = monthly("grid_electricity", 1_000, "MWh") + monthly("it_electricity", 800, "MWh")
    a = account(make_inputs(activity=recs), factors)
    assert a.metrics["pue"].value == pytest.approx(1.25)
    assert a.total_location_t == pytest.approx(12_000_000 * 0.4419 / 1000)


def test_each_month_uses_its_own_year(factors: FactorSet) -> None:
    recs = (monthly("grid_electricity", 1_000, "kWh", 2022, range(7, 13))
            + monthly("grid_electricity", 1_000, "kWh", 2023, range(1, 7)))
    a = account(make_inputs(activity=recs, start="2022-07", end="2023-06"), factors)
    assert a.total_location_t == pytest.approx(6 * (0.4403 + 0.4419))
    assert set(a.lines[0].factor_ids) == {"elec-mee-guangdong-2022", "elec-mee-guangdong-2023"}


def test_year_without_factor_falls_back_with_a_note(factors: FactorSet) -> None:
    recs = monthly("grid_electricity", 1_000, "kWh", 2024)
    a = account(make_inputs(activity=recs, start="2024-01", end="2024-12"), factors)
    assert a.total_location_t == pytest.approx(12 * 0.4419)
    assert any("2024" in n and "2023" in n for n in a.notes)
    assert a.notes_zh == ("电网购电 2024年：无2024年因子，采用最近的较早年份2023年因子",)


def test_carbon_market_series_only_when_asked(factors: FactorSet) -> None:
    inp = make_inputs()
    assert account(inp, factors).total_location_t == pytest.approx(1_200_000 * 0.4419 / 1000)
    a = account(inp, factors, electricity_series="carbon_market")
    assert a.total_location_t == pytest.approx(1_200_000 * 0.5703 / 1000)
    assert a.electricity_series == "carbon_market"


def test_short_period_is_annualised(factors: FactorSet) -> None:
    recs = monthly("grid_electricity", 100_000, "kWh", months=range(1, 7))
    a = account(make_inputs(activity=recs, start="2023-01", end="2023-06"), factors)
    assert a.months == 6
    assert a.total_location_t == pytest.approx(600_000 * 0.4419 / 1000)
    assert a.metrics["emissions_t"].value == pytest.approx(2 * 600_000 * 0.4419 / 1000)
    assert a.metrics["carbon_per_tce"].value == pytest.approx(0.4419 / 0.1229)


def test_missing_sizes_are_not_available_with_reason(factors: FactorSet) -> None:
    a = account(make_inputs(floor_area=None, occupants=None), factors)
    assert a.metrics["intensity_per_m2"].value is None and "floor area" in a.metrics["intensity_per_m2"].reason_en
    assert a.metrics["eui_kwh_per_m2"].value is None
    per_person = a.metrics["intensity_per_person"]
    assert per_person.value is None and "occupants" in per_person.reason_en
    assert a.metrics["reduction_vs_baseline"].reason_en == "no baseline emissions given"


def test_no_data_means_not_available_not_zero(factors: FactorSet) -> None:
    a = account(make_inputs(activity=()), factors)
    assert a.metrics["carbon_per_tce"].value is None
    assert a.metrics["energy_tce"].value is None and a.metrics["energy_tce"].reason_en == "no energy-use data"


def test_bad_records_are_excluded_and_listed(factors: FactorSet) -> None:
    from scoring import ActivityRecord
    recs = monthly("grid_electricity", 1_000, "kWh") + (
        ActivityRecord("grid_electricity", "2023-03", 5.0, "kg"),
        ActivityRecord("grid_electricity", "2022-12", 9e9, "kWh"))
    a = account(make_inputs(activity=recs), factors)
    assert a.total_location_t == pytest.approx(12 * 0.4419)
    assert any("'kg'" in e for e in a.excluded) and any("outside" in e for e in a.excluded)


def test_cooling_has_no_factor_and_says_so(factors: FactorSet) -> None:
    a = account(make_inputs(activity=monthly("purchased_cooling", 10, "GJ")), factors)
    assert any("purchased_cooling" in n for n in a.notes)
    line = a.lines[0]
    assert line.emissions_location_t is None and line.energy_tce is None


def test_green_space_sink_is_not_invented(factors: FactorSet) -> None:
    from dataclasses import replace
    inp = make_inputs()
    inp = replace(inp, profile=replace(inp.profile, green_space_m2=5_000.0))
    a = account(inp, factors)
    assert a.sink_t is None and any("sink not counted" in n for n in a.notes)
    assert a.metrics["emissions_t"].value == pytest.approx(1_200_000 * 0.4419 / 1000)


def test_green_space_sink_from_a_sourced_factor(factors: FactorSet) -> None:
    import importlib.resources
    from dataclasses import replace

    from scoring.factors import load_factor_file
    text = (importlib.resources.files("resources") / "factors" / "factors-2025.1.yaml").read_text("utf-8")
    text = text.replace("carbon_sinks: []", 'carbon_sinks: [{id: sink-test, kind: green_space, '
                        'unit: "kgCO2/(m2·a)", value: 2.0, source: "test figure"}]')
    fs = load_factor_file("sink.yaml", text)
    inp = make_inputs()
    inp = replace(inp, profile=replace(inp.profile, green_space_m2=5_000.0))
    a = account(inp, fs)
    assert a.sink_t == pytest.approx(10.0)  # 5,000 m² x 2 kg = 10 t a year
    assert a.total_location_t == pytest.approx(530.28)  # totals stay gross
    assert a.metrics["emissions_t"].value == pytest.approx(530.28 - 10.0)
    assert a.metrics["intensity_per_m2"].value == pytest.approx((530.28 - 10.0) * 1000 / 10_000)
