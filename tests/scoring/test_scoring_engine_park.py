"""Park set, computed by hand: every rule kind, gates with variants, tier boundaries, blocked-by, gaps."""

from __future__ import annotations

from typing import Any

import pytest

from scoring import AssessmentInputs, CriteriaSet, FactorSet, ScoreCard, score
from tests.scoring.scoring_inputs import make_inputs, monthly

# 12 months: grid 5,000 kWh, green power 90,000 kWh, PV self-used 5,000 kWh per month.
# Market-based emissions = 60,000 kWh x 0.4419 = 26.514 t; energy = 1.2 GWh x 0.1229 = 147.48 tce
# carbon per tce = 0.1798 (<= 0.20, veto passes); renewable = clean = 95 %.
LOW_CARBON = (monthly("grid_electricity", 5_000, "kWh") + monthly("green_electricity", 90_000, "kWh")
              + monthly("pv_self_used", 5_000, "kWh"))
FULL_RESPONSES: dict[str, object] = {
    "PK-G2": True, "PK-G3": True, "PK-E3": True, "PK-E4": 60, "PK-E5": True, "PK-R1": 85, "PK-R2": 85,
    "PK-R3": "full", "PK-C1": "verified", "PK-B1": 60, "PK-B2": True, "PK-B3": 100, "PK-S1": 35,
    "PK-X1": True, "PK-X2": True,
}
FULL_PANEL = {"PK-C3": 6.0, "PK-S2": 6.0, "PK-X3": 3.0}


def park_inputs(activity: Any = LOW_CARBON, responses: dict[str, object] | None = None,
                panel: dict[str, float] | None = None, **kw: Any) -> AssessmentInputs:
    r = dict(FULL_RESPONSES)
    r.update(responses or {})
    p = dict(FULL_PANEL)
    p.update(panel or {})
    for k in [k for k, v in r.items() if v is None]:
        del r[k]
    for k in [k for k, v in p.items() if v is None]:
        del p[k]
    kw.setdefault("baseline", {"year": 2019, "emissions_t": 100.0})
    return make_inputs("park", activity=activity, responses=r, panel=p, evidence=frozenset(r), **kw)


def test_full_marks(park: CriteriaSet, factors: FactorSet) -> None:
    card = score(park_inputs(), park, factors)
    assert card.account.metrics["carbon_per_tce"].value == pytest.approx(26.514 / 147.48)
    assert [g.status for g in card.gates] == ["pass", "pass", "pass"]
    assert card.base_total == 100.0 and card.bonus.raw_points == 8.0 and card.bonus.points == 5.0
    assert card.total == 105.0 == card.max_total
    assert card.tier is not None and card.tier.code == "demonstration" and card.tier.name_zh == "示范基地"
    assert card.next_tier is None and card.gaps == () and card.blocked_by == ()
    assert all(c.minimum_met and c.share == 1.0 for c in card.categories)


def test_item_explanations_for_every_rule_kind(park: CriteriaSet, factors: FactorSet) -> None:
    card = score(park_inputs(responses={"PK-E4": 40, "PK-R3": "partial", "PK-E5": False},
                             panel={"PK-C3": 4.5, "PK-S2": None}), park, factors)
    e1 = card.item("PK-E1")  # metric, bands
    assert (e1.status, e1.points, e1.input_value) == ("scored", 12.0, pytest.approx(95.0))
    assert e1.explanation_zh == "清洁能源消费占比 95% ≥ 90%，得 12/12 分"
    assert e1.explanation_en == "Clean-energy share 95% ≥ 90%: 12/12 points"
    assert "≥ 90%: 12分" in e1.rule_zh
    e2 = card.item("PK-E2")  # metric, linear (clamped at the top)
    assert e2.points == 8.0 and "linear over 5%–30%" in e2.explanation_en
    e4 = card.item("PK-E4")  # number, bands
    assert e4.points == 3.0
    assert e4.explanation_en == "Waste heat, cold and pressure use rate 40% ≥ 30% and < 50%: 3/5 points"
    e5 = card.item("PK-E5")  # yes/no answered no
    assert e5.points == 0.0 and e5.status == "scored" and e5.explanation_zh.endswith("否，得 0/5 分")
    r3 = card.item("PK-R3")  # choice
    assert r3.points == 2.0 and r3.input_value == "partial" and "Partly implemented: 2/5 points" in r3.explanation_en
    c3 = card.item("PK-C3")  # panel judgement
    assert c3.points == 4.5 and c3.explanation_en.endswith("panel judgement 4.5/6 points")
    s2 = card.item("PK-S2")
    assert (s2.status, s2.points) == ("awaiting_panel", 0.0) and "awaiting panel" in s2.explanation_en
    c2 = card.item("PK-C2")  # linear on reduction against the baseline: (100 - 26.514) / 100 = 73.5 % -> 6
    assert c2.points == 6.0 and c2.input_value == pytest.approx(73.486)


def test_linear_rule_between_its_ends(park: CriteriaSet, factors: FactorSet) -> None:
    # renewable share 20 %: green 240,000 of 1.2 GWh -> (20 - 5) / 25 x 8 = 4.8 points
    recs = monthly("grid_electricity", 80_000, "kWh") + monthly("green_electricity", 20_000, "kWh")
    card = score(park_inputs(activity=recs), park, factors)
    assert card.item("PK-E2").points == pytest.approx(4.8)
    assert card.item("PK-E1").points == 0.0  # clean share 20 % < 50 %


def test_missing_data_is_not_available_never_a_silent_zero(park: CriteriaSet, factors: FactorSet) -> None:
    card = score(park_inputs(responses={"PK-R2": None, "PK-C1": None}, baseline={}), park, factors)
    r2 = card.item("PK-R2")
    assert r2.status == "not_available" and r2.input_value is None and "not answered" in r2.explanation_en
    assert card.item("PK-C1").status == "not_available"
    c2 = card.item("PK-C2")
    assert c2.status == "not_available" and "no baseline emissions given" in c2.explanation_en
    assert card.total == 105.0 - 7 - 8 - 6 + 0  # bonus stays capped at 5


def test_panel_value_out_of_range_is_clipped_and_said(park: CriteriaSet, factors: FactorSet) -> None:
    c3 = score(park_inputs(panel={"PK-C3": 9.0}), park, factors).item("PK-C3")
    assert c3.points == 6.0 and "clipped" in c3.explanation_en


def test_unknown_choice_is_not_available(park: CriteriaSet, factors: FactorSet) -> None:
    r3 = score(park_inputs(responses={"PK-R3": "sometimes"}), park, factors).item("PK-R3")
    assert r3.status == "not_available" and "unknown choice" in r3.explanation_en


# --- gates -------------------------------------------------------------------------------------------


def test_veto_gate_fails_and_blocks_every_tier(park: CriteriaSet, factors: FactorSet) -> None:
    recs = monthly("grid_electricity", 50_000, "kWh") + monthly("green_electricity", 50_000, "kWh")
    card = score(park_inputs(activity=recs), park, factors)
    g1 = card.gate("PK-G1")
    assert g1.status == "fail" and g1.value == pytest.approx(0.5 * 0.4419 / 0.1229)
    assert "fails ≤ 0.2 tCO2/tce (veto)" in g1.reason_en
    assert card.total >= 80
    assert card.tier is not None and card.tier.code == "not_qualified"
    assert {(b.tier, b.kind, b.ref) for b in card.blocked_by} == {
        ("demonstration", "gate", "PK-G1"), ("cultivation", "gate", "PK-G1")}
    assert card.next_tier is not None and card.next_tier.code == "cultivation"
    assert card.gaps[0].kind == "gate" and card.gaps[0].ref == "PK-G1"


def test_veto_threshold_is_relaxed_for_parks_over_one_mtce(park: CriteriaSet, factors: FactorSet) -> None:
    # 7 % grid: carbon per tce = 0.07 x 0.4419 / 0.1229 = 0.2517 (between 0.20 and 0.30)
    big = monthly("grid_electricity", 70, "GWh") + monthly("green_electricity", 930, "GWh")
    small = monthly("grid_electricity", 70, "MWh") + monthly("green_electricity", 930, "MWh")
    g_big = score(park_inputs(activity=big), park, factors).gate("PK-G1")
    g_small = score(park_inputs(activity=small), park, factors).gate("PK-G1")
    assert g_big.value == pytest.approx(0.07 * 0.4419 / 0.1229)
    assert g_big.status == "pass" and g_big.rule_en == "≤ 0.3 tCO2/tce"
    assert g_small.status == "fail" and g_small.rule_en == "≤ 0.2 tCO2/tce"


def test_prerequisite_gate_no_and_unanswered(park: CriteriaSet, factors: FactorSet) -> None:
    no = score(park_inputs(responses={"PK-G2": False}), park, factors)
    assert no.gate("PK-G2").status == "fail" and no.tier is not None and no.tier.code == "not_qualified"
    missing = score(park_inputs(responses={"PK-G3": None}), park, factors)
    g3 = missing.gate("PK-G3")
    assert g3.status == "not_available" and g3.reason_en == "not answered"
    assert any(b.ref == "PK-G3" and "not available" in b.message_en for b in missing.blocked_by)


def test_gate_without_energy_data_is_not_available(park: CriteriaSet, factors: FactorSet) -> None:
    card = score(park_inputs(activity=()), park, factors)
    g1 = card.gate("PK-G1")
    assert g1.status == "not_available" and g1.reason_en == "no energy-use data"
    assert card.item("PK-E1").status == "not_available"


# --- tiers ---------------------------------------------------------------------------------------------
# Full marks minus PK-R3 partial (-3), PK-C3 panel 0 (-6), PK-B3 fleet 0 % (-5), PK-C1 internal (-4),
# PK-S1 25 % (-2) and no bonus: total = 74 + PK-S2.  The lower variant also takes PK-E4 0 % (-5),
# PK-E5 no (-5), PK-E3 no (-5), PK-B1 30 % (-2), PK-R2 65 % (-3): total = 54 + PK-S2.
BOUNDARY = {"PK-R3": "partial", "PK-B3": 0, "PK-C1": "internal", "PK-S1": 25, "PK-X1": False, "PK-X2": False}
LOWER = {"PK-E4": 0, "PK-E5": False, "PK-E3": False, "PK-B1": 30, "PK-R2": 65}


def boundary_card(park: CriteriaSet, factors: FactorSet, s2: float, lower: bool = False) -> ScoreCard:
    responses: dict[str, object] = dict(BOUNDARY)
    if lower:
        responses.update(LOWER)
    return score(park_inputs(responses=responses, panel={"PK-C3": 0.0, "PK-S2": s2, "PK-X3": 0.0}), park, factors)


def test_exactly_at_the_demonstration_threshold(park: CriteriaSet, factors: FactorSet) -> None:
    card = boundary_card(park, factors, 6.0)
    assert card.total == 80.0
    assert card.tier is not None and card.tier.code == "demonstration"


def test_just_under_the_demonstration_threshold(park: CriteriaSet, factors: FactorSet) -> None:
    card = boundary_card(park, factors, 5.99)
    assert card.total == pytest.approx(79.99)
    assert card.tier is not None and card.tier.code == "cultivation"
    assert card.blocked_by == ()  # missed on points, not blocked
    assert card.gaps[0].kind == "total" and card.gaps[0].gain_points == pytest.approx(0.01)


def test_exactly_at_the_cultivation_threshold(park: CriteriaSet, factors: FactorSet) -> None:
    card = boundary_card(park, factors, 6.0, lower=True)
    assert card.total == 60.0
    assert card.tier is not None and card.tier.code == "cultivation"


def test_just_under_the_cultivation_threshold(park: CriteriaSet, factors: FactorSet) -> None:
    card = boundary_card(park, factors, 5.99, lower=True)
    assert card.total == pytest.approx(59.99)
    assert card.tier is not None and card.tier.code == "not_qualified"
    assert card.next_tier is not None and card.next_tier.code == "cultivation"


def test_category_minimum_blocks_demonstration(park: CriteriaSet, factors: FactorSet) -> None:
    # ecology 0/10 (< 30 %) but a total of 95: cultivation, blocked by the category minimum
    card = score(park_inputs(responses={"PK-S1": 0}, panel={"PK-S2": 0.0}), park, factors)
    assert card.total == 95.0
    eco = next(c for c in card.categories if c.code == "ecology")
    assert eco.share == 0.0 and not eco.minimum_met
    assert card.tier is not None and card.tier.code == "cultivation"
    assert [(b.tier, b.kind, b.ref) for b in card.blocked_by] == [("demonstration", "category", "ecology")]
    gap = next(g for g in card.gaps if g.kind == "category")
    assert gap.ref == "ecology" and "needs 3 more points" in gap.message_en


def test_gap_analysis_suggests_smallest_changes(park: CriteriaSet, factors: FactorSet) -> None:
    recs = monthly("grid_electricity", 5_000, "kWh") + monthly("green_electricity", 95_000, "kWh")
    card = score(park_inputs(activity=recs, responses={"PK-R1": 65, "PK-E3": False, "PK-B2": False, "PK-B1": 0,
                                                        "PK-X1": False, "PK-X2": False},
                             panel={"PK-S2": 2.0, "PK-X3": 0.0}), park, factors)
    # 100 - 3 (PK-R1 65 % gives 5 of 8) - 5 (PK-E3) - 4 (PK-B2) - 6 (PK-B1) - 4 (PK-S2 2 of 6) = 78
    assert card.total == 78.0 and card.next_tier is not None and card.next_tier.code == "demonstration"
    by_ref = {g.ref: g for g in card.gaps}
    assert by_ref["total"].gain_points == 2.0
    assert by_ref["total"].message_en == "2 points short of 'Demonstration base' (78 → 80)"
    assert by_ref["PK-R1"].message_en == "Industrial solid-waste reuse rate 65% → ≥ 80% gives +3 points"
    assert by_ref["PK-R1"].message_zh == "工业固体废物综合利用率 65% → ≥ 80%，+3 分"
    assert by_ref["PK-E3"].message_en.endswith("no → yes gives +5 points")
    assert by_ref["PK-B1"].target == 10.0 and by_ref["PK-B1"].gain_points == 2.0
    assert by_ref["PK-S2"].gain_points == 4.0 and by_ref["PK-S2"].kind == "points"
    assert by_ref["PK-X1"].gain_points == 3.0  # within the bonus room of 5
    assert "PK-E1" not in by_ref  # already at its maximum
    gains = [g.gain_points for g in card.gaps[1:]]
    assert gains == sorted(gains, reverse=True)


def test_linear_gap_names_the_value_needed(park: CriteriaSet, factors: FactorSet) -> None:
    # baseline 29.46 t, now 26.514 t: reduction 10 % -> 2 of 6 points; panel items at 0 and fleet 0 %
    # leave the total at 96 - 6 - 6 - 5 = 79, one point short: 3 points need a 15 % reduction.
    card = score(park_inputs(baseline={"year": 2019, "emissions_t": 26.514 / 0.9},
                             responses={"PK-B3": 0, "PK-X1": False, "PK-X2": False},
                             panel={"PK-S2": 0.0, "PK-C3": 0.0, "PK-X3": 0.0}), park, factors)
    assert card.total == pytest.approx(79.0)
    c2 = next(g for g in card.gaps if g.ref == "PK-C2")
    assert c2.current == pytest.approx(10.0) and c2.target == pytest.approx(15.0)
    assert c2.gain_points == pytest.approx(1.0)
    assert c2.message_en == "Reduction against baseline year 10% → 15% gives +1 points"
