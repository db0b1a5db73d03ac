"""Exchange menu: workbook import with preview, exports, offline packages with a report, merge conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from assessment.db import Database
from ui.exchange.texts import tx


def _show(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


def open_import_dialog(db: Database, actor: str, parent: QWidget | None = None) -> QDialog:
    from ui.exchange.import_dialog import ImportDialog

    return _show(ImportDialog(db, actor, parent))


def open_package_dialog(db: Database, actor: str, parent: QWidget | None = None) -> QDialog:
    from ui.exchange.package_dialog import PackageDialog

    dialog = PackageDialog(db, actor, parent)
    dialog.conflicts_requested.connect(lambda: open_conflicts_dialog(db, actor, parent))
    return _show(dialog)


def open_conflicts_dialog(db: Database, actor: str, parent: QWidget | None = None) -> QDialog:
    from ui.exchange.conflicts_dialog import ConflictsDialog

    return _show(ConflictsDialog(db, actor, parent))


def open_export_dialog(db: Database, actor: str, parent: QWidget | None = None) -> QDialog:
    from ui.exchange.export_dialog import ExportDialog

    return _show(ExportDialog(db, actor, parent))


class ExchangeHub(QDialog):
    """The Exchange menu's entry: one button per job."""

    def __init__(self, db: Database, actor: str, parent: QWidget | None = None,
                 on_change: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tx("Data exchange"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tx("Excel and CSV in and out; offline packages between laptops and the "
                                        "secretariat; conflicts to decide.")))
        for text, fn in ((tx("Import a workbook or CSV…"), open_import_dialog),
                         (tx("Export to Excel or CSV…"), open_export_dialog),
                         (tx("Offline packages…"), open_package_dialog),
                         (tx("Merge conflicts…"), open_conflicts_dialog)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, f=fn: self._open(f, db, actor, parent, on_change))
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _open(self, fn: Any, db: Database, actor: str, parent: QWidget | None, on_change: Any) -> None:
        dialog = fn(db, actor, parent)
        if on_change is not None:
            dialog.finished.connect(lambda _r: on_change())
        self.accept()


def open_exchange(window: Any, session: Any) -> QDialog:
    """Entry used by the main window's Exchange menu (reloads the candidate list when a dialog closes)."""
    reload = getattr(window, "reload_sites", None)
    return _show(ExchangeHub(session.db, session.actor, window, reload))


__all__ = ["open_conflicts_dialog", "open_exchange", "open_export_dialog", "open_import_dialog",
           "open_package_dialog"]
