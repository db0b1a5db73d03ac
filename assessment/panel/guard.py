"""Panel visibility applied outside the panel window: score cards, list totals, audit, exports, reports.

Every screen, export and report outside ``assessment/panel`` that shows a score, a total, a tier or an audit
event asks here first. People with no scoring role in the candidate's campaign keep seeing what they always
saw; for a panel member or the chair the rules of ``visibility.level`` apply (a conflict hides everything of
that candidate; below level "all" no number may fold in the panel's points).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment.db import Database
from assessment.errors import PermissionDenied
from assessment.models import Assessment, Campaign, CampaignMember, PanelScore, Person, Site
from assessment.panel.access import SCORING_ROLES, Viewer, resolve
from assessment.panel.visibility import level, own_scores, panel_items, viewer_card
from scoring import ScoreCard

CONFLICT_HIDDEN = "hidden: conflict of interest"


def scorer(session: Session, actor: str | None, campaign_id: str) -> Viewer | None:
    """The actor as a panel member or chair of this campaign, or None (unknown name, or no scoring role)."""
    name = (actor or "").strip()
    if not name:
        return None
    person = session.execute(select(Person).where(Person.name == name)).scalars().first()
    if person is None:
        return None
    roles = set(session.execute(select(CampaignMember.role).where(
        CampaignMember.campaign_id == campaign_id, CampaignMember.person_id == person.id)).scalars())
    if not roles & SCORING_ROLES:
        return None
    return resolve(session, name, campaign_id)


def panel_role(session: Session, actor: str | None, campaign_id: str) -> set[str]:
    """The actor's roles in the campaign (empty for unknown names)."""
    name = (actor or "").strip()
    person = session.execute(select(Person).where(Person.name == name)).scalars().first() if name else None
    if person is None:
        return set()
    return set(session.execute(select(CampaignMember.role).where(
        CampaignMember.campaign_id == campaign_id, CampaignMember.person_id == person.id)).scalars())


def level_for(session: Session, viewer: Viewer, a: Assessment) -> str:
    items = panel_items(session, a)
    mine = own_scores(session, viewer, a) if not viewer.conflicted(a.site_id) else {}
    return level(viewer, a, bool(items) and all(i.code in mine for i in items))[0]


def card_in_session(session: Session, actor: str | None, a: Assessment,
                    overrides: dict[str, Any] | None = None) -> tuple[ScoreCard | None, str]:
    """(card, source) as this actor may see it; source "hidden" (card None) for a conflicted member."""
    from assessment.scores import card_for, criteria_for, factors_for, inputs_for
    from scoring import score

    viewer = scorer(session, actor, a.campaign_id)
    if viewer is None:
        return card_for(session, a, overrides), "live"
    card, source, _ = viewer_card(session, viewer, a)
    if card is None:
        return None, "hidden"
    if not overrides:
        return card, source
    if source != "live-no-panel":
        return card_for(session, a, overrides), "live"
    camp, site = session.get(Campaign, a.campaign_id), session.get(Site, a.site_id)
    assert camp is not None and site is not None
    inputs = replace(inputs_for(session, a), panel={})
    return score(inputs, criteria_for(camp, site.site_type), factors_for(camp), overrides=overrides), source


def score_card(db: Database, actor: str | None, assessment_id: str,
               overrides: dict[str, Any] | None = None) -> tuple[ScoreCard | None, str]:
    """The score card of one assessment for the acting person (the Score tab, what-if, score exports)."""
    from assessment.scores import get_assessment

    with db.read() as s:
        return card_in_session(s, actor, get_assessment(s, assessment_id), overrides)


def check_not_conflicted(session: Session, actor: str | None, a: Assessment, what: str) -> None:
    """PermissionDenied when the actor is a panel member conflicted with this candidate."""
    viewer = scorer(session, actor, a.campaign_id)
    if viewer is not None and viewer.conflicted(a.site_id):
        site = session.get(Site, a.site_id)
        code = site.code if site else a.site_id
        raise PermissionDenied(f"{viewer.name} has a conflict of interest with {code} and cannot {what} "
                               "(panel scores and comments of that candidate are hidden from them)")


def others_scored(session: Session, viewer: Viewer, assessment_ids: list[str]) -> set[str]:
    """Assessments among these with a panel score by someone other than the viewer."""
    if not assessment_ids:
        return set()
    return set(session.execute(select(PanelScore.assessment_id).where(
        PanelScore.assessment_id.in_(assessment_ids), PanelScore.member_id != viewer.person_id)
        .distinct()).scalars())


def list_rows(session: Session, actor: str | None, campaign_id: str, rows: list[Any]) -> list[Any]:
    """Candidate-list rows (SiteRow) with cached total/tier blanked where a panel scorer may not see them.

    Conflicted candidates show no total or tier. In the read and revise phases a cached total folds in the
    panel aggregate, so below level "all" (own scores not all in) it is blanked too. During the independent
    phase cached totals never contain panel points (no aggregate exists), and at "all" they may be seen.
    """
    viewer = scorer(session, actor, campaign_id)
    if viewer is None:
        return rows
    ids = [r.assessment_id for r in rows if r.assessment_id and not viewer.conflicted(r.site_id)]
    check = viewer.phase in ("read", "revise")
    others = others_scored(session, viewer, ids) if check else set()
    out = []
    for r in rows:
        why = None
        if r.assessment_id and viewer.conflicted(r.site_id):
            why = "conflict of interest"
        elif check and r.assessment_id in others and r.status != "decided":
            a = session.get(Assessment, r.assessment_id)
            if a is not None and level_for(session, viewer, a) != "all":
                why = "panel points hidden until your own scores for this candidate are all in"
        out.append(replace(r, total=None, tier=None, hidden_reason=why) if why else r)
    return out


def audit_events(session: Session, actor: str | None, events: list[Any]) -> list[Any]:
    """Audit events (AuditEvent rows) with the panel-score events this person may not see left out.

    Applies ``visibility.hide_from_audit`` for the panel members, the chair and the secretariat of the
    candidate's campaign; people with no panel role keep the full history.
    """
    from assessment.panel.visibility import hide_from_audit

    panel_events = [e for e in events if e.entity == "panel_score" and e.assessment_id]
    if not panel_events or not (actor or "").strip():
        return events
    viewers: dict[str, Viewer | None] = {}
    campaign_of: dict[str, str | None] = {}
    keep_ids: set[int] = set()
    for ev in panel_events:
        if ev.assessment_id not in campaign_of:
            a = session.get(Assessment, ev.assessment_id)
            campaign_of[ev.assessment_id] = a.campaign_id if a else None
        cid = campaign_of[ev.assessment_id]
        if cid is None:
            continue
        if cid not in viewers:
            roles = panel_role(session, actor, cid)
            viewers[cid] = (resolve(session, (actor or "").strip(), cid)
                            if roles & (SCORING_ROLES | {"secretariat"}) else None)
        viewer = viewers[cid]
        if viewer is None or hide_from_audit(session, viewer, [ev]):
            keep_ids.add(id(ev))
    return [e for e in events if e.entity != "panel_score" or not e.assessment_id or id(e) in keep_ids]


def any_viewer(session: Session, actor: str | None, campaign_id: str) -> Viewer:
    """The actor as the panel sees them; someone with no role in the campaign gets no roles (level "none")."""
    from assessment.models import Campaign as Camp

    if panel_role(session, actor, campaign_id):
        return resolve(session, (actor or "").strip(), campaign_id)
    camp = session.get(Camp, campaign_id)
    assert camp is not None
    return Viewer(person_id="", name=(actor or "").strip(), organisation=None, campaign_id=camp.id,
                  campaign_code=camp.code, phase=camp.panel_phase or "independent",
                  aggregation=camp.aggregation or "median", roles=frozenset(), conflicted_sites=frozenset())


def check_document(session: Session, actor: str | None, a: Assessment, what: str = "get its dossier") -> None:
    """PermissionDenied when a document of this candidate would show a panel member what they may not see.

    A dossier carries every counted member's panel scores and comments: refused for a conflicted member, and
    for a member below level "all" while someone else has scored the candidate.
    """
    viewer = scorer(session, actor, a.campaign_id)
    if viewer is not None:
        check_viewer_document(session, viewer, a, what)


def check_viewer_document(session: Session, viewer: Viewer, a: Assessment, what: str = "get its dossier") -> None:
    site = session.get(Site, a.site_id)
    code = site.code if site else a.site_id
    if viewer.conflicted(a.site_id):
        raise PermissionDenied(f"{viewer.name} has a conflict of interest with {code} and cannot {what}: it "
                               "shows the panel's scores and comments of that candidate")
    if a.id in others_scored(session, viewer, [a.id]) and level_for(session, viewer, a) != "all":
        raise PermissionDenied(f"{viewer.name} cannot {what} for {code} yet: it shows other members' panel scores "
                               "and comments, which stay hidden from you in this phase")


def check_report(session: Session, actor: str | None, campaign_id: str) -> None:
    """The panel's summary report (every candidate's total) is refused to a member who may not see all of it."""
    viewer = scorer(session, actor, campaign_id)
    if viewer is None:
        return
    rows = session.execute(select(Assessment, Site.code).join(Site, Site.id == Assessment.site_id).where(
        Assessment.campaign_id == campaign_id, Assessment.is_current.is_(True)).order_by(Site.code)).all()
    conflicted = [code for a, code in rows if viewer.conflicted(a.site_id)]
    if conflicted:
        raise PermissionDenied(f"{viewer.name} has a conflict of interest with {', '.join(conflicted)} and cannot "
                               "get the panel's summary report (it shows their totals); ask the secretariat")
    scored = others_scored(session, viewer, [a.id for a, _ in rows])
    blind = [code for a, code in rows if a.id in scored and level_for(session, viewer, a) != "all"]
    if blind:
        raise PermissionDenied(f"{viewer.name} cannot get the panel's summary report yet: totals of "
                               f"{', '.join(blind)} include other members' panel scores hidden from you in "
                               "this phase")


def hide_in_detail(session: Session, actor: str | None, a: Assessment) -> str | None:
    """Why a panel member may not see this assessment's panel aggregate and cached total, or None."""
    viewer = scorer(session, actor, a.campaign_id)
    if viewer is None:
        return None
    if viewer.conflicted(a.site_id):
        return "conflict of interest"
    if level_for(session, viewer, a) != "all":
        return "panel points hidden until your own scores for this candidate are all in"
    return None
