"""Fixtures for the desktop UI tests: an English main window on the demo database, helpers to wait."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers.ui_steps import idle


@pytest.fixture
def app(qapp: Any) -> Any:
    from ui import i18n
    from ui.app import make_application

    application = make_application()
    i18n.install_language(application, "en")
    yield application
    i18n.install_language(application, "en")


@pytest.fixture
def win(app: Any, qtbot: Any, demo_db: Any) -> Iterator[Any]:
    """The main window on a copy of the demo database, first site loaded; closed (worker stopped) after."""
    from ui.main_window import MainWindow
    from ui.settings import Preferences

    prefs = Preferences()
    prefs.set("assessor", "Test Assessor")
    window = MainWindow(demo_db, prefs, interactive=False)
    window.session.reason_provider = lambda _what: None
    window.show()
    with qtbot.waitSignal(window.ready, timeout=15000):
        window.load()
    qtbot.waitUntil(lambda: window.editor.current is not None, timeout=15000)
    idle(qtbot, window)
    yield window
    window.close()
    window.deleteLater()
    app.processEvents()
