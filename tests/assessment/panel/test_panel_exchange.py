"""Offline score files: round trip laptop -> office; refused when tampered, foreign or someone else's."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import datetime

import pytest
from helpers.panel_setup import ALICE, CAMPAIGN, CAROL, CHAIR, SEC, build_panel, score_all
from sqlalchemy import select

from assessment.copydb import copy_campaigns
from assessment.db import open_database
from assessment.errors import PermissionDenied, WorkflowError
from assessment.models import PanelScore, Person
from assessment.panel import exchange, scoring_ops, setup
from assessment.panel.exchange import ScoreFileError
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


@pytest.fixture
def laptop(panel, tmp_path):
    """A copy of the office database on Alice's laptop, where she scores P1 offline."""
    if panel.db.path is not None:  # the office keeps a SQLite file: she copies the file
        panel.db.dispose()
        shutil.copy(panel.db.path, tmp_path / "laptop.sqlite3")
        db = open_database(tmp_path / "laptop.sqlite3")
    else:  # the office runs a server: she copies the campaign to her laptop (`copy-db --from URL`)
        db = open_database(tmp_path / "laptop.sqlite3")
        copy_campaigns(panel.db, db, CAMPAIGN)
    score_all(db, ALICE, "PANEL-T-P1", 5, "scored on the train")
    out = tmp_path / "alice-scores.json"
    assert exchange.export_scores(db, ALICE, out, CAMPAIGN) == 3
    yield out
    db.dispose()


def test_secretariat_imports_a_members_file(panel, laptop):
    r = exchange.import_scores(panel.db, SEC, laptop, CAMPAIGN)
    assert (r.member, r.applied, r.unchanged, r.skipped) == (ALICE, 3, 0, ())
    sheet = {r.item_code: r for r in scoring_ops.my_sheet(panel.db, ALICE, CAMPAIGN) if r.site_code == "PANEL-T-P1"}
    assert sheet["PK-C3"].points == 5.0 and sheet["PK-C3"].comment == "scored on the train"
    again = exchange.import_scores(panel.db, SEC, laptop, CAMPAIGN)
    assert again.already_imported and again.applied == 0


def test_tampered_file_is_refused(panel, laptop):
    data = json.loads(laptop.read_text(encoding="utf-8"))
    data["payload"]["scores"][0]["points"] = 6
    laptop.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ScoreFileError, match="changed after it was exported"):
        exchange.import_scores(panel.db, SEC, laptop, CAMPAIGN)
    # re-computing the checksum is not enough: the signature no longer matches
    payload = data["payload"]
    data["sha256"] = hashlib.sha256(exchange.canonical(payload)).hexdigest()
    laptop.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ScoreFileError, match="signature does not match"):
        exchange.import_scores(panel.db, SEC, laptop, CAMPAIGN)
    assert all(r.points is None for r in scoring_ops.my_sheet(panel.db, ALICE, CAMPAIGN))


def test_another_members_scores_are_refused(panel, laptop):
    with pytest.raises(PermissionDenied, match="may import only their own"):
        exchange.import_scores(panel.db, CAROL, laptop, CAMPAIGN)
    with pytest.raises(ScoreFileError, match=f"holds the scores of {ALICE}, not of {CAROL}"):
        exchange.import_scores(panel.db, SEC, laptop, CAMPAIGN, member=CAROL)
    assert exchange.import_scores(panel.db, ALICE, laptop, CAMPAIGN).applied == 3  # her own file


def test_file_for_another_campaign_is_refused(panel, laptop):
    build_panel(panel.db, code="OTHER-2024", n_sites=1)
    with pytest.raises(ScoreFileError, match=f"holds scores for campaign '{CAMPAIGN}', not OTHER-2024"):
        exchange.import_scores(panel.db, SEC, laptop, "OTHER-2024")


def test_not_a_score_file(panel, tmp_path):
    bad = tmp_path / "notes.json"
    bad.write_text("{\"hello\": 1}", encoding="utf-8")
    with pytest.raises(ScoreFileError, match="not a panel score file"):
        exchange.import_scores(panel.db, SEC, bad, CAMPAIGN)


def test_import_follows_phase_and_newer_scores_win(panel, laptop):
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "read")
    with pytest.raises(WorkflowError, match="read phase"):
        exchange.import_scores(panel.db, SEC, laptop, CAMPAIGN)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "revise")
    with panel.db.write() as s:  # Alice changed PK-C3 at the office after her laptop export
        alice = s.execute(select(Person).where(Person.name == ALICE)).scalar_one()
        s.add(PanelScore(assessment_id=panel.sites["PANEL-T-P1"], member_id=alice.id, item_code="PK-C3", points=2,
                         comment="office", phase="revise", updated_at=datetime(2099, 12, 31)))
    r = exchange.import_scores(panel.db, SEC, laptop, CAMPAIGN)
    assert r.applied == 2 and len(r.skipped) == 1 and "newer score is already stored" in r.skipped[0]
