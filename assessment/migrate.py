"""Alembic migrations run by the app at start-up, after a backup of the database file."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from assessment.backup import rotating_backup
from assessment.db import Database
from assessment.errors import DatabaseTooNewError


def alembic_config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("assessment") / "migrations"))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    cfg.attributes["engine"] = db._writer
    return cfg


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(db: Database) -> str:
    head = ScriptDirectory.from_config(alembic_config(db)).get_current_head()
    assert head is not None
    return head


def upgrade_to_head(db: Database) -> bool:
    """Bring the schema up to date; returns True when a migration ran."""
    if db.is_postgresql:  # several clients may start at once against a new or older server
        from assessment.pg import migration_lock

        with migration_lock(db.engine):
            return _upgrade(db)
    return _upgrade(db)


def _upgrade(db: Database) -> bool:
    cfg = alembic_config(db)
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(db)
    head = script.get_current_head()
    if current == head:
        return False
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise DatabaseTooNewError(
            f"This database has schema version {current}, written by a newer version of the app. "
            "Update the app before opening it; the file was not changed."
        )
    if current is not None and db.path is not None:
        rotating_backup(db.path, f"before-{head}")
    command.upgrade(cfg, "head")
    return True
