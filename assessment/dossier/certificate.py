"""The award certificate: one landscape page to print and frame (data gathered here, then laid out)."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, KeepInFrame, PageTemplate, Spacer, Table
from sqlalchemy import select

from assessment.db import Database
from assessment.dossier.build import dossier_number
from assessment.dossier.data import CertificateData, SignatureBlock
from assessment.dossier.fingerprint import fingerprint_for
from assessment.dossier.fonts import FontInfo, register_font
from assessment.dossier.kit import Kit, num
from assessment.dossier.render_dossier import keywords, metadata
from assessment.dossier.styles import ACCENT, MUTED
from assessment.dossier.templates import _Info
from assessment.errors import WorkflowError
from assessment.models import Campaign, CampaignMember, Decision, Person, Site
from assessment.ops.common import get_assessment
from scoring import ScoreCard

PAGE = landscape(A4)


def build_certificate(db: Database, assessment_id: str, lang: str = "both", *, font: str | None = None,
                      issued_on: date | None = None) -> CertificateData:
    """Only an awarded assessment gets a certificate."""
    register_font(font)
    with db.read() as s:
        a = get_assessment(s, assessment_id)
        site, camp = s.get(Site, a.site_id), s.get(Campaign, a.campaign_id)
        assert site is not None and camp is not None
        if a.status != "decided" or a.outcome != "awarded":
            raise WorkflowError(f"{site.code} {site.name} has not been awarded (status {a.status}, outcome "
                                f"{a.outcome or 'none'}); a certificate is issued for awarded sites only")
        fp, basis, _ = fingerprint_for(s, a)
        card = ScoreCard.from_json(basis.card_json)
        dec = s.execute(select(Decision).where(Decision.assessment_id == a.id)).scalar()

        def role(r: str) -> str:
            return "、".join(s.execute(select(Person.name).join(CampaignMember, CampaignMember.person_id == Person.id)
                                      .where(CampaignMember.campaign_id == camp.id, CampaignMember.role == r)
                                      ).scalars())
        chair, secretariat = role("panel_chair"), role("secretariat")
    tier = (card.tier.name_zh, card.tier.name_en) if card.tier else ("示范基地", "Demonstration site")
    decided = dec.decided_at if dec is not None else a.decided_at
    return CertificateData(
        lang=lang, number=dossier_number("certificate", camp.code, site.code, a.revision, fp), fingerprint=fp,
        assessment_id=a.id, campaign_name=camp.name, campaign_code=camp.code, site_name=site.name,
        site_code=site.code, award=tier, total=card.total,
        decided_on=decided.strftime("%Y-%m-%d") if decided else "",
        issued_on=(issued_on or date.today()).isoformat(),
        signatures=(SignatureBlock(("评审组长", "Panel chair"), chair),
                    SignatureBlock(("秘书处", "Secretariat"), secretariat)),
    )


def _frame(k: Kit, r: CertificateData) -> object:
    def draw(c: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        w, h = PAGE
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setLineWidth(3)
        c.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
        c.setLineWidth(0.8)
        c.rect(13 * mm, 13 * mm, w - 26 * mm, h - 26 * mm)
        for x, y in ((13, 13), (13, h / mm - 13), (w / mm - 13, 13), (w / mm - 13, h / mm - 13)):
            c.circle(x * mm, y * mm, 2.2 * mm, stroke=1, fill=0)
        c.setFont(k.fn, 7)
        c.setFillColor(MUTED)
        c.drawCentredString(w / 2, 17 * mm, k.plain(f"{r.number}  ·  SHA-256 {r.fingerprint}"))
        c.restoreState()
    return draw


def render_certificate(r: CertificateData, font: FontInfo) -> bytes:
    k = Kit(font, r.lang)
    buf = io.BytesIO()
    meta = metadata("certificate", r.number, r.fingerprint, r.assessment_id, font, False)
    doc = BaseDocTemplate(buf, pagesize=PAGE, leftMargin=30 * mm, rightMargin=30 * mm, topMargin=26 * mm,
                          bottomMargin=24 * mm, title=k.plain(f"{r.site_name} — {k.tp('certificate')}"),
                          author="LowCarbonSites programme office", subject="award certificate",
                          keywords=keywords(meta), initialFontName=font.name)
    frame = Frame(30 * mm, 24 * mm, PAGE[0] - 60 * mm, PAGE[1] - 50 * mm, id="cert")
    doc.addPageTemplates([PageTemplate(id="cert", frames=[frame], onPage=_frame(k, r))])
    sigs = [[k.p(f"<br/><br/>________________________<br/>{k.bi(s.role)} &nbsp; {k.esc(s.name)}", "CertSmall")
             for s in r.signatures]]
    sig_table = Table(sigs, colWidths=[(PAGE[0] - 80 * mm) / 2] * 2)
    sig_table.setStyle([("FONTNAME", (0, 0), (-1, -1), font.name), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story = [
        k.p(k.esc(r.campaign_name), "CertSub"), Spacer(1, 3 * mm),
        k.p(k.t("certificate", "<br/>"), "CertTitle"), Spacer(1, 5 * mm),
        k.p(k.esc(r.site_name), "CertSite"), Spacer(1, 4 * mm),
        k.p(k.t("cert_body", "<br/>"), "CertBody"), Spacer(1, 3 * mm),
        k.p(f"<b>{k.bi(r.award, '<br/>')}</b>", "CertSite"), Spacer(1, 3 * mm),
        k.p(f"{k.t('total')}: {num(r.total)} &nbsp;·&nbsp; {k.t('decided_at')}: {k.esc(r.decided_on)} &nbsp;·&nbsp; "
            f"{k.t('date')}: {k.esc(r.issued_on)}", "CertSmall"),
        k.p(f"{k.t('number')}: {k.esc(r.number)}", "CertSmall"), Spacer(1, 4 * mm), sig_table,
    ]
    story = [KeepInFrame(frame._aW, frame._aH, story, mode="shrink")]  # always one page, even for long names

    def canvasmaker(*args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["initialFontName"] = font.name
        c = rl_canvas.Canvas(*args, **kwargs)
        info = _Info()
        info.extra = meta
        info.title, info.author = doc.title, doc.author
        info.subject, info.keywords, info.creator = doc.subject, doc.keywords, "LowCarbonSites dossier"
        c._doc.info = info
        return c

    doc.build(story, canvasmaker=canvasmaker)
    return buf.getvalue()
