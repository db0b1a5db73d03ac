"""Fixtures for storage tests: a campaign pinned to the park criteria and one park site with a draft."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assessment import ops
from assessment.db import Database
from scoring import list_criteria_sets, list_factor_sets

ACTOR = "tester"


@dataclass
class ParkSite:
    db: Database
    site_id: str
    assessment_id: str
    campaign: str


def pins() -> dict[str, str]:
    return {i.site_type: f"{i.code}@{i.version}" for i in list_criteria_sets()}


@pytest.fixture
def campaign_db(db: Database) -> Database:
    ops.create_campaign(db, ACTOR, code="C2023", name="测试批次 2023", year=2023, criteria_versions=pins(),
                        factor_set_version=list_factor_sets()[-1].version, award_quotas={"park": 1})
    return db


@pytest.fixture
def park(campaign_db: Database) -> ParkSite:
    site, a = ops.create_site(campaign_db, ACTOR, {"name": "测试园区", "site_type": "park", "floor_area_m2": 50000,
                                                   "occupants": 800, "district": "南山区"}, campaign="C2023")
    assert a is not None
    return ParkSite(campaign_db, site.id, a.id, "C2023")


def twelve_months(carrier: str = "grid_electricity", qty: float = 100_000, unit: str = "kWh",
                  year: int = 2023) -> list[dict[str, object]]:
    return [{"carrier": carrier, "month": f"{year}-{m:02d}", "quantity": qty, "unit": unit} for m in range(1, 13)]
