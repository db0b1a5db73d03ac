"""Data-quality checks: each says ok / warning / error with a sentence in both languages."""

from __future__ import annotations

from scoring import ActivityRecord, QualityFinding, check_quality
from tests.scoring.scoring_inputs import make_inputs, monthly


def by_code(findings: tuple[QualityFinding, ...]) -> dict[str, QualityFinding]:
    return {f.code: f for f in findings}


def test_clean_data_is_ok_everywhere() -> None:
    found = check_quality(make_inputs())
    assert {f.level for f in found} == {"ok"}
    assert {"units", "months", "gaps", "duplicates", "outliers", "estimated", "floor_area", "occupants"} <= set(
        by_code(found))
    assert all(f.message_zh and f.message_en for f in found)


def test_fewer_than_twelve_months() -> None:
    recs = monthly("grid_electricity", 100.0, "kWh", months=range(1, 10))
    f = by_code(check_quality(make_inputs(activity=recs, end="2023-09")))["months"]
    assert f.level == "warning" and "9 month" in f.message_en and "12" in f.message_en


def test_gap_in_the_months() -> None:
    recs = tuple(r for r in monthly("grid_electricity", 100.0, "kWh") if r.month != "2023-05")
    found = by_code(check_quality(make_inputs(activity=recs + monthly("natural_gas", 10.0, "m3"))))
    assert found["gaps"].level == "warning" and "grid_electricity (2023-05)" in found["gaps"].message_en
    assert found["months"].level == "ok"  # natural gas covers all twelve months


def test_duplicate_month_for_the_same_meter_is_an_error() -> None:
    recs = monthly("grid_electricity", 100.0, "kWh") + (ActivityRecord("grid_electricity", "2023-03", 100.0, "kWh"),)
    f = by_code(check_quality(make_inputs(activity=recs)))["duplicates"]
    assert f.level == "error" and "2023-03" in f.message_en


def test_same_month_on_two_meters_is_fine() -> None:
    recs = monthly("grid_electricity", 100.0, "kWh", meter_id="A") + monthly("grid_electricity", 50.0, "kWh",
                                                                             meter_id="B")
    assert by_code(check_quality(make_inputs(activity=recs)))["duplicates"].level == "ok"


def test_outlier_month() -> None:
    recs = tuple(ActivityRecord("grid_electricity", r.month, 5_000.0 if r.month == "2023-07" else 100.0, "kWh")
                 for r in monthly("grid_electricity", 100.0, "kWh"))
    f = by_code(check_quality(make_inputs(activity=recs)))["outliers"]
    assert f.level == "warning" and "2023-07" in f.message_en


def test_share_of_estimated_values() -> None:
    def with_estimates(n: int) -> QualityFinding:
        recs = tuple(ActivityRecord(r.carrier, r.month, r.quantity, r.unit, estimated=i < n)
                     for i, r in enumerate(monthly("grid_electricity", 100.0, "kWh")))
        return by_code(check_quality(make_inputs(activity=recs)))["estimated"]
    assert with_estimates(2).level == "ok"  # 17 %
    assert with_estimates(3).level == "warning"  # 25 %
    assert with_estimates(6).level == "warning"  # 50 %
    assert with_estimates(7).level == "error"  # 58 %
    assert "58%" in with_estimates(7).message_en


def test_missing_floor_area_and_occupants() -> None:
    found = by_code(check_quality(make_inputs(floor_area=None, occupants=None)))
    assert found["floor_area"].level == "warning" and "m²" in found["floor_area"].message_en
    assert found["occupants"].level == "warning" and "person" in found["occupants"].message_en


def test_unit_errors_and_records_outside_the_period() -> None:
    recs = monthly("grid_electricity", 100.0, "kWh") + (
        ActivityRecord("natural_gas", "2023-02", 1.0, "kWh"), ActivityRecord("grid_electricity", "2024-01", 1.0, "kWh"))
    found = by_code(check_quality(make_inputs(activity=recs)))
    assert found["units"].level == "error" and "'kWh'" in found["units"].message_en
    assert "natural_gas" in found["units"].message_en
    assert found["outside_period"].level == "warning"


def test_no_data_and_bad_period_are_errors() -> None:
    assert by_code(check_quality(make_inputs(activity=())))["months"].level == "error"
    found = check_quality(make_inputs(start="2023-13", end="2023-12"))
    assert found[0].level == "error" and found[0].code == "period"
    found = check_quality(make_inputs(start="2023-12", end="2023-01"))
    assert found[0].level == "error"


def test_negative_quantity_is_an_error() -> None:
    recs = monthly("grid_electricity", 100.0, "kWh", months=range(1, 12)) + (
        ActivityRecord("grid_electricity", "2023-12", -5.0, "kWh"),)
    assert by_code(check_quality(make_inputs(activity=recs)))["negative"].level == "error"


def test_malformed_records_are_reported_not_crashing() -> None:
    from scoring import load_criteria_set, load_factor_set, score
    recs = monthly("grid_electricity", 100.0, "kWh") + (
        ActivityRecord("grid_electricity", "2023-02", float("nan"), "kWh"),
        ActivityRecord("grid_electricity", "2023-03", float("inf"), "kWh"),
        ActivityRecord("grid_electricity", "2023-04", "12", "kWh"),  # type: ignore[arg-type]
        ActivityRecord("grid_electricity", None, 1.0, "kWh"),  # type: ignore[arg-type]
        ActivityRecord(None, "2023-05", 1.0, None),  # type: ignore[arg-type]
    )
    inp = make_inputs(activity=recs, responses={"PK-R1": float("nan"), "PK-R2": "85%"})
    units = by_code(check_quality(inp))["units"]
    assert units.level == "error" and units.message_en.startswith("5 record(s)")
    card = score(inp, load_criteria_set("nzc_park"), load_factor_set())
    assert card.account.total_location_t == __import__("pytest").approx(1200 * 0.4419 / 1000)
    assert card.item("PK-R1").status == "not_available" and card.item("PK-R2").points == 7.0
    assert "NaN" not in card.to_json()
