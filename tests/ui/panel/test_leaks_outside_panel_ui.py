"""The main window shows a panel member only what the panel rules let them see (Score tab, candidate list)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers.panel_setup import ALICE, ASSESSOR, CAMPAIGN, CAROL, CHAIR, score_all
from helpers.ui_steps import idle, open_site

from assessment.panel import setup
from assessment.scores import compute_score, refresh_cached_score

SECRET = "ALICE-SECRET-REMARK"


@pytest.fixture
def read_phase(panel):
    for site in ("PANEL-T-P1", "PANEL-T-P3"):
        score_all(panel.db, ALICE, site, 5, SECRET)
        score_all(panel.db, CHAIR, site, 4, "chair remark")
    setup.declare_conflict(panel.db, CAROL, CAMPAIGN, "PANEL-T-P3", "former employer")
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "read")
    for aid in panel.sites.values():
        refresh_cached_score(panel.db, aid)
    return panel


@pytest.fixture
def window_for(app: Any, qtbot: Any, read_phase: Any) -> Iterator[Any]:
    opened = []

    def opener(actor: str) -> Any:
        from ui.main_window import MainWindow
        from ui.settings import Preferences

        prefs = Preferences()
        prefs.set("assessor", actor)
        w = MainWindow(read_phase.db, prefs, interactive=False)
        w.session.reason_provider = lambda _what: None
        w.show()
        with qtbot.waitSignal(w.ready, timeout=15000):
            w.load()
        idle(qtbot, w)
        opened.append(w)
        return w

    yield opener
    for w in opened:
        w.close()
        w.deleteLater()


def test_conflicted_member_sees_no_score_card(window_for, qtbot, read_phase):
    w = window_for(CAROL)
    open_site(qtbot, w, "PANEL-T-P3")
    idle(qtbot, w)
    assert w.editor.current.card is None
    assert w.editor.score.total.text() == "hidden: conflict of interest"
    assert w.editor.score.items.rowCount() == 0
    w.editor.score.grab().save("/tmp/leak_score_hidden.png")


def test_member_without_own_scores_sees_panel_items_awaiting(window_for, qtbot, read_phase):
    full = compute_score(read_phase.db, read_phase.sites["PANEL-T-P1"])
    w = window_for(CAROL)
    open_site(qtbot, w, "PANEL-T-P1")
    idle(qtbot, w)
    card = w.editor.current.card
    panel = [i for i in card.items if i.kind == "panel"]
    assert panel and all(i.status == "awaiting_panel" and i.points == 0 for i in panel)
    assert card.total < full.total


def test_assessor_keeps_the_full_card(window_for, qtbot, read_phase):
    full = compute_score(read_phase.db, read_phase.sites["PANEL-T-P1"])
    w = window_for(ASSESSOR)
    open_site(qtbot, w, "PANEL-T-P1")
    idle(qtbot, w)
    assert w.editor.current.card.total == pytest.approx(full.total)


def test_candidate_list_hides_totals_from_a_member(window_for, qtbot, read_phase):
    w = window_for(CAROL)
    rows = {r.code: r for r in w.site_list.model.rows()}
    assert rows["PANEL-T-P3"].total is None and rows["PANEL-T-P3"].tier is None  # conflict
    assert rows["PANEL-T-P1"].total is None  # her own scores are not in: the aggregate is hidden
    other = window_for(ASSESSOR)
    assert {r.code: r for r in other.site_list.model.rows()}["PANEL-T-P3"].total is not None


def test_history_dialog_leaves_out_panel_scores_a_member_may_not_see(window_for, qtbot, read_phase):
    from ui.history import HistoryDialog

    seen = {}
    for who in (CAROL, ASSESSOR):
        w = window_for(who)
        dialog = HistoryDialog(w.session, read_phase.sites["PANEL-T-P3"], parent=w)
        idle(qtbot, w)
        seen[who] = [e for e in dialog.events if e.entity == "panel_score"]
        assert not any(SECRET in str(e.new_value) for e in dialog.events) or who == ASSESSOR
        dialog.close()
    assert seen[CAROL] == [] and seen[ASSESSOR]


def test_dossier_dialog_refuses_a_conflicted_member(app, qtbot, read_phase, tmp_path):
    from ui.dossier import open_dossier_dialog
    from ui.settings import Preferences

    Preferences().set("assessor", CAROL)
    dlg = open_dossier_dialog(read_phase.db, read_phase.sites["PANEL-T-P3"])
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "conflict of interest" in dlg.status.text(), timeout=60000)
    with qtbot.waitSignal(dlg.failed, timeout=60000):
        dlg.export_to(tmp_path / "d.pdf", "dossier")
    assert "conflict of interest" in dlg.status.text() and not (tmp_path / "d.pdf").exists()
    dlg.close()
