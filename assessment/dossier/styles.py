"""The one stylesheet of the dossiers, certificate and summary report: named styles, restrained colours."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import TableStyle

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1b4d3e")  # deep green: the programme's colour
RULE = colors.HexColor("#9aa5b1")
HEAD_BG = colors.HexColor("#e4ebe7")
ZEBRA = colors.HexColor("#f5f7f6")
PASS = colors.HexColor("#2f6f4f")
FAIL = colors.HexColor("#a23b2a")
WARN = colors.HexColor("#9a6b00")
PROVISIONAL = colors.HexColor("#b03a2e")
# series colours for charts: muted, distinguishable in greyscale print
SERIES = [colors.HexColor(c) for c in ("#1b4d3e", "#6a9f7e", "#c9a227", "#3d6b99", "#a8b8c8", "#8c5a3c",
                                       "#5b7f3a", "#b6c9a0", "#7a7a7a", "#d9c27a", "#4f6d7a", "#c2a5cf")]


LATIN = "-latin"


def stylesheet(font: str) -> StyleSheet1:
    """All paragraph styles, by name; story code uses these names and never tweaks a style."""
    ss = StyleSheet1()

    def add(name: str, **kw: object) -> None:
        base = dict(fontName=font, fontSize=9.5, leading=13.5, textColor=INK, wordWrap="CJK", alignment=TA_LEFT)
        base.update(kw)
        ss.add(ParagraphStyle(name, **base))  # type: ignore[arg-type]
        # the same style wrapping at spaces (long words still split): for text without CJK, ~3x faster
        ss.add(ParagraphStyle(name + LATIN, **{**base, "wordWrap": None, "splitLongWords": 1}))  # type: ignore[arg-type]

    add("Body")
    add("Small", fontSize=8, leading=10.5)
    add("Muted", fontSize=8, leading=10.5, textColor=MUTED)
    add("Cell", fontSize=8, leading=10.5)
    add("CellRight", fontSize=8, leading=10.5, alignment=TA_RIGHT)
    add("CellHead", fontSize=8, leading=10.5, textColor=ACCENT)
    add("H1", fontSize=16, leading=22, textColor=ACCENT, spaceBefore=4, spaceAfter=8)
    add("H2", fontSize=12, leading=17, textColor=ACCENT, spaceBefore=10, spaceAfter=5)
    add("H3", fontSize=10.5, leading=14, textColor=INK, spaceBefore=6, spaceAfter=3)
    add("TOC1", fontSize=10, leading=16, leftIndent=6)
    add("Caption", fontSize=7.5, leading=10, textColor=MUTED, alignment=TA_CENTER)
    add("Note", fontSize=8, leading=11, textColor=MUTED, leftIndent=6)
    add("Warn", fontSize=9, leading=12.5, textColor=PROVISIONAL)
    add("CoverKicker", fontSize=11, leading=16, textColor=MUTED, alignment=TA_CENTER)
    add("CoverTitle", fontSize=24, leading=34, textColor=ACCENT, alignment=TA_CENTER, spaceAfter=10)
    add("CoverSite", fontSize=17, leading=25, textColor=INK, alignment=TA_CENTER, spaceAfter=6)
    add("CoverAward", fontSize=14, leading=20, textColor=ACCENT, alignment=TA_CENTER)
    add("CoverMeta", fontSize=9.5, leading=15, textColor=INK, alignment=TA_LEFT)
    add("CoverStamp", fontSize=16, leading=22, textColor=PROVISIONAL, alignment=TA_CENTER)
    add("CertTitle", fontSize=27, leading=36, textColor=ACCENT, alignment=TA_CENTER)
    add("CertSub", fontSize=13, leading=19, textColor=MUTED, alignment=TA_CENTER)
    add("CertSite", fontSize=22, leading=31, textColor=INK, alignment=TA_CENTER)
    add("CertBody", fontSize=12, leading=19, textColor=INK, alignment=TA_CENTER)
    add("CertSmall", fontSize=8, leading=11, textColor=MUTED, alignment=TA_CENTER)
    add("Signature", fontSize=8.5, leading=12, textColor=INK, alignment=TA_LEFT)
    return ss


def table_style(font: str, *, header_rows: int = 1, zebra: bool = True, extra: list | None = None) -> TableStyle:
    """The grid look shared by every data table."""
    cmds: list = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT) if header_rows else
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG))
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    cmds.extend(extra or [])
    return TableStyle(cmds)


def key_value_style(font: str) -> TableStyle:
    """Two-column label/value tables (site profile, cover facts)."""
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ])
