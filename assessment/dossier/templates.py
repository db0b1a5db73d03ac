"""Page templates (cover, contents, body), header/footer in onPage, a numbered canvas for "page X of Y"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from assessment.dossier.styles import ACCENT, MUTED, RULE

PROVISIONAL_FILL = colors.Color(0.69, 0.23, 0.18, alpha=0.10)

rl_config.useA85 = 0  # binary streams: smaller files, and no slow pure-Python ASCII85 pass over every photo

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
BODY_W = PAGE_W - 2 * MARGIN_X


@dataclass
class PageDecor:
    """What the header and footer say (already in the chosen language) and the PDF metadata."""

    font: str
    header_left: str
    header_right: str
    footer_left: str
    footer_second: str
    page_label: Callable[[int, int], str]
    metadata: dict[str, str] = field(default_factory=dict)
    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: str = ""
    contents_title: str = ""
    watermark: str = ""
    toc: list[tuple[str, int]] = field(default_factory=list)


class _Info(PDFInfo):
    """PDF document information with our custom keys (e.g. /LCSFingerprint) next to the standard ones."""

    extra: dict[str, str] = {}

    def format(self, document):  # type: ignore[no-untyped-def]
        d = {
            "Title": PDFString(self.title), "Author": PDFString(self.author),
            "Subject": PDFString(self.subject), "Keywords": PDFString(self.keywords),
            "Creator": PDFString(self.creator), "Producer": PDFString(self.producer),
            "Trapped": PDFName(self.trapped),
        }
        d["CreationDate"] = d["ModDate"] = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        for key, value in self.extra.items():
            d[key] = PDFString(value)
        return PDFDictionary(d).format(document)


def canvas_class(decor: PageDecor) -> type[rl_canvas.Canvas]:
    """A canvas that holds pages back until the end, then writes "page X of Y" and the contents."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            kwargs["initialFontName"] = decor.font  # no stray Helvetica reference on any page
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []
            info = _Info()
            info.extra = dict(decor.metadata)
            info.title, info.author, info.subject, info.keywords = (
                decor.title, decor.author, decor.subject, decor.keywords)
            info.creator = "LowCarbonSites dossier"
            self._doc.info = info

        def showPage(self) -> None:  # noqa: N802 (ReportLab API)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                self._draw_page_label(number, total)
                if getattr(self, "_lcs_contents_page", None) == number:
                    self._draw_contents()
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def _draw_page_label(self, number: int, total: int) -> None:
            if number == 1:  # the cover carries no page number
                return
            self.saveState()
            self.setFont(decor.font, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(self._pagesize[0] - MARGIN_X, 10 * mm, decor.page_label(number, total))
            self.restoreState()

        def _draw_contents(self) -> None:
            self.saveState()
            y = PAGE_H - MARGIN_TOP - 20 * mm
            self.setFont(decor.font, 16)
            self.setFillColor(ACCENT)
            self.drawString(MARGIN_X, y, decor.contents_title)
            y -= 14 * mm
            self.setFont(decor.font, 10.5)
            for title, page in decor.toc:
                self.setFillColor(ACCENT if not title.startswith(" ") else MUTED)
                self.drawString(MARGIN_X + 4 * mm, y, title)
                self.drawRightString(PAGE_W - MARGIN_X, y, str(page))
                self.setStrokeColor(RULE)
                self.setDash(1, 2)
                width = self.stringWidth(title, decor.font, 10.5)
                self.line(MARGIN_X + 6 * mm + width, y + 1, PAGE_W - MARGIN_X - 10 * mm, y + 1)
                self.setDash()
                y -= 8.5 * mm
            self.restoreState()

    return NumberedCanvas


def _header_footer(decor: PageDecor) -> Callable[[rl_canvas.Canvas, BaseDocTemplate], None]:
    def draw(c: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        c.saveState()
        c.setFont(decor.font, 7.5)
        c.setFillColor(MUTED)
        top = PAGE_H - 12 * mm
        c.drawString(MARGIN_X, top, decor.header_left)
        c.drawRightString(PAGE_W - MARGIN_X, top, decor.header_right)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.6)
        c.line(MARGIN_X, top - 2.5 * mm, PAGE_W - MARGIN_X, top - 2.5 * mm)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN_X, 14 * mm, PAGE_W - MARGIN_X, 14 * mm)
        c.drawString(MARGIN_X, 10 * mm, decor.footer_left)
        c.setFont(decor.font, 6.5)
        c.drawString(MARGIN_X, 6.5 * mm, decor.footer_second)
        if decor.watermark:
            c.setFont(decor.font, 54)
            c.setFillColor(PROVISIONAL_FILL)
            c.translate(PAGE_W / 2, PAGE_H / 2)
            c.rotate(35)
            c.drawCentredString(0, 0, decor.watermark)
        c.restoreState()

    return draw


def _cover_frame(decor: PageDecor) -> Callable[[rl_canvas.Canvas, BaseDocTemplate], None]:
    def draw(c: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setLineWidth(2.2)
        c.rect(12 * mm, 12 * mm, PAGE_W - 24 * mm, PAGE_H - 24 * mm)
        c.setLineWidth(0.6)
        c.rect(14.5 * mm, 14.5 * mm, PAGE_W - 29 * mm, PAGE_H - 29 * mm)
        c.setFont(decor.font, 7)
        c.setFillColor(MUTED)
        c.drawCentredString(PAGE_W / 2, 17.5 * mm, f"{decor.footer_left}  ·  {decor.footer_second}")
        c.restoreState()

    return draw


class SectionDoc(BaseDocTemplate):
    """Cover, contents and body templates; headings marked with ``_toc_title`` feed the contents page."""

    def __init__(self, buf, decor: PageDecor, *, pagesize=A4) -> None:  # type: ignore[no-untyped-def]
        super().__init__(buf, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=decor.title,
                         author=decor.author, subject=decor.subject, keywords=decor.keywords)
        self.decor = decor
        w, h = pagesize
        body = Frame(MARGIN_X, MARGIN_BOTTOM, w - 2 * MARGIN_X, h - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(24 * mm, 26 * mm, w - 48 * mm, h - 52 * mm, id="cover", leftPadding=0, rightPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[cover], onPage=_cover_frame(decor)),
            PageTemplate(id="contents", frames=[body], onPage=self._contents_page),
            PageTemplate(id="body", frames=[body], onPage=_header_footer(decor)),
        ])

    def _contents_page(self, c: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        _header_footer(self.decor)(c, doc)
        c._lcs_contents_page = c.getPageNumber()  # type: ignore[attr-defined]

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (ReportLab API)
        title = getattr(flowable, "_toc_title", None)
        if title:
            self.decor.toc.append((title, self.page))
