"""Optimistic locking contract of every operation the editor's forms call (SQLite and PostgreSQL).

A form passes the version it showed; a stale one is refused naming who changed what, and nothing is stored;
a fresh one is stored and moves the assessment's version on by exactly one, which is what lets the app keep
its copy of the version current without re-reading (and so without adopting someone else's change unseen).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assessment import ops
from assessment.errors import ConcurrentEditError
from tests.assessment.conftest import ACTOR, ParkSite
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)

Call = Callable[[ParkSite, dict[str, Any], int], Any]


def _doc(tmp: Path, name: str = "电费单.pdf") -> Path:
    path = tmp / name
    path.write_bytes(b"%PDF-1.4 bill " + name.encode())
    return path


FORM_OPERATIONS: dict[str, Call] = {
    "set_response": lambda p, ctx, v: ops.set_response(p.db, ACTOR, p.assessment_id, "PK-G2", True,
                                                       expected_version=v),
    "record_activity": lambda p, ctx, v: ops.record_activity(
        p.db, ACTOR, p.assessment_id, [{"carrier": "natural_gas", "month": "2023-02", "quantity": 5, "unit": "m3"}],
        expected_version=v),
    "delete_activity": lambda p, ctx, v: ops.delete_activity(p.db, ACTOR, p.assessment_id, [ctx["row"]],
                                                             expected_version=v),
    "attach_evidence": lambda p, ctx, v: ops.attach_evidence(p.db, ACTOR, p.assessment_id,
                                                             _doc(ctx["tmp"], "水费单.pdf"), expected_version=v),
    "update_evidence": lambda p, ctx, v: ops.update_evidence(p.db, ACTOR, ctx["evidence"], caption="2023 年电费单",
                                                             expected_version=v),
    "remove_evidence": lambda p, ctx, v: ops.remove_evidence(p.db, ACTOR, ctx["evidence"], expected_version=v),
    "update_assessment": lambda p, ctx, v: ops.update_assessment(p.db, ACTOR, p.assessment_id,
                                                                 {"baseline_year": 2020}, expected_version=v),
}


def _version(p: ParkSite) -> int:
    return ops.assessment_detail(p.db, p.assessment_id).assessment.version


def _stored(p: ParkSite) -> tuple[Any, ...]:
    d = ops.assessment_detail(p.db, p.assessment_id)
    activity = ops.list_activity(p.db, p.assessment_id)
    return (d.assessment.baseline_year, sorted((r.carrier, r.month, r.quantity) for r in activity),
            sorted((e.id, e.caption) for e in ops.list_evidence(p.db, p.assessment_id)),
            sorted((r.item_code, r.value) for r in d.responses))


@pytest.mark.parametrize("name", sorted(FORM_OPERATIONS))
def test_stale_form_is_refused_and_a_fresh_one_moves_the_version_by_one(park, tmp_path, name):
    row = ops.record_activity(park.db, ACTOR, park.assessment_id,
                              [{"carrier": "grid_electricity", "month": "2023-01", "quantity": 100, "unit": "kWh"}])[0]
    evidence = ops.attach_evidence(park.db, ACTOR, park.assessment_id, _doc(tmp_path)).id
    ctx = {"tmp": tmp_path, "row": row.id, "evidence": evidence}
    shown = _version(park)  # what the assessor's form showed
    ops.set_response(park.db, "王委员", park.assessment_id, "PK-E3", True)  # someone else saves meanwhile
    before = _stored(park)

    with pytest.raises(ConcurrentEditError) as err:
        FORM_OPERATIONS[name](park, ctx, shown)
    message = str(err.value)
    assert "测试园区" in message and "by 王委员" in message and "PK-E3" in message and "Nothing was saved" in message
    assert _stored(park) == before and _version(park) == shown + 1

    FORM_OPERATIONS[name](park, ctx, shown + 1)  # after reloading, the same change goes through
    assert _stored(park) != before
    assert _version(park) == shown + 2


def test_site_form_uses_the_site_version_returned_by_its_save(park):
    site = ops.get_site(park.db, park.site_id)
    saved = ops.update_site(park.db, ACTOR, park.site_id, {"occupants": 900}, expected_version=site.version)
    assert saved.version == site.version + 1
    unchanged = ops.update_site(park.db, ACTOR, park.site_id, {"occupants": 900}, expected_version=saved.version)
    assert unchanged.version == saved.version  # nothing changed, nothing to tell others
    ops.update_site(park.db, "王委员", park.site_id, {"district": "宝安区"})
    with pytest.raises(ConcurrentEditError, match="site '测试园区' was changed by 王委员 .*district"):
        ops.update_site(park.db, ACTOR, park.site_id, {"occupants": 950}, expected_version=saved.version)
    assert ops.get_site(park.db, park.site_id).occupants == 900
