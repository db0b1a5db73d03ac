"""Assessment workflow: submission check, submit, review, return, decide, amend (new revision)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment import audit
from assessment.db import Database
from assessment.errors import ValidationError, WorkflowError
from assessment.models import (
    OUTCOMES,
    ActivityRecord,
    Assessment,
    Decision,
    Evidence,
    EvidenceItem,
    Response,
    Site,
    new_id,
    utcnow,
)
from assessment.ops.common import assessment_view, get_assessment
from assessment.scores import card_for, freeze_snapshot
from assessment.views import AssessmentView


@dataclass(frozen=True)
class CheckFinding:
    level: str  # "error" blocks submission, "warning" does not
    code: str
    message_en: str
    message_zh: str


def _check(session: object, a: Assessment) -> list[CheckFinding]:
    findings: list[CheckFinding] = []
    site = session.get(Site, a.site_id)  # type: ignore[attr-defined]
    card = card_for(session, a)  # type: ignore[arg-type]
    for q in card.quality:
        if q.level in ("error", "warning"):
            findings.append(CheckFinding(q.level, f"quality.{q.code}", q.message_en, q.message_zh))
    if not site.floor_area_m2 and site.site_type in ("building", "school"):
        findings.append(CheckFinding("error", "profile.floor_area_m2", "Floor area is missing.", "缺少建筑面积。"))
    for gate in card.gates:
        if gate.status == "not_available":
            findings.append(CheckFinding("error", f"gate.{gate.code}", f"{gate.code} {gate.name_en}: {gate.reason_en}",
                                         f"{gate.code} {gate.name_zh}：{gate.reason_zh}"))
    for item in card.items:
        if item.status == "not_available":
            findings.append(CheckFinding("error", f"item.{item.code}", f"{item.code}: {item.explanation_en}",
                                         f"{item.code}：{item.explanation_zh}"))
        elif item.evidence_required and not item.evidence_present and item.status != "not_applicable":
            findings.append(CheckFinding(
                "warning", f"evidence.{item.code}", f"{item.code} {item.name_en}: no evidence attached",
                f"{item.code} {item.name_zh}：未附证明材料"))
    return findings


def submission_check(db: Database, assessment_id: str) -> list[CheckFinding]:
    """What stands in the way of submitting: errors block, warnings are shown."""
    with db.read() as s:
        return _check(s, get_assessment(s, assessment_id))


def _transition(a: Assessment, allowed: tuple[str, ...], action: str) -> None:
    if not a.is_current:
        raise WorkflowError(f"revision {a.revision} has been superseded; {action} the newest revision")
    if a.status not in allowed:
        raise WorkflowError(f"cannot {action} an assessment that is {a.status.replace('_', ' ')} "
                            f"(allowed from: {', '.join(allowed)})")


def _set_status(session: object, a: Assessment, actor: str, new: str, reason: str | None) -> None:
    audit.record(session, actor=actor, action=f"status_{new}", entity="assessment",  # type: ignore[arg-type]
                 entity_id=a.id, assessment_id=a.id, field="status", old=a.status, new=new, reason=reason)
    a.status = new
    a.version += 1


def submit(db: Database, actor: str, assessment_id: str) -> AssessmentView:
    """Submit a draft: refused with the list of blocking errors; freezes a submission snapshot."""
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        _transition(a, ("draft",), "submit")
        errors = [f for f in _check(s, a) if f.level == "error"]
        if errors:
            raise WorkflowError("cannot submit, fix these first: " + "; ".join(f.message_en for f in errors),
                                findings=tuple((f.message_en, f.message_zh) for f in errors))
        _set_status(s, a, actor, "submitted", None)
        a.submitted_at = utcnow()
        a.return_comment = None
        freeze_snapshot(s, a, "submission", actor)
        return assessment_view(s, a)


def start_review(db: Database, actor: str, assessment_id: str) -> AssessmentView:
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        _transition(a, ("submitted",), "start the review of")
        _set_status(s, a, actor, "under_review", None)
        return assessment_view(s, a)


def return_for_correction(db: Database, actor: str, assessment_id: str, comment: str) -> AssessmentView:
    """Send back to draft with the reviewer's comments (required)."""
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError("comment", comment, "say what needs correcting")
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        _transition(a, ("submitted", "under_review"), "return")
        _set_status(s, a, actor, "draft", comment)
        a.return_comment = comment
        return assessment_view(s, a)


def decide(
    db: Database,
    actor: str,
    assessment_id: str,
    outcome: str,
    *,
    votes_for: int = 0,
    votes_against: int = 0,
    votes_abstain: int = 0,
    rationale: str | None = None,
    check: Callable[[Session, Assessment], None] | None = None,
) -> AssessmentView:
    """Record the outcome and vote, freezing the score snapshot the decision rests on.

    ``check`` (e.g. the panel's role/phase/conflict rules) runs inside the same transaction first.
    """
    if outcome not in OUTCOMES:
        raise ValidationError("outcome", outcome, f"must be one of: {', '.join(OUTCOMES)}")
    for name, v in (("votes_for", votes_for), ("votes_against", votes_against), ("votes_abstain", votes_abstain)):
        if not isinstance(v, int) or v < 0:
            raise ValidationError(name, v, "must be a whole number, 0 or more")
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        _transition(a, ("under_review",), "decide")
        if check is not None:
            check(s, a)
        snap = freeze_snapshot(s, a, "decision", actor)
        s.add(Decision(assessment_id=a.id, outcome=outcome, votes_for=votes_for, votes_against=votes_against,
                       votes_abstain=votes_abstain, rationale=(rationale or "").strip() or None,
                       decided_by=actor, snapshot_id=snap.id))
        _set_status(s, a, actor, "decided", rationale)
        audit.record(s, actor=actor, action="decide", entity="assessment", entity_id=a.id, assessment_id=a.id,
                     field="outcome", old=a.outcome, new=outcome,
                     reason=rationale, )
        a.outcome = outcome
        a.decided_at = utcnow()
        return assessment_view(s, a)


def amend(db: Database, actor: str, assessment_id: str, reason: str) -> AssessmentView:
    """Start a new draft revision from a decided one (data copied; the decided one stays untouched)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", reason, "say why the decided assessment is being amended")
    with db.write() as s:
        old = get_assessment(s, assessment_id)
        _transition(old, ("decided",), "amend")
        new = Assessment(site_id=old.site_id, campaign_id=old.campaign_id, assessor_id=old.assessor_id,
                         period_start=old.period_start, period_end=old.period_end, status="draft",
                         revision=old.revision + 1, previous_id=old.id)
        old.is_current = False
        s.add(new)
        s.flush()
        for r in s.execute(select(ActivityRecord).where(ActivityRecord.assessment_id == old.id)).scalars():
            s.add(ActivityRecord(assessment_id=new.id, carrier=r.carrier, month=r.month, quantity=r.quantity,
                                 unit=r.unit, source=r.source, estimated=r.estimated, meter_id=r.meter_id,
                                 note=r.note))
        for resp in s.execute(select(Response).where(Response.assessment_id == old.id)).scalars():
            s.add(Response(assessment_id=new.id, item_code=resp.item_code, value=resp.value, note=resp.note))
        for e in s.execute(select(Evidence).where(Evidence.assessment_id == old.id)).scalars():
            copy = Evidence(id=new_id(), assessment_id=new.id, sha256=e.sha256, original_sha256=e.original_sha256,
                            original_name=e.original_name, media_type=e.media_type, size_bytes=e.size_bytes,
                            captured_at=e.captured_at, latitude=e.latitude, longitude=e.longitude,
                            caption=e.caption, added_by=e.added_by, added_at=e.added_at)
            copy.items = [EvidenceItem(item_code=i.item_code) for i in e.items]
            s.add(copy)
        audit.record(s, actor=actor, action="amend", entity="assessment", entity_id=new.id,
                     assessment_id=new.id, field="revision", old=old.revision, new=new.revision, reason=reason)
        s.flush()
        return assessment_view(s, new)
