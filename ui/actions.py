"""Menus and toolbar actions of the main window, each calling one small handler."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from assessment import ops
from assessment.scores import refresh_cached_score

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def build(win: MainWindow) -> dict[str, Any]:
    """Create every action and menu; returns them by name."""
    a: dict[str, Any] = {}

    def act(key: str, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
            ) -> QAction:
        action = QAction(text, win)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        a[key] = action
        return action

    stack = win.session.undo_stack
    undo = stack.createUndoAction(win, QCoreApplication.translate("MainWindow", "Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(win, QCoreApplication.translate("MainWindow", "Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    a["undo"], a["redo"] = undo, redo
    act("new_site", QCoreApplication.translate("MainWindow", "New site…"), lambda: new_site(win), "Ctrl+N")
    act("open_db", QCoreApplication.translate("MainWindow", "Open database…"), lambda: open_db(win))
    act("settings", QCoreApplication.translate("MainWindow", "Settings…"), lambda: settings(win), "Ctrl+,")
    act("quit", QCoreApplication.translate("MainWindow", "Quit"), win.close, QKeySequence.StandardKey.Quit)
    act("submit", QCoreApplication.translate("MainWindow", "Check && submit…"), lambda: submit(win), "Ctrl+Return")
    act("history", QCoreApplication.translate("MainWindow", "History…"), lambda: history(win), "Ctrl+H")
    act("rescore", QCoreApplication.translate("MainWindow", "Re-score all"), lambda: rescore_all(win))
    act("about", QCoreApplication.translate("MainWindow", "About"), lambda: about(win))

    bar = win.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for key in ("new_site", "open_db", "settings"):
        file_menu.addAction(a[key])
    file_menu.addSeparator()
    file_menu.addAction(a["quit"])
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    assess_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Assessment"))
    for key in ("submit", "history", "rescore"):
        assess_menu.addAction(a[key])
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(a["about"])
    a["_help_menu"] = help_menu
    return a


def new_site(win: MainWindow) -> None:
    from ui.new_site import NewSiteDialog

    camp = win.current_campaign()
    if camp is None:
        win.messages.info(QCoreApplication.translate("MainWindow", "Open or create a campaign first."))
        return
    dialog = NewSiteDialog(win)

    def accepted() -> None:
        fields = dialog.values()
        session = win.session

        def done(result: Any) -> None:
            _site, assessment = result
            win.reload_sites(select=assessment.id if assessment else None)

        session.tasks.run(lambda: ops.create_site(session.db, session.actor, fields, campaign=camp.id,
                                                  assessor=session.actor), done)

    dialog.accepted.connect(accepted)
    dialog.open()


def open_db(win: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    title = QCoreApplication.translate("MainWindow", "Open or create a database")
    kinds = QCoreApplication.translate("MainWindow", "Assessment databases (*.sqlite3 *.db)")
    path, _ = QFileDialog.getSaveFileName(win, title, "", kinds, options=QFileDialog.Option.DontConfirmOverwrite)
    if path:
        win.session.prefs.set("db_path", path)
        win.restart_requested.emit()


def settings(win: MainWindow) -> None:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(win.session.prefs, win)
    dialog.accepted.connect(lambda: win.restart_requested.emit() if dialog.needs_restart() else None)
    dialog.open()


def submit(win: MainWindow) -> None:
    from ui.submit import start_submission

    if win.editor.assessment_id:
        start_submission(win, win.session, win.editor.assessment_id, win.editor.reload)


def history(win: MainWindow) -> None:
    from ui.history import HistoryDialog

    if win.editor.assessment_id:
        HistoryDialog(win.session, win.editor.assessment_id, parent=win).open()


def rescore_all(win: MainWindow) -> None:
    """Recompute the cached score of every candidate (a long job with progress and cancel)."""
    rows = win.site_list.model.rows()
    db = win.session.db

    def job(progress: Any, cancelled: Any) -> int:
        done = 0
        for i, r in enumerate(rows):
            if cancelled():
                break
            if r.assessment_id:
                refresh_cached_score(db, r.assessment_id)
                done += 1
            progress(i + 1, len(rows))
        return done

    def done(n: int) -> None:
        win.reload_sites()
        text = QCoreApplication.translate("MainWindow", "%1 candidates re-scored")
        win.messages.status.emit(text.replace("%1", str(n)))

    label = QCoreApplication.translate("MainWindow", "Re-scoring all candidates…")
    win.session.tasks.run_long(win, label, job, done)


def about(win: MainWindow) -> None:
    QMessageBox.about(win, QCoreApplication.translate("MainWindow", "About"), QCoreApplication.translate("MainWindow",
        "Low-carbon demonstration sites: field assessment, scoring, review and award dossiers, offline.\n"
        "Qt %1").replace("%1", qVersion()))
