"""The panel's summary report of a campaign: data gathered here (ranking, awards, votes), then laid out.

Ranking rule (the same as ``assessment.panel.ranking``): total score, higher first; equal totals by the
panel-judgement points, higher first; equal on both share the rank. Each candidate's total is the one its
dossier shows (decision snapshot, submission snapshot, or the live card of a draft, marked provisional).
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, LongTable, NextPageTemplate, PageBreak, Spacer, Table
from sqlalchemy import select

from assessment.db import Database
from assessment.dossier import charts
from assessment.dossier import data as d
from assessment.dossier.fingerprint import campaign_fingerprint, fingerprint_for
from assessment.dossier.fonts import FontInfo, register_font
from assessment.dossier.kit import Kit, num
from assessment.dossier.labels import OUTCOMES, PROVISIONAL, SITE_TYPES, STATUSES
from assessment.dossier.render_dossier import decor_for, metadata
from assessment.dossier.styles import table_style
from assessment.dossier.templates import BODY_W, SectionDoc, canvas_class
from assessment.models import Assessment, Campaign, Decision, Site
from assessment.ops.common import find_campaign
from scoring import ScoreCard

NO_TIER: d.Bi = ("未达等级", "no tier")


def build_summary(db: Database, campaign: str | None, lang: str = "both", *, font: str | None = None,
                  issued_on: date | None = None) -> d.SummaryData:
    register_font(font)
    with db.read() as s:
        camp: Campaign = find_campaign(s, campaign)
        pairs = s.execute(select(Assessment, Site).join(Site, Site.id == Assessment.site_id)
                          .where(Assessment.campaign_id == camp.id, Assessment.is_current.is_(True))
                          .order_by(Site.code)).all()
        decisions = {x.assessment_id: x for x in s.execute(select(Decision).join(
            Assessment, Assessment.id == Decision.assessment_id).where(Assessment.campaign_id == camp.id)).scalars()}
        raw = []
        fps = []
        for a, site in pairs:
            fp, basis, _ = fingerprint_for(s, a)
            fps.append((a.id, fp))
            card = ScoreCard.from_json(basis.card_json)
            panel_pts = sum(i.points for i in card.items if i.kind == "panel")
            raw.append((a, site, card, basis.provisional, panel_pts, decisions.get(a.id)))
    rows_by_type: dict[str, list[d.RankRow]] = {}
    chart_vals: dict[str, list[tuple[str, float]]] = {}
    for t in sorted({site.site_type for _, site, *_ in raw}):
        group = sorted([x for x in raw if x[1].site_type == t], key=lambda x: (-x[2].total, -x[4], x[1].code))
        ranked: list[d.RankRow] = []
        prev_key, prev_rank = None, 0
        for i, (a, site, card, prov, pts, dec) in enumerate(group, start=1):
            rank_key = (card.total, pts)
            rank = prev_rank if rank_key == prev_key else i
            prev_key, prev_rank = rank_key, rank
            tier = (card.tier.name_zh, card.tier.name_en) if card.tier else NO_TIER
            if prov:
                tier = (f"{tier[0]}（{PROVISIONAL[0]}）", f"{tier[1]} ({PROVISIONAL[1]})")
            vote_text = f"{dec.votes_for} / {dec.votes_against} / {dec.votes_abstain}" if dec else "—"
            ranked.append(d.RankRow(rank, site.code, site.name, card.total, tier,
                                    STATUSES.get(a.status, (a.status, a.status)),
                                    OUTCOMES.get(a.outcome or "", ("—", "—")), vote_text))
        rows_by_type[t] = ranked
        chart_vals[t] = [(r.site_code, r.total or 0.0) for r in ranked]
    quotas = {str(k): int(v) for k, v in (camp.award_quotas or {}).items()}
    tables = tuple(d.RankTable(SITE_TYPES.get(t, (t, t)), quotas.get(t), tuple(rs)) for t, rs in rows_by_type.items())
    all_rows = [r for rs in rows_by_type.values() for r in rs]
    awards = tuple(r for r in all_rows if r.outcome == OUTCOMES["awarded"])
    votes = tuple(r for r in all_rows if r.votes != "—")
    counts: list[tuple[d.Bi, int]] = [(("候选总数", "Candidates"), len(raw))]
    for st in ("draft", "submitted", "under_review", "decided"):
        counts.append((STATUSES[st], sum(1 for x in raw if x[0].status == st)))
    counts.append((("授予", "Awarded"), len(awards)))
    outcome_mix = tuple(d.Slice(OUTCOMES[o], float(sum(1 for x in raw if x[0].outcome == o))) for o in OUTCOMES)
    outcome_mix += (d.Slice(("未决定", "undecided"), float(sum(1 for x in raw if not x[0].outcome))),)
    tiers: dict[d.Bi, int] = {}
    for _, _, card, *_ in raw:
        tier_name: d.Bi = (card.tier.name_zh, card.tier.name_en) if card.tier else NO_TIER
        tiers[tier_name] = tiers.get(tier_name, 0) + 1
    fp = campaign_fingerprint(fps)
    return d.SummaryData(
        lang=lang, number=f"S-{camp.code}-{fp[:8].upper()}", fingerprint=fp, campaign_code=camp.code,
        campaign_name=camp.name, issued_on=(issued_on or date.today()).isoformat(),
        ranking_method=("按总分从高到低排序；总分相同时专家评议得分高者在前；两者均相同则并列。",
                        "Ordered by total score, higher first; equal totals by the panel-judgement points; "
                        "equal on both share the rank."),
        counts=tuple(counts), tables=tables, awards=awards, votes=votes,
        totals_chart=tuple(d.Series(SITE_TYPES.get(t, (t, t)), tuple(v for _, v in vals))
                           for t, vals in chart_vals.items()),
        chart_labels=tuple(tuple(c for c, _ in vals) for vals in chart_vals.values()),
        outcome_mix=tuple(x for x in outcome_mix if x.value > 0),
        tier_mix=tuple(d.Slice(k, float(v)) for k, v in tiers.items()),
    )


def _rank_table(k: Kit, rows: tuple[d.RankRow, ...], with_rank: bool = True) -> LongTable:
    head = [k.head("rank"), k.head("code"), k.head("name"), k.head("total"), k.head("tier"), k.head("status"),
            k.head("outcome"), k.cell(k.bi(("表决 赞成/反对/弃权", "Vote for/against/abst.")), "CellHead")]
    body = [[k.cell(str(r.rank) if with_rank else "", "CellRight"), k.u(r.site_code), k.u(r.site_name),
             k.cell(num(r.total), "CellRight"), k.cell(k.bi(r.tier)), k.cell(k.bi(r.status)),
             k.cell(k.bi(r.outcome)), k.cell(k.esc(r.votes))] for r in rows]
    tbl = LongTable([head] + body, colWidths=[11 * mm, 22 * mm, 40 * mm, 16 * mm, 30 * mm, 18 * mm, 17 * mm,
                                              BODY_W - 154 * mm], repeatRows=1, splitInRow=1)
    tbl.setStyle(table_style(k.fn))
    return tbl


def render_summary(r: d.SummaryData, font: FontInfo) -> bytes:
    k = Kit(font, r.lang)
    meta = metadata("report", r.number, r.fingerprint, "", font, False)
    meta["LCSCampaign"] = r.campaign_code
    decor = decor_for(k, number=r.number, fp=r.fingerprint, header_left=r.campaign_name,
                      header_right=k.tp("report"), title=f"{r.campaign_name} — {k.tp('report')}",
                      subject="panel summary report", meta=meta)
    buf = io.BytesIO()
    doc = SectionDoc(buf, decor)
    facts = [[k.cell(k.bi(lbl)), k.cell(str(n), "CellRight")] for lbl, n in r.counts]
    counts = Table(facts, colWidths=[60 * mm, 20 * mm], hAlign="CENTER")
    counts.setStyle(table_style(k.fn, header_rows=0))
    story = [Spacer(1, 30 * mm), k.p(k.esc(r.campaign_name), "CoverKicker"), Spacer(1, 6 * mm),
             k.p(k.t("report", "<br/>"), "CoverTitle"), Spacer(1, 10 * mm),
             k.p(f"{k.t('date')}: {k.esc(r.issued_on)}<br/>{k.t('number')}: {k.esc(r.number)}", "CoverKicker"),
             Spacer(1, 14 * mm), counts, NextPageTemplate("contents"), PageBreak(), NextPageTemplate("body"),
             PageBreak(), k.section("ranking"), k.p(k.long(r.ranking_method), "Note")]
    for t in r.tables:
        quota = f" · {k.t('quota')}: {t.quota}" if t.quota is not None else ""
        story += [CondPageBreak(40 * mm), k.p(k.bi(t.site_type) + quota, "H3"), _rank_table(k, t.rows)]
    story += [CondPageBreak(50 * mm), k.section("award_list")]
    story += [_rank_table(k, r.awards, with_rank=False)] if r.awards else [k.p(k.t("no_awards"), "Body")]
    story += [CondPageBreak(50 * mm), k.section("vote_summary")]
    story += [_rank_table(k, r.votes, with_rank=False)] if r.votes else [k.p(k.t("no_decision"), "Body")]
    names = [c for labels in r.chart_labels for c in labels]
    values = [v for s in r.totals_chart for v in s.values]
    bars = charts.GroupedBars(BODY_W, 75 * mm, k.tp("chart_totals"), names, [(k.tp("total"), values)], k.fn)
    pies = Table([[charts.MixPie(BODY_W / 2 - 2 * mm, 55 * mm, k.tp("chart_outcomes"),
                                 [(k.short(s.label), s.value) for s in r.outcome_mix], k.fn),
                   charts.MixPie(BODY_W / 2 - 2 * mm, 55 * mm, k.tp("chart_tiers"),
                                 [(k.short(s.label), s.value) for s in r.tier_mix], k.fn)]],
                 colWidths=[BODY_W / 2] * 2)
    pies.setStyle([("FONTNAME", (0, 0), (-1, -1), k.fn), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    chart_title = k.section("counts")
    story += [PageBreak(), chart_title, bars, Spacer(1, 4 * mm), pies]
    doc.build(story, canvasmaker=canvas_class(decor))
    return buf.getvalue()
