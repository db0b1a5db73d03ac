"""Benchmark: the review panel on a campaign of many candidates; prints one JSON line per figure.

Run ``python tests/benchmarks/bench_panel.py`` (200 candidates, 5 scorers, as in the largest campaigns)
or with ``BENCH_SMOKE=1`` for a small CI smoke run.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from helpers.panel_setup import ALICE, CAMPAIGN, CAROL, CHAIR, SEC, build_panel  # noqa: E402
from sqlalchemy import select  # noqa: E402

from assessment.db import open_database  # noqa: E402
from assessment.models import ActivityRecord, Assessment, CampaignMember, PanelScore, Person, Site  # noqa: E402
from assessment.panel import comparison, ranking, scoring_ops, setup, xlsx  # noqa: E402

SMOKE = os.environ.get("BENCH_SMOKE") == "1" or "--quick" in sys.argv
N = 8 if SMOKE else 200


def emit(figure: str, value: float, unit: str, target: str) -> None:
    print(json.dumps({"figure": figure, "value": round(value, 4), "unit": unit, "target": target}))


def populate(db: object, n: int) -> None:
    """n park candidates under review with 12 months of electricity, scored by 5 scorers (ORM bulk insert)."""
    build_panel(db, n_sites=n)  # type: ignore[arg-type]
    rng = random.Random(7)
    with db.write() as s:  # type: ignore[attr-defined]
        camp_members = s.execute(select(Person.id).join(CampaignMember, CampaignMember.person_id == Person.id)
                                 .where(CampaignMember.role.in_(("panel_member", "panel_chair")))).scalars().all()
        extra = Person(name="Dave", organisation="Independent")
        s.add(extra)
        s.flush()
        scorers = [*camp_members, extra.id]
        for a, site in s.execute(select(Assessment, Site).join(Site, Site.id == Assessment.site_id)).all():
            for m in range(1, 13):
                s.add(ActivityRecord(assessment_id=a.id, carrier="grid_electricity", month=f"2023-{m:02d}",
                                     quantity=rng.uniform(50_000, 150_000), unit="kWh", meter_id=f"{site.code}-E"))
            for pid in scorers:
                for item, mx in (("PK-C3", 6), ("PK-S2", 6), ("PK-X3", 3)):
                    s.add(PanelScore(assessment_id=a.id, member_id=pid, item_code=item, phase="independent",
                                     points=round(rng.uniform(0, mx) * 2) / 2, comment="bench"))


def timed(fn: object) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()  # type: ignore[operator]
    return time.perf_counter() - t0, result


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite3")
        populate(db, N)
        setup.set_phase(db, CHAIR, CAMPAIGN, "read")
        secs, r = timed(lambda: ranking.ranking(db, SEC, CAMPAIGN))
        emit(f"ranking of {N} candidates (secretariat)", secs, "s", "< 5 s for 200")
        secs, _ = timed(lambda: ranking.ranking(db, CAROL, CAMPAIGN))
        emit(f"ranking of {N} candidates (member, filtered view)", secs, "s", "< 5 s for 200")
        secs, _ = timed(lambda: scoring_ops.candidate_views(db, ALICE, CAMPAIGN))
        emit(f"read view of {N} candidates", secs, "s", "< 3 s for 200")
        secs, _ = timed(lambda: scoring_ops.my_sheet(db, ALICE, CAMPAIGN))
        emit(f"own scoring sheet, {N} candidates", secs, "s", "< 2 s for 200")
        codes = [row.site_code for row in r.overall[:6]]  # type: ignore[attr-defined]
        secs, _ = timed(lambda: comparison.compare(db, ALICE, codes, CAMPAIGN))
        emit("comparison of 6 candidates", secs, "s", "< 1 s")
        secs, _ = timed(lambda: xlsx.save(xlsx.ranking_workbook(r), Path(tmp) / "rank.xlsx"))  # type: ignore[arg-type]
        emit(f"ranking xlsx export, {N} rows", secs, "s", "< 2 s")
        setup.set_phase(db, CHAIR, CAMPAIGN, "revise")
        secs, _ = timed(lambda: scoring_ops.score_item(db, ALICE, codes[0], "PK-C3", 3, "bench", campaign=CAMPAIGN))
        emit("one score stored (all rules checked, audited)", secs, "s", "< 0.5 s")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
