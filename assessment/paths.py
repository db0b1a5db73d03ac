"""Where the app keeps its data by default: the user's data folder (platformdirs), overridable by env."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "LowCarbonSites"
APP_AUTHOR = "LowCarbonSites"
DB_FILENAME = "assessments.sqlite3"


def data_dir() -> Path:
    """LCS_DATA_DIR wins (tests, portable installs); otherwise the platform's user data folder."""
    override = os.environ.get("LCS_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME
