"""Fixtures for panel widget tests: the panel test campaign and a window opener that never pops dialogs."""

from __future__ import annotations

import pytest
from helpers.panel_setup import CAMPAIGN, Panel, build_panel

from assessment.db import Database


@pytest.fixture
def panel(db: Database) -> Panel:
    return build_panel(db)


@pytest.fixture
def open_window(app, qtbot, panel):
    """Opens an English panel window for one person (the `app` fixture installs English)."""
    def opener(actor: str):
        from ui.panel import open_panel_window

        w = open_panel_window(panel.db, actor, campaign=CAMPAIGN)
        w.ctx.interactive = False
        qtbot.addWidget(w)
        return w

    return opener
