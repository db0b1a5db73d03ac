"""Offline packages: export chosen sites to one file, import a package with a report of what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessment import ops
from assessment.exchange.package_export import ExportResult, export_package
from assessment.exchange.package_import import PackageReport, import_package
from ui.exchange.common import ExchangeDialog, FileRow
from ui.exchange.reports import package_report
from ui.exchange.texts import tx
from ui.i18n import label

PACKAGE_FILTER = "Offline packages (*.zip)"


class PackageDialog(ExchangeDialog):
    exported = Signal(object)  # ExportResult
    reported = Signal(object)  # PackageReport
    conflicts_requested = Signal()

    def __init__(self, db: Any, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setWindowTitle(tx("Offline packages"))
        self.resize(900, 700)
        self.report: PackageReport | None = None
        # export
        self.campaign = QComboBox()
        self.campaign.currentIndexChanged.connect(self._load_sites)
        self.sites = QListWidget()
        self.sites.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sites.setMinimumHeight(90)
        self.sites.setMaximumHeight(160)
        self.export_file = FileRow(tx("Save the package as"), PACKAGE_FILTER, save=True)
        self.export_button = QPushButton(tx("Export package"))
        self.export_button.clicked.connect(self.export)
        box = QGroupBox(tx("Export: send sites to another laptop or to the secretariat"))
        form = QFormLayout(box)
        form.addRow(tx("Campaign:"), self.campaign)
        form.addRow(tx("Sites:"), self.sites)
        form.addRow(tx("File:"), self.export_file)
        form.addRow(tx("Local data is never removed by an export."), self.export_button)
        # import
        self.import_file = FileRow(tx("Package to import"), PACKAGE_FILTER)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(tx("only when this database does not hold the campaign's key"))
        self.import_button = QPushButton(tx("Import package"))
        self.import_button.clicked.connect(self.import_)
        ibox = QGroupBox(tx("Import: merge a package into this database"))
        iform = QFormLayout(ibox)
        iform.addRow(tx("File:"), self.import_file)
        iform.addRow(tx("Signing key:"), self.key)
        iform.addRow("", self.import_button)
        self.report_text = QPlainTextEdit()
        self.report_text.setReadOnly(True)
        self.report_text.setPlaceholderText(tx("The report of the last export or import appears here."))
        self.status = QLabel()
        self.conflicts_button = QPushButton(tx("Resolve conflicts…"))
        self.conflicts_button.setVisible(False)
        self.conflicts_button.clicked.connect(self.conflicts_requested.emit)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.conflicts_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(ibox)
        layout.addWidget(self.report_text, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.run(lambda: ops.list_campaigns(self.db), self._campaigns)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if hasattr(self, "import_button"):
            self.export_button.setEnabled(not busy)
            self.import_button.setEnabled(not busy)

    def _campaigns(self, campaigns: list[Any]) -> None:
        self.campaign.blockSignals(True)
        for c in campaigns:
            self.campaign.addItem(f"{c.name} ({c.code})", c.code)
        self.campaign.blockSignals(False)
        self._load_sites()

    def _load_sites(self, *_args: Any) -> None:
        code = self.campaign.currentData()
        if code is None:
            return
        self.run(lambda: ops.list_sites(self.db, code), self._sites_loaded)

    def _sites_loaded(self, rows: list[Any]) -> None:
        self.sites.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.code}  {r.name}  ({label(r.status) if r.status else '—'})")
            item.setData(Qt.ItemDataRole.UserRole, r.code)
            self.sites.addItem(item)

    def select_sites(self, codes: list[str]) -> None:
        for i in range(self.sites.count()):
            item = self.sites.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in codes)

    def export(self) -> None:
        codes = [i.data(Qt.ItemDataRole.UserRole) for i in self.sites.selectedItems()]
        out = self.export_file.path()
        if not codes or not out:
            self.status.setText(tx("Choose one or more sites and a file name."))
            return
        if not out.lower().endswith(".zip"):
            out += ".zip"
        camp = self.campaign.currentData()
        self.run_long(tx("Writing the package…"),
                      lambda progress, _cancel: export_package(self.db, self.actor, codes, out, campaign=camp,
                                                               progress=progress), self._exported)

    def _exported(self, r: ExportResult) -> None:
        text = tx("Package written: %1 (%2 site(s), %3 evidence file(s), %4 bytes)")
        for k, v in enumerate((r.path, len(r.sites), r.evidence_files, f"{r.bytes:,}"), 1):
            text = text.replace(f"%{k}", str(v))
        self.status.setText(text)
        self.report_text.setPlainText(text)
        self.exported.emit(r)

    def import_(self) -> None:
        path = self.import_file.path()
        if not path:
            self.status.setText(tx("Choose a package file."))
            return
        key = self.key.text() or None
        self.run_long(tx("Checking and importing the package…"),
                      lambda progress, cancelled: import_package(self.db, self.actor, path, signing_key=key,
                                                                 progress=progress, cancelled=cancelled),
                      self._imported)

    def _imported(self, r: PackageReport) -> None:
        self.report = r
        self.report_text.setPlainText(package_report(r))
        n = len(r.conflicts)
        if r.already_imported:
            self.status.setText(tx("This package was imported before; nothing changed."))
        elif n:
            self.status.setText(tx("Imported. %1 conflict(s) wait for your decision; nothing was "
                                        "overwritten.").replace("%1", str(n)))
        else:
            self.status.setText(tx("Imported without conflicts."))
        self.conflicts_button.setVisible(n > 0)
        self.messages.status.emit(self.status.text())
        self.reported.emit(r)
