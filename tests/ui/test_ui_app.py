"""App plumbing: settings, language switch by rebuilding the window, message bridge, worker, drag and drop."""

from __future__ import annotations

import errno
import threading
from pathlib import Path
from typing import Any

import pytest
from helpers.ui_steps import idle, open_site, site_code_with_status
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from assessment import ops
from assessment.errors import DatabaseBusyError, ValidationError, WorkflowError


def test_preferences_are_typed_with_defaults_in_the_settings_dir(tmp_path: Path) -> None:
    from ui.settings import Preferences

    prefs = Preferences()
    assert prefs.get("language") == "zh_CN" and prefs.get("photo_max_edge") == 2048
    prefs.set("photo_max_edge", "1600")
    prefs.set("language", "klingon")
    again = Preferences()
    assert again.get("photo_max_edge") == 1600 and again.get("language") == "zh_CN"
    assert (tmp_path / "settings" / "preferences.ini").exists()


def test_language_change_in_settings_rebuilds_the_window(app: Any, qtbot: Any, demo_db: Any) -> None:
    from ui.app import Launcher
    from ui.settings import Preferences
    from ui.settings_dialog import SettingsDialog

    prefs = Preferences()
    prefs.set("language", "en")
    launcher = Launcher(app, prefs, demo_db.path)
    try:
        assert launcher.build()
        first = launcher.window
        qtbot.waitUntil(lambda: first.editor.current is not None, timeout=15000)
        assert first.editor.tabs.tabText(0) == "Profile"
        dialog = SettingsDialog(prefs, first)
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.assessor.setText("王芳")
        with qtbot.waitSignal(first.restart_requested, timeout=5000):
            dialog.accepted.connect(lambda: first.restart_requested.emit() if dialog.needs_restart() else None)
            dialog.accept()
        qtbot.waitUntil(lambda: launcher.window is not first, timeout=15000)
        second = launcher.window
        qtbot.waitUntil(lambda: second.editor.current is not None and second.session.tasks.pending == 0,
                        timeout=15000)
        assert second.editor.tabs.tabText(0) == "概况" and second.session.actor == "王芳"
    finally:
        if launcher.window is not None:
            launcher.window.close()
        from ui import i18n

        i18n.install_language(app, "en")


@pytest.mark.parametrize("exc, kind", [
    (DatabaseBusyError("locked for 5 s"), "environment"),
    (OSError(errno.ENOSPC, "No space left on device"), "environment"),
    (ValidationError("quantity", "abc", "must be a number"), "refused"),
    (WorkflowError("cannot submit"), "refused"),
    (KeyError("oops"), "bug"),
])
def test_message_bridge_tells_environment_errors_from_bugs(app: Any, exc: BaseException, kind: str) -> None:
    from ui.messages import MessageBridge

    bridge = MessageBridge()
    bridge.interactive = False
    bridge.error(exc)
    assert bridge.history[-1].kind == kind
    if kind == "bug":
        assert "KeyError" in bridge.history[-1].detail
    if isinstance(exc, DatabaseBusyError):
        assert "not saved" in bridge.history[-1].text


def test_long_job_reports_progress_and_can_be_cancelled(app: Any, qtbot: Any) -> None:
    from ui.messages import MessageBridge
    from ui.tasks import TaskManager

    bridge = MessageBridge()
    bridge.interactive = False
    tasks = TaskManager(bridge.error)
    results: list[Any] = []
    try:
        started = threading.Event()
        box: list[Any] = []

        def job(progress: Any, cancelled: Any) -> int:
            started.wait(5)
            done = 0
            for i in range(1000):
                progress(i, 1000)
                done = i
                if i == 5:
                    box[0].cancel()  # what the Cancel button does (a thread-safe flag)
            return done

        handle = tasks.run_long(None, "working", job, results.append)
        box.append(handle)
        started.set()
        qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10000)
        assert results == [] and not bridge.history  # cancelled: no result, no error shown
        tasks.run_long(None, "working", lambda progress, cancelled: (progress(1, 2), 42)[1], results.append)
        qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10000)
        assert results == [42] and handle.cancelled
    finally:
        tasks.shutdown()


def test_drop_photos_on_the_evidence_tab(win: Any, qtbot: Any, tmp_path: Path) -> None:
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    photo = tmp_path / "drop.png"
    Image.new("RGB", (400, 300), (200, 120, 40)).save(photo)
    tab = win.editor.evidence
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(event)
    qtbot.waitUntil(lambda: any(e.original_name == "drop.png" for e in ops.list_evidence(win.session.db, aid)),
                    timeout=10000)
    idle(qtbot, win)
    assert tab.model.rowCount() == len(ops.list_evidence(win.session.db, aid))


def test_python_main_opens_the_window_on_a_fresh_machine(tmp_path: Path) -> None:
    """`python main.py` with an empty data folder: database created, demo campaign loaded, list shown."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "LCS_DATA_DIR": str(tmp_path / "fresh"), "LCS_SETTINGS_DIR": str(tmp_path / "cfg"),
           "LCS_EXIT_WHEN_READY": "1", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, str(root / "main.py")], env=env, capture_output=True, text=True,
                          timeout=180, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert any(line.startswith("ready ") for line in proc.stdout.splitlines())
    from assessment.db import open_database

    db = open_database(tmp_path / "fresh" / "assessments.sqlite3")
    try:
        assert ops.list_campaigns(db)[0].is_sample and len(ops.list_sites(db)) >= 10
    finally:
        db.dispose()


def test_an_acknowledged_edit_survives_the_app_being_killed(demo_db: Any, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    helper = Path(__file__).resolve().parents[1] / "helpers" / "ui_kill_writer.py"
    path = str(demo_db.path)
    demo_db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, str(helper), path, "777777"], capture_output=True, text=True,
                          timeout=180, env=env, cwd=tmp_path)
    assert proc.returncode == -9, proc.stderr[-2000:]
    line = next(x for x in proc.stdout.splitlines() if x.startswith("STORED"))
    _tag, aid, carrier, meter, month = line.split(" ")
    from assessment.db import open_database

    db = open_database(path)
    try:
        assert db.integrity_check() == []
        stored = {(r.carrier, r.meter_id, r.month): r.quantity for r in ops.list_activity(db, aid)}
        assert stored[(carrier, meter, month)] == 777777
    finally:
        db.dispose()


def test_a_locked_database_is_reported_and_nothing_is_lost(app: Any, qtbot: Any, demo_db: Any) -> None:
    import subprocess
    import sys

    from assessment.db import open_database
    from ui.main_window import MainWindow
    from ui.settings import Preferences

    db = open_database(demo_db.path, busy_timeout_ms=300)
    window = MainWindow(db, Preferences(), interactive=False)
    holder = None
    try:
        with qtbot.waitSignal(window.ready, timeout=15000):
            window.load()
        qtbot.waitUntil(lambda: window.editor.current is not None and window.session.tasks.pending == 0,
                        timeout=15000)
        aid = open_site(qtbot, window, site_code_with_status(window, "draft"))
        model = window.editor.energy.model
        before = {(r.carrier, r.meter_id, r.month): r.quantity for r in ops.list_activity(db, aid)}
        helper = Path(__file__).resolve().parents[1] / "helpers" / "lock_holder.py"
        holder = subprocess.Popen([sys.executable, str(helper), str(demo_db.path)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        model.setData(model.index(0, 0), "555555")
        qtbot.waitUntil(lambda: any(m.kind == "environment" for m in window.messages.history), timeout=15000)
        assert "busy" in window.messages.history[-1].text
        holder.communicate("", timeout=10)
        holder = None
        idle(qtbot, window)
        after = {(r.carrier, r.meter_id, r.month): r.quantity for r in ops.list_activity(db, aid)}
        assert after == before
        assert model.index(0, 0).data(Qt.ItemDataRole.EditRole) != "555555"  # the grid shows what is stored
    finally:
        if holder is not None:
            holder.kill()
            holder.wait()
        window.close()
        window.deleteLater()


def test_none_and_bools_survive_many_qt_conversions(app: Any) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference per invalid QVariant / bool slot argument; importing ui
    guards against the resulting 'deallocating None' abort."""
    import sys

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtGui import QStandardItem

    class Emitter(QObject):
        flag = Signal(bool)

    item = QStandardItem()
    emitter = Emitter()
    emitter.flag.connect(lambda _b: None)
    for _ in range(20000):
        item.data(Qt.ItemDataRole.UserRole + 7)
        emitter.flag.emit(True)
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0
