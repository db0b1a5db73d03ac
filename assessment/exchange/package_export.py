"""Writing an offline package: one zip with a JSON manifest, per-site data members and evidence files by hash."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from assessment import audit
from assessment.db import Database
from assessment.errors import AssessmentError, PermissionDenied, ValidationError
from assessment.evidence_store import EvidenceStore, sha256_file
from assessment.exchange.records import (
    AUDIT_COLUMNS,
    PACKAGE_FORMAT,
    SCHEMA_VERSION,
    SPECS,
    row_to_json,
    table,
)
from assessment.models import (
    Assessment,
    AuditEvent,
    CampaignMember,
    ConflictDeclaration,
    EvidenceItem,
    ExchangeLog,
    Person,
    Site,
    SyncState,
    new_id,
    utcnow,
)
from assessment.ops.common import find_campaign, find_site

Progress = Callable[[int, int], None]
CHUNK = 1 << 20


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    sites: tuple[str, ...]
    assessments: int
    evidence_files: int
    bytes: int
    signed: bool


def precise_now() -> datetime:
    """Microsecond time: bases recorded by this database are ordered by it (one clock, never compared across
    laptops)."""
    return datetime.now(UTC).replace(tzinfo=None)


def sign(key: str, manifest_bytes: bytes) -> str:
    return hmac.new(key.encode("utf-8"), manifest_bytes, hashlib.sha256).hexdigest()


def _rows(s: Session, model: Any, *where: Any) -> list[dict[str, Any]]:
    t = table(model)
    return [dict(r._mapping) for r in s.execute(select(t).where(*where))]


def collect_site(s: Session, site: Site, campaign_id: str, actor: str | None = None
                 ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Everything stored about a site in one campaign, as JSON-ready dicts; and its evidence rows.

    Panel scores travel only as the exporter's own (see docs/exchange.md): other members' scores, comments
    and their audit events stay home, and so do cached totals that fold in their points. A panel member with a
    conflict of interest cannot export the candidate at all.
    """
    from assessment.panel.guard import scorer

    viewer = scorer(s, actor, campaign_id)
    if viewer is not None and viewer.conflicted(site.id):
        raise PermissionDenied(f"{viewer.name} has a conflict of interest with {site.code} and cannot export its "
                               "package (it would carry the panel's data of that candidate)")
    camp_row = _rows(s, SPECS["campaign"].model, table(SPECS["campaign"].model).c.id == campaign_id)[0]
    a_rows = _rows(s, Assessment, Assessment.site_id == site.id, Assessment.campaign_id == campaign_id)
    a_rows.sort(key=lambda r: r["revision"])
    a_ids = [r["id"] for r in a_rows]
    data: dict[str, Any] = {"campaign": [camp_row], "site": _rows(s, Site, Site.id == site.id), "assessment": a_rows}
    for name in ("score_snapshot", "decision", "activity_record", "response", "evidence", "panel_score"):
        model = SPECS[name].model
        data[name] = _rows(s, model, model.assessment_id.in_(a_ids))
    own = viewer.person_id if viewer is not None else None
    left_out = {r["id"] for r in data["panel_score"] if r["member_id"] != own}
    if left_out:
        data["panel_score"] = [r for r in data["panel_score"] if r["id"] not in left_out]
        for r in a_rows:
            r["last_total"] = r["last_tier"] = None
    items: dict[str, list[str]] = {}
    ev_ids = [r["id"] for r in data["evidence"]]
    for ev_id, code in s.execute(select(EvidenceItem.evidence_id, EvidenceItem.item_code)
                                 .where(EvidenceItem.evidence_id.in_(ev_ids))):
        items.setdefault(ev_id, []).append(code)
    for r in data["evidence"]:
        r["items"] = sorted(items.get(r["id"], []))
    data["conflict_declaration"] = _rows(s, ConflictDeclaration, ConflictDeclaration.site_id == site.id,
                                         ConflictDeclaration.campaign_id == campaign_id)
    data["campaign_member"] = _rows(s, CampaignMember, CampaignMember.campaign_id == campaign_id)
    people = {r["person_id"] for r in data["campaign_member"]} | {r["person_id"] for r in data["conflict_declaration"]}
    people |= {r["assessor_id"] for r in a_rows if r["assessor_id"]} | {r["member_id"] for r in data["panel_score"]}
    data["person"] = _rows(s, Person, Person.id.in_(sorted(people)))
    evidence = list(data["evidence"])
    out: dict[str, list[Any]] = {name: [row_to_json(name, r) for r in rows] for name, rows in data.items()}
    ids = {site.id, campaign_id, *a_ids}
    ev_cols = [getattr(AuditEvent, c) for c in AUDIT_COLUMNS]
    events = s.execute(select(*ev_cols).where(or_(AuditEvent.assessment_id.in_(a_ids), AuditEvent.entity_id.in_(ids)))
                       .order_by(AuditEvent.seq))
    out["audit"] = [row_to_json("audit_event", dict(r._mapping)) for r in events
                    if not (r.entity == "panel_score" and r.entity_id in left_out)]
    record_ids = {r["id"] for rows in data.values() for r in rows} | {e["entity_id"] for e in out["audit"]}
    bases = s.execute(select(SyncState.peer_device, SyncState.entity, SyncState.entity_id, SyncState.base_value,
                             SyncState.package_id).where(SyncState.field == "*"))
    out["bases"] = [[p, e, i, b, pk] for p, e, i, b, pk in bases if i in record_ids]
    return out, evidence


def export_package(
    db: Database,
    actor: str,
    site_refs: list[str],
    out: Path | str,
    *,
    campaign: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the package atomically (temp file, then rename); local data is only read, never removed."""
    out = Path(out)
    if not site_refs:
        raise ValidationError("sites", site_refs, "name at least one site to export")
    if db.evidence_dir is None:
        raise AssessmentError("this database has no evidence folder configured")
    store = EvidenceStore(db.evidence_dir)
    package_id = new_id()
    with db.write() as s:  # creates this database's device id on first use
        source_device = audit.device_id(s)
    with db.read() as s:
        camp = find_campaign(s, campaign)
        key = camp.signing_key
        sites: list[dict[str, str]] = []
        payloads: dict[str, dict[str, Any]] = {}
        evidence: dict[str, dict[str, Any]] = {}
        for ref in site_refs:
            site = find_site(s, ref)
            data, ev_rows = collect_site(s, site, camp.id, actor)
            if not data["assessment"]:
                raise ValidationError("site", ref, f"has no assessment in campaign {camp.code}")
            sites.append({"id": site.id, "code": site.code, "name": site.name})
            payloads[site.id] = data
            for ev in ev_rows:
                evidence.setdefault(ev["sha256"], ev)
        camp_info = {"id": camp.id, "code": camp.code, "name": camp.name}
    missing = [ev["original_name"] for sha, ev in evidence.items() if not store.has(sha)]
    if missing:
        raise AssessmentError(f"{len(missing)} evidence file(s) are missing from the evidence folder "
                              f"(first: {missing[0]}); nothing was exported")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".package-", suffix=".part")
    os.close(fd)
    tmp = Path(tmp_name)
    total = len(payloads) + len(evidence)
    done = 0
    try:
        members: list[dict[str, Any]] = []
        with zipfile.ZipFile(tmp, "w") as zf:
            for site_id, data in payloads.items():
                raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
                name = f"data/{site_id}.json"
                zf.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), raw,
                            compress_type=zipfile.ZIP_DEFLATED)
                members.append({"name": name, "kind": "data", "sha256": hashlib.sha256(raw).hexdigest(),
                                "size": len(raw)})
                done += 1
                if progress:
                    progress(done, total)
            for sha, ev in evidence.items():
                name = f"evidence/{sha}"
                size = _copy_verified(zf, store.path_for(sha), name, sha, ev["original_name"])
                members.append({"name": name, "kind": "evidence", "sha256": sha, "size": size,
                                "original_name": ev["original_name"], "media_type": ev["media_type"]})
                done += 1
                if progress:
                    progress(done, total)
            manifest = {
                "format": PACKAGE_FORMAT, "schema_version": SCHEMA_VERSION, "package_id": package_id,
                "created_at": utcnow().isoformat(), "source_device": source_device, "source_person": actor,
                "campaign": camp_info, "sites": sites, "members": members,
            }
            mbytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
            zf.writestr("manifest.json", mbytes, compress_type=zipfile.ZIP_DEFLATED)
            if key:
                zf.writestr("signature.json", json.dumps({"alg": "HMAC-SHA256", "value": sign(key, mbytes)}))
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    file_sha = sha256_file(out)
    with db.write() as s:
        s.add(ExchangeLog(package_id=package_id, direction="export", campaign_id=camp_info["id"],
                          created_at=precise_now(), source_device=source_device, person=actor, file_sha256=file_sha,
                          summary={"sites": [x["code"] for x in sites], "evidence": len(evidence),
                                   "file": out.name}))
        audit.record(s, actor=actor, action="export_package", entity="exchange", entity_id=package_id,
                     new={"sites": [x["code"] for x in sites], "file": out.name, "evidence": len(evidence)})
    return ExportResult(out, package_id, tuple(x["code"] for x in sites),
                        sum(len(p["assessment"]) for p in payloads.values()), len(evidence), out.stat().st_size,
                        bool(key))


def _copy_verified(zf: zipfile.ZipFile, src: Path, name: str, sha: str, original: str) -> int:
    h = hashlib.sha256()
    size = 0
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    with open(src, "rb") as f, zf.open(info, "w", force_zip64=True) as dst:
        while chunk := f.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    if h.hexdigest() != sha:
        raise AssessmentError(f"evidence file {original} is damaged in the evidence folder (its content no longer "
                              "matches its SHA-256); nothing was exported")
    return size

