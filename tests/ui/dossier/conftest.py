"""UI dossier fixtures: the small dossier campaign (built once per run, copied per test)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers.dossier_setup import decide_awarded, make_campaign

from assessment.db import open_database

_CACHE: dict[str, Path] = {}


@pytest.fixture
def ui_dossier_db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    if "path" not in _CACHE:
        base = tmp_path_factory.mktemp("ui-dossier-template")
        template = open_database(base / "d.sqlite3")
        ids = make_campaign(template, 2, photos=2)
        decide_awarded(template, ids[0])
        template.dispose()
        _CACHE["path"] = base / "d.sqlite3"
    src = _CACHE["path"]
    shutil.copy(src, tmp_path / "d.sqlite3")
    shutil.copytree(src.parent / "d-evidence", tmp_path / "d-evidence")
    database = open_database(tmp_path / "d.sqlite3")
    yield database
    database.dispose()
