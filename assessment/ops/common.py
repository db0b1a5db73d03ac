"""Shared pieces of the operations: lookups, edit guards and ORM-to-view conversion."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from assessment.errors import NotFoundError, ReasonRequired, WorkflowError
from assessment.models import (
    ActivityRecord,
    Assessment,
    Campaign,
    Evidence,
    Person,
    Response,
    Site,
)
from assessment.scores import get_assessment as get_assessment  # re-exported for the operations
from assessment.views import (
    ActivityView,
    AssessmentView,
    CampaignView,
    EvidenceView,
    ResponseView,
    SiteView,
)

LOCKED_AFTER_SUBMIT = ("submitted", "under_review")


def find_site(session: Session, ref: str) -> Site:
    """A site by id, code or exact name."""
    ref = ref.strip()
    site = session.get(Site, ref)
    if site is None:
        matches = session.execute(select(Site).where(or_(Site.code == ref, Site.name == ref))).scalars().all()
        if len(matches) > 1:
            raise NotFoundError(f"'{ref}' matches {len(matches)} sites; use the site code")
        site = matches[0] if matches else None
    if site is None:
        raise NotFoundError(f"no site with id, code or name '{ref}'")
    return site


def find_campaign(session: Session, ref: str | None) -> Campaign:
    """A campaign by id or code; None means the newest one."""
    if ref is None:
        camp = session.execute(select(Campaign).order_by(Campaign.created_at.desc()).limit(1)).scalar()
        if camp is None:
            raise NotFoundError("there is no campaign yet; run 'python main.py demo' or create one")
        return camp
    camp = session.get(Campaign, ref) or session.execute(
        select(Campaign).where(Campaign.code == ref)
    ).scalar()
    if camp is None:
        raise NotFoundError(f"no campaign with id or code '{ref}'")
    return camp


def current_assessment(session: Session, site: Site, campaign_id: str | None = None) -> Assessment:
    q = select(Assessment).where(Assessment.site_id == site.id, Assessment.is_current.is_(True))
    if campaign_id:
        q = q.where(Assessment.campaign_id == campaign_id)
    a = session.execute(q.order_by(Assessment.created_at.desc()).limit(1)).scalar()
    if a is None:
        raise NotFoundError(f"site '{site.name}' has no assessment" + (" in this campaign" if campaign_id else ""))
    return a


def guard_edit(a: Assessment, reason: str | None) -> str | None:
    """Drafts edit freely; submitted ones need a reason; decided ones cannot change."""
    if a.status == "decided":
        raise WorkflowError(
            f"assessment revision {a.revision} is decided and cannot be changed; start an amendment "
            "(a new revision) instead"
        )
    if not a.is_current:
        raise WorkflowError(f"assessment revision {a.revision} has been superseded by a newer revision")
    reason = (reason or "").strip() or None
    if a.status in LOCKED_AFTER_SUBMIT and reason is None:
        raise ReasonRequired(f"the assessment is {a.status.replace('_', ' ')}: every change needs a reason")
    return reason


def touch(session: Session, a: Assessment) -> None:
    """After a change to an assessment's data: bump its version and refresh the cached score for the list."""
    a.version += 1
    from assessment.scores import refresh_in_session

    refresh_in_session(session, a)


def site_view(s: Site) -> SiteView:
    return SiteView(
        id=s.id, code=s.code, name=s.name, site_type=s.site_type, subtype=s.subtype, district=s.district,
        address=s.address, latitude=s.latitude, longitude=s.longitude, operator_org=s.operator_org,
        contact_name=s.contact_name, contact_phone=s.contact_phone, floor_area_m2=s.floor_area_m2,
        land_area_m2=s.land_area_m2, green_space_m2=s.green_space_m2, occupants=s.occupants,
        occupant_kind=s.occupant_kind, year_commissioned=s.year_commissioned,
        lifecycle_stage=s.lifecycle_stage, description=s.description, is_sample=s.is_sample,
        version=s.version,
    )


def campaign_view(c: Campaign) -> CampaignView:
    return CampaignView(
        id=c.id, code=c.code, name=c.name, year=c.year, status=c.status,
        criteria_versions=dict(c.criteria_versions or {}), factor_set_version=c.factor_set_version,
        award_quotas=dict(c.award_quotas or {}), panel_phase=c.panel_phase, aggregation=c.aggregation,
        is_sample=c.is_sample,
    )


def assessment_view(session: Session, a: Assessment) -> AssessmentView:
    assessor = session.get(Person, a.assessor_id).name if a.assessor_id else None  # type: ignore[union-attr]
    return AssessmentView(
        id=a.id, site_id=a.site_id, campaign_id=a.campaign_id, assessor=assessor,
        period_start=a.period_start, period_end=a.period_end, status=a.status, outcome=a.outcome,
        revision=a.revision, is_current=a.is_current, return_comment=a.return_comment,
        submitted_at=a.submitted_at, decided_at=a.decided_at, last_total=a.last_total,
        last_tier=a.last_tier, version=a.version, baseline_year=a.baseline_year,
        baseline_emissions_t=a.baseline_emissions_t,
    )


def activity_view(r: ActivityRecord) -> ActivityView:
    return ActivityView(
        id=r.id, carrier=r.carrier, month=r.month, quantity=r.quantity, unit=r.unit, source=r.source,
        estimated=r.estimated, meter_id=r.meter_id, note=r.note,
    )


def response_view(r: Response) -> ResponseView:
    return ResponseView(item_code=r.item_code, value=r.value, note=r.note)


def evidence_view(e: Evidence) -> EvidenceView:
    return EvidenceView(
        id=e.id, sha256=e.sha256, original_sha256=e.original_sha256, original_name=e.original_name,
        media_type=e.media_type, size_bytes=e.size_bytes, captured_at=e.captured_at,
        latitude=e.latitude, longitude=e.longitude, caption=e.caption,
        items=tuple(sorted(i.item_code for i in e.items)), added_by=e.added_by, added_at=e.added_at,
    )


def get_or_create_person(session: Session, name: str, organisation: str | None = None) -> Person:
    person = session.execute(select(Person).where(Person.name == name)).scalar()
    if person is None:
        person = Person(name=name, organisation=organisation)
        session.add(person)
        session.flush()
    return person
