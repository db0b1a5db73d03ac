"""Fonts for the PDFs: an embedded TrueType CJK font when one exists, else the non-embedded STSong-Light."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from assessment.fonts import find_cjk_font

FALLBACK = "STSong-Light"
FALLBACK_WARNING = ("No TrueType CJK font was found; the PDF uses the built-in STSong-Light font, which is NOT "
                    "embedded (the viewer substitutes a font). Install or choose a TrueType CJK font "
                    "(e.g. SimHei, Microsoft YaHei, WenQuanYi Zen Hei) in the settings.")
FALLBACK_WARNING_ZH = "未找到可嵌入的 TrueType 中文字体，PDF 使用未嵌入的 STSong-Light 字体（由阅读器替代显示）。"


@dataclass(frozen=True)
class FontInfo:
    """The registered font: its ReportLab name, whether it is embedded, and what it can draw."""

    name: str
    path: str | None
    embedded: bool
    warning: str | None
    covers: Callable[[str], bool]

    @property
    def metadata_note(self) -> str:
        if self.embedded:
            return f"font: embedded TrueType {Path(self.path or '').name}"
        return f"font: {FALLBACK} (not embedded; no TrueType CJK font found)"


def _ttf_covers(font: TTFont) -> Callable[[str], bool]:
    cmap = font.face.charToGlyph

    def covers(ch: str) -> bool:
        return ch in " \n\t" or ord(ch) in cmap

    return covers


def _cid_covers(ch: str) -> bool:
    # STSong-Light (Adobe-GB1) covers GB 18030's BMP Chinese, Latin and common punctuation; not emoji/Ext-B.
    return ord(ch) < 0x10000 and not (0x2600 <= ord(ch) <= 0x27BF) and not (0xE000 <= ord(ch) <= 0xF8FF)


@lru_cache(maxsize=8)
def register_font(preferred: str | None = None) -> FontInfo:
    """Register (once per process) the CJK font to use; the fallback comes with a warning."""
    path = find_cjk_font(preferred)
    if path is not None:
        name = "LCS-CJK-" + path.stem.replace(" ", "")
        try:
            font = TTFont(name, str(path), subfontIndex=0) if path.suffix.lower() == ".ttc" else TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
            return FontInfo(name, str(path), True, None, _ttf_covers(font))
        except Exception:  # an unreadable font file: fall through to the built-in one
            pass
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK))
    return FontInfo(FALLBACK, None, False, FALLBACK_WARNING, _cid_covers)
