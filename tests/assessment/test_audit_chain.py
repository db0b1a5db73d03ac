"""The audit chain: every event links to the one before; edits, gaps and removed tails are detected."""

from __future__ import annotations

from sqlalchemy import text

from assessment import ops
from assessment.audit import verify_chain
from tests.assessment.conftest import ACTOR, twelve_months
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


def problems(db) -> list[str]:
    with db.read() as s:
        return [str(p) for p in verify_chain(s)]


def make_history(park) -> None:
    ops.record_activity(park.db, ACTOR, park.assessment_id, twelve_months())
    ops.update_site(park.db, ACTOR, park.site_id, {"occupants": 900})


def test_untouched_chain_verifies(park):
    make_history(park)
    assert problems(park.db) == []


def test_edited_event_detected(park):
    make_history(park)
    with park.db.engine.begin() as c:
        c.execute(text("UPDATE audit_event SET new_value = '1' WHERE field = 'occupants'"))
    assert any("changed after it was written" in p for p in problems(park.db))


def test_deleted_middle_event_detected(park):
    make_history(park)
    with park.db.engine.begin() as c:
        c.execute(text("DELETE FROM audit_event WHERE seq = 3"))
    found = problems(park.db)
    assert any("missing" in p for p in found) and any("does not link" in p for p in found)


def test_deleted_newest_event_detected(park):
    make_history(park)
    with park.db.engine.begin() as c:
        c.execute(text("DELETE FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event)"))
    assert any("newest events were removed" in p for p in problems(park.db))
