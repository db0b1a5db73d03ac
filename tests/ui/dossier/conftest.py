"""UI dossier fixtures: the small dossier campaign (built once per run, copied per test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.dossier_setup import copy_of_small_campaign


@pytest.fixture
def ui_dossier_db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    database = copy_of_small_campaign(tmp_path, tmp_path_factory.getbasetemp())
    yield database
    database.dispose()
