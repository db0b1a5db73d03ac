"""The main window: campaign selector, candidate list, site editor, menus; no business logic of its own."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QSplitter, QToolBar, QWidget

from assessment import ops
from assessment.db import Database
from assessment.views import CampaignView, SiteRow
from ui import i18n
from ui.editor.site_editor import SiteEditor
from ui.messages import MessageBridge
from ui.session import Session
from ui.settings import Preferences, WindowState
from ui.site_list import SiteListPanel

HOOKS = (  # menu title, package, entry function, action text
    ("panel", "ui.panel", "open_panel"),
    ("dossier", "ui.dossier", "open_dossiers"),
    ("exchange", "ui.exchange", "open_exchange"),
)


class MainWindow(QMainWindow):
    ready = Signal()  # the candidate list is shown
    restart_requested = Signal()  # language or database changed: build a new window

    def __init__(self, db: Database, prefs: Preferences, *, interactive: bool = True) -> None:
        super().__init__()
        self.messages = MessageBridge(self)
        self.messages.interactive = interactive
        self.messages.window = self
        self.session = Session(db, prefs, self.messages, self)
        self.session.window = self
        self.state = WindowState()
        self.campaigns: list[CampaignView] = []
        self.setWindowTitle(self.tr("Low-carbon demonstration sites — assessment"))
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        self.resize(min(1360, int(room.width() * 0.95)) if room else 1360,
                    min(860, int(room.height() * 0.92)) if room else 860)
        self.campaign_box = QComboBox()
        self.campaign_box.setMinimumWidth(320)
        self.site_list = SiteListPanel()
        self.editor = SiteEditor(self.session)
        splitter = QSplitter()
        splitter.addWidget(self.site_list)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 800])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.busy = QLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self._build_actions()
        self.campaign_box.currentIndexChanged.connect(self._campaign_changed)
        self.site_list.assessment_selected.connect(self._site_chosen)
        self.editor.rescored.connect(self._rescored)
        self.messages.status.connect(lambda t: self.statusBar().showMessage(t, 8000))
        self.session.tasks.busy_changed.connect(lambda b: self.busy.setText(self.tr("Saving…") if b else ""))
        self.editor.site_saved.connect(self._site_row_changed)
        geometry = self.state.load("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # ----- actions and menus
    def _build_actions(self) -> None:
        from ui import actions

        self.acts: dict[str, Any] = actions.build(self)
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(QLabel(self.tr("Campaign:") + " "))
        bar.addWidget(self.campaign_box)
        bar.addSeparator()
        for key in ("new_site", "undo", "redo", "submit", "history", "rescore"):
            bar.addAction(self.acts[key])
        self.addToolBar(bar)
        for title, package, entry in HOOKS:
            self._hook_menu(title, package, entry)

    def _hook_menu(self, key: str, package: str, entry: str) -> None:
        titles = {"panel": self.tr("Review panel"), "dossier": self.tr("Dossiers"), "exchange": self.tr("Exchange")}
        texts = {"panel": self.tr("Open review panel…"), "dossier": self.tr("Award dossiers…"),
                 "exchange": self.tr("Offline packages…")}
        menu = QMenu(titles[key], self)
        action = QAction(texts[key], self)
        try:
            module = importlib.import_module(package)
            fn = getattr(module, entry, None)
            if fn is None:
                raise ImportError(f"{package}.{entry} is missing")
            action.triggered.connect(lambda: fn(self, self.session))
        except Exception as exc:  # the other engineers' packages may not exist yet
            action.setEnabled(False)
            action.setToolTip(self.tr("Not available in this build: %1").replace("%1", str(exc)))
            menu.setToolTipsVisible(True)
        menu.addAction(action)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)

    # ----- loading
    def load(self) -> None:
        """Read the campaigns, then the candidate list (cached scores; nothing is scored here)."""
        self.session.tasks.run(lambda: ops.list_campaigns(self.session.db), self._campaigns_loaded)

    def _campaigns_loaded(self, campaigns: list[CampaignView]) -> None:
        self.campaigns = campaigns
        self.campaign_box.blockSignals(True)
        self.campaign_box.clear()
        for c in campaigns:
            self.campaign_box.addItem(f"{c.name} ({c.code})", c.id)
        self.campaign_box.blockSignals(False)
        if campaigns:
            last = self.state.load("campaign")
            self.campaign_box.setCurrentIndex(max(0, self.campaign_box.findData(last)))
            self._campaign_changed()
        else:
            self.ready.emit()

    def current_campaign(self) -> CampaignView | None:
        cid = self.campaign_box.currentData()
        return next((c for c in self.campaigns if c.id == cid), None)

    def _campaign_changed(self, *_args: Any) -> None:
        camp = self.current_campaign()
        if camp is None:
            return
        self.state.save("campaign", camp.id)
        self.reload_sites()

    def reload_sites(self, select: str | None = None) -> None:
        camp = self.current_campaign()
        if camp is None:
            return

        def shown(result: tuple[list[SiteRow], dict[str, str]]) -> None:
            rows, names = result
            showing = self.editor.assessment_id
            self.site_list.model.tier_names = names
            for r in rows:
                if r.assessment_id and r.status:
                    self.session.status.setdefault(r.assessment_id, r.status)
            self.site_list.set_rows(rows)
            if select:
                self.site_list.select(select)
            elif self.site_list.current_assessment() is None and rows:
                self.site_list.view.selectRow(0)
            if showing is not None and self.editor.assessment_id == showing:
                self.editor.reload()  # still the same site: an import may have changed what the editor shows
            self.ready.emit()

        db, actor = self.session.db, self.session.actor
        self.session.tasks.run(lambda: (ops.list_sites(db, camp.id, viewer=actor), tier_names(camp)), shown)

    def _site_chosen(self, site_id: str, assessment_id: str) -> None:
        self.editor.open_assessment(assessment_id)

    def _rescored(self, assessment_id: str, card: Any) -> None:
        """Keep the list's score and tier in step with the card shown after an edit."""
        self.site_list.model.update_row(assessment_id, total=card.total, tier=card.tier.code if card.tier else None)

    def _site_row_changed(self, assessment_id: str, changes: dict[str, Any]) -> None:
        self.site_list.model.update_row(assessment_id, **changes)

    # ----- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        self.state.save("geometry", self.saveGeometry())
        self.editor.shutdown()
        self.session.close()
        super().closeEvent(event)

    @property
    def help_menu(self) -> QMenu:
        menu: QMenu = self.acts["_help_menu"]
        return menu


def tier_names(camp: CampaignView) -> dict[str, str]:
    """Tier code -> name in the current language, from the criteria sets the campaign pins."""
    from ui.editor.site_editor import criteria_for_view

    names: dict[str, str] = {}
    for site_type in camp.criteria_versions:
        try:
            for t in criteria_for_view(camp, site_type).tiers:
                names.setdefault(t.code, i18n.pick(t.name_zh, t.name_en))
        except Exception:  # a missing criteria file shows the code instead of the name
            continue
    return names


__all__ = ["MainWindow", "QWidget"]
