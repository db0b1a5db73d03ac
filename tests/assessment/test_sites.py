"""Sites and campaigns: creation, validation messages, audited edits."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from assessment import ops
from assessment.errors import ValidationError
from assessment.models import Assessment, AuditEvent, Site
from tests.assessment.conftest import ACTOR
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


def count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_create_site_with_assessment_is_one_unit(campaign_db):
    site, a = ops.create_site(campaign_db, ACTOR, {"name": "示例学校", "site_type": "school", "occupants": 1200},
                              campaign="C2023")
    assert site.code == "S0001" and site.lifecycle_stage == "operation"
    assert a is not None and (a.period_start, a.period_end, a.status, a.revision) == ("2023-01", "2023-12", "draft", 1)
    rows = ops.list_sites(campaign_db, "C2023")
    assert [(r.name, r.status) for r in rows] == [("示例学校", "draft")]


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"site_type": "park"}, "name", "is required"),
        ({"name": "x", "site_type": "castle"}, "site_type", "must be one of"),
        ({"name": "x", "site_type": "park", "floor_area_m2": "lots"}, "floor_area_m2", "must be a number"),
        ({"name": "x", "site_type": "park", "floor_area_m2": -5}, "floor_area_m2", "at least 0"),
        ({"name": "x", "site_type": "park", "occupants": 12.5}, "occupants", "whole number"),
        ({"name": "x", "site_type": "park", "latitude": 123}, "latitude", "at most 90"),
        ({"name": "x", "site_type": "park", "floor_area_m2": "NA"}, "floor_area_m2", "must be a number"),
        ({"name": "x", "site_type": "park", "colour": "green"}, "colour", "not a site field"),
        ({"name": "x", "site_type": "park", "lifecycle_stage": "dreaming"}, "lifecycle_stage", "must be one of"),
    ],
)
def test_bad_site_input_names_field_and_stores_nothing(campaign_db, fields, field, words):
    with pytest.raises(ValidationError) as err:
        ops.create_site(campaign_db, ACTOR, fields, campaign="C2023")
    assert err.value.field == field and words in str(err.value)
    assert count(campaign_db, Site) == 0 and count(campaign_db, Assessment) == 0


def test_bad_period_leaves_no_site(campaign_db):
    with pytest.raises(ValidationError, match="period_end"):
        ops.create_site(campaign_db, ACTOR, {"name": "x", "site_type": "park"}, campaign="C2023",
                        period=("2023-06", "2023-01"))
    assert count(campaign_db, Site) == 0


def test_duplicate_site_code_refused(campaign_db):
    ops.create_site(campaign_db, ACTOR, {"name": "a", "site_type": "park"}, code="P-1")
    with pytest.raises(ValidationError, match="already used"):
        ops.create_site(campaign_db, ACTOR, {"name": "b", "site_type": "park"}, code="P-1")


def test_update_site_audits_each_changed_field(park):
    ops.update_site(park.db, ACTOR, park.site_id, {"floor_area_m2": "52,000", "district": "南山区"})
    events = ops.audit_history(park.db, entity_id=park.site_id, field="floor_area_m2")
    assert [(e.old_value, e.new_value, e.actor) for e in events] == [("50000.0", "52000.0", ACTOR)]
    # unchanged district wrote nothing
    assert ops.audit_history(park.db, entity_id=park.site_id, field="district") == []
    assert ops.get_site(park.db, park.site_id).version == 2


def test_campaign_code_unique_and_year_checked(campaign_db):
    with pytest.raises(ValidationError, match="already used"):
        ops.create_campaign(campaign_db, ACTOR, code="C2023", name="again", year=2023, criteria_versions={},
                            factor_set_version="2025.1")
    with pytest.raises(ValidationError, match="year"):
        ops.create_campaign(campaign_db, ACTOR, code="C1900", name="old", year=1900, criteria_versions={},
                            factor_set_version="2025.1")
    assert count(campaign_db, AuditEvent) >= 1
