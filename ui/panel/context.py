"""What every panel view shares: the database, the acting person, the campaign, and one way to run operations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from assessment.db import Database
from assessment.errors import AssessmentError
from ui.problems import translate_error


class PanelContext(QObject):
    """Operations run here one at a time (each is a short local transaction); refusals become messages.

    ``changed`` fires after any stored change so every view reloads what it may see.
    """

    changed = Signal()
    message = Signal(str)

    def __init__(self, db: Database, actor: str, campaign: str, messages: Any = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.campaign = campaign
        self.messages = messages  # the main window's MessageBridge, when there is one
        self.interactive = True
        self.errors: list[str] = []
        self.window: QWidget | None = None

    def call(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None, *,
             changes: bool = False) -> Any:
        """Run one operation; report an expected refusal instead of raising; return its result or None."""
        try:
            result = fn()
        except AssessmentError as exc:
            self.report(exc)
            return None
        if on_done is not None:
            on_done(result)
        if changes:
            self.changed.emit()
        return result

    def report(self, exc: BaseException) -> None:
        text = translate_error(exc)
        self.errors.append(text)
        self.message.emit(text)
        if self.messages is not None:
            self.messages.error(exc)
        elif self.interactive:
            QMessageBox.warning(self.window, "评审 Review panel", text)

    def info(self, text: str) -> None:
        self.message.emit(text)
        if self.messages is not None:
            self.messages.info(text)
