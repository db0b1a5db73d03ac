"""Bridge from stored data to the scoring engine: pinned versions, inputs, score cards, frozen snapshots."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment.db import Database
from assessment.errors import AssessmentError, NotFoundError
from assessment.models import (
    ActivityRecord,
    Assessment,
    Campaign,
    Evidence,
    EvidenceItem,
    Response,
    ScoreSnapshot,
    Site,
)
from scoring import (
    ActivityRecord as ActivityInput,
)
from scoring import (
    AssessmentInputs,
    CriteriaSet,
    FactorSet,
    ScoreCard,
    SiteProfile,
    criteria_code_for_site_type,
    load_criteria_set,
    load_factor_set,
    score,
)

logger = logging.getLogger(__name__)


def get_assessment(session: Session, assessment_id: str) -> Assessment:
    """Kept here (not imported from ops) so that importing this module first never forms an import cycle."""
    a = session.get(Assessment, assessment_id)
    if a is None:
        raise NotFoundError(f"assessment {assessment_id} does not exist")
    return a


def criteria_for(campaign: Campaign, site_type: str) -> CriteriaSet:
    """The criteria set and version the campaign pins for this site type."""
    pinned = (campaign.criteria_versions or {}).get(site_type)
    if pinned:
        code, _, version = pinned.partition("@")
        return load_criteria_set(code, version or None)
    try:
        return load_criteria_set(criteria_code_for_site_type(site_type))
    except Exception as exc:
        raise AssessmentError(f"no criteria set for site type '{site_type}' in campaign {campaign.code}") from exc


def factors_for(campaign: Campaign) -> FactorSet:
    return load_factor_set(campaign.factor_set_version or None)


def panel_aggregate(session: Session, assessment_id: str, method: str = "median") -> dict[str, float]:
    """Aggregated panel points per judgement item (campaign's method; conflicted members excluded)."""
    from assessment.panel.aggregation import aggregate_points

    return aggregate_points(session, assessment_id, method)


def inputs_for(session: Session, a: Assessment) -> AssessmentInputs:
    site = session.get(Site, a.site_id)
    camp = session.get(Campaign, a.campaign_id)
    assert site is not None and camp is not None
    profile = SiteProfile(
        site_type=site.site_type, subtype=site.subtype or "", floor_area_m2=site.floor_area_m2,
        land_area_m2=site.land_area_m2, occupants=site.occupants, green_space_m2=site.green_space_m2,
    )
    rows = session.execute(  # plain column tuples: loading ORM objects costs ~10x more per row
        select(ActivityRecord.carrier, ActivityRecord.month, ActivityRecord.quantity, ActivityRecord.unit,
               ActivityRecord.estimated, ActivityRecord.meter_id)
        .where(ActivityRecord.assessment_id == a.id)
        .order_by(ActivityRecord.carrier, ActivityRecord.meter_id, ActivityRecord.month))
    activity = tuple(ActivityInput(c, m, q, u, bool(e), meter or "") for c, m, q, u, e, meter in rows)
    responses = {r.item_code: r.value for r in session.execute(
        select(Response).where(Response.assessment_id == a.id)).scalars() if r.value is not None}
    evidence = frozenset(session.execute(
        select(EvidenceItem.item_code).join(Evidence, Evidence.id == EvidenceItem.evidence_id)
        .where(Evidence.assessment_id == a.id)).scalars())
    return AssessmentInputs(
        profile=profile, period_start=a.period_start, period_end=a.period_end, activity=activity,
        responses=responses, evidence=evidence, panel=panel_aggregate(session, a.id, camp.aggregation),
        baseline=({"year": float(a.baseline_year or 0), "emissions_t": a.baseline_emissions_t}
                  if a.baseline_emissions_t is not None else {}),
    )


def card_for(session: Session, a: Assessment, overrides: dict[str, Any] | None = None) -> ScoreCard:
    camp = session.get(Campaign, a.campaign_id)
    site = session.get(Site, a.site_id)
    assert camp is not None and site is not None
    return score(inputs_for(session, a), criteria_for(camp, site.site_type), factors_for(camp),
                 overrides=overrides or None)


def compute_score(db: Database, assessment_id: str, overrides: dict[str, Any] | None = None) -> ScoreCard:
    """Score from stored data (what-if overrides are applied in memory only, never stored)."""
    with db.read() as s:
        return card_for(s, get_assessment(s, assessment_id), overrides)


def freeze_snapshot(session: Session, a: Assessment, kind: str, actor: str) -> ScoreSnapshot:
    """Store the card as it is now, with its versions and hash; also cache total/tier for the list."""
    card = card_for(session, a)
    tier = card.tier.code if card.tier else None
    snap = ScoreSnapshot(
        assessment_id=a.id, kind=kind, criteria_code=card.criteria_code,
        criteria_version=card.criteria_version, factor_version=card.factor_version, total=card.total,
        tier=tier, card_json=card.to_json(), card_hash=card.input_hash, created_by=actor,
    )
    session.add(snap)
    a.last_total, a.last_tier = card.total, tier
    session.flush()
    return snap


def refresh_in_session(session: Session, a: Assessment) -> None:
    """Cache total and tier on the assessment; a scoring problem never blocks saving the user's data."""
    try:
        card = card_for(session, a)
    except Exception:  # noqa: BLE001 - the edit must be stored even if the score cannot be computed
        logger.exception("could not score assessment %s; cached score cleared", a.id)
        a.last_total, a.last_tier = None, None
        return
    a.last_total, a.last_tier = card.total, (card.tier.code if card.tier else None)


def refresh_cached_score(db: Database, assessment_id: str) -> ScoreCard:
    """Recompute and cache total/tier for the candidate list (not a snapshot; not audited)."""
    with db.write() as s:
        a = get_assessment(s, assessment_id)
        card = card_for(s, a)
        a.last_total, a.last_tier = card.total, (card.tier.code if card.tier else None)
        return card


def latest_snapshot(session: Session, assessment_id: str, kind: str | None = None) -> ScoreSnapshot | None:
    q = select(ScoreSnapshot).where(ScoreSnapshot.assessment_id == assessment_id)
    if kind:
        q = q.where(ScoreSnapshot.kind == kind)
    return session.execute(q.order_by(ScoreSnapshot.created_at.desc(), ScoreSnapshot.id).limit(1)).scalar()
