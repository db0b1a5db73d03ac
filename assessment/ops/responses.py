"""Operation: answer a criteria item (checked against the item's kind), audited."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment import audit
from assessment.db import Database
from assessment.errors import ValidationError
from assessment.fields import parse_number
from assessment.models import Assessment, Campaign, Response, Site
from assessment.ops.common import get_assessment, guard_edit, response_view, touch
from assessment.ops.versions import check_version
from assessment.views import ResponseView
from scoring import CriteriaSet


def clean_response_value(criteria: CriteriaSet, item_code: str, value: Any) -> Any:
    """Check an answer against its item: yes/no, a known choice, or a number within range."""
    item: Any = criteria.items_by_code.get(item_code)
    if item is None:
        item = next((g for g in criteria.gates if g.code == item_code), None)
    if item is None:
        raise ValidationError("item", item_code, f"is not an item of criteria set {criteria.code} {criteria.version}")
    if value is None or value == "":
        return None
    if item.kind == "yes_no":
        if isinstance(value, str):
            low = value.strip().lower()
            if low in ("yes", "y", "true", "1", "是"):
                return True
            if low in ("no", "n", "false", "0", "否"):
                return False
        if isinstance(value, bool):
            return value
        raise ValidationError(item_code, value, "must be yes or no")
    if item.kind == "metric":
        raise ValidationError(item_code, value, "is computed from the activity data, not answered by hand")
    if item.kind == "choice":
        keys = [c.key for c in item.choices]
        if str(value) not in keys:
            raise ValidationError(item_code, value, f"must be one of: {', '.join(keys)}")
        return str(value)
    if item.kind == "number":
        number = parse_number(item_code, value)
        if number < 0:
            raise ValidationError(item_code, value, "cannot be negative")
        return number
    if item.kind == "panel":
        raise ValidationError(item_code, value, "is scored by the review panel, not answered by the assessor")
    return value


def criteria_for_assessment(session: Any, assessment_id: str) -> CriteriaSet:
    from assessment.scores import criteria_for

    a = get_assessment(session, assessment_id)
    site = session.get(Site, a.site_id)
    camp = session.get(Campaign, a.campaign_id)
    return criteria_for(camp, site.site_type)


def _apply(s: Session, a: Assessment, criteria: CriteriaSet, actor: str, item_code: str, value: Any, note: str | None,
           reason: str | None) -> Response:
    """Store one answer inside the caller's transaction, auditing what changed."""
    clean = clean_response_value(criteria, item_code, value)
    note = (note or "").strip() or None
    resp = s.execute(select(Response).where(Response.assessment_id == a.id, Response.item_code == item_code)).scalar()
    if resp is None:
        resp = Response(assessment_id=a.id, item_code=item_code, value=clean, note=note)
        s.add(resp)
        s.flush()
        audit.record(s, actor=actor, action="set_response", entity="response", entity_id=resp.id,
                     assessment_id=a.id, field=item_code, old=None, new=clean, reason=reason)
        return resp
    if resp.value != clean:
        audit.record(s, actor=actor, action="set_response", entity="response", entity_id=resp.id,
                     assessment_id=a.id, field=item_code, old=resp.value, new=clean, reason=reason)
        resp.value = clean
    if resp.note != note:
        audit.record(s, actor=actor, action="set_response_note", entity="response", entity_id=resp.id,
                     assessment_id=a.id, field=f"{item_code}.note", old=resp.note, new=note, reason=reason)
        resp.note = note
    return resp


def set_response(
    db: Database,
    actor: str,
    assessment_id: str,
    item_code: str,
    value: Any,
    note: str | None = None,
    *,
    reason: str | None = None,
    expected_version: int | None = None,
) -> ResponseView:
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        check_version(s, a, expected_version)
        reason = guard_edit(a, reason)
        resp = _apply(s, a, criteria_for_assessment(s, assessment_id), actor, item_code, value, note, reason)
        touch(s, a)
        return response_view(resp)


def set_responses(
    db: Database, actor: str, assessment_id: str, answers: dict[str, Any], *, reason: str | None = None
) -> list[ResponseView]:
    """Several answers in one transaction (an imported checklist, the demo): all stored, or none."""
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        reason = guard_edit(a, reason)
        criteria = criteria_for_assessment(s, assessment_id)
        stored = [_apply(s, a, criteria, actor, code, value, None, reason) for code, value in answers.items()]
        touch(s, a)
        return [response_view(r) for r in stored]
