"""All dossiers of a campaign in one job: worker processes, progress(done, total), cancel between files."""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from assessment.db import Database
from assessment.errors import AssessmentError
from assessment.ops.queries import list_sites

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
WORKERS = 2


@dataclass(frozen=True)
class BatchItem:
    site_code: str
    path: Path
    number: str
    fingerprint: str
    size: int


@dataclass(frozen=True)
class BatchResult:
    total: int
    written: tuple[BatchItem, ...]
    failed: tuple[tuple[str, str], ...] = ()
    cancelled: bool = False
    warnings: tuple[str, ...] = field(default_factory=tuple)


def safe_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("._") or "dossier"


def _worker(url: str, evidence_dir: str | None, assessment_id: str, out: str, lang: str,
            font: str | None, sign: str | None = None) -> tuple[str, str, int, tuple[str, ...]]:
    """Runs in a worker process: its own database connection, font registration and ReportLab state."""
    from assessment.dossier.build import build_dossier
    from assessment.dossier.files import write_atomic
    from assessment.dossier.fonts import register_font
    from assessment.dossier.render_dossier import render_dossier
    from assessment.dossier.signing import configured_p12, sign_pdf

    db = Database(url, Path(evidence_dir) if evidence_dir else None)
    try:
        data = build_dossier(db, assessment_id, lang, font=font)
        pdf = render_dossier(data, register_font(font))
        p12 = configured_p12(sign)
        if p12 is not None:
            pdf = sign_pdf(pdf, p12, reason=f"award dossier {data.number}")
        write_atomic(out, pdf)
        return data.number, data.fingerprint, len(pdf), data.warnings
    finally:
        db.engine.dispose()


def _refused(db: Database, actor: str, rows: list) -> dict[str, str]:  # type: ignore[type-arg]
    """Candidates whose dossier this actor may not get, with the reason (left out of the batch)."""
    from assessment.errors import PermissionDenied
    from assessment.models import Assessment
    from assessment.panel.guard import check_viewer_document, scorer

    out: dict[str, str] = {}
    with db.read() as s:
        viewers: dict[str, object] = {}
        for r in rows:
            a = s.get(Assessment, r.assessment_id)
            if a.campaign_id not in viewers:
                viewers[a.campaign_id] = scorer(s, actor, a.campaign_id)
            viewer = viewers[a.campaign_id]
            if viewer is None:
                continue
            try:
                check_viewer_document(s, viewer, a, "get its dossier")  # type: ignore[arg-type]
            except PermissionDenied as exc:
                out[r.assessment_id] = f"left out: {exc}"
    return out


def export_campaign(db: Database, campaign: str | None, out_dir: Path | str, *, lang: str = "both",
                    actor: str = "cli", font: str | None = None, progress: Progress | None = None,
                    cancelled: Cancelled | None = None, workers: int = WORKERS, record: bool = True,
                    sign: str | Path | None = None) -> BatchResult:
    """One PDF per candidate (``<site code>.pdf``), written atomically; finished files stay on cancel."""
    from assessment.dossier.export import _check_lang, record_issue

    _check_lang(lang)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = [r for r in list_sites(db, campaign) if r.assessment_id]
    failed: list[tuple[str, str]] = []
    refused = _refused(db, actor, rows)  # a panel member gets no dossier of a candidate they may not see
    failed += [(r.code, refused[r.assessment_id or ""]) for r in rows if r.assessment_id in refused]
    rows = [r for r in rows if r.assessment_id not in refused]
    total = len(rows) + len(failed)
    written: list[BatchItem] = []
    warnings: set[str] = set()
    if progress:
        progress(0, total)
    ctx = multiprocessing.get_context("spawn")  # never fork a process that runs Qt or database threads
    pool = ProcessPoolExecutor(max_workers=max(1, workers), mp_context=ctx)
    stop = False
    try:
        futures: dict[Future, tuple[str, str, Path]] = {}
        queue = iter(rows)

        def submit_next() -> bool:
            r = next(queue, None)
            if r is None:
                return False
            path = out / f"{safe_name(r.code)}.pdf"
            fut = pool.submit(_worker, db.url, str(db.evidence_dir) if db.evidence_dir else None,
                              r.assessment_id, str(path), lang, font, str(sign) if sign else None)
            futures[fut] = (r.code, r.assessment_id or "", path)
            pending.add(fut)
            return True

        pending: set[Future] = set()
        for _ in range(max(1, workers)):  # only as many in flight as workers: cancel stops the rest at once
            submit_next()
        while pending:
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for fut in done:
                code, aid, path = futures[fut]
                try:
                    number, fp, size, warn = fut.result()
                except Exception as exc:  # one bad candidate does not stop the campaign
                    failed.append((code, f"{type(exc).__name__}: {exc}"))
                else:
                    written.append(BatchItem(code, path, number, fp, size))
                    warnings.update(warn)
                    if record:
                        record_issue(db, actor, aid, "dossier", number, lang, fp)
            if progress and done:
                progress(len(written) + len(failed), total)
            if cancelled is not None and cancelled():
                stop = True
                break
            for _ in done:
                submit_next()
    except BrokenProcessPool as exc:
        stop = True
        raise AssessmentError(f"the dossier worker processes stopped unexpectedly ({exc}); "
                              f"{len(written)} of {total} dossiers were written") from exc
    except BaseException:
        stop = True
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=stop)
    return BatchResult(total, tuple(sorted(written, key=lambda b: b.site_code)), tuple(failed), stop,
                       tuple(sorted(warnings)))
