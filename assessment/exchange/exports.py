"""Exports of site data, monthly data, score cards, the ranking and a comparison, to .xlsx or CSV."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from assessment.db import Database
from assessment.errors import ValidationError
from assessment.exchange.tables import write_table
from assessment.fields import SITE_FIELDS
from assessment.models import ActivityRecord, Assessment, Site
from assessment.ops.common import find_campaign, find_site

EXPORTS = ("sites", "activity", "scores", "ranking", "compare")


@dataclass(frozen=True)
class ExportDone:
    path: Path
    rows: int


def _candidates(s: Any, campaign_id: str, sites: list[str]) -> list[tuple[Site, Assessment]]:
    q = (select(Site, Assessment).join(Assessment, Assessment.site_id == Site.id)
         .where(Assessment.campaign_id == campaign_id, Assessment.is_current.is_(True)).order_by(Site.code))
    if sites:
        ids = [find_site(s, ref).id for ref in sites]
        q = q.where(Site.id.in_(ids))
    return [(site, a) for site, a in s.execute(q).all()]


def site_table(db: Database, campaign: str | None, sites: list[str]) -> tuple[list[str], list[list[Any]]]:
    headers = ["场地编号 Site code", *(f"{f.label_zh} {f.label_en}" for f in SITE_FIELDS), "状态 Status",
               "报告期 Period"]
    with db.read() as s:
        camp = find_campaign(s, campaign)
        rows = [[site.code, *(getattr(site, f.name) for f in SITE_FIELDS), a.status,
                 f"{a.period_start}..{a.period_end}"] for site, a in _candidates(s, camp.id, sites)]
    return headers, rows


def activity_table(db: Database, campaign: str | None, sites: list[str]) -> tuple[list[str], list[list[Any]]]:
    headers = ["场地编号 Site code", "能源/资源品种 Carrier", "表计编号 Meter id", "月份 Month", "数量 Quantity",
               "单位 Unit", "数据来源 Source", "估算 Estimated", "备注 Note"]
    out = []
    with db.read() as s:
        camp = find_campaign(s, campaign)
        for site, a in _candidates(s, camp.id, sites):
            recs = s.execute(select(ActivityRecord).where(ActivityRecord.assessment_id == a.id).order_by(
                ActivityRecord.carrier, ActivityRecord.meter_id, ActivityRecord.month)).scalars()
            out += [[site.code, r.carrier, r.meter_id, r.month, r.quantity, r.unit, r.source,
                     "是" if r.estimated else "否", r.note] for r in recs]
    return headers, out


def score_tables(db: Database, campaign: str | None, sites: list[str], actor: str | None = None
                 ) -> list[tuple[str, list[str], list[Any]]]:
    """Score cards as the actor may see them: a panel member's conflicted candidates are left out and panel
    points they may not see yet are not included (assessment.panel.guard)."""
    from assessment.panel.guard import card_in_session

    summary_h = ["场地编号 Site code", "名称 Name", "类型 Type", "状态 Status", "总分 Total", "满分 Max", "等级 Tier",
                 "评价标准 Criteria", "排放因子 Factors"]
    items_h = ["场地编号 Site code", "条目 Item", "名称 Name", "类别 Category", "状态 Status", "输入 Input",
               "得分 Points", "满分 Max points", "说明 Explanation"]
    summary, items = [], []
    with db.read() as s:
        camp = find_campaign(s, campaign)
        for site, a in _candidates(s, camp.id, sites):
            card, _source = card_in_session(s, actor, a)
            if card is None:
                continue
            summary.append([site.code, site.name, site.site_type, a.status, round(card.total, 2), card.max_total,
                            card.tier.name_zh if card.tier else None, f"{card.criteria_code} {card.criteria_version}",
                            card.factor_version])
            for cat in card.categories:
                items.append([site.code, cat.code, f"{cat.name_zh} / {cat.name_en}", "(category)", "",
                              None, cat.points, cat.max_points, cat.note_zh or None])
            for it in card.items:
                items.append([site.code, it.code, f"{it.name_zh} / {it.name_en}", it.category, it.status,
                              it.input_value, it.points, it.max_points, it.explanation_zh])
    return [("评分 Scores", summary_h, summary), ("条目 Items", items_h, items)]


def ranking_table(db: Database, campaign: str | None, sites: list[str], actor: str | None = None
                  ) -> tuple[list[str], list[list[Any]]]:
    """Candidates by total within each site type (ties share a rank); 'no score' states why.

    Totals go through the panel's visibility filter (``visibility.viewer_card``, as in the panel ranking):
    a conflicted member's candidates are left out, and panel points are included only for viewers at level
    "all" (everyone else, also people outside the panel, gets totals without panel points).
    """
    from assessment.panel.guard import any_viewer
    from assessment.panel.visibility import viewer_card

    headers = ["类型 Type", "名次 Rank", "场地编号 Site code", "名称 Name", "总分 Total", "等级 Tier", "状态 Status"]
    with db.read() as s:
        camp = find_campaign(s, campaign)
        scored = []
        viewer = any_viewer(s, actor, camp.id)
        for site, a in _candidates(s, camp.id, sites):
            if viewer.conflicted(site.id):
                continue
            card, _source, _ = viewer_card(s, viewer, a)
            assert card is not None
            scored.append((site.site_type, round(card.total, 2), site, a, card))
    rows: list[list[Any]] = []
    for site_type in sorted({x[0] for x in scored}):
        group = sorted((x for x in scored if x[0] == site_type), key=lambda x: (-x[1], x[2].code))
        rank, last = 0, None
        for n, (_t, total, site, a, card) in enumerate(group, 1):
            if total != last:
                rank, last = n, total
            rows.append([site_type, rank, site.code, site.name, total, card.tier.name_zh if card.tier else None,
                         a.status])
    return headers, rows


def compare_table(db: Database, actor: str, campaign: str | None, sites: list[str]
                  ) -> tuple[list[str], list[list[Any]]]:
    from assessment.panel.comparison import compare

    cmp = compare(db, actor, sites, campaign)
    headers = ["部分 Section", "指标 Key", "名称 Name", "单位 Unit", *(f"{c.site_code} {c.site_name}"
                                                                    for c in cmp.columns)]
    rows = [[r.section, r.key, f"{r.label_zh} / {r.label_en}", r.unit, *r.values] for r in cmp.rows]
    return headers, rows


def export_table(db: Database, what: str, out: Path | str, *, campaign: str | None = None,
                 sites: list[str] | None = None, actor: str = "cli") -> ExportDone:
    sites = sites or []
    if what not in EXPORTS:
        raise ValidationError("export", what, f"must be one of: {', '.join(EXPORTS)}")
    if what == "scores":
        sheets = score_tables(db, campaign, sites, actor)
    else:
        fn = {"sites": site_table, "activity": activity_table, "ranking": ranking_table}.get(what)
        if fn is None:
            headers, rows = compare_table(db, actor, campaign, sites)
        elif what == "ranking":
            headers, rows = ranking_table(db, campaign, sites, actor)
        else:
            headers, rows = fn(db, campaign, sites)
        sheets = [({"sites": "场地 Sites", "activity": "月度数据 Monthly data", "ranking": "排名 Ranking",
                    "compare": "对比 Comparison"}[what], headers, rows)]
    n = write_table(out, sheets)
    return ExportDone(Path(out), n)
