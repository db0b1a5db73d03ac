"""Monthly activity data: every bad input refused with field, value and reason; nothing half-written."""

from __future__ import annotations

import pytest

from assessment import ops
from assessment.errors import ValidationError, ValidationErrors
from tests.assessment.conftest import ACTOR, twelve_months
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


def row(**kw: object) -> dict[str, object]:
    base: dict[str, object] = {"carrier": "grid_electricity", "month": "2023-03", "quantity": 1200, "unit": "kWh"}
    base.update(kw)
    return base


@pytest.mark.parametrize(
    ("bad", "field", "words"),
    [
        ({"quantity": -5}, "quantity", "cannot be negative"),
        ({"quantity": "twelve"}, "quantity", "must be a number"),
        ({"quantity": "NA"}, "quantity", "must be a number"),
        ({"quantity": float("nan")}, "quantity", "finite"),
        ({"quantity": 5e10, "unit": "GWh"}, "quantity", "implausibly large"),
        ({"unit": "kg"}, "unit", "kg"),
        ({"unit": "furlongs"}, "unit", "furlongs"),
        ({"carrier": "moonlight"}, "carrier", "unknown carrier"),
        ({"month": "2023-13"}, "month", "YYYY-MM"),
        ({"month": "March"}, "month", "YYYY-MM"),
        ({"month": "2024-01"}, "month", "outside the reporting period"),
        ({"source": "guess"}, "source", "must be one of"),
    ],
)
def test_bad_activity_row_is_refused(park, bad, field, words):
    with pytest.raises(ValidationError) as err:
        ops.record_activity(park.db, ACTOR, park.assessment_id, [row(**bad)])
    assert err.value.field == field
    assert words in str(err.value)
    assert ops.list_activity(park.db, park.assessment_id) == []


def test_unit_error_names_unit_and_carrier(park):
    with pytest.raises(ValidationError) as err:
        ops.record_activity(park.db, ACTOR, park.assessment_id, [row(unit="m3")])
    assert "m3" in str(err.value) and "grid_electricity" in str(err.value)


def test_block_with_one_bad_row_stores_nothing_and_lists_rows(park):
    rows = twelve_months()
    rows[4]["quantity"] = "abc"
    rows[7]["month"] = "2023-02"  # duplicate of row 2
    with pytest.raises(ValidationErrors) as err:
        ops.record_activity(park.db, ACTOR, park.assessment_id, rows)
    fields = [e.field for e in err.value.errors]
    assert fields == ["row 5 quantity", "row 8 month"]
    assert "duplicates row 2" in str(err.value)
    assert ops.list_activity(park.db, park.assessment_id) == []


def test_upsert_keeps_one_row_per_month_and_audits_change(park):
    ops.record_activity(park.db, ACTOR, park.assessment_id, twelve_months())
    ops.record_activity(park.db, ACTOR, park.assessment_id, [row(month="2023-03", quantity="150,000")])
    rows = ops.list_activity(park.db, park.assessment_id)
    assert len(rows) == 12
    march = next(r for r in rows if r.month == "2023-03")
    assert march.quantity == 150_000
    events = ops.audit_history(park.db, entity_id=march.id, field="quantity")
    assert \
        [(e.old_value, e.new_value) for e in events] == [("100000.0", "150000.0")]


def test_units_kept_as_entered_and_estimate_flag_from_source(park):
    ops.record_activity(park.db, ACTOR, park.assessment_id,
                        [row(month="2023-01", quantity=1.2, unit="MWh", source="estimate", meter_id="M-01")])
    (r,) = ops.list_activity(park.db, park.assessment_id)
    assert (r.quantity, r.unit, r.estimated, r.meter_id) == (1.2, "MWh", True, "M-01")


def test_bulk_insert_refuses_months_already_present(park):
    ops.bulk_insert_activity(park.db, ACTOR, park.assessment_id, twelve_months())
    with pytest.raises(ValidationError, match="already has a value"):
        ops.bulk_insert_activity(park.db, ACTOR, park.assessment_id, twelve_months())
    assert len(ops.list_activity(park.db, park.assessment_id)) == 12


def test_delete_activity_keeps_old_values_in_audit(park):
    (r,) = ops.record_activity(park.db, ACTOR, park.assessment_id, [row()])
    assert ops.delete_activity(park.db, ACTOR, park.assessment_id, [r.id]) == 1
    assert ops.list_activity(park.db, park.assessment_id) == []
    (ev,) = [e for e in ops.audit_history(park.db, entity_id=r.id) if e.action == "delete_activity"]
    assert "1200" in (ev.old_value or "")


def test_bulk_insert_keeps_the_list_score_current_unless_deferred(park):
    ops.bulk_insert_activity(park.db, ACTOR, park.assessment_id, twelve_months())
    (row,) = ops.list_sites(park.db, park.campaign)
    assert row.total is not None  # scored in the same transaction
    ops.bulk_insert_activity(park.db, ACTOR, park.assessment_id, twelve_months("natural_gas", 500, "m3"),
                             refresh_score=False)
    (row,) = ops.list_sites(park.db, park.campaign)
    assert row.total is None  # stale totals are cleared, never shown
    from assessment.scores import refresh_cached_score

    card = refresh_cached_score(park.db, park.assessment_id)
    (row,) = ops.list_sites(park.db, park.campaign)
    assert row.total == card.total
