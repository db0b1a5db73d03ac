"""Benchmark: import 200 offline packages (24 months x 10 meters, 20 photos of ~300 KB each) and a
10,000-row workbook. Run ``python tests/benchmarks/bench_exchange.py``; ``BENCH_SMOKE=1`` for tiny sizes."""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SMOKE, emit, timer  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from assessment import ops  # noqa: E402
from assessment.db import open_database  # noqa: E402
from assessment.evidence_store import EvidenceStore  # noqa: E402
from assessment.exchange.columns import ACTIVITY_COLUMNS, ACTIVITY_SHEET, SITE_COLUMNS, SITE_SHEET  # noqa: E402
from assessment.exchange.package_export import export_package  # noqa: E402
from assessment.exchange.package_import import import_package  # noqa: E402
from assessment.exchange.workbook_import import commit_import, preview_file  # noqa: E402
from assessment.models import ActivityRecord, Evidence, new_id  # noqa: E402
from scoring import list_criteria_sets, list_factor_sets  # noqa: E402

PACKAGES = 3 if SMOKE else 200
MONTHS = 12 if SMOKE else 24
METERS = 2 if SMOKE else 10
PHOTOS = 2 if SMOKE else 20
PHOTO_BYTES = 30_000 if SMOKE else 300_000
WORKBOOK_ROWS = 240 if SMOKE else 10_000


def campaign(db, year: int = 2022) -> str:
    pins = {i.site_type: f"{i.code}@{i.version}" for i in list_criteria_sets()}
    ops.create_campaign(db, "bench", code="B", name="基准 bench", year=year, criteria_versions=pins,
                        factor_set_version=list_factor_sets()[-1].version)
    return "B"


def months(n: int) -> list[str]:
    return [f"{2022 + i // 12}-{i % 12 + 1:02d}" for i in range(n)]


def build_packages(work: Path) -> list[Path]:
    src = open_database(work / "src" / "src.sqlite3")
    campaign(src)
    store = EvidenceStore(src.evidence_dir)
    rng = random.Random(1)
    period = months(MONTHS)
    out = []
    for k in range(PACKAGES):
        site, a = ops.create_site(src, "assessor", {"name": f"园区{k:03d}", "site_type": "park",
                                                     "floor_area_m2": 40000 + k}, campaign="B",
                                  period=(period[0], period[-1]), code=f"P{k:04d}")
        rows = [{"id": new_id(), "assessment_id": a.id, "carrier": "grid_electricity", "month": m,
                 "quantity": rng.uniform(5e4, 1e5), "unit": "kWh", "source": "meter", "estimated": False,
                 "meter_id": f"M{j:02d}", "note": None} for j in range(METERS) for m in period]
        with src.write() as s:
            s.execute(insert(ActivityRecord), rows)
            for p in range(PHOTOS):
                sha = store.put_bytes(rng.randbytes(PHOTO_BYTES))
                s.add(Evidence(assessment_id=a.id, sha256=sha, original_sha256=sha, original_name=f"现场照片{p}.jpg",
                               media_type="image/jpeg", size_bytes=PHOTO_BYTES))
        path = work / "packages" / f"{site.code}.zip"
        export_package(src, "assessor", [site.code], path)
        out.append(path)
    src.dispose()
    return out


def build_workbook(work: Path) -> Path:
    path = work / "big.xlsx"
    wb = Workbook(write_only=True)
    sites = wb.create_sheet(SITE_SHEET)
    sites.append([c.header for c in SITE_COLUMNS])
    keys = [c.key for c in SITE_COLUMNS]
    per_site = METERS * 20 if not SMOKE else 24
    n_sites = -(-WORKBOOK_ROWS // per_site)
    for k in range(n_sites):
        values = {"code": f"{k:05d}", "name": f"工作簿园区{k}", "site_type": "park", "floor_area_m2": 30000,
                  "period_start": "2022-01", "period_end": "2023-12"}
        sites.append([values.get(key) for key in keys])
    act = wb.create_sheet(ACTIVITY_SHEET)
    act.append([c.header for c in ACTIVITY_COLUMNS])
    rng = random.Random(2)
    n = 0
    for k in range(n_sites):
        for j in range(per_site // 20 if not SMOKE else 2):
            for m in months(20 if not SMOKE else 12):
                if n == WORKBOOK_ROWS:
                    break
                act.append([f"{k:05d}", "grid_electricity", f"{j:04d}", m, round(rng.uniform(1e4, 9e4), 1), "kWh",
                            "meter", None])
                n += 1
    wb.save(path)
    return path


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        work = Path(tmp)
        packages = build_packages(work)
        target = open_database(work / "target" / "t.sqlite3")
        os.sync()  # the build's pending writes are not the import's
        cpu = time.process_time()
        with timer() as t:
            for p in packages:
                import_package(target, "secretariat", p)
        emit(f"import {PACKAGES} packages ({MONTHS} months x {METERS} meters, {PHOTOS} photos of "
             f"{PHOTO_BYTES // 1000} KB each)", t[0], "s", "<= 20", cpu_s=round(time.process_time() - cpu, 2),
             load=round(os.getloadavg()[0], 1))
        with timer() as t2:
            for p in packages[:10]:
                assert import_package(target, "secretariat", p).already_imported
        emit("re-import of an already imported package (idempotent)", t2[0] / min(10, len(packages)), "s",
             "fast, nothing changes")
        target.dispose()

        book = build_workbook(work)
        db = open_database(work / "wb" / "wb.sqlite3")
        campaign(db)
        cpu = time.process_time()
        with timer() as t3:
            preview = preview_file(db, book)
            assert not preview.errors, preview.errors[:3]
            result = commit_import(db, "bench", preview)
        assert result.activity_added == WORKBOOK_ROWS, result
        emit(f"import a {WORKBOOK_ROWS:,}-row workbook (preview + one transaction)", t3[0], "s", "<= 3",
             cpu_s=round(time.process_time() - cpu, 2), load=round(os.getloadavg()[0], 1))
        db.dispose()


if __name__ == "__main__":
    main()
