"""Profile tab: every site field of the foundation, validated inline, saved on leaving the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assessment import ops
from assessment.errors import ValidationError
from assessment.fields import SITE_FIELDS, FieldSpec, clean_value
from assessment.views import SiteView
from ui import i18n
from ui.problems import translate_problem
from ui.session import Session
from ui.versions import site_version

ERROR_STYLE = "border: 2px solid #c0392b; background: #fdecea;"
LIST_FIELDS = {"name", "site_type", "district"}


def show_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


class TextArea(QPlainTextEdit):
    """A multi-line field that says when the user leaves it (that is when it is saved)."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class FieldEditor(QWidget):
    """One field: its input, a history button and the inline error under it."""

    committed = Signal(str, object)  # field name, cleaned value
    history_requested = Signal(str)

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.value: Any = None
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        if spec.kind == "choice":
            self.input: Any = QComboBox()
            if not spec.required:
                self.input.addItem("—", None)
            for c in spec.choices:
                self.input.addItem(i18n.label(c), c)
            self.input.activated.connect(lambda _i: self._commit())
        elif spec.name == "description":
            self.input = TextArea()
            self.input.setFixedHeight(90)
            self.input.left.connect(self._commit)
        else:
            self.input = QLineEdit()
            self.input.editingFinished.connect(self._commit)
        self.input.setObjectName(f"field-{spec.name}")
        history = QToolButton()
        history.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        history.setToolTip(self.tr("History of this field"))
        history.clicked.connect(lambda: self.history_requested.emit(spec.name))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 1)
        row.addWidget(history)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def raw(self) -> Any:
        if isinstance(self.input, QComboBox):
            return self.input.currentData()
        if isinstance(self.input, QPlainTextEdit):
            return self.input.toPlainText()
        return self.input.text()

    def set_value(self, value: Any) -> None:
        self.value = value
        self.clear_error()
        if isinstance(self.input, QComboBox):
            self.input.setCurrentIndex(max(0, self.input.findData(value)))
        elif isinstance(self.input, QPlainTextEdit):
            if self.input.toPlainText() != (value or ""):
                self.input.setPlainText(value or "")
        else:
            self.input.setText(show_value(value))

    def show_error(self, problem: str) -> None:
        self.error.setText(problem)
        self.error.show()
        self.input.setStyleSheet(ERROR_STYLE)
        self.input.setToolTip(problem)

    def clear_error(self) -> None:
        self.error.hide()
        self.input.setStyleSheet("")
        self.input.setToolTip("")

    def _commit(self) -> None:
        try:
            clean = clean_value(self.spec, self.raw())
        except ValidationError as exc:
            self.show_error(self.tr("Not saved: %1").replace("%1", f"“{self.raw()}” {translate_problem(exc.problem)}"))
            return
        self.clear_error()
        if clean != self.value:
            self.committed.emit(self.spec.name, clean)


class ProfileTab(QScrollArea):
    site_saved = Signal(dict)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.site: SiteView | None = None
        self.assessment_id: str | None = None
        self.fields: dict[str, FieldEditor] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        for spec in SITE_FIELDS:
            editor = FieldEditor(spec)
            editor.committed.connect(self._save)
            editor.history_requested.connect(self._history)
            self.fields[spec.name] = editor
            text = i18n.pick(spec.label_zh, spec.label_en) + (" *" if spec.required else "")
            form.addRow(text, editor)
        self.setWidget(inner)
        self.setWidgetResizable(True)

    def set_site(self, site: SiteView, assessment_id: str | None = None) -> None:
        self.site = site
        if assessment_id is not None:
            self.assessment_id = assessment_id
        for name, editor in self.fields.items():
            editor.set_value(getattr(site, name))

    def bind(self, assessment_id: str) -> None:
        self.assessment_id = assessment_id

    def refresh(self) -> None:
        if self.site is None:
            return
        site_id = self.site.id
        self.session.tasks.run(lambda: ops.get_site(self.session.db, site_id),
                               lambda s: self.set_site(s) if self.site and s.id == self.site.id else None)

    def _save(self, name: str, value: Any) -> None:
        if self.site is None or self.assessment_id is None:
            return
        db, actor, site_id = self.session.db, self.session.actor, self.site.id
        versions = self.session.versions
        old = getattr(self.site, name)
        label = i18n.pick(*next((s.label_zh, s.label_en) for s in SITE_FIELDS if s.name == name))
        editor = self.fields[name]

        def done(view: SiteView) -> None:
            self.set_site(view)
            if name in LIST_FIELDS:
                self.site_saved.emit({name if name != "site_type" else "site_type": value})

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                editor.show_error(self.tr("Not saved: %1").replace("%1", translate_problem(exc.problem)))
            else:
                editor.set_value(old)
                self.session.messages.error(exc)

        started = self.session.edit(
            self.tr("Change %1").replace("%1", label), self.assessment_id,
            lambda reason: versions.save(site_id, lambda v: ops.update_site(
                db, actor, site_id, {name: value}, reason=reason, expected_version=v), site_version),
            lambda reason: versions.save(site_id, lambda v: ops.update_site(
                db, actor, site_id, {name: old}, reason=reason, expected_version=v), site_version),
            done, failed)
        if not started:
            editor.set_value(old)

    def _history(self, name: str) -> None:
        from ui.history import HistoryDialog

        if self.site is not None and self.assessment_id is not None:
            HistoryDialog(self.session, self.assessment_id, entity_id=self.site.id, field=name, parent=self).open()
