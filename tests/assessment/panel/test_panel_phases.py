"""Phase rules: only the chair moves phases, forward only; scoring only in the independent and revise phases."""

from __future__ import annotations

import pytest
from helpers.panel_setup import ALICE, BOB, CAMPAIGN, CAROL, CHAIR, SEC, score_all

from assessment.errors import PermissionDenied, ValidationError, WorkflowError
from assessment.panel import scoring_ops, setup
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


def test_only_the_chair_changes_the_phase(panel):
    for who in (ALICE, SEC):
        with pytest.raises(PermissionDenied, match="only the panel chair"):
            setup.set_phase(panel.db, who, CAMPAIGN, "read")
    with pytest.raises(PermissionDenied, match="not a known person"):
        setup.set_phase(panel.db, "cli", CAMPAIGN, "read")
    assert setup.set_phase(panel.db, CHAIR, CAMPAIGN, "read") == "read"
    assert scoring_ops.status(panel.db, ALICE, CAMPAIGN).phase == "read"


def test_phases_never_go_back(panel):
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "revise")
    with pytest.raises(WorkflowError, match="cannot go back"):
        setup.set_phase(panel.db, CHAIR, CAMPAIGN, "independent")


def test_scoring_only_in_independent_and_revise_and_never_after_decision(panel):
    scoring_ops.score_item(panel.db, ALICE, "PANEL-T-P1", "PK-C3", 4, "ok", campaign=CAMPAIGN)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "read")
    with pytest.raises(WorkflowError, match="read phase"):
        scoring_ops.score_item(panel.db, ALICE, "PANEL-T-P1", "PK-C3", 5, campaign=CAMPAIGN)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "revise")
    scoring_ops.score_item(panel.db, ALICE, "PANEL-T-P1", "PK-C3", 5, "raised after discussion",
                           campaign=CAMPAIGN, reason="discussion")
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "decision")
    with pytest.raises(WorkflowError, match="decision phase"):
        scoring_ops.score_item(panel.db, ALICE, "PANEL-T-P1", "PK-C3", 6, campaign=CAMPAIGN)


def test_revisions_are_kept_in_history(panel):
    scoring_ops.score_item(panel.db, ALICE, "PANEL-T-P1", "PK-C3", 2, "first look", campaign=CAMPAIGN)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "revise")
    scoring_ops.score_item(panel.db, ALICE, "PANEL-T-P1", "PK-C3", 4, "after site visit notes",
                           campaign=CAMPAIGN, reason="read the visit notes")
    events = scoring_ops.history(panel.db, ALICE, "PANEL-T-P1", CAMPAIGN)
    assert [(e.item_code, e.old, e.new) for e in events] == [
        ("PK-C3", None, '{"comment": "first look", "points": 2.0}'),
        ("PK-C3", '{"comment": "first look", "points": 2.0}', '{"comment": "after site visit notes", "points": 4.0}'),
    ]
    assert events[1].reason == "read the visit notes"
    sheet = {(r.site_code, r.item_code): r for r in scoring_ops.my_sheet(panel.db, ALICE, CAMPAIGN)}
    assert sheet[("PANEL-T-P1", "PK-C3")].points == 4.0


@pytest.mark.parametrize("points, problem", [(7, "between 0 and 6"), (-1, "between 0 and 6"),
                                             (2.3, "whole or half"), ("abc", "must be a number")])
def test_points_are_checked(panel, points, problem):
    with pytest.raises(ValidationError, match=problem):
        scoring_ops.score_item(panel.db, ALICE, "PANEL-T-P1", "PK-C3", points, campaign=CAMPAIGN)


def test_only_panel_items_can_be_scored(panel):
    with pytest.raises(ValidationError, match="not a panel judgement item"):
        scoring_ops.score_item(panel.db, ALICE, "PANEL-T-P1", "PK-E1", 3, campaign=CAMPAIGN)


def test_secretariat_and_assessors_do_not_score(panel):
    with pytest.raises(PermissionDenied, match="cannot score"):
        scoring_ops.score_item(panel.db, SEC, "PANEL-T-P1", "PK-C3", 3, campaign=CAMPAIGN)


def test_progress_counts_without_values(panel):
    score_all(panel.db, ALICE, "PANEL-T-P1", 3)
    progress = scoring_ops.status(panel.db, CHAIR, CAMPAIGN).progress
    # Bob shares an organisation with P2's operator: 2 candidates x 3 items are due, not 3 x 3.
    assert progress == {ALICE: "3/9", BOB: "0/6", CAROL: "0/9", CHAIR: "0/9"}
    assert scoring_ops.status(panel.db, ALICE, CAMPAIGN).progress == {}
