"""Leak tests: blind independent phase, own-scores-first in the read phase, conflicts hide everything."""

from __future__ import annotations

import json

import pytest
from helpers.panel_setup import ALICE, BOB, CAMPAIGN, CAROL, CHAIR, SEC, score_all

from assessment.cli import run, to_jsonable
from assessment.errors import PermissionDenied
from assessment.panel import comparison, exchange, ranking, scoring_ops, setup
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)

SECRET = "ALICE-SECRET-REMARK"


def dump(*objs: object) -> str:
    return json.dumps(to_jsonable(list(objs)), ensure_ascii=False, default=str)


def everything_seen_by(db, who: str, tmp_path, sites=("PANEL-T-P1", "PANEL-T-P3")) -> str:
    """Every model, view, export and CLI output this person can ask for."""
    parts = [dump(scoring_ops.candidate_views(db, who, CAMPAIGN), ranking.ranking(db, who, CAMPAIGN),
                  scoring_ops.status(db, who, CAMPAIGN))]
    for site in sites:
        parts.append(dump(scoring_ops.candidate_view(db, who, site, CAMPAIGN),
                          scoring_ops.history(db, who, site, CAMPAIGN)))
    parts.append(dump(comparison.compare(db, who, list(sites), CAMPAIGN)))
    try:
        parts.append(dump(scoring_ops.my_sheet(db, who, CAMPAIGN)))
        out = tmp_path / f"{who}.json"
        exchange.export_scores(db, who, out, CAMPAIGN)
        parts.append(out.read_text(encoding="utf-8"))
    except PermissionDenied:
        pass
    return "\n".join(parts)


def cli_output(capsys, db, who: str, *args: str) -> str:
    capsys.readouterr()
    target = ["--db", str(db.path)] if db.path is not None else ["--db-url", db.url]
    assert run([*target, "--actor", who, *args]) == 0
    return capsys.readouterr().out


def test_independent_phase_shows_no_one_elses_scores(panel, tmp_path, capsys):
    score_all(panel.db, ALICE, "PANEL-T-P1", 5, SECRET)
    for who in (CAROL, CHAIR, SEC):
        seen = everything_seen_by(panel.db, who, tmp_path)
        assert SECRET not in seen
        for args in (["rank", "--json", "--campaign", CAMPAIGN], ["rank", "--campaign", CAMPAIGN],
                     ["panel", "show", "PANEL-T-P1", "--json", "--campaign", CAMPAIGN],
                     ["compare", "PANEL-T-P1", "PANEL-T-P3", "--json", "--campaign", CAMPAIGN],
                     ["panel", "history", "PANEL-T-P1", "--campaign", CAMPAIGN]):
            assert SECRET not in cli_output(capsys, panel.db, who, *args)
    # Nor a total that folds in Alice's points: Carol's ranking leaves panel points out entirely.
    rows = {r.site_code: r for r in ranking.ranking(panel.db, CAROL, CAMPAIGN).overall}
    assert rows["PANEL-T-P1"].panel_points is None and rows["PANEL-T-P1"].source == "live-no-panel"
    view = scoring_ops.candidate_view(panel.db, CAROL, "PANEL-T-P1", CAMPAIGN)
    assert view.level == "own" and all(not it.others and it.aggregate is None for it in view.items)
    # Alice sees her own scores and comment, and still nobody else's.
    mine = scoring_ops.candidate_view(panel.db, ALICE, "PANEL-T-P1", CAMPAIGN)
    assert [it.own.points for it in mine.items] == [5.0, 5.0, 3.0]
    assert mine.items[0].own.comment == SECRET


def test_read_phase_shows_others_only_after_ones_own_scores(panel):
    score_all(panel.db, ALICE, "PANEL-T-P1", 5, SECRET)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "read")
    carol = scoring_ops.candidate_view(panel.db, CAROL, "PANEL-T-P1", CAMPAIGN)
    assert carol.level == "own" and "score every judgement item" in carol.hidden_reason
    assert SECRET not in dump(carol)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "revise")
    score_all(panel.db, CAROL, "PANEL-T-P1", 2)
    carol = scoring_ops.candidate_view(panel.db, CAROL, "PANEL-T-P1", CAMPAIGN)
    assert carol.level == "all"
    c3 = carol.items[0]
    assert [(o.member, o.points, o.comment) for o in c3.others] == [(ALICE, 5.0, SECRET)]
    assert c3.aggregate.value == 3.5 and c3.aggregate.spread == 3.0 and c3.aggregate.disagreement
    # the secretariat sees everything once the independent phase is over
    assert scoring_ops.candidate_view(panel.db, SEC, "PANEL-T-P1", CAMPAIGN).level == "all"


@pytest.mark.parametrize("phase", ["independent", "read", "revise", "decision"])
def test_conflicted_member_sees_nothing_of_that_candidate(panel, tmp_path, capsys, phase):
    # Bob's organisation runs P2 (a suggested conflict, hidden until the chair dismisses it);
    # Carol declares a conflict with P3 herself.
    setup.declare_conflict(panel.db, CAROL, CAMPAIGN, "PANEL-T-P3", "former employer")
    for who in (ALICE, CHAIR):
        score_all(panel.db, who, "PANEL-T-P2", 4, "SECRET-PANEL-T-P2")
        score_all(panel.db, who, "PANEL-T-P3", 4, "SECRET-PANEL-T-P3")
    if phase != "independent":
        setup.set_phase(panel.db, CHAIR, CAMPAIGN, phase)
    for who, site, others in ((BOB, "PANEL-T-P2", ("PANEL-T-P1", "PANEL-T-P3")),
                              (CAROL, "PANEL-T-P3", ("PANEL-T-P1", "PANEL-T-P2"))):
        view = scoring_ops.candidate_view(panel.db, who, site, CAMPAIGN)
        assert view.level == "none" and not view.can_score
        assert all(it.own is None and not it.others and it.aggregate is None for it in view.items)
        assert scoring_ops.history(panel.db, who, site, CAMPAIGN) == []
        r = ranking.ranking(panel.db, who, CAMPAIGN)
        assert site in r.hidden and site not in dump(r.overall, r.by_type)
        with pytest.raises(PermissionDenied, match="conflict of interest"):
            comparison.compare(panel.db, who, ["PANEL-T-P1", site], CAMPAIGN)
        seen = everything_seen_by(panel.db, who, tmp_path, sites=others)
        assert f"SECRET-{site}" not in seen
        if phase == "decision":  # the other candidate's comments are visible, so the check above means something
            assert f"SECRET-{others[1]}" in seen
        for args in (["rank", "--json", "--campaign", CAMPAIGN], ["panel", "sheet", "--json", "--campaign", CAMPAIGN]):
            assert f"SECRET-{site}" not in cli_output(capsys, panel.db, who, *args)
        assert site not in cli_output(capsys, panel.db, who, "panel", "sheet", "--campaign", CAMPAIGN)
    if phase in ("independent", "revise"):
        with pytest.raises(PermissionDenied, match="conflict of interest"):
            scoring_ops.score_item(panel.db, BOB, "PANEL-T-P2", "PK-C3", 3, campaign=CAMPAIGN)


def test_conflict_found_after_scoring_removes_the_scores_from_the_aggregate(panel):
    score_all(panel.db, ALICE, "PANEL-T-P1", 6)
    score_all(panel.db, CAROL, "PANEL-T-P1", 2)
    score_all(panel.db, CHAIR, "PANEL-T-P1", 3)
    setup.declare_conflict(panel.db, CHAIR, CAMPAIGN, "PANEL-T-P1", "advised the operator", member=ALICE)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "read")
    view = scoring_ops.candidate_view(panel.db, CAROL, "PANEL-T-P1", CAMPAIGN)
    assert [o.member for o in view.items[0].others] == [CHAIR]
    assert view.items[0].aggregate.value == 2.5  # median of 2 and 3; Alice's 6 no longer counts


def test_chair_reviews_suggested_conflicts(panel):
    listed = setup.list_conflicts(panel.db, CHAIR, CAMPAIGN)  # shown before anyone stores the suggestion
    assert [(c.id, c.member, c.site_code, c.status) for c in listed] == [("", BOB, "PANEL-T-P2", "suggested")]
    assert [c.site_code for c in setup.list_conflicts(panel.db, BOB, CAMPAIGN)] == ["PANEL-T-P2"]
    rows = setup.suggest_conflicts(panel.db, CHAIR, CAMPAIGN)
    assert [(c.member, c.site_code, c.status) for c in rows] == [(BOB, "PANEL-T-P2", "suggested")]
    assert "Green Park Operations Ltd" in rows[0].reason
    with pytest.raises(PermissionDenied):
        setup.resolve_conflict(panel.db, ALICE, CAMPAIGN, BOB, "PANEL-T-P2", "dismissed", "no link")
    setup.resolve_conflict(panel.db, CHAIR, CAMPAIGN, BOB, "PANEL-T-P2", "dismissed", "left the company in 2015")
    assert scoring_ops.candidate_view(panel.db, BOB, "PANEL-T-P2", CAMPAIGN).level == "own"
    assert [c.site_code for c in setup.list_conflicts(panel.db, BOB, CAMPAIGN)] == ["PANEL-T-P2"]
    assert setup.list_conflicts(panel.db, ALICE, CAMPAIGN) == []


def test_no_aggregate_anywhere_during_independent_scoring(panel):
    from assessment import ops
    from assessment.scores import compute_score

    for who in (ALICE, CAROL, CHAIR):
        score_all(panel.db, who, "PANEL-T-P1", 5)
    aid = panel.sites["PANEL-T-P1"]
    # the candidate detail, the engine's card and cached totals outside the panel see no panel points yet
    assert ops.assessment_detail(panel.db, aid).panel_aggregate == {}
    assert {i.status for i in compute_score(panel.db, aid).items if i.kind == "panel"} == {"awaiting_panel"}
    card, source = scoring_ops.visible_card(panel.db, CAROL, aid)
    assert source == "live-no-panel" and card.total == compute_score(panel.db, aid).total
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "read")
    assert ops.assessment_detail(panel.db, aid).panel_aggregate == {"PK-C3": 5.0, "PK-S2": 5.0, "PK-X3": 3.0}
    assert scoring_ops.visible_card(panel.db, BOB, panel.sites["PANEL-T-P2"]) == (None, "hidden")


def test_audit_listings_can_be_filtered_for_a_member(panel):
    from sqlalchemy import select

    from assessment.models import AuditEvent
    from assessment.panel.access import resolve
    from assessment.panel.visibility import hide_from_audit

    score_all(panel.db, ALICE, "PANEL-T-P1", 5, SECRET)
    score_all(panel.db, CAROL, "PANEL-T-P1", 2)
    with panel.db.read() as s:
        events = list(s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())
        assert any(SECRET in (e.new_value or "") for e in events)
        for who, seen in ((CAROL, False), (ALICE, True)):
            kept = hide_from_audit(s, resolve(s, who, CAMPAIGN), events)
            assert any(SECRET in (e.new_value or "") for e in kept) is seen
            assert any(e.entity == "site" for e in kept)  # other events stay
