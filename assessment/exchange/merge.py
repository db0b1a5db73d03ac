"""Merging a package's records into this database: add what is new, take what only the other side changed,
and keep a MergeConflict for a person whenever both sides changed the same field since the last exchange.

The base of a field is the value both sides last agreed on: this database's SyncState for the sending device,
or the sender's SyncState for this device (carried in the package), whichever is newer. Bases are stored per
record (field "*", a JSON object of field -> canonical value) so a 10-field record costs one row.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from assessment import audit
from assessment.exchange.package_export import precise_now
from assessment.exchange.records import DELETED, ORDER, REFS, SPECS, encode, plain, row_from_json, table, upsert
from assessment.models import (
    AuditEvent,
    EvidenceItem,
    ExchangeLog,
    MergeConflict,
    Site,
    SyncState,
    new_id,
)

MISSING = object()
BATCH = 500


@dataclass
class MergeStats:
    inserted: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)  # MergeConflict ids (new or refreshed)
    audit_appended: int = 0
    audit_known: int = 0
    notes: list[str] = field(default_factory=list)
    touched_assessments: set[str] = field(default_factory=set)
    new_assessments: set[str] = field(default_factory=set)


class Merger:
    """One package's merge inside the caller's transaction."""

    def __init__(self, s: Session, *, peer: str, package_id: str, incoming_actor: str | None, local_device: str):
        self.s = s
        self.peer = peer
        self.package_id = package_id
        self.incoming_actor = incoming_actor
        self.local_device = local_device
        self.idmap: dict[tuple[str, str], str] = {}
        self.stats = MergeStats()
        self.pkg_bases: dict[tuple[str, str], tuple[dict[str, Any], datetime]] = {}
        self.sync_out: dict[tuple[str, str], dict[str, Any]] = {}
        self.frozen: set[str] = set()  # local assessments that are decided or superseded
        self.delete_events: dict[str, dict[str, Any]] = {}

    # ----- entry point
    def merge(self, payloads: list[dict[str, Any]]) -> MergeStats:
        exports = dict(self.s.execute(select(ExchangeLog.package_id, ExchangeLog.created_at).where(
            ExchangeLog.direction == "export")).all())
        for p in payloads:
            for peer, entity, eid, base, package_id in p.get("bases", []):
                if peer == self.local_device and package_id in exports:  # what the peer got from us, and when
                    self.pkg_bases[(entity, eid)] = (_encoded(base), exports[package_id])
        events = _unique(ev for p in payloads for ev in p.get("audit", []))
        self.delete_events = {e["entity_id"]: e for e in events
                              if e["entity"] in SPECS and str(e["action"]).startswith(("delete", "remove"))}
        for name in ORDER:
            rows = _unique(r for p in payloads for r in p.get(name, []))
            if rows:
                self._merge_entity(name, rows)
        self._write_sync()
        self._append_audit(events)
        return self.stats

    # ----- one table
    def _merge_entity(self, name: str, raw_rows: list[dict[str, Any]]) -> None:
        spec = SPECS[name]
        t = table(spec.model)
        rows = []
        for raw in raw_rows:
            items = raw.get("items") if name == "evidence" else None
            row = row_from_json(name, raw)
            for col, ref in REFS.get(name, {}).items():
                if row.get(col) is not None:
                    row[col] = self.idmap.get((ref, row[col]), row[col])
            if items is not None:
                row["items"] = sorted(items)
            rows.append(row)
        local = self._load_local(name, rows)
        by_id = {r["id"]: r for r in local if "id" in r}
        nk = spec.natural_key
        by_nk = {tuple(r[k] for k in nk): r for r in local} if nk else {}
        if name == "assessment":
            self.frozen |= {r["id"] for r in local if r["status"] == "decided" or not r["is_current"]}
        self._apply_deletions(name, rows, by_id, by_nk)
        candidates: list[dict[str, Any]] = []
        for row in rows:
            mine = by_id.get(row["id"]) or (by_nk.get(tuple(row.get(k) for k in nk)) if nk else None)
            if mine is None:
                candidates.append(row)
                continue
            self.idmap[(name, row["id"])] = mine["id"]
            self._merge_fields(name, mine, row)
        gone = self._deleted_here(name, [r["id"] for r in candidates])
        for r in candidates:
            if r["id"] in gone:
                self.note_deleted_here(name, r)
        new_rows = [r for r in candidates if r["id"] not in gone]
        for r in new_rows:
            self.idmap[(name, r["id"])] = r["id"]
        if not new_rows:
            return
        if name == "site":
            self._recode_sites(new_rows)
        items = [(r["id"], code) for r in new_rows for code in r.pop("items", [])] if name == "evidence" else []
        for i in range(0, len(new_rows), BATCH):
            self.s.execute(insert(t), new_rows[i:i + BATCH])
        if items:
            self.s.execute(insert(EvidenceItem), [{"evidence_id": e, "item_code": c} for e, c in items])
            for r in new_rows:
                r["items"] = sorted(c for e, c in items if e == r["id"])
        self.stats.inserted[name] += len(new_rows)
        if name == "assessment":
            self.stats.new_assessments |= {r["id"] for r in new_rows}
        for r in new_rows:
            if spec.fields:
                self.sync_out[(name, r["id"])] = {f: r.get(f) for f in spec.fields}
            aid = self._assessment_of(name, r)
            if aid:
                self.stats.touched_assessments.add(aid)

    def _load_local(self, name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        spec = SPECS[name]
        t = table(spec.model)
        ids = [r["id"] for r in rows if "id" in r]
        key0 = spec.natural_key[0] if spec.natural_key else None
        keys = sorted({r[key0] for r in rows if r.get(key0) is not None}) if key0 else []
        out: dict[Any, dict[str, Any]] = {}
        for i in range(0, max(len(ids), len(keys), 1), BATCH):
            cond = [t.c.id.in_(ids[i:i + BATCH])]
            if key0:
                cond.append(t.c[key0].in_(keys[i:i + BATCH]))
            for row in self.s.execute(select(t).where(or_(*cond))):
                d = dict(row._mapping)
                out[d.get("id", tuple(d.values()))] = d
        result = list(out.values())
        if name == "evidence" and result:
            items: dict[str, list[str]] = {}
            for eid, code in self.s.execute(select(EvidenceItem.evidence_id, EvidenceItem.item_code)
                                            .where(EvidenceItem.evidence_id.in_([r["id"] for r in result]))):
                items.setdefault(eid, []).append(code)
            for r in result:
                r["items"] = sorted(items.get(r["id"], []))
        return result

    # ----- field by field
    def _base(self, name: str, local_id: str) -> dict[str, Any] | None:
        mine = self.s.execute(select(SyncState.base_value, SyncState.updated_at).where(
            SyncState.peer_device == self.peer, SyncState.entity == name, SyncState.entity_id == local_id,
            SyncState.field == "*")).first()
        theirs = self.pkg_bases.get((name, local_id))
        if mine and mine[0] and (theirs is None or mine[1] >= theirs[1]):  # both on this database's clock
            return _encoded(mine[0])
        return dict(theirs[0]) if theirs else None

    def _merge_fields(self, name: str, mine: dict[str, Any], row: dict[str, Any]) -> None:
        spec = SPECS[name]
        if not spec.fields:
            return
        base = self._base(name, mine["id"])
        new_base = dict(base or {})
        changes: dict[str, Any] = {}
        aid = self._assessment_of(name, mine)
        frozen = aid in self.frozen
        for f in spec.fields:
            loc, inc = encode(mine.get(f)), encode(row.get(f))
            if loc == inc:
                new_base[f] = inc
                continue
            b = base.get(f, MISSING) if base is not None else MISSING
            if b is not MISSING and inc == b:
                continue  # only this side changed it
            if b is not MISSING and loc == b and not frozen:
                changes[f] = row.get(f)
                new_base[f] = inc
                continue
            note = "the assessment here is decided or superseded" if frozen and loc == b else None
            self._conflict(name, mine["id"], aid, f, None if b is MISSING else str(b), loc, inc, note)
        self.sync_out[(name, mine["id"])] = {f: None if v is None else json.loads(v) for f, v in new_base.items()}
        if not changes:
            self.stats.unchanged += 1
            return
        self._apply(name, mine["id"], changes)
        if aid:
            self.stats.touched_assessments.add(aid)

    def _apply(self, name: str, local_id: str, changes: dict[str, Any]) -> None:
        spec = SPECS[name]
        t = table(spec.model)
        values = {k: v for k, v in changes.items() if k != "items"}
        if "items" in changes:
            self.s.execute(delete(EvidenceItem).where(EvidenceItem.evidence_id == local_id))
            if changes["items"]:
                self.s.execute(insert(EvidenceItem), [{"evidence_id": local_id, "item_code": c}
                                                      for c in changes["items"]])
        if "version" in t.c:
            values["version"] = t.c.version + 1
        if values:
            self.s.execute(update(t).where(t.c.id == local_id).values(**values))
        self.stats.updated[name] += 1

    def _conflict(self, name: str, entity_id: str, aid: str | None, fld: str, base: str | None,
                  local: str | None, incoming: str | None, note: str | None = None) -> None:
        open_ = self.s.execute(select(MergeConflict).where(
            MergeConflict.entity == name, MergeConflict.entity_id == entity_id, MergeConflict.field == fld,
            MergeConflict.status == "open")).scalar()
        if open_ is not None:
            if open_.incoming_value != incoming:
                open_.incoming_value, open_.package_id, open_.incoming_actor = (incoming, self.package_id,
                                                                                self.incoming_actor)
                self.stats.conflicts.append(open_.id)
            return
        c = MergeConflict(id=new_id(), package_id=self.package_id, entity=name, entity_id=entity_id,
                          assessment_id=aid, field=fld, base_value=base, local_value=local,
                          incoming_value=incoming, incoming_actor=self.incoming_actor, note=note)
        self.s.add(c)
        self.s.flush()
        self.stats.conflicts.append(c.id)

    # ----- deletions (carried by the other side's audit events)
    def _apply_deletions(self, name: str, rows: list[dict[str, Any]], by_id: dict[str, Any],
                         by_nk: dict[tuple[Any, ...], Any]) -> None:
        incoming_ids = {r["id"] for r in rows}
        spec = SPECS[name]
        for eid, ev in self.delete_events.items():
            if ev["entity"] != name or eid in incoming_ids or eid not in by_id:
                continue
            mine = by_id[eid]
            base = self._base(name, eid)
            aid = self._assessment_of(name, mine)
            unchanged = base is not None and all(encode(mine.get(f)) == base.get(f) for f in spec.fields)
            if not unchanged or aid in self.frozen:
                self._conflict(name, eid, aid, DELETED, None, encode({f: mine.get(f) for f in spec.fields}),
                               None, "deleted on the other side")
                continue
            delete_row(self.s, name, eid)
            self.stats.deleted[name] += 1
            by_id.pop(eid)
            if spec.natural_key:
                by_nk.pop(tuple(mine[k] for k in spec.natural_key), None)
            if aid:
                self.stats.touched_assessments.add(aid)

    def _deleted_here(self, name: str, ids: list[str]) -> set[str]:
        """Records this side deleted are not resurrected; a conflict if the other side changed them since."""
        gone: set[str] = set()
        for i in range(0, len(ids), BATCH):
            gone |= set(self.s.execute(select(AuditEvent.entity_id).where(
                AuditEvent.entity_id.in_(ids[i:i + BATCH]), AuditEvent.entity == name,
                AuditEvent.action.like("delete%") | AuditEvent.action.like("remove%"))).scalars())
        return gone

    def note_deleted_here(self, name: str, row: dict[str, Any]) -> None:
        base = self._base(name, row["id"])
        spec = SPECS[name]
        if base is None or any(encode(row.get(f)) != base.get(f) for f in spec.fields):
            self._conflict(name, row["id"], self._assessment_of(name, row), DELETED, None, None,
                           encode(row), "deleted here, changed on the other side")

    # ----- helpers
    def _assessment_of(self, name: str, row: dict[str, Any]) -> str | None:
        col = SPECS[name].assessment_field
        return row.get(col) if col else None

    def _recode_sites(self, rows: list[dict[str, Any]]) -> None:
        codes = {r["code"] for r in rows}
        taken = set(self.s.execute(select(Site.code).where(Site.code.in_(codes))).scalars())
        for r in rows:
            if r["code"] not in taken:
                continue
            n = 2
            while True:
                candidate = f"{r['code']}-{n}"[:40]
                if not self.s.execute(select(Site.id).where(Site.code == candidate)).first():
                    break
                n += 1
            self.stats.notes.append(f"site code {r['code']} is already used here by another site; the incoming "
                                    f"site '{r['name']}' was stored as {candidate} (merge by hand if they are "
                                    "the same place)")
            r["code"] = candidate
            taken.add(candidate)

    def _write_sync(self) -> None:
        if not self.sync_out:
            return
        now = precise_now()
        payload = [{"id": new_id(), "peer_device": self.peer, "entity": e, "entity_id": i, "field": "*",
                    "base_value": json.dumps(b, sort_keys=True, ensure_ascii=False, default=plain),
                    "package_id": self.package_id,
                    "updated_at": now} for (e, i), b in self.sync_out.items()]
        stmt = upsert(self.s, SyncState)
        stmt = stmt.on_conflict_do_update(
            index_elements=["peer_device", "entity", "entity_id", "field"],
            set_={"base_value": stmt.excluded.base_value, "package_id": stmt.excluded.package_id,
                  "updated_at": stmt.excluded.updated_at})
        for i in range(0, len(payload), BATCH):
            self.s.execute(stmt, payload[i:i + BATCH])

    def _append_audit(self, events: list[dict[str, Any]]) -> None:
        """The other side's events that are new here, appended in their time order and re-chained locally
        (original id, time, actor and device kept; only seq, prev_hash and hash are this database's)."""
        ids = [e["id"] for e in events]
        known: set[str] = set()
        for i in range(0, len(ids), BATCH):
            known |= set(self.s.execute(select(AuditEvent.id).where(AuditEvent.id.in_(ids[i:i + BATCH]))).scalars())
        fresh = [row_from_json("audit_event", e) for e in events if e["id"] not in known]
        self.stats.audit_known = len(known)
        if not fresh:
            return
        fresh.sort(key=lambda e: e["at"])
        prev = self.s.execute(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).scalar() \
            or audit.GENESIS
        for e in fresh:
            e["prev_hash"] = prev
            e["hash"] = prev = audit.event_hash(prev, SimpleNamespace(**{
                **e, "old_value": e.get("old_value"), "new_value": e.get("new_value")}))  # type: ignore[arg-type]
        for i in range(0, len(fresh), BATCH):
            self.s.execute(insert(AuditEvent), fresh[i:i + BATCH])
        self.stats.audit_appended = len(fresh)


def delete_row(s: Session, name: str, local_id: str) -> None:
    t = table(SPECS[name].model)
    if name == "evidence":
        s.execute(delete(EvidenceItem).where(EvidenceItem.evidence_id == local_id))
    s.execute(delete(t).where(t.c.id == local_id))


def _encoded(text: str) -> dict[str, str | None]:
    """A stored base (field -> plain value) as field -> canonical text, for comparisons."""
    return {f: encode(v) for f, v in json.loads(text).items()}


def _unique(rows: Any) -> list[dict[str, Any]]:
    seen: dict[Any, dict[str, Any]] = {}
    for r in rows:
        seen.setdefault(r.get("id", json.dumps(r, sort_keys=True)), r)
    return list(seen.values())


__all__ = ["DELETED", "Merger", "MergeStats", "delete_row"]
