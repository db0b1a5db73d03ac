"""A screenshot of each main screen, saved for people to look at (LCS_SCREENSHOT_DIR, else tmp_path)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from helpers.ui_screens import SCREENS, capture_all


def test_screenshots_of_every_main_screen(win: Any, tmp_path: Path) -> None:
    out = Path(os.environ.get("LCS_SCREENSHOT_DIR") or tmp_path)
    saved = capture_all(win, out, "en")
    assert [p.name for p in saved] == [f"{s}_en.png" for s in SCREENS]
    assert all(p.stat().st_size > 5000 for p in saved)
