"""The main window's "Review panel" menu opens the panel window for the configured person."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

CHAIR = "陈教授（示例评审组长）"


def _open(win):
    action = next(a for m in win.menuBar().actions() if m.menu() is not None
                  for a in m.menu().actions() if a.text() == "Open review panel…")
    assert action.isEnabled(), action.toolTip()
    action.trigger()
    from ui.panel.window import PanelWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PanelWindow) and w.isVisible()]


def test_menu_opens_the_chairs_panel(win, qtbot):
    win.session.prefs.set("assessor", CHAIR)
    windows = _open(win)
    assert len(windows) == 1
    panel = windows[0]
    qtbot.addWidget(panel)
    assert panel.ctx.actor == CHAIR and panel.ctx.campaign == "DEMO-2023"
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [
        "My scores", "Read", "Compare", "Ranking", "Chair && secretariat"]  # && shows as &
    assert panel.sheet.model.rowCount() > 0


def test_menu_for_someone_not_on_the_panel(win, qtbot):
    windows = _open(win)  # the fixture's "Test Assessor" has no role in the campaign
    qtbot.addWidget(windows[0])
    assert windows[0].tabs.count() == 0 and "not on this campaign's panel" in windows[0].header.text()
    assert any(m.kind == "refused" and "Test Assessor" in m.detail for m in win.messages.history)
