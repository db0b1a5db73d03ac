"""Field-level merge: each side's changes survive, both-sided changes become conflicts for a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessment import ops
from assessment.db import Database
from assessment.errors import WorkflowError
from assessment.exchange.conflicts import list_conflicts, resolve_conflict
from assessment.exchange.package_export import export_package
from assessment.exchange.package_import import import_package
from tests.assessment.conftest import ACTOR
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


class Pair:
    """The secretariat's database (S) and an assessor's laptop (A) that received S's package."""

    def __init__(self, filled, peer: Database, tmp: Path) -> None:
        self.s, self.a, self.tmp, self.n = filled.db, peer, tmp, 0
        self.site, self.aid = filled.site_code, filled.park.assessment_id
        import_package(self.a, "assessor", self.send(self.s))

    def send(self, db: Database) -> Path:
        self.n += 1
        out = self.tmp / f"p{self.n}.zip"
        export_package(db, "someone", [self.site], out)
        return out

    def a_to_s(self):
        return import_package(self.s, "secretariat", self.send(self.a))

    def jan(self, db: Database) -> float:
        return next(r.quantity for r in ops.list_activity(db, self.aid)
                    if r.carrier == "grid_electricity" and r.month == "2023-01")


def set_jan(db: Database, aid: str, qty: float) -> None:
    ops.record_activity(db, ACTOR, aid, [{"carrier": "grid_electricity", "month": "2023-01", "quantity": qty,
                                          "unit": "kWh"}])


@pytest.fixture
def pair(filled, peer, tmp_path):
    return Pair(filled, peer, tmp_path)


def test_only_incoming_changed_is_taken(pair):
    set_jan(pair.a, pair.aid, 111)
    report = pair.a_to_s()
    assert not report.conflicts and report.updated == {"activity_record": 1}
    assert pair.jan(pair.s) == 111


def test_only_local_changed_is_kept(pair):
    set_jan(pair.s, pair.aid, 222)
    report = pair.a_to_s()
    assert not report.conflicts
    assert pair.jan(pair.s) == 222


def test_both_changed_same_value_is_no_conflict(pair):
    set_jan(pair.s, pair.aid, 333)
    set_jan(pair.a, pair.aid, 333)
    assert not pair.a_to_s().conflicts


def test_both_changed_different_fields_both_kept(pair):
    ops.update_site(pair.s, ACTOR, pair.site, {"district": "福田区"})
    ops.update_site(pair.a, ACTOR, pair.site, {"occupants": 1200})
    report = pair.a_to_s()
    assert not report.conflicts
    site = ops.get_site(pair.s, pair.site)
    assert (site.district, site.occupants) == ("福田区", 1200)


def test_both_changed_same_field_is_a_conflict_never_overwritten(pair):
    set_jan(pair.s, pair.aid, 90_000)
    set_jan(pair.a, pair.aid, 95_000)
    report = pair.a_to_s()
    assert len(report.conflicts) == 1
    c = report.conflicts[0]
    assert (c.entity, c.field, c.record) == ("activity_record", "quantity", "grid_electricity 2023-01")
    assert (c.base_value, c.local_value, c.incoming_value) == ("100000.0", "90000.0", "95000.0")
    assert pair.jan(pair.s) == 90_000  # nothing silently overwritten
    assert [x.id for x in list_conflicts(pair.s)] == [c.id]
    # the same package again does not duplicate the conflict
    resolved = resolve_conflict(pair.s, "秘书处", c.id[:8], "incoming")
    assert resolved.status == "kept_incoming" and pair.jan(pair.s) == 95_000
    assert list_conflicts(pair.s) == []
    history = ops.audit_history(pair.s, entity_id=c.entity_id, field="quantity")
    assert history[-1].actor == "秘书处" and history[-1].new_value == "95000.0"
    # after the decision, the next package from A raises no new conflict
    assert not pair.a_to_s().conflicts


def test_keep_local_then_next_package_is_quiet(pair):
    ops.update_site(pair.s, ACTOR, pair.site, {"name": "园区（秘书处）"})
    ops.update_site(pair.a, ACTOR, pair.site, {"name": "园区（评估员）"})
    c = pair.a_to_s().conflicts[0]
    assert c.field == "name" and c.site.endswith("园区（秘书处）")
    resolve_conflict(pair.s, "秘书处", c.id, "local")
    assert ops.get_site(pair.s, pair.site).name == "园区（秘书处）"
    assert not pair.a_to_s().conflicts
    with pytest.raises(WorkflowError, match="already resolved"):
        resolve_conflict(pair.s, "秘书处", c.id, "incoming")


def test_round_trip_back_and_forth_without_spurious_conflicts(pair):
    set_jan(pair.a, pair.aid, 101)
    assert not pair.a_to_s().conflicts
    set_jan(pair.s, pair.aid, 102)
    back = import_package(pair.a, "assessor", pair.send(pair.s))
    assert not back.conflicts and pair.jan(pair.a) == 102


def test_deleted_on_other_side_unchanged_here_is_deleted(pair):
    rec = next(r for r in ops.list_activity(pair.a, pair.aid) if r.month == "2023-02")
    ops.delete_activity(pair.a, ACTOR, pair.aid, [rec.id])
    report = pair.a_to_s()
    assert report.deleted == {"activity_record": 1} and not report.conflicts
    assert rec.id not in {r.id for r in ops.list_activity(pair.s, pair.aid)}


def test_deleted_on_other_side_changed_here_is_a_conflict(pair):
    rec = next(r for r in ops.list_activity(pair.a, pair.aid)
               if r.month == "2023-01" and r.carrier == "grid_electricity")
    ops.delete_activity(pair.a, ACTOR, pair.aid, [rec.id])
    set_jan(pair.s, pair.aid, 7)
    report = pair.a_to_s()
    assert [c.field for c in report.conflicts] == ["(deleted)"]
    assert pair.jan(pair.s) == 7
    resolve_conflict(pair.s, "秘书处", report.conflicts[0].id, "incoming")
    assert rec.id not in {r.id for r in ops.list_activity(pair.s, pair.aid)}


def test_deleted_here_not_resurrected(pair):
    rec = next(r for r in ops.list_activity(pair.s, pair.aid) if r.month == "2023-03")
    ops.delete_activity(pair.s, ACTOR, pair.aid, [rec.id])
    report = pair.a_to_s()
    assert not report.conflicts and rec.id not in {r.id for r in ops.list_activity(pair.s, pair.aid)}


def test_two_laptops_same_field_conflict_at_secretariat(filled, tmp_path):
    from assessment.db import open_database

    b = open_database(tmp_path / "b" / "b.sqlite3")
    try:
        pair = Pair(filled, open_database(tmp_path / "a" / "a.sqlite3"), tmp_path)
        import_package(b, "assessor B", pair.send(pair.s))
        set_jan(pair.a, pair.aid, 1)
        set_jan(b, pair.aid, 2)
        assert not pair.a_to_s().conflicts and pair.jan(pair.s) == 1
        report = import_package(pair.s, "secretariat", pair.send(b))
        assert [(c.local_value, c.incoming_value) for c in report.conflicts] == [("1.0", "2.0")]
        pair.a.dispose()
    finally:
        b.dispose()


def test_decided_assessment_is_never_changed_by_a_merge(pair):
    from sqlalchemy import update

    from assessment.models import Assessment

    set_jan(pair.a, pair.aid, 123)
    with pair.s.write() as s:  # the secretariat decided meanwhile (status set directly for the test)
        s.execute(update(Assessment).values(status="decided"))
    report = pair.a_to_s()
    assert [(c.field, c.note) for c in report.conflicts] == [("quantity", "the assessment here is decided or "
                                                                          "superseded")]
    assert pair.jan(pair.s) == 100_000
    with pytest.raises(WorkflowError, match="start an amendment"):
        resolve_conflict(pair.s, "秘书处", report.conflicts[0].id, "incoming")
    assert resolve_conflict(pair.s, "秘书处", report.conflicts[0].id, "local").status == "kept_local"
