"""Operations on sites and campaigns: create, edit (audited), list, look up."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from assessment import audit
from assessment.db import Database
from assessment.errors import ValidationError
from assessment.fields import FieldSpec, check_month, clean_site_fields, clean_value, month_index
from assessment.models import Assessment, Campaign, Site
from assessment.ops.common import (
    assessment_view,
    campaign_view,
    find_campaign,
    find_site,
    get_or_create_person,
    guard_edit,
    site_view,
    touch,
)
from assessment.ops.versions import check_version
from assessment.views import AssessmentView, CampaignView, SiteView


def _next_site_code(session: Any) -> str:
    count = session.execute(select(func.count()).select_from(Site)).scalar_one()
    n = count + 1
    while session.execute(select(Site.id).where(Site.code == f"S{n:04d}")).first():
        n += 1
    return f"S{n:04d}"


def check_period(start: str, end: str) -> tuple[str, str]:
    start, end = check_month(start, "period_start"), check_month(end, "period_end")
    if month_index(end) < month_index(start):
        raise ValidationError("period_end", end, f"is before the period start {start}")
    if month_index(end) - month_index(start) > 59:
        raise ValidationError("period_end", end, "a reporting period longer than 60 months is not supported")
    return start, end


def create_site(
    db: Database,
    actor: str,
    fields: dict[str, Any],
    *,
    campaign: str | None = None,
    period: tuple[str, str] | None = None,
    assessor: str | None = None,
    code: str | None = None,
    is_sample: bool = False,
) -> tuple[SiteView, AssessmentView | None]:
    """Register a site, and (when a campaign is given) open its draft assessment, in one transaction."""
    values = clean_site_fields({**fields, "lifecycle_stage": fields.get("lifecycle_stage") or "operation"})
    with db.write() as s:
        if code is not None:
            code = code.strip()
            if not code or len(code) > 40:
                raise ValidationError("code", code, "must be 1 to 40 characters")
            if s.execute(select(Site.id).where(Site.code == code)).first():
                raise ValidationError("code", code, "is already used by another site")
        site = Site(code=code or _next_site_code(s), is_sample=is_sample, **values)
        s.add(site)
        s.flush()
        audit.record(s, actor=actor, action="create_site", entity="site", entity_id=site.id, new=values)
        a_view = None
        if campaign is not None:
            camp = find_campaign(s, campaign)
            start, end = check_period(*(period or (f"{camp.year}-01", f"{camp.year}-12")))
            a = Assessment(site_id=site.id, campaign_id=camp.id, period_start=start, period_end=end)
            if assessor:
                a.assessor_id = get_or_create_person(s, assessor).id
            s.add(a)
            s.flush()
            audit.record(
                s, actor=actor, action="create_assessment", entity="assessment", entity_id=a.id,
                assessment_id=a.id, new={"campaign": camp.code, "period": [start, end]},
            )
            a_view = assessment_view(s, a)
        return site_view(site), a_view


def update_site(
    db: Database,
    actor: str,
    site_id: str,
    changes: dict[str, Any],
    *,
    reason: str | None = None,
    expected_version: int | None = None,
) -> SiteView:
    """Change site fields; each changed field is one audit event (with the reason once submitted)."""
    values = clean_site_fields(changes, partial=True)
    with db.write() as s:
        site = find_site(s, site_id)
        check_version(s, site, expected_version)
        current = s.execute(
            select(Assessment).where(Assessment.site_id == site.id, Assessment.is_current.is_(True))
        ).scalars().all()
        for a in current:
            reason = guard_edit(a, reason)
        changed = False
        for name, new in values.items():
            old = getattr(site, name)
            if old == new:
                continue
            setattr(site, name, new)
            changed = True
            audit.record(
                s, actor=actor, action="update_site", entity="site", entity_id=site.id,
                assessment_id=current[0].id if current else None, field=name, old=old, new=new, reason=reason,
            )
        if changed:
            site.version += 1
        s.flush()
        return site_view(site)


def get_site(db: Database, ref: str) -> SiteView:
    with db.read() as s:
        return site_view(find_site(s, ref))


def create_campaign(
    db: Database,
    actor: str,
    *,
    code: str,
    name: str,
    year: int,
    criteria_versions: dict[str, str],
    factor_set_version: str,
    award_quotas: dict[str, int] | None = None,
    is_sample: bool = False,
) -> CampaignView:
    code = (code or "").strip()
    if not code:
        raise ValidationError("code", code, "is required")
    if not (name or "").strip():
        raise ValidationError("name", name, "is required")
    if not 2000 <= int(year) <= 2100:
        raise ValidationError("year", year, "must be between 2000 and 2100")
    with db.write() as s:
        if s.execute(select(Campaign.id).where(Campaign.code == code)).first():
            raise ValidationError("code", code, "is already used by another campaign")
        camp = Campaign(
            code=code, name=name.strip(), year=int(year), criteria_versions=dict(criteria_versions),
            factor_set_version=factor_set_version, award_quotas=dict(award_quotas or {}), is_sample=is_sample,
        )
        s.add(camp)
        s.flush()
        audit.record(s, actor=actor, action="create_campaign", entity="campaign", entity_id=camp.id,
                     new={"code": code, "name": name, "year": year, "criteria": criteria_versions,
                          "factors": factor_set_version})
        return campaign_view(camp)


def list_campaigns(db: Database) -> list[CampaignView]:
    with db.read() as s:
        return [campaign_view(c) for c in s.execute(select(Campaign).order_by(Campaign.year.desc(),
                                                                               Campaign.code)).scalars()]


def get_campaign(db: Database, ref: str | None = None) -> CampaignView:
    with db.read() as s:
        return campaign_view(find_campaign(s, ref))


def update_assessment(
    db: Database,
    actor: str,
    assessment_id: str,
    changes: dict[str, Any],
    *,
    reason: str | None = None,
    expected_version: int | None = None,
) -> AssessmentView:
    """Change the reporting period, baseline or assessor; each change audited."""
    from assessment.models import ActivityRecord
    from assessment.ops.common import get_assessment

    allowed = {"period_start", "period_end", "baseline_year", "baseline_emissions_t", "assessor"}
    unknown = set(changes) - allowed
    if unknown:
        name = sorted(unknown)[0]
        raise ValidationError(name, changes[name], f"cannot be changed here (allowed: {', '.join(sorted(allowed))})")
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        check_version(s, a, expected_version)
        reason = guard_edit(a, reason)
        values: dict[str, Any] = {}
        if "period_start" in changes or "period_end" in changes:
            start, end = check_period(changes.get("period_start", a.period_start),
                                      changes.get("period_end", a.period_end))
            outside = s.execute(select(ActivityRecord.month).where(
                ActivityRecord.assessment_id == a.id,
                (ActivityRecord.month < start) | (ActivityRecord.month > end)).limit(1)).scalar()
            if outside:
                raise ValidationError("period", f"{start}..{end}", f"data for {outside} would fall outside it")
            values.update(period_start=start, period_end=end)
        if "baseline_year" in changes:
            values["baseline_year"] = clean_value(
                FieldSpec("baseline_year", "基准年", "Baseline year", "int", minimum=1990, maximum=2100),
                changes["baseline_year"])
        if "baseline_emissions_t" in changes:
            values["baseline_emissions_t"] = clean_value(
                FieldSpec("baseline_emissions_t", "基准年排放", "Baseline emissions", "float", minimum=0,
                          maximum=1e9), changes["baseline_emissions_t"])
        if "assessor" in changes:
            name = (changes["assessor"] or "").strip()
            person_id = get_or_create_person(s, name).id if name else None
            if person_id != a.assessor_id:
                audit.record(s, actor=actor, action="update_assessment", entity="assessment", entity_id=a.id,
                             assessment_id=a.id, field="assessor", old=a.assessor_id, new=name or None,
                             reason=reason)
                a.assessor_id = person_id
        for name, new in values.items():
            old = getattr(a, name)
            if old != new:
                audit.record(s, actor=actor, action="update_assessment", entity="assessment", entity_id=a.id,
                             assessment_id=a.id, field=name, old=old, new=new, reason=reason)
                setattr(a, name, new)
        touch(s, a)
        s.flush()
        return assessment_view(s, a)
