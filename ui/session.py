"""The open database and what every screen shares: actor, worker, messages, undo stack, edit runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QWidget

from assessment.db import Database
from assessment.errors import ConcurrentEditError, ReasonRequired
from assessment.ops.common import LOCKED_AFTER_SUBMIT
from ui.messages import MessageBridge
from ui.settings import Preferences
from ui.tasks import TaskManager
from ui.undo import Op, OpCommand
from ui.versions import VersionBook


class Session(QObject):
    """Runs edits as named operations on the worker, asks for a reason after submission, records undo."""

    data_changed = Signal(str)  # assessment id, after every stored change (edit, undo, redo)
    status_changed = Signal(str, str)  # assessment id, status
    stale = Signal(str)  # assessment id: a save was refused because someone else saved first; reload it

    def __init__(self, db: Database, prefs: Preferences, messages: MessageBridge,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.prefs = prefs
        self.messages = messages
        self.tasks = TaskManager(messages.error, self)
        self.undo_stack = QUndoStack(self)
        self.status: dict[str, str] = {}
        self.versions = VersionBook()  # what this window has shown of each record, passed with every save
        self.last_reason = ""
        self.window: QWidget | None = None
        self.reason_provider: Callable[[str], str | None] = self._ask_reason

    @property
    def actor(self) -> str:
        return self.prefs.actor()

    def set_status(self, assessment_id: str, status: str) -> None:
        if self.status.get(assessment_id) != status:
            self.status[assessment_id] = status
            self.status_changed.emit(assessment_id, status)

    def needs_reason(self, assessment_id: str) -> bool:
        return self.status.get(assessment_id) in LOCKED_AFTER_SUBMIT

    def _ask_reason(self, what: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.window, self.tr("Reason for the change"),
            self.tr("This assessment has been submitted. Why are you changing it?\n(%1)").replace("%1", what),
            text=self.last_reason)
        return text.strip() if ok and text.strip() else None

    def reason_for(self, assessment_id: str, what: str, force: bool = False) -> tuple[bool, str | None]:
        """(go ahead?, reason): drafts need none; after submission the user must give one."""
        if not force and not self.needs_reason(assessment_id):
            return True, None
        reason = self.reason_provider(what)
        if not reason:
            self.messages.status.emit(self.tr("Change cancelled: a reason is required after submission."))
            return False, None
        self.last_reason = reason
        return True, reason

    def edit(self, what: str, assessment_id: str, apply: Op, revert: Op | None = None,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> bool:
        """Store one change now (its own transaction); push it on the undo stack when it worked."""
        go, reason = self.reason_for(assessment_id, what)
        if not go:
            return False

        def done(result: Any) -> None:
            if revert is not None:
                self.undo_stack.push(OpCommand(what, assessment_id, apply, revert, self._replay))
            self.data_changed.emit(assessment_id)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ReasonRequired):  # the status changed behind our back: ask, then retry
                self.set_status(assessment_id, "submitted")
                self.edit(what, assessment_id, apply, revert, on_done, on_error)
                return
            if isinstance(exc, ConcurrentEditError):
                self.refused_as_stale(assessment_id, exc)
                return
            (on_error or self.messages.error)(exc)

        self.tasks.run(lambda: apply(reason), done, failed)
        return True

    def push_done(self, what: str, assessment_id: str, apply: Op, revert: Op) -> None:
        """Record a change that has already been stored (e.g. by a long job) so that it can be undone."""
        self.undo_stack.push(OpCommand(what, assessment_id, apply, revert, self._replay))

    def _replay(self, what: str, assessment_id: str, op: Op) -> None:
        """Undo/redo: run the stored operation again (audited like any edit)."""
        go, reason = self.reason_for(assessment_id, what)
        if not go:
            return
        self.tasks.run(lambda: op(reason), lambda _r: self.data_changed.emit(assessment_id),
                       self._replay_failed(assessment_id))

    def _replay_failed(self, assessment_id: str) -> Callable[[BaseException], None]:
        def inner(exc: BaseException) -> None:
            if isinstance(exc, ConcurrentEditError):
                self.refused_as_stale(assessment_id, exc)
                return
            self.messages.error(exc)
            self.data_changed.emit(assessment_id)  # show what is really stored
        return inner

    def report_failure(self, assessment_id: str, exc: BaseException) -> None:
        """For jobs run outside `edit`: a stale save reloads, anything else is explained."""
        if isinstance(exc, ConcurrentEditError):
            self.refused_as_stale(assessment_id, exc)
        else:
            self.messages.error(exc)

    def refused_as_stale(self, assessment_id: str, exc: ConcurrentEditError) -> None:
        """Someone else saved first: say so, reload what is stored, and drop undo steps that would overwrite it."""
        self.undo_stack.clear()
        self.messages.error(exc)
        self.stale.emit(assessment_id)

    def close(self) -> None:
        self.tasks.shutdown()
        self.db.dispose()
