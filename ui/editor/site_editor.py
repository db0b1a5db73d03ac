"""The site editor: header with status and reviewer comments, and the five tabs of one assessment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QTabWidget, QVBoxLayout, QWidget

from assessment import ops
from assessment.panel.guard import score_card
from assessment.scores import refresh_cached_score
from assessment.views import AssessmentDetail, CampaignView
from scoring import CriteriaSet, ScoreCard, criteria_code_for_site_type, load_criteria_set
from ui import i18n
from ui.session import Session


@dataclass(frozen=True)
class Loaded:
    detail: AssessmentDetail
    criteria: CriteriaSet
    card: ScoreCard | None  # None: hidden from this panel member (conflict of interest)


def criteria_for_view(campaign: CampaignView, site_type: str) -> CriteriaSet:
    """The criteria set the campaign pins for this site type (same rule as assessment.scores)."""
    pinned = campaign.criteria_versions.get(site_type)
    if pinned:
        code, _, version = pinned.partition("@")
        return load_criteria_set(code, version or None)
    return load_criteria_set(criteria_code_for_site_type(site_type))


def load_assessment(session: Session, assessment_id: str) -> Loaded:
    """Runs on the worker: everything the tabs show, read in one go."""
    detail = ops.assessment_detail(session.db, assessment_id, viewer=session.actor)
    criteria = criteria_for_view(detail.campaign, detail.site.site_type)
    return Loaded(detail, criteria, score_card(session.db, session.actor, assessment_id)[0])


class SiteEditor(QWidget):
    site_saved = Signal(str, dict)  # assessment id, SiteRow changes for the list
    loaded = Signal(str)
    rescored = Signal(str, object)  # assessment id, ScoreCard (stored data, after an edit)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.editor.checklist import ChecklistTab
        from ui.editor.energy_grid import EnergyTab
        from ui.editor.evidence import EvidenceTab
        from ui.editor.profile import ProfileTab
        from ui.editor.score_card import ScoreTab

        self.session = session
        self.assessment_id: str | None = None
        self.current: Loaded | None = None
        self.title = QLabel(self.tr("Choose a site in the list"))
        self.title.setObjectName("editor-title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.subtitle = QLabel()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px;")
        self.banner.hide()
        self.tabs = QTabWidget()
        self.profile = ProfileTab(session)
        self.energy = EnergyTab(session)
        self.checklist = ChecklistTab(session)
        self.evidence = EvidenceTab(session)
        self.score = ScoreTab(session)
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.tabs.addTab(self.energy, self.tr("Energy && resources"))
        self.tabs.addTab(self.checklist, self.tr("Checklist"))
        self.tabs.addTab(self.evidence, self.tr("Evidence"))
        self.tabs.addTab(self.score, self.tr("Score"))
        self.tabs.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.profile.site_saved.connect(lambda changes: self.site_saved.emit(self.assessment_id or "", changes))
        session.status_changed.connect(self._status_changed)
        session.data_changed.connect(self._data_changed)
        session.stale.connect(self._stale)

    def open_assessment(self, assessment_id: str) -> None:
        self.assessment_id = assessment_id
        self.reload()

    def reload(self) -> None:
        aid = self.assessment_id
        if aid is None:
            return
        def job() -> Loaded | None:
            if aid != self.assessment_id:  # the user has already moved on (arrow keys in the list): skip
                return None
            loaded = load_assessment(self.session, aid)
            # noted here, on the worker, in order with the saves: they then carry exactly these versions
            self.session.versions.saw(loaded.detail.site.id, loaded.detail.site.version)
            self.session.versions.saw(aid, loaded.detail.assessment.version)
            return loaded

        self.session.tasks.run(job, lambda loaded: self._show(aid, loaded) if loaded is not None else None)

    def _show(self, assessment_id: str, loaded: Loaded) -> None:
        if assessment_id != self.assessment_id:
            return  # the user moved on to another site meanwhile
        self.current = loaded
        d = loaded.detail
        self.session.set_status(d.assessment.id, d.assessment.status)
        self.title.setText(f"{d.site.name}  ·  {d.site.code}")
        self._update_subtitle()
        self.tabs.setEnabled(True)
        self.profile.set_site(d.site, d.assessment.id)
        self.energy.set_data(d)
        self.checklist.set_data(d, loaded.criteria, loaded.card)
        self.evidence.set_data(d, loaded.criteria)
        self.score.set_data(d, loaded.criteria, loaded.card)
        self.loaded.emit(assessment_id)

    def _update_subtitle(self) -> None:
        if self.current is None:
            return
        d = self.current.detail
        a = d.assessment
        status = self.session.status.get(a.id, a.status)
        self.subtitle.setText(self.tr("%1 · %2 · period %3 to %4 · revision %5 · assessor %6")
                              .replace("%1", i18n.label(d.site.site_type)).replace("%2", i18n.label(status))
                              .replace("%3", i18n.fmt_month(a.period_start)).replace("%4", i18n.fmt_month(a.period_end))
                              .replace("%5", str(a.revision)).replace("%6", a.assessor or "—"))
        if a.return_comment and status == "draft":
            self.banner.setText(self.tr("Returned for correction by the reviewer: %1").replace("%1", a.return_comment))
            self.banner.show()
        elif status in ("submitted", "under_review"):
            self.banner.setText(self.tr("Submitted: every change now needs a reason and is recorded in the "
                                        "history."))
            self.banner.show()
        elif status == "decided":
            self.banner.setText(self.tr("Decided: this revision can no longer be changed."))
            self.banner.show()
        else:
            self.banner.hide()

    def _status_changed(self, assessment_id: str, _status: str) -> None:
        if assessment_id == self.assessment_id:
            self._update_subtitle()

    def _data_changed(self, assessment_id: str) -> None:
        """After any stored change: the score first (read only, fast), then what the tabs show."""
        db, actor = self.session.db, self.session.actor
        self.session.tasks.run(lambda: score_card(db, actor, assessment_id)[0],
                               lambda card: self._rescored(assessment_id, card))
        self.session.tasks.run(lambda: refresh_cached_score(db, assessment_id))  # keeps the list's cache right
        if assessment_id == self.assessment_id:
            self.energy.refresh()
            self.checklist.refresh()
            self.evidence.refresh()
            self.profile.refresh()

    def _stale(self, assessment_id: str) -> None:
        """A save was refused because someone else saved first: show everything as it is stored now."""
        if assessment_id == self.assessment_id:
            self.reload()
        self.session.data_changed.emit(assessment_id)  # the list's score and status may have moved too

    def _rescored(self, assessment_id: str, card: ScoreCard | None) -> None:
        if card is not None:
            self.rescored.emit(assessment_id, card)
        if assessment_id == self.assessment_id:
            self.show_card(card)

    def show_card(self, card: ScoreCard | None) -> None:
        if self.current is not None:
            self.current = Loaded(self.current.detail, self.current.criteria, card)
        self.score.show_card(card)
        self.checklist.show_card(card)

    def shutdown(self) -> None:
        self.evidence.shutdown()


__all__ = ["SiteEditor", "load_assessment", "Any"]
