"""Merge conflicts: what each side holds and the last agreed value; a person keeps one, with an audited note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessment.exchange.conflicts import ConflictView, list_conflicts, resolve_conflict
from assessment.exchange.report import short
from ui.exchange.common import ExchangeDialog, table_view
from ui.exchange.texts import tx
from ui.rows_model import RecordRole, RowsModel


class ConflictsDialog(ExchangeDialog):
    resolved = Signal(object)  # ConflictView

    def __init__(self, db: Any, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setWindowTitle(tx("Merge conflicts"))
        self.resize(1150, 560)
        self.model = RowsModel([
            (tx("Site"), lambda c: c.site), (tx("Record"), lambda c: f"{c.entity} · {c.record}"),
            (tx("Field"), lambda c: c.field), (tx("Here now"), lambda c: short(c.current_value)),
            (tx("Incoming"), lambda c: short(c.incoming_value)),
            (tx("Last agreed"), lambda c: short(c.base_value)), (tx("From"), lambda c: c.incoming_actor),
            (tx("Status"), lambda c: c.status), (tx("Note"), lambda c: c.note)],
            level=lambda c: "warning" if c.status == "open" else None, key=lambda c: c.id,
            tip=lambda c: f"{c.field}\n{tx('here')}: {c.current_value}\n{tx('incoming')}: "
                          f"{c.incoming_value}\n{tx('last agreed')}: {c.base_value}")
        self.view = table_view(self.model)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.show_all = QCheckBox(tx("Show resolved conflicts too"))
        self.show_all.toggled.connect(self.reload)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tx("Why (kept in the audit trail)"))
        self.keep_local = QPushButton(tx("Keep the value here"))
        self.keep_incoming = QPushButton(tx("Take the incoming value"))
        self.keep_local.clicked.connect(lambda: self.resolve("local"))
        self.keep_incoming.clicked.connect(lambda: self.resolve("incoming"))
        self.info = QLabel(tx("A conflict: the same field was changed here and on the other side since the "
                                   "last exchange. Nothing was overwritten; choose which value to keep."))
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.keep_local)
        row.addWidget(self.keep_incoming)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.show_all)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self._update()
        self.reload()

    def reload(self, *_args: Any) -> None:
        status = None if self.show_all.isChecked() else "open"
        self.run(lambda: list_conflicts(self.db, status=status), self._loaded)

    def _loaded(self, rows: list[ConflictView]) -> None:
        self.model.set_records(rows)
        self.view.resizeColumnsToContents()
        if rows:
            self.view.selectRow(0)
        self._update()

    def current(self) -> ConflictView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.data(rows[0], RecordRole) if rows else None

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if hasattr(self, "keep_local"):
            self._update()

    def _update(self, *_args: Any) -> None:
        c = self.current()
        ok = c is not None and c.status == "open" and not self.busy
        self.keep_local.setEnabled(ok)
        self.keep_incoming.setEnabled(ok)

    def resolve(self, keep: str) -> None:
        c = self.current()
        if c is None:
            return
        note = self.note.text().strip() or None

        def done(view: ConflictView) -> None:
            self.note.clear()
            self.resolved.emit(view)
            self.reload()

        self.run(lambda: resolve_conflict(self.db, self.actor, c.id, keep, note=note), done)
