"""Dossier benchmarks: one big dossier (cold and warm), the ReportLab share of it, a campaign on two workers."""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, SMOKE, emit, timer

sys.path.insert(0, str(ROOT / "tests"))

from helpers.dossier_setup import make_campaign  # noqa: E402

from assessment.db import open_database  # noqa: E402
from assessment.dossier import export_campaign, register_font  # noqa: E402
from assessment.dossier.build import build_dossier  # noqa: E402
from assessment.dossier.render_dossier import render_dossier  # noqa: E402

PHOTOS = 3 if SMOKE else 20
PHOTO_SIZE = (800, 600) if SMOKE else (4000, 3000)
CAMPAIGN_SIZE = 2 if SMOKE else 100


def one_dossier(work: Path) -> None:
    db = open_database(work / "one.sqlite3")
    warmup, aid = make_campaign(db, 2, photos=PHOTOS, photo_size=PHOTO_SIZE, code="BENCH1")
    font = register_font()
    render_dossier(build_dossier(db, warmup, "both"), font)  # process warm-up: criteria, factors, fonts loaded
    for f in (db.evidence_dir / ".print").glob("*"):
        f.unlink()  # cold: no print-size photo cached
    c0 = time.process_time()
    with timer() as t_cold:
        data = build_dossier(db, aid, "both")
        pdf = render_dossier(data, font)
    cold_cpu = time.process_time() - c0
    runs = []
    for _ in range(1 if SMOKE else 3):
        t0, c0 = time.perf_counter(), time.process_time()
        data = build_dossier(db, aid, "both")
        t1 = time.perf_counter()
        pdf = render_dossier(data, font)
        t2, c2 = time.perf_counter(), time.process_time()
        runs.append((t1 - t0, t2 - t1, c2 - c0))
    build_s, render_s = min(r[0] for r in runs), min(r[1] for r in runs)
    warm_cpu = min(r[2] for r in runs)
    pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")
    emit("dossier_one_cold", t_cold[0], "s", "<= 2 s (20-30 pages, 6 charts, 20 photos)", photos=PHOTOS,
         photo_px=f"{PHOTO_SIZE[0]}x{PHOTO_SIZE[1]}", note="print-size photo cache empty",
         cpu_s=round(cold_cpu, 3), load=round(os.getloadavg()[0], 2))
    emit("dossier_one_warm", build_s + render_s, "s", "<= 2 s", note="print-size photos cached",
         cpu_s=round(warm_cpu, 3))
    emit("dossier_data_work", build_s, "s", "", note="queries, live score, monthly tables, photos")
    emit("dossier_reportlab_build", render_s, "s", "", note="same flowables, no data work")
    emit("dossier_reportlab_share", render_s / (build_s + render_s), "ratio", "")
    emit("dossier_size", len(pdf) / 2**20, "MB", "< 10 MB with 20 photos of 4000x3000", pages=pages)
    db.dispose()


def campaign(work: Path) -> None:
    db = open_database(work / "many.sqlite3")
    make_campaign(db, CAMPAIGN_SIZE, photos=3, code="BENCH100")
    register_font()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with timer() as t:
        res = export_campaign(db, "BENCH100", work / "out", lang="both", workers=2)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert len(res.written) == CAMPAIGN_SIZE, res.failed
    workers_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    emit("dossier_campaign", t[0], "s", "<= 60 s for 100 dossiers on two cores", dossiers=CAMPAIGN_SIZE,
         per_dossier_s=round(t[0] / CAMPAIGN_SIZE, 3), workers_cpu_s=round(workers_cpu, 2),
         load=round(os.getloadavg()[0], 2))
    db.dispose()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        one_dossier(work)
        campaign(work)


if __name__ == "__main__":
    main()
