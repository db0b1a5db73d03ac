"""Panel set-up operations: members, phase changes (chair only), aggregation method, conflicts of interest."""

from __future__ import annotations

from sqlalchemy import select

from assessment import audit
from assessment.db import Database
from assessment.errors import ValidationError, WorkflowError
from assessment.models import CampaignMember, ConflictDeclaration, Person, Site
from assessment.ops.common import find_campaign, find_site
from assessment.panel.access import (
    PHASES,
    campaign_for,
    campaign_sites,
    find_person,
    require,
    resolve,
    suggestion_reason,
)
from assessment.panel.aggregation import METHODS
from assessment.panel.views import ConflictView, MemberView

CONFLICT_STATUSES = ("declared", "suggested", "confirmed", "dismissed")


def list_members(db: Database, campaign: str | None = None) -> list[MemberView]:
    """Who is on the campaign, with their roles (names and organisations are not secret)."""
    with db.read() as s:
        camp = find_campaign(s, campaign)
        rows = s.execute(select(Person, CampaignMember.role).join(CampaignMember, CampaignMember.person_id
                                                                  == Person.id)
                         .where(CampaignMember.campaign_id == camp.id).order_by(Person.name)).all()
        roles: dict[str, list[str]] = {}
        people: dict[str, Person] = {}
        for person, role in rows:
            roles.setdefault(person.id, []).append(role)
            people[person.id] = person
        return [MemberView(p.name, p.organisation, tuple(sorted(roles[pid]))) for pid, p in people.items()]


def set_phase(db: Database, actor: str, campaign: str | None, phase: str, reason: str | None = None) -> str:
    """The chair moves the panel forward: independent -> read -> revise -> decision (never back)."""
    if phase not in PHASES:
        raise ValidationError("phase", phase, f"must be one of: {', '.join(PHASES)}")
    with db.write() as s:
        viewer = resolve(s, actor, campaign)
        require(viewer, {"panel_chair"}, "change the panel phase")
        old = viewer.phase
        if PHASES.index(phase) < PHASES.index(old):
            raise WorkflowError(f"the panel is in the {old} phase and cannot go back to {phase}: "
                                "scores already seen cannot be unseen")
        if phase == old:
            return old
        camp = campaign_for(s, viewer.campaign_id)
        camp.panel_phase = phase
        audit.record(s, actor=viewer.name, action="panel_phase", entity="campaign", entity_id=camp.id,
                     field="panel_phase", old=old, new=phase, reason=reason)
        return phase


def set_aggregation(db: Database, actor: str, campaign: str | None, method: str) -> str:
    """Chair or secretariat choose median, mean or trimmed mean (before the decision phase)."""
    if method not in METHODS:
        raise ValidationError("aggregation", method, f"must be one of: {', '.join(METHODS)}")
    with db.write() as s:
        viewer = resolve(s, actor, campaign)
        require(viewer, {"panel_chair", "secretariat"}, "change the aggregation method")
        if viewer.phase == "decision":
            raise WorkflowError("the aggregation method cannot change in the decision phase")
        camp = campaign_for(s, viewer.campaign_id)
        if camp.aggregation != method:
            audit.record(s, actor=viewer.name, action="panel_aggregation", entity="campaign",
                         entity_id=camp.id, field="aggregation", old=camp.aggregation, new=method)
            camp.aggregation = method
        return method


def _view(s: object, c: ConflictDeclaration) -> ConflictView:
    person = s.get(Person, c.person_id)  # type: ignore[attr-defined]
    site = s.get(Site, c.site_id)  # type: ignore[attr-defined]
    return ConflictView(c.id, person.name, site.code, site.name, c.status, c.reason)


def declare_conflict(db: Database, actor: str, campaign: str | None, site_ref: str, reason: str,
                     member: str | None = None) -> ConflictView:
    """A member declares their own conflict (the chair or secretariat may record one for a member)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", reason, "say what the conflict is (e.g. 'former employer')")
    with db.write() as s:
        viewer = resolve(s, actor, campaign)
        target = viewer.person_id
        if member and member.strip() != viewer.name:
            require(viewer, {"panel_chair", "secretariat"}, "record a conflict for another member")
            target = find_person(s, member).id
        site = find_site(s, site_ref)
        row = s.execute(select(ConflictDeclaration).where(
            ConflictDeclaration.campaign_id == viewer.campaign_id, ConflictDeclaration.person_id == target,
            ConflictDeclaration.site_id == site.id)).scalar()
        old = row.status if row else None
        if row is None:
            row = ConflictDeclaration(campaign_id=viewer.campaign_id, person_id=target, site_id=site.id)
            s.add(row)
        row.status, row.reason = "declared", reason
        s.flush()
        audit.record(s, actor=viewer.name, action="conflict_declare", entity="conflict", entity_id=row.id,
                     field="status", old=old, new="declared", reason=reason)
        return _view(s, row)


def suggest_conflicts(db: Database, actor: str, campaign: str | None) -> list[ConflictView]:
    """Store likely conflicts (same organisation as the operator or the contact) for the chair to review."""
    with db.write() as s:
        viewer = resolve(s, actor, campaign)
        require(viewer, {"panel_chair", "secretariat"}, "run the conflict suggestions")
        members = s.execute(select(Person).join(CampaignMember, CampaignMember.person_id == Person.id).where(
            CampaignMember.campaign_id == viewer.campaign_id,
            CampaignMember.role.in_(("panel_member", "panel_chair")))).scalars().unique().all()
        existing = {(c.person_id, c.site_id) for c in s.execute(select(ConflictDeclaration).where(
            ConflictDeclaration.campaign_id == viewer.campaign_id)).scalars()}
        out = []
        for site in campaign_sites(s, viewer.campaign_id):
            for person in members:
                why = suggestion_reason(s, person, site)
                if why is None or (person.id, site.id) in existing:
                    continue
                row = ConflictDeclaration(campaign_id=viewer.campaign_id, person_id=person.id, site_id=site.id,
                                          status="suggested", reason=why)
                s.add(row)
                s.flush()
                audit.record(s, actor=viewer.name, action="conflict_suggest", entity="conflict",
                             entity_id=row.id, field="status", new="suggested", reason=why)
                out.append(_view(s, row))
        return out


def resolve_conflict(db: Database, actor: str, campaign: str | None, member: str, site_ref: str,
                     status: str, reason: str | None = None) -> ConflictView:
    """The chair confirms or dismisses a conflict (a dismissal needs a reason)."""
    if status not in ("confirmed", "dismissed"):
        raise ValidationError("status", status, "must be confirmed or dismissed")
    with db.write() as s:
        viewer = resolve(s, actor, campaign)
        require(viewer, {"panel_chair"}, f"mark a conflict {status}")
        person, site = find_person(s, member), find_site(s, site_ref)
        if person.id == viewer.person_id and status == "dismissed":
            raise WorkflowError("a chair cannot dismiss a conflict of their own; ask the secretariat to "
                                "record the panel's decision")
        if status == "dismissed" and not (reason or "").strip():
            raise ValidationError("reason", reason or "", "say why the suggested conflict is not a conflict")
        row = s.execute(select(ConflictDeclaration).where(
            ConflictDeclaration.campaign_id == viewer.campaign_id, ConflictDeclaration.person_id == person.id,
            ConflictDeclaration.site_id == site.id)).scalar()
        old = row.status if row else None
        if row is None:
            row = ConflictDeclaration(campaign_id=viewer.campaign_id, person_id=person.id, site_id=site.id)
            s.add(row)
        row.status = status
        row.reason = (reason or "").strip() or row.reason
        s.flush()
        audit.record(s, actor=viewer.name, action=f"conflict_{status}", entity="conflict", entity_id=row.id,
                     field="status", old=old, new=status, reason=reason)
        return _view(s, row)


def list_conflicts(db: Database, actor: str, campaign: str | None) -> list[ConflictView]:
    """The chair and secretariat see every conflict; a member sees their own. Likely conflicts not yet
    stored are listed as "suggested" (they already hide the candidate) so the chair can confirm or dismiss."""
    with db.read() as s:
        viewer = resolve(s, actor, campaign)
        q = select(ConflictDeclaration).where(ConflictDeclaration.campaign_id == viewer.campaign_id)
        everyone = viewer.is_chair or viewer.is_secretariat
        if not everyone:
            q = q.where(ConflictDeclaration.person_id == viewer.person_id)
        stored = list(s.execute(q).scalars())
        rows = [_view(s, c) for c in stored]
        known = {(c.person_id, c.site_id) for c in stored}
        members = s.execute(select(Person).join(CampaignMember, CampaignMember.person_id == Person.id).where(
            CampaignMember.campaign_id == viewer.campaign_id,
            CampaignMember.role.in_(("panel_member", "panel_chair")))).scalars().unique().all()
        for person in members:
            if not everyone and person.id != viewer.person_id:
                continue
            for site in campaign_sites(s, viewer.campaign_id):
                why = suggestion_reason(s, person, site) if (person.id, site.id) not in known else None
                if why:
                    rows.append(ConflictView("", person.name, site.code, site.name, "suggested", why))
        return sorted(rows, key=lambda c: (c.site_code, c.member))
