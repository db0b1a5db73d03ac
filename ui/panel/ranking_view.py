"""The ranking view: overall or per site type, the stated tie-break, quotas, shortlist, xlsx export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessment.panel import ranking, xlsx
from assessment.panel.ranking import Ranking, RankRow
from ui.i18n import fmt_number, is_zh, label, pick
from ui.panel.context import PanelContext
from ui.panel.models import BEST, RecordsModel, t
from ui.panel.texts import note

METHOD_ZH = {"median": "中位数", "mean": "平均值", "trimmed_mean": "截尾平均"}

SOURCES = {"decision": ("决定时冻结", "frozen at decision"), "live": ("当前计算", "live"),
           "live-no-panel": ("不含评议分", "without panel points")}


def _rank(r: RankRow) -> str:
    return "—" if r.rank is None else (f"={r.rank}" if r.tied else str(r.rank))


class RankingView(QWidget):
    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Ranking | None = None
        self.model = RecordsModel(
            [(t("排名", "Rank"), _rank), (t("编号", "Code"), lambda r: r.site_code),
             (t("候选", "Candidate"), lambda r: r.site_name), (t("类型", "Type"), lambda r: label(r.site_type)),
             (t("总分", "Total"), lambda r: fmt_number(r.total, 1)),
             (t("评议分", "Panel"), lambda r: fmt_number(r.panel_points, 1)),
             (t("等级", "Tier"), lambda r: pick(r.tier_name_zh, r.tier_name_en) or "—"),
             (t("得分来源", "Score from"), lambda r: t(*SOURCES.get(r.source, (r.source, r.source)))),
             (t("假设（新版本）", "What-if (newer versions)"),
              lambda r: "" if r.what_if_total is None else f"{fmt_number(r.what_if_total, 1)} {r.what_if_tier or ''}"),
             (t("结果", "Outcome"), lambda r: r.outcome or ""),
             (t("入围", "Shortlist"), lambda r: "✔" if r.shortlisted else ""),
             (t("备注", "Note"), lambda r: note(r.note))],
            background=lambda r, _c: BEST if r.shortlisted else None, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.scope = QComboBox()
        self.scope.currentIndexChanged.connect(self._show)
        export = QPushButton(t("导出 Excel…", "Export to Excel…"))
        export.clicked.connect(lambda: self.export())
        self.quota = QLabel()
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color:#a15c00")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(t("范围：", "Show:")))
        bar.addWidget(self.scope)
        bar.addWidget(self.quota, 1)
        bar.addWidget(export)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.rule)
        lay.addWidget(self.notes)

    def reload(self, *_args: Any) -> None:
        self.data = self.ctx.call(lambda: ranking.ranking(self.ctx.db, self.ctx.actor, self.ctx.campaign))
        keep = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(t("全部（总排名）", "Overall"), "")
        for site_type in (self.data.by_type if self.data else {}):
            self.scope.addItem(label(site_type), site_type)
        index = self.scope.findData(keep) if keep else 0
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)
        self._show()

    def _show(self, *_args: Any) -> None:
        r = self.data
        if r is None:
            self.model.set_records([])
            return
        key = self.scope.currentData() or ""
        self.model.set_records(r.overall if not key else r.by_type.get(key, ()))
        if key:
            self.quota.setText(t(f"名额 {r.quotas.get(key, 0)}，已授予 {r.awarded.get(key, 0)}",
                                 f"quota {r.quotas.get(key, 0)}, awarded {r.awarded.get(key, 0)}"))
        else:
            self.quota.setText(", ".join(f"{label(k)}: {r.awarded.get(k, 0)}/{v}" for k, v in sorted(r.quotas.items())))
        self.rule.setText((r.tie_break_zh if is_zh() else r.tie_break_en) + "  " +
                          t(f"汇总方法：{METHOD_ZH.get(r.aggregation, r.aggregation)}",
                            f"Aggregation: {r.aggregation}"))
        self.notes.setText("\n".join(note(n) for n in r.notes))
        self.table.resizeColumnsToContents()

    def export(self, path: str | None = None) -> None:
        if self.data is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, t("导出排名", "Export ranking"),
                                                  f"ranking-{self.ctx.campaign}.xlsx", "Excel (*.xlsx)")
        if path:
            data = self.data
            self.ctx.call(lambda: xlsx.save(xlsx.ranking_workbook(data), Path(path)))
            self.ctx.info(t(f"已导出：{path}", f"Exported: {path}"))
