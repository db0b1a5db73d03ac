"""Finding a TrueType-outline CJK font on this machine (embeddable in PDFs, drawable on images)."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont

# Windows, macOS and Linux fonts with TrueType (glyf) outlines; CFF-based ones (Noto/Source Han) cannot embed.
CANDIDATES = (
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)


def _first_font(path: Path) -> TTFont:
    if path.suffix.lower() == ".ttc":
        return TTCollection(str(path), lazy=True).fonts[0]
    return TTFont(str(path), lazy=True)


def is_truetype_cjk(path: Path) -> bool:
    """True when the font has glyf outlines (embeddable by ReportLab) and covers common Chinese."""
    try:
        font = _first_font(path)
        if "glyf" not in font or "CFF " in font:
            return False
        cmap = font.getBestCmap() or {}
        return all(ord(ch) in cmap for ch in "中国低碳示范基地评估")
    except Exception:
        return False


def missing_glyphs(path: Path, text: str) -> set[str]:
    """Characters of text the font cannot draw (beyond whitespace and control characters)."""
    cmap = _first_font(path).getBestCmap() or {}
    return {ch for ch in set(text) if ch.isprintable() and not ch.isspace() and ord(ch) not in cmap}


@lru_cache(maxsize=4)
def find_cjk_font(preferred: str | None = None) -> Path | None:
    """The user's chosen font if usable, else the first usable candidate, else None."""
    choices = [preferred] if preferred else []
    env = os.environ.get("LCS_CJK_FONT")
    if env:
        choices.insert(0, env)
    choices += list(CANDIDATES)
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", "C:/Windows")
        choices += [f"{windir}/Fonts/simhei.ttf", f"{windir}/Fonts/msyh.ttc"]
    for c in choices:
        p = Path(c)
        if p.is_file() and is_truetype_cjk(p):
            return p
    return None
