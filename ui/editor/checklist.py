"""Checklist tab: criteria items for the site's type, the right input per kind, help and evidence status."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assessment import ops
from assessment.errors import ValidationError
from assessment.views import AssessmentDetail, EvidenceView
from scoring import CriteriaSet, ScoreCard
from ui import i18n
from ui.editor.checklist_model import AnswerDelegate, ChecklistModel, CodeRole, LacksEvidenceFilter
from ui.problems import translate_error
from ui.qt_compat import index_data
from ui.session import Session


class ChecklistTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.assessment_id: str | None = None
        self.model = ChecklistModel(self)
        self.proxy = LacksEvidenceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("checklist")
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(2, AnswerDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 60), (2, 124), (3, 62), (4, 86)):
            self.view.setColumnWidth(col, width)
        self.history = QPushButton(self.tr("History of the item…"))
        self.history.clicked.connect(self.show_history)
        self.only_missing = QCheckBox(self.tr("Show only items still lacking evidence"))
        self.only_missing.toggled.connect(self.proxy.set_only_missing)
        self.missing = QLabel()
        self.error = QLabel()
        self.error.setObjectName("checklist-error")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.help = QTextBrowser()
        self.help.setOpenExternalLinks(False)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.only_missing, 1)
        top.addWidget(self.history)
        lv.addLayout(top)
        lv.addWidget(self.view, 1)
        lv.addWidget(self.error)
        lv.addWidget(self.missing)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.help)
        split.setSizes([730, 230])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.model.edit_requested.connect(self._store)
        self.model.rejected.connect(self._rejected)
        self.view.selectionModel().currentRowChanged.connect(self._show_help)

    def set_data(self, detail: AssessmentDetail, criteria: CriteriaSet, card: ScoreCard) -> None:
        self.assessment_id = detail.assessment.id
        self.model.set_data(criteria, {r.item_code: r.value for r in detail.responses}, detail.evidence, card)
        self.error.hide()
        self._count()

    def show_card(self, card: ScoreCard) -> None:
        self.model.set_card(card)
        self._count()

    def refresh(self) -> None:
        aid = self.assessment_id
        if aid is None:
            return

        def show(detail: AssessmentDetail) -> None:
            if aid == self.assessment_id:
                self.model.answers = {r.item_code: r.value for r in detail.responses}
                self.model.set_evidence(detail.evidence)
                self._count()
                self._show_help(self.view.currentIndex(), QModelIndex())

        db, actor = self.session.db, self.session.actor
        self.session.tasks.run(lambda: ops.assessment_detail(db, aid, viewer=actor), show)

    def set_evidence(self, evidence: list[EvidenceView]) -> None:
        self.model.set_evidence(evidence)
        self._count()

    def _count(self) -> None:
        lacking = [r.code for r in self.model.rows if self.model.lacks_evidence(r)]
        self.missing.setText(self.tr("%1 item(s) still lack evidence: %2").replace("%1", str(len(lacking)))
                             .replace("%2", ", ".join(lacking)) if lacking else self.tr("Every item that needs "
                                                                                         "evidence has some."))
        self.proxy.invalidate() if self.proxy.only_missing else None

    def _rejected(self, _code: str, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _store(self, code: str, new: Any, old: Any) -> None:
        if self.assessment_id is None:
            return
        self.error.hide()
        db, actor, aid = self.session.db, self.session.actor, self.assessment_id
        versions = self.session.versions
        self.model.set_answer(code, new)

        def failed(exc: BaseException) -> None:
            self.model.set_answer(code, old)
            if isinstance(exc, ValidationError):
                self._rejected(code, translate_error(exc))
            else:
                self.session.messages.error(exc)

        started = self.session.edit(
            self.tr("Answer %1").replace("%1", code), aid,
            lambda reason: versions.save(aid, lambda v: ops.set_response(db, actor, aid, code, new, reason=reason,
                                                                         expected_version=v)),
            lambda reason: versions.save(aid, lambda v: ops.set_response(db, actor, aid, code, old, reason=reason,
                                                                         expected_version=v)),
            on_error=failed)
        if not started:
            self.model.set_answer(code, old)

    def show_history(self) -> None:
        from ui.history import HistoryDialog

        idx = self.view.currentIndex()
        if idx.isValid() and self.assessment_id is not None:
            HistoryDialog(self.session, self.assessment_id, field=index_data(idx, CodeRole), parent=self).open()

    def _show_help(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        code = index_data(current, CodeRole)
        row = next((r for r in self.model.rows if r.code == code), None)
        if row is None:
            return
        d = row.definition
        esc = html.escape
        parts = [f"<h3>{esc(code)} {esc(i18n.pick(d.name_zh, d.name_en))}</h3>"]
        help_text = i18n.pick(d.help_zh, d.help_en)
        if help_text:
            parts.append(f"<p>{esc(help_text)}</p>")
        res = self.model.result(row)
        rule = i18n.pick(getattr(res, "rule_zh", ""), getattr(res, "rule_en", "")) if res else ""
        if rule:
            rule_label = self.tr("Rule")
            parts.append(f"<p><b>{esc(rule_label)}:</b> {esc(rule)}</p>")
        expl = i18n.pick(getattr(res, "explanation_zh", ""), getattr(res, "explanation_en", "")) or \
            i18n.pick(getattr(res, "reason_zh", ""), getattr(res, "reason_en", ""))
        if expl:
            result_label = self.tr("Result")
            parts.append(f"<p><b>{esc(result_label)}:</b> {esc(expl)}</p>")
        if d.evidence_required:
            hint = i18n.pick(d.evidence_hint_zh, d.evidence_hint_en)
            needed = self.tr("Evidence required")
            parts.append(f"<p><b>{esc(needed)}:</b> {esc(hint)}</p>")
        files = self.model.evidence.get(code, [])
        if files:
            linked = self.tr("Linked evidence")
            parts.append(f"<p><b>{esc(linked)}:</b><br>" +
                         "<br>".join(esc(f) for f in files) + "</p>")
        elif d.evidence_required:
            missing = self.tr("No evidence linked yet: add it on the Evidence tab and tick this item.")
            parts.append(f"<p style='color:#b35900'>{esc(missing)}</p>")
        parts.append(f"<p style='color:#777'>{esc(getattr(d, 'source', ''))}</p>")
        self.help.setHtml("".join(parts))
