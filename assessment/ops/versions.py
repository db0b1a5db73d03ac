"""Optimistic locking: a save carries the version the user saw; if someone changed the record since, refuse.

Site and Assessment carry an integer `version` that every operation changing them bumps (an assessment's data:
activity, answers, evidence, period, status all bump it through `touch`). A form remembers the version it
showed; the operation compares it, inside its write transaction, with the stored one. Writers never overlap
(SQLite: BEGIN IMMEDIATE; PostgreSQL: the writer lock in `Database.write`), so the check and the update
cannot be interleaved with another save: nobody's update is silently overwritten.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from assessment.errors import ConcurrentEditError
from assessment.models import Assessment, AuditEvent, Site


def _last_change(session: Session, record_id: str, *, assessment: bool) -> AuditEvent | None:
    cond = (or_(AuditEvent.assessment_id == record_id, AuditEvent.entity_id == record_id) if assessment
            else AuditEvent.entity_id == record_id)
    return session.execute(select(AuditEvent).where(cond).order_by(AuditEvent.seq.desc()).limit(1)).scalar()


def check_version(session: Session, record: Site | Assessment, expected: int | None) -> None:
    """None skips the check (scripts, imports); otherwise a stale copy raises ConcurrentEditError."""
    if expected is None or record.version == expected:
        return
    if isinstance(record, Assessment):
        site = session.get(Site, record.site_id)
        what = f"the assessment of site '{site.name if site else record.site_id}'"
    else:
        what = f"site '{record.name}'"
    last = _last_change(session, record.id, assessment=isinstance(record, Assessment))
    by, change = "", ""
    if last is not None:
        change = f"{last.field}" if last.field else last.action.replace("_", " ")
        by = f" by {last.actor} at {last.at:%Y-%m-%d %H:%M} UTC ({change})"
    raise ConcurrentEditError(
        f"{what} was changed{by} after you opened it (your copy is version {expected}, the stored one "
        f"version {record.version}). Nothing was saved: reload to see the other change, then make yours again.",
        by=last.actor if last else None, at=last.at if last else None, change=change if last else None,
    )
