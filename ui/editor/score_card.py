"""Score tab: the live score card (total, tier, gates, radar, items, alerts, gap) and the what-if panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessment.fields import SITE_FIELD_MAP
from assessment.panel.guard import score_card
from assessment.views import AssessmentDetail
from scoring import METRICS, CriteriaSet, ScoreCard
from ui import i18n
from ui.radar import RadarChart
from ui.rows_model import RowsModel
from ui.session import Session

WHATIF_STYLE = "background: #fff3cd; color: #7a4d00; border: 2px dashed #d39e00; padding: 6px; font-weight: 600;"


def table(model: RowsModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def points(v: float, m: float) -> str:
    return f"{i18n.fmt_number(v, 1)} / {i18n.fmt_number(m, 1)}"


class ScoreTab(QWidget):
    card_shown = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.assessment_id: str | None = None
        self.criteria: CriteriaSet | None = None
        self.card: ScoreCard | None = None
        self.whatif_card: ScoreCard | None = None
        self.overrides: dict[str, Any] = {}
        self.total = QLabel()
        self.total.setObjectName("score-total")
        self.total.setStyleSheet("font-size: 22pt; font-weight: 700;")
        self.tier = QLabel()
        self.tier.setStyleSheet("font-size: 13pt;")
        self.versions = QLabel()
        self.versions.setStyleSheet("color: #666;")
        self.banner = QLabel()
        self.banner.setObjectName("whatif-banner")
        self.banner.setStyleSheet(WHATIF_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.radar = RadarChart()
        self.gates = RowsModel([(self.tr("Gate"), lambda g: i18n.pick(g.name_zh, g.name_en)),
                                (self.tr("Result"), lambda g: i18n.label(g.status)),
                                (self.tr("Why"), lambda g: i18n.pick(g.reason_zh, g.reason_en))],
                               level=lambda g: g.status, tip=lambda g: i18n.pick(g.rule_zh, g.rule_en), parent=self)
        self.items = RowsModel([(self.tr("Code"), lambda i: i.code),
                                (self.tr("Item"), lambda i: i18n.pick(i.name_zh, i.name_en)),
                                (self.tr("Points"), lambda i: points(i.points, i.max_points)),
                                (self.tr("Status"), lambda i: i18n.label(i.status)),
                                (self.tr("Explanation"), lambda i: i18n.pick(i.explanation_zh, i.explanation_en))],
                               level=lambda i: i.status,
                               tip=lambda i: i18n.pick(i.rule_zh, i.rule_en) + (
                                   "\n" + self.tr("Evidence required") + (" ✓" if i.evidence_present else " ✗")
                                   if i.evidence_required else ""),
                               key=lambda i: i.code, parent=self)
        self.alerts = RowsModel([(self.tr("Level"), lambda q: i18n.label(q.level)),
                                 (self.tr("Data-quality alert"), lambda q: i18n.pick(q.message_zh, q.message_en))],
                                level=lambda q: q.level, parent=self)
        self.gaps = RowsModel([(self.tr("To reach"), lambda g: self.tier_name(g.tier)),
                               (self.tr("What is missing"), lambda g: i18n.pick(g.message_zh, g.message_en)),
                               (self.tr("Gain"), lambda g: "" if g.gain_points is None
                                else f"+{i18n.fmt_number(g.gain_points, 1)}")],
                              parent=self)
        self.items_view = table(self.items, 4)
        for col, width in ((0, 64), (1, 200), (2, 70), (3, 90)):
            self.items_view.setColumnWidth(col, width)
        summary = QWidget()
        sv = QVBoxLayout(summary)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.total)
        sv.addWidget(self.tier)
        sv.addWidget(self.versions)
        sv.addWidget(self.radar, 1)
        gates_box = QWidget()
        gv = QVBoxLayout(gates_box)
        gv.setContentsMargins(0, 0, 0, 0)
        gv.addWidget(QLabel(self.tr("Gates (must all pass)")))
        gates = table(self.gates, 2)
        gates.setColumnWidth(0, 200)
        gv.addWidget(gates, 1)
        gv.addWidget(self._whatif_box())
        top = QSplitter()
        top.addWidget(summary)
        top.addWidget(gates_box)
        top.setSizes([380, 420])
        alerts, gaps = table(self.alerts, 1), table(self.gaps, 1)
        alerts.setColumnWidth(0, 70)
        gaps.setColumnWidth(0, 130)
        bottom = QSplitter()
        bottom.addWidget(alerts)
        bottom.addWidget(gaps)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.items_view)
        split.addWidget(bottom)
        split.setSizes([330, 230, 130])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

    def tier_name(self, code: str) -> str:
        tier = next((t for t in self.criteria.tiers if t.code == code), None) if self.criteria else None
        return i18n.pick(tier.name_zh, tier.name_en) if tier else code

    def _whatif_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What-if (hypothetical, never stored)"))
        self.whatif_key = QComboBox()
        self.whatif_key.setObjectName("whatif-key")
        self.whatif_value = QLineEdit(placeholderText=self.tr("value"))
        add = QPushButton(self.tr("Try"))
        add.clicked.connect(self._add_override)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.clear_whatif)
        self.whatif_list = QListWidget()
        self.whatif_list.setMaximumHeight(70)
        row = QHBoxLayout()
        row.addWidget(self.whatif_value, 1)
        row.addWidget(add)
        row.addWidget(clear)
        v = QVBoxLayout(box)
        v.addWidget(self.whatif_key)
        v.addLayout(row)
        v.addWidget(self.whatif_list)
        return box

    def set_data(self, detail: AssessmentDetail, criteria: CriteriaSet, card: ScoreCard | None) -> None:
        if self.assessment_id != detail.assessment.id:
            self.overrides.clear()
            self.whatif_card = None
        self.assessment_id = detail.assessment.id
        self.criteria = criteria
        self.whatif_key.clear()
        for it in criteria.items:
            if it.kind != "metric":
                self.whatif_key.addItem(f"{it.code} {i18n.pick(it.name_zh, it.name_en)}", it.code)
        for name, m in METRICS.items():
            self.whatif_key.addItem(f"{i18n.pick(m.name_zh, m.name_en)} [{m.unit}]", name)
        for field in ("floor_area_m2", "green_space_m2", "occupants"):
            spec = SITE_FIELD_MAP[field]
            self.whatif_key.addItem(self.tr("Profile: %1").replace("%1", i18n.pick(spec.label_zh, spec.label_en)),
                                    f"profile.{field}")
        self.show_card(card)

    def show_card(self, card: ScoreCard | None) -> None:
        """Show the stored-data card (and recompute the what-if on top of it, if one is active).

        None: the acting person is a panel member with a conflict of interest; nothing is shown.
        """
        self.card = card
        if card is None:
            self._render_hidden()
            self.card_shown.emit(card)
            return
        self.setEnabled(True)
        self._render(card)
        if self.overrides:
            self._run_whatif()
        else:
            self.banner.hide()
        self.card_shown.emit(card)

    def _render_hidden(self) -> None:
        self.overrides.clear()
        self.whatif_card = None
        self.whatif_list.clear()
        self.banner.hide()
        self.total.setText(i18n.pick("因利益冲突不予显示", "hidden: conflict of interest"))
        self.tier.setText("")
        self.versions.setText("")
        self.radar.set_axes([])
        for model in (self.gates, self.items, self.alerts, self.gaps):
            model.set_records([])
        self.setEnabled(False)

    def _render(self, card: ScoreCard, real: ScoreCard | None = None) -> None:
        prefix = self.tr("What-if: ") if card.is_what_if else ""
        self.total.setText(prefix + f"{i18n.fmt_number(card.total, 1)} / {i18n.fmt_number(card.max_total, 0)}")
        tier = i18n.pick(card.tier.name_zh, card.tier.name_en) if card.tier else self.tr("No tier reached")
        nxt = (self.tr("next: %1 at %2").replace("%1", i18n.pick(card.next_tier.name_zh, card.next_tier.name_en))
               .replace("%2", i18n.fmt_number(card.next_tier.min_total, 0))) if card.next_tier else ""
        self.tier.setText(f"{tier}" + (f"  ·  {nxt}" if nxt else ""))
        self.versions.setText(self.tr("Criteria %1 %2 · factors %3").replace("%1", card.criteria_code)
                              .replace("%2", card.criteria_version).replace("%3", card.factor_version))
        axes = [(i18n.pick(c.name_zh, c.name_en), c.points / c.max_points if c.max_points else 0.0, c.min_share)
                for c in card.categories]
        overlay = None
        if real is not None:
            overlay, axes = [a[1] for a in axes], [
                (i18n.pick(c.name_zh, c.name_en), c.points / c.max_points if c.max_points else 0.0, c.min_share)
                for c in real.categories]
        self.radar.set_axes(axes, overlay)
        self.gates.set_records(card.gates)
        self.items.set_records(card.items)
        severity = {"error": 0, "warning": 1}
        self.alerts.set_records(sorted(card.quality, key=lambda q: severity.get(q.level, 2)))
        self.gaps.set_records(card.gaps)

    def _add_override(self) -> None:
        key, text = self.whatif_key.currentData(), self.whatif_value.text().strip()
        if not key or not text:
            return
        value: Any = text
        low = text.lower()
        if low in ("yes", "no", "是", "否", "true", "false"):
            value = low in ("yes", "是", "true")
        else:
            try:
                value = float(text.replace(",", ""))
            except ValueError:
                value = text
        self.overrides[key] = value
        self._run_whatif()

    def _run_whatif(self) -> None:
        aid, ov = self.assessment_id, dict(self.overrides)
        self.whatif_list.clear()
        for k, v in ov.items():
            index = self.whatif_key.findData(k)
            name = self.whatif_key.itemText(index) if index >= 0 else k
            text = (self.tr("Yes") if v else self.tr("No")) if isinstance(v, bool) else \
                i18n.fmt_number(v, 3) if isinstance(v, float) else str(v)
            self.whatif_list.addItem(f"{name} = {text}")
        if aid is None or not ov:
            return

        def shown(card: ScoreCard | None) -> None:
            if aid != self.assessment_id or not self.overrides or self.card is None or card is None:
                return
            self.whatif_card = card
            self._render(card, real=self.card)
            self.banner.setText(self.tr("HYPOTHETICAL — what-if values are not stored. Stored score: %1; "
                                        "with these changes: %2.")
                                .replace("%1", i18n.fmt_number(self.card.total, 1))
                                .replace("%2", i18n.fmt_number(card.total, 1)))
            self.banner.show()

        def failed(exc: BaseException) -> None:
            self.overrides.pop(next(reversed(ov)), None)
            self.session.messages.error(exc)
            self._run_whatif() if self.overrides else self.clear_whatif()

        db, actor = self.session.db, self.session.actor
        self.session.tasks.run(lambda: score_card(db, actor, aid, ov)[0], shown, failed)

    def clear_whatif(self) -> None:
        self.overrides.clear()
        self.whatif_card = None
        self.whatif_list.clear()
        self.banner.hide()
        if self.card is not None:
            self._render(self.card)
