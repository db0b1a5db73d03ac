"""The candidate list: a table model of the campaign's sites, a filter/sort proxy and its panel."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessment.models import ASSESSMENT_STATUSES, SITE_TYPES
from assessment.views import SiteRow
from ui import i18n
from ui.qt_compat import index_data

SiteIdRole = Qt.ItemDataRole.UserRole + 1
AssessmentIdRole = Qt.ItemDataRole.UserRole + 2
SiteTypeRole = Qt.ItemDataRole.UserRole + 3
DistrictRole = Qt.ItemDataRole.UserRole + 4
StatusRole = Qt.ItemDataRole.UserRole + 5
TotalRole = Qt.ItemDataRole.UserRole + 6
SearchTextRole = Qt.ItemDataRole.UserRole + 7
Index = QModelIndex | QPersistentModelIndex


class SiteTableModel(QAbstractTableModel):
    """Rows are SiteRow views (cached total/tier: nothing is scored to show the list)."""

    COLUMNS = ("code", "name", "type", "district", "status", "score", "tier")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SiteRow] = []
        self._search: list[str] = []
        self.tier_names: dict[str, str] = {}

    def set_rows(self, rows: list[SiteRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [f"{r.code} {r.name} {r.district or ''}".casefold() for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[SiteRow]:
        return list(self._rows)

    def row_of(self, assessment_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.assessment_id == assessment_id), -1)

    def update_row(self, assessment_id: str, **changes: Any) -> None:
        i = self.row_of(assessment_id)
        if i < 0:
            return
        self._rows[i] = replace(self._rows[i], **changes)
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def sort_key(self, row: int, column: int) -> tuple[float, str]:
        r = self._rows[row]
        col = self.COLUMNS[column]
        if col == "score":
            return (-1.0 if r.total is None else r.total, r.code)
        text = {"code": r.code, "name": r.name, "type": r.site_type, "district": r.district or "",
                "status": r.status or "", "tier": r.tier or ""}[col]
        return (0.0, text)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Name"), self.tr("Type"), self.tr("District"), self.tr("Status"),
                    self.tr("Score"), self.tr("Tier"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "code": r.code, "name": r.name, "type": i18n.label(r.site_type), "district": r.district or "",
                "status": i18n.label(r.status), "score": i18n.fmt_number(r.total, 1) if r.total is not None else "",
                "tier": self.tier_names.get(r.tier or "", r.tier or ""),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == "name":
            sample = self.tr("sample data")
            return f"{r.name}\n{r.code}" + (f" — {sample}" if r.is_sample else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "score":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        roles = {SiteIdRole: r.site_id, AssessmentIdRole: r.assessment_id, SiteTypeRole: r.site_type,
                 DistrictRole: r.district, StatusRole: r.status, TotalRole: r.total,
                 SearchTextRole: self._search[index.row()]}
        return roles.get(role)


class SiteFilterProxy(QSortFilterProxyModel):
    """Filter by type, district, status and search text; sort by score numerically (blank last)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site_type = ""
        self.district = ""
        self.status = ""
        self.search = ""

    def set_filters(self, **values: str) -> None:
        new = hasattr(self, "beginFilterChange")
        if new:
            self.beginFilterChange()
        for k, v in values.items():
            setattr(self, k, v.casefold() if k == "search" else v)
        if new:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def accepts(self, r: SiteRow, search_text: str) -> bool:
        if self.site_type and r.site_type != self.site_type:
            return False
        if self.district and r.district != self.district:
            return False
        if self.status and r.status != self.status:
            return False
        return not self.search or self.search in search_text

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        m = self.sourceModel()
        assert isinstance(m, SiteTableModel)
        return self.accepts(m._rows[row], m._search[row])

    def status_counts(self) -> Counter[str | None]:
        """Counts per status of the rows that pass the filter (computed in Python, no index objects)."""
        m = self.sourceModel()
        assert isinstance(m, SiteTableModel)
        return Counter(r.status for r, t in zip(m._rows, m._search, strict=True) if self.accepts(r, t))

    def lessThan(self, left: Index, right: Index) -> bool:
        m = self.sourceModel()
        assert isinstance(m, SiteTableModel)
        return m.sort_key(left.row(), left.column()) < m.sort_key(right.row(), right.column())


class SiteListPanel(QWidget):
    """Filters, search, counts per status and the table; emits the chosen assessment."""

    assessment_selected = Signal(str, str)  # site id, assessment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SiteTableModel(self)
        self.proxy = SiteFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(placeholderText=self.tr("Search name, code, district…"))
        self.search.setClearButtonEnabled(True)
        self.type_box, self.district_box, self.status_box = QComboBox(), QComboBox(), QComboBox()
        self.type_box.addItem(self.tr("All types"), "")
        for t in SITE_TYPES:
            self.type_box.addItem(i18n.label(t), t)
        self.status_box.addItem(self.tr("All statuses"), "")
        for s in ASSESSMENT_STATUSES:
            self.status_box.addItem(i18n.label(s), s)
        self.district_box.addItem(self.tr("All districts"), "")
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 76), (2, 80), (3, 60), (4, 80), (5, 48), (6, 86)):
            self.view.setColumnWidth(col, width)
        filters = QHBoxLayout()
        for w in (self.type_box, self.district_box, self.status_box):
            filters.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts)
        self.search.textChanged.connect(lambda t: self._apply(search=t))
        self.type_box.currentIndexChanged.connect(lambda _i: self._apply(site_type=self.type_box.currentData()))
        self.district_box.currentIndexChanged.connect(
            lambda _i: self._apply(district=self.district_box.currentData()))
        self.status_box.currentIndexChanged.connect(lambda _i: self._apply(status=self.status_box.currentData()))
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.dataChanged.connect(lambda *_args: self._update_counts())  # e.g. a submitted assessment

    def _apply(self, **values: str) -> None:
        self.proxy.set_filters(**{k: v or "" for k, v in values.items()})
        self._update_counts()

    def set_rows(self, rows: list[SiteRow]) -> None:
        current = self.current_assessment()
        self.model.set_rows(rows)
        chosen = self.district_box.currentData()
        self.district_box.blockSignals(True)
        self.district_box.clear()
        self.district_box.addItem(self.tr("All districts"), "")
        for d in sorted({r.district for r in rows if r.district}):
            self.district_box.addItem(d, d)
        self.district_box.setCurrentIndex(max(0, self.district_box.findData(chosen)))
        self.district_box.blockSignals(False)
        self._update_counts()
        if current:
            self.select(current)

    def _update_counts(self) -> None:
        shown = self.proxy.status_counts()
        parts = [f"{i18n.label(s)} {shown.get(s, 0)}" for s in ASSESSMENT_STATUSES]
        self.counts.setText(self.tr("%1 of %2 sites").replace("%1", str(self.proxy.rowCount()))
                            .replace("%2", str(self.model.rowCount())) + " · " + " · ".join(parts))

    def current_assessment(self) -> str | None:
        idx = self.view.currentIndex()
        return index_data(idx, AssessmentIdRole) if idx.isValid() else None

    def select(self, assessment_id: str) -> bool:
        row = self.model.row_of(assessment_id)
        if row < 0:
            return False
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if idx.isValid():
            self.view.setCurrentIndex(idx)
            self.view.scrollTo(idx)
        return idx.isValid()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and index_data(current, AssessmentIdRole):
            self.assessment_selected.emit(index_data(current, SiteIdRole), index_data(current, AssessmentIdRole))
