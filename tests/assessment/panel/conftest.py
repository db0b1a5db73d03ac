"""Fixtures for panel tests (the builder lives in tests/helpers/panel_setup.py)."""

from __future__ import annotations

import pytest
from helpers.panel_setup import Panel, build_panel

from assessment.db import Database


@pytest.fixture
def panel(db: Database) -> Panel:
    return build_panel(db)
