"""Ranking per site type and overall, award quotas and the shortlist, as one viewer may see them."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from assessment.db import Database
from assessment.models import Assessment, Site
from assessment.panel.access import Viewer, campaign_for, resolve
from assessment.panel.aggregation import METHOD_NAMES
from assessment.panel.decisions import decisions_for, what_if
from assessment.panel.scoring_ops import candidates
from assessment.panel.visibility import viewer_card
from assessment.scores import latest_snapshot
from scoring import load_criteria_set

TIE_BREAK_EN = ("Ordered by total score, higher first; equal totals are ordered by the panel-judgement "
                "points, higher first; candidates equal on both share the rank (marked =) and are listed by "
                "site code. Decided candidates rank on their frozen decision score.")
TIE_BREAK_ZH = ("按总分从高到低排序；总分相同时，专家评议得分高者在前；两者均相同则并列（标 =），按场地编号列出。"
                "已决定的候选按决定时冻结的得分排名。")


@dataclass(frozen=True)
class RankRow:
    rank: int | None
    tied: bool
    site_code: str
    site_name: str
    site_type: str
    status: str
    outcome: str | None
    total: float | None
    tier: str | None
    panel_points: float | None
    source: str  # "decision" (frozen), "live", or "live-no-panel"
    criteria_version: str
    factor_version: str
    what_if_total: float | None = None
    what_if_tier: str | None = None
    tier_name_zh: str = ""
    tier_name_en: str = ""
    eligible: bool = False
    shortlisted: bool = False
    note: str = ""


@dataclass(frozen=True)
class Ranking:
    campaign: str
    viewer: str
    phase: str
    aggregation: str
    panel_included: bool
    tie_break_en: str
    tie_break_zh: str
    overall: tuple[RankRow, ...]
    by_type: dict[str, tuple[RankRow, ...]]
    quotas: dict[str, int]
    awarded: dict[str, int]
    hidden: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


def rank_key(row: RankRow) -> tuple[float, float]:
    return (-(row.total if row.total is not None else float("-inf")), -(row.panel_points or 0.0))


def assign_ranks(rows: list[RankRow]) -> list[RankRow]:
    """Competition ranking (1, 2, 2, 4) on (total, panel points); rows without a total get no rank."""
    ordered = sorted(rows, key=lambda r: (r.total is None, *rank_key(r), r.site_code))
    out: list[RankRow] = []
    for i, r in enumerate(ordered):
        if r.total is None:
            out.append(_with(r, rank=None, tied=False))
            continue
        prev = out[-1] if out else None
        same_as_prev = prev is not None and prev.total is not None and rank_key(prev) == rank_key(r)
        rank = prev.rank if same_as_prev and prev is not None else i + 1
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        tied = same_as_prev or (nxt is not None and nxt.total is not None and rank_key(nxt) == rank_key(r))
        out.append(_with(r, rank=rank, tied=tied))
    return out


def _with(r: RankRow, **kw: object) -> RankRow:
    from dataclasses import replace

    return replace(r, **kw)  # type: ignore[arg-type]


def shortlist(rows: list[RankRow], quota: int) -> list[RankRow]:
    """The top ``quota`` candidates that reached a tier; a tie at the boundary takes all tied, flagged."""
    eligible = [r for r in rows if r.rank is not None and r.eligible and r.outcome not in ("not_awarded",)]
    chosen = eligible[:quota]
    if chosen and len(eligible) > quota and rank_key(eligible[quota]) == rank_key(chosen[-1]):
        chosen += [r for r in eligible[quota:] if rank_key(r) == rank_key(chosen[-1])]
    picked = {r.site_code for r in chosen}
    boundary_tie = len(chosen) > quota
    out = []
    for r in rows:
        note = r.note
        if r.site_code in picked and boundary_tie and r.tied:
            note = (note + "; " if note else "") + "tie at the quota boundary: the panel must choose"
        elif r.rank is not None and not r.eligible:
            note = (note + "; " if note else "") + "top tier not reached: not eligible for the shortlist"
        out.append(_with(r, shortlisted=r.site_code in picked, note=note))
    return out


def row_for(session: Session, viewer: Viewer, a: Assessment, site: Site, outcome: str | None) -> RankRow:
    card, source, _ = viewer_card(session, viewer, a)
    assert card is not None
    panel_pts = sum(i.points for i in card.items if i.kind == "panel") if source != "live-no-panel" else None
    wi_total = wi_tier = None
    note = "panel points hidden" if source == "live-no-panel" else ""
    if source == "decision":
        snap = latest_snapshot(session, a.id, "decision")
        assert snap is not None
        wi = what_if(session, a, snap)
        wi_total, wi_tier = wi.total, wi.tier
        if wi.changed:
            note = f"what-if under criteria {wi.criteria_version} / factors {wi.factor_version}"
    top = load_criteria_set(card.criteria_code, card.criteria_version).tiers[0].code
    tier = card.tier.code if card.tier else None
    return RankRow(rank=None, tied=False, site_code=site.code, site_name=site.name, site_type=site.site_type,
                   status=a.status, outcome=outcome if source != "live-no-panel" else None, total=card.total,
                   tier=tier, panel_points=panel_pts, source=source, eligible=tier == top,
                   tier_name_zh=card.tier.name_zh if card.tier else "",
                   tier_name_en=card.tier.name_en if card.tier else "",
                   criteria_version=card.criteria_version, factor_version=card.factor_version,
                   what_if_total=wi_total, what_if_tier=wi_tier, note=note)


def compute_ranking(session: Session, viewer: Viewer) -> Ranking:
    camp = campaign_for(session, viewer.campaign_id)
    decided = decisions_for(session, camp)
    rows, hidden = [], []
    for a in candidates(session, viewer):
        site = session.get(Site, a.site_id)
        assert site is not None
        if viewer.conflicted(site.id):
            hidden.append(site.code)
            continue
        d = decided.get(a.id)
        rows.append(row_for(session, viewer, a, site, d.outcome if d else None))
    quotas = {str(k): int(v) for k, v in (camp.award_quotas or {}).items()}
    by_type: dict[str, tuple[RankRow, ...]] = {}
    for t in sorted({r.site_type for r in rows}):
        ranked = assign_ranks([r for r in rows if r.site_type == t])
        by_type[t] = tuple(shortlist(ranked, quotas.get(t, 0)))
    flags = {r.site_code: r for rs in by_type.values() for r in rs}
    overall = tuple(_with(r, shortlisted=flags[r.site_code].shortlisted, note=flags[r.site_code].note)
                    for r in assign_ranks(rows))
    awarded: dict[str, int] = {}
    for r in rows:
        if r.outcome == "awarded":
            awarded[r.site_type] = awarded.get(r.site_type, 0) + 1
    panel_included = all(r.source != "live-no-panel" for r in rows)
    notes = [] if panel_included else ["Panel points are left out where you may not see them yet "
                                       "(independent phase, or your own scores are not all in)."]
    if hidden:
        notes.append(f"{len(hidden)} candidate(s) not shown: conflict of interest. Ranks count only the "
                     "candidates shown here.")
    method = METHOD_NAMES.get(viewer.aggregation, (viewer.aggregation, viewer.aggregation))
    return Ranking(camp.code, viewer.name, viewer.phase, method[1], panel_included, TIE_BREAK_EN, TIE_BREAK_ZH,
                   overall, by_type, quotas, awarded, tuple(hidden), tuple(notes))


def ranking(db: Database, actor: str, campaign: str | None = None) -> Ranking:
    """The ranking this person may see (conflicted candidates left out; panel points only when visible)."""
    with db.read() as s:
        return compute_ranking(s, resolve(s, actor, campaign))
