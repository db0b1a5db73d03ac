"""Decisions: who may record them, the vote tally, and the frozen result surviving a criteria update."""

from __future__ import annotations

from importlib import resources

import pytest
from helpers.panel_setup import ALICE, CAMPAIGN, CAROL, CHAIR, SEC, score_all
from sqlalchemy import func, select

from assessment.errors import PermissionDenied, ValidationError, WorkflowError
from assessment.models import Campaign, ScoreSnapshot
from assessment.panel import decisions, ranking, scoring_ops, setup
from scoring import criteria_load, load_criteria_text
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


def scored_and_in_decision_phase(panel) -> None:
    for who in (ALICE, CAROL, CHAIR):
        for site in ("PANEL-T-P1", "PANEL-T-P3"):
            score_all(panel.db, who, site, {"PK-C3": 5, "PK-S2": 4, "PK-X3": 3})
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "decision")


def test_decision_records_outcome_votes_and_rationale(panel):
    scored_and_in_decision_phase(panel)
    d = decisions.record_decision(panel.db, CHAIR, "PANEL-T-P1", "awarded", votes_for=3, votes_against=0,
                                  votes_abstain=1, rationale="clear operational leadership", campaign=CAMPAIGN)
    assert (d.outcome, d.votes_for, d.votes_against, d.votes_abstain) == ("awarded", 3, 0, 1)
    assert d.rationale == "clear operational leadership" and d.decided_by == CHAIR
    assert d.criteria_version == "2025.1" and len(d.card_hash) == 64
    with pytest.raises(WorkflowError, match="decided"):
        decisions.record_decision(panel.db, CHAIR, "PANEL-T-P1", "deferred", rationale="again", campaign=CAMPAIGN)
    row = next(r for r in ranking.ranking(panel.db, SEC, CAMPAIGN).overall if r.site_code == "PANEL-T-P1")
    assert (row.source, row.outcome) == ("decision", "awarded")


def test_decision_rules(panel):
    for who in (ALICE, CAROL, CHAIR):
        score_all(panel.db, who, "PANEL-T-P1", 4)
    with pytest.raises(WorkflowError, match="independent scoring phase"):
        decisions.record_decision(panel.db, CHAIR, "PANEL-T-P1", "awarded", rationale="x", campaign=CAMPAIGN)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "decision")
    with pytest.raises(PermissionDenied, match="record a decision"):
        decisions.record_decision(panel.db, ALICE, "PANEL-T-P1", "awarded", rationale="x", campaign=CAMPAIGN)
    with pytest.raises(ValidationError, match="rationale"):
        decisions.record_decision(panel.db, CHAIR, "PANEL-T-P1", "awarded", rationale=" ", campaign=CAMPAIGN)
    # 4 scorers, none conflicted with P1: 5 votes is one too many
    with pytest.raises(ValidationError, match="more votes than the 4 panel member"):
        decisions.record_decision(panel.db, SEC, "PANEL-T-P1", "awarded", votes_for=5, rationale="x",
                                  campaign=CAMPAIGN)
    setup.declare_conflict(panel.db, CHAIR, CAMPAIGN, "PANEL-T-P1", "board member of the operator")
    with pytest.raises(PermissionDenied, match="conflict of interest"):
        decisions.record_decision(panel.db, CHAIR, "PANEL-T-P1", "awarded", rationale="x", campaign=CAMPAIGN)
    with pytest.raises(PermissionDenied, match="conflict of interest"):
        decisions.decision_view(panel.db, CHAIR, "PANEL-T-P1", CAMPAIGN)
    d = decisions.record_decision(panel.db, SEC, "PANEL-T-P1", "deferred", votes_for=1, votes_against=2,
                                  rationale="site visit needed", campaign=CAMPAIGN)
    assert d.outcome == "deferred" and d.decided_by == SEC


def test_decided_result_survives_a_criteria_update(panel, monkeypatch):
    scored_and_in_decision_phase(panel)
    before = decisions.record_decision(panel.db, CHAIR, "PANEL-T-P1", "awarded", votes_for=3,
                                       rationale="strong", campaign=CAMPAIGN)
    # A new criteria version arrives (bonus cap 5 -> 2) and the campaign is re-pinned to it.
    text = (resources.files("resources") / "criteria" / "nzc_park-2025.1.yaml").read_text(encoding="utf-8")
    newer = load_criteria_text(text.replace('version: "2025.1"', 'version: "2026.1"').replace("  cap: 5", "  cap: 2"),
                               "nzc_park-2026.1.yaml")
    monkeypatch.setitem(criteria_load._packaged(), ("nzc_park", "2026.1"), newer)
    with panel.db.write() as s:
        camp = s.execute(select(Campaign).where(Campaign.code == CAMPAIGN)).scalar_one()
        camp.criteria_versions = {"park": "nzc_park@2026.1"}
        snaps = s.execute(select(func.count()).select_from(ScoreSnapshot)).scalar_one()
    after = decisions.decision_view(panel.db, SEC, "PANEL-T-P1", CAMPAIGN)
    assert (after.total, after.tier, after.criteria_version, after.card_hash) == (
        before.total, before.tier, "2025.1", before.card_hash)
    # bonus: PK-X3 gave 3 points under cap 5; under cap 2 the what-if loses exactly 1 point
    assert after.what_if.criteria_version == "2026.1" and after.what_if.changed
    assert after.what_if.total == pytest.approx(before.total - 1)
    rows = {r.site_code: r for r in ranking.ranking(panel.db, SEC, CAMPAIGN).overall}
    p1, p3 = rows["PANEL-T-P1"], rows["PANEL-T-P3"]
    assert (p1.total, p1.criteria_version, p1.source) == (before.total, "2025.1", "decision")
    assert p1.what_if_total == pytest.approx(before.total - 1) and "2026.1" in p1.note
    assert (p3.criteria_version, p3.source) == ("2026.1", "live")  # undecided: scored under the new pin
    with panel.db.read() as s:
        assert s.execute(select(func.count()).select_from(ScoreSnapshot)).scalar_one() == snaps


def test_no_scoring_after_decision(panel):
    scored_and_in_decision_phase(panel)
    decisions.record_decision(panel.db, CHAIR, "PANEL-T-P1", "not_awarded", votes_against=3, rationale="weak data",
                              campaign=CAMPAIGN)
    with pytest.raises(WorkflowError):
        scoring_ops.score_item(panel.db, ALICE, "PANEL-T-P1", "PK-C3", 1, campaign=CAMPAIGN)
    sheet = [r for r in scoring_ops.my_sheet(panel.db, ALICE, CAMPAIGN) if r.site_code == "PANEL-T-P1"]
    assert sheet and all(not r.editable and r.note == "decided" for r in sheet)
