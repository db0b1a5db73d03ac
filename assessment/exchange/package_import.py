"""Reading an offline package: every check first, then staging, hash verification and one transaction."""

from __future__ import annotations

import hmac
import json
import os
import re
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError

from assessment import audit
from assessment.db import Database
from assessment.errors import AssessmentError, ValidationError
from assessment.evidence_store import EvidenceStore
from assessment.exchange.conflicts import ConflictView, conflict_views
from assessment.exchange.keys import MAX_KEY, MIN_KEY, store_key
from assessment.exchange.merge import Merger
from assessment.exchange.package_export import sign
from assessment.exchange.records import PACKAGE_FORMAT, SCHEMA_VERSION
from assessment.exchange.zipsafe import (
    BadPackageError,
    Limits,
    extract_member,
    hash_member,
    open_checked,
    read_member,
)
from assessment.models import Assessment, Campaign, ExchangeLog
from assessment.ops.activity import clean_activity_row
from assessment.scores import card_for

Progress = Callable[[int, int], None]
MAX_MANIFEST = 16 * 1024**2
DEFAULT_LIMITS = Limits()
_DATA = re.compile(r"^data/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$")
_EVIDENCE = re.compile(r"^evidence/([0-9a-f]{64})$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
WIDE_PERIOD = ("1900-01", "2199-12")
MAX_DATA_MEMBER = 128 * 1024**2
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class PackageReport:
    file: str
    package_id: str
    source_device: str
    source_person: str
    created_at: str
    campaign: str
    sites: tuple[str, ...]
    already_imported: bool
    signature: str  # "verified" | "unsigned" | "not checked: ..."
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    evidence_new: int = 0
    evidence_known: int = 0
    audit_appended: int = 0
    audit_known: int = 0
    conflicts: tuple[ConflictView, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Manifest:
    raw: dict[str, Any]
    data_members: tuple[dict[str, Any], ...]
    evidence_members: tuple[dict[str, Any], ...]

    @property
    def package_id(self) -> str:
        return str(self.raw["package_id"])


def parse_manifest(data: bytes, names: set[str]) -> Manifest:
    """Check the manifest against the archive: format, schema version, every member listed and present."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadPackageError(f"manifest.json is not valid JSON ({exc})") from None
    if not isinstance(raw, dict) or raw.get("format") != PACKAGE_FORMAT:
        raise BadPackageError("this zip is not an offline package of this app (manifest format is missing)")
    version = raw.get("schema_version")
    if not isinstance(version, int):
        raise BadPackageError("manifest.json has no schema_version")
    if version > SCHEMA_VERSION:
        raise BadPackageError(f"the package was made by a newer version of the app (package schema {version}, "
                              f"this app reads up to {SCHEMA_VERSION}); update the app first")
    for key in ("package_id", "source_device"):
        if not isinstance(raw.get(key), str) or not _UUID.match(raw[key]):
            raise BadPackageError(f"manifest.json: {key} is missing or not an id")
    members = raw.get("members")
    if not isinstance(members, list) or not members:
        raise BadPackageError("manifest.json lists no members")
    data_m, ev_m, listed = [], [], set()
    for m in members:
        name = m.get("name") if isinstance(m, dict) else None
        if not isinstance(name, str) or not isinstance(m.get("sha256"), str) or not isinstance(m.get("size"), int):
            raise BadPackageError(f"manifest.json: member entry {m!r} lacks a name, sha256 or size")
        if name in listed:
            raise BadPackageError(f"manifest.json lists {name!r} twice")
        listed.add(name)
        ev = _EVIDENCE.match(name)
        if ev:
            if ev.group(1) != m["sha256"]:
                raise BadPackageError(f"member {name!r} is not named by its SHA-256")
            ev_m.append(m)
        elif _DATA.match(name):
            if m["size"] > MAX_DATA_MEMBER:
                raise BadPackageError(f"member {name!r} is larger than {MAX_DATA_MEMBER // 2**20} MB")
            data_m.append(m)
        else:
            raise BadPackageError(f"manifest.json lists an unexpected member {name!r}")
        if name not in names:
            raise BadPackageError(f"member {name!r} is listed in the manifest but missing from the archive")
    extra = names - listed - {"manifest.json", "signature.json"}
    if extra:
        raise BadPackageError(f"the archive holds {sorted(extra)[0]!r}, which the manifest does not list")
    if not data_m:
        raise BadPackageError("the package holds no site data")
    return Manifest(raw, tuple(data_m), tuple(ev_m))


def _check_signature(zf: zipfile.ZipFile, mbytes: bytes, key: str | None, camp_code: str) -> str:
    has_sig = "signature.json" in zf.namelist()
    if key is None:
        return ("not checked: this database holds no signing key for campaign " + camp_code) if has_sig \
            else "unsigned"
    if not has_sig:
        raise BadPackageError(f"campaign {camp_code} requires signed packages and this one is not signed")
    try:
        sig = json.loads(read_member(zf, "signature.json", 4096))
        value = str(sig["value"])
    except (ValueError, KeyError, TypeError):
        raise BadPackageError("signature.json is damaged") from None
    if sig.get("alg") != "HMAC-SHA256" or not hmac.compare_digest(value, sign(key, mbytes)):
        raise BadPackageError("bad signature: the package was altered, or signed with another campaign's key")
    return "verified"


def _check_sizes(zf: zipfile.ZipFile, manifest: Manifest) -> None:
    for m in (*manifest.data_members, *manifest.evidence_members):
        if zf.getinfo(m["name"]).file_size != m["size"]:
            raise BadPackageError(f"member {m['name']!r} does not have the size the manifest says")


def import_package(
    db: Database,
    actor: str,
    path: Path | str,
    *,
    signing_key: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> PackageReport:
    """Check, stage, verify, then merge in one transaction; a refused package leaves everything unchanged."""
    path = Path(path)
    if db.evidence_dir is None:
        raise AssessmentError("this database has no evidence folder configured")
    with open_checked(path, limits) as zf:
        names = set(zf.namelist())
        mbytes = read_member(zf, "manifest.json", MAX_MANIFEST)
        manifest = parse_manifest(mbytes, names)
        _check_sizes(zf, manifest)
        raw = manifest.raw
        camp = raw.get("campaign") or {}
        camp_code = str(camp.get("code") or "?")
        with db.read() as s:
            local = s.get(Campaign, camp.get("id")) or s.execute(
                select(Campaign).where(Campaign.code == camp_code)).scalar()
            local_key = local.signing_key if local is not None else None
            key = signing_key or local_key
            done_before = s.execute(select(ExchangeLog.id).where(
                ExchangeLog.package_id == manifest.package_id, ExchangeLog.direction == "import")).first()
        signature = _check_signature(zf, mbytes, key, camp_code)
        base = _report_base(path, raw, signature)
        if done_before:
            return PackageReport(**base, already_imported=True)
        store = EvidenceStore(db.evidence_dir)
        db.evidence_dir.mkdir(parents=True, exist_ok=True)
        _remove_stale_staging(db.evidence_dir)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=db.evidence_dir))
        try:
            payloads = _read_data(zf, manifest)
            needed = {e["sha256"] for p in payloads for e in p.get("evidence", [])}
            listed = {m["sha256"] for m in manifest.evidence_members}
            lost = needed - listed - {sha for sha in needed if store.has(sha)}
            if lost:
                raise BadPackageError(f"{len(lost)} evidence file(s) of the data are not in the package "
                                      "(refused so that no photo goes missing)")
            todo = [m for m in manifest.evidence_members if m["sha256"] in needed and not store.has(m["sha256"])]
            new = {m["name"] for m in todo}
            for i, m in enumerate(manifest.evidence_members, 1):  # every member verified; new ones staged
                if cancelled and cancelled():
                    raise AssessmentError("import cancelled; nothing was changed")
                target = staging / m["sha256"] if m["name"] in new else None
                extract_member(zf, m["name"], target, m["size"], m["sha256"])
                if progress:
                    progress(i, len(manifest.evidence_members) + 1)
            learn = signing_key if signature == "verified" and local_key is None else None
            return _commit(db, actor, manifest, payloads, staging, store, todo, base, learn)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _remove_stale_staging(root: Path, max_age_s: float = 86_400) -> None:
    """Staging folders left by an import that was killed (a running import's folder is always fresh)."""
    now = time.time()
    for d in root.glob(".staging-*"):
        try:
            if d.is_dir() and now - d.stat().st_mtime > max_age_s:
                shutil.rmtree(d, ignore_errors=True)
        except OSError:
            pass


def _report_base(path: Path, raw: dict[str, Any], signature: str) -> dict[str, Any]:
    camp = raw.get("campaign") or {}
    return {"file": path.name, "package_id": raw["package_id"], "source_device": raw["source_device"],
            "source_person": str(raw.get("source_person") or ""), "created_at": str(raw.get("created_at") or ""),
            "campaign": str(camp.get("code") or ""),
            "sites": tuple(f"{x.get('code')} {x.get('name')}" for x in raw.get("sites", []) if isinstance(x, dict)),
            "signature": signature}


def _read_data(zf: zipfile.ZipFile, manifest: Manifest) -> list[dict[str, Any]]:
    payloads = []
    for m in manifest.data_members:
        data = hash_member(zf, m["name"], m["size"], m["sha256"])
        try:
            payload = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BadPackageError(f"member {m['name']!r} is not valid JSON ({exc})") from None
        if not isinstance(payload, dict) or not all(isinstance(v, list) for v in payload.values()):
            raise BadPackageError(f"member {m['name']!r} does not hold package records")
        for name, rows in payload.items():
            if name != "bases" and not all(isinstance(r, dict) and isinstance(r.get("id", ""), str) for r in rows):
                raise BadPackageError(f"member {m['name']!r}: {name} records are malformed")
        _check_records(m["name"], payload)
        payloads.append(payload)
    return payloads


def _check_records(member: str, payload: dict[str, Any]) -> None:
    """The values a user relies on are checked like typed input: hashes, carriers, units, months, quantities."""
    for ev in payload.get("evidence", []):
        if not isinstance(ev.get("sha256"), str) or not _SHA.match(ev["sha256"]):
            raise BadPackageError(f"member {member!r}: evidence {ev.get('original_name')!r} has no valid SHA-256")
    for r in payload.get("activity_record", []):
        try:
            clean_activity_row(r, WIDE_PERIOD)
        except ValidationError as exc:
            raise BadPackageError(f"member {member!r}: monthly data {r.get('carrier')} {r.get('month')}: {exc}") \
                from None


def _commit(db: Database, actor: str, manifest: Manifest, payloads: list[dict[str, Any]], staging: Path,
            store: EvidenceStore, todo: list[dict[str, Any]], base: dict[str, Any], learn_key: str | None = None
            ) -> PackageReport:
    raw = manifest.raw
    with db.write() as s:
        if s.execute(select(ExchangeLog.id).where(ExchangeLog.package_id == manifest.package_id,
                                                  ExchangeLog.direction == "import")).first():
            return PackageReport(**base, already_imported=True)
        local_device = audit.device_id(s)
        if raw["source_device"] == local_device:
            raise BadPackageError("this package was made from this very database; there is nothing to import")
        merger = Merger(s, peer=raw["source_device"], package_id=manifest.package_id,
                        incoming_actor=base["source_person"] or None, local_device=local_device)
        try:
            stats = merger.merge(payloads)
        except (IntegrityError, StatementError) as exc:
            raise BadPackageError("the package's records do not fit this database (nothing was imported): "
                                  f"{str(exc.orig) if getattr(exc, 'orig', None) else exc}"[:400]) from None
        camp_id = merger.idmap.get(("campaign", (raw.get("campaign") or {}).get("id", "")))
        camp = s.get(Campaign, camp_id) if camp_id else None
        if learn_key and camp is not None and camp.signing_key is None and MIN_KEY <= len(learn_key) <= MAX_KEY:
            # the key the user typed verified the package: this laptop signs its own packages with it from now on
            store_key(s, actor, camp, learn_key, "verified a signed package")
        for m in todo:  # content-addressed: a rollback leaves only unused files, never a wrong one
            target = store.path_for(m["sha256"])
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / m["sha256"], target)
        if todo:
            os.sync()  # photos on disk before the records that point at them are committed
        for aid in stats.touched_assessments - stats.new_assessments:  # cached list score of merged ones
            a = s.get(Assessment, aid)
            if a is not None:
                card = card_for(s, a)
                a.last_total, a.last_tier = card.total, (card.tier.code if card.tier else None)
        summary = {"inserted": dict(stats.inserted), "updated": dict(stats.updated), "deleted": dict(stats.deleted),
                   "conflicts": len(stats.conflicts), "evidence_new": len(todo),
                   "audit_appended": stats.audit_appended}
        s.add(ExchangeLog(package_id=manifest.package_id, direction="import",
                          campaign_id=(raw.get("campaign") or {}).get("id"), source_device=raw["source_device"],
                          person=base["source_person"], summary=summary))
        audit.record(s, actor=actor, action="import_package", entity="exchange", entity_id=manifest.package_id,
                     new={"file": base["file"], "from": base["source_person"], **summary})
        s.flush()
        conflicts = tuple(conflict_views(s, stats.conflicts))
    needed = {e["sha256"] for p in payloads for e in p.get("evidence", [])}
    return PackageReport(
        **base, already_imported=False, inserted=dict(stats.inserted), updated=dict(stats.updated),
        deleted=dict(stats.deleted), unchanged=stats.unchanged, evidence_new=len(todo),
        evidence_known=len(needed) - len(todo), audit_appended=stats.audit_appended,
        audit_known=stats.audit_known, conflicts=conflicts, notes=tuple(stats.notes))
