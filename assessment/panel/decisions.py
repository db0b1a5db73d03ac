"""Recording the panel's decision (frozen snapshot) and showing it beside a what-if under newer versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment.db import Database
from assessment.errors import PermissionDenied, ValidationError
from assessment.models import Assessment, Campaign, CampaignMember, Decision, ScoreSnapshot, Site
from assessment.ops.workflow import decide
from assessment.panel.access import require, require_not_conflicted, require_phase, resolve
from assessment.panel.scoring_ops import find_candidate
from assessment.panel.visibility import level
from scoring import ScoreCard, list_factor_sets, load_criteria_set, load_factor_set, score


@dataclass(frozen=True)
class WhatIf:
    """The same candidate re-scored under the newest criteria and factors; never replaces the decision."""

    total: float
    tier: str | None
    criteria_version: str
    factor_version: str
    changed: bool


@dataclass(frozen=True)
class DecisionView:
    site_code: str
    site_name: str
    outcome: str
    votes_for: int
    votes_against: int
    votes_abstain: int
    rationale: str | None
    decided_by: str | None
    decided_at: datetime
    total: float | None
    tier: str | None
    criteria_code: str
    criteria_version: str
    factor_version: str
    card_hash: str
    what_if: WhatIf | None


def eligible_voters(session: Session, a: Assessment) -> int:
    """Panel members and the chair without a conflict on this candidate."""
    from assessment.panel.aggregation import conflicted_members

    ids = set(session.execute(select(CampaignMember.person_id).where(
        CampaignMember.campaign_id == a.campaign_id,
        CampaignMember.role.in_(("panel_member", "panel_chair")))).scalars())
    site = session.get(Site, a.site_id)
    assert site is not None
    return len(ids - conflicted_members(session, site, a.campaign_id, ids))


def record_decision(db: Database, actor: str, site_ref: str, outcome: str, *, votes_for: int = 0,
                    votes_against: int = 0, votes_abstain: int = 0, rationale: str | None = None,
                    campaign: str | None = None) -> DecisionView:
    """Chair or secretariat record the outcome, the vote tally and the rationale (decision phase only)."""
    if not (rationale or "").strip():
        raise ValidationError("rationale", rationale or "", "state the panel's reasons; an appeal will read them")
    with db.read() as s:
        viewer = resolve(s, actor, campaign)
        a_id = find_candidate(s, viewer, site_ref).id

    def check(s: Session, a: Assessment) -> None:
        v = resolve(s, actor, a.campaign_id)
        require(v, {"panel_chair", "secretariat"}, "record a decision")
        require_phase(v, ("decision",), "record a decision")
        site = s.get(Site, a.site_id)
        assert site is not None
        require_not_conflicted(v, site, "record its decision")
        n = eligible_voters(s, a)
        cast = votes_for + votes_against + votes_abstain
        if cast > n:
            raise ValidationError("votes", cast, f"more votes than the {n} panel member(s) without a conflict")

    decide(db, actor, a_id, outcome, votes_for=votes_for, votes_against=votes_against,
           votes_abstain=votes_abstain, rationale=rationale, check=check)
    return decision_view(db, actor, site_ref, campaign)


def what_if(session: Session, a: Assessment, snap: ScoreSnapshot) -> WhatIf:
    """Re-score with the newest criteria version of the same set and the newest factor set."""
    from assessment.scores import inputs_for

    crit = load_criteria_set(snap.criteria_code)
    factors = load_factor_set(list_factor_sets()[-1].version)
    card = score(inputs_for(session, a), crit, factors)
    tier = card.tier.code if card.tier else None
    changed = (round(card.total, 4) != round(snap.total or 0.0, 4) or tier != snap.tier
               or crit.version != snap.criteria_version or factors.version != snap.factor_version)
    return WhatIf(card.total, tier, crit.version, factors.version, changed)


def _view(session: Session, a: Assessment, d: Decision) -> DecisionView:
    site = session.get(Site, a.site_id)
    snap = session.get(ScoreSnapshot, d.snapshot_id) if d.snapshot_id else None
    assert site is not None and snap is not None
    return DecisionView(site.code, site.name, d.outcome, d.votes_for, d.votes_against, d.votes_abstain,
                        d.rationale, d.decided_by, d.decided_at, snap.total, snap.tier, snap.criteria_code,
                        snap.criteria_version, snap.factor_version, snap.card_hash, what_if(session, a, snap))


def decision_view(db: Database, actor: str, site_ref: str, campaign: str | None = None) -> DecisionView:
    """The recorded decision with its frozen score; refused to a conflicted viewer."""
    with db.read() as s:
        viewer = resolve(s, actor, campaign)
        a = find_candidate(s, viewer, site_ref)
        lvl, why = level(viewer, a, True)
        if lvl != "all":
            raise PermissionDenied(f"{viewer.name} cannot see this decision: {why}")
        d = s.execute(select(Decision).where(Decision.assessment_id == a.id)).scalar()
        if d is None:
            raise ValidationError("site", site_ref, "has no decision yet")
        return _view(s, a, d)


def frozen_card(session: Session, a: Assessment) -> ScoreCard | None:
    from assessment.scores import latest_snapshot

    snap = latest_snapshot(session, a.id, "decision")
    return ScoreCard.from_json(snap.card_json) if snap is not None else None


def decisions_for(session: Session, campaign: Campaign) -> dict[str, Decision]:
    rows = session.execute(select(Decision).join(Assessment, Assessment.id == Decision.assessment_id)
                           .where(Assessment.campaign_id == campaign.id)).scalars()
    return {d.assessment_id: d for d in rows}

