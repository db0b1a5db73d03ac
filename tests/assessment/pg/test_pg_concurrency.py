"""Several panel members on one PostgreSQL server: parallel work succeeds, stale saves are told, nothing lost."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from assessment import ops
from assessment.audit import verify_chain
from assessment.db import Database, open_database
from assessment.errors import ConcurrentEditError
from assessment.models import AuditEvent
from scoring import list_factor_sets
from tests.assessment.conftest import pins

CLIENTS = 6
ROUNDS = 3


def setup_sites(db: Database, n: int) -> list[tuple[str, str]]:
    ops.create_campaign(db, "secretariat", code="C2023", name="共享批次", year=2023, criteria_versions=pins(),
                        factor_set_version=list_factor_sets()[-1].version)
    out = []
    for k in range(n):
        site, a = ops.create_site(db, "secretariat", {"name": f"园区 {k}", "site_type": "park", "occupants": 100},
                                  campaign="C2023")
        assert a is not None
        out.append((site.id, a.id))
    return out


def run_clients(url: str, tmp: Path, n: int, work: Callable[[Database, int, threading.Barrier], Any]) -> list[Any]:
    """n clients, each with its own connection pool, released together; any client's exception fails the test."""
    barrier = threading.Barrier(n, timeout=30)

    def client(k: int) -> Any:
        db = open_database(url, evidence_dir=tmp / "evidence")
        try:
            return work(db, k, barrier)
        finally:
            db.dispose()

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(client, range(n)))


def assert_chain_intact(db: Database) -> None:
    with db.read() as s:
        assert [str(p) for p in verify_chain(s)] == []
        seqs = list(s.execute(select(AuditEvent.seq).order_by(AuditEvent.seq)).scalars())
    assert seqs == list(range(1, len(seqs) + 1))


def test_clients_editing_different_sites_at_once_all_succeed(pg_db, pg_url, tmp_path):
    sites = setup_sites(pg_db, CLIENTS)

    def work(db: Database, k: int, barrier: threading.Barrier) -> None:
        site_id, a_id = sites[k]
        barrier.wait()
        for r in range(ROUNDS):
            seen = ops.get_site(db, site_id).version
            ops.update_site(db, f"member {k}", site_id, {"occupants": 1000 * k + r}, expected_version=seen)
            ops.record_activity(db, f"member {k}", a_id, [{"carrier": "grid_electricity", "month": f"2023-{r + 1:02d}",
                                                         "quantity": 500 + k, "unit": "kWh"}])

    run_clients(pg_url, tmp_path, CLIENTS, work)
    for k, (site_id, a_id) in enumerate(sites):
        site = ops.get_site(pg_db, site_id)
        assert (site.occupants, site.version) == (1000 * k + ROUNDS - 1, 1 + ROUNDS)
        assert [r.quantity for r in ops.list_activity(pg_db, a_id)] == [500 + k] * ROUNDS
        assert len(ops.audit_history(pg_db, entity_id=site_id, field="occupants")) == ROUNDS
    assert_chain_intact(pg_db)


def test_stale_copy_is_refused_with_who_changed_it_and_nothing_is_lost(pg_db, pg_url, tmp_path):
    (site_id, a_id), = setup_sites(pg_db, 1)
    other = open_database(pg_url, evidence_dir=tmp_path / "evidence")
    try:
        mine, theirs = ops.get_site(pg_db, site_id), ops.get_site(other, site_id)
        ops.update_site(other, "王委员", site_id, {"occupants": 900}, expected_version=theirs.version)
        with pytest.raises(ConcurrentEditError) as err:
            ops.update_site(pg_db, "李秘书", site_id, {"occupants": 950}, expected_version=mine.version)
        assert "王委员" in str(err.value) and "occupants" in str(err.value) and "Nothing was saved" in str(err.value)
        assert ops.get_site(pg_db, site_id).occupants == 900  # the first save stands
        assert [e.actor for e in ops.audit_history(pg_db, entity_id=site_id, field="occupants")] == ["王委员"]
        # reload, then the same change goes through
        fresh = ops.get_site(pg_db, site_id)
        saved = ops.update_site(pg_db, "李秘书", site_id, {"occupants": 950}, expected_version=fresh.version)
        assert saved.occupants == 950

        # the same for an assessment's data: answers and monthly values carry the assessment's version
        seen = ops.assessment_detail(pg_db, a_id).assessment.version
        ops.record_activity(other, "王委员", a_id, [{"carrier": "grid_electricity", "month": "2023-01",
                                                   "quantity": 10, "unit": "kWh"}],
                            expected_version=ops.assessment_detail(other, a_id).assessment.version)
        with pytest.raises(ConcurrentEditError, match="assessment of site '园区 0' was changed by 王委员"):
            ops.record_activity(pg_db, "李秘书", a_id, [{"carrier": "grid_electricity", "month": "2023-01",
                                                       "quantity": 99, "unit": "kWh"}], expected_version=seen)
        assert [r.quantity for r in ops.list_activity(pg_db, a_id)] == [10]
    finally:
        other.dispose()


def test_simultaneous_saves_of_one_record_one_wins_the_other_is_told(pg_db, pg_url, tmp_path):
    (site_id, _), = setup_sites(pg_db, 1)
    for attempt in range(3):
        seen = ops.get_site(pg_db, site_id).version

        def work(db: Database, k: int, barrier: threading.Barrier, seen: int = seen, base: int = 10 * attempt) -> str:
            barrier.wait()
            try:
                ops.update_site(db, f"member {k}", site_id, {"occupants": base + k}, expected_version=seen)
            except ConcurrentEditError:
                return "told"
            return "saved"

        results = run_clients(pg_url, tmp_path, 2, work)
        assert sorted(results) == ["saved", "told"]
        winner = results.index("saved")
        site = ops.get_site(pg_db, site_id)
        assert (site.occupants, site.version) == (10 * attempt + winner, seen + 1)


def test_concurrent_writes_to_one_assessment_lose_no_update(pg_db, pg_url, tmp_path):
    (_, a_id), = setup_sites(pg_db, 1)
    start = ops.assessment_detail(pg_db, a_id).assessment.version

    def work(db: Database, k: int, barrier: threading.Barrier) -> None:
        barrier.wait()
        ops.record_activity(db, f"member {k}", a_id, [{"carrier": "grid_electricity", "month": f"2023-{k + 1:02d}",
                                                     "quantity": 100 * (k + 1), "unit": "kWh"}])

    run_clients(pg_url, tmp_path, 12, work)
    rows = ops.list_activity(pg_db, a_id)
    assert sorted(r.quantity for r in rows) == [100.0 * (k + 1) for k in range(12)]
    # every save bumped the version by read-modify-write: none of the 12 increments was lost
    assert ops.assessment_detail(pg_db, a_id).assessment.version == start + 12
    assert_chain_intact(pg_db)
