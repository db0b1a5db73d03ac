"""The read view: per candidate, one's own score, the others' scores and comments, median, spread, flags."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from assessment.panel import scoring_ops
from assessment.panel.aggregation import METHOD_NAMES
from assessment.panel.views import CandidatePanelView, PanelItemView
from ui.i18n import fmt_datetime, fmt_number, pick
from ui.panel.context import PanelContext
from ui.panel.models import FLAG, MUTED, RecordRole, RecordsModel, t
from ui.panel.texts import note

LEVELS = {"all": ("全部可见", "all visible"), "own": ("仅本人", "own only"), "none": ("不可见", "hidden")}


def _others(it: PanelItemView) -> str:
    return "\n".join(f"{o.member}: {fmt_number(o.points)}" + (f" — {o.comment}" if o.comment else "")
                     for o in it.others)


def _change(raw: str | None) -> str:
    """'{"comment": "...", "points": 4.0}' as '4 — ...'."""
    if not raw:
        return "—"
    try:
        value = json.loads(raw)
    except ValueError:
        return raw
    if not isinstance(value, dict):
        return str(value)
    text = fmt_number(value.get("points"))
    return text + (f" — {value['comment']}" if value.get("comment") else "")


def _agg(it: PanelItemView) -> str:
    a = it.aggregate
    if a is None or a.value is None:
        return "—"
    name = METHOD_NAMES.get(a.method, (a.method, a.method))
    return f"{fmt_number(a.value)} ({pick(*name)}, n={a.n})"


class ReadView(QWidget):
    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.candidates = RecordsModel(
            [(t("编号", "Code"), lambda v: v.site_code), (t("候选", "Candidate"), lambda v: v.site_name),
             (t("可见性", "Visible"), lambda v: pick(*LEVELS[v.level]))],
            background=lambda v, _c: MUTED if v.level == "none" else None, parent=self)
        self.items = RecordsModel(
            [(t("评议项", "Item"), lambda i: f"{i.code} {pick(i.name_zh, i.name_en)}"),
             (t("满分", "Max"), lambda i: fmt_number(i.max_points)),
             (t("我的评分", "Mine"), lambda i: "—" if i.own is None else fmt_number(i.own.points)),
             (t("他人评分与意见", "Others' scores and comments"), _others),
             (t("汇总", "Aggregate"), _agg),
             (t("极差", "Spread"),
              lambda i: "—" if i.aggregate is None or i.aggregate.spread is None else fmt_number(i.aggregate.spread)),
             (t("分歧大", "Disagree"),
              lambda i: t("是 ⚑", "yes ⚑") if i.aggregate is not None and i.aggregate.disagreement else "")],
            background=lambda i, _c: FLAG if i.aggregate is not None and i.aggregate.disagreement else None,
            parent=self)
        self.list = QTableView()
        self.list.setModel(self.candidates)
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().selectionChanged.connect(self._selected)
        self.detail = QTableView()
        self.detail.setModel(self.items)
        self.detail.setWordWrap(True)
        self.detail.verticalHeader().hide()
        self.detail.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.history = RecordsModel(
            [(t("时间", "When"), lambda e: fmt_datetime(e.at)), (t("评审专家", "Member"), lambda e: e.member),
             (t("评议项", "Item"), lambda e: e.item_code), (t("原值", "Before"), lambda e: _change(e.old)),
             (t("新值", "After"), lambda e: _change(e.new)), (t("原因", "Reason"), lambda e: e.reason or "")],
            parent=self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history)
        self.history_view.verticalHeader().hide()
        self.history_view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.history_view.setMaximumHeight(150)
        self.rule = QLabel(t("汇总规则：中位数（默认）/平均值/去掉最高最低后的平均值；"
                             "最高与最低分之差达到满分一半即标记“分歧较大”。",
                             "Aggregation: median (default), mean or trimmed mean; a spread of at least half the "
                             "item's maximum is flagged as strong disagreement."))
        self.rule.setWordWrap(True)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.detail, 1)
        rl.addWidget(QLabel(t("评分修改记录（您可查看的部分）", "Score history (what you may see)")))
        rl.addWidget(self.history_view)
        rl.addWidget(self.rule)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([300, 800])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.current: str | None = None

    def reload(self, *_args: Any) -> None:
        views = self.ctx.call(lambda: scoring_ops.candidate_views(self.ctx.db, self.ctx.actor, self.ctx.campaign))
        self.candidates.set_records(views or [])
        self.list.resizeColumnToContents(0)
        codes = [v.site_code for v in views or []]
        row = codes.index(self.current) if self.current in codes else (0 if codes else -1)
        if row >= 0:
            self.list.selectRow(row)
        else:
            self.show_candidate(None)

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        idx = selected.indexes()
        self.show_candidate(idx[0].data(RecordRole) if idx else None)

    def show_candidate(self, v: CandidatePanelView | None) -> None:
        if v is None:
            self.items.set_records([])
            self.history.set_records([])
            self.title.setText(t("没有待评审的候选。", "No candidate is before the panel."))
            return
        self.current = v.site_code
        head = f"<b>{v.site_code} {v.site_name}</b>"
        if v.hidden_reason:
            head += f"<br><span style='color:#a15c00'>{note(v.hidden_reason)}</span>"
        self.title.setText(head)
        self.items.set_records(list(v.items) if v.level != "none" else [])
        for col, width in ((0, 200), (1, 40), (2, 50), (4, 115), (5, 55), (6, 60)):
            self.detail.setColumnWidth(col, width)
        self.detail.resizeRowsToContents()
        events = self.ctx.call(lambda: scoring_ops.history(self.ctx.db, self.ctx.actor, v.site_code,
                                                           self.ctx.campaign))
        self.history.set_records(list(reversed(events or [])))
        self.history_view.resizeColumnsToContents()
