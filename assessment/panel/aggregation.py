"""Aggregating panel scores per item: median (default), mean or trimmed mean; spread; disagreement flag.

Rules (stated to users in the read view and the CLI):
* median of the members' points (default); ``mean``; ``trimmed_mean`` drops the k highest and k lowest
  points, k = max(1, n // 5), when there are at least 3 scores (otherwise it is the plain mean);
* spread = highest - lowest points; members "disagree strongly" when the spread is at least half
  of the item's maximum points (e.g. 1 and 4 on a 0..6 item);
* scores of a member with a conflict of interest on the candidate never count;
* while the campaign's panel is in the independent phase there is no aggregate for anyone: the scoring
  engine sees the judgement items as awaiting the panel, so no total, cached score, card, list or report
  can reveal members' points early (the panel's own views show each member their own scores).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment.models import Assessment, Campaign, ConflictDeclaration, PanelScore, Person, Site

METHODS = ("median", "mean", "trimmed_mean")
METHOD_NAMES = {"median": ("中位数", "median"), "mean": ("平均值", "mean"),
                "trimmed_mean": ("去掉最高最低后的平均值", "trimmed mean")}
DISAGREEMENT_SHARE = 0.5


@dataclass(frozen=True)
class ItemAggregate:
    item_code: str
    n: int
    value: float | None
    method: str
    low: float | None
    high: float | None
    spread: float | None
    stdev: float | None
    disagreement: bool


def aggregate_values(values: list[float], method: str = "median") -> float | None:
    """One number from the members' points by the campaign's method; None with no scores."""
    if not values:
        return None
    vals = sorted(float(v) for v in values)
    if method == "mean":
        result = statistics.fmean(vals)
    elif method == "trimmed_mean":
        n = len(vals)
        k = max(1, n // 5) if n >= 3 else 0
        result = statistics.fmean(vals[k:n - k])
    elif method == "median":
        result = float(statistics.median(vals))
    else:
        raise ValueError(f"unknown aggregation method {method!r}; use one of {', '.join(METHODS)}")
    return round(result, 4)


def summarise(item_code: str, values: list[float], method: str, max_points: float) -> ItemAggregate:
    if not values:
        return ItemAggregate(item_code, 0, None, method, None, None, None, None, False)
    lo, hi = min(values), max(values)
    spread = hi - lo
    stdev = round(statistics.pstdev(values), 4) if len(values) > 1 else 0.0
    strong = len(values) > 1 and max_points > 0 and spread >= DISAGREEMENT_SHARE * max_points
    return ItemAggregate(item_code, len(values), aggregate_values(values, method), method, lo, hi, spread,
                         stdev, strong)


def conflicted_members(session: Session, site: Site, campaign_id: str, member_ids: set[str]) -> set[str]:
    """Members among ``member_ids`` whose scores must not count for this site."""
    from assessment.panel.access import BLOCKING_STATUSES, suggestion_reason

    rows = dict(session.execute(select(ConflictDeclaration.person_id, ConflictDeclaration.status).where(
        ConflictDeclaration.campaign_id == campaign_id, ConflictDeclaration.site_id == site.id)).all())
    out = {pid for pid, st in rows.items() if st in BLOCKING_STATUSES and pid in member_ids}
    for pid in member_ids - set(rows):
        person = session.get(Person, pid)
        if person is not None and suggestion_reason(session, person, site):
            out.add(pid)
    return out


def counted_scores(session: Session, assessment_id: str) -> list[PanelScore]:
    """The panel scores of an assessment that count (conflicted members left out)."""
    a = session.get(Assessment, assessment_id)
    if a is None:
        return []
    rows = list(session.execute(select(PanelScore).where(PanelScore.assessment_id == assessment_id)
                                .order_by(PanelScore.item_code, PanelScore.member_id)).scalars())
    site = session.get(Site, a.site_id)
    assert site is not None
    excluded = conflicted_members(session, site, a.campaign_id, {r.member_id for r in rows})
    return [r for r in rows if r.member_id not in excluded]


def aggregate_points(session: Session, assessment_id: str, method: str = "median") -> dict[str, float]:
    """Aggregated points per judgement item, for the scoring engine (none during independent scoring)."""
    a = session.get(Assessment, assessment_id)
    if a is None:
        return {}
    camp = session.get(Campaign, a.campaign_id)
    if camp is None or (camp.panel_phase or "independent") == "independent" and a.status != "decided":
        return {}
    by_item: dict[str, list[float]] = {}
    for r in counted_scores(session, assessment_id):
        by_item.setdefault(r.item_code, []).append(r.points)
    out = {}
    for code, vals in by_item.items():
        v = aggregate_values(vals, method)
        if v is not None:
            out[code] = v
    return out
