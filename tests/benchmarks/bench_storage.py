"""Storage benchmarks (issue 2): open + list 1,000 sites; bulk insert of 100k rows vs plain sqlite3."""

from __future__ import annotations

import sqlite3
import tempfile
import uuid
from pathlib import Path

from _common import SMOKE, emit, timer

from assessment import ops
from assessment.db import open_database
from scoring import list_criteria_sets, list_factor_sets

SITES = 20 if SMOKE else 1000
ROWS = 2_000 if SMOKE else 100_000


def build_sites(path: Path, n: int) -> None:
    db = open_database(path)
    ops.create_campaign(db, "bench", code="B", name="bench", year=2023,
                        criteria_versions={i.site_type: f"{i.code}@{i.version}" for i in list_criteria_sets()},
                        factor_set_version=list_factor_sets()[-1].version)
    types = ("park", "school", "building", "public_facility")
    for k in range(n):
        ops.create_site(db, "bench", {"name": f"站点 {k}", "site_type": types[k % 4], "district": f"区{k % 9}"},
                        campaign="B")
    db.dispose()


def bench_open_and_list(tmp: Path) -> None:
    path = tmp / "sites.sqlite3"
    build_sites(path, SITES)
    best = float("inf")
    for _ in range(5):
        with timer() as t:
            db = open_database(path)
            rows = ops.list_sites(db, "B")
        db.dispose()
        best = min(best, t[0])
        assert len(rows) == SITES
    emit("storage.open_and_list", best * 1000, "ms", "<= 150 ms for 1,000 sites", sites=SITES)


def activity_rows(n: int) -> list[dict[str, object]]:
    carriers = ("grid_electricity", "natural_gas", "water", "diesel", "pv_self_used")
    units = {"grid_electricity": "kWh", "natural_gas": "m3", "water": "m3", "diesel": "t", "pv_self_used": "kWh"}
    rows = []
    meters = n // (12 * len(carriers)) + 1
    for meter in range(meters):
        for c in carriers:
            for m in range(1, 13):
                rows.append({"carrier": c, "month": f"2023-{m:02d}", "quantity": 100.0 + meter, "unit": units[c],
                             "meter_id": f"M{meter:05d}"})
    return rows[:n]


def fresh_assessment(path: Path) -> str:
    db = open_database(path)
    ops.create_campaign(db, "bench", code="B", name="bench", year=2023,
                        criteria_versions={i.site_type: f"{i.code}@{i.version}" for i in list_criteria_sets()},
                        factor_set_version=list_factor_sets()[-1].version)
    _, a = ops.create_site(db, "bench", {"name": "bulk", "site_type": "park"}, campaign="B")
    db.dispose()
    assert a is not None
    return a.id


def bench_bulk_insert(tmp: Path) -> None:
    """Same rows into the same schema (same indexes and constraints): operation vs plain sqlite3."""
    rows = activity_rows(ROWS)
    from scoring import to_canonical

    for r in rows[:100]:  # warm the unit-conversion cache (pint loads once per process)
        to_canonical(str(r["carrier"]), 1.0, str(r["unit"]))
    ops_path = tmp / "bulk.sqlite3"
    aid = fresh_assessment(ops_path)
    db = open_database(ops_path)
    with timer() as t_ops:
        ops.bulk_insert_activity(db, "bench", aid, rows, refresh_score=False)
    db.dispose()
    full_path = tmp / "bulk-scored.sqlite3"
    full_aid = fresh_assessment(full_path)
    db = open_database(full_path)
    with timer() as t_full:
        ops.bulk_insert_activity(db, "bench", full_aid, rows)  # also re-scores the assessment's 100k rows
    db.dispose()

    raw_path = tmp / "raw.sqlite3"
    aid = fresh_assessment(raw_path)
    payload = [(str(uuid.uuid4()), aid, r["carrier"], r["month"], r["quantity"], r["unit"], "meter", 0,
                r["meter_id"], None) for r in rows]
    conn = sqlite3.connect(raw_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    with timer() as t_raw:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO activity_record (id, assessment_id, carrier, month, quantity, unit, source, "
                         "estimated, meter_id, note) VALUES (?,?,?,?,?,?,?,?,?,?)", payload)
        conn.execute("COMMIT")
    conn.close()
    emit("storage.bulk_insert", t_ops[0], "s", f"{ROWS} rows, validated and audited", rows=ROWS)
    emit("storage.bulk_insert_sqlite3", t_raw[0], "s", "baseline: plain executemany, same schema", rows=ROWS)
    emit("storage.bulk_insert_ratio", t_ops[0] / t_raw[0], "x", "<= 2")
    emit("storage.bulk_insert_with_rescore", t_full[0], "s", "same, plus re-scoring the assessment at once",
         rows=ROWS, ratio=round(t_full[0] / t_raw[0], 2))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        bench_open_and_list(Path(d))
        bench_bulk_insert(Path(d))
