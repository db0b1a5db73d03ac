"""Settings dialog: assessor identity, language, database location, photo size."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from assessment.paths import default_db_path
from ui.settings import PHOTO_SIZES, Preferences


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.assessor = QLineEdit(prefs.get("assessor"))
        self.assessor.setPlaceholderText(self.tr("Your name, recorded with every change"))
        self.language = QComboBox()
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.get("language"))))
        self.db_path = QLineEdit(prefs.get("db_path"))
        self.db_path.setPlaceholderText(str(default_db_path()))
        self.db_path.setToolTip(self.tr("A database file, or a shared server: postgresql+psycopg://user@host/db"))
        self.evidence_dir = QLineEdit(prefs.get("evidence_dir"))
        self.evidence_dir.setPlaceholderText(self.tr("Beside the database file (a server needs a shared folder)"))
        self.cjk_font = QLineEdit(prefs.get("cjk_font"))
        self.cjk_font.setPlaceholderText(self.tr("Found automatically (SimHei, YaHei, WenQuanYi…)"))
        font_browse = QPushButton(self.tr("Choose…"))
        font_browse.clicked.connect(self._browse_font)
        font_row = QHBoxLayout()
        font_row.addWidget(self.cjk_font, 1)
        font_row.addWidget(font_browse)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_path, 1)
        db_row.addWidget(browse)
        self.photo = QComboBox()
        for size in PHOTO_SIZES:
            self.photo.addItem(self.tr("%1 px (long edge)").replace("%1", str(size)), size)
        current = prefs.get("photo_max_edge")
        if self.photo.findData(current) < 0:
            self.photo.addItem(self.tr("%1 px (long edge)").replace("%1", str(current)), current)
        self.photo.setCurrentIndex(self.photo.findData(current))
        form = QFormLayout(self)
        form.addRow(self.tr("Assessor"), self.assessor)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Database (file or server URL)"), db_row)
        form.addRow(self.tr("Evidence folder"), self.evidence_dir)
        form.addRow(self.tr("Chinese font for PDFs"), font_row)
        form.addRow(self.tr("Photo size on import"), self.photo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._before = (prefs.get("language"), prefs.get("db_path"), prefs.get("evidence_dir"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.db_path.text(),
                                              self.tr("Assessment databases (*.sqlite3 *.db)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.db_path.setText(path)

    def _browse_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chinese font"), self.cjk_font.text(),
                                              self.tr("TrueType fonts (*.ttf *.ttc)"))
        if path:
            self.cjk_font.setText(path)

    def accept(self) -> None:
        font = self.cjk_font.text().strip()
        if font:
            from pathlib import Path

            from assessment.fonts import is_truetype_cjk

            if not is_truetype_cjk(Path(font)):
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.tr("Chinese font"), self.tr(
                    "This font cannot be embedded in PDFs or lacks Chinese characters. Choose a TrueType font "
                    "such as SimHei, Microsoft YaHei or WenQuanYi Zen Hei."))
                return
        self.prefs.set("evidence_dir", self.evidence_dir.text().strip())
        self.prefs.set("cjk_font", font)
        self.prefs.set("assessor", self.assessor.text().strip())
        self.prefs.set("language", self.language.currentData())
        self.prefs.set("db_path", self.db_path.text().strip())
        self.prefs.set("photo_max_edge", self.photo.currentData())
        super().accept()

    def needs_restart(self) -> bool:
        """Language and database changes rebuild the window (every string is re-read)."""
        return (self.prefs.get("language"), self.prefs.get("db_path"), self.prefs.get("evidence_dir")) != self._before
