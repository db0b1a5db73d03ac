"""assessment/'s English error messages in the user's language: field labels, problems, whole messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assessment.errors import AssessmentError, ValidationError, ValidationErrors, WorkflowError
from ui import i18n
from ui.problems.engine import Catalogue, fill
from ui.problems.exchange import EXCHANGE
from ui.problems.panel import PANEL
from ui.problems.storage import STORAGE
from ui.problems.validation import PROBLEMS
from ui.problems.words import field, located

MESSAGES = Catalogue("Errors", [*STORAGE, *EXCHANGE, *PANEL])


def translate_problem(problem: str) -> str:
    """A known problem phrase (what is wrong with one value) in the current language; anything else unchanged."""
    if not i18n.is_zh():
        return problem
    return PROBLEMS.translate(problem) or problem


def translate_message(text: str) -> str:
    """A known message of assessment/ in the current language, its values put back; anything else unchanged."""
    if not i18n.is_zh():
        return text
    return MESSAGES.translate(text) or PROBLEMS.translate(text) or text


def translate_located(text: str) -> str:
    """'where: value — problem' (a workbook problem, a ValidationError's text) in the current language."""
    return located(text) if i18n.is_zh() else text


def validation_line(e: ValidationError) -> str:
    """'field: value — problem' with the field's label and the problem in the current language."""
    if not i18n.is_zh():
        return str(e)
    label, problem = field(e.field), translate_problem(e.problem)
    if e.value is None or e.value == "":
        return fill(QCoreApplication.translate("Errors", "%1: %2"), [label, problem])
    shown = f"“{e.value}”" if isinstance(e.value, str) else repr(e.value)
    return fill(QCoreApplication.translate("Errors", "%1: %2 — %3"), [label, shown, problem])


def translate_error(exc: BaseException) -> str:
    """The whole text of an error for the user: translated when it comes from assessment/, else as it is."""
    if isinstance(exc, ValidationErrors):
        return "\n".join(validation_line(e) for e in exc.errors)
    if isinstance(exc, ValidationError):
        return validation_line(exc)
    if isinstance(exc, WorkflowError) and getattr(exc, "findings", ()) and i18n.is_zh():
        listed = "".join(f"\n· {i18n.pick(zh, en)}" for en, zh in exc.findings)  # one finding a line
        return fill(QCoreApplication.translate("Errors", "cannot submit, fix these first: %1"), [listed])
    if isinstance(exc, AssessmentError | OSError):  # OSError: the disk is full, a file is locked or missing
        return translate_message(str(exc))
    return str(exc)


__all__ = ["MESSAGES", "PROBLEMS", "translate_error", "translate_located", "translate_message", "translate_problem",
           "validation_line"]
