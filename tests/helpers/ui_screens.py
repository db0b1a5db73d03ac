"""Save a screenshot of each main screen of the desktop app (for people to look at, not pixel-compared).

Run `python tests/helpers/ui_screens.py docs/screenshots` to refresh the README's pictures in both languages.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ("list_profile", "energy", "checklist", "evidence", "score", "whatif", "submit", "history", "settings")


def _wait(app: Any, cond: Any, timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not cond() and time.perf_counter() < end:
        app.processEvents()
    if not cond():
        raise TimeoutError("the window did not settle")


def capture_all(win: Any, out: Path, lang: str) -> list[Path]:
    """Walk through the screens of an open MainWindow and save one PNG per screen."""
    from PySide6.QtWidgets import QApplication

    from ui import actions
    from ui.history import HistoryDialog
    from ui.settings_dialog import SettingsDialog

    app = QApplication.instance()
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def settle() -> None:
        _wait(app, lambda: win.session.tasks.pending == 0)
        app.processEvents()

    def save(name: str, widget: Any = None) -> None:
        settle()
        path = out / f"{name}_{lang}.png"
        (widget or win).grab().save(str(path))
        saved.append(path)

    code = next((r.code for r in win.site_list.model.rows() if r.status == "draft"), None)
    if code:
        row = next(r for r in win.site_list.model.rows() if r.code == code)
        win.site_list.select(row.assessment_id)
        _wait(app, lambda: win.editor.current is not None
              and win.editor.current.detail.assessment.id == row.assessment_id)
    tabs = win.editor.tabs
    tabs.setCurrentIndex(0)
    save("list_profile")
    tabs.setCurrentIndex(1)
    grid = win.editor.energy
    if grid.model.columnCount():
        grid.model.setData(grid.model.index(1, 0), "12o5")  # show how a bad value is explained
    save("energy")
    tabs.setCurrentIndex(2)
    win.editor.checklist.view.selectRow(0)
    save("checklist")
    tabs.setCurrentIndex(3)
    if win.editor.evidence.model.rowCount():
        win.editor.evidence.view.setCurrentIndex(win.editor.evidence.model.index(0))
    app.processEvents()
    _wait(app, lambda: not win.editor.evidence.model._queue)  # thumbnails are decoded a few at a time
    save("evidence")
    tabs.setCurrentIndex(4)
    save("score")
    score = win.editor.score
    score.whatif_key.setCurrentIndex(max(0, score.whatif_key.findData("onsite_renewable_ratio")))
    score.whatif_value.setText("12")
    score._add_override()
    _wait(app, lambda: score.whatif_card is not None)
    save("whatif")
    score.clear_whatif()
    win.submit_dialog = None
    actions.submit(win)
    _wait(app, lambda: getattr(win, "submit_dialog", None) is not None)
    save("submit", win.submit_dialog)
    win.submit_dialog.close()
    if win.editor.assessment_id:
        dialog = HistoryDialog(win.session, win.editor.assessment_id, parent=win)
        dialog.show()
        save("history", dialog)
        dialog.close()
    dialog = SettingsDialog(win.session.prefs, win)
    dialog.show()
    save("settings", dialog)
    dialog.close()
    return saved


def shrink(path: Path) -> None:
    """A 256-colour palette keeps UI screenshots sharp and well under 300 KB."""
    from PIL import Image

    with Image.open(path) as img:
        small = img.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def main(out_dir: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["LCS_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["LCS_SETTINGS_DIR"] = str(Path(tmp) / "settings")
        from assessment.bootstrap import open_app_database
        from ui import i18n
        from ui.app import make_application
        from ui.main_window import MainWindow
        from ui.settings import Preferences

        app = make_application()
        for lang in ("en", "zh_CN"):
            i18n.install_language(app, lang)
            prefs = Preferences()
            prefs.set("language", lang)
            prefs.set("assessor", "李明（示例评估员）" if lang == "zh_CN" else "Li Ming (sample assessor)")
            db = open_app_database(Path(tmp) / f"demo-{lang}.sqlite3")
            win = MainWindow(db, prefs, interactive=False)
            win.resize(1360, 860)
            win.show()
            win.load()
            _wait(app, lambda w=win: w.editor.current is not None and w.session.tasks.pending == 0)
            for path in capture_all(win, Path(out_dir), lang):
                shrink(path)
                print(path, path.stat().st_size // 1024, "KB")
            win.close()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
