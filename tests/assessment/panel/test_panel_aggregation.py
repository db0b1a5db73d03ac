"""Aggregation and ranking, with ties, checked against numbers worked out by hand."""

from __future__ import annotations

import pytest
from helpers.panel_setup import ALICE, CAMPAIGN, CAROL, CHAIR, SEC, score_all

from assessment.errors import PermissionDenied, WorkflowError
from assessment.panel import ranking, setup
from assessment.panel.aggregation import aggregate_values, summarise
from assessment.panel.ranking import RankRow, assign_ranks, shortlist
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


@pytest.mark.parametrize("values, method, expected", [
    ([1, 4, 5], "median", 4.0),
    ([1, 4, 5, 6], "median", 4.5),
    ([1, 4, 5], "mean", 3.3333),
    ([1, 4, 5], "trimmed_mean", 4.0),          # drop 1 and 5
    ([0, 2, 3, 6, 6], "trimmed_mean", 3.6667),  # n=5, k=1: mean of 2, 3, 6
    ([0, 1, 2, 3, 4, 5, 6, 6, 6, 6], "trimmed_mean", 4.3333),  # n=10, k=2: mean of 2,3,4,5,6,6 = 26/6
    ([2, 6], "trimmed_mean", 4.0),             # fewer than 3: plain mean
    ([], "median", None),
])
def test_aggregate_values_by_hand(values, method, expected):
    assert aggregate_values(values, method) == expected


def test_spread_and_strong_disagreement():
    a = summarise("PK-C3", [1, 4, 5], "median", 6)
    assert (a.value, a.low, a.high, a.spread, a.disagreement) == (4.0, 1, 5, 4, True)  # 4 >= 6/2
    b = summarise("PK-C3", [3, 4, 5], "median", 6)
    assert (b.spread, b.disagreement) == (2, False)
    assert not summarise("PK-X3", [2], "median", 3).disagreement


def row(code: str, total: float | None, panel: float, tier: str = "demonstration") -> RankRow:
    return RankRow(rank=None, tied=False, site_code=code, site_name=code, site_type="park", status="under_review",
                   outcome=None, total=total, tier=tier, panel_points=panel, source="live",
                   criteria_version="1", factor_version="1", eligible=tier == "demonstration")


def test_ranks_with_ties_and_tie_break():
    rows = assign_ranks([row("D", 70, 12), row("B", 75, 8), row("A", 80, 10), row("C", 75, 8), row("E", 75, 9),
                         row("F", None, 0)])
    got = [(r.site_code, r.rank, r.tied) for r in rows]
    # E beats B and C on panel points (9 > 8); B and C tie on both and share rank 3, listed by code.
    assert got == [("A", 1, False), ("E", 2, False), ("B", 3, True), ("C", 3, True), ("D", 5, False),
                   ("F", None, False)]


def test_shortlist_fills_quota_and_flags_a_tie_at_the_boundary():
    ranked = assign_ranks([row("A", 90, 10), row("B", 85, 8), row("C", 85, 8), row("D", 84, 8),
                           row("X", 95, 12, tier="cultivation")])
    out = {r.site_code: r for r in shortlist(ranked, 2)}
    assert [c for c, r in sorted(out.items()) if r.shortlisted] == ["A", "B", "C"]
    assert "tie at the quota boundary" in out["B"].note
    assert not out["X"].shortlisted and "not eligible" in out["X"].note


def test_ranking_from_the_database_in_the_read_phase(panel):
    # P1: medians 5, 5, 3 -> 13 panel points; P3: 4, 4, 3 -> 11; P2 (Bob conflicted, others score) 4, 4, 3 -> 11.
    for who, p1, other in ((ALICE, 6, 4), (CAROL, 5, 4), (CHAIR, 2, 5)):
        score_all(panel.db, who, "PANEL-T-P1", {"PK-C3": p1, "PK-S2": p1, "PK-X3": 3})
        score_all(panel.db, who, "PANEL-T-P2", {"PK-C3": other, "PK-S2": other, "PK-X3": 3})
        score_all(panel.db, who, "PANEL-T-P3", {"PK-C3": other, "PK-S2": other, "PK-X3": 3})
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "read")
    r = ranking.ranking(panel.db, SEC, CAMPAIGN)
    rows = {x.site_code: x for x in r.overall}
    base = rows["PANEL-T-P1"].total - rows["PANEL-T-P1"].panel_points
    assert rows["PANEL-T-P1"].panel_points == 5 + 5 + 3
    assert rows["PANEL-T-P2"].panel_points == rows["PANEL-T-P3"].panel_points == 4 + 4 + 3
    assert rows["PANEL-T-P1"].rank == 1
    assert (rows["PANEL-T-P2"].rank, rows["PANEL-T-P3"].rank) == (2, 2)
    assert rows["PANEL-T-P2"].tied and rows["PANEL-T-P3"].tied
    assert base == rows["PANEL-T-P2"].total - 11  # same computed points: the tie comes from equal panel points
    assert "panel-judgement points" in r.tie_break_en and "并列" in r.tie_break_zh
    setup.set_aggregation(panel.db, SEC, CAMPAIGN, "mean")
    rows = {x.site_code: x for x in ranking.ranking(panel.db, SEC, CAMPAIGN).overall}
    assert rows["PANEL-T-P1"].panel_points == pytest.approx(13 / 3 * 2 + 3, abs=1e-3)  # mean(6,5,2)=4.333 x2 + 3


def test_aggregation_method_rules(panel):
    with pytest.raises(PermissionDenied):
        setup.set_aggregation(panel.db, ALICE, CAMPAIGN, "mean")
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "decision")
    with pytest.raises(WorkflowError, match="decision phase"):
        setup.set_aggregation(panel.db, CHAIR, CAMPAIGN, "mean")
