"""THE one place that decides what a given person may see of the panel's scores and comments.

Levels per candidate: "none" (nothing), "own" (only one's own scores) or "all" (others' scores,
comments and the aggregate). Rules:
* a conflict of interest (declared, suggested or confirmed) -> "none", in every phase, for everyone;
* no panel or secretariat role -> "none";
* independent phase: scorers "own", the secretariat "none" (it sees completion counts only);
* read and revise phases: a scorer sees "all" once their own scores for that candidate are in, else "own"
  (HotCRP rule: others' scores stay hidden until one's own are in); the secretariat "all";
* decision phase, or a decided candidate: "all".
Scores, aggregates and totals that include panel points leave assessment/panel only through here.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment.models import Assessment, AuditEvent, Campaign, PanelScore, Person, Site
from assessment.panel.access import Viewer
from assessment.panel.aggregation import counted_scores, summarise
from assessment.panel.views import CandidatePanelView, PanelItemView, PanelScoreView, ScoreEvent
from scoring import Item, ScoreCard

REVIEW_STATUSES = ("under_review", "decided")


def panel_items(session: Session, a: Assessment) -> list[Item]:
    """The judgement items that apply to this candidate under the campaign's pinned criteria."""
    from assessment.scores import criteria_for

    camp = session.get(Campaign, a.campaign_id)
    site = session.get(Site, a.site_id)
    assert camp is not None and site is not None
    crit = criteria_for(camp, site.site_type)
    return [i for i in crit.items if i.kind == "panel" and i.applies_to(site.subtype or "")]


def own_scores(session: Session, viewer: Viewer, a: Assessment) -> dict[str, PanelScore]:
    rows = session.execute(select(PanelScore).where(PanelScore.assessment_id == a.id,
                                                    PanelScore.member_id == viewer.person_id)).scalars()
    return {r.item_code: r for r in rows}


def level(viewer: Viewer, a: Assessment, own_complete: bool) -> tuple[str, str]:
    """(level, reason shown when something is hidden)."""
    if viewer.conflicted(a.site_id):
        return "none", "conflict of interest: nothing of this candidate's panel review is shown"
    if not (viewer.is_scorer or viewer.is_secretariat):
        return "none", "only the panel and the secretariat see panel scores"
    if a.status == "decided" or viewer.phase == "decision":
        return "all", ""
    if viewer.phase == "independent":
        if viewer.is_scorer:
            return "own", "independent phase: others' scores stay hidden until the chair opens the read phase"
        return "none", "independent phase: the secretariat sees completion counts only"
    if viewer.is_scorer and not own_complete:
        return "own", "score every judgement item of this candidate first; then others' scores are shown"
    return "all", ""


def _score_view(r: PanelScore, names: dict[str, str], viewer: Viewer) -> PanelScoreView:
    return PanelScoreView(member=names.get(r.member_id, "?"), item_code=r.item_code, points=r.points,
                          comment=r.comment, phase=r.phase, updated_at=r.updated_at,
                          own=r.member_id == viewer.person_id)


def candidate_panel(session: Session, viewer: Viewer, a: Assessment) -> CandidatePanelView:
    """One candidate's judgement items with exactly what this viewer may see."""
    site = session.get(Site, a.site_id)
    assert site is not None
    items = panel_items(session, a)
    mine = own_scores(session, viewer, a) if not viewer.conflicted(a.site_id) else {}
    complete = bool(items) and all(i.code in mine for i in items)
    lvl, why = level(viewer, a, complete)
    can_score = (viewer.is_scorer and lvl != "none" and a.status == "under_review"
                 and viewer.phase in ("independent", "revise"))
    others: dict[str, list[PanelScore]] = {}
    if lvl == "all":
        for r in counted_scores(session, a.id):
            if r.member_id != viewer.person_id:
                others.setdefault(r.item_code, []).append(r)
    ids = {r.member_id for rs in others.values() for r in rs} | {viewer.person_id}
    names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all())
    out = []
    for it in items:
        own = mine.get(it.code) if lvl != "none" else None
        rest = others.get(it.code, [])
        agg = None
        if lvl == "all":
            vals = [r.points for r in rest] + ([own.points] if own is not None else [])
            agg = summarise(it.code, vals, viewer.aggregation, it.max_points)
        out.append(PanelItemView(
            code=it.code, name_zh=it.name_zh, name_en=it.name_en, max_points=it.max_points,
            own=_score_view(own, names, viewer) if own is not None else None,
            others=tuple(_score_view(r, names, viewer) for r in rest), aggregate=agg))
    return CandidatePanelView(
        assessment_id=a.id, site_id=site.id, site_code=site.code, site_name=site.name, site_type=site.site_type,
        status=a.status, level=lvl, hidden_reason=why, can_score=can_score, items=tuple(out),
        own_complete=complete, conflicted=viewer.conflicted(a.site_id))


def viewer_card(session: Session, viewer: Viewer, a: Assessment) -> tuple[ScoreCard | None, str, bool]:
    """(card, source, panel_included): the frozen decision card where one exists, else a live card.

    Below level "all" the card is computed with no panel points at all (items show "awaiting panel"),
    so no total or tier can reveal other members' points. A conflicted viewer gets no card.
    """
    from assessment.scores import card_for, criteria_for, factors_for, inputs_for, latest_snapshot
    from scoring import score

    items = panel_items(session, a)
    mine = own_scores(session, viewer, a)
    lvl, _ = level(viewer, a, bool(items) and all(i.code in mine for i in items))
    if lvl == "none" and viewer.conflicted(a.site_id):
        return None, "hidden", False
    if lvl == "all":
        if a.status == "decided":
            snap = latest_snapshot(session, a.id, "decision")
            if snap is not None:
                return ScoreCard.from_json(snap.card_json), "decision", True
        return card_for(session, a), "live", True
    camp = session.get(Campaign, a.campaign_id)
    site = session.get(Site, a.site_id)
    assert camp is not None and site is not None
    inputs = replace(inputs_for(session, a), panel={})
    return score(inputs, criteria_for(camp, site.site_type), factors_for(camp)), "live-no-panel", False


def score_history(session: Session, viewer: Viewer, a: Assessment) -> list[ScoreEvent]:
    """Audit events of panel scores on this candidate that the viewer may see (own, or all at "all")."""
    view = candidate_panel(session, viewer, a)
    if view.level == "none":
        return []
    events = session.execute(select(AuditEvent).where(AuditEvent.assessment_id == a.id,
                                                      AuditEvent.entity == "panel_score")
                             .order_by(AuditEvent.seq)).scalars()
    rows = {r.id: r for r in session.execute(select(PanelScore).where(PanelScore.assessment_id == a.id)).scalars()}
    counted = {r.id for r in counted_scores(session, a.id)}
    names = dict(session.execute(select(Person.id, Person.name)).all())
    out = []
    for ev in events:
        row = rows.get(ev.entity_id)
        if row is None:
            continue
        own = row.member_id == viewer.person_id
        if not own and (view.level != "all" or row.id not in counted):
            continue
        out.append(ScoreEvent(at=ev.at, member=names.get(row.member_id, "?"), item_code=row.item_code,
                              old=ev.old_value, new=ev.new_value, reason=ev.reason))
    return out


def hide_from_audit(session: Session, viewer: Viewer, events: list[AuditEvent]) -> list[AuditEvent]:
    """Drop panel-score events this viewer may not see (for any audit listing shown to a member)."""
    keep = []
    cache: dict[str, set[str] | None] = {}
    for ev in events:
        if ev.entity != "panel_score" or ev.assessment_id is None:
            keep.append(ev)
            continue
        if ev.assessment_id not in cache:
            a = session.get(Assessment, ev.assessment_id)
            if a is None:
                cache[ev.assessment_id] = set()
            else:
                v = candidate_panel(session, viewer, a)
                cache[ev.assessment_id] = (None if v.level == "all" else
                                           {r.id for r in own_scores(session, viewer, a).values()}
                                           if v.level == "own" else set())
        allowed = cache[ev.assessment_id]
        if allowed is None or ev.entity_id in allowed:
            keep.append(ev)
    return keep
