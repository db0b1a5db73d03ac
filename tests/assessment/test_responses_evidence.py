"""Checklist answers checked against the item kind; evidence stored by hash with EXIF time and GPS."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from assessment import ops
from assessment.errors import ValidationError
from assessment.evidence_store import EvidenceStore, sha256_bytes
from scoring import load_criteria_set
from tests.assessment.conftest import ACTOR
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


def park_items():
    cs = load_criteria_set("nzc_park")
    by_kind: dict[str, str] = {}
    for it in cs.items:
        by_kind.setdefault(it.kind, it.code)
    return cs, by_kind


def test_yes_no_choice_and_number_answers(park):
    cs, kinds = park_items()
    r = ops.set_response(park.db, ACTOR, park.assessment_id, kinds["yes_no"], "是", note=" 现场核实 ")
    assert (r.value, r.note) == (True, "现场核实")
    choice_item = cs.items_by_code[kinds["choice"]]
    key = choice_item.choices[0].key
    assert ops.set_response(park.db, ACTOR, park.assessment_id, kinds["choice"], key).value == key
    assert ops.set_response(park.db, ACTOR, park.assessment_id, kinds["number"], "85.5").value == 85.5


@pytest.mark.parametrize(("kind", "value", "words"), [
    ("yes_no", "maybe", "yes or no"),
    ("choice", "not-a-choice", "must be one of"),
    ("number", "lots", "must be a number"),
    ("number", -3, "cannot be negative"),
    ("panel", 4, "scored by the review panel"),
])
def test_bad_answers_refused(park, kind, value, words):
    _, kinds = park_items()
    with pytest.raises(ValidationError, match=words):
        ops.set_response(park.db, ACTOR, park.assessment_id, kinds[kind], value)
    detail = ops.assessment_detail(park.db, park.assessment_id)
    assert detail.responses == ()


def test_unknown_item_refused(park):
    with pytest.raises(ValidationError, match="is not an item"):
        ops.set_response(park.db, ACTOR, park.assessment_id, "XX-99", True)


def jpeg_with_exif(size=(3000, 2000)) -> bytes:
    img = Image.new("RGB", size, (120, 160, 200))
    exif = Image.Exif()
    exif[0x0132] = "2023:05:06 10:20:30"
    exif[0x8825] = {1: "N", 2: (22.0, 32.0, 24.0), 3: "E", 4: (113.0, 56.0, 0.0)}
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_photo_downscaled_original_hash_kept_exif_read(park, tmp_path: Path):
    raw = jpeg_with_exif()
    p = tmp_path / "现场照片.jpg"
    p.write_bytes(raw)
    ev = ops.attach_evidence(park.db, ACTOR, park.assessment_id, p, caption="屋顶光伏", items=["PK-E3"],
                             max_edge=1024)
    assert ev.original_sha256 == sha256_bytes(raw)
    assert ev.sha256 != ev.original_sha256
    stored = EvidenceStore(park.db.evidence_dir).read_bytes(ev.sha256)
    assert sha256_bytes(stored) == ev.sha256
    assert max(Image.open(io.BytesIO(stored)).size) == 1024
    assert ev.captured_at is not None and ev.captured_at.isoformat() == "2023-05-06T10:20:30"
    assert ev.latitude == pytest.approx(22.54, abs=1e-6) and ev.longitude == pytest.approx(113.9333333, abs=1e-6)
    assert ev.items == ("PK-E3",) and ev.original_name == "现场照片.jpg"


def test_same_file_twice_stored_once(park, tmp_path: Path):
    p = tmp_path / "doc.pdf"
    p.write_bytes(b"%PDF-1.4 test document")
    a = ops.attach_evidence(park.db, ACTOR, park.assessment_id, p)
    b = ops.attach_evidence(park.db, ACTOR, park.assessment_id, p)
    assert a.sha256 == b.sha256 and a.id != b.id
    files = [f for f in Path(park.db.evidence_dir).rglob("*") if f.is_file()]
    assert len(files) == 1


def test_bad_files_refused(park, tmp_path: Path):
    with pytest.raises(ValidationError, match="does not exist"):
        ops.attach_evidence(park.db, ACTOR, park.assessment_id, tmp_path / "missing.jpg")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        ops.attach_evidence(park.db, ACTOR, park.assessment_id, empty)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not really a jpeg")
    with pytest.raises(ValidationError, match="not a readable image"):
        ops.attach_evidence(park.db, ACTOR, park.assessment_id, broken)
    assert ops.list_evidence(park.db, park.assessment_id) == []


def test_several_answers_all_or_nothing(park):
    _, kinds = park_items()
    with pytest.raises(ValidationError, match="yes or no"):
        ops.set_responses(park.db, ACTOR, park.assessment_id, {kinds["number"]: 70, kinds["yes_no"]: "perhaps"})
    assert ops.assessment_detail(park.db, park.assessment_id).responses == ()
    stored = ops.set_responses(park.db, ACTOR, park.assessment_id, {kinds["number"]: 70, kinds["yes_no"]: "no"})
    assert [(r.item_code, r.value) for r in stored] == [(kinds["number"], 70.0), (kinds["yes_no"], False)]
