"""Operations on monthly activity data: validated upserts, deletions and the bulk insert path."""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import select

from assessment import audit
from assessment.bulk import fast_ids, insert_rows
from assessment.db import Database
from assessment.errors import ValidationError, ValidationErrors
from assessment.fields import (
    ABSURD_CANONICAL,
    check_month,
    check_source,
    month_index,
    months_between,
    parse_number,
)
from assessment.models import ACTIVITY_SOURCES, ActivityRecord
from assessment.ops.common import activity_view, get_assessment, guard_edit, touch
from assessment.ops.versions import check_version
from assessment.views import ActivityView
from scoring import CARRIERS, UnitError, to_canonical

KEY_FIELDS = ("carrier", "meter_id", "month")


def clean_activity_row(
    row: dict[str, Any], period: tuple[str, str], where: str = "", allowed_months: frozenset[str] | None = None
) -> dict[str, Any]:
    """Validate one row; errors name the row (when given), the field, the value and the problem."""
    prefix = f"{where} " if where else ""
    carrier = row.get("carrier")
    if carrier not in CARRIERS:
        carrier = str(carrier or "").strip()
        if carrier not in CARRIERS:
            raise ValidationError(f"{prefix}carrier", row.get("carrier"),
                                  f"unknown carrier; known: {', '.join(sorted(CARRIERS))}")
    month = row.get("month")
    if allowed_months is None or month not in allowed_months:
        month = check_month(month, f"{prefix}month")
        if not month_index(period[0]) <= month_index(month) <= month_index(period[1]):
            raise ValidationError(f"{prefix}month", month,
                                  f"is outside the reporting period {period[0]} to {period[1]}")
    quantity = row.get("quantity")
    if type(quantity) is not float or not math.isfinite(quantity):
        quantity = parse_number(f"{prefix}quantity", quantity)
    if quantity < 0:
        raise ValidationError(f"{prefix}quantity", row.get("quantity"), "cannot be negative")
    unit = row.get("unit")
    if not isinstance(unit, str) or unit != unit.strip():
        unit = str(unit or "").strip()
    try:
        canonical = to_canonical(carrier, quantity, unit)
    except UnitError as exc:
        raise ValidationError(f"{prefix}unit", unit, str(exc)) from None
    if canonical > ABSURD_CANONICAL:
        raise ValidationError(f"{prefix}quantity", row.get("quantity"),
                              f"is implausibly large for one month of {carrier} (check the unit: {unit})")
    source = row.get("source") or "meter"
    if source not in ACTIVITY_SOURCES:
        source = check_source(source)
    estimated = bool(row.get("estimated", False)) or source == "estimate"
    meter = row.get("meter_id") or ""
    if not isinstance(meter, str) or meter != meter.strip():
        meter = str(meter).strip()
    if len(meter) > 60:
        raise ValidationError(f"{prefix}meter_id", meter, "is longer than 60 characters")
    note = row.get("note")
    return {"carrier": carrier, "month": month, "quantity": quantity, "unit": unit, "source": source,
            "estimated": estimated, "meter_id": meter, "note": str(note) if note else None}


def clean_rows(rows: list[dict[str, Any]], period: tuple[str, str]) -> list[dict[str, Any]]:
    """Validate a block of rows; collect every problem, refuse duplicates within the block."""
    cleaned: list[dict[str, Any]] = []
    errors: list[ValidationError] = []
    seen: dict[tuple[str, str, str], int] = {}
    allowed = frozenset(months_between(*period))
    many = len(rows) > 1
    for i, row in enumerate(rows, start=1):
        try:
            c = clean_activity_row(row, period, f"row {i}" if many else "", allowed)
        except ValidationError as exc:
            errors.append(exc)
            continue
        key = (c["carrier"], c["meter_id"], c["month"])
        if key in seen:
            errors.append(ValidationError(f"row {i} month", c["month"],
                                          f"duplicates row {seen[key]} (same carrier, meter and month)"))
            continue
        seen[key] = i
        cleaned.append(c)
    if len(errors) == 1 and len(rows) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)
    return cleaned


def record_activity(
    db: Database, actor: str, assessment_id: str, rows: list[dict[str, Any]], *, reason: str | None = None,
    expected_version: int | None = None,
) -> list[ActivityView]:
    """Set the value of each (carrier, meter, month): insert new rows, update changed ones, all or nothing."""
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        check_version(s, a, expected_version)
        reason = guard_edit(a, reason)
        cleaned = clean_rows(rows, (a.period_start, a.period_end))
        existing = {
            (r.carrier, r.meter_id, r.month): r
            for r in s.execute(select(ActivityRecord).where(ActivityRecord.assessment_id == a.id)).scalars()
        }
        out = []
        for c in cleaned:
            rec = existing.get((c["carrier"], c["meter_id"], c["month"]))
            if rec is None:
                rec = ActivityRecord(assessment_id=a.id, **c)
                s.add(rec)
                s.flush()
                audit.record(s, actor=actor, action="add_activity", entity="activity_record", entity_id=rec.id,
                             assessment_id=a.id, new=c, reason=reason)
            else:
                for name in ("quantity", "unit", "source", "estimated", "note"):
                    old = getattr(rec, name)
                    if old != c[name]:
                        setattr(rec, name, c[name])
                        audit.record(s, actor=actor, action="update_activity", entity="activity_record",
                                     entity_id=rec.id, assessment_id=a.id, field=name, old=old, new=c[name],
                                     reason=reason)
            out.append(activity_view(rec))
        touch(s, a)
        return out


def delete_activity(
    db: Database, actor: str, assessment_id: str, record_ids: list[str], *, reason: str | None = None,
    expected_version: int | None = None,
) -> int:
    """Delete rows the user chose to delete; the old values stay in the audit trail."""
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        check_version(s, a, expected_version)
        reason = guard_edit(a, reason)
        recs = s.execute(select(ActivityRecord).where(ActivityRecord.assessment_id == a.id,
                                                      ActivityRecord.id.in_(record_ids))).scalars().all()
        if len(recs) != len(set(record_ids)):
            raise ValidationError("record_ids", record_ids, "some rows do not belong to this assessment")
        for rec in recs:
            audit.record(s, actor=actor, action="delete_activity", entity="activity_record", entity_id=rec.id,
                         assessment_id=a.id, old=activity_view(rec).__dict__, reason=reason)
            s.delete(rec)
        touch(s, a)
        return len(recs)


def bulk_insert_activity(
    db: Database, actor: str, assessment_id: str, rows: list[dict[str, Any]], *, reason: str | None = None,
    refresh_score: bool = True,
) -> int:
    """Insert many new rows fast (Core executemany, one transaction, one summary audit event).

    refresh_score=False leaves the list's cached total cleared (shown as "—") for a caller that loads many
    assessments and re-scores them once at the end (`score --all`, an import job).
    """
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        reason = guard_edit(a, reason)
        cleaned = clean_rows(rows, (a.period_start, a.period_end))
        present = set(s.execute(select(ActivityRecord.carrier, ActivityRecord.meter_id, ActivityRecord.month)
                                .where(ActivityRecord.assessment_id == a.id)).all())
        clashes = [c for c in cleaned if (c["carrier"], c["meter_id"], c["month"]) in present]
        if clashes:
            c = clashes[0]
            raise ValidationError("month", c["month"], f"{c['carrier']} meter '{c['meter_id']}' already has "
                                  f"a value for this month ({len(clashes)} such rows); nothing stored")
        ids = fast_ids(len(cleaned))
        payload = [{"id": ids[k], "assessment_id": a.id, **c} for k, c in enumerate(cleaned)]
        insert_rows(s, ActivityRecord.__table__, payload)  # type: ignore[arg-type]
        audit.record(s, actor=actor, action="bulk_add_activity", entity="assessment", entity_id=a.id,
                     assessment_id=a.id, new={"rows": len(payload)}, reason=reason)
        if refresh_score:
            touch(s, a)
        else:
            a.version += 1
            a.last_total, a.last_tier = None, None
        return len(payload)


def list_activity(db: Database, assessment_id: str) -> list[ActivityView]:
    with db.read() as s:
        recs = s.execute(select(ActivityRecord).where(ActivityRecord.assessment_id == assessment_id)
                         .order_by(ActivityRecord.carrier, ActivityRecord.meter_id, ActivityRecord.month))
        return [activity_view(r) for r in recs.scalars()]


