"""Package round trip: export, import into an empty database, identical data and score cards; idempotent."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from sqlalchemy import select

from assessment import ops
from assessment.audit import verify_chain
from assessment.exchange.package_export import export_package
from assessment.exchange.package_import import import_package
from assessment.models import AuditEvent
from assessment.scores import compute_score
from tests.assessment.conftest import ACTOR
from tests.assessment.exchange.conftest import audit_ids, table_rows
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


def test_round_trip_into_empty_database(filled, peer, tmp_path: Path):
    src = filled.db
    out = tmp_path / "park.lcspkg.zip"
    # exported by the panel member whose score it is: a package carries only the exporter's own panel scores
    result = export_package(src, "评审专家甲", [filled.site_code], out)
    assert result.evidence_files == 1 and result.assessments == 1
    before_cards = compute_score(src, filled.park.assessment_id)

    report = import_package(peer, "secretariat", out)

    assert not report.conflicts and not report.already_imported
    assert report.inserted["activity_record"] == 24 and report.inserted["campaign"] == 1
    assert table_rows(peer) == table_rows(src)
    after = compute_score(peer, filled.park.assessment_id)
    assert after.to_json() == before_cards.to_json() and after.input_hash == before_cards.input_hash
    # the photo arrived, byte for byte, under its hash
    ev = ops.list_evidence(peer, filled.park.assessment_id)[0]
    assert (Path(peer.evidence_dir) / ev.sha256[:2] / ev.sha256).read_bytes() == \
        (Path(src.evidence_dir) / ev.sha256[:2] / ev.sha256).read_bytes()
    assert ev.original_name == "屋顶光伏.jpg"
    # the source's audit trail was appended (ids kept) and the receiving chain still verifies
    assert audit_ids(src) <= audit_ids(peer)
    with peer.read() as s:
        assert verify_chain(s) == []
        mine = s.execute(select(AuditEvent).where(AuditEvent.action == "import_package")).scalar_one()
        assert mine.actor == "secretariat"
    # leading zeros of meter ids kept
    assert {r.meter_id for r in ops.list_activity(peer, filled.park.assessment_id)} >= {"0012"}


def test_same_package_twice_changes_nothing(filled, peer, tmp_path: Path):
    out = tmp_path / "p.zip"
    export_package(filled.db, "assessor", [filled.site_code], out)
    import_package(peer, "secretariat", out)
    counts = peer.row_counts()
    again = import_package(peer, "secretariat", out)
    assert again.already_imported
    assert peer.row_counts() == counts


def test_manifest_members_named_by_hash_chinese_only_in_manifest(filled, tmp_path: Path):
    out = tmp_path / "p.zip"
    export_package(filled.db, "assessor", [filled.site_code], out)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert all(n.isascii() for n in names)
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["schema_version"] == 1 and manifest["source_person"] == "assessor"
    assert {m["name"] for m in manifest["members"]} == set(names) - {"manifest.json"}
    assert any(m.get("original_name") == "屋顶光伏.jpg" for m in manifest["members"])


def test_export_never_deletes_local_data(filled, tmp_path: Path):
    counts = filled.db.row_counts()
    export_package(filled.db, "assessor", [filled.site_code], tmp_path / "p.zip")
    after = filled.db.row_counts()
    assert all(after[t] >= n for t, n in counts.items())
    assert after["exchange_log"] == counts["exchange_log"] + 1


def test_evidence_deduplicated_by_hash(filled, peer, tmp_path: Path):
    out = tmp_path / "p.zip"
    export_package(filled.db, "assessor", [filled.site_code], out)
    import_package(peer, "secretariat", out)
    ops.record_activity(filled.db, ACTOR, filled.park.assessment_id,
                        [{"carrier": "water", "month": "2023-01", "quantity": 10, "unit": "m3"}])
    out2 = tmp_path / "p2.zip"
    export_package(filled.db, "assessor", [filled.site_code], out2)
    report = import_package(peer, "secretariat", out2)
    assert report.evidence_new == 0 and report.evidence_known == 1
    assert report.inserted == {"activity_record": 1} and not report.conflicts
    files = [f for f in Path(peer.evidence_dir).rglob("*") if f.is_file()]
    assert len(files) == 1


def test_stale_staging_left_by_a_killed_import_is_removed(filled, peer, tmp_path):
    import os

    out = tmp_path / "p.zip"
    export_package(filled.db, "assessor", [filled.site_code], out)
    stale = Path(peer.evidence_dir) / ".staging-killed"
    stale.mkdir(parents=True)
    (stale / "half-written").write_bytes(b"x" * 10)
    os.utime(stale, (0, 0))
    import_package(peer, "secretariat", out)
    assert not stale.exists()
    assert not list(Path(peer.evidence_dir).glob(".staging-*"))
