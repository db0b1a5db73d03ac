"""The chair's desk: phase control, aggregation method, progress, conflicts, the decision sheet, imports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessment.errors import AssessmentError
from assessment.panel import decisions, exchange, scoring_ops, setup
from assessment.panel.access import PHASE_NAMES, PHASES
from assessment.panel.aggregation import METHOD_NAMES, METHODS
from assessment.panel.decisions import DecisionView
from assessment.panel.views import PanelStatus
from ui.i18n import fmt_datetime, fmt_number, pick
from ui.panel.context import PanelContext
from ui.panel.models import RecordRole, RecordsModel, t

OUTCOMES = {"awarded": ("授予", "awarded"), "not_awarded": ("不授予", "not awarded"), "deferred": ("暂缓", "deferred")}
CONFLICT_WORDS = {"declared": ("本人申报", "declared"), "suggested": ("系统提示", "suggested"),
                  "confirmed": ("已确认", "confirmed"), "dismissed": ("已排除", "dismissed")}


def describe_decision(d: DecisionView) -> str:
    lines = [f"<b>{d.site_code} {d.site_name}: {pick(*OUTCOMES[d.outcome])}</b> — "
             + t(f"赞成 {d.votes_for}，反对 {d.votes_against}，弃权 {d.votes_abstain}",
                 f"for {d.votes_for}, against {d.votes_against}, abstain {d.votes_abstain}"),
             t(f"冻结得分 {fmt_number(d.total, 1)}（{d.tier or '—'}），标准 {d.criteria_code}@{d.criteria_version}，"
               f"因子 {d.factor_version}，哈希 {d.card_hash[:12]}…",
               f"Frozen score {fmt_number(d.total, 1)} ({d.tier or '—'}), criteria {d.criteria_code}@"
               f"{d.criteria_version}, factors {d.factor_version}, hash {d.card_hash[:12]}…"),
             t(f"{d.decided_by} 于 {fmt_datetime(d.decided_at)} 记录；理由：{d.rationale}",
               f"Recorded by {d.decided_by} on {fmt_datetime(d.decided_at)}; rationale: {d.rationale}")]
    w = d.what_if
    if w is not None and w.changed:
        lines.append("<span style='color:#a15c00'>" + t(
            f"假设（不改变决定）：按标准 {w.criteria_version}、因子 {w.factor_version} 重算为 "
            f"{fmt_number(w.total, 1)}（{w.tier or '—'}）",
            f"What-if (does not change the decision): under criteria {w.criteria_version} and factors "
            f"{w.factor_version} it would score {fmt_number(w.total, 1)} ({w.tier or '—'})") + "</span>")
    return "<br>".join(lines)


class ChairView(QWidget):
    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # phase and method
        self.phase_label = QLabel()
        self.phase_box = QComboBox()
        for p in PHASES:
            self.phase_box.addItem(pick(*PHASE_NAMES[p]), p)
        self.phase_button = QPushButton(t("切换阶段", "Change phase"))
        self.phase_button.clicked.connect(self.change_phase)
        self.method_box = QComboBox()
        for m in METHODS:
            self.method_box.addItem(pick(*METHOD_NAMES[m]), m)
        self.method_button = QPushButton(t("设定汇总方法", "Set method"))
        self.method_button.clicked.connect(self.change_method)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        phase_box = QGroupBox(t("阶段（仅组长可切换）", "Phase (the chair only)"))
        pl = QFormLayout(phase_box)
        row = QHBoxLayout()
        row.addWidget(self.phase_box)
        row.addWidget(self.phase_button)
        pl.addRow(self.phase_label)
        pl.addRow(t("下一阶段：", "Move to:"), row)
        row2 = QHBoxLayout()
        row2.addWidget(self.method_box)
        row2.addWidget(self.method_button)
        pl.addRow(t("汇总方法：", "Aggregation:"), row2)
        pl.addRow(t("评分进度：", "Progress:"), self.progress)
        # conflicts
        self.conflicts = RecordsModel(
            [(t("编号", "Code"), lambda c: c.site_code), (t("候选", "Candidate"), lambda c: c.site_name),
             (t("评审专家", "Member"), lambda c: c.member),
             (t("状态", "Status"), lambda c: pick(*CONFLICT_WORDS.get(c.status, (c.status, c.status)))),
             (t("原因", "Reason"), lambda c: c.reason or "")], parent=self)
        self.conflict_table = QTableView()
        self.conflict_table.setModel(self.conflicts)
        self.conflict_table.verticalHeader().hide()
        self.conflict_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.conflict_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for text, slot in ((t("查找可能的冲突", "Suggest conflicts"), self.suggest),
                           (t("确认", "Confirm"), lambda: self.resolve("confirmed")),
                           (t("排除…", "Dismiss…"), lambda: self.resolve("dismissed")),
                           (t("导入专家评分文件…", "Import a member's scores…"), lambda: self.import_scores())):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        conflict_box = QGroupBox(t("利益冲突", "Conflicts of interest"))
        cl = QVBoxLayout(conflict_box)
        cl.addWidget(self.conflict_table)
        cl.addLayout(buttons)
        # decision sheet
        self.candidate = QComboBox()
        self.candidate.currentIndexChanged.connect(self.show_decision)
        self.outcome = QComboBox()
        for key, words in OUTCOMES.items():
            self.outcome.addItem(pick(*words), key)
        self.votes = [QSpinBox() for _ in range(3)]
        votes = QHBoxLayout()
        for label, box in zip((t("赞成", "For"), t("反对", "Against"), t("弃权", "Abstain")), self.votes, strict=True):
            box.setRange(0, 99)
            votes.addWidget(QLabel(label))
            votes.addWidget(box)
        self.rationale = QPlainTextEdit()
        self.rationale.setPlaceholderText(t("决定理由（必填，申诉时可查）", "Rationale (required; read on appeal)"))
        self.rationale.setMaximumHeight(70)
        self.record_button = QPushButton(t("记录决定", "Record decision"))
        self.record_button.clicked.connect(self.record)
        self.phase = ""
        self.decision_text = QLabel()
        self.decision_text.setWordWrap(True)
        decision_box = QGroupBox(t("决定", "Decision sheet"))
        dl = QFormLayout(decision_box)
        dl.addRow(t("候选：", "Candidate:"), self.candidate)
        dl.addRow(t("结果：", "Outcome:"), self.outcome)
        dl.addRow(t("表决：", "Votes:"), votes)
        dl.addRow(t("理由：", "Rationale:"), self.rationale)
        dl.addRow(self.record_button)
        dl.addRow(self.decision_text)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(phase_box, 1)
        top.addWidget(decision_box, 1)
        lay.addLayout(top)
        lay.addWidget(conflict_box, 1)

    def reload(self, *_args: Any) -> None:
        st: PanelStatus | None = self.ctx.call(lambda: scoring_ops.status(self.ctx.db, self.ctx.actor,
                                                                            self.ctx.campaign))
        if st is None:
            return
        self.phase_label.setText(t(f"当前阶段：<b>{pick(*PHASE_NAMES[st.phase])}</b>",
                                   f"Current phase: <b>{pick(*PHASE_NAMES[st.phase])}</b>"))
        nxt = PHASES.index(st.phase) + 1
        self.phase_box.setCurrentIndex(min(nxt, len(PHASES) - 1))
        self.phase_button.setEnabled("panel_chair" in st.roles and st.phase != PHASES[-1])
        self.method_box.setCurrentIndex(max(self.method_box.findData(st.aggregation), 0))
        self.method_button.setEnabled(bool({"panel_chair", "secretariat"} & set(st.roles)) and st.phase != "decision")
        self.progress.setText("; ".join(f"{k} {v}" for k, v in st.progress.items()))
        self.conflicts.set_records(self.ctx.call(lambda: setup.list_conflicts(
            self.ctx.db, self.ctx.actor, self.ctx.campaign)) or [])
        views = self.ctx.call(lambda: scoring_ops.candidate_views(self.ctx.db, self.ctx.actor, self.ctx.campaign))
        keep = (self.candidate.currentData() or ("", ""))[0]
        self.candidate.blockSignals(True)
        self.candidate.clear()
        for v in views or []:
            if not v.conflicted:
                state = t("已决定", "decided") if v.status == "decided" else t("评审中", "under review")
                self.candidate.addItem(f"{v.site_code} {v.site_name}（{state}）", (v.site_code, v.status))
        self.select(keep)
        self.candidate.blockSignals(False)
        self.phase = st.phase
        self.show_decision()

    def select(self, site_code: str) -> None:
        for i in range(self.candidate.count()):
            if self.candidate.itemData(i)[0] == site_code:
                self.candidate.setCurrentIndex(i)

    def show_decision(self, *_args: Any) -> None:
        data = self.candidate.currentData()
        self.decision_text.setText("")
        self.record_button.setEnabled(bool(data) and data[1] == "under_review" and self.phase == "decision")
        if not data:
            return
        code = data[0]
        try:
            d = decisions.decision_view(self.ctx.db, self.ctx.actor, code, self.ctx.campaign)
        except AssessmentError:  # no decision yet (or not visible): the sheet stays empty
            self.decision_text.setText(t("尚未决定。", "Not decided yet."))
            return
        self.decision_text.setText(describe_decision(d))

    def change_phase(self) -> None:
        phase = self.phase_box.currentData()
        self.ctx.call(lambda: setup.set_phase(self.ctx.db, self.ctx.actor, self.ctx.campaign, phase), changes=True)

    def change_method(self) -> None:
        method = self.method_box.currentData()
        self.ctx.call(lambda: setup.set_aggregation(self.ctx.db, self.ctx.actor, self.ctx.campaign, method),
                      changes=True)

    def suggest(self) -> None:
        rows = self.ctx.call(lambda: setup.suggest_conflicts(self.ctx.db, self.ctx.actor, self.ctx.campaign),
                             changes=True)
        if rows is not None:
            self.ctx.info(t(f"新增 {len(rows)} 条可能的冲突", f"{len(rows)} new likely conflict(s)"))

    def resolve(self, status: str, reason: str | None = None) -> None:
        idx = self.conflict_table.currentIndex()
        c = idx.siblingAtColumn(0).data(RecordRole) if idx.isValid() else None
        if c is None:
            return
        if status == "dismissed" and reason is None:
            reason, ok = QInputDialog.getText(self, t("排除冲突", "Dismiss conflict"), t("原因：", "Reason:"))
            if not ok:
                return
        self.ctx.call(lambda: setup.resolve_conflict(self.ctx.db, self.ctx.actor, self.ctx.campaign, c.member,
                                                     c.site_code, status, reason), changes=True)

    def record(self) -> None:
        data = self.candidate.currentData()
        if not data:
            return
        code, outcome = data[0], self.outcome.currentData()
        v = [b.value() for b in self.votes]
        text = self.rationale.toPlainText()
        done = self.ctx.call(lambda: decisions.record_decision(
            self.ctx.db, self.ctx.actor, code, outcome, votes_for=v[0], votes_against=v[1], votes_abstain=v[2],
            rationale=text, campaign=self.ctx.campaign), changes=True)
        if done is not None:
            self.rationale.clear()

    def import_scores(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, t("导入专家评分文件", "Import a member's scores"), "",
                                                  "JSON (*.json)")
        if not path:
            return
        r = self.ctx.call(lambda: exchange.import_scores(self.ctx.db, self.ctx.actor, Path(path), self.ctx.campaign),
                          changes=True)
        if r is not None:
            self.ctx.info(t(f"{r.member}：导入 {r.applied} 项，未变 {r.unchanged} 项，跳过 {len(r.skipped)} 项",
                            f"{r.member}: {r.applied} imported, {r.unchanged} unchanged, {len(r.skipped)} skipped"))
