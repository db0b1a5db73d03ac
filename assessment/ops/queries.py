"""Read-only queries: the candidate list, one assessment in full, the audit history of a record."""

from __future__ import annotations

from sqlalchemy import select

from assessment.db import Database
from assessment.models import ActivityRecord, Assessment, AuditEvent, Evidence, Response, Site
from assessment.ops.common import (
    activity_view,
    assessment_view,
    campaign_view,
    current_assessment,
    evidence_view,
    find_campaign,
    find_site,
    get_assessment,
    response_view,
    site_view,
)
from assessment.views import AssessmentDetail, AuditView, SiteRow


def list_sites(
    db: Database,
    campaign: str | None = None,
    *,
    site_type: str | None = None,
    district: str | None = None,
    status: str | None = None,
    search: str | None = None,
    viewer: str | None = None,
) -> list[SiteRow]:
    """Candidates of a campaign (newest when None) with their current status and cached score.

    ``viewer`` (the acting person's name): for a panel member or chair, totals they may not see are blanked
    (conflict of interest; panel points before their own scores are in), see assessment.panel.guard.
    """
    with db.read() as s:
        camp = find_campaign(s, campaign)
        q = (
            select(Site.id, Assessment.id, Site.code, Site.name, Site.site_type, Site.subtype, Site.district,
                   Assessment.status, Assessment.outcome, Assessment.last_total, Assessment.last_tier,
                   Site.is_sample)
            .join(Assessment, Assessment.site_id == Site.id)
            .where(Assessment.campaign_id == camp.id, Assessment.is_current.is_(True))
        )
        if site_type:
            q = q.where(Site.site_type == site_type)
        if district:
            q = q.where(Site.district == district)
        if status:
            q = q.where(Assessment.status == status)
        if search:
            like = f"%{search.strip()}%"
            q = q.where(Site.name.ilike(like) | Site.code.ilike(like) | Site.operator_org.ilike(like))
        rows = [SiteRow(*row) for row in s.execute(q.order_by(Site.code)).all()]  # type: ignore[call-arg]
        if viewer:
            from assessment.panel.guard import list_rows

            rows = list_rows(s, viewer, camp.id, rows)
        return rows


def assessment_detail(db: Database, assessment_id: str, viewer: str | None = None) -> AssessmentDetail:
    """One assessment in full; ``viewer`` (acting person): a panel member who may not see the panel's points
    of this candidate gets no panel aggregate and no cached total/tier (assessment.panel.guard)."""
    from dataclasses import replace

    from assessment.scores import panel_aggregate

    with db.read() as s:
        a = get_assessment(s, assessment_id)
        site = s.get(Site, a.site_id)
        camp = find_campaign(s, a.campaign_id)
        assert site is not None
        acts = s.execute(select(ActivityRecord).where(ActivityRecord.assessment_id == a.id)
                         .order_by(ActivityRecord.carrier, ActivityRecord.meter_id, ActivityRecord.month)).scalars()
        resps = s.execute(select(Response).where(Response.assessment_id == a.id)
                          .order_by(Response.item_code)).scalars()
        evs = s.execute(select(Evidence).where(Evidence.assessment_id == a.id)
                        .order_by(Evidence.added_at, Evidence.original_name)).scalars()
        detail = AssessmentDetail(
            site=site_view(site), assessment=assessment_view(s, a), campaign=campaign_view(camp),
            activity=tuple(activity_view(r) for r in acts), responses=tuple(response_view(r) for r in resps),
            evidence=tuple(evidence_view(e) for e in evs),
            panel_aggregate=panel_aggregate(s, a.id, camp.aggregation),
        )
        if viewer:
            from assessment.panel.guard import hide_in_detail

            if hide_in_detail(s, viewer, a):
                detail = replace(detail, panel_aggregate={},
                                 assessment=replace(detail.assessment, last_total=None, last_tier=None))
        return detail


def site_assessment_id(db: Database, site_ref: str, campaign: str | None = None) -> str:
    """The current assessment of a site (by id, code or name), in the given or newest campaign."""
    with db.read() as s:
        site = find_site(s, site_ref)
        camp_id = find_campaign(s, campaign).id if campaign else None
        return current_assessment(s, site, camp_id).id


def audit_history(
    db: Database, *, entity_id: str | None = None, assessment_id: str | None = None, field: str | None = None,
    viewer: str | None = None,
) -> list[AuditView]:
    """Audit events, oldest first; ``viewer`` (acting person) leaves out panel scores they may not see."""
    with db.read() as s:
        q = select(AuditEvent)
        if entity_id:
            q = q.where(AuditEvent.entity_id == entity_id)
        if assessment_id:
            q = q.where(AuditEvent.assessment_id == assessment_id)
        if field:
            q = q.where(AuditEvent.field == field)
        events = list(s.execute(q.order_by(AuditEvent.seq)).scalars())
        if viewer:
            from assessment.panel.guard import audit_events

            events = audit_events(s, viewer, events)
        return [
            AuditView(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.field, e.old_value, e.new_value,
                      e.reason)
            for e in events
        ]
