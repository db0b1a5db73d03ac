"""Table model of the checklist: the gates and items of the site's criteria set with answers and evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from assessment.errors import ValidationError
from assessment.ops.responses import clean_response_value
from assessment.views import EvidenceView
from scoring import CriteriaSet, ScoreCard
from ui import i18n
from ui.problems import translate_problem
from ui.qt_compat import index_data

Index = QModelIndex | QPersistentModelIndex
CodeRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
ValueRole = Qt.ItemDataRole.UserRole + 3
LacksEvidenceRole = Qt.ItemDataRole.UserRole + 4
ChoicesRole = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True)
class Row:
    code: str
    kind: str
    is_gate: bool
    definition: Any  # scoring Item or Gate


class ChecklistModel(QAbstractTableModel):
    COLUMNS = ("code", "name", "answer", "points", "evidence")
    edit_requested = Signal(str, object, object)  # code, new value, old value
    rejected = Signal(str, str)  # code, message

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.criteria: CriteriaSet | None = None
        self.rows: list[Row] = []
        self.answers: dict[str, Any] = {}
        self.evidence: dict[str, list[str]] = {}
        self.card: ScoreCard | None = None

    def set_data(self, criteria: CriteriaSet, answers: dict[str, Any],
                 evidence: list[EvidenceView] | tuple[EvidenceView, ...], card: ScoreCard | None) -> None:
        self.beginResetModel()
        self.criteria = criteria
        self.rows = [Row(g.code, g.kind, True, g) for g in criteria.gates] + \
                    [Row(i.code, i.kind, False, i) for i in criteria.items]
        self.answers = dict(answers)
        self.set_evidence(evidence, reset=False)
        self.card = card
        self.endResetModel()

    def set_evidence(self, evidence: list[EvidenceView] | tuple[EvidenceView, ...], reset: bool = True) -> None:
        self.evidence = {}
        for ev in evidence:
            for code in ev.items:
                self.evidence.setdefault(code, []).append(ev.caption or ev.original_name)
        if reset:
            self._all_changed()

    def set_card(self, card: ScoreCard) -> None:
        self.card = card
        self._all_changed()

    def set_answer(self, code: str, value: Any) -> None:
        self.answers[code] = value
        self._all_changed()

    def _all_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

    def result(self, row: Row) -> Any:
        if self.card is None:
            return None
        found = self.card.gates if row.is_gate else self.card.items
        return next((r for r in found if r.code == row.code), None)

    def lacks_evidence(self, row: Row) -> bool:
        res = self.result(row)
        if res is not None and getattr(res, "status", "") == "not_applicable":
            return False
        return bool(row.definition.evidence_required) and not self.evidence.get(row.code)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Code"), self.tr("Item"), self.tr("Answer"), self.tr("Points"),
                    self.tr("Evidence"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if self.COLUMNS[index.column()] == "answer" and row.kind in ("yes_no", "choice", "number"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def answer_text(self, row: Row) -> str:
        value = self.answers.get(row.code)
        if row.kind == "metric":
            res = self.result(row)
            v = getattr(res, "input_value", None) if res is not None else None
            if v is None and res is not None:
                v = getattr(res, "value", None)
            unit = getattr(row.definition, "unit", "")
            return (i18n.fmt_number(v, 3) + (f" {unit}" if unit else "")) if isinstance(v, int | float) else \
                self.tr("computed from energy data")
        if row.kind == "panel":
            return self.tr("scored by the panel")
        if value is None:
            return ""
        if row.kind == "yes_no":
            return self.tr("Yes") if value else self.tr("No")
        if row.kind == "choice":
            choice = next((c for c in row.definition.choices if c.key == str(value)), None)
            return i18n.pick(choice.label_zh, choice.label_en) if choice else str(value)
        return i18n.fmt_number(value, 3) if isinstance(value, int | float) else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        d = row.definition
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "code":
                return row.code
            if col == "name":
                return (self.tr("[Gate] ") if row.is_gate else "") + i18n.pick(d.name_zh, d.name_en)
            if col == "answer":
                return self.answer_text(row)
            if col == "points":
                res = self.result(row)
                if row.is_gate:
                    return i18n.label(res.status) if res else ""
                return f"{i18n.fmt_number(res.points, 1)} / {i18n.fmt_number(res.max_points, 1)}" if res else ""
            if col == "evidence":
                files = self.evidence.get(row.code, [])
                if files:
                    return "✓ " + self.tr("%1 file(s)").replace("%1", str(len(files)))
                return self.tr("✗ missing") if self.lacks_evidence(row) else ""
        if role == Qt.ItemDataRole.EditRole and col == "answer":
            return self.answers.get(row.code)
        if role == Qt.ItemDataRole.ToolTipRole:
            return i18n.pick(d.help_zh, d.help_en) or i18n.pick(d.name_zh, d.name_en)
        if role == Qt.ItemDataRole.BackgroundRole and col == "evidence" and self.lacks_evidence(row):
            return QBrush(QColor("#fde2c4"))
        return {CodeRole: row.code, KindRole: row.kind, ValueRole: self.answers.get(row.code),
                LacksEvidenceRole: self.lacks_evidence(row),
                ChoicesRole: [(c.key, i18n.pick(c.label_zh, c.label_en)) for c in getattr(d, "choices", ())]
                }.get(role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.criteria is None:
            return False
        row = self.rows[index.row()]
        try:
            clean = clean_response_value(self.criteria, row.code, value)
        except ValidationError as exc:
            problem = translate_problem(exc.problem)
            self.rejected.emit(row.code, f"{row.code}: “{value}” {problem} — " + self.tr("not stored"))
            return False
        old = self.answers.get(row.code)
        if clean != old:
            self.edit_requested.emit(row.code, clean, old)
        return True


class LacksEvidenceFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_missing = False

    def set_only_missing(self, flag: bool) -> None:
        self.beginFilterChange()
        self.only_missing = flag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self.only_missing:
            return True
        return bool(self.sourceModel().data(self.sourceModel().index(row, 0, parent), LacksEvidenceRole))


class AnswerDelegate(QStyledItemDelegate):
    """The right input per item kind: yes/no and choices as lists, numbers as text checked on entry."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = index_data(index, KindRole)
        if kind in ("yes_no", "choice"):
            box = QComboBox(parent)
            box.addItem("—", None)
            if kind == "yes_no":
                box.addItem(self.tr("Yes"), True)
                box.addItem(self.tr("No"), False)
            else:
                for key, text in index_data(index, ChoicesRole) or []:
                    box.addItem(text, key)
            return box
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index_data(index, Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else f"{value:g}" if isinstance(value, float) else str(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
