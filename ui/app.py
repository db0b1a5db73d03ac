"""Start the desktop app: Qt application, language, CJK font, database, main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from assessment.db import Database
from assessment.errors import AssessmentError
from ui import i18n
from ui.problems import translate_error
from ui.qt_compat import guard_none_refcount
from ui.settings import Preferences

APP_NAME = "LowCarbonSites"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication of the process (reused when it exists, e.g. under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    guard_none_refcount()
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    i18n.install_cjk_font(app)
    return app


def open_database(db: str | Path | None, prefs: Preferences, *, show_progress: bool = False) -> Database:
    """The database given on the command line, else the one in settings, else the default (demo on first start)."""
    from assessment.bootstrap import open_app_database

    target = db if db else (prefs.get("db_path") or None)
    box: dict[str, QProgressDialog] = {}

    def progress(done: int, total: int) -> None:  # only called while the demo campaign is installed
        if not show_progress:
            return
        if "dialog" not in box:
            dialog = QProgressDialog(QCoreApplication.translate("Launcher", "Preparing the demo campaign…"),
                                     "", 0, max(total, 1))
            dialog.setCancelButton(None)
            dialog.setMinimumDuration(0)
            box["dialog"] = dialog
        box["dialog"].setValue(done)
        QApplication.processEvents()

    try:
        evidence = prefs.get("evidence_dir")
        return open_app_database(target, progress=progress, evidence_dir=Path(evidence) if evidence else None)
    finally:
        if "dialog" in box:
            box["dialog"].close()
            box["dialog"].deleteLater()


class Launcher:
    """Builds the main window; rebuilds it when the language or the database changes in Settings."""

    def __init__(self, app: QApplication, prefs: Preferences, db: str | Path | None,
                 language: str | None = None, started: float | None = None) -> None:
        self.app, self.prefs, self.db = app, prefs, db
        self.language = language  # from --lang: this session only, not saved
        self.pref_db = prefs.get("db_path")
        self.started = started if started is not None else time.perf_counter()
        self.window: Any = None

    def build(self) -> bool:
        i18n.install_language(self.app, self.language or self.prefs.get("language"))
        if self.prefs.get("db_path") != self.pref_db:  # the user chose another database in Settings
            self.db, self.pref_db = self.prefs.get("db_path") or None, self.prefs.get("db_path")
        try:
            database = open_database(self.db, self.prefs, show_progress=True)
        except (AssessmentError, OSError) as exc:
            QMessageBox.critical(None, APP_NAME, translate_error(exc))
            return False
        from ui.main_window import MainWindow

        window = MainWindow(database, self.prefs)
        window.restart_requested.connect(lambda: QTimer.singleShot(0, self.restart))
        old, self.window = self.window, window
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()
        if os.environ.get("LCS_EXIT_WHEN_READY"):  # benchmarks: report readiness and quit
            def ready() -> None:
                print(f"ready {time.perf_counter() - self.started:.3f} at {time.time():.4f}", flush=True)
                window.close()
            window.ready.connect(ready)
        window.load()
        return True

    def restart(self) -> None:
        self.language = None  # a language chosen in Settings wins over --lang
        self.build()


def run_app(db: str | None = None) -> int:
    """Open the main window on the given or default database; returns the exit code."""
    started = time.perf_counter()
    app = make_application()
    language = None
    if "--lang" in sys.argv[:-1]:
        language = sys.argv[sys.argv.index("--lang") + 1]
    launcher = Launcher(app, Preferences(), db, language, started)
    if not launcher.build():
        return 1
    return app.exec()
