"""Fixtures for the exchange dialogs: a filled park assessment, an empty peer, dialogs closed after each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessment import ops
from assessment.db import open_database
from scoring import list_criteria_sets, list_factor_sets
from tests.assessment.conftest import ACTOR, ParkSite


@pytest.fixture
def park(db) -> ParkSite:
    pins = {i.site_type: f"{i.code}@{i.version}" for i in list_criteria_sets()}
    ops.create_campaign(db, ACTOR, code="C2023", name="测试批次 2023", year=2023, criteria_versions=pins,
                        factor_set_version=list_factor_sets()[-1].version)
    site, a = ops.create_site(db, ACTOR, {"name": "测试园区", "site_type": "park", "floor_area_m2": 50000},
                              campaign="C2023")
    assert a is not None
    return ParkSite(db, site.id, a.id, "C2023")


@pytest.fixture
def peer(tmp_path: Path):
    database = open_database(tmp_path / "peer" / "peer.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def close_after(qtbot):
    """Register a dialog: it is closed (its worker stopped) at the end of the test."""
    dialogs = []

    def register(dialog):
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        return dialog

    yield register
    for d in dialogs:
        d.reject()


SHOTS = Path("/tmp/exchange-shots")
