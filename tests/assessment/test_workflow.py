"""Workflow rules: submission check, reasons after submission, decided is frozen, amendments, returns."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from assessment import ops
from assessment.errors import ReasonRequired, ValidationError, WorkflowError
from assessment.models import ScoreSnapshot
from scoring import load_criteria_set
from tests.assessment.conftest import ACTOR, ParkSite, twelve_months
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


def fill_park(p: ParkSite) -> None:
    """Everything the park set needs from an assessor: 12 months, every answer, baseline."""
    ops.record_activity(p.db, ACTOR, p.assessment_id, twelve_months("grid_electricity", 20_000))
    ops.record_activity(p.db, ACTOR, p.assessment_id, twelve_months("green_electricity", 300_000))
    cs = load_criteria_set("nzc_park")
    for g in cs.gates:
        if g.kind == "yes_no":
            ops.set_response(p.db, ACTOR, p.assessment_id, g.code, True)
        elif g.kind == "number" and g.test is not None:
            ops.set_response(p.db, ACTOR, p.assessment_id, g.code, g.test.ge if g.test.ge is not None else 0)
    for it in cs.items:
        if it.kind == "yes_no":
            ops.set_response(p.db, ACTOR, p.assessment_id, it.code, True)
        elif it.kind == "choice":
            ops.set_response(p.db, ACTOR, p.assessment_id, it.code, it.choices[-1].key)
        elif it.kind == "number":
            ops.set_response(p.db, ACTOR, p.assessment_id, it.code, 90)
    ops.update_assessment(p.db, ACTOR, p.assessment_id, {"baseline_year": 2019, "baseline_emissions_t": 900})


def test_submit_with_missing_data_is_blocked_with_the_list(park):
    findings = ops.submission_check(park.db, park.assessment_id)
    errors = [f for f in findings if f.level == "error"]
    assert errors, "an empty assessment must not be submittable"
    assert any("month" in f.message_en.lower() or "data" in f.message_en.lower() for f in errors)
    with pytest.raises(WorkflowError, match="cannot submit") as err:
        ops.submit(park.db, ACTOR, park.assessment_id)
    for f in errors[:3]:
        assert f.message_en in str(err.value)
    assert ops.assessment_detail(park.db, park.assessment_id).assessment.status == "draft"


def test_submit_freezes_snapshot_then_changes_need_reason(park):
    fill_park(park)
    a = ops.submit(park.db, ACTOR, park.assessment_id)
    assert a.status == "submitted" and a.last_total is not None
    with park.db.read() as s:
        snap = s.execute(select(ScoreSnapshot).where(ScoreSnapshot.assessment_id == park.assessment_id)).scalar_one()
    assert snap.kind == "submission" and len(snap.card_hash) == 64 and snap.criteria_code == "nzc_park"
    with pytest.raises(ReasonRequired):
        ops.record_activity(park.db, ACTOR, park.assessment_id,
                            [{"carrier": "grid_electricity", "month": "2023-01", "quantity": 1, "unit": "kWh"}])
    ops.record_activity(park.db, ACTOR, park.assessment_id,
                        [{"carrier": "grid_electricity", "month": "2023-01", "quantity": 25_000, "unit": "kWh"}],
                        reason="meter re-read on site")
    ev = [e for e in ops.audit_history(park.db, assessment_id=park.assessment_id) if e.field == "quantity"][-1]
    assert (ev.old_value, ev.new_value, ev.reason, ev.actor) == ("20000.0", "25000.0", "meter re-read on site", ACTOR)


def test_decided_assessment_is_frozen_and_amendment_is_a_new_revision(park):
    fill_park(park)
    ops.submit(park.db, ACTOR, park.assessment_id)
    ops.start_review(park.db, ACTOR, park.assessment_id)
    ops.decide(park.db, "chair", park.assessment_id, "awarded", votes_for=5, votes_against=1, rationale="达标")
    with pytest.raises(WorkflowError, match="decided"):
        ops.set_response(park.db, ACTOR, park.assessment_id, "PK-E3", False, reason="try")
    with pytest.raises(WorkflowError, match="decided"):
        ops.update_site(park.db, ACTOR, park.site_id, {"floor_area_m2": 1}, reason="try")
    with pytest.raises(ValidationError):
        ops.amend(park.db, ACTOR, park.assessment_id, reason="")
    new = ops.amend(park.db, ACTOR, park.assessment_id, reason="补充 2024 年数据")
    assert (new.revision, new.status, new.is_current) == (2, "draft", True)
    old = ops.assessment_detail(park.db, park.assessment_id)
    assert old.assessment.status == "decided" and old.assessment.outcome == "awarded"
    assert not old.assessment.is_current
    copied = ops.assessment_detail(park.db, new.id)
    assert len(copied.activity) == len(old.activity) == 24
    assert {r.item_code for r in copied.responses} == {r.item_code for r in old.responses}
    # the list shows the current revision only
    (row,) = ops.list_sites(park.db, park.campaign)
    assert row.assessment_id == new.id


def test_return_for_correction_needs_comment_and_goes_back_to_draft(park):
    fill_park(park)
    ops.submit(park.db, ACTOR, park.assessment_id)
    with pytest.raises(ValidationError, match="comment"):
        ops.return_for_correction(park.db, "secretariat", park.assessment_id, "  ")
    a = ops.return_for_correction(park.db, "secretariat", park.assessment_id, "请补充 3 月电费单")
    assert (a.status, a.return_comment) == ("draft", "请补充 3 月电费单")
    ops.set_response(park.db, ACTOR, park.assessment_id, "PK-E3", True)  # drafts edit freely again


@pytest.mark.parametrize("action", ["start_review", "decide", "amend"])
def test_transitions_out_of_order_refused(park, action):
    calls = {
        "start_review": lambda: ops.start_review(park.db, ACTOR, park.assessment_id),
        "decide": lambda: ops.decide(park.db, ACTOR, park.assessment_id, "awarded"),
        "amend": lambda: ops.amend(park.db, ACTOR, park.assessment_id, "why"),
    }
    with pytest.raises(WorkflowError, match="cannot"):
        calls[action]()


def test_decide_checks_outcome_and_votes(park):
    fill_park(park)
    ops.submit(park.db, ACTOR, park.assessment_id)
    ops.start_review(park.db, ACTOR, park.assessment_id)
    with pytest.raises(ValidationError, match="outcome"):
        ops.decide(park.db, ACTOR, park.assessment_id, "gold")
    with pytest.raises(ValidationError, match="votes_for"):
        ops.decide(park.db, ACTOR, park.assessment_id, "awarded", votes_for=-1)
    assert ops.assessment_detail(park.db, park.assessment_id).assessment.status == "under_review"
