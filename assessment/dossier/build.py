"""Gathering a dossier's report data: the only place with data work (queries, unit conversion, photos)."""

from __future__ import annotations

import logging
import statistics
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment.db import Database
from assessment.dossier import data as d
from assessment.dossier.fingerprint import fingerprint_for
from assessment.dossier.fonts import register_font
from assessment.dossier.labels import (
    GATE_STATUS,
    ITEM_STATUS,
    OUTCOMES,
    PROVISIONAL,
    SITE_TYPES,
    STAGES,
    STATUSES,
    pick,
)
from assessment.dossier.photos import cached_print_jpeg
from assessment.evidence_store import EvidenceStore
from assessment.models import (
    ActivityRecord,
    Assessment,
    Campaign,
    CampaignMember,
    Decision,
    Evidence,
    EvidenceItem,
    PanelScore,
    Person,
    Response,
    Site,
)
from assessment.ops.common import get_assessment
from scoring import CARRIERS, ScoreCard, load_factor_set, to_canonical

log = logging.getLogger(__name__)
APPENDIX_BOX_MM = (80.0, 60.0)
PROFILE_BOX_MM = (95.0, 70.0)
PHOTO_THREADS = 2


def dossier_number(kind: str, campaign_code: str, site_code: str, revision: int, fp: str) -> str:
    """Deterministic: the same content gets the same number; a changed one a new number."""
    prefix = {"dossier": "D", "certificate": "C"}[kind]
    return f"{prefix}-{campaign_code}-{site_code}-R{revision}-{fp[:8].upper()}"


def _fmt(value: object, digits: int = 2, lang: str = "both") -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return pick(("是", "yes") if value else ("否", "no"), lang)
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return str(value)


def _months(start: str, end: str) -> tuple[str, ...]:
    y, m = map(int, start.split("-"))
    ey, em = map(int, end.split("-"))
    out = []
    while (y, m) <= (ey, em) and len(out) < 120:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(out)


def _carrier_label(code: str) -> d.Bi:
    c = CARRIERS.get(code)
    return (c.name_zh, c.name_en) if c else (code, code)


def _people(session: Session, campaign_id: str, role: str) -> str:
    names = session.execute(select(Person.name).join(CampaignMember, CampaignMember.person_id == Person.id)
                            .where(CampaignMember.campaign_id == campaign_id, CampaignMember.role == role)
                            .order_by(Person.name)).scalars().all()
    return "、".join(names)


def _panel(session: Session, a: Assessment, card: ScoreCard, method: str) -> tuple[tuple[d.PanelItemRow, ...],
                                                                                  tuple[d.CommentRow, ...]]:
    try:  # the panel package leaves out members with a conflict of interest
        from assessment.panel.aggregation import aggregate_values, counted_scores
        scores = counted_scores(session, a.id)
    except ImportError:  # pragma: no cover - older checkouts without the panel package
        scores = list(session.execute(select(PanelScore).where(PanelScore.assessment_id == a.id)).scalars())

        def aggregate_values(values: list[float], method: str = "median") -> float | None:
            return round(statistics.fmean(values) if method == "mean" else statistics.median(values), 4)
    names = {p.id: p.name for p in session.execute(select(Person)).scalars()}
    by_item: dict[str, list[float]] = defaultdict(list)
    comments = []
    for s in scores:
        by_item[s.item_code].append(s.points)
        if s.comment and s.comment.strip():
            comments.append(d.CommentRow(names.get(s.member_id, "?"), s.item_code, s.comment))
    items = {i.code: i for i in card.items}
    rows = []
    for code in sorted(by_item):
        vals = by_item[code]
        it = items.get(code)
        rows.append(d.PanelItemRow(code, (it.name_zh, it.name_en) if it else (code, code), len(vals),
                                   aggregate_values(vals, method), min(vals), max(vals),
                                   it.max_points if it else 0.0))
    return tuple(rows), tuple(comments)


def _photos(store: EvidenceStore, evidence: list[Evidence], box: tuple[float, float]) -> list[d.PrintPhoto]:
    def one(e: Evidence) -> d.PrintPhoto:
        jpeg, w, h = None, 0, 0
        if e.media_type.startswith("image/"):
            try:
                jpeg, w, h = cached_print_jpeg(store.root, e.sha256, lambda: store.read_bytes(e.sha256), box)
            except (OSError, ValueError) as exc:  # missing or unreadable file: listed, not shown
                log.warning("evidence %s not printable: %s", e.sha256, exc)
        gps = (f"{e.latitude:.6f}, {e.longitude:.6f}" if e.latitude is not None and e.longitude is not None
               else "—")
        return d.PrintPhoto(e.sha256, e.original_name, e.caption or "",
                            e.captured_at.strftime("%Y-%m-%d %H:%M") if e.captured_at else "—", gps,
                            tuple(sorted(i.item_code for i in e.items)), e.media_type, jpeg, w, h)

    if len(evidence) < 4:
        return [one(e) for e in evidence]
    with ThreadPoolExecutor(PHOTO_THREADS, thread_name_prefix="lcs-photo") as pool:  # PIL releases the GIL
        return list(pool.map(one, evidence))


def _coverage_warning(fi: object, texts: list[str | None]) -> str | None:
    """Say which characters the font lacks: they print as visible [U+XXXX] markers, never as blanks."""
    covers = fi.covers  # type: ignore[attr-defined]
    missing = sorted({ch for t in texts if t for ch in t if ch.isprintable() and not covers(ch)})
    if not missing:
        return None
    shown = " ".join(f"U+{ord(ch):04X}" for ch in missing[:8]) + (" …" if len(missing) > 8 else "")
    return (f"{len(missing)} character(s) are not in the embedded font and print as [U+XXXX] markers: {shown}. "
            "Choose a font that covers them in the settings to print them as characters.")


def build_dossier(db: Database, assessment_id: str, lang: str = "both", *, font: str | None = None,
                  issued_on: date | None = None) -> d.DossierData:
    """Everything the dossier of one assessment shows, computed and formatted for the renderer."""
    fi = register_font(font)
    with db.read() as s:
        a = get_assessment(s, assessment_id)
        site = s.get(Site, a.site_id)
        camp = s.get(Campaign, a.campaign_id)
        assert site is not None and camp is not None
        fp, basis, _ = fingerprint_for(s, a)
        card = ScoreCard.from_json(basis.card_json)
        acts = list(s.execute(select(ActivityRecord).where(ActivityRecord.assessment_id == a.id)).scalars())
        evidence = list(s.execute(select(Evidence).where(Evidence.assessment_id == a.id)
                                  .order_by(Evidence.added_at, Evidence.original_name)).scalars())
        notes = {r.item_code: r.note or "" for r in s.execute(
            select(Response).where(Response.assessment_id == a.id)).scalars()}
        ev_by_item: dict[str, list[str]] = defaultdict(list)
        for item_code, name in s.execute(select(EvidenceItem.item_code, Evidence.original_name)
                                         .join(Evidence, Evidence.id == EvidenceItem.evidence_id)
                                         .where(Evidence.assessment_id == a.id)):
            ev_by_item[item_code].append(name)
        decision = s.execute(select(Decision).where(Decision.assessment_id == a.id)).scalar()
        # Blind phase: members' points and comments exist for nobody but their authors, in any document.
        blind = camp.panel_phase == "independent" and a.status != "decided"
        panel_items, comments = ((), ()) if blind else _panel(s, a, card, camp.aggregation)
        person = s.get(Person, a.assessor_id) if a.assessor_id else None
        assessor = person.name if person is not None else ""
        chair, secretariat = _people(s, camp.id, "panel_chair"), _people(s, camp.id, "secretariat")
    store = EvidenceStore(db.evidence_dir) if db.evidence_dir else None
    photos = _photos(store, evidence, APPENDIX_BOX_MM) if store else []
    first_image = next((e for e in evidence if e.media_type.startswith("image/")), None)
    site_photo = _photos(store, [first_image], PROFILE_BOX_MM)[0] if store and first_image else None

    months = _months(a.period_start, a.period_end)
    idx = {m: i for i, m in enumerate(months)}
    monthly: dict[str, list[float | None]] = {}
    for r in acts:
        if r.month not in idx:
            continue
        try:
            q = to_canonical(r.carrier, r.quantity, r.unit)
        except Exception:  # the quality findings name the bad unit; the table leaves it out
            continue
        row = monthly.setdefault(r.carrier, [None] * len(months))
        row[idx[r.month]] = (row[idx[r.month]] or 0.0) + q
    lines = {ln.carrier: ln for ln in card.account.lines}
    order = sorted(monthly, key=lambda c: (list(CARRIERS).index(c) if c in CARRIERS else 99, c))
    monthly_rows = tuple(d.MonthlyRow(_carrier_label(c), CARRIERS[c].canonical_unit if c in CARRIERS else "",
                                      tuple(monthly[c]), sum(v or 0.0 for v in monthly[c])) for c in order)

    def per_unit(carrier: str, attr: str) -> float | None:
        ln = lines.get(carrier)
        val = getattr(ln, attr) if ln else None
        return val / ln.quantity if ln and val is not None and ln.quantity else None

    energy_series, market, location = [], [0.0] * len(months), [0.0] * len(months)
    for c in order:
        k = per_unit(c, "energy_tce")
        if k is not None and k > 0:
            energy_series.append(d.Series(_carrier_label(c), tuple((v or 0.0) * k for v in monthly[c])))
        km, kl = per_unit(c, "emissions_market_t") or 0.0, per_unit(c, "emissions_location_t") or 0.0
        for i, v in enumerate(monthly[c]):
            market[i] += (v or 0.0) * km
            location[i] += (v or 0.0) * kl
    emissions_series = (d.Series(("市场法", "market-based"), tuple(market)),
                        d.Series(("位置法", "location-based"), tuple(location)))
    acc = card.account
    fs = load_factor_set(card.factor_version)
    factors_by_id = {f.id: f for f in fs.factors}
    factor_rows = []
    for fid in sorted({f for ln in acc.lines for f in ln.factor_ids}):
        f = factors_by_id.get(fid)
        if f is None:
            continue
        series = fs.series_names.get(f.series, (f.series, f.series))
        factor_rows.append(d.FactorRow(f.id, _carrier_label(f.carrier), f.value, f.unit, tuple(series)[:2],
                                       f.region, str(f.year or "—"), f.source))
    elec = fs.series_names.get(acc.electricity_series, (acc.electricity_series, acc.electricity_series))
    metric_names = {"emissions_t": ("年排放量 tCO2", "Annual emissions tCO2"),
                    "energy_tce": ("年综合能耗 tce", "Annual energy use tce"),
                    "carbon_per_tce": ("单位能耗碳排放 tCO2/tce", "Carbon per energy tCO2/tce"),
                    "renewable_share": ("可再生能源占比 %", "Renewable share %"),
                    "clean_energy_share": ("清洁能源占比 %", "Clean-energy share %"),
                    "onsite_renewable_ratio": ("场地可再生能源比例 %", "On-site renewable ratio %"),
                    "intensity_per_m2": ("单位面积排放 kgCO2/m²", "Intensity kgCO2/m²"),
                    "eui_kwh_per_m2": ("单位面积能耗 kWh/m²", "Energy use intensity kWh/m²"),
                    "intensity_per_person": ("人均排放 tCO2", "Per person tCO2"),
                    "pue": ("PUE", "PUE"), "reduction_vs_baseline": ("较基准年减排 %", "Reduction vs baseline %")}
    summary = [d.MetricRow(("范围一 tCO2", "Scope 1 tCO2"), _fmt(acc.scope1_t)),
               d.MetricRow(("范围二（位置法）tCO2", "Scope 2 location tCO2"), _fmt(acc.scope2_location_t)),
               d.MetricRow(("范围二（市场法）tCO2", "Scope 2 market tCO2"), _fmt(acc.scope2_market_t))]
    for key, mv in acc.metrics.items():
        summary.append(d.MetricRow(metric_names.get(key, (key, key)), _fmt(mv.value, 3),
                                   (mv.reason_zh, mv.reason_en)))
    cat_names = {c.code: (c.name_zh, c.name_en) for c in card.categories}
    items = tuple(d.ItemRow(
        i.code, cat_names.get(i.category, (i.category, i.category)), (i.name_zh, i.name_en), i.status,
        (_fmt(i.input_value, 2, lang) + (f" {i.unit}" if i.unit and i.input_value is not None else "")),
        i.points, i.max_points, (i.rule_zh, i.rule_en), (i.explanation_zh, i.explanation_en),
        tuple(ev_by_item.get(i.code, ())), i.evidence_required, notes.get(i.code, "")) for i in card.items)
    gates = tuple(d.GateRow(g.code, (g.name_zh, g.name_en), g.status, _fmt(g.value, 3, lang), (g.rule_zh, g.rule_en),
                            (g.reason_zh, g.reason_en), g.source, tuple(ev_by_item.get(g.code, ())),
                            notes.get(g.code, ""))
                  for g in card.gates)
    cats = tuple(d.CategoryRow(c.code, (c.name_zh, c.name_en), c.points, c.max_points, c.share, c.min_share,
                               c.minimum_met, (c.note_zh, c.note_en)) for c in card.categories)
    tier: d.Bi = (card.tier.name_zh, card.tier.name_en) if card.tier else ("未达等级", "no tier reached")
    if a.outcome:
        award = (f"{OUTCOMES[a.outcome][0]}：{tier[0]}" if a.outcome == "awarded" else OUTCOMES[a.outcome][0],
                 f"{OUTCOMES[a.outcome][1]}: {tier[1]}" if a.outcome == "awarded" else OUTCOMES[a.outcome][1])
    else:
        award = (f"{tier[0]}（{PROVISIONAL[0] if basis.provisional else '待决定'}）",
                 f"{tier[1]} ({PROVISIONAL[1] if basis.provisional else 'pending decision'})")
    when = basis.created_at.strftime("%Y-%m-%d %H:%M") if basis.created_at else ""
    basis_label = {"decision": (f"评审决定时冻结的评分（{when}）", f"score frozen at the decision ({when})"),
                   "submission": (f"提交时冻结的评分（{when}）", f"score frozen at submission ({when})"),
                   "live": ("草稿数据的实时评分（暂定）", "live score of draft data (provisional)")}[basis.kind]
    dec = None
    if decision is not None:
        dec = d.DecisionView(OUTCOMES.get(decision.outcome, (decision.outcome, decision.outcome)),
                             decision.votes_for, decision.votes_against, decision.votes_abstain,
                             decision.rationale or "", decision.decided_by or "",
                             decision.decided_at.strftime("%Y-%m-%d %H:%M"))
    number = dossier_number("dossier", camp.code, site.code, a.revision, fp)
    user_texts = [camp.name, site.name, site.address, site.operator_org, site.contact_name, site.description,
                  site.district, assessor, *notes.values(), *(e.caption for e in evidence),
                  *(e.original_name for e in evidence), *(c.comment for c in comments), *(c.member for c in comments),
                  decision.rationale if decision else None]
    profile = (
        (("编号", "Code"), site.code),
        (("类型", "Type"), " / ".join(SITE_TYPES.get(site.site_type, (site.site_type,) * 2))),
        (("子类型", "Subtype"), site.subtype or "—"), (("所在区", "District"), site.district or "—"),
        (("地址", "Address"), site.address or "—"), (("运营单位", "Operator"), site.operator_org or "—"),
        (("联系人", "Contact"), " ".join(x for x in (site.contact_name, site.contact_phone) if x) or "—"),
        (("生命周期阶段", "Life-cycle stage"),
         " / ".join(STAGES.get(site.lifecycle_stage, (site.lifecycle_stage,) * 2))),
        (("建筑面积 m²", "Floor area m²"), _fmt(site.floor_area_m2, 0)),
        (("用地面积 m²", "Land area m²"), _fmt(site.land_area_m2, 0)),
        (("绿地面积 m²", "Green space m²"), _fmt(site.green_space_m2, 0)),
        (("使用人数", "Occupants"), _fmt(site.occupants)), (("投用年份", "Commissioned"), _fmt(site.year_commissioned)),
        (("评价期", "Assessment period"), f"{a.period_start} – {a.period_end}"),
        (("评估员", "Assessor"), assessor or "—"), (("修订版本", "Revision"), str(a.revision)),
    )
    return d.DossierData(
        lang=lang, number=number, fingerprint=fp, assessment_id=a.id,
        issued_on=(issued_on or date.today()).isoformat(), provisional=basis.provisional, basis=basis_label,
        campaign_code=camp.code, campaign_name=camp.name, site_code=site.code, site_name=site.name,
        site_type=SITE_TYPES.get(site.site_type, (site.site_type, site.site_type)),
        status=STATUSES.get(a.status, (a.status, a.status)), award=award, tier=tier, total=card.total,
        max_total=card.max_total, criteria=f"{card.criteria_code} {card.criteria_version}",
        factor_version=card.factor_version, profile=profile, description=site.description or "",
        location=(f"{site.latitude:.6f}, {site.longitude:.6f}" if site.latitude is not None
                  and site.longitude is not None else "—"),
        site_photo=site_photo, months=months, monthly=monthly_rows, energy_monthly=tuple(energy_series),
        emissions_monthly=emissions_series,
        energy_mix=tuple(d.Slice(_carrier_label(ln.carrier), ln.energy_tce) for ln in acc.lines
                         if ln.energy_tce and ln.energy_tce > 0),
        emissions_by_source=tuple(d.Slice(_carrier_label(ln.carrier), ln.emissions_market_t)
                                  for ln in sorted(acc.lines, key=lambda x: -(x.emissions_market_t or 0))
                                  if ln.emissions_market_t and ln.emissions_market_t > 0),
        account_summary=tuple(summary),
        carriers=tuple(d.CarrierRow(_carrier_label(ln.carrier), ln.quantity, ln.unit, ln.energy_tce,
                                    ln.emissions_location_t, ln.emissions_market_t, ln.share_of_emissions,
                                    ln.factor_ids) for ln in acc.lines),
        factors=tuple(factor_rows), electricity_series=tuple(elec)[:2], account_notes=tuple(acc.notes),
        gates=gates, categories=cats, items=items, bonus=(card.bonus.points, card.bonus.cap),
        blocked_by=tuple((b.message_zh, b.message_en) for b in card.blocked_by),
        quality=tuple(d.FindingRow(q.level, q.code, (q.message_zh, q.message_en)) for q in card.quality),
        panel_method={"median": ("中位数", "median"), "mean": ("平均值", "mean"),
                      "trimmed_mean": ("去掉最高最低后的平均值", "trimmed mean")}.get(
                          camp.aggregation, (camp.aggregation, camp.aggregation)),
        panel_items=panel_items, panel_comments=comments, decision=dec, evidence=tuple(photos),
        signatures=(d.SignatureBlock(("评估员", "Assessor"), assessor),
                    d.SignatureBlock(("评审组长", "Panel chair"), chair),
                    d.SignatureBlock(("秘书处", "Secretariat"), secretariat)),
        font_note=fi.metadata_note,
        warnings=tuple(w for w in (fi.warning, _coverage_warning(fi, user_texts)) if w),
    )


__all__ = ["build_dossier", "dossier_number", "GATE_STATUS", "ITEM_STATUS"]
