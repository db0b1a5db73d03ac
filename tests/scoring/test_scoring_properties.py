"""Property tests: more renewable energy never lowers a score; totals stay in bounds; cards are deterministic."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoring import (
    ActivityRecord,
    AssessmentInputs,
    SiteProfile,
    load_criteria_set,
    load_factor_set,
    score,
)

FACTORS = load_factor_set("2025.1")
SETS = {code: load_criteria_set(code) for code in ("nzc_park", "nzc_school", "nzc_building", "nzc_public_facility")}
SITE_TYPE = {"nzc_park": "park", "nzc_school": "school", "nzc_building": "building",
             "nzc_public_facility": "public_facility"}

answers = st.one_of(st.booleans(), st.floats(0, 120, allow_nan=False), st.sampled_from(
    ["full", "partial", "none", "verified", "internal", "regular", "occasional"]), st.none())


@st.composite
def assessments(draw: st.DrawFn, code: str | None = None) -> tuple[str, AssessmentInputs]:
    code = code or draw(st.sampled_from(sorted(SETS)))
    cs = SETS[code]
    grid = draw(st.lists(st.floats(0, 1e6, allow_nan=False), min_size=12, max_size=12))
    gas = draw(st.floats(0, 1e4, allow_nan=False))
    green = draw(st.floats(0, 1e6, allow_nan=False))
    recs = [ActivityRecord("grid_electricity", f"2023-{m + 1:02d}", q, "kWh") for m, q in enumerate(grid)]
    recs += [ActivityRecord("natural_gas", f"2023-{m:02d}", gas, "m3") for m in range(1, 13)]
    recs += [ActivityRecord("green_electricity", f"2023-{m:02d}", green, "kWh") for m in range(1, 13)]
    if draw(st.booleans()):
        recs += [ActivityRecord("it_electricity", f"2023-{m:02d}", draw(st.floats(1, 1e6)), "kWh")
                 for m in range(1, 13)]
    responses = {c: a for c in [*(g.code for g in cs.gates), *(i.code for i in cs.items if i.kind != "panel")]
                 if (a := draw(answers)) is not None}
    panel = {i.code: draw(st.floats(0, i.max_points)) for i in cs.items if i.kind == "panel" and draw(st.booleans())}
    profile = SiteProfile(SITE_TYPE[code], draw(st.sampled_from(["", "data_centre", "water_plant", "transport_hub"])),
                          floor_area_m2=draw(st.one_of(st.none(), st.floats(100, 1e6))),
                          occupants=draw(st.one_of(st.none(), st.integers(1, 50_000))))
    baseline = {"year": 2019.0, "emissions_t": draw(st.floats(1, 1e5))} if draw(st.booleans()) else {}
    return code, AssessmentInputs(profile, "2023-01", "2023-12", tuple(recs), responses,
                                  frozenset(draw(st.sets(st.sampled_from(sorted(responses) or ["x"])))), panel,
                                  baseline)


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(assessments(), st.floats(0.05, 1.0))
def test_more_renewable_energy_never_lowers_the_score(case: tuple[str, AssessmentInputs], frac: float) -> None:
    """Moving a share of grid electricity to on-site PV (same energy use) never lowers the total."""
    code, inp = case
    moved = tuple(
        r for rec in inp.activity for r in (
            (dataclasses.replace(rec, quantity=rec.quantity * (1 - frac)),
             ActivityRecord("pv_self_used", rec.month, rec.quantity * frac, "kWh", meter_id="pv"))
            if rec.carrier == "grid_electricity" else (rec,)))
    before = score(inp, SETS[code], FACTORS)
    after = score(dataclasses.replace(inp, activity=moved), SETS[code], FACTORS)
    assert after.total >= before.total - 1e-9


@SETTINGS
@given(assessments(), st.floats(0, 1e6, allow_nan=False))
def test_buying_green_power_instead_of_grid_never_lowers_the_score(case: tuple[str, AssessmentInputs],
                                                                   kwh: float) -> None:
    code, inp = case
    swapped = tuple(
        dataclasses.replace(r, quantity=r.quantity + kwh) if r.carrier == "green_electricity"
        else dataclasses.replace(r, quantity=max(0.0, r.quantity - kwh)) if r.carrier == "grid_electricity" else r
        for r in inp.activity)
    # only a pure swap: grid must have had at least kwh in every month
    if any(r.carrier == "grid_electricity" and r.quantity < kwh for r in inp.activity):
        return
    before = score(inp, SETS[code], FACTORS)
    after = score(dataclasses.replace(inp, activity=swapped), SETS[code], FACTORS)
    assert after.total >= before.total - 1e-9


@SETTINGS
@given(assessments())
def test_total_stays_within_bounds(case: tuple[str, AssessmentInputs]) -> None:
    code, inp = case
    card = score(inp, SETS[code], FACTORS)
    assert 0.0 <= card.base_total <= card.scale + 1e-9
    assert 0.0 <= card.bonus.points <= card.bonus.cap
    assert 0.0 <= card.total <= card.max_total + 1e-9
    for c in card.categories:
        assert 0.0 <= c.points <= c.max_points + 1e-9
    for it in card.items:
        assert 0.0 <= it.points <= it.max_points
        assert it.explanation_zh and it.explanation_en
        if it.status in ("not_available", "awaiting_panel", "not_applicable"):
            assert it.points == 0.0
    for g in card.gates:
        assert g.status in ("pass", "fail", "not_available", "not_applicable")
        if g.status != "not_applicable":
            assert g.reason_en and g.reason_zh


@SETTINGS
@given(assessments())
def test_card_is_deterministic(case: tuple[str, AssessmentInputs]) -> None:
    code, inp = case
    copy = dataclasses.replace(inp, activity=tuple(reversed(inp.activity)), responses=dict(inp.responses))
    a = score(inp, SETS[code], FACTORS).to_json()
    assert a == score(copy, SETS[code], FACTORS).to_json()
    assert a == score(inp, SETS[code], FACTORS).to_json()
