"""Audit trail: every change as an event (who, when, what, old, new, why), chained by SHA-256."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment import pg
from assessment.models import AppMeta, AuditEvent, new_id, utcnow

GENESIS = "0" * 64


def encode_value(value: object) -> str | None:
    """Values are kept as JSON text so numbers, booleans and text stay distinguishable."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def event_hash(prev_hash: str, ev: AuditEvent) -> str:
    body = {
        "prev": prev_hash,
        "id": ev.id,
        "at": ev.at.isoformat() if ev.at else None,
        "actor": ev.actor,
        "action": ev.action,
        "entity": ev.entity,
        "entity_id": ev.entity_id,
        "assessment_id": ev.assessment_id,
        "field": ev.field,
        "old": ev.old_value,
        "new": ev.new_value,
        "reason": ev.reason,
        "device": ev.device_id,
    }
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def device_id(session: Session) -> str:
    row = session.get(AppMeta, "device_id")
    if row is None:
        row = AppMeta(key="device_id", value=new_id())
        session.add(row)
        session.flush()
    return row.value


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    assessment_id: str | None = None,
    field: str | None = None,
    old: object = None,
    new: object = None,
    reason: str | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction."""
    on_server = pg.begin_audit_append(session)  # PostgreSQL: one appender at a time, so one head
    last = session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    ev = AuditEvent(
        id=new_id(),
        at=at or utcnow(),
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        assessment_id=assessment_id,
        field=field,
        old_value=encode_value(old),
        new_value=encode_value(new),
        reason=reason,
        device_id=device_id(session),
        prev_hash=prev,
    )
    ev.hash = event_hash(prev, ev)
    if on_server:  # a server's sequence is not rolled back with the transaction: number events from the head
        ev.seq = (last.seq if last else 0) + 1
    session.add(ev)
    session.flush()
    if on_server:
        pg.end_audit_append(session, ev.seq)
    head = session.get(AppMeta, "audit_head")
    if head is None:
        session.add(AppMeta(key="audit_head", value=f"{ev.seq}:{ev.hash}"))
    else:
        head.value = f"{ev.seq}:{ev.hash}"
    return ev


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    problem: str

    def __str__(self) -> str:
        return f"audit event #{self.seq}: {self.problem}"


def verify_chain(session: Session) -> list[ChainProblem]:
    """Recompute every hash; report gaps in the sequence, broken links and edited events."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    expected_seq: int | None = None
    for ev in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
        if expected_seq is not None and ev.seq != expected_seq:
            problems.append(ChainProblem(ev.seq, f"events #{expected_seq}..#{ev.seq - 1} are missing"))
        if ev.prev_hash != prev:
            problems.append(ChainProblem(ev.seq, "does not link to the event before it"))
        if event_hash(ev.prev_hash, ev) != ev.hash:
            problems.append(ChainProblem(ev.seq, "its content was changed after it was written"))
        prev = ev.hash
        expected_seq = ev.seq + 1
    head = session.get(AppMeta, "audit_head")
    if head is not None:
        head_seq, head_hash = head.value.split(":", 1)
        if prev != head_hash:
            problems.append(
                ChainProblem(int(head_seq), "the newest events were removed or the chain head was altered")
            )
    return problems
