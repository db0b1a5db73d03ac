"""Small building blocks shared by the renderers: safe paragraphs, bilingual labels, numbers, headings."""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import Flowable, Paragraph

from assessment.dossier.data import Bi
from assessment.dossier.fonts import FontInfo
from assessment.dossier.labels import L, pick, tr
from assessment.dossier.styles import LATIN, stylesheet
from assessment.dossier.text import markup, plain

# CJK ideographs, kana, hangul, CJK punctuation and full-width forms: text that needs CJK line breaking
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")


class Kit:
    """Every string reaches ReportLab through here: user text is escaped, labels picked by language."""

    def __init__(self, font: FontInfo, lang: str) -> None:
        self.font = font
        self.fn = font.name
        self.lang = lang
        self.ss: StyleSheet1 = stylesheet(font.name)

    # --- text -----------------------------------------------------------------------------------------
    def esc(self, text: object) -> str:
        return markup(text, self.font.covers)

    def plain(self, text: object) -> str:
        return plain(text, self.font.covers)

    def bi(self, pair: Bi, sep: str = " / ") -> str:
        """A bilingual pair as safe markup; sep is inserted as markup (e.g. "<br/>")."""
        zh, en = self.esc(pair[0]), self.esc(pair[1])
        return pick((zh, en), self.lang, sep)

    def t(self, key: str, sep: str = " / ") -> str:
        return self.bi(L[key], sep)

    def tp(self, key: str) -> str:
        """A label as plain text (canvas drawing, chart titles)."""
        return self.plain(tr(key, self.lang))

    def bp(self, pair: Bi) -> str:
        return self.plain(pick(pair, self.lang))

    def short(self, pair: Bi) -> str:
        """Chart labels: one language (Chinese when both are asked for), plain text."""
        return self.plain(pair[1] if self.lang == "en" else pair[0] or pair[1])

    def long(self, pair: Bi) -> str:
        """Explanations: in both languages, Chinese then English on its own line."""
        return self.bi(pair, "<br/>")

    # --- flowables ------------------------------------------------------------------------------------
    def style(self, markup_text: str, name: str) -> ParagraphStyle:
        """The named style; its space-wrapping twin when the text holds no CJK (same look, faster)."""
        return self.ss[name if _CJK.search(markup_text) else name + LATIN]

    def p(self, markup_text: str, style: str = "Body") -> Paragraph:
        """A paragraph from markup that was already made safe (esc/bi/t)."""
        return Paragraph(markup_text, self.style(markup_text, style))

    def u(self, text: object, style: str = "Cell") -> Paragraph:
        """A paragraph of user text (escaped here)."""
        safe = self.esc(text)
        return Paragraph(safe, self.style(safe, style))

    def cell(self, markup_text: str, style: str = "Cell") -> Paragraph:
        return Paragraph(markup_text, self.style(markup_text, style))

    def head(self, key: str) -> Paragraph:
        text = self.t(key, "<br/>")
        return Paragraph(text, self.style(text, "CellHead"))

    def section(self, key: str) -> Flowable:
        """An H2 heading that also becomes an entry of the contents page."""
        para = Paragraph(self.t(key), self.ss["H2"])
        para._toc_title = self.tp(key)  # type: ignore[attr-defined]
        return para


def num(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"
