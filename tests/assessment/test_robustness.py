"""Two processes, a held lock, and writers killed with SIGKILL: integrity holds, acknowledged work stays."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from assessment import ops
from assessment.db import open_database
from assessment.errors import DatabaseBusyError
from tests.assessment.conftest import ACTOR

ROOT = Path(__file__).resolve().parents[2]
HELPERS = ROOT / "tests" / "helpers"


def spawn(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(HELPERS / script), *args], stdout=subprocess.PIPE,
                            stdin=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def test_held_lock_gives_clear_message_and_nothing_lost(campaign_db):
    path = str(campaign_db.path)
    holder = spawn("lock_holder.py", path)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        impatient = open_database(path, busy_timeout_ms=300)
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError, match="in use by another program"):
            ops.create_site(impatient, ACTOR, {"name": "blocked", "site_type": "park"}, campaign="C2023")
        assert time.monotonic() - started >= 0.25  # it waited before giving up
        impatient.dispose()
    finally:
        holder.communicate("", timeout=10)
    # once the lock is released the same edit goes through
    ops.create_site(campaign_db, ACTOR, {"name": "after", "site_type": "park"}, campaign="C2023")
    assert [r.name for r in ops.list_sites(campaign_db, "C2023")] == ["after"]


def test_save_waits_for_a_short_lock(campaign_db):
    holder = spawn("lock_holder.py", str(campaign_db.path))
    assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
    releaser = __import__("threading").Timer(0.5, lambda: holder.communicate("", timeout=10))
    releaser.start()
    ops.create_site(campaign_db, ACTOR, {"name": "patient", "site_type": "park"}, campaign="C2023")
    releaser.join()
    assert [r.name for r in ops.list_sites(campaign_db, "C2023")] == ["patient"]


def test_two_processes_writing_at_once(campaign_db):
    path = str(campaign_db.path)
    procs = [spawn("writer.py", path, str(start), "15") for start in (0, 1000)]
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    acked = [line.split()[1] for out in outs for line in out.splitlines()]
    assert len(acked) == 30
    rows = ops.list_sites(campaign_db, "C2023")
    assert sorted(r.code for r in rows) == sorted(acked)
    assert campaign_db.integrity_check() == []


@pytest.mark.slow
def test_sigkill_at_random_moments(campaign_db):
    """Kill a writer many times mid-work: integrity ok, every ACKed op complete, no half-done op."""
    path = str(campaign_db.path)
    rng = random.Random(20231126)
    acked: dict[str, str] = {}
    start = 0
    for _ in range(12):
        proc = spawn("writer.py", path, str(start), "400")
        assert proc.stdout is not None
        first = proc.stdout.readline()  # it is writing now (however slow the machine is)
        time.sleep(rng.uniform(0.0, 0.6))  # then kill at a random moment, without warning
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        for line in (first + out).splitlines():
            _, code, aid = line.split()
            acked[code] = aid
        start += 400
    assert len(acked) >= 12
    db = open_database(path)
    assert db.integrity_check() == []
    with db.engine.connect() as c:
        counts = dict(c.execute(text(
            "SELECT s.code, COUNT(r.id) FROM site s JOIN assessment a ON a.site_id = s.id "
            "LEFT JOIN activity_record r ON r.assessment_id = a.id GROUP BY s.code")).all())
        orphans = c.execute(text("SELECT COUNT(*) FROM site s WHERE NOT EXISTS "
                                 "(SELECT 1 FROM assessment a WHERE a.site_id = s.id)")).scalar_one()
    assert orphans == 0  # create_site + assessment are one unit
    for code in acked:
        assert counts.get(code) == 12, f"acknowledged {code} lost data"
    # an op killed between its two transactions may leave a site with 0 rows, never a partial month set
    assert set(counts.values()) <= {0, 12}
    with db.read() as s:
        from assessment.audit import verify_chain

        assert verify_chain(s) == []
    db.dispose()
