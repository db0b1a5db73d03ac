"""Table model of the month-by-carrier grid: one column per (carrier, meter, unit), one row per month."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from assessment.errors import ValidationError
from assessment.fields import months_between
from assessment.ops.activity import clean_activity_row
from assessment.views import ActivityView
from scoring import CARRIERS
from ui import i18n
from ui.problems import translate_problem

Index = QModelIndex | QPersistentModelIndex
CarrierRole = Qt.ItemDataRole.UserRole + 1
MonthRole = Qt.ItemDataRole.UserRole + 2
RecordRole = Qt.ItemDataRole.UserRole + 3
ErrorRole = Qt.ItemDataRole.UserRole + 4
EstimatedRole = Qt.ItemDataRole.UserRole + 5
ERROR_BRUSH = QBrush(QColor("#f8d7da"))
ESTIMATE_BRUSH = QBrush(QColor("#fff8e1"))


@dataclass(frozen=True)
class Series:
    carrier: str
    meter_id: str
    unit: str

    def header(self) -> str:
        c = CARRIERS.get(self.carrier)
        name = i18n.pick(c.name_zh, c.name_en) if c else self.carrier
        return f"{name}\n[{pretty_unit(self.unit)}]" + (f"\n{self.meter_id}" if self.meter_id else "")


class EnergyGridModel(QAbstractTableModel):
    """Holds what is stored; an edit is validated here and requested by signal, stored by the tab."""

    edit_requested = Signal(list)  # list of (Series, month, new row dict | None, old ActivityView | None)
    rejected = Signal(list)  # list of (row, column, message)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.months: list[str] = []
        self.series: list[Series] = []
        self.records: dict[tuple[str, str, str], ActivityView] = {}
        self.errors: dict[tuple[int, int], str] = {}
        self.period = ("2000-01", "2000-01")
        self._pending: set[tuple[str, str]] = set()

    def set_data(self, period: tuple[str, str], records: list[ActivityView] | tuple[ActivityView, ...],
                 keep_series: bool = False) -> None:
        self.beginResetModel()
        if not keep_series:
            self.series, self._pending = [], set()
        self.period = period
        self.months = months_between(*period)
        self.records = {(r.carrier, r.meter_id, r.month): r for r in records}
        seen: dict[tuple[str, str], Series] = {s_key(s): s for s in self.series}
        for r in records:
            seen.setdefault((r.carrier, r.meter_id), Series(r.carrier, r.meter_id, r.unit))
        present = {(r.carrier, r.meter_id) for r in records}
        self.series = [s for k, s in seen.items() if k in present or k in self._pending]
        self.series.sort(key=lambda s: (list(CARRIERS).index(s.carrier) if s.carrier in CARRIERS else 99, s.meter_id))
        self.errors.clear()
        self.endResetModel()

    def update_records(self, records: list[ActivityView] | tuple[ActivityView, ...]) -> None:
        """Show what is stored now without resetting the view (an open editor and the cursor stay put)."""
        for r in records:
            if not any(s_key(s) == (r.carrier, r.meter_id) for s in self.series):
                self.add_series(Series(r.carrier, r.meter_id, r.unit))
        self.records = {(r.carrier, r.meter_id, r.month): r for r in records}
        if self.months and self.series:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.months) - 1, len(self.series) - 1))

    def add_series(self, series: Series) -> int:
        """A new empty column (stored once a value is entered)."""
        for i, s in enumerate(self.series):
            if s_key(s) == s_key(series):
                return i
        self._pending.add(s_key(series))
        col = len(self.series)
        self.beginInsertColumns(QModelIndex(), col, col)
        self.series.append(series)
        self.endInsertColumns()
        return col

    def record_at(self, row: int, col: int) -> ActivityView | None:
        s = self.series[col]
        return self.records.get((s.carrier, s.meter_id, self.months[row]))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.months)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.series)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.series[section].header() if 0 <= section < len(self.series) else None
        return i18n.fmt_month(self.months[section]) if 0 <= section < len(self.months) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.months) or index.column() >= len(self.series):
            return None
        rec = self.record_at(index.row(), index.column())
        err = self.errors.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            if rec is None:
                return ""
            return i18n.fmt_number(rec.quantity, 2) + (" ≈" if rec.estimated else "")
        if role == Qt.ItemDataRole.EditRole:
            return "" if rec is None else f"{rec.quantity:.6f}".rstrip("0").rstrip(".")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BRUSH if err else ESTIMATE_BRUSH if rec and rec.estimated else None
        if role == Qt.ItemDataRole.FontRole and rec is not None and rec.estimated:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if err:
                return err
            if rec is not None:
                parts = [i18n.label(rec.source)]
                if rec.estimated:
                    parts.append(self.tr("estimated"))
                if rec.meter_id:
                    parts.append(self.tr("meter %1").replace("%1", rec.meter_id))
                if rec.note:
                    parts.append(rec.note)
                return " · ".join(parts)
            return None
        return {CarrierRole: self.series[index.column()].carrier, MonthRole: self.months[index.row()],
                RecordRole: rec, ErrorRole: err, EstimatedRole: bool(rec and rec.estimated)}.get(role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return self.request({(index.row(), index.column()): value})

    def validate(self, row: int, col: int, value: Any, estimated: bool | None = None) -> dict[str, Any] | None:
        """The cleaned row for one cell (None = clear the cell); raises ValidationError with the problem."""
        text = str(value).strip() if value is not None else ""
        if text == "":
            return None
        s, month = self.series[col], self.months[row]
        old = self.record_at(row, col)
        est = estimated if estimated is not None else bool(old and old.estimated)
        source = old.source if old else "meter"
        if estimated is False and source == "estimate":
            source = "meter"
        return clean_activity_row({"carrier": s.carrier, "month": month, "quantity": text, "unit": s.unit,
                                   "meter_id": s.meter_id, "estimated": est, "source": source,
                                   "note": old.note if old else None}, self.period)

    def request(self, cells: dict[tuple[int, int], Any], estimated: bool | None = None) -> bool:
        """Validate a block of cells; all good -> edit_requested; any bad -> marked, nothing requested."""
        changes, bad = [], []
        for (row, col), value in cells.items():
            try:
                new = self.validate(row, col, value, estimated)
            except ValidationError as exc:
                bad.append((row, col, self.explain(row, col, value, exc)))
                continue
            old = self.record_at(row, col)
            if new is None and old is None:
                continue
            if old is not None and new is not None and (old.quantity, old.unit, old.estimated, old.source) == (
                    new["quantity"], new["unit"], new["estimated"], new["source"]):
                self.clear_error(row, col)
                continue
            changes.append((self.series[col], self.months[row], new, old))
        if bad:
            for row, col, message in bad:
                self.errors[(row, col)] = message
                idx = self.index(row, col)
                self.dataChanged.emit(idx, idx)
            self.rejected.emit(bad)
            return False
        for row, col in cells:
            self.clear_error(row, col)
        if changes:
            self.edit_requested.emit(changes)
        return True

    def explain(self, row: int, col: int, value: Any, exc: ValidationError) -> str:
        s = self.series[col]
        return self.tr("%1, %2: “%3” %4 — not stored").replace("%1", i18n.fmt_month(self.months[row])) \
            .replace("%2", s.header().replace("\n", " ")).replace("%3", str(value)) \
            .replace("%4", translate_problem(exc.problem))

    def clear_error(self, row: int, col: int) -> None:
        if self.errors.pop((row, col), None) is not None:
            idx = self.index(row, col)
            self.dataChanged.emit(idx, idx)

    def apply(self, stored: list[ActivityView], removed: list[tuple[str, str, str]]) -> None:
        """Show what the operation stored."""
        for key in removed:
            self.records.pop(key, None)
        for r in stored:
            self.records[(r.carrier, r.meter_id, r.month)] = r
        if self.months and self.series:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.months) - 1, len(self.series) - 1))


def pretty_unit(unit: str) -> str:
    """m3 -> m³, 10^4 m3 -> 10⁴ m³ (the stored unit code stays as it is)."""
    return unit.replace("10^4", "10⁴").replace("m3", "m³")


def s_key(s: Series) -> tuple[str, str]:
    return (s.carrier, s.meter_id)
