"""Import a workbook or CSV: preview the mapped columns, the rows and every problem, then store all or the valid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assessment import ops
from assessment.exchange.workbook_import import ImportResult, commit_import, preview_file
from assessment.exchange.workbook_preview import ImportPreview, cell_text
from ui.exchange.common import ExchangeDialog, FileRow, table_view
from ui.exchange.reports import import_summary
from ui.exchange.texts import tx
from ui.problems import translate_located, translate_problem
from ui.rows_model import RowsModel


class ImportDialog(ExchangeDialog):
    """Check first (nothing stored), then Import: one transaction."""

    previewed = Signal(object)  # ImportPreview
    imported = Signal(object)  # ImportResult

    def __init__(self, db: Any, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setWindowTitle(tx("Import a workbook or CSV file"))
        self.resize(1100, 680)
        self.preview: ImportPreview | None = None
        self.file = FileRow(tx("Workbook or CSV file"), tx("Workbooks (*.xlsx *.csv)"))
        self.campaign = QComboBox()
        self.check_button = QPushButton(tx("Check"))
        self.check_button.clicked.connect(self.check)
        form = QFormLayout()
        form.addRow(tx("File:"), self.file)
        form.addRow(tx("Campaign:"), self.campaign)
        form.addRow("", self.check_button)
        self.columns = RowsModel([(tx("Sheet"), lambda r: r[0]), (tx("Column"), lambda r: r[1]),
                                  (tx("Header in the file"), lambda r: r[2]),
                                  (tx("Imported as"), lambda r: r[3] or tx("(not imported)"))],
                                 level=lambda r: None if r[3] else "warning")
        self.rows = RowsModel([(tx("Sheet"), lambda r: r[0]), (tx("Row"), lambda r: r[1]),
                               (tx("Status"), lambda r: tx("problem") if r[2] else tx("ok")),
                               (tx("Cells"), lambda r: " | ".join(cell_text(v) for v in r[3]))],
                              level=lambda r: "error" if r[2] else None)
        self.problems = RowsModel([(tx("Sheet"), lambda p: p.sheet), (tx("Row"), lambda p: p.row),
                                   (tx("Column"), lambda p: p.column), (tx("Value"), lambda p: p.value),
                                   (tx("Reason"), lambda p: translate_problem(p.reason))],
                                  level=lambda p: p.level, tip=lambda p: translate_located(str(p)))
        self.tabs = QTabWidget()
        self.problems_view = table_view(self.problems)
        self.tabs.addTab(self.problems_view, tx("Problems"))
        self.tabs.addTab(table_view(self.columns), tx("Mapped columns"))
        self.tabs.addTab(table_view(self.rows), tx("Rows"))
        self.summary = QLabel(tx("Choose a file and press Check. Nothing is stored until you press Import."))
        self.summary.setWordWrap(True)
        self.valid_only = QCheckBox(tx("Import only the valid rows (rows with problems are skipped)"))
        self.valid_only.toggled.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(tx("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.run(lambda: ops.list_campaigns(self.db), self._campaigns)

    def _campaigns(self, campaigns: list[Any]) -> None:
        for c in campaigns:
            self.campaign.addItem(f"{c.name} ({c.code})", c.code)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if hasattr(self, "import_button"):
            self.check_button.setEnabled(not busy)
            self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.preview
        ok = p is not None and not self.busy and (not p.errors or self.valid_only.isChecked())
        self.import_button.setEnabled(bool(ok))

    def check(self) -> None:
        path = self.file.path()
        if not path:
            self.summary.setText(tx("Choose a file first."))
            return
        code = self.campaign.currentData()
        self.preview = None
        self._update_buttons()
        self.summary.setText(tx("Checking %1…").replace("%1", Path(path).name))
        self.run_long(tx("Checking %1…").replace("%1", Path(path).name),
                      lambda progress, _c: preview_file(self.db, path, campaign=code, progress=progress),
                      self._show_preview)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        bad = preview.bad_rows
        self.problems.set_records(preview.problems)
        if len(preview.problems) < 500:
            self.problems_view.resizeColumnsToContents()
        self.columns.set_records([(s.name, c.letter, c.header, c.key) for s in preview.sheets if s.kind
                                  for c in s.columns if c.header or c.key])
        self.rows.set_records([(s.name, n, (s.name, n) in bad, cells) for s in preview.sheets for n, cells in s.rows])
        errors = len(preview.errors)
        text = tx("%1: %2 site(s), %3 monthly row(s), %4 answer(s) ready; %5 problem(s).")
        for k, v in enumerate((preview.file, len(preview.sites), len(preview.activity), len(preview.answers),
                               errors), 1):
            text = text.replace(f"%{k}", str(v))
        if errors:
            text += " " + tx("Fix them and check again, or choose to import only the valid rows.")
        self.summary.setText(text)
        self.tabs.setCurrentIndex(0 if errors else 2)
        self._update_buttons()
        self.previewed.emit(preview)

    def commit(self) -> None:
        if self.preview is None:
            return
        preview, valid_only = self.preview, self.valid_only.isChecked()
        self.run_long(tx("Import"), lambda progress, _c: commit_import(
            self.db, self.actor, preview, valid_rows_only=valid_only, progress=progress), self._stored)

    def _stored(self, result: ImportResult) -> None:
        self.summary.setText(import_summary(result))
        self.preview = None
        self._update_buttons()
        self.messages.status.emit(import_summary(result))
        self.imported.emit(result)
