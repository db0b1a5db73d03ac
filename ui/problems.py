"""The foundation's validation problems (English) in the user's language, for inline error messages."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def _patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    # each literal is spelled out so that pyside6-lupdate finds it
    return [
        (re.compile(r"^is required$"), lambda m: QCoreApplication.translate("Problems", "is required")),
        (re.compile(r"^must be a number(, not yes/no)?$"),
         lambda m: QCoreApplication.translate("Problems", "must be a number")),
        (re.compile(r"^must be a finite number$"),
         lambda m: QCoreApplication.translate("Problems", "must be a finite number")),
        (re.compile(r"^must be a whole number$"),
         lambda m: QCoreApplication.translate("Problems", "must be a whole number")),
        (re.compile(r"^cannot be negative$"), lambda m: QCoreApplication.translate("Problems", "cannot be negative")),
        (re.compile(r"^must be yes or no$"), lambda m: QCoreApplication.translate("Problems", "must be yes or no")),
        (re.compile(r"^must be at least (.+)$"),
         lambda m: QCoreApplication.translate("Problems", "must be at least %1").replace("%1", m.group(1))),
        (re.compile(r"^must be at most (.+)$"),
         lambda m: QCoreApplication.translate("Problems", "must be at most %1").replace("%1", m.group(1))),
        (re.compile(r"^is longer than (\d+) characters$"),
         lambda m: QCoreApplication.translate("Problems", "is longer than %1 characters").replace("%1", m.group(1))),
        (re.compile(r"^must be one of: (.+)$"),
         lambda m: QCoreApplication.translate("Problems", "must be one of: %1").replace("%1", m.group(1))),
        (re.compile(r"^is outside the reporting period (\S+) to (\S+)$"),
         lambda m: QCoreApplication.translate("Problems", "is outside the reporting period %1 to %2")
         .replace("%1", m.group(1)).replace("%2", m.group(2))),
        (re.compile(r"^is implausibly large for one month of (\S+) \(check the unit: (.+)\)$"),
         lambda m: QCoreApplication.translate("Problems", "is implausibly large for one month (check the unit: %1)")
         .replace("%1", m.group(2))),
    ]


def translate_problem(problem: str) -> str:
    """A known problem phrase in the current language; anything else unchanged."""
    for pattern, make in _patterns():
        m = pattern.match(problem.strip())
        if m:
            return make(m)
    return problem


__all__ = ["translate_problem"]
