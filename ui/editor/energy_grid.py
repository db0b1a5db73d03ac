"""Energy & resources tab: the month-by-carrier grid with inline validation, paste, estimates, meters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessment import ops
from assessment.db import Database
from assessment.views import ActivityView, AssessmentDetail
from scoring import CARRIERS, units_for
from ui import i18n
from ui.editor.energy_model import EnergyGridModel, Series, pretty_unit
from ui.problems import translate_error
from ui.session import Session
from ui.versions import VersionBook

Change = tuple[Series, str, dict[str, Any] | None, ActivityView | None]


def set_cells(db: Database, actor: str, assessment_id: str, rows: list[dict[str, Any]],
              clear: list[tuple[str, str, str]], reason: str | None, versions: VersionBook) -> int:
    """Store the given rows (one transaction) and clear the given (carrier, meter, month) cells."""
    if rows:
        versions.save(assessment_id, lambda v: ops.record_activity(db, actor, assessment_id, rows, reason=reason,
                                                                    expected_version=v))
    if clear:
        wanted = set(clear)
        ids = [r.id for r in ops.list_activity(db, assessment_id) if (r.carrier, r.meter_id, r.month) in wanted]
        if ids:
            versions.save(assessment_id, lambda v: ops.delete_activity(db, actor, assessment_id, ids, reason=reason,
                                                                        expected_version=v))
    return len(rows) + len(clear)


def as_row(r: ActivityView) -> dict[str, Any]:
    return {"carrier": r.carrier, "month": r.month, "quantity": r.quantity, "unit": r.unit, "source": r.source,
            "estimated": r.estimated, "meter_id": r.meter_id, "note": r.note}


def parse_block(text: str) -> list[list[str]]:
    """Spreadsheet clipboard text (tab-separated lines) as a block of cell strings."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


class SeriesDialog(QDialog):
    """Choose a carrier, its unit and the meter id for a new column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add carrier or meter"))
        self.carrier, self.unit, self.meter = QComboBox(), QComboBox(), QLineEdit()
        for code, c in CARRIERS.items():
            self.carrier.addItem(i18n.pick(c.name_zh, c.name_en), code)
        self.carrier.currentIndexChanged.connect(self._units)
        self._units()
        self.meter.setPlaceholderText(self.tr("e.g. M-01 (optional)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Meter id"), self.meter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _units(self) -> None:
        self.unit.clear()
        code = self.carrier.currentData()
        canonical = CARRIERS[code].canonical_unit
        for u in units_for(code):
            self.unit.addItem(u + (" ✓" if u == canonical else ""), u)

    def series(self) -> Series:
        return Series(self.carrier.currentData(), self.meter.text().strip(), self.unit.currentData())


class EnergyTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.assessment_id: str | None = None
        self.model = EnergyGridModel(self)
        self.view = QTableView()
        self.view.setObjectName("energy-grid")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.horizontalHeader().setDefaultSectionSize(130)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.installEventFilter(self)
        self.view.itemDelegate().closeEditor.connect(self._next_row)
        add = QPushButton(self.tr("Add carrier or meter…"))
        add.clicked.connect(self.add_series)
        est = QPushButton(self.tr("Mark as estimated"))
        est.clicked.connect(lambda: self.mark_estimated(True))
        meas = QPushButton(self.tr("Mark as measured"))
        meas.clicked.connect(lambda: self.mark_estimated(False))
        paste = QPushButton(self.tr("Paste from spreadsheet"))
        paste.clicked.connect(lambda: self.paste())
        history = QPushButton(self.tr("History of the cell…"))
        history.clicked.connect(self.show_history)
        self.hint = QLabel(self.tr("Type a value and press Enter: it is stored at once. Paste a block copied from "
                                   "a spreadsheet with Ctrl+V. Values marked ≈ are estimates."))
        self.hint.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("energy-problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c0392b;")
        self.problems.hide()
        self.summary = QLabel()
        buttons = QHBoxLayout()
        for b in (add, est, meas, paste, history):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.summary)
        self.model.edit_requested.connect(self._store)
        self.model.rejected.connect(self._show_problems)

    def set_data(self, detail: AssessmentDetail) -> None:
        same = self.assessment_id == detail.assessment.id
        self.assessment_id = detail.assessment.id
        self.model.set_data((detail.assessment.period_start, detail.assessment.period_end), detail.activity,
                            keep_series=same)
        self.problems.hide()
        self._summary()

    def refresh(self) -> None:
        aid = self.assessment_id
        if aid is None:
            return
        period = self.model.period

        def show(rows: list[ActivityView]) -> None:
            if aid == self.assessment_id and period == self.model.period:
                self.model.update_records(rows)  # no reset: the cursor and an open editor stay put
                self._summary()

        self.session.tasks.run(lambda: ops.list_activity(self.session.db, aid), show)

    def _summary(self) -> None:
        recs = self.model.records.values()
        est = sum(1 for r in recs if r.estimated)
        totals = []
        for s in self.model.series:
            values = [r.quantity for (c, m, _month), r in self.model.records.items()
                      if c == s.carrier and m == s.meter_id and r.unit == s.unit]
            if values:
                totals.append(f"{s.header().split(chr(10))[0]} {i18n.fmt_number(sum(values), 1)} {pretty_unit(s.unit)}")
        text = (self.tr("%1 months × %2 columns · %3 values stored · %4 estimated")
                .replace("%1", str(len(self.model.months))).replace("%2", str(len(self.model.series)))
                .replace("%3", str(len(self.model.records))).replace("%4", str(est)))
        if totals:
            text += "\n" + self.tr("Period totals: %1").replace("%1", " · ".join(totals))
        self.summary.setText(text)

    def _show_problems(self, bad: list[tuple[int, int, str]]) -> None:
        head = self.tr("%1 value(s) not accepted; nothing was stored:").replace("%1", str(len(bad)))
        self.problems.setText(head + "\n" + "\n".join(m for _r, _c, m in bad[:8]) + ("\n…" if len(bad) > 8 else ""))
        self.problems.show()

    def _store(self, changes: list[Change]) -> None:
        if self.assessment_id is None:
            return
        self.problems.hide()
        db, actor, aid = self.session.db, self.session.actor, self.assessment_id
        versions = self.session.versions
        new_rows = [new for _s, _m, new, _old in changes if new is not None]
        new_clear = [(s.carrier, s.meter_id, m) for s, m, new, _old in changes if new is None]
        old_rows = [as_row(old) for _s, _m, _new, old in changes if old is not None]
        old_clear = [(s.carrier, s.meter_id, m) for s, m, _new, old in changes if old is None]
        what = (self.tr("Enter %1 values").replace("%1", str(len(changes))) if len(changes) > 1 else
                self.tr("Enter %1 for %2").replace("%1", changes[0][0].header().split("\n")[0])
                .replace("%2", i18n.fmt_month(changes[0][1])))
        self.session.edit(what, aid,
                          lambda reason: set_cells(db, actor, aid, new_rows, new_clear, reason, versions),
                          lambda reason: set_cells(db, actor, aid, old_rows, old_clear, reason, versions),
                          on_error=self._store_failed)

    def _store_failed(self, exc: BaseException) -> None:
        from assessment.errors import ValidationError, ValidationErrors

        if isinstance(exc, ValidationError | ValidationErrors):
            self.problems.setText(self.tr("Not stored: %1").replace("%1", translate_error(exc)))
            self.problems.show()
        else:
            self.session.messages.error(exc)
        self.refresh()

    def add_series(self) -> None:
        dialog = SeriesDialog(self)
        dialog.accepted.connect(lambda: self.view.setCurrentIndex(self.model.index(0, self.model.add_series(
            dialog.series()))))
        dialog.open()

    def show_history(self) -> None:
        from ui.history import HistoryDialog

        idx = self.view.currentIndex()
        rec = self.model.record_at(idx.row(), idx.column()) if idx.isValid() else None
        if rec is not None and self.assessment_id is not None:
            HistoryDialog(self.session, self.assessment_id, entity_id=rec.id, parent=self).open()

    def selected_cells(self) -> list[tuple[int, int]]:
        return sorted({(i.row(), i.column()) for i in self.view.selectionModel().selectedIndexes()})

    def mark_estimated(self, flag: bool) -> None:
        cells = {(r, c): self.model.data(self.model.index(r, c), Qt.ItemDataRole.EditRole)
                 for r, c in self.selected_cells()}
        cells = {k: v for k, v in cells.items() if v != ""}
        if cells:
            self.model.request(cells, estimated=flag)

    def paste(self, text: str | None = None) -> bool:
        """Paste a block at the current cell; every value is checked first, all or nothing."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        block = parse_block(text)
        start = self.view.currentIndex()
        r0, c0 = (start.row(), start.column()) if start.isValid() else (0, 0)
        cells: dict[tuple[int, int], Any] = {}
        for dr, line in enumerate(block):
            for dc, value in enumerate(line):
                r, c = r0 + dr, c0 + dc
                if r >= self.model.rowCount() or c >= self.model.columnCount():
                    self._show_problems([(r, c, self.tr("The pasted block is larger than the grid from the "
                                                        "chosen cell; nothing was stored."))])
                    return False
                if value.strip():  # a blank cell in the copied block leaves the stored value alone
                    cells[(r, c)] = value
        return bool(cells) and self.model.request(cells)

    def copy(self) -> str:
        """The selected cells as tab-separated text (what a spreadsheet pastes), also on the clipboard."""
        cells = self.selected_cells()
        if not cells:
            return ""
        rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
        cols = range(min(c for _, c in cells), max(c for _, c in cells) + 1)
        wanted = set(cells)
        text = "\n".join("\t".join(str(self.model.data(self.model.index(r, c), Qt.ItemDataRole.EditRole))
                                   if (r, c) in wanted else "" for c in cols) for r in rows) + "\n"
        QGuiApplication.clipboard().setText(text)
        return text

    def _next_row(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter moves down a row, as in a spreadsheet (typing a column of months stays fast)."""
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            idx = self.view.currentIndex()
            if idx.isValid() and idx.row() + 1 < self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(idx.row() + 1, idx.column()))

    def clear_selected(self) -> None:
        cells = {cell: "" for cell in self.selected_cells()}
        if cells:
            self.model.request(cells)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return True
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy()
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                    self.view.state() != QAbstractItemView.State.EditingState:
                self.clear_selected()
                return True
        return super().eventFilter(watched, event)
