"""The desktop app on a shared PostgreSQL server: it opens with the demo, saves edits, and tells a stale save."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers.ui_steps import idle, open_site, site_code_with_status, stored_activity

from assessment import ops
from assessment.db import Database, open_database
from tests.assessment.pg.backends import pg_server, pg_url  # noqa: F401 (a fresh database on the test server)


@pytest.fixture
def server_win(app: Any, qtbot: Any, pg_url: str, tmp_path: Any) -> Iterator[Any]:  # noqa: F811
    from assessment.bootstrap import open_app_database
    from ui.main_window import MainWindow
    from ui.settings import Preferences

    prefs = Preferences()
    prefs.set("assessor", "李秘书")
    db = open_app_database(pg_url, evidence_dir=tmp_path / "shared-evidence")
    window = MainWindow(db, prefs, interactive=False)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.load()
    qtbot.waitUntil(lambda: window.editor.current is not None, timeout=15000)
    idle(qtbot, window)
    yield window
    window.close()
    window.deleteLater()
    app.processEvents()


@pytest.fixture
def colleague(pg_url: str, tmp_path: Any) -> Iterator[Database]:  # noqa: F811
    db = open_database(pg_url, evidence_dir=tmp_path / "shared-evidence")
    yield db
    db.dispose()


def test_app_on_the_server_edits_and_tells_a_stale_save(server_win, qtbot, colleague):
    win = server_win
    assert win.session.db.url.startswith("postgresql")
    assert len(win.site_list.model.rows()) == 13  # a new server database gets the demo campaign
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    model = win.editor.energy.model
    col = next(i for i, s in enumerate(model.series) if s.carrier == "grid_electricity")
    key = (model.series[col].carrier, model.series[col].meter_id, model.months[0])
    assert model.setData(model.index(0, col), "31415")
    idle(qtbot, win)
    assert stored_activity(win, aid)[key].quantity == 31415  # stored on the server, seen by the colleague
    assert {(r.carrier, r.meter_id, r.month): r.quantity for r in ops.list_activity(colleague, aid)}[key] == 31415

    site_id = win.editor.current.detail.site.id
    ops.update_site(colleague, "王委员", site_id, {"occupants": 2468})
    field = win.editor.profile.fields["occupants"]
    field.input.setText("1357")
    field.input.editingFinished.emit()
    idle(qtbot, win)
    assert [m for m in win.session.messages.history if "Someone else saved" in m.text and "王委员" in m.detail]
    assert ops.get_site(colleague, site_id).occupants == 2468
    qtbot.waitUntil(lambda: field.input.text() == "2468", timeout=10000)
