"""Export site data, monthly data, score cards, the ranking or a comparison to .xlsx or CSV."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from assessment import ops
from assessment.exchange.exports import ExportDone, export_table
from ui.exchange.common import ExchangeDialog, FileRow
from ui.exchange.texts import tx


class ExportDialog(ExchangeDialog):
    exported = Signal(object)  # ExportDone

    def __init__(self, db: Any, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setWindowTitle(tx("Export to Excel or CSV"))
        self.resize(640, 260)
        self.what = QComboBox()
        for key, text in (("sites", tx("Site data")), ("activity", tx("Monthly data")),
                          ("scores", tx("Score cards")), ("ranking", tx("Ranking")),
                          ("compare", tx("Comparison of chosen sites"))):
            self.what.addItem(text, key)
        self.campaign = QComboBox()
        self.sites = QLineEdit()
        self.sites.setPlaceholderText(tx("site codes separated by spaces (empty: all; comparison: 2 to 6)"))
        self.file = FileRow(tx("Export to"), tx("Excel (*.xlsx);;CSV, UTF-8 (*.csv)"), save=True)
        self.status = QLabel(tx("Text that a spreadsheet would run as a formula is written with a leading "
                                     "apostrophe; numbers stay numbers."))
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tx("What:"), self.what)
        form.addRow(tx("Campaign:"), self.campaign)
        form.addRow(tx("Sites:"), self.sites)
        form.addRow(tx("File (.xlsx or .csv):"), self.file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(tx("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.run(lambda: ops.list_campaigns(self.db), self._campaigns)

    def _campaigns(self, campaigns: list[Any]) -> None:
        for c in campaigns:
            self.campaign.addItem(f"{c.name} ({c.code})", c.code)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if hasattr(self, "export_button"):
            self.export_button.setEnabled(not busy)

    def export(self) -> None:
        out = self.file.path()
        if not out.lower().endswith((".xlsx", ".csv")):
            self.status.setText(tx("Give a file name ending in .xlsx or .csv."))
            return
        what, camp, sites = self.what.currentData(), self.campaign.currentData(), self.sites.text().split()
        self.run(lambda: export_table(self.db, what, out, campaign=camp, sites=sites, actor=self.actor),
                 self._done)

    def _done(self, r: ExportDone) -> None:
        self.status.setText(tx("%1 row(s) written to %2").replace("%1", str(r.rows)).replace("%2", str(r.path)))
        self.exported.emit(r)
