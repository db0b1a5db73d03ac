"""Operations on evidence: attach a photo or document (content-addressed), caption, link to items."""

from __future__ import annotations

import mimetypes
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from assessment import audit
from assessment.db import Database
from assessment.errors import AssessmentError, ValidationError
from assessment.evidence_store import EvidenceStore, sha256_bytes
from assessment.models import Evidence, EvidenceItem
from assessment.ops.common import evidence_view, get_assessment, guard_edit, touch
from assessment.ops.versions import check_version
from assessment.photos import DEFAULT_MAX_EDGE, prepare_photo
from assessment.views import EvidenceView

MAX_FILE_BYTES = 200 * 1024 * 1024
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".heic"}


def store_for(db: Database) -> EvidenceStore:
    if db.evidence_dir is None:
        raise AssessmentError("this database has no evidence folder configured")
    return EvidenceStore(db.evidence_dir)


def attach_evidence(
    db: Database,
    actor: str,
    assessment_id: str,
    path: Path | str,
    *,
    caption: str | None = None,
    items: tuple[str, ...] | list[str] = (),
    max_edge: int = DEFAULT_MAX_EDGE,
    reason: str | None = None,
    original_name: str | None = None,
    expected_version: int | None = None,
) -> EvidenceView:
    """Store the file (photos downscaled, original hash kept), then record it in one transaction."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", str(path), "does not exist or is not a file")
    size = path.stat().st_size
    if size == 0:
        raise ValidationError("file", path.name, "is empty")
    if size > MAX_FILE_BYTES:
        raise ValidationError("file", path.name, f"is larger than {MAX_FILE_BYTES // 2**20} MB")
    raw = path.read_bytes()
    original_sha = sha256_bytes(raw)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    captured_at: datetime | None = None
    lat = lon = None
    data = raw
    if path.suffix.lower() in PHOTO_SUFFIXES:
        try:
            photo = prepare_photo(raw, max_edge)
        except Exception as exc:  # PIL raises many kinds for a broken image
            raise ValidationError("file", path.name, f"is not a readable image ({exc})") from None
        data, media_type = photo.data, photo.media_type
        captured_at, lat, lon = photo.captured_at, photo.latitude, photo.longitude
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        check_version(s, a, expected_version)
        reason = guard_edit(a, reason)
        digest = store_for(db).put_bytes(data)  # content-addressed: a rollback leaves only an unused file
        ev = Evidence(
            assessment_id=a.id, sha256=digest, original_sha256=original_sha,
            original_name=original_name or path.name, media_type=media_type, size_bytes=len(data),
            captured_at=captured_at, latitude=lat, longitude=lon, caption=(caption or "").strip() or None,
            added_by=actor,
        )
        ev.items = [EvidenceItem(item_code=code) for code in sorted(set(items))]
        s.add(ev)
        s.flush()
        audit.record(s, actor=actor, action="attach_evidence", entity="evidence", entity_id=ev.id,
                     assessment_id=a.id, new={"name": ev.original_name, "sha256": digest,
                                              "items": sorted(set(items))}, reason=reason)
        touch(s, a)
        return evidence_view(ev)


def update_evidence(
    db: Database,
    actor: str,
    evidence_id: str,
    *,
    caption: str | None = None,
    items: list[str] | None = None,
    reason: str | None = None,
    expected_version: int | None = None,
) -> EvidenceView:
    with db.write() as s:
        ev = s.get(Evidence, evidence_id)
        if ev is None:
            raise ValidationError("evidence", evidence_id, "does not exist")
        a = get_assessment(s, ev.assessment_id)
        check_version(s, a, expected_version)
        reason = guard_edit(a, reason)
        if caption is not None and (caption.strip() or None) != ev.caption:
            audit.record(s, actor=actor, action="update_evidence", entity="evidence", entity_id=ev.id,
                         assessment_id=a.id, field="caption", old=ev.caption, new=caption.strip() or None,
                         reason=reason)
            ev.caption = caption.strip() or None
        if items is not None:
            old = sorted(i.item_code for i in ev.items)
            new = sorted(set(items))
            if old != new:
                audit.record(s, actor=actor, action="update_evidence", entity="evidence", entity_id=ev.id,
                             assessment_id=a.id, field="items", old=old, new=new, reason=reason)
                ev.items = [EvidenceItem(item_code=c) for c in new]
        touch(s, a)
        s.flush()
        return evidence_view(ev)


def remove_evidence(db: Database, actor: str, evidence_id: str, *, reason: str | None = None,
                    expected_version: int | None = None) -> None:
    """Remove the record the user chose to remove; the file stays in the store (others may share it)."""
    with db.write() as s:
        ev = s.get(Evidence, evidence_id)
        if ev is None:
            raise ValidationError("evidence", evidence_id, "does not exist")
        a = get_assessment(s, ev.assessment_id)
        check_version(s, a, expected_version)
        reason = guard_edit(a, reason)
        audit.record(s, actor=actor, action="remove_evidence", entity="evidence", entity_id=ev.id,
                     assessment_id=a.id, old={"name": ev.original_name, "sha256": ev.sha256}, reason=reason)
        s.delete(ev)
        touch(s, a)


def list_evidence(db: Database, assessment_id: str) -> list[EvidenceView]:
    with db.read() as s:
        rows = s.execute(select(Evidence).where(Evidence.assessment_id == assessment_id)
                         .order_by(Evidence.added_at, Evidence.original_name)).scalars()
        return [evidence_view(e) for e in rows]
