"""School, building and public-facility sets, each computed by hand; subtype rescaling; tier conditions."""

from __future__ import annotations

import pytest

from scoring import CriteriaSet, FactorSet, score
from tests.scoring.scoring_inputs import make_inputs, monthly


def test_school_by_hand(school: CriteriaSet, factors: FactorSet) -> None:
    # grid 600,000 kWh (265.14 t), PV 60,000 kWh; 2,000 people, 20,000 m²
    recs = monthly("grid_electricity", 50_000, "kWh") + monthly("pv_self_used", 5_000, "kWh")
    responses = {"SC-G1": True, "SC-G2": True, "SC-E4": True, "SC-E5": False, "SC-D1": "occasional", "SC-D3": True,
                 "SC-M1": "full", "SC-M2": 90, "SC-M3": 15, "SC-M4": False, "SC-C1": 30, "SC-C2": True,
                 "SC-C3": True, "SC-K2": True, "SC-X1": True}
    panel = {"SC-D2": 5.0, "SC-K1": 4.0, "SC-X2": 1.0}
    card = score(make_inputs("school", activity=recs, responses=responses, panel=panel, floor_area=20_000,
                             occupants=2_000), school, factors)
    per_person = 600_000 * 0.4419 / 1000 / 2_000  # 0.13257 t -> <= 0.3: 12
    eui = 660_000 * 0.1229 / 1000 * 8141.0 / 20_000  # 33.02 kWh/m² -> <= 40: 8
    renewable = 100 * 60_000 / 660_000  # 9.09 % -> 8 x 9.09 / 20 = 3.636
    assert card.item("SC-E1").input_value == pytest.approx(per_person) and card.item("SC-E1").points == 12
    assert card.item("SC-E2").input_value == pytest.approx(eui) and card.item("SC-E2").points == 8
    assert card.item("SC-E3").points == pytest.approx(8 * renewable / 20)
    expected = {"carbon_energy": 12 + 8 + 8 * renewable / 20 + 4 + 0, "education": 4 + 5 + 6,
                "management": 6 + 3 + 2 + 0, "campus": 3 + 5 + 5, "culture": 4 + 4}
    for c in card.categories:
        assert c.points == pytest.approx(expected[c.code]), c.code
    assert card.bonus.points == 4.0
    assert card.total == pytest.approx(sum(expected.values()) + 4)  # 78.636
    assert card.tier is not None and card.tier.code == "cultivation"
    assert [g.status for g in card.gates] == ["pass", "pass", "pass"]


BUILDING_RESP: dict[str, object] = {
    "BD-G1": True, "BD-E1": 65, "BD-E2": 22, "BD-S1": True, "BD-S2": "partial", "BD-S3": True, "BD-S4": False,
    "BD-H1": 28, "BD-H2": True, "BD-H3": 70, "BD-O1": "internal", "BD-X1": True}
BUILDING_PANEL = {"BD-H4": 4.0, "BD-O3": 3.0, "BD-X3": 2.0}
BUILDING_RECS = (monthly("grid_electricity", 150_000, "kWh") + monthly("pv_self_used", 20_000, "kWh")
                 + monthly("pv_exported", 5_000, "kWh"))


def test_building_by_hand(building: CriteriaSet, factors: FactorSet) -> None:
    card = score(make_inputs("building", activity=BUILDING_RECS, responses=BUILDING_RESP, panel=BUILDING_PANEL,
                             floor_area=20_000, baseline={"year": 2019, "emissions_t": 1000.0}), building, factors)
    onsite = 100 * 300_000 / 2_040_000  # 14.7 % -> 8
    intensity = 1_800_000 * 0.4419 / 20_000  # 39.77 kg/m² -> (30, 50]: 6
    reduction = 100 * (1000 - 795.42) / 1000  # 20.46 % -> 5 x 20.46 / 40
    assert card.account.metrics["onsite_renewable_ratio"].value == pytest.approx(onsite)
    assert card.item("BD-E4").input_value == pytest.approx(intensity) and card.item("BD-E4").points == 6
    assert card.item("BD-O2").points == pytest.approx(5 * reduction / 40)
    assert card.item("BD-X2").points == 0.0  # not zero-energy
    expected = 36 + (8 + 3 + 5 + 0) + (3 + 5 + 5 + 4) + (3 + 5 * reduction / 40 + 3)
    assert card.base_total == pytest.approx(expected) and card.bonus.points == 5.0
    assert card.total == pytest.approx(expected + 5)  # 82.56
    assert card.tier is not None and card.tier.code == "demonstration"


def test_building_tier_condition_blocks_demonstration(building: CriteriaSet, factors: FactorSet) -> None:
    resp = dict(BUILDING_RESP, **{"BD-E2": 19, "BD-S4": True})  # body saving 19 % (< 20 %): -4, BEMS +5
    card = score(make_inputs("building", activity=BUILDING_RECS, responses=resp, panel=BUILDING_PANEL,
                             floor_area=20_000, baseline={"year": 2019, "emissions_t": 1000.0}), building, factors)
    assert card.total > 80
    assert card.tier is not None and card.tier.code == "cultivation"
    assert [(b.tier, b.kind, b.ref) for b in card.blocked_by] == [("demonstration", "condition", "BD-E2")]
    assert any(g.kind == "condition" and g.ref == "BD-E2" for g in card.gaps)


def test_zero_energy_building_bonus(building: CriteriaSet, factors: FactorSet) -> None:
    recs = monthly("grid_electricity", 10_000, "kWh") + monthly("pv_self_used", 10_000, "kWh") + monthly(
        "pv_exported", 15_000, "kWh")
    card = score(make_inputs("building", activity=recs, responses=BUILDING_RESP), building, factors)
    assert card.item("BD-X2").points == 3.0 and card.item("BD-X2").input_value == pytest.approx(125.0)


DC_RECS = monthly("grid_electricity", 1_000, "MWh") + monthly("it_electricity", 800, "MWh")


def test_data_centre_pue_and_rescaled_core(facility: CriteriaSet, factors: FactorSet) -> None:
    card = score(make_inputs("public_facility", subtype="data_centre", activity=DC_RECS,
                             responses={"PF-G1": True}), facility, factors)
    assert card.gate("PF-G2").status == "pass" and card.gate("PF-G2").value == pytest.approx(1.25)
    assert card.item("PF-E1").points == 12.0 and card.item("PF-E1").explanation_en.startswith(
        "Power usage effectiveness (PUE) 1.25 ≤ 1.25")
    for code in ("PF-E2", "PF-E3", "PF-E4", "PF-W0"):
        assert card.item(code).status == "not_applicable"
    core = card.categories[0]
    assert (core.points, core.max_points, core.applicable_max) == (36.0, 36.0, 12.0)
    assert "rescaled" in core.note_en and "12/12" in core.note_en
    assert card.total == 36.0  # nothing else answered


def test_data_centre_pue_veto_and_missing_it_energy(facility: CriteriaSet, factors: FactorSet) -> None:
    bad = monthly("grid_electricity", 1_000, "MWh") + monthly("it_electricity", 600, "MWh")  # PUE 1.667
    card = score(make_inputs("public_facility", subtype="data_centre", activity=bad, responses={"PF-G1": True}),
                 facility, factors)
    assert card.gate("PF-G2").status == "fail" and card.item("PF-E1").points == 0.0
    none = score(make_inputs("public_facility", subtype="data_centre", responses={"PF-G1": True}), facility,
                 factors)
    assert none.gate("PF-G2").status == "not_available" and "IT" in none.gate("PF-G2").reason_en
    assert none.item("PF-E1").status == "not_available"


def test_water_plant_energy_per_m3(facility: CriteriaSet, factors: FactorSet) -> None:
    recs = monthly("grid_electricity", 1_000, "MWh")
    card = score(make_inputs("public_facility", subtype="water_plant", activity=recs,
                             responses={"PF-G1": True, "PF-W0": 40_000_000}), facility, factors)
    e2 = card.item("PF-E2")
    assert e2.input_value == pytest.approx(0.3) and e2.points == 8.0  # 12 GWh / 40 Mm³
    assert card.item("PF-W0").status == "info" and card.item("PF-W0").points == 0.0
    assert card.gate("PF-G2").status == "not_applicable"
    assert card.categories[0].points == pytest.approx(24.0)  # 8/12 of 36
    missing = score(make_inputs("public_facility", subtype="water_plant", activity=recs,
                                responses={"PF-G1": True}), facility, factors)
    assert missing.item("PF-E2").status == "not_available"
    assert "treated volume" in missing.item("PF-E2").explanation_en


def test_transport_hub_pv_and_storage(facility: CriteriaSet, factors: FactorSet) -> None:
    recs = monthly("grid_electricity", 80_000, "kWh") + monthly("pv_self_used", 20_000, "kWh")
    card = score(make_inputs("public_facility", subtype="transport_hub", activity=recs,
                             responses={"PF-G1": True, "PF-E3": True}), facility, factors)
    assert card.item("PF-E4").input_value == pytest.approx(20.0) and card.item("PF-E4").points == 6.0
    assert card.categories[0].points == 36.0
    assert card.item("PF-R1").points == pytest.approx(8 * 20 / 30)


def test_subtype_without_core_item_rescales_the_total(facility: CriteriaSet, factors: FactorSet) -> None:
    resp = {"PF-G1": True, "PF-R3": True, "PF-R4": "verified", "PF-W2": "full", "PF-W3": True, "PF-T1": True,
            "PF-T2": 100, "PF-W1": 30}
    card = score(make_inputs("public_facility", subtype="ev_hub", responses=resp,
                             panel={"PF-S1": 8.0, "PF-S2": 7.0}), facility, factors)
    core = card.categories[0]
    assert core.applicable_max == 0 and core.share is None and core.minimum_met
    # applicable points: 24 + 15 + 10 + 15 = 64; scored 0 + 0 + 4 + 4 + 15 + 10 + 15 = 48 -> 48 x 100 / 64
    assert card.base_total == pytest.approx(48 * 100 / 64)
    assert any("rescaled from 64" in n for n in card.notes)
