"""Consistent SQLite backups (backup API, never a file copy) and rotating pre-migration backups."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from assessment.errors import AssessmentError

KEEP_ROTATING = 5


def _copy_live(source: Path, target: Path) -> str:
    """Copy with SQLite's backup API (consistent even while others write); returns integrity_check of the copy."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            result = str(dst.execute("PRAGMA integrity_check").fetchone()[0])
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    return result


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live database with SQLite's backup API, then check the copy's integrity."""
    target = Path(target)
    if target.exists():
        raise AssessmentError(f"{target} already exists; choose another file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    result = _copy_live(source, partial)
    if result != "ok":
        partial.unlink(missing_ok=True)
        raise AssessmentError(f"backup of {source} failed its integrity check: {result}")
    partial.replace(target)
    return target


def rotating_backup(source: Path, label: str) -> Path | None:
    """Back up into backups/ beside the database, keeping the newest few."""
    if not source.exists() or source.stat().st_size == 0:
        return None
    folder = source.parent / "backups"
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{source.stem}-{stamp}-{label}.sqlite3"
    backup_sqlite(source, target)
    old = sorted(folder.glob(f"{source.stem}-*.sqlite3"))
    for stale in old[:-KEEP_ROTATING]:
        stale.unlink(missing_ok=True)
    return target


def restore_sqlite(backup: Path, target: Path) -> Path | None:
    """Put a checked backup in place of target; the file it replaces is kept aside, never deleted."""
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise AssessmentError(f"{backup} does not exist")
    try:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise AssessmentError(f"{backup} is not a usable database: {exc}") from None
    if result != "ok":
        raise AssessmentError(f"{backup} failed its integrity check ({result}); choose another backup")
    kept = None
    if target.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        kept = target.with_name(f"{target.stem}-replaced-{stamp}{target.suffix}")
        target.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = target.with_name(target.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
    partial = target.with_name(target.name + ".partial")
    _copy_live(backup, partial)
    partial.replace(target)
    return kept


def backup_if_due(source: Path, hours: float = 24.0) -> Path | None:
    """A rotating backup when the newest one is older than `hours` (called when the app opens)."""
    folder = source.parent / "backups"
    newest = max((p.stat().st_mtime for p in folder.glob(f"{source.stem}-*.sqlite3")), default=0.0)
    if datetime.now(UTC).timestamp() - newest < hours * 3600:
        return None
    return rotating_backup(source, "daily")
