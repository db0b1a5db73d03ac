"""Check & submit: list blocking errors and warnings first; submit only when nothing blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessment import ops
from assessment.ops.workflow import CheckFinding
from assessment.views import AssessmentView
from ui import i18n
from ui.rows_model import RowsModel
from ui.session import Session

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class SubmitDialog(QDialog):
    def __init__(self, findings: list[CheckFinding], status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check and submit"))
        self.resize(760, 420)
        self.findings = findings
        self.errors = [f for f in findings if f.level == "error"]
        warnings = [f for f in findings if f.level != "error"]
        self.model = RowsModel([(self.tr("Level"), lambda f: i18n.label(f.level)),
                                (self.tr("Problem"), lambda f: i18n.pick(f.message_zh, f.message_en))],
                               level=lambda f: f.level, key=lambda f: f.code, parent=self)
        self.model.set_records(self.errors + warnings)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.setColumnWidth(0, 90)
        if status != "draft":
            head = self.tr("This assessment is %1 and cannot be submitted again.").replace("%1", i18n.label(status))
        elif self.errors:
            head = self.tr("Submission is blocked: fix the %1 error(s) below. Warnings do not block.") \
                .replace("%1", str(len(self.errors)))
        elif warnings:
            head = self.tr("Ready to submit, with %1 warning(s).").replace("%1", str(len(warnings)))
        else:
            head = self.tr("Everything checked: ready to submit.")
        self.summary = QLabel(head)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setEnabled(status == "draft" and not self.errors)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)


def start_submission(win: MainWindow, session: Session, assessment_id: str, reload: Any) -> None:
    """Run the check on the worker, show the list, then submit if the user confirms."""
    status = session.status.get(assessment_id, "draft")

    def checked(findings: list[CheckFinding]) -> None:
        dialog = SubmitDialog(findings, status, win)
        win.submit_dialog = dialog  # type: ignore[attr-defined]  # the open check, for tests and screenshots

        def submit() -> None:
            def done(view: AssessmentView) -> None:
                session.set_status(assessment_id, view.status)
                win.site_list.model.update_row(assessment_id, status=view.status)
                session.messages.status.emit(QCoreApplication.translate("MainWindow", "Submitted."))
                reload()

            session.tasks.run(lambda: ops.submit(session.db, session.actor, assessment_id), done)

        dialog.accepted.connect(submit)
        dialog.open()

    session.tasks.run(lambda: ops.submission_check(session.db, assessment_id), checked)
