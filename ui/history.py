"""History: the audit trail of an assessment, or of one field (who, when, old, new, why)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessment import ops
from assessment.views import AuditView
from ui import i18n
from ui.rows_model import RowsModel
from ui.session import Session


def readable(text: str | None) -> str:
    """Audit values are stored as JSON: show true as Yes, "x" as x, {"a": 1} as a: 1."""
    if text is None:
        return ""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, bool):
        return QCoreApplication.translate("HistoryDialog", "Yes") if value else \
            QCoreApplication.translate("HistoryDialog", "No")
    if value is None:
        return "—"
    if isinstance(value, float):
        return i18n.fmt_number(value, 6)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {readable(json.dumps(v, ensure_ascii=False))}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(readable(json.dumps(v, ensure_ascii=False)) for v in value)
    return str(value)


def short(text: str | None, limit: int = 80) -> str:
    text = readable(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class HistoryDialog(QDialog):
    def __init__(self, session: Session, assessment_id: str, *, entity_id: str | None = None,
                 field: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.resize(980, 480)
        self.session = session
        self.events: list[AuditView] = []
        self.model = RowsModel([
            (self.tr("When"), lambda e: i18n.fmt_datetime(e.at)), (self.tr("Who"), lambda e: e.actor),
            (self.tr("Action"), lambda e: i18n.label(e.action)), (self.tr("Field"), lambda e: e.field or ""),
            (self.tr("Old"), lambda e: short(e.old_value)), (self.tr("New"), lambda e: short(e.new_value)),
            (self.tr("Reason"), lambda e: e.reason or "")],
            tip=lambda e: f"{e.entity} {e.entity_id}\n{e.old_value or ''} → {e.new_value or ''}",
            key=lambda e: str(e.seq), parent=self)
        view = QTableView()
        view.setObjectName("history")
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(22)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 150), (1, 130), (2, 120), (3, 120), (4, 150), (5, 150)):
            view.setColumnWidth(col, width)
        self.field_box = QComboBox()
        self.field_box.addItem(self.tr("All fields"), "")
        self.field_box.currentIndexChanged.connect(self._filter)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Field:")))
        top.addWidget(self.field_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(view, 1)
        self._wanted = field
        db, actor = session.db, session.actor
        if entity_id:  # one record (a site field, a data cell): its whole life, also before this assessment
            fetch = lambda: ops.audit_history(db, entity_id=entity_id, field=field, viewer=actor)  # noqa: E731
        else:  # the assessment, optionally narrowed to one field (e.g. a checklist item)
            fetch = lambda: ops.audit_history(db, assessment_id=assessment_id, viewer=actor)  # noqa: E731
        session.tasks.run(fetch, self._loaded)

    def _loaded(self, events: list[AuditView]) -> None:
        self.events = events
        for f in sorted({e.field for e in events if e.field} | ({self._wanted} if self._wanted else set())):
            self.field_box.addItem(f, f)
        if self._wanted:
            self.field_box.setCurrentIndex(max(0, self.field_box.findData(self._wanted)))
        self._filter()

    def _filter(self, *_args: object) -> None:
        wanted = self.field_box.currentData()
        self.model.set_records([e for e in self.events if not wanted or e.field == wanted])
