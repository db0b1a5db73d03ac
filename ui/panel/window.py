"""The review-panel window: who you are and the phase on top; tabs for each view your role may use."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from assessment.panel import scoring_ops
from assessment.panel.access import PHASE_NAMES
from ui.i18n import pick
from ui.panel.chair_view import ChairView
from ui.panel.compare_view import CompareView
from ui.panel.context import PanelContext
from ui.panel.models import t
from ui.panel.ranking_view import RankingView
from ui.panel.read_view import ReadView
from ui.panel.sheet import ScoringSheet

ROLE_NAMES = {"panel_member": ("评审专家", "panel member"), "panel_chair": ("评审组长", "panel chair"),
              "secretariat": ("秘书处", "secretariat"), "assessor": ("评估员", "assessor")}


class PanelWindow(QWidget):
    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.window = self
        self.setWindowTitle(t(f"专家评审 · {ctx.campaign}", f"Review panel · {ctx.campaign}"))
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        self.sheet: ScoringSheet | None = None
        self.chair: ChairView | None = None
        self.read = ReadView(ctx)
        self.compare = CompareView(ctx)
        self.ranking = RankingView(ctx)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.tabs, 1)
        self.resize(1180, 760)
        st = ctx.call(lambda: scoring_ops.status(ctx.db, ctx.actor, ctx.campaign))
        self.roles = set(st.roles) if st else set()
        if self.roles & {"panel_member", "panel_chair"}:
            self.sheet = ScoringSheet(ctx)
            self.tabs.addTab(self.sheet, t("我的评分", "My scores"))
        if self.roles & {"panel_member", "panel_chair", "secretariat"}:
            self.tabs.addTab(self.read, t("查阅", "Read"))
            self.tabs.addTab(self.compare, t("对比", "Compare"))
            self.tabs.addTab(self.ranking, t("排名", "Ranking"))
        if self.roles & {"panel_chair", "secretariat"}:
            self.chair = ChairView(ctx)
            self.tabs.addTab(self.chair, t("组长与秘书处", "Chair && secretariat"))
        ctx.changed.connect(self.reload)
        self.reload()

    def reload(self, *_args: Any) -> None:
        st = self.ctx.call(lambda: scoring_ops.status(self.ctx.db, self.ctx.actor, self.ctx.campaign)) \
            if self.roles else None
        if st is None:
            self.header.setText(t("您不在本批次的评审组中。", "You are not on this campaign's panel."))
            return
        roles = "、".join(pick(*ROLE_NAMES.get(r, (r, r))) for r in st.roles)
        self.header.setText(t(
            f"<b>{st.campaign_code}</b> · 阶段：<b>{pick(*PHASE_NAMES[st.phase])}</b> · {st.viewer}（{roles}）",
            f"<b>{st.campaign_code}</b> · phase: <b>{pick(*PHASE_NAMES[st.phase])}</b> · {st.viewer} ({roles})"))
        if self.sheet is not None:
            self.sheet.reload(st.phase)
        if self.roles & {"panel_member", "panel_chair", "secretariat"}:
            self.read.reload()
            self.compare.reload()
            self.ranking.reload()
        if self.chair is not None:
            self.chair.reload()
