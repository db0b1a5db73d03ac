"""The comparison view: pick 2-6 candidates; rows of metrics, categories, items, gates; best marked; radar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessment.panel import comparison, scoring_ops, xlsx
from assessment.panel.comparison import CompareRow, Comparison
from ui.i18n import fmt_number, is_zh, pick
from ui.panel.context import PanelContext
from ui.panel.models import BEST, RecordsModel, t
from ui.panel.radar import OverlayRadar
from ui.panel.texts import note

SECTIONS = {"total": ("总分", "Total"), "metric": ("指标", "Metric"), "category": ("类别", "Category"),
            "item": ("评价项", "Item"), "gate": ("门槛", "Gate")}
GATE_WORDS = {"pass": ("通过", "pass"), "fail": ("未通过", "fail"), "not_available": ("无数据", "n/a"),
              "not_applicable": ("不适用", "n/a")}


def _cell(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return fmt_number(float(value))
    if value == "hidden":
        return t("隐藏", "hidden")
    return pick(*GATE_WORDS[value]) if value in GATE_WORDS else str(value)


class CompareView(QWidget):
    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Comparison | None = None
        self.picks = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.picks)
        self.model = RecordsModel([], background=self._best, bold=lambda r, c: c >= 2 and self._is_best(r, c),
                                  parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.radar = OverlayRadar()
        go = QPushButton(t("对比所选", "Compare selected"))
        go.clicked.connect(self.compare_checked)
        export = QPushButton(t("导出 Excel…", "Export to Excel…"))
        export.clicked.connect(lambda: self.export())
        self.notes = QLabel(t("勾选 2–6 个候选。每行最优值以绿色标示。", "Tick 2 to 6 candidates. The best value in "
                              "each row is shaded green."))
        self.notes.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(t("候选", "Candidates")))
        ll.addWidget(self.list, 1)
        ll.addWidget(go)
        ll.addWidget(export)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(self.radar)
        right.setSizes([380, 360])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([240, 860])
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notes, 1)
        lay.addLayout(bottom)

    def reload(self, *_args: Any) -> None:
        checked = set(self.checked())
        views = self.ctx.call(lambda: scoring_ops.candidate_views(self.ctx.db, self.ctx.actor, self.ctx.campaign))
        self.picks.clear()
        for v in views or []:
            if v.conflicted:
                continue  # a conflicted candidate cannot be compared in this person's view
            item = QStandardItem(f"{v.site_code}  {v.site_name}")
            item.setData(v.site_code, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if v.site_code in checked else Qt.CheckState.Unchecked)
            item.setEditable(False)
            self.picks.appendRow(item)
        if self.result is not None and len(checked) >= 2:
            self.compare(sorted(checked))

    def checked(self) -> list[str]:
        out = []
        for row in range(self.picks.rowCount()):
            item = self.picks.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, codes: list[str]) -> None:
        for row in range(self.picks.rowCount()):
            item = self.picks.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def compare_checked(self) -> None:
        self.compare(self.checked())

    def compare(self, codes: list[str]) -> None:
        result = self.ctx.call(lambda: comparison.compare(self.ctx.db, self.ctx.actor, codes, self.ctx.campaign))
        if result is None:
            return
        self.result = result
        cols: list[tuple[str, Any]] = [
            (t("部分", "Section"), lambda r: pick(*SECTIONS.get(r.section, (r.section, r.section)))),
            (t("行", "Row"), lambda r: f"{pick(r.label_zh, r.label_en)}" + (f" [{r.unit}]" if r.unit else ""))]
        for k, col in enumerate(result.columns):
            cols.append((f"{col.site_code}\n{col.site_name}", lambda r, k=k: _cell(r.values[k])))
        self.model.set_columns(cols)
        self.model.set_records(result.rows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        axes = list(result.radar_axes_zh if is_zh() else result.radar_axes_en)
        self.radar.set_data(axes, [(s.site_code, list(s.shares)) for s in result.radar])
        self.notes.setText("\n".join([t("每行最优值以绿色标示。", "The best value in each row is shaded green."),
                                      *(note(n) for n in result.notes)]))

    def _is_best(self, row: CompareRow, col: int) -> bool:
        k = col - 2
        return 0 <= k < len(row.best) and row.best[k]

    def _best(self, row: CompareRow, col: int) -> Any:
        return BEST if self._is_best(row, col) else None

    def export(self, path: str | None = None) -> None:
        if self.result is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, t("导出对比", "Export comparison"),
                                                  f"comparison-{self.ctx.campaign}.xlsx", "Excel (*.xlsx)")
        if path:
            result = self.result
            self.ctx.call(lambda: xlsx.save(xlsx.comparison_workbook(result), Path(path)))
            self.ctx.info(t(f"已导出：{path}", f"Exported: {path}"))
