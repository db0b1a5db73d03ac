"""Schema migrations: fresh database, upgrade of a populated one, newer schema refused, backup first."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from assessment import ops
from assessment.db import open_database
from assessment.errors import DatabaseCorruptError, DatabaseTooNewError
from assessment.migrate import alembic_config, current_revision, head_revision
from tests.assessment.conftest import ACTOR, twelve_months


def test_fresh_database_is_at_head_with_safe_pragmas(db):
    assert current_revision(db) == head_revision(db)
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_upgrade_of_populated_database_keeps_every_row(park):
    db = park.db
    ops.record_activity(db, ACTOR, park.assessment_id, twelve_months())
    ops.update_assessment(db, ACTOR, park.assessment_id, {"baseline_emissions_t": 500})
    before = db.row_counts()
    command.downgrade(alembic_config(db), "0001")  # batch mode recreates the assessment table (has children)
    assert current_revision(db) == "0001"
    db.dispose()
    reopened = open_database(db.path)  # the app upgrades at start-up, after a backup
    assert current_revision(reopened) == head_revision(reopened)
    after = reopened.row_counts()
    assert {k: v for k, v in after.items() if k != "alembic_version"} == \
        {k: v for k, v in before.items() if k != "alembic_version"}
    assert reopened.integrity_check() == []
    backups = list((Path(db.path).parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    with reopened.engine.connect() as c:  # the constraints of 0002 hold after the upgrade
        with pytest.raises(Exception, match="CHECK"):
            c.execute(text("UPDATE activity_record SET quantity = -1"))
    reopened.dispose()


def test_database_from_newer_app_is_refused_untouched(db):
    with db.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    path = db.path
    db.dispose()
    data = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version of the app"):
        open_database(path)
    assert path.read_bytes() == data


def test_corrupt_file_gives_a_way_out(tmp_path):
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseCorruptError, match="cannot be opened as a database|integrity"):
        open_database(bad)
