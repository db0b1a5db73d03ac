"""The dossier renderer: finished DossierData in, PDF bytes out. It lays out; it computes nothing."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from assessment.dossier import charts
from assessment.dossier.charts import fit
from assessment.dossier.data import DossierData, PrintPhoto
from assessment.dossier.fonts import FontInfo
from assessment.dossier.kit import Kit, num
from assessment.dossier.labels import GATE_STATUS, ITEM_STATUS, LEVELS, PROVISIONAL
from assessment.dossier.styles import FAIL, PASS, WARN, key_value_style, table_style
from assessment.dossier.templates import BODY_W, PageDecor, SectionDoc, canvas_class


def metadata(kind: str, number: str, fp: str, assessment_id: str, font: FontInfo, provisional: bool) -> dict[str, str]:
    return {"LCSKind": kind, "LCSNumber": number, "LCSFingerprint": fp, "LCSAssessment": assessment_id,
            "LCSFont": font.metadata_note, "LCSProvisional": "yes" if provisional else "no"}


def keywords(meta: dict[str, str]) -> str:
    return "; ".join(f"{k.removeprefix('LCS').lower()}={v}" for k, v in meta.items())


def decor_for(k: Kit, *, number: str, fp: str, header_left: str, header_right: str, title: str, subject: str,
              meta: dict[str, str], watermark: str = "") -> PageDecor:
    lang = "en" if k.lang == "en" else "zh"
    page_fmt = k.plain("第 {x} 页 / 共 {y} 页" if lang == "zh" else "page {x} of {y}")
    if k.lang == "both":
        page_fmt = "第 {x} 页 / 共 {y} 页 · page {x} of {y}"
    half = BODY_W / 2 - 4 * mm
    return PageDecor(
        font=k.fn, header_left=fit(k.plain(header_left), k.fn, 7.5, half),
        header_right=fit(k.plain(header_right), k.fn, 7.5, half), footer_left=number,
        footer_second=f"{k.tp('fingerprint')}: {fp}", page_label=lambda x, y: page_fmt.format(x=x, y=y),
        metadata=meta, title=k.plain(title), author="LowCarbonSites programme office", subject=subject,
        keywords=keywords(meta), contents_title=k.tp("contents"), watermark=watermark,
    )


def _photo_flowable(ph: PrintPhoto, box_mm: tuple[float, float]) -> Image | None:
    if not ph.jpeg or not ph.width_px:
        return None
    scale = min(box_mm[0] * mm / ph.width_px, box_mm[1] * mm / ph.height_px)
    return Image(io.BytesIO(ph.jpeg), ph.width_px * scale, ph.height_px * scale)


def _cover(k: Kit, r: DossierData) -> list:
    st = [Spacer(1, 18 * mm), k.p(k.esc(r.campaign_name), "CoverKicker"), Spacer(1, 6 * mm),
          k.p(k.t("dossier", "<br/>"), "CoverTitle"), Spacer(1, 10 * mm), k.p(k.esc(r.site_name), "CoverSite"),
          k.p(k.bi(r.site_type), "CoverKicker"), Spacer(1, 8 * mm), k.p(k.bi(r.award, "<br/>"), "CoverAward")]
    if r.provisional:
        st += [Spacer(1, 4 * mm), k.p(k.bi(PROVISIONAL).upper(), "CoverStamp"),
               k.p(k.long(("暂定：本档案基于草稿数据的实时评分，并非正式评审结果。",
                           "This dossier shows a live score of draft data, not a decided result.")), "Warn")]
    facts = [
        ("campaign", f"{k.esc(r.campaign_name)} ({k.esc(r.campaign_code)})"),
        ("site", f"{k.esc(r.site_name)} ({k.esc(r.site_code)})"),
        ("number", k.esc(r.number)), ("date", k.esc(r.issued_on)),
        ("total", f"{num(r.total)} / {num(r.max_total)}"), ("tier", k.bi(r.tier)), ("status", k.bi(r.status)),
        ("basis", k.bi(r.basis)), ("criteria", k.esc(r.criteria)), ("factors", k.esc(r.factor_version)),
        ("fingerprint", f"<font size=7>{k.esc(r.fingerprint)}</font>"),
    ]
    rows = [[k.cell(k.t(key), "CoverMeta"), k.cell(val, "CoverMeta")] for key, val in facts]
    tbl = Table(rows, colWidths=[48 * mm, 110 * mm], hAlign="CENTER")
    tbl.setStyle(key_value_style(k.fn))
    st += [Spacer(1, 16 * mm), tbl]
    return st


def _profile(k: Kit, r: DossierData) -> list:
    rows = [[k.cell(k.bi(lbl), "Cell"), k.u(val)] for lbl, val in r.profile]
    rows.append([k.cell(k.t("location")), k.u(r.location)])
    kv = Table(rows, colWidths=[30 * mm, 52 * mm], splitInRow=1)
    kv.setStyle(key_value_style(k.fn))
    right: list = []
    if r.site_photo is not None:
        img = _photo_flowable(r.site_photo, (86, 66))
        if img is not None:
            right = [img, k.u(r.site_photo.caption, "Caption"), k.u(f"GPS {r.site_photo.gps}", "Caption")]
    outer = Table([[kv, right]], colWidths=[84 * mm, BODY_W - 84 * mm], splitInRow=1)
    outer.setStyle([("FONTNAME", (0, 0), (-1, -1), k.fn), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 6 * mm)])
    st = [k.section("profile"), outer]
    if r.description:
        st += [k.p(k.t("description"), "H3"), k.u(r.description, "Body")]
    return st


def _data(k: Kit, r: DossierData) -> list:
    if not r.monthly:
        return [PageBreak(), k.section("data"), k.p(k.t("no_data"), "Warn")]
    n = len(r.monthly)
    first = 20 * mm
    col = (BODY_W - first) / max(n, 1)
    head = [k.head("carrier")] + [k.cell(f"{k.bi(m.carrier, '<br/>')}<br/>[{k.esc(m.unit)}]", "CellHead")
                                  for m in r.monthly]
    rows = [head]
    for i, month in enumerate(r.months):
        rows.append([k.esc(month)] + [k.cell(num(m.values[i], 0) if m.values[i] is not None else "—", "CellRight")
                                      for m in r.monthly])
    rows.append([k.cell(k.t("sum"))] + [k.cell(num(m.total, 0), "CellRight") for m in r.monthly])
    tbl = LongTable(rows, colWidths=[first] + [col] * n, repeatRows=1)
    tbl.setStyle(table_style(k.fn, extra=[("LINEABOVE", (0, -1), (-1, -1), 0.6, PASS)]))
    w = BODY_W
    energy = charts.MonthlyBars(w, 54 * mm, k.tp("chart_energy"), r.months,
                                [(k.short(s.label), s.values) for s in r.energy_monthly], k.fn, "tce")
    em = charts.MonthlyLines(w, 46 * mm, k.tp("chart_emissions_m"), r.months,
                             [(k.short(s.label), s.values) for s in r.emissions_monthly], k.fn, "tCO2")
    mix = charts.MixPie(w / 2 - 3 * mm, 48 * mm, k.tp("chart_mix"),
                        [(k.short(s.label), s.value) for s in r.energy_mix],
                        k.fn)
    src = charts.SourceBars(w / 2 - 3 * mm, 48 * mm, k.tp("chart_sources"),
                            [(k.short(s.label), s.value) for s in r.emissions_by_source], k.fn, "tCO2")
    pair = Table([[mix, src]], colWidths=[w / 2, w / 2])
    pair.setStyle([("FONTNAME", (0, 0), (-1, -1), k.fn), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return [PageBreak(), k.section("data"), k.p(k.t("monthly_table"), "H3"), tbl, Spacer(1, 2 * mm),
            CondPageBreak(56 * mm), energy, Spacer(1, 1 * mm), CondPageBreak(48 * mm), em, Spacer(1, 1 * mm),
            CondPageBreak(50 * mm), pair]


def _carbon(k: Kit, r: DossierData) -> list:
    rows = [[k.head("name"), k.head("value"), k.head("reason")]]
    rows += [[k.cell(k.bi(m.label)), k.cell(k.esc(m.value), "CellRight"), k.cell(k.bi(m.reason))]
             for m in r.account_summary]
    summary = Table(rows, colWidths=[70 * mm, 30 * mm, BODY_W - 100 * mm], repeatRows=1)
    summary.setStyle(table_style(k.fn))
    rows = [[k.head("carrier"), k.head("quantity"), k.head("unit"), k.head("energy_tce"), k.head("location_t"),
             k.head("market_t"), k.head("share"), k.head("factor")]]
    for c in r.carriers:
        rows.append([k.cell(k.bi(c.carrier)), k.cell(num(c.quantity, 0), "CellRight"), k.esc(c.unit),
                     k.cell(num(c.energy_tce, 2), "CellRight"), k.cell(num(c.location_t, 2), "CellRight"),
                     k.cell(num(c.market_t, 2), "CellRight"),
                     k.cell(num(c.share_pct, 1) + ("%" if c.share_pct is not None else ""), "CellRight"),
                     k.cell("<br/>".join(k.esc(f) for f in c.factor_ids) or "—", "Small")])
    carriers = LongTable(rows, colWidths=[36 * mm, 22 * mm, 11 * mm, 18 * mm, 20 * mm, 20 * mm, 14 * mm,
                                          BODY_W - 141 * mm], repeatRows=1)
    carriers.setStyle(table_style(k.fn))
    rows = [[k.head("factor"), k.head("carrier"), k.head("value"), k.head("series"), k.head("region"),
             k.head("year"), k.head("source")]]
    for f in r.factors:
        rows.append([k.cell(k.esc(f.id), "Small"), k.cell(k.bi(f.carrier)),
                     k.cell(f"{f.value:g} {k.esc(f.unit)}"), k.cell(k.bi(f.series)), k.esc(f.region),
                     k.esc(f.year), k.cell(k.esc(f.source), "Small")])
    factors = LongTable(rows, colWidths=[27 * mm, 22 * mm, 28 * mm, 32 * mm, 17 * mm, 10 * mm,
                                         BODY_W - 136 * mm], repeatRows=1)
    factors.setStyle(table_style(k.fn))
    st = [CondPageBreak(90 * mm), k.section("carbon"), k.p(k.t("summary"), "H3"), summary, k.p(k.t("carrier"), "H3"),
          carriers, k.p(k.t("factor_list"), "H3"),
          k.p(f"{k.t('elec_series')}: {k.bi(r.electricity_series)}", "Note"), factors]
    st += [k.u(n, "Note") for n in r.account_notes]
    return st


def _status_colour(status: str) -> object:
    return {"pass": PASS, "scored": PASS, "fail": FAIL, "not_available": WARN}.get(status)


def _score(k: Kit, r: DossierData) -> list:
    head = k.p(f"{k.t('total')}: <b>{num(r.total)}</b> / {num(r.max_total)} &nbsp; · &nbsp; {k.t('tier')}: "
               f"{k.bi(r.tier)} &nbsp; · &nbsp; {k.t('bonus')}: {num(r.bonus[0])} / {num(r.bonus[1])}", "Body")
    rows = [[k.head("code"), k.head("name"), k.head("status"), k.head("value"), k.head("rule"), k.head("reason")]]
    extra = []
    for i, g in enumerate(r.gates, start=1):
        colour = _status_colour(g.status)
        if colour is not None:
            extra.append(("TEXTCOLOR", (2, i), (2, i), colour))
        rows.append([k.esc(g.code), k.cell(k.bi(g.name, "<br/>")),
                     k.cell(k.bi(GATE_STATUS.get(g.status, (g.status,) * 2))),
                     k.cell(k.esc(g.value)), k.cell(k.bi(g.rule, "<br/>")),
                     k.cell(k.long(g.reason) + (f"<br/><font size=6.5>{k.esc(g.source)}</font>" if g.source else "")
                            + (f"<br/><font size=6.5>{k.esc(g.note)}</font>" if g.note else "")
                            + (f"<br/><font size=6.5>{k.t('evidence_col')}: {k.esc(', '.join(g.evidence))}</font>"
                               if g.evidence else ""))])
    gates = LongTable(rows, colWidths=[14 * mm, 36 * mm, 18 * mm, 18 * mm, 30 * mm, BODY_W - 116 * mm],
                      repeatRows=1, splitInRow=1)
    gates.setStyle(table_style(k.fn, extra=extra))
    names = [k.short(c.name) for c in r.categories]
    radar = charts.CategoryRadar(BODY_W / 2, 70 * mm, k.tp("chart_radar"), names,
                                 [c.share or 0.0 for c in r.categories], [c.min_share for c in r.categories], k.fn,
                                 (k.short(("得分率", "share")), k.short(("最低要求", "minimum"))))
    bars = charts.GroupedBars(BODY_W / 2, 70 * mm, k.tp("chart_cats"), [k.plain(c.code) for c in r.categories],
                              [(k.short(("得分", "points")), [c.points for c in r.categories]),
                               (k.short(("满分", "maximum")), [c.max_points for c in r.categories])], k.fn)
    pair = Table([[radar, bars]], colWidths=[BODY_W / 2, BODY_W / 2])
    pair.setStyle([("FONTNAME", (0, 0), (-1, -1), k.fn), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    rows = [[k.head("code"), k.head("name"), k.head("points"), k.head("max"), k.head("share"), k.head("min_share"),
             k.head("met")]]
    for c in r.categories:
        rows.append([k.esc(c.code), k.cell(k.bi(c.name) + (f"<br/><font size=6.5>{k.bi(c.note)}</font>"
                                                           if any(c.note) else "")),
                     k.cell(num(c.points), "CellRight"), k.cell(num(c.max_points), "CellRight"),
                     k.cell(num((c.share or 0) * 100, 0) + "%", "CellRight"),
                     k.cell(num(c.min_share * 100, 0) + "%", "CellRight"),
                     k.cell(k.bi(("是", "yes") if c.minimum_met else ("否", "no")))])
    cats = Table(rows, colWidths=[28 * mm, 62 * mm, 16 * mm, 16 * mm, 16 * mm, 20 * mm, BODY_W - 158 * mm],
                 repeatRows=1)
    cats.setStyle(table_style(k.fn))
    rows = [[k.head("code"), k.head("name"), k.head("value"), k.head("points"), k.head("rule"),
             k.head("reason")]]
    extra = []
    for i, it in enumerate(r.items, start=1):
        colour = _status_colour(it.status)
        if colour is not None and it.status != "scored":
            extra.append(("TEXTCOLOR", (3, i), (3, i), colour))
        ev = ", ".join(it.evidence)
        expl = k.long(it.explanation)
        if it.evidence or it.evidence_required:
            expl += f"<br/><font size=6.5>{k.t('evidence_col')}: {k.esc(ev) if ev else '—'}</font>"
        if it.note:
            expl += f"<br/><font size=6.5>{k.esc(it.note)}</font>"
        rows.append([k.esc(it.code), k.cell(k.bi(it.name, "<br/>") + f"<br/><font size=6.5>{k.bi(it.category)}</font>"),
                     k.cell(k.esc(it.value)),
                     k.cell(f"{num(it.points)} / {num(it.max_points)}<br/><font size=6>"
                            f"{k.bi(ITEM_STATUS.get(it.status, (it.status,) * 2))}</font>", "CellRight"),
                     k.cell(k.bi(it.rule, "<br/>"), "Small"), k.cell(expl, "Small")])
    items = LongTable(rows, colWidths=[13 * mm, 36 * mm, 18 * mm, 17 * mm, 40 * mm, BODY_W - 124 * mm],
                      repeatRows=1, splitInRow=1)
    items.setStyle(table_style(k.fn, extra=extra))
    st = [PageBreak(), k.section("score"), head, k.p(k.t("gates"), "H3"), gates, k.p(k.t("categories"), "H3"),
          KeepTogether([pair]), cats, k.p(k.t("items"), "H3"), items]
    if r.blocked_by:
        st += [k.p(k.t("blocked"), "H3")] + [k.p(k.long(b), "Warn") for b in r.blocked_by]
    return st


def _quality(k: Kit, r: DossierData) -> list:
    rows = [[k.head("level"), k.head("code"), k.head("message")]]
    extra = []
    for i, q in enumerate(r.quality, start=1):
        colour = {"ok": PASS, "warning": WARN, "error": FAIL}.get(q.level)
        if colour is not None:
            extra.append(("TEXTCOLOR", (0, i), (0, i), colour))
        rows.append([k.cell(k.bi(LEVELS.get(q.level, (q.level,) * 2))), k.esc(q.code), k.cell(k.long(q.message))])
    tbl = LongTable(rows, colWidths=[26 * mm, 24 * mm, BODY_W - 50 * mm], repeatRows=1, splitInRow=1)
    tbl.setStyle(table_style(k.fn, extra=extra))
    return [CondPageBreak(60 * mm), k.section("quality"), tbl]


def _panel(k: Kit, r: DossierData) -> list:
    st = [CondPageBreak(70 * mm), k.section("panel"), k.p(f"{k.t('method')}: {k.bi(r.panel_method)}", "Note")]
    if r.panel_items:
        rows = [[k.head("code"), k.head("name"), k.head("members"), k.head("median"), k.head("range"),
                 k.head("max")]]
        rows += [[k.esc(p.code), k.cell(k.bi(p.name)), k.cell(str(p.n), "CellRight"),
                  k.cell(num(p.value, 2), "CellRight"), k.cell(f"{num(p.low)} – {num(p.high)}", "CellRight"),
                  k.cell(num(p.max_points), "CellRight")] for p in r.panel_items]
        tbl = LongTable(rows, colWidths=[18 * mm, 76 * mm, 16 * mm, 22 * mm, 24 * mm, BODY_W - 156 * mm],
                        repeatRows=1)
        tbl.setStyle(table_style(k.fn))
        st.append(tbl)
    else:
        st.append(k.p(k.t("no_panel"), "Body"))
    if r.panel_comments:
        rows = [[k.head("member"), k.head("item"), k.head("comment")]]
        rows += [[k.u(c.member), k.u(c.item), k.u(c.comment)] for c in r.panel_comments]
        tbl = LongTable(rows, colWidths=[34 * mm, 18 * mm, BODY_W - 52 * mm], repeatRows=1, splitInRow=1)
        tbl.setStyle(table_style(k.fn))
        st += [k.p(k.t("comments"), "H3"), tbl]
    st.append(k.p(k.t("decision"), "H3"))
    dec = r.decision
    if dec is None:
        st.append(k.p(k.t("no_decision"), "Body"))
    else:
        votes = k.bi((f"赞成 {dec.votes_for} / 反对 {dec.votes_against} / 弃权 {dec.votes_abstain}",
                      f"{dec.votes_for} for / {dec.votes_against} against / {dec.votes_abstain} abstaining"))
        rows = [[k.cell(k.t("outcome")), k.cell(k.bi(dec.outcome))], [k.cell(k.t("vote")), k.cell(votes)],
                [k.cell(k.t("rationale")), k.u(dec.rationale or "—")],
                [k.cell(k.t("decided_by")), k.u(dec.decided_by or "—")],
                [k.cell(k.t("decided_at")), k.u(dec.decided_at)]]
        tbl = Table(rows, colWidths=[36 * mm, BODY_W - 36 * mm], splitInRow=1)
        tbl.setStyle(key_value_style(k.fn))
        st.append(tbl)
    return st


def signature_blocks(k: Kit, r_signatures: tuple, issued_on: str) -> Table:
    cells = []
    for sig in r_signatures:
        cells.append([k.p(f"<b>{k.bi(sig.role)}</b>", "Signature"), Spacer(1, 14 * mm),
                      k.p(f"{k.t('sign_here')}: ________________", "Signature"),
                      k.p(k.esc(sig.name) or "&nbsp;", "Signature"),
                      k.p(f"{k.t('sign_date')}: ________________", "Signature")])
    tbl = Table([cells], colWidths=[BODY_W / 3] * 3)
    tbl.setStyle([("FONTNAME", (0, 0), (-1, -1), k.fn), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("BOX", (0, 0), (-1, -1), 0.4, PASS),
                  ("INNERGRID", (0, 0), (-1, -1), 0.4, PASS), ("LEFTPADDING", (0, 0), (-1, -1), 5)])
    return tbl


def _evidence(k: Kit, r: DossierData) -> list:
    st = [PageBreak(), k.section("evidence")]
    rows = []
    for n, ph in enumerate(r.evidence, start=1):
        img = _photo_flowable(ph, (78, 58))
        info = [k.p(f"<b>E{n}</b> &nbsp; {k.esc(ph.caption) or '—'}", "Body"),
                k.p(f"{k.t('file')}: {k.esc(ph.name)}", "Small"),
                k.p(f"{k.t('captured')}: {k.esc(ph.captured_at)}", "Small"),
                k.p(f"{k.t('gps')}: {k.esc(ph.gps)}", "Small"),
                k.p(f"{k.t('supports')}: {k.esc(', '.join(ph.items)) or '—'}", "Small"),
                k.p(f"{k.t('sha')}: <font size=6.5>{k.esc(ph.sha256)}</font>", "Small")]
        if img is None:
            info.append(k.p(k.t("not_image"), "Muted"))
        rows.append([img or k.p("—", "Caption"), info])
    if rows:
        tbl = LongTable(rows, colWidths=[84 * mm, BODY_W - 84 * mm], splitInRow=1)
        tbl.setStyle([("FONTNAME", (0, 0), (-1, -1), k.fn), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("LINEBELOW", (0, 0), (-1, -1), 0.3, PASS),
                      ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
        st.append(tbl)
    return st


def render_dossier(r: DossierData, font: FontInfo) -> bytes:
    """DossierData -> PDF bytes."""
    k = Kit(font, r.lang)
    meta = metadata("dossier", r.number, r.fingerprint, r.assessment_id, font, r.provisional)
    decor = decor_for(k, number=r.number, fp=r.fingerprint, header_left=r.campaign_name,
                      header_right=f"{r.site_name} · {r.number}" + (f" · {k.bp(PROVISIONAL)}" if r.provisional else ""),
                      title=f"{r.site_name} — {k.tp('dossier')}", subject="award dossier", meta=meta,
                      watermark=k.bp(PROVISIONAL).upper() if r.provisional else "")
    buf = io.BytesIO()
    doc = SectionDoc(buf, decor)
    story = _cover(k, r) + [NextPageTemplate("contents"), PageBreak(), NextPageTemplate("body"), PageBreak()]
    story += _profile(k, r) + _data(k, r) + _carbon(k, r) + _score(k, r) + _quality(k, r) + _panel(k, r)
    sig_head = k.section("signatures")
    story += [CondPageBreak(70 * mm), sig_head, signature_blocks(k, r.signatures, r.issued_on)]
    story += _evidence(k, r)
    doc.build(story, canvasmaker=canvas_class(decor))
    return buf.getvalue()
