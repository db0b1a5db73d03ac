"""Settings: a server URL or file as the database, an evidence folder, and a checked CJK font for PDFs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

import ui.app as app_module
from ui.settings import Preferences
from ui.settings_dialog import SettingsDialog

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def test_server_url_and_evidence_folder_reach_the_database_opener(app: Any, monkeypatch: Any, tmp_path: Path):
    prefs = Preferences()
    dialog = SettingsDialog(prefs)
    dialog.db_path.setText("postgresql+psycopg://panel@db.example/lcs")
    dialog.evidence_dir.setText(str(tmp_path / "shared-evidence"))
    dialog.accept()
    assert dialog.needs_restart()
    seen: dict[str, Any] = {}

    def fake_open(target: Any, **kwargs: Any) -> str:
        seen.update(target=target, **kwargs)
        return "db"

    monkeypatch.setattr("assessment.bootstrap.open_app_database", fake_open)
    assert app_module.open_database(None, prefs) == "db"
    assert seen["target"] == "postgresql+psycopg://panel@db.example/lcs"
    assert seen["evidence_dir"] == tmp_path / "shared-evidence"


def test_font_that_cannot_render_chinese_is_refused(app: Any, monkeypatch: Any):
    prefs = Preferences()
    dialog = SettingsDialog(prefs)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    dialog.cjk_font.setText(str(DEJAVU))
    dialog.accept()
    assert warned and "TrueType" in warned[0]
    assert prefs.get("cjk_font") == ""  # nothing stored
    dialog.cjk_font.setText("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    dialog.accept()
    assert prefs.get("cjk_font").endswith("wqy-zenhei.ttc")
