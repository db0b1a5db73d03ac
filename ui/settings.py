"""User preferences declared once with type and default (QSettings; LCS_SETTINGS_DIR overrides the folder)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from assessment.photos import DEFAULT_MAX_EDGE


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    help: str = ""


PREFERENCES: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("assessor", str, "", "Name recorded as the actor of every change"),
        Setting("language", str, "zh_CN", "zh_CN or en"),
        Setting("db_path", str, "", "Database file or server URL; empty means the default in the user data folder"),
        Setting("evidence_dir", str, "", "Evidence folder for a server database; empty means the default"),
        Setting("cjk_font", str, "", "TrueType CJK font for PDFs; empty means the first one found"),
        Setting("photo_max_edge", int, DEFAULT_MAX_EDGE, "Photos are downscaled so the long edge fits"),
    )
}
LANGUAGES = ("zh_CN", "en")
PHOTO_SIZES = (1024, 1600, 2048, 3072, 4096)


def _qsettings(group: str) -> QSettings:
    folder = os.environ.get("LCS_SETTINGS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / f"{group}.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "LowCarbonSites", group)


class Preferences:
    """Typed access to the user's preferences (kept apart from window state)."""

    def __init__(self) -> None:
        self._q = _qsettings("preferences")

    def get(self, key: str) -> Any:
        spec = PREFERENCES[key]
        raw = self._q.value(key, spec.default)
        try:
            value = spec.type(raw) if raw is not None else spec.default
        except (TypeError, ValueError):
            return spec.default
        if key == "language" and value not in LANGUAGES:
            return spec.default
        if key == "photo_max_edge" and not 256 <= value <= 10000:
            return spec.default
        return value

    def set(self, key: str, value: Any) -> None:
        spec = PREFERENCES[key]
        self._q.setValue(key, spec.type(value))
        self._q.sync()

    def actor(self) -> str:
        """Who is recorded in the audit trail: the configured assessor, else the login name."""
        name = str(self.get("assessor")).strip()
        if name:
            return name
        return os.environ.get("USER") or os.environ.get("USERNAME") or "assessor"


class WindowState:
    """Geometry and splitter positions: not preferences, never shown in the settings dialog."""

    def __init__(self) -> None:
        self._q = _qsettings("window")

    def load(self, key: str) -> Any:
        return self._q.value(key)

    def save(self, key: str, value: Any) -> None:
        self._q.setValue(key, value)
        self._q.sync()
