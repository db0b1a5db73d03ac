"""One bridge for messages to the user: environment problems, expected refusals and bugs told apart."""

from __future__ import annotations

import errno
import logging
import traceback
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from assessment.errors import (
    AssessmentError,
    ConcurrentEditError,
    DatabaseBusyError,
    DatabaseCorruptError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    ValidationError,
    ValidationErrors,
)
from assessment.fields import SITE_FIELD_MAP
from ui.problems import translate_error

log = logging.getLogger(__name__)
ENVIRONMENT_ERRNOS = {errno.ENOSPC, errno.EACCES, errno.EROFS, errno.EIO, errno.EDQUOT}


@dataclass(frozen=True)
class Message:
    kind: str  # "info" | "refused" | "environment" | "bug"
    text: str
    detail: str = ""


def classify(exc: BaseException) -> str:
    """'environment' (disk, lock, file), 'refused' (an expected rule), or 'bug' (our fault)."""
    if isinstance(exc, DatabaseBusyError | DatabaseCorruptError | DatabaseTooNewError | DatabaseUnavailableError
                  | ConcurrentEditError):
        return "environment"
    if isinstance(exc, AssessmentError):
        return "refused"
    if isinstance(exc, OSError) and (exc.errno in ENVIRONMENT_ERRNOS or isinstance(exc, PermissionError)):
        return "environment"
    text = str(exc).lower()
    if "database or disk is full" in text or "disk i/o error" in text or "database is locked" in text:
        return "environment"
    return "bug"


def change_label(change: str | None) -> str:
    """A changed field in the user's language (site fields have labels; item codes and actions show as stored)."""
    from ui import i18n

    spec = SITE_FIELD_MAP.get(change or "")
    return i18n.pick(spec.label_zh, spec.label_en) if spec else (i18n.label(change) or "—")


class MessageBridge(QObject):
    """Every message goes through here; tests read .history instead of clicking dialogs."""

    shown = Signal(object)  # Message
    status = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history: list[Message] = []
        self.interactive = True
        self.window: QWidget | None = None

    def describe(self, exc: BaseException) -> Message:
        kind = classify(exc)
        if kind == "environment":
            if isinstance(exc, ConcurrentEditError):
                text = self.tr("Someone else saved a change to this record after you opened it. Your change "
                               "was not saved, so theirs is not overwritten. The editor now shows what is "
                               "stored; make your change again if it is still needed.")
                if exc.by:
                    when = exc.at.strftime("%Y-%m-%d %H:%M") + " UTC" if isinstance(exc.at, datetime) else "—"
                    return Message(kind, text, self.tr("Last change: %1 by %2 at %3.")
                                   .replace("%1", change_label(exc.change)).replace("%2", exc.by).replace("%3", when))
            elif isinstance(exc, DatabaseBusyError) or "locked" in str(exc).lower():
                text = self.tr("The database is busy (another program is writing to it). "
                               "Your change was not saved; try again in a moment.")
            elif isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "full" in str(exc).lower():
                text = self.tr("The disk is full. Your change was not saved; free some space and try again.")
            else:
                text = self.tr("A problem with the computer's files or database stopped this action:")
            return Message(kind, text, translate_error(exc))
        if kind == "refused":
            if isinstance(exc, ValidationErrors):
                return Message(kind, self.tr("Nothing was stored:"), translate_error(exc))
            if isinstance(exc, ValidationError):
                return Message(kind, self.tr("Not accepted:"), translate_error(exc))
            return Message(kind, self.tr("Not possible:"), translate_error(exc))
        detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        return Message("bug", self.tr("An unexpected error occurred (a bug). Your saved data is safe. "
                                      "Please report this with the details below."), detail)

    def error(self, exc: BaseException) -> None:
        msg = self.describe(exc)
        if msg.kind == "bug":
            log.error("bug: %s", msg.detail)
        self._show(msg)

    def info(self, text: str) -> None:
        self._show(Message("info", text))

    def _show(self, msg: Message) -> None:
        self.history.append(msg)
        self.shown.emit(msg)
        if msg.kind != "bug":
            self.status.emit(f"{msg.text} {msg.detail}".strip())
        if not self.interactive:
            return
        icon = {"info": QMessageBox.Icon.Information, "refused": QMessageBox.Icon.Warning,
                "environment": QMessageBox.Icon.Warning, "bug": QMessageBox.Icon.Critical}[msg.kind]
        box = QMessageBox(icon, self.tr("Low-carbon sites"), msg.text, QMessageBox.StandardButton.Ok, self.window)
        if msg.kind == "bug":
            box.setDetailedText(msg.detail)
        elif msg.detail:
            box.setInformativeText(msg.detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()
