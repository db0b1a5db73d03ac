"""A small read-only table model for lists of records (gates, items, alerts, audit events)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2

LEVEL_COLOURS = {
    "pass": "#d4edda", "ok": "#d4edda", "scored": None, "fail": "#f8d7da", "error": "#f8d7da",
    "not_available": "#fde2c4", "warning": "#fff3cd", "awaiting_panel": "#e2e3f3",
}


class RowsModel(QAbstractTableModel):
    """Columns are (header, getter) pairs; `level` gives a row colour, `tip` a tooltip, `key` an id."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], *,
                 level: Callable[[Any], str | None] | None = None, tip: Callable[[Any], str] | None = None,
                 key: Callable[[Any], str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []
        self._level, self._tip, self._key = level, tip, key

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0] if 0 <= section < len(self.columns) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        rec = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()][1](rec)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and self._tip is not None:
            return self._tip(rec)
        if role == Qt.ItemDataRole.BackgroundRole and self._level is not None:
            colour = LEVEL_COLOURS.get(self._level(rec) or "")
            return QBrush(QColor(colour)) if colour else None
        if role == RecordRole:
            return rec
        if role == KeyRole and self._key is not None:
            return self._key(rec)
        return None
