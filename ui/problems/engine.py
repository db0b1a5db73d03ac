"""Catalogues of English message patterns (with %1, %2 … for the values) rendered in the user's language."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

Convert = Callable[[str], str] | None
_PLACEHOLDER = re.compile(r"%(\d)")


def pattern_of(source: str) -> re.Pattern[str]:
    """The English text with each %N standing for any value (as short as the rest of the text allows)."""
    parts = _PLACEHOLDER.split(source)
    # split() alternates literal text and the digit of a placeholder
    return re.compile("".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(parts)), re.S)


def fill(template: str, values: Sequence[str]) -> str:
    """%N replaced by the N-th value in one pass (a value that itself holds '%2' stays as it is)."""
    return _PLACEHOLDER.sub(lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values)
                            else m.group(0), template)


@dataclass(frozen=True)
class Entry:
    source: str  # the English text as in the .ts file
    regex: re.Pattern[str]
    convert: tuple[Convert, ...]  # per value: how to show it in the user's language (None: as it is)


class Catalogue:
    """Entries of one translation context; the first value ending soonest, then the longest fixed text, wins."""

    def __init__(self, context: str, entries: Sequence[tuple[Any, ...]]) -> None:
        self.context = context
        built = [Entry(e[0], pattern_of(e[0]), tuple(e[1:])) for e in entries]
        self.entries = sorted(built, key=lambda e: -len(_PLACEHOLDER.sub("", e.source)))

    def match(self, text: str) -> tuple[Entry, re.Match[str]] | None:
        """The entry that explains the text from its start: a message quoted inside another (…: %2) stays a value."""
        text = text.strip()
        found = [(entry, m) for entry in self.entries if (m := entry.regex.fullmatch(text))]
        # entries are sorted longest fixed text first; min() keeps that order among equals
        return min(found, key=lambda f: f[1].end(1) if f[1].re.groups else 0, default=None)

    def translate(self, text: str) -> str | None:
        """The text in the current language, or None when no entry matches."""
        found = self.match(text)
        if found is None:
            return None
        entry, m = found
        values = [conv(v) if conv else v
                  for v, conv in zip(m.groups(), entry.convert + (None,) * len(m.groups()), strict=False)]
        return fill(QCoreApplication.translate(self.context, entry.source), values)


class Terms:
    """Single words and phrases that messages are assembled from (actions, roles, field names)."""

    def __init__(self, context: str, words: Sequence[str]) -> None:
        self.context = context
        self.words = frozenset(words)

    def get(self, word: str) -> str | None:
        return QCoreApplication.translate(self.context, word) if word in self.words else None
