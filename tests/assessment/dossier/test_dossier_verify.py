"""Verify: the printed fingerprint is recomputed from the database; changed scores and swapped photos show."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from helpers.dossier_setup import ACTOR, campaign_ids
from PIL import Image
from sqlalchemy import select

from assessment import ops
from assessment.cli import run
from assessment.dossier import export as export_mod
from assessment.dossier import export_certificate, export_dossier, export_report, verify_pdf
from assessment.errors import AssessmentError, WorkflowError
from assessment.evidence_store import EvidenceStore
from assessment.models import Decision, Evidence, ScoreSnapshot


def test_fresh_dossier_verifies(dossier_db, tmp_path: Path) -> None:
    aid = campaign_ids(dossier_db)[0]
    res = export_dossier(dossier_db, aid, tmp_path / "d.pdf")
    v = verify_pdf(dossier_db, tmp_path / "d.pdf")
    assert v.ok and v.printed == v.current == res.fingerprint and v.kind == "dossier"


def test_changed_decision_score_is_detected(dossier_db, tmp_path: Path) -> None:
    aid = campaign_ids(dossier_db)[0]
    export_dossier(dossier_db, aid, tmp_path / "d.pdf")
    with dossier_db.write() as s:  # someone edits the frozen snapshot behind the app's back
        snap_id = s.execute(select(Decision.snapshot_id).where(Decision.assessment_id == aid)).scalar()
        snap = s.get(ScoreSnapshot, snap_id)
        snap.card_json = snap.card_json.replace('"total":', '"total":1', 1)
    v = verify_pdf(dossier_db, tmp_path / "d.pdf")
    assert not v.ok and v.current != v.printed
    assert "score card" in v.problems[0]


def test_changed_draft_data_is_detected(dossier_db, tmp_path: Path) -> None:
    draft = campaign_ids(dossier_db)[1]
    export_dossier(dossier_db, draft, tmp_path / "draft.pdf")
    assert verify_pdf(dossier_db, tmp_path / "draft.pdf").ok
    ops.set_response(dossier_db, ACTOR, draft, "PK-R3", "none")  # a live (provisional) card changes with data
    assert not verify_pdf(dossier_db, tmp_path / "draft.pdf").ok


def test_swapped_photo_file_is_detected(dossier_db, tmp_path: Path) -> None:
    aid = campaign_ids(dossier_db)[0]
    export_dossier(dossier_db, aid, tmp_path / "d.pdf")
    with dossier_db.read() as s:
        ev = s.execute(select(Evidence).where(Evidence.assessment_id == aid)).scalars().first()
    path = EvidenceStore(dossier_db.evidence_dir).path_for(ev.sha256)
    other = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 0, 0)).save(other, "JPEG")
    os.chmod(path, 0o644)
    path.write_bytes(other.getvalue())
    v = verify_pdf(dossier_db, tmp_path / "d.pdf")
    assert not v.ok and any(ev.original_name in p for p in v.problems)


def test_replaced_evidence_record_is_detected(dossier_db, tmp_path: Path) -> None:
    draft = campaign_ids(dossier_db)[1]
    export_dossier(dossier_db, draft, tmp_path / "d.pdf")
    ev = ops.list_evidence(dossier_db, draft)[0]
    ops.remove_evidence(dossier_db, ACTOR, ev.id)
    photo = tmp_path / "other.jpg"
    Image.new("RGB", (640, 480), (0, 90, 0)).save(photo, "JPEG")
    ops.attach_evidence(dossier_db, ACTOR, draft, photo, caption=ev.caption)
    assert not verify_pdf(dossier_db, tmp_path / "d.pdf").ok


def test_certificate_and_report_verify(dossier_db, tmp_path: Path) -> None:
    aid, draft = campaign_ids(dossier_db)
    export_certificate(dossier_db, aid, tmp_path / "c.pdf")
    export_report(dossier_db, "T-2023", tmp_path / "r.pdf")
    assert verify_pdf(dossier_db, tmp_path / "c.pdf").ok
    assert verify_pdf(dossier_db, tmp_path / "r.pdf").ok
    ops.set_response(dossier_db, ACTOR, draft, "PK-R3", "none")
    assert verify_pdf(dossier_db, tmp_path / "c.pdf").ok  # another candidate's draft changed
    assert not verify_pdf(dossier_db, tmp_path / "r.pdf").ok  # the report covers every candidate
    with pytest.raises(WorkflowError, match="not been awarded"):
        export_certificate(dossier_db, draft, tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()


def test_foreign_pdf_is_refused(dossier_db, tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(AssessmentError, match="no dossier fingerprint"):
        verify_pdf(dossier_db, tmp_path / "x.pdf")


def test_failed_export_leaves_nothing(dossier_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    aid = campaign_ids(dossier_db)[0]
    target = tmp_path / "out" / "d.pdf"
    target.parent.mkdir()

    def broken(data, font):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_mod, "render_dossier", broken)
    with pytest.raises(OSError):
        export_dossier(dossier_db, aid, target)
    assert list(target.parent.iterdir()) == []

    def disk_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.undo()
    target.write_bytes(b"old version")
    monkeypatch.setattr(os, "fsync", disk_full)  # the write fails half-way
    with pytest.raises(OSError):
        export_dossier(dossier_db, aid, target)
    assert target.read_bytes() == b"old version"
    assert [p.name for p in target.parent.iterdir()] == ["d.pdf"]


def test_cli_dossier_verify_report(dossier_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(dossier_db.path)]
    assert run(["dossier", "T-2023-001", "-o", str(tmp_path / "d.pdf"), "--lang", "zh", *db]) == 0
    assert run(["verify", str(tmp_path / "d.pdf"), *db]) == 0
    assert "OK: dossier D-T-2023-T-2023-001" in capsys.readouterr().out
    assert run(["report", "--campaign", "T-2023", "-o", str(tmp_path / "r.pdf"), *db]) == 0
    assert run(["certificate", "T-2023-002", "-o", str(tmp_path / "c.pdf"), *db]) == 1
    assert "not been awarded" in capsys.readouterr().err
    ops.set_response(dossier_db, ACTOR, campaign_ids(dossier_db)[1], "PK-R3", "none")
    assert run(["verify", str(tmp_path / "r.pdf"), *db]) == 1
    assert "MISMATCH" in capsys.readouterr().out


def test_submitted_assessment_uses_its_submission_snapshot(dossier_db, tmp_path: Path) -> None:
    from assessment.dossier.fingerprint import read_metadata, score_basis
    from assessment.models import Assessment
    from assessment.scores import compute_score

    draft = campaign_ids(dossier_db)[1]
    emissions = compute_score(dossier_db, draft).account.total_market_t
    ops.update_assessment(dossier_db, ACTOR, draft, {"baseline_year": 2019, "baseline_emissions_t": emissions * 2})
    ops.submit(dossier_db, ACTOR, draft)
    export_dossier(dossier_db, draft, tmp_path / "submitted.pdf")
    assert read_metadata((tmp_path / "submitted.pdf").read_bytes())["LCSProvisional"] == "no"
    with dossier_db.read() as s:
        assert score_basis(s, s.get(Assessment, draft)).kind == "submission"
    # a correction after submission changes the live card, not the submission snapshot the dossier shows
    ops.set_response(dossier_db, ACTOR, draft, "PK-R3", "none", reason="bill re-read")
    assert verify_pdf(dossier_db, tmp_path / "submitted.pdf").ok
