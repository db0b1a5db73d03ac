"""Refusals of the review panel (roles, phases, conflicts of interest, score files), as patterns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.problems.words import located, message, phase, phases, status, term, terms

PANEL = [
    # who may do what (assessment/panel/access.py, guard.py, comparison.py, decisions.py)
    (QT_TRANSLATE_NOOP("Errors", "'%1' is not a known person; use --actor with your name as registered"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 has no role in campaign %2"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 cannot %2: only the %3 may do that (your role: %4)"), None, term, terms, terms),
    (QT_TRANSLATE_NOOP("Errors", "cannot %1 in the %2 phase (allowed in: %3)"), term, phase, phases),
    (QT_TRANSLATE_NOOP("Errors", "%1 has a conflict of interest with %2 and cannot %3"), None, None, term),
    (QT_TRANSLATE_NOOP("Errors", "%1 has a conflict of interest with %2; it cannot be part of your comparison"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 cannot see this decision: %2"), None, message),
    (QT_TRANSLATE_NOOP("Errors", "conflict of interest: nothing of this candidate's panel review is shown"),),
    (QT_TRANSLATE_NOOP("Errors", "only the panel and the secretariat see panel scores"),),
    (QT_TRANSLATE_NOOP("Errors", "independent phase: others' scores stay hidden until the chair opens the read "
                                 "phase"),),
    (QT_TRANSLATE_NOOP("Errors", "independent phase: the secretariat sees completion counts only"),),
    (QT_TRANSLATE_NOOP("Errors", "score every judgement item of this candidate first; then others' scores are "
                                 "shown"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 has a conflict of interest with %2 and cannot %3 (panel scores and comments of "
                                 "that candidate are hidden from them)"), None, None, term),
    (QT_TRANSLATE_NOOP("Errors", "%1 has a conflict of interest with %2 and cannot %3: it shows the panel's scores "
                                 "and comments of that candidate"), None, None, term),
    (QT_TRANSLATE_NOOP("Errors", "%1 cannot %2 for %3 yet: it shows other members' panel scores and comments, which "
                                 "stay hidden from you in this phase"), None, term),
    (QT_TRANSLATE_NOOP("Errors", "%1 has a conflict of interest with %2 and cannot get the panel's summary report "
                                 "(it shows their totals); ask the secretariat"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 cannot get the panel's summary report yet: totals of %2 include other members' "
                                 "panel scores hidden from you in this phase"),),
    # scoring (assessment/panel/scoring_ops.py, setup.py)
    (QT_TRANSLATE_NOOP("Errors", "%1 is not before the panel (its assessment is %2)"), None, status),
    (QT_TRANSLATE_NOOP("Errors", "%1 is decided; no scoring after the decision"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 is not under review"),),
    (QT_TRANSLATE_NOOP("Errors", "scores cannot be entered or changed in the %1 phase (only in the independent and "
                                 "revise phases)"), phase),
    (QT_TRANSLATE_NOOP("Errors", "%1 is not on the panel of %2"),),
    (QT_TRANSLATE_NOOP("Errors", "the panel is in the %1 phase and cannot go back to %2: scores already seen cannot "
                                 "be unseen"), phase, phase),
    (QT_TRANSLATE_NOOP("Errors", "the aggregation method cannot change in the decision phase"),),
    (QT_TRANSLATE_NOOP("Errors", "a chair cannot dismiss a conflict of their own; ask the secretariat to record the "
                                 "panel's decision"),),
    # panel score files (assessment/panel/exchange.py)
    (QT_TRANSLATE_NOOP("Errors", "%1 is not a panel score file"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 is not a panel score file (not readable JSON: %2)"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 was written by another version of the app (file format %2, expected %3)"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 was changed after it was exported (checksum mismatch); nothing was imported. "
                                 "Ask the member to export their scores again."),),
    (QT_TRANSLATE_NOOP("Errors", "%1 holds scores for campaign %2, not %3; nothing was imported"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 was changed after it was exported (signature does not match); nothing was "
                                 "imported"),),
    (QT_TRANSLATE_NOOP("Errors", "%1: the member named in the file is not the person of that name here"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 holds the scores of %2, not of %3; nothing was imported"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 holds the scores of %2; %3 may import only their own scores (the secretariat "
                                 "imports anyone's)"),),
    (QT_TRANSLATE_NOOP("Errors", "%1: scores cannot be imported in the %2 phase (only in the independent and revise "
                                 "phases)"), None, phase),
    (QT_TRANSLATE_NOOP("Errors", "%1: %2: the candidate is not in campaign %3"),),
    (QT_TRANSLATE_NOOP("Errors", "%1: %2: %3; nothing was imported"), None, None, located),
]
