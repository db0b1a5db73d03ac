"""Member scoring: one's own sheet, scoring a judgement item, the read view, progress for the chair."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment import audit
from assessment.db import Database
from assessment.errors import NotFoundError, PermissionDenied, ValidationError, WorkflowError
from assessment.models import Assessment, PanelScore, Site, utcnow
from assessment.ops.common import current_assessment, find_site
from assessment.panel.access import Viewer, require, require_not_conflicted, resolve
from assessment.panel.views import CandidatePanelView, PanelStatus, ScoreEvent, SheetRow
from assessment.panel.visibility import (
    REVIEW_STATUSES,
    candidate_panel,
    own_scores,
    panel_items,
    score_history,
)


def candidates(session: Session, viewer: Viewer, statuses: tuple[str, ...] = REVIEW_STATUSES) -> list[Assessment]:
    """The campaign's current assessments in panel review (or decided), ordered by site code."""
    q = (select(Assessment).join(Site, Site.id == Assessment.site_id)
         .where(Assessment.campaign_id == viewer.campaign_id, Assessment.is_current.is_(True),
                Assessment.status.in_(statuses)).order_by(Site.code))
    return list(session.execute(q).scalars())


def find_candidate(session: Session, viewer: Viewer, site_ref: str) -> Assessment:
    site = find_site(session, site_ref)
    a = current_assessment(session, site, viewer.campaign_id)
    if a.status not in REVIEW_STATUSES:
        raise NotFoundError(f"{site.code} is not before the panel (its assessment is {a.status.replace('_', ' ')})")
    return a


def check_points(item_code: str, points: object, max_points: float) -> float:
    if isinstance(points, bool) or not isinstance(points, int | float):
        try:
            points = float(str(points).strip())
        except ValueError:
            raise ValidationError(f"{item_code} points", points, "must be a number") from None
    value = float(points)
    if not 0 <= value <= max_points:
        raise ValidationError(f"{item_code} points", points, f"must be between 0 and {max_points:g}")
    if abs(value * 2 - round(value * 2)) > 1e-9:
        raise ValidationError(f"{item_code} points", points, "use whole or half points (e.g. 4 or 4.5)")
    return value


def apply_score(s: Session, viewer: Viewer, a: Assessment, item_code: str, points: object,
                comment: str | None, reason: str | None, *, source: str = "app") -> PanelScore:
    """Every rule for storing one member's score, inside the caller's transaction."""
    site = s.get(Site, a.site_id)
    assert site is not None
    require(viewer, {"panel_member", "panel_chair"}, "score candidates")
    require_not_conflicted(viewer, site, "score it")
    if a.status == "decided":
        raise WorkflowError(f"{site.code} is decided; no scoring after the decision")
    if a.status != "under_review":
        raise WorkflowError(f"{site.code} is not under review")
    if viewer.phase not in ("independent", "revise"):
        raise WorkflowError(f"scores cannot be entered or changed in the {viewer.phase} phase "
                            "(only in the independent and revise phases)")
    items = {i.code: i for i in panel_items(s, a)}
    if item_code not in items:
        raise ValidationError("item", item_code, f"is not a panel judgement item of {site.code} "
                              f"(items: {', '.join(items) or 'none'})")
    value = check_points(item_code, points, items[item_code].max_points)
    comment = (comment or "").strip() or None
    row = own_scores(s, viewer, a).get(item_code)
    old = None if row is None else {"points": row.points, "comment": row.comment}
    new = {"points": value, "comment": comment}
    if old == new:
        return row  # type: ignore[return-value]
    if row is None:
        row = PanelScore(assessment_id=a.id, member_id=viewer.person_id, item_code=item_code, points=value,
                         comment=comment, phase=viewer.phase)
        s.add(row)
    else:
        row.points, row.comment, row.phase, row.updated_at = value, comment, viewer.phase, utcnow()
    s.flush()
    audit.record(s, actor=viewer.name, action="panel_score" if source == "app" else f"panel_score_{source}",
                 entity="panel_score", entity_id=row.id, assessment_id=a.id, field=item_code, old=old, new=new,
                 reason=(reason or "").strip() or None)
    return row


def score_item(db: Database, actor: str, site_ref: str, item_code: str, points: object,
               comment: str | None = None, *, campaign: str | None = None, reason: str | None = None
               ) -> CandidatePanelView:
    """A member scores one judgement item (0..max) with a comment; returns what they may now see."""
    with db.write() as s:
        viewer = resolve(s, actor, campaign)
        a = find_candidate(s, viewer, site_ref)
        apply_score(s, viewer, a, item_code, points, comment, reason)
        return candidate_panel(s, viewer, a)


def my_sheet(db: Database, actor: str, campaign: str | None = None) -> list[SheetRow]:
    """The member's own scoring sheet: every judgement item of every candidate they may score."""
    with db.read() as s:
        viewer = resolve(s, actor, campaign)
        require(viewer, {"panel_member", "panel_chair"}, "open a scoring sheet")
        rows = []
        for a in candidates(s, viewer):
            site = s.get(Site, a.site_id)
            assert site is not None
            if viewer.conflicted(site.id):
                continue
            mine = own_scores(s, viewer, a)
            editable = a.status == "under_review" and viewer.phase in ("independent", "revise")
            note = ("decided" if a.status == "decided" else "" if editable
                    else f"read-only in the {viewer.phase} phase")
            for it in panel_items(s, a):
                r = mine.get(it.code)
                rows.append(SheetRow(a.id, site.code, site.name, site.site_type, it.code, it.name_zh, it.name_en,
                                     it.max_points, r.points if r else None, r.comment if r else None,
                                     editable, note))
        return rows


def candidate_views(db: Database, actor: str, campaign: str | None = None) -> list[CandidatePanelView]:
    """The read view: every candidate before the panel, each filtered for this viewer."""
    with db.read() as s:
        viewer = resolve(s, actor, campaign)
        return [candidate_panel(s, viewer, a) for a in candidates(s, viewer)]


def candidate_view(db: Database, actor: str, site_ref: str, campaign: str | None = None) -> CandidatePanelView:
    with db.read() as s:
        viewer = resolve(s, actor, campaign)
        return candidate_panel(s, viewer, find_candidate(s, viewer, site_ref))


def history(db: Database, actor: str, site_ref: str, campaign: str | None = None) -> list[ScoreEvent]:
    """Changes to the scores of one candidate that this viewer may see (revisions are kept)."""
    with db.read() as s:
        viewer = resolve(s, actor, campaign)
        return score_history(s, viewer, find_candidate(s, viewer, site_ref))


def status(db: Database, actor: str, campaign: str | None = None) -> PanelStatus:
    """Phase, method and, for the chair and secretariat, how many items each scorer has done (no values)."""
    from assessment.models import CampaignMember, Person

    with db.read() as s:
        viewer = resolve(s, actor, campaign)
        progress: dict[str, str] = {}
        if viewer.is_chair or viewer.is_secretariat:
            scorers = s.execute(select(Person).join(CampaignMember, CampaignMember.person_id == Person.id).where(
                CampaignMember.campaign_id == viewer.campaign_id,
                CampaignMember.role.in_(("panel_member", "panel_chair"))).order_by(Person.name)
            ).scalars().unique().all()
            cands = candidates(s, viewer, ("under_review",))
            items = {a.id: [i.code for i in panel_items(s, a)] for a in cands}
            for p in scorers:
                member = resolve(s, p.name, viewer.campaign_id)
                due = done = 0
                for a in cands:
                    if member.conflicted(a.site_id):
                        continue
                    mine = own_scores(s, member, a)
                    due += len(items[a.id])
                    done += sum(1 for c in items[a.id] if c in mine)
                progress[p.name] = f"{done}/{due}"
        elif not viewer.roles & {"panel_member", "panel_chair", "secretariat"}:
            raise PermissionDenied(f"{viewer.name} is not on the panel of {viewer.campaign_code}")
        return PanelStatus(viewer.campaign_code, viewer.phase, viewer.aggregation, tuple(sorted(viewer.roles)),
                           viewer.name, progress)


def visible_card(db: Database, actor: str, assessment_id: str) -> tuple[Any, str]:
    """The score card of a candidate as this person may see it: (card or None, source).

    source: "decision" (the frozen card), "live", "live-no-panel" (panel points left out) or "hidden"
    (conflict of interest). For any screen outside the panel window that shows a panel member a card.
    """
    from assessment.ops.common import get_assessment
    from assessment.panel.visibility import viewer_card

    with db.read() as s:
        a = get_assessment(s, assessment_id)
        viewer = resolve(s, actor, a.campaign_id)
        card, source, _ = viewer_card(s, viewer, a)
        return card, source
