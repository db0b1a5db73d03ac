"""Dialog to register a new candidate site in the current campaign (name, type, district, stage)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from assessment.errors import ValidationError
from assessment.fields import SITE_FIELD_MAP, clean_value
from assessment.models import LIFECYCLE_STAGES, SITE_TYPES
from ui import i18n
from ui.problems import translate_problem


class NewSiteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New site"))
        self.name = QLineEdit()
        self.name.setObjectName("new-site-name")
        self.site_type = QComboBox()
        for t in SITE_TYPES:
            self.site_type.addItem(i18n.label(t), t)
        self.district = QLineEdit()
        self.stage = QComboBox()
        for s in LIFECYCLE_STAGES:
            self.stage.addItem(i18n.label(s), s)
        self.stage.setCurrentIndex(LIFECYCLE_STAGES.index("operation"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Site type"), self.site_type)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("Life-cycle stage"), self.stage)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "site_type": self.site_type.currentData(),
                "district": self.district.text().strip() or None, "lifecycle_stage": self.stage.currentData()}

    def accept(self) -> None:
        try:
            clean_value(SITE_FIELD_MAP["name"], self.name.text())
        except ValidationError as exc:
            self.error.setText(self.tr("Name: %1").replace("%1", translate_problem(exc.problem)))
            self.error.show()
            return
        super().accept()
