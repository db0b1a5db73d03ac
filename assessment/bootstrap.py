"""Open the app's database: default location, migrations, and the demo campaign on a new database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from assessment.backup import backup_if_due
from assessment.db import Database, open_database
from assessment.models import AppMeta, Campaign
from assessment.paths import default_db_path


def open_app_database(
    target: str | Path | None = None, *, with_demo: bool = True,
    progress: Callable[[int, int], None] | None = None, evidence_dir: Path | None = None,
) -> Database:
    """Open (create and migrate) the database; a brand-new one gets the demo campaign once.

    target: a SQLite file or a server URL (postgresql+psycopg://...); evidence_dir: where a server's evidence
    files live (default: $LCS_EVIDENCE_DIR, else a folder per server in the user data folder)."""
    db = open_database(target if target is not None else default_db_path(), evidence_dir=evidence_dir)
    if with_demo:
        with db.read() as s:
            fresh = s.get(AppMeta, "demo_installed") is None and s.execute(select(Campaign.id)).first() is None
        if fresh:
            from assessment.demo import install_demo

            install_demo(db, progress)
            with db.write() as s:
                s.merge(AppMeta(key="demo_installed", value="1"))
    if db.path is not None:
        backup_if_due(db.path)
    return db
