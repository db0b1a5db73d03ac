"""Who is acting in a campaign's panel: roles, phase and conflicts resolved once per operation."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment.errors import PermissionDenied
from assessment.models import Assessment, Campaign, CampaignMember, ConflictDeclaration, Person, Site
from assessment.ops.common import find_campaign

PHASES = ("independent", "read", "revise", "decision")
PHASE_NAMES = {
    "independent": ("独立评分", "Independent scoring"),
    "read": ("查阅他人评分", "Read others' scores"),
    "revise": ("修改评分", "Revise scores"),
    "decision": ("决定", "Decision"),
}
SCORING_ROLES = frozenset({"panel_member", "panel_chair"})
# A suggested conflict hides the candidate until the chair dismisses it (fail closed).
BLOCKING_STATUSES = ("declared", "suggested", "confirmed")


@dataclass(frozen=True)
class Viewer:
    """The acting person as the panel sees them in one campaign."""

    person_id: str
    name: str
    organisation: str | None
    campaign_id: str
    campaign_code: str
    phase: str
    aggregation: str
    roles: frozenset[str]
    conflicted_sites: frozenset[str]

    @property
    def is_scorer(self) -> bool:
        return bool(self.roles & SCORING_ROLES)

    @property
    def is_chair(self) -> bool:
        return "panel_chair" in self.roles

    @property
    def is_secretariat(self) -> bool:
        return "secretariat" in self.roles

    def conflicted(self, site_id: str) -> bool:
        return site_id in self.conflicted_sites


def norm_org(text: str | None) -> str:
    """Organisation names compared without spaces, brackets or case."""
    if not text:
        return ""
    out = text.casefold()
    for ch in " \t()（）·.,，":
        out = out.replace(ch, "")
    return out


def orgs_match(a: str | None, b: str | None) -> bool:
    """Same organisation: equal, or one name contains the other (at least 4 characters)."""
    x, y = norm_org(a), norm_org(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 4 and short in long_


def suggestion_reason(session: Session, person: Person, site: Site) -> str | None:
    """Why this person likely has a conflict with this site, or None."""
    if orgs_match(person.organisation, site.operator_org):
        return f"same organisation as the site's operator ({site.operator_org})"
    if site.contact_name and site.contact_name.strip() == person.name.strip():
        return "is the site's contact person"
    if site.contact_name:
        contact = session.execute(select(Person).where(Person.name == site.contact_name.strip())).scalar()
        if contact is not None and contact.id != person.id and orgs_match(person.organisation,
                                                                          contact.organisation):
            return f"same organisation as the site's contact ({contact.organisation})"
    return None


def campaign_sites(session: Session, campaign_id: str) -> list[Site]:
    q = (select(Site).join(Assessment, Assessment.site_id == Site.id)
         .where(Assessment.campaign_id == campaign_id, Assessment.is_current.is_(True)).order_by(Site.code))
    return list(session.execute(q).scalars().unique())


def conflicted_site_ids(session: Session, campaign_id: str, person: Person) -> frozenset[str]:
    """Declared, confirmed and suggested conflicts, plus likely ones no one has dismissed yet."""
    rows = session.execute(select(ConflictDeclaration.site_id, ConflictDeclaration.status).where(
        ConflictDeclaration.campaign_id == campaign_id, ConflictDeclaration.person_id == person.id)).all()
    blocked = {sid for sid, st in rows if st in BLOCKING_STATUSES}
    decided = {sid for sid, _ in rows}
    for site in campaign_sites(session, campaign_id):
        if site.id not in decided and suggestion_reason(session, person, site):
            blocked.add(site.id)
    return frozenset(blocked)


def find_person(session: Session, name: str) -> Person:
    name = (name or "").strip()
    person = session.execute(select(Person).where(Person.name == name)).scalars().first()
    if person is None:
        raise PermissionDenied(f"'{name}' is not a known person; use --actor with your name as registered")
    return person


def resolve(session: Session, actor: str, campaign: str | None) -> Viewer:
    """The acting person, their roles in the campaign and the candidates hidden from them."""
    camp = find_campaign(session, campaign)
    person = find_person(session, actor)
    roles = frozenset(session.execute(select(CampaignMember.role).where(
        CampaignMember.campaign_id == camp.id, CampaignMember.person_id == person.id)).scalars())
    if not roles:
        raise PermissionDenied(f"{person.name} has no role in campaign {camp.code}")
    return Viewer(person_id=person.id, name=person.name, organisation=person.organisation,
                  campaign_id=camp.id, campaign_code=camp.code, phase=camp.panel_phase or "independent",
                  aggregation=camp.aggregation or "median", roles=roles,
                  conflicted_sites=conflicted_site_ids(session, camp.id, person))


def require(viewer: Viewer, roles: set[str] | frozenset[str], action: str) -> None:
    if not viewer.roles & set(roles):
        allowed = " or ".join(sorted(r.replace("_", " ") for r in roles))
        raise PermissionDenied(f"{viewer.name} cannot {action}: only the {allowed} may do that "
                               f"(your role: {', '.join(sorted(viewer.roles))})")


def require_phase(viewer: Viewer, phases: tuple[str, ...], action: str) -> None:
    if viewer.phase not in phases:
        from assessment.errors import WorkflowError

        raise WorkflowError(f"cannot {action} in the {PHASE_NAMES[viewer.phase][1].lower()} phase "
                            f"(allowed in: {', '.join(phases)})")


def require_not_conflicted(viewer: Viewer, site: Site, action: str) -> None:
    if viewer.conflicted(site.id):
        raise PermissionDenied(f"{viewer.name} has a conflict of interest with {site.code} and cannot {action}")


def campaign_for(session: Session, campaign_id: str) -> Campaign:
    camp = session.get(Campaign, campaign_id)
    assert camp is not None
    return camp
