"""Opening the database: SQLite connection set-up, migrations with a backup first, unit-of-work sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from assessment.errors import DatabaseBusyError, DatabaseCorruptError, DatabaseTooNewError

BUSY_TIMEOUT_MS = 5000


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    """Pragmas on every new connection; explicit BEGIN so writes can start IMMEDIATE."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode and str(mode[0]).lower() != "wal":  # e.g. a network drive: stay on the rollback journal
            cur.execute("PRAGMA journal_mode=DELETE")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def is_locked_error(exc: BaseException) -> bool:
    text_ = str(exc).lower()
    return "database is locked" in text_ or "database is busy" in text_


class Database:
    """One database (a SQLite file or a server URL) and its evidence folder."""

    def __init__(self, url: str, evidence_dir: Path | None = None, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.url = url
        self.busy_timeout_ms = busy_timeout_ms
        self.is_sqlite = url.startswith("sqlite")
        self.path: Path | None = None
        if self.is_sqlite:
            raw = url.split("///", 1)[1] if "///" in url else ""
            self.path = Path(raw) if raw and raw != ":memory:" else None
            self.engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
            _configure_sqlite(self.engine, busy_timeout_ms)
            self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
            self._writer = self.engine
        if evidence_dir is None and self.path is not None:
            evidence_dir = self.path.parent / (self.path.stem + "-evidence")
        self.evidence_dir = evidence_dir
        self._read_factory = sessionmaker(self.engine, expire_on_commit=False)
        self._write_factory = sessionmaker(self._writer, expire_on_commit=False)

    @classmethod
    def open_path(cls, path: Path | str, **kwargs: int) -> Database:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(f"sqlite:///{path}", **kwargs)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: BEGIN IMMEDIATE ... COMMIT, or roll back everything on error."""
        try:
            with self._write_factory() as session, session.begin():
                yield session
        except OperationalError as exc:
            if is_locked_error(exc):
                raise DatabaseBusyError(
                    "The database is in use by another program (or another window of this app) "
                    f"and stayed locked for {self.busy_timeout_ms / 1000:g} s. Nothing was saved; "
                    "close the other program or try again."
                ) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_factory() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    # -- health -----------------------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """'ok' -> []; otherwise the problems SQLite reports."""
        if not self.is_sqlite:
            return []
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems = [] if rows == ["ok"] else rows
        problems += [f"foreign key broken: table {r[0]} row {r[1]} -> {r[2]}" for r in fk]
        return problems

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def row_counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                t: int(conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one())
                for t in sorted(self.table_names())
            }


def open_database(
    path_or_url: str | Path, *, migrate: bool = True, check: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Database:
    """Open (creating if needed), verify integrity, back up and migrate to the current schema."""
    from assessment.migrate import upgrade_to_head

    target = str(path_or_url)
    db = (Database(target, busy_timeout_ms=busy_timeout_ms) if "://" in target
          else Database.open_path(target, busy_timeout_ms=busy_timeout_ms))
    if check and db.path is not None and db.path.exists() and db.path.stat().st_size > 0:
        try:
            problems = db.integrity_check()
        except Exception as exc:  # not a database at all
            db.dispose()
            raise DatabaseCorruptError(f"{db.path} cannot be opened as a database: {exc}") from exc
        if problems:
            db.dispose()
            raise DatabaseCorruptError(
                f"{db.path} failed its integrity check ({problems[0]}). Restore the latest backup "
                "from the 'backups' folder beside it (python main.py restore), or open another database."
            )
    if migrate:
        try:
            upgrade_to_head(db)
        except DatabaseTooNewError:
            db.dispose()
            raise
    return db
