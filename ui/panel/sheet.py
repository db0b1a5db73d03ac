"""The member's own scoring sheet: every judgement item of every candidate they may score, nothing else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessment.errors import ValidationError
from assessment.panel import exchange, scoring_ops, setup
from assessment.panel.views import SheetRow
from ui.panel.context import PanelContext
from ui.panel.models import SheetModel, t

PHASE_HELP = {
    "independent": ("独立评分：只能看到自己的评分。", "Independent scoring: you see only your own scores."),
    "read": ("查阅阶段：评分只读，可在“查阅”页看到他人评分。",
             "Read phase: scores are read-only; see others' scores in Read."),
    "revise": ("修改阶段：可修改评分，修改记录保留。", "Revise phase: you may change scores; changes are kept."),
    "decision": ("决定阶段：评分已锁定。", "Decision phase: scores are locked."),
}


class ScoringSheet(QWidget):
    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = SheetModel(self)
        self.model.edit_requested.connect(self._edit)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.progress = QLabel()
        conflict = QPushButton(t("申报利益冲突…", "Declare a conflict…"))
        conflict.clicked.connect(self.declare_conflict)
        export = QPushButton(t("导出我的评分…", "Export my scores…"))
        export.clicked.connect(self.export_scores)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(conflict)
        bar.addWidget(export)
        lay = QVBoxLayout(self)
        lay.addWidget(self.help)
        lay.addWidget(self.table, 1)
        lay.addLayout(bar)

    def reload(self, phase: str) -> None:
        zh, en = PHASE_HELP.get(phase, ("", ""))
        self.help.setText(t(zh, en) + " " + t("双击“我的评分”或“我的意见”单元格录入。",
                                              "Double-click My points or My comment to enter."))
        rows = self.ctx.call(lambda: scoring_ops.my_sheet(self.ctx.db, self.ctx.actor, self.ctx.campaign)) or []
        self.model.set_rows(rows)
        done = sum(1 for r in rows if r.points is not None)
        self.progress.setText(t(f"已评 {done}/{len(rows)} 项", f"{done} of {len(rows)} items scored"))
        self.table.resizeColumnsToContents()

    def _edit(self, row: SheetRow, field: str, value: object) -> None:
        if field == "comment" and row.points is None:
            self.ctx.report(ValidationError(row.item_code, str(value),
                                            t("请先录入评分，再填写意见。", "enter the points before the comment")))
            return
        points = value if field == "points" else row.points
        comment = str(value) if field == "comment" else row.comment
        self.ctx.call(lambda: scoring_ops.score_item(self.ctx.db, self.ctx.actor, row.site_code, row.item_code,
                                                     points, comment, campaign=self.ctx.campaign), changes=True)

    def declare_conflict(self) -> None:
        codes = sorted({r.site_code for r in self.model.rows})
        if not codes:
            return
        site, ok = QInputDialog.getItem(self, t("申报利益冲突", "Declare a conflict"),
                                        t("候选：", "Candidate:"), codes, 0, False)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, t("申报利益冲突", "Declare a conflict"),
                                          t("冲突原因（如：曾任职）：", "Reason (e.g. former employer):"))
        if ok:
            self.ctx.call(lambda: setup.declare_conflict(self.ctx.db, self.ctx.actor, self.ctx.campaign, site,
                                                         reason), changes=True)

    def export_scores(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, t("导出我的评分", "Export my scores"),
                                                  f"panel-scores-{self.ctx.campaign}.json", "JSON (*.json)")
        if path:
            n = self.ctx.call(lambda: exchange.export_scores(self.ctx.db, self.ctx.actor, Path(path),
                                                             self.ctx.campaign))
            if n is not None:
                self.ctx.info(t(f"已导出 {n} 项评分：{path}", f"{n} score(s) exported to {path}"))
