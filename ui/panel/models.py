"""Qt table models for the panel views: the own scoring sheet (editable), and generic read-only rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from assessment.panel.views import SheetRow
from ui.i18n import fmt_number, pick
from ui.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1
BEST = QColor("#c6efce")
FLAG = QColor("#f8d7da")
MUTED = QColor("#eeeeee")


def t(zh: str, en: str) -> str:
    """Panel texts are bilingual in the code (no .ts entry needed); the app's language picks one."""
    return pick(zh, en)


def state_text(r: SheetRow) -> str:
    if r.editable:
        return t("可编辑", "editable")
    if r.note == "decided":
        return t("已决定", "decided")
    for phase, zh in (("independent", "独立评分"), ("read", "查阅"), ("revise", "修改"), ("decision", "决定")):
        if phase in r.note:
            return t(f"{zh}阶段只读", f"read-only in the {phase} phase")
    return r.note


class SheetModel(QAbstractTableModel):
    """The member's own scores; points and comment are editable where the phase allows."""

    edit_requested = Signal(object, str, object)  # SheetRow, field ("points" | "comment"), new value
    POINTS, COMMENT = 4, 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SheetRow] = []

    def headers(self) -> list[str]:
        return [t("编号", "Code"), t("候选", "Candidate"), t("评议项", "Judgement item"), t("满分", "Max"),
                t("我的评分", "My points"), t("我的意见", "My comment"), t("状态", "State")]

    def set_rows(self, rows: Sequence[SheetRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (self.POINTS, self.COMMENT) and self.rows[index.row()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, c = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = [r.site_code, r.site_name, f"{r.item_code} {pick(r.item_name_zh, r.item_name_en)}",
                      fmt_number(r.max_points), None if r.points is None else fmt_number(r.points),
                      r.comment or "", state_text(r)]
            if role == Qt.ItemDataRole.EditRole and c == self.POINTS:
                return "" if r.points is None else r.points
            return values[c] if values[c] is not None else ("—" if role == Qt.ItemDataRole.DisplayRole else "")
        if role == Qt.ItemDataRole.BackgroundRole and c == self.POINTS and r.points is None and r.editable:
            return QBrush(QColor("#fff3cd"))
        if role == Qt.ItemDataRole.ForegroundRole and not r.editable:
            return QBrush(QColor("#777777"))
        if role == RecordRole:
            return r
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r = self.rows[index.row()]
        field = "points" if index.column() == self.POINTS else "comment"
        old = r.points if field == "points" else (r.comment or "")
        if str(value).strip() == ("" if old is None else str(old)):
            return False
        self.edit_requested.emit(r, field, value)
        return False  # the view refreshes from the stored result


class RecordsModel(RowsModel):
    """Read-only rows: columns are (header, getter); ``background(record, column)`` may colour a cell."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]],
                 background: Callable[[Any, int], QColor | None] | None = None,
                 bold: Callable[[Any, int], bool] | None = None, parent: Any = None) -> None:
        super().__init__(columns, parent=parent)
        self._background = background
        self._bold = bold

    def set_columns(self, columns: Sequence[tuple[str, Callable[[Any], Any]]]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        rec = self.records[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
            colour = self._background(rec, index.column())
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(rec, index.column()):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
