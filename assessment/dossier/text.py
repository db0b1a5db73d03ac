"""Making user text safe for ReportLab markup: controls stripped, markup escaped, missing glyphs made visible.

Decisions (documented for users and tests):
* C0/C1 control characters are removed, except newline (becomes a line break) and tab (becomes spaces);
* ``<``, ``>`` and ``&`` are escaped, so ``<font color=red>`` prints literally and is never interpreted;
* a character the embedded font cannot draw (emoji, CJK Extension B on most system fonts) is printed as a
  visible marker ``[U+1F600]`` instead of a blank or a box, so the reader sees that something was there;
* nothing is truncated: 10,000 characters print in full (tables split long rows across pages).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from xml.sax.saxutils import escape

_KEEP = {"\n", "\t"}


def strip_controls(text: str) -> str:
    """Remove control characters (C0, DEL, C1) and unpaired surrogates except newline and tab."""
    out = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        cat = unicodedata.category(ch)
        if ch in _KEEP or cat not in ("Cc", "Cs"):
            out.append(ch)
    return "".join(out)


def marker(ch: str) -> str:
    return f"[U+{ord(ch):04X}]"


def map_missing(text: str, covers: Callable[[str], bool]) -> str:
    """Replace every character the font cannot draw by a visible [U+XXXX] marker."""
    return "".join(ch if covers(ch) else marker(ch) for ch in text)


def markup(text: object, covers: Callable[[str], bool] | None = None) -> str:
    """Any user value -> safe Paragraph markup that prints the literal text."""
    s = "" if text is None else str(text)
    s = strip_controls(s).replace("\t", "    ")
    if covers is not None:
        s = map_missing(s, covers)
    s = escape(s)
    return s.replace("\n", "<br/>")


def plain(text: object, covers: Callable[[str], bool] | None = None) -> str:
    """Safe text for canvas.drawString (no markup involved): controls removed, missing glyphs marked."""
    s = strip_controls("" if text is None else str(text)).replace("\t", " ").replace("\n", " ")
    return map_missing(s, covers) if covers is not None else s
