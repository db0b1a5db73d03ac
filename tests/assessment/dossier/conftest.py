"""Dossier fixtures: a small campaign (two park candidates, photos) built once per run and copied per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.dossier_setup import copy_of_small_campaign


@pytest.fixture
def dossier_db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """Two park candidates with 2 photos each; the first is decided and awarded, the second a draft."""
    database = copy_of_small_campaign(tmp_path, tmp_path_factory.getbasetemp())
    yield database
    database.dispose()
