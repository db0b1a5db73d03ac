"""Merge conflicts waiting for a person: list them, and resolve one by keeping the local or incoming value."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from assessment import audit
from assessment.db import Database
from assessment.errors import NotFoundError, ValidationError, WorkflowError
from assessment.exchange.merge import delete_row
from assessment.exchange.package_export import precise_now
from assessment.exchange.records import DELETED, SPECS, decode, encode, row_from_json, table, upsert
from assessment.models import (
    Assessment,
    EvidenceItem,
    ExchangeLog,
    MergeConflict,
    Site,
    SyncState,
    new_id,
    utcnow,
)


@dataclass(frozen=True)
class ConflictView:
    id: str
    package_id: str
    entity: str
    entity_id: str
    assessment_id: str | None
    site: str  # "code name", for people to recognise the record
    record: str  # e.g. "grid_electricity 2023-03 M1" or the item code
    field: str
    base_value: str | None
    local_value: str | None
    current_value: str | None  # the value here now (may differ from local_value if edited since)
    incoming_value: str | None
    incoming_actor: str | None
    status: str
    resolved_by: str | None
    resolved_at: datetime | None
    note: str | None
    created_at: datetime


def _describe(s: Session, entity: str, row: dict[str, Any] | None) -> str:
    if row is None:
        return "(no longer here)"
    if entity == "activity_record":
        return f"{row['carrier']} {row['month']} {row['meter_id']}".strip()
    if entity in ("response", "panel_score"):
        return str(row["item_code"])
    if entity == "evidence":
        return str(row["original_name"])
    if entity == "site":
        return str(row["code"])
    if entity == "assessment":
        return f"revision {row['revision']}"
    return str(row.get("name") or row.get("code") or row.get("id"))


def _row(s: Session, entity: str, entity_id: str) -> dict[str, Any] | None:
    t = table(SPECS[entity].model)
    r = s.execute(select(t).where(t.c.id == entity_id)).first()
    if r is None:
        return None
    out = dict(r._mapping)
    if entity == "evidence":
        out["items"] = sorted(s.execute(select(EvidenceItem.item_code)
                                        .where(EvidenceItem.evidence_id == entity_id)).scalars())
    return out


def _site_label(s: Session, c: MergeConflict, row: dict[str, Any] | None) -> str:
    site_id = None
    if c.assessment_id:
        a = s.get(Assessment, c.assessment_id)
        site_id = a.site_id if a else None
    elif c.entity == "site":
        site_id = c.entity_id
    elif row is not None:
        site_id = row.get("site_id")
    site = s.get(Site, site_id) if site_id else None
    return f"{site.code} {site.name}" if site else ""


def view(s: Session, c: MergeConflict) -> ConflictView:
    row = _row(s, c.entity, c.entity_id) if c.entity in SPECS else None
    if c.field == DELETED:
        current = encode({f: row.get(f) for f in SPECS[c.entity].fields}) if row else None
    else:
        current = encode(row.get(c.field)) if row else None
    return ConflictView(
        id=c.id, package_id=c.package_id, entity=c.entity, entity_id=c.entity_id, assessment_id=c.assessment_id,
        site=_site_label(s, c, row), record=_describe(s, c.entity, row), field=c.field,
        base_value=c.base_value, local_value=c.local_value, current_value=current,
        incoming_value=c.incoming_value, incoming_actor=c.incoming_actor, status=c.status,
        resolved_by=c.resolved_by, resolved_at=c.resolved_at, note=c.note, created_at=c.created_at)


def conflict_views(s: Session, ids: list[str]) -> list[ConflictView]:
    rows = s.execute(select(MergeConflict).where(MergeConflict.id.in_(ids))).scalars().all() if ids else []
    return [view(s, c) for c in sorted(rows, key=lambda c: (c.created_at, c.entity, c.field))]


def list_conflicts(db: Database, *, status: str | None = "open", assessment_id: str | None = None
                   ) -> list[ConflictView]:
    """Conflicts (open by default), oldest first."""
    with db.read() as s:
        q = select(MergeConflict)
        if status:
            q = q.where(MergeConflict.status == status)
        if assessment_id:
            q = q.where(MergeConflict.assessment_id == assessment_id)
        return [view(s, c) for c in s.execute(q.order_by(MergeConflict.created_at, MergeConflict.entity,
                                                           MergeConflict.field)).scalars()]


def resolve_conflict(db: Database, actor: str, conflict_id: str, keep: str, *, note: str | None = None
                     ) -> ConflictView:
    """Keep 'local' (nothing changes here) or 'incoming' (the other side's value is stored); audited either way."""
    if keep not in ("local", "incoming"):
        raise ValidationError("keep", keep, "must be 'local' or 'incoming'")
    with db.write() as s:
        c = s.get(MergeConflict, conflict_id)
        if c is None:
            matches = s.execute(select(MergeConflict).where(MergeConflict.id.like(f"{conflict_id}%"))).scalars().all()
            if len(matches) != 1:
                raise NotFoundError(f"no conflict with id '{conflict_id}'")
            c = matches[0]
        if c.status != "open":
            raise WorkflowError(f"conflict {c.id[:8]} was already resolved ({c.status}) by {c.resolved_by}")
        row = _row(s, c.entity, c.entity_id)
        old = encode(row.get(c.field)) if row and c.field != DELETED else None
        if keep == "incoming":
            _guard(s, c)
            _take_incoming(s, c, row)
        _set_base(s, c)
        audit.record(s, actor=actor, action="resolve_conflict", entity=c.entity, entity_id=c.entity_id,
                     assessment_id=c.assessment_id, field=c.field,
                     old=json.loads(old) if old else None,
                     new=json.loads(c.incoming_value) if keep == "incoming" and c.incoming_value else None,
                     reason=f"kept {keep} value" + (f": {note}" if note else ""))
        c.status = f"kept_{keep}"
        c.resolved_by, c.resolved_at = actor, utcnow()
        if note:
            c.note = f"{c.note}; {note}" if c.note else note
        if c.assessment_id and (a := s.get(Assessment, c.assessment_id)) is not None:
            a.version += 1
        s.flush()
        return view(s, c)


def _guard(s: Session, c: MergeConflict) -> None:
    a = s.get(Assessment, c.assessment_id) if c.assessment_id else None
    if a is not None and c.entity != "assessment" and (a.status == "decided" or not a.is_current):
        raise WorkflowError("the assessment here is decided or superseded: start an amendment before taking the "
                            "incoming value")


def _take_incoming(s: Session, c: MergeConflict, row: dict[str, Any] | None) -> None:
    spec = SPECS[c.entity]
    t = table(spec.model)
    if c.field == DELETED:
        if c.incoming_value is None:  # deleted on the other side
            if row is not None:
                delete_row(s, c.entity, c.entity_id)
            return
        data = json.loads(c.incoming_value)  # deleted here, changed there: bring it back
        items = data.pop("items", None)
        s.execute(insert(t), [row_from_json(c.entity, data)])
        if items:
            s.execute(insert(EvidenceItem), [{"evidence_id": c.entity_id, "item_code": i} for i in items])
        return
    if row is None:
        raise WorkflowError(f"the {c.entity.replace('_', ' ')} no longer exists here")
    value = decode(c.incoming_value, c.entity, c.field)
    if c.field == "items":
        s.execute(delete(EvidenceItem).where(EvidenceItem.evidence_id == c.entity_id))
        if value:
            s.execute(insert(EvidenceItem), [{"evidence_id": c.entity_id, "item_code": i} for i in value])
        return
    values: dict[str, Any] = {c.field: value}
    if "version" in t.c:
        values["version"] = t.c.version + 1
    s.execute(update(t).where(t.c.id == c.entity_id).values(values))


def _set_base(s: Session, c: MergeConflict) -> None:
    """The other side holds the incoming value: that is now the agreed base for this field."""
    peer = s.execute(select(ExchangeLog.source_device).where(ExchangeLog.package_id == c.package_id,
                                                             ExchangeLog.direction == "import")).scalar()
    if peer is None or c.field == DELETED:
        return
    cur = s.execute(select(SyncState).where(SyncState.peer_device == peer, SyncState.entity == c.entity,
                                            SyncState.entity_id == c.entity_id, SyncState.field == "*")).scalar()
    base = json.loads(cur.base_value) if cur and cur.base_value else {}
    base[c.field] = None if c.incoming_value is None else json.loads(c.incoming_value)
    stmt = upsert(s, SyncState).values(id=new_id(), peer_device=peer, entity=c.entity, entity_id=c.entity_id,
                                           field="*", base_value=json.dumps(base, sort_keys=True,
                                                                            ensure_ascii=False),
                                           package_id=c.package_id, updated_at=precise_now())
    s.execute(stmt.on_conflict_do_update(index_elements=["peer_device", "entity", "entity_id", "field"],
                                         set_={"base_value": stmt.excluded.base_value,
                                               "updated_at": stmt.excluded.updated_at}))
