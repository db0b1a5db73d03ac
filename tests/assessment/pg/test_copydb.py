"""copy-db: a campaign moves from a laptop's file to the server and back, checked; conflicting copies refused."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from assessment import ops
from assessment.audit import verify_chain
from assessment.cli import run
from assessment.copydb import TABLES, CopyConflict, campaign_rows, copy_campaigns
from assessment.db import Database, open_database
from assessment.errors import AssessmentError
from assessment.evidence_store import EvidenceStore
from assessment.models import Assessment, Campaign, Evidence
from assessment.scores import compute_score

DEMO = "DEMO-2023"


def snapshot(db: Database) -> tuple[dict[str, int], dict[str, str]]:
    """Row counts of the campaign per table, and every assessment's score-card input hash."""
    with db.read() as s:
        cid = s.execute(select(Campaign.id).where(Campaign.code == DEMO)).scalar_one()
        rows = campaign_rows(s, cid)
        a_ids = s.execute(select(Assessment.id).where(Assessment.campaign_id == cid)).scalars().all()
    return {t: len(rows[t]) for t in TABLES}, {a: compute_score(db, a).input_hash for a in a_ids}


def chain_ok(db: Database) -> bool:
    with db.read() as s:
        return verify_chain(s) == []


def test_campaign_round_trip_keeps_rows_scores_files_and_history(demo_db, any_db, tmp_path):
    before = snapshot(demo_db)
    assert sum(before[0].values()) > 500 and len(before[1]) >= 5

    report = copy_campaigns(demo_db, any_db, DEMO, actor="secretariat")
    assert report.campaigns == [DEMO] and report.copied == before[0] and report.score_hashes == len(before[1])
    assert snapshot(any_db) == before
    with any_db.read() as s:
        shas = set(s.execute(select(Evidence.sha256)).scalars())
    assert shas and all(EvidenceStore(any_db.evidence_dir).verify(h) for h in shas)
    assert report.audit_events > 100 and chain_ok(any_db)
    assert [e.action for e in ops.audit_history(any_db, field=None)][-1] == "copy_db"

    again = copy_campaigns(demo_db, any_db, DEMO)  # nothing new: nothing copied, still checked
    assert sum(again.copied.values()) == 0 and again.audit_events == 0 and again.score_hashes == len(before[1])

    back = open_database(tmp_path / "back" / "laptop2.sqlite3")
    try:
        copy_campaigns(any_db, back, DEMO)
        assert snapshot(back) == before and chain_ok(back)
    finally:
        back.dispose()


def test_campaign_changed_on_both_sides_is_refused_and_nothing_copied(demo_db, pg_db):
    copy_campaigns(demo_db, pg_db, DEMO)
    site = next(r for r in ops.list_sites(pg_db, DEMO) if r.status == "draft")
    ops.update_site(pg_db, "王委员", site.site_id, {"occupants": 1234})
    ops.update_site(demo_db, "李评估员", site.site_id, {"occupants": 999})
    on_server = snapshot(pg_db)
    with pytest.raises(CopyConflict) as err:
        copy_campaigns(demo_db, pg_db, DEMO)
    message = str(err.value)
    assert message.startswith("nothing was copied") and f"site {site.code}" in message
    assert "occupants is 1234 there, 999 here" in message and "package export" in message
    assert snapshot(pg_db) == on_server and ops.get_site(pg_db, site.site_id).occupants == 1234


def test_other_campaign_with_the_same_code_is_refused(demo_db, pg_db):
    ops.create_campaign(pg_db, "secretariat", code=DEMO, name="另一个批次", year=2023, criteria_versions={},
                        factor_set_version="2025.1")
    with pytest.raises(CopyConflict, match=f"campaign code {DEMO} is used there by another campaign"):
        copy_campaigns(demo_db, pg_db, DEMO)
    with pytest.raises(AssessmentError, match="has no campaign 'NOPE'"):
        copy_campaigns(demo_db, pg_db, "NOPE")


def test_cli_copy_to_server_and_back_and_refusal_exit_code(demo_db, pg_url, tmp_path, capsys):
    assert demo_db.path is not None
    assert run(["copy-db", "--db", str(demo_db.path), "--to", pg_url, "--campaign", DEMO, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["campaigns"] == [DEMO] and out["score_hashes"] >= 5 and "***" in out["target"]
    server = open_database(pg_url)
    try:
        site = next(r for r in ops.list_sites(server, DEMO) if r.status == "draft")
        ops.update_site(server, "王委员", site.site_id, {"occupants": 4321})
    finally:
        server.dispose()
    # the laptop's older copy is never overwritten; a new file takes the server's state
    assert run(["copy-db", "--db", str(demo_db.path), "--from", pg_url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: nothing was copied") and "never overwrites" in err and "4321" in err
    assert "lcs_test:lcs_test@" not in err
    assert run(["copy-db", "--db", str(tmp_path / "new.sqlite3"), "--from", pg_url]) == 0
    assert "rows copied: " in capsys.readouterr().out
    fresh = open_database(tmp_path / "new.sqlite3")
    try:
        assert ops.get_site(fresh, site.site_id).occupants == 4321
    finally:
        fresh.dispose()
