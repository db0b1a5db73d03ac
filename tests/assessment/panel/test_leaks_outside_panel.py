"""Panel scores must not leak through screens, lists, audit, exports or reports outside the panel package."""

from __future__ import annotations

import json

import pytest
from helpers.panel_setup import ALICE, ASSESSOR, BOB, CAMPAIGN, CAROL, CHAIR, SEC, score_all

from assessment.errors import PermissionDenied
from assessment.panel import guard, setup
from assessment.scores import compute_score, refresh_cached_score

SECRET = "ALICE-SECRET-REMARK"


@pytest.fixture
def read_phase(panel):
    """Alice and the chair scored P1 and P3 (with a secret remark), Carol scored nothing and is conflicted with
    P3; the panel is in the read phase, so aggregates (and thus cached totals) include the panel's points."""
    for site in ("PANEL-T-P1", "PANEL-T-P3"):
        score_all(panel.db, ALICE, site, 5, SECRET)
        score_all(panel.db, CHAIR, site, 4, "chair remark")
    setup.declare_conflict(panel.db, CAROL, CAMPAIGN, "PANEL-T-P3", "former employer")
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "read")
    for aid in panel.sites.values():
        refresh_cached_score(panel.db, aid)
    return panel


def panel_points(card) -> float:
    return sum(i.points for i in card.items if i.kind == "panel")


# ----- 1. score card (main window Score tab, what-if)

def test_score_card_follows_panel_visibility(read_phase):
    db, p1, p3 = read_phase.db, read_phase.sites["PANEL-T-P1"], read_phase.sites["PANEL-T-P3"]
    full = compute_score(db, p1)
    assert panel_points(full) > 0  # the unfiltered card folds in Alice's and the chair's points
    # Conflicted: no card at all, also not as a what-if.
    assert guard.score_card(db, CAROL, p3) == (None, "hidden")
    assert guard.score_card(db, CAROL, p3, {"profile.occupants": 900})[0] is None
    # Own scores not in yet: panel items await the panel, total without panel points.
    card, source = guard.score_card(db, CAROL, p1)
    assert source == "live-no-panel" and panel_points(card) == 0
    assert {i.status for i in card.items if i.kind == "panel"} == {"awaiting_panel"}
    assert card.total == pytest.approx(full.total - panel_points(full))
    what_if, _ = guard.score_card(db, CAROL, p1, {"profile.occupants": 900})
    assert panel_points(what_if) == 0
    # Alice's own scores are in: she sees the aggregate; people not on the panel see what they always saw.
    assert guard.score_card(db, ALICE, p1)[0].total == pytest.approx(full.total)
    assert guard.score_card(db, ASSESSOR, p1)[0].total == pytest.approx(full.total)
    assert guard.score_card(db, "someone unknown", p1)[0].total == pytest.approx(full.total)
    assert guard.score_card(db, SEC, p1)[0].total == pytest.approx(full.total)


def test_what_if_for_a_member_without_own_scores_never_includes_panel_points(read_phase):
    db, p1 = read_phase.db, read_phase.sites["PANEL-T-P1"]
    ov = {"profile.occupants": 1600}
    blind, _ = guard.score_card(db, CAROL, p1, ov)
    seen, _ = guard.score_card(db, ALICE, p1, ov)
    assert seen.total == pytest.approx(compute_score(db, p1, ov).total)
    assert blind.total == pytest.approx(seen.total - panel_points(seen))


def test_suggested_conflict_hides_card_in_independent_phase_too(panel):
    # Bob's organisation runs P2: a suggested conflict, fail closed.
    assert guard.score_card(panel.db, BOB, panel.sites["PANEL-T-P2"]) == (None, "hidden")
    assert guard.score_card(panel.db, BOB, panel.sites["PANEL-T-P1"])[1] == "live-no-panel"


# ----- 2. candidate list totals (UI list, CLI sites, CLI score)

def test_list_totals_follow_panel_visibility(read_phase, capsys):
    from assessment import ops
    from assessment.cli import run

    db = read_phase.db
    plain = {r.code: r for r in ops.list_sites(db, CAMPAIGN)}
    assert plain["PANEL-T-P3"].total is not None  # the cached total includes the panel aggregate
    carol = {r.code: r for r in ops.list_sites(db, CAMPAIGN, viewer=CAROL)}
    assert carol["PANEL-T-P3"].total is None and carol["PANEL-T-P3"].tier is None
    assert "conflict" in carol["PANEL-T-P3"].hidden_reason
    assert carol["PANEL-T-P1"].total is None and "own scores" in carol["PANEL-T-P1"].hidden_reason
    assert carol["PANEL-T-P2"].total == plain["PANEL-T-P2"].total  # nobody scored it: nothing to hide
    alice = {r.code: r for r in ops.list_sites(db, CAMPAIGN, viewer=ALICE)}
    assert alice["PANEL-T-P1"].total == plain["PANEL-T-P1"].total
    assert ops.list_sites(db, CAMPAIGN, viewer=ASSESSOR) == list(plain.values())
    p3 = f"{plain['PANEL-T-P3'].total:.1f}"
    for args in (["sites", "--campaign", CAMPAIGN], ["sites", "--json", "--campaign", CAMPAIGN]):
        capsys.readouterr()
        assert run(["--db", str(db.path), "--actor", CAROL, *args]) == 0
        out = capsys.readouterr().out
        line = next(ln for ln in out.splitlines() if "PANEL-T-P3" in ln) if "--json" not in args else out
        assert p3 not in line
    capsys.readouterr()
    assert run(["--db", str(db.path), "--actor", CAROL, "score", "--all", "--campaign", CAMPAIGN]) == 0
    out = capsys.readouterr().out
    assert p3 not in next(ln for ln in out.splitlines() if "PANEL-T-P3" in ln)
    assert run(["--db", str(db.path), "--actor", CAROL, "score", "PANEL-T-P3", "--campaign", CAMPAIGN]) == 1
    assert "conflict of interest" in capsys.readouterr().err


def test_independent_phase_list_keeps_totals_without_panel_points(panel):
    from assessment import ops

    score_all(panel.db, ALICE, "PANEL-T-P1", 5, SECRET)
    refresh_cached_score(panel.db, panel.sites["PANEL-T-P1"])
    rows = {r.code: r for r in ops.list_sites(panel.db, CAMPAIGN, viewer=CAROL)}
    card, _ = guard.score_card(panel.db, CAROL, panel.sites["PANEL-T-P1"])
    assert rows["PANEL-T-P1"].total == pytest.approx(card.total)  # no aggregate exists in this phase
    assert rows["PANEL-T-P2"].hidden_reason is None
    refresh_cached_score(panel.db, panel.sites["PANEL-T-P2"])
    bob = {r.code: r for r in ops.list_sites(panel.db, CAMPAIGN, viewer=BOB)}
    assert bob["PANEL-T-P2"].total is None and "conflict" in bob["PANEL-T-P2"].hidden_reason


# ----- 3. audit history

def test_audit_history_hides_panel_scores_a_member_may_not_see(read_phase):
    from assessment import ops

    db, p1, p3 = read_phase.db, read_phase.sites["PANEL-T-P1"], read_phase.sites["PANEL-T-P3"]
    assert SECRET in dump(ops.audit_history(db, assessment_id=p3))  # unfiltered, the remark is there
    for aid in (p1, p3):  # conflict (P3); own scores not in yet (P1)
        seen = ops.audit_history(db, assessment_id=aid, viewer=CAROL)
        assert SECRET not in dump(seen) and not [e for e in seen if e.entity == "panel_score"]
        assert any(e.entity == "assessment" for e in ops.audit_history(db, assessment_id=aid))
    mine = ops.audit_history(db, assessment_id=p1, viewer=ALICE)
    assert SECRET in dump(mine) and any(e.actor == CHAIR and e.entity == "panel_score" for e in mine)
    assert ops.audit_history(db, assessment_id=p3, viewer=ASSESSOR) == ops.audit_history(db, assessment_id=p3)
    # by record id too (the history dialog of one field)
    ev = next(e for e in ops.audit_history(db, assessment_id=p3) if e.entity == "panel_score")
    assert ops.audit_history(db, entity_id=ev.entity_id, viewer=CAROL) == []


def test_audit_history_in_independent_phase_shows_a_member_only_their_own(panel):
    from assessment import ops

    p1 = panel.sites["PANEL-T-P1"]
    score_all(panel.db, ALICE, "PANEL-T-P1", 5, SECRET)
    score_all(panel.db, CAROL, "PANEL-T-P1", 2, "carol remark")
    carol = dump(ops.audit_history(panel.db, assessment_id=p1, viewer=CAROL))
    assert SECRET not in carol and "carol remark" in carol
    for who in (CHAIR, SEC):
        assert SECRET not in dump(ops.audit_history(panel.db, assessment_id=p1, viewer=who))


# ----- 4. exchange: offline packages and table exports

def package_text(path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return "\n".join(zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith(".json"))


def test_package_carries_only_the_exporters_own_panel_scores(read_phase, tmp_path):
    from assessment.exchange.package_export import export_package

    db = read_phase.db
    for who in (ASSESSOR, SEC, CHAIR, CAROL, ALICE):
        if who == CAROL:
            with pytest.raises(PermissionDenied, match="conflict of interest"):
                export_package(db, who, ["PANEL-T-P3"], tmp_path / "carol.zip", campaign=CAMPAIGN)
            continue
        out = tmp_path / f"{len(who)}-{who}.zip"
        export_package(db, who, ["PANEL-T-P1", "PANEL-T-P3"], out, campaign=CAMPAIGN)
        text = package_text(out)
        assert (SECRET in text) == (who == ALICE), who  # Alice's own remark travels only in her package
        assert ("chair remark" in text) == (who == CHAIR), who
        data = json.loads(next(x for x in text.split("\n") if '"panel_score"' in x))
        assert all(r["last_total"] is None for r in data["assessment"]) or who == ALICE


def test_exported_ranking_and_scores_follow_panel_visibility(read_phase, tmp_path):
    from assessment.exchange.exports import export_table

    db = read_phase.db
    full = compute_score(db, read_phase.sites["PANEL-T-P1"]).total

    def rows(what: str, who: str) -> str:
        out = tmp_path / f"{what}-{len(who)}.csv"
        export_table(db, what, out, campaign=CAMPAIGN, actor=who)
        return out.read_text(encoding="utf-8-sig")

    carol_rank, carol_scores = rows("ranking", CAROL), rows("scores", CAROL)
    assert "PANEL-T-P3" not in carol_rank and "PANEL-T-P3" not in carol_scores  # conflict: left out
    line = next(ln for ln in carol_rank.splitlines() if "PANEL-T-P1" in ln)
    assert f"{full:.2f}".rstrip("0") not in line  # no total folding in others' panel points
    assert f"{round(full, 2)}" in next(ln for ln in rows("ranking", ALICE).splitlines() if "PANEL-T-P1" in ln)
    alice_scores = rows("scores", ALICE)
    assert "PANEL-T-P3" in alice_scores and f"{round(full, 2)}" in alice_scores
    assert f"{round(full, 2)}" not in carol_scores


# ----- 5. dossier, certificate, batch and summary report

def test_dossier_and_report_refused_to_a_member_who_may_not_see_them(read_phase, tmp_path, capsys):
    from assessment import dossier
    from assessment.cli import run

    db, p1, p3 = read_phase.db, read_phase.sites["PANEL-T-P1"], read_phase.sites["PANEL-T-P3"]
    with pytest.raises(PermissionDenied, match="conflict of interest with PANEL-T-P3"):
        dossier.dossier_pdf(db, p3, "en", actor=CAROL)
    with pytest.raises(PermissionDenied, match="conflict of interest with PANEL-T-P3"):
        dossier.export_dossier(db, p3, tmp_path / "c3.pdf", lang="en", actor=CAROL)
    with pytest.raises(PermissionDenied, match="other members' panel scores"):  # her own scores are not in
        dossier.export_dossier(db, p1, tmp_path / "c1.pdf", lang="en", actor=CAROL)
    with pytest.raises(PermissionDenied, match="conflict of interest with PANEL-T-P3"):
        dossier.export_report(db, CAMPAIGN, tmp_path / "r.pdf", lang="en", actor=CAROL)
    assert not list(tmp_path.glob("*.pdf"))
    capsys.readouterr()
    for args in (["dossier", "PANEL-T-P3", "-o", str(tmp_path / "x.pdf")], ["report", "-o", str(tmp_path / "r.pdf")]):
        assert run(["--db", str(db.path), "--actor", CAROL, *args, "--campaign", CAMPAIGN]) == 1
        assert "conflict of interest" in capsys.readouterr().err
    # Alice has scored both: she, the secretariat and assessors get them as before.
    assert dossier.export_dossier(db, p3, tmp_path / "a3.pdf", lang="en", actor=ALICE).path.exists()
    assert dossier.export_report(db, CAMPAIGN, tmp_path / "s.pdf", lang="en", actor=SEC).path.exists()
    assert dossier.export_dossier(db, p3, tmp_path / "x3.pdf", lang="en", actor=ASSESSOR).path.exists()


def test_batch_dossiers_leave_out_candidates_a_member_may_not_see(read_phase, tmp_path):
    from assessment import dossier

    res = dossier.export_campaign(read_phase.db, CAMPAIGN, tmp_path / "out", lang="en", actor=CAROL, workers=1)
    assert sorted(i.site_code for i in res.written) == ["PANEL-T-P2"]
    reasons = dict(res.failed)
    assert "conflict of interest" in reasons["PANEL-T-P3"] and "PANEL-T-P1" in reasons
    assert sorted(p.name for p in (tmp_path / "out").glob("*.pdf")) == ["PANEL-T-P2.pdf"]


# ----- also: the assessment in full (editor, CLI show) carries the panel aggregate

def test_assessment_detail_hides_the_aggregate_from_a_member(read_phase, capsys):
    from assessment import ops
    from assessment.cli import run

    db, p1, p3 = read_phase.db, read_phase.sites["PANEL-T-P1"], read_phase.sites["PANEL-T-P3"]
    assert ops.assessment_detail(db, p3).panel_aggregate  # unfiltered: the aggregate is there
    for aid in (p1, p3):
        d = ops.assessment_detail(db, aid, viewer=CAROL)
        assert d.panel_aggregate == {} and d.assessment.last_total is None
    assert ops.assessment_detail(db, p3, viewer=ALICE).panel_aggregate
    assert ops.assessment_detail(db, p3, viewer=ASSESSOR) == ops.assessment_detail(db, p3)
    capsys.readouterr()
    assert run(["--db", str(db.path), "--actor", CAROL, "show", "PANEL-T-P3", "--json", "--campaign", CAMPAIGN]) == 0
    assert json.loads(capsys.readouterr().out)["panel_aggregate"] == {}


def dump(obj: object) -> str:
    from assessment.cli import to_jsonable

    return json.dumps(to_jsonable(obj), ensure_ascii=False, default=str)


__all__ = ["PermissionDenied", "dump"]
