"""Shared parts of the exchange dialogs: a private worker, the message bridge, file pickers, table views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from assessment.db import Database
from ui.exchange.texts import tx
from ui.messages import MessageBridge
from ui.tasks import Cancelled, Progress, TaskCancelled, TaskManager

CANCELLED = object()


class ExchangeDialog(QDialog):
    """A dialog that runs its jobs on its own worker (one at a time) and stops it when closed."""

    def __init__(self, db: Database, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.messages = MessageBridge(self)
        self.messages.window = self
        self.tasks = TaskManager(self._failed, self)
        self.busy = False

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.messages.error(exc)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.set_busy(True)

        def finished(result: Any) -> None:
            self.set_busy(False)
            done(result)

        self.tasks.run(fn, finished)

    def run_long(self, label: str, fn: Callable[[Progress, Cancelled], Any], done: Callable[[Any], None]) -> None:
        """With a progress dialog after ~0.5 s; Cancel stops the job at its next progress call (rolled back)."""
        self.set_busy(True)

        def job(progress: Progress, cancelled: Cancelled) -> Any:
            try:
                return fn(progress, cancelled)
            except TaskCancelled:
                return CANCELLED

        def finished(result: Any) -> None:
            self.set_busy(False)
            if result is CANCELLED:
                self.messages.status.emit(tx("Cancelled; nothing was changed."))
            else:
                done(result)

        self.tasks.run_long(self, label, job, finished, self._failed)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self.tasks.shutdown()
        super().done(result)


def table_view(model: Any, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(22)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class FileRow(QWidget):
    """A path field with a Browse… button (open or save)."""

    def __init__(self, caption: str, filters: str, *, save: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption, self.filters, self.save = caption, filters, save
        self.edit = QLineEdit()
        button = QPushButton(tx("Browse…"))
        button.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(button)

    def _browse(self) -> None:
        pick = QFileDialog.getSaveFileName if self.save else QFileDialog.getOpenFileName
        path, _ = pick(self, self.caption, self.edit.text(), self.filters)
        if path:
            self.edit.setText(path)

    def path(self) -> str:
        return self.edit.text().strip()
