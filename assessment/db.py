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

from assessment import pg
from assessment.errors import (
    DatabaseBusyError,
    DatabaseCorruptError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
)

BUSY_TIMEOUT_MS = 5000


NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs", "fuse.rclone"}


def is_network_path(path: Path) -> bool:
    """True for a UNC path or a folder on a network file system, where WAL is unsafe."""
    text_path = str(path)
    if text_path.startswith(("\\\\", "//")):
        return True
    try:
        resolved = str(path.resolve())
        best, fstype = "", ""
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
                    best, fstype = parts[1], parts[2]
        return fstype in NETWORK_FS
    except OSError:
        return False


def _configure_sqlite(engine: Engine, busy_timeout_ms: int, use_wal: bool) -> None:
    """Pragmas on every new connection; explicit BEGIN so writes can start IMMEDIATE."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        if use_wal:
            mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()
            if mode and str(mode[0]).lower() != "wal":  # WAL refused: stay on the rollback journal
                cur.execute("PRAGMA journal_mode=DELETE")
        else:  # network drive: WAL's shared memory does not work across machines
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
        self.is_postgresql = pg.is_postgresql(url)
        self.url = url = pg.normalise_url(url) if self.is_postgresql else url
        self.busy_timeout_ms = busy_timeout_ms
        self.is_sqlite = url.startswith("sqlite")
        self.path: Path | None = None
        self.on_network_drive = False
        if self.is_sqlite:
            raw = url.split("///", 1)[1] if "///" in url else ""
            self.path = Path(raw) if raw and raw != ":memory:" else None
            self.engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
            self.on_network_drive = self.path is not None and is_network_path(self.path)
            _configure_sqlite(self.engine, busy_timeout_ms, use_wal=not self.on_network_drive)
            self._writer: Engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        elif self.is_postgresql:
            self.engine = pg.make_engine(url)
            self._writer = self.engine
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
            self._writer = self.engine
        if evidence_dir is None and self.path is not None:
            evidence_dir = self.path.parent / (self.path.stem + "-evidence")
        elif evidence_dir is None and self.is_postgresql:
            evidence_dir = pg.default_evidence_dir(url)
        self.evidence_dir = evidence_dir
        self._read_factory = sessionmaker(self.engine, expire_on_commit=False)
        self._write_factory = sessionmaker(self._writer, expire_on_commit=False)

    @classmethod
    def open_path(cls, path: Path | str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(f"sqlite:///{path}", busy_timeout_ms=busy_timeout_ms)

    @property
    def shown_url(self) -> str:
        """Where the data is, for messages: the file, or the server URL without its password."""
        return str(self.path) if self.path is not None else pg.shown_url(self.url)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: BEGIN IMMEDIATE ... COMMIT (on a server: wait for the writer lock first),
        or roll back everything on error."""
        try:
            with self._write_factory() as session, session.begin():
                if self.is_postgresql:
                    pg.lock_writers(session, self.busy_timeout_ms)
                yield session
        except OperationalError as exc:
            if is_locked_error(exc):
                raise DatabaseBusyError(
                    "The database is in use by another program (or another window of this app) "
                    f"and stayed locked for {self.busy_timeout_ms / 1000:g} s. Nothing was saved; "
                    "close the other program or try again."
                ) from exc
            if self.is_postgresql and pg.is_lock_timeout(exc):
                raise DatabaseBusyError(
                    f"Someone else was saving a long change on {self.shown_url} for more than "
                    f"{self.busy_timeout_ms / 1000:g} s (e.g. an import). Nothing was saved; try again."
                ) from exc
            if self.is_postgresql and exc.connection_invalidated:
                raise DatabaseUnavailableError(
                    f"The connection to the database server {self.shown_url} was lost while saving. "
                    "Nothing was saved; check the network (or ask whoever runs the server) and try again."
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
        """'ok' -> []; otherwise the problems SQLite (or the server check) reports."""
        if self.is_postgresql:
            from assessment.models import Base

            return pg.integrity_problems(self.engine, set(Base.metadata.tables) | {"alembic_version"})
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
    path_or_url: str | Path, *, migrate: bool = True, check: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    evidence_dir: Path | None = None,
) -> Database:
    """Open (creating if needed), verify integrity, back up and migrate to the current schema."""
    from assessment.migrate import upgrade_to_head

    target = str(path_or_url)
    db = (Database(target, evidence_dir, busy_timeout_ms=busy_timeout_ms) if "://" in target
          else Database.open_path(target, busy_timeout_ms=busy_timeout_ms))
    if evidence_dir is not None:
        db.evidence_dir = Path(evidence_dir)
    if db.is_postgresql:
        _check_server(db, migrate=migrate, check=check)
        return db
    if check and db.path is not None and db.path.exists() and db.path.stat().st_size > 0:
        way_out = ("Restore the latest backup from the 'backups' folder beside it "
                   f"(python main.py restore BACKUP --db {db.path}), or open another database.")
        try:
            problems = db.integrity_check()
        except Exception as exc:  # not a database at all, or damaged beyond reading
            db.dispose()
            reason = getattr(exc, "orig", None) or exc
            raise DatabaseCorruptError(f"{db.path} cannot be opened as a database ({reason}). {way_out}") from exc
        if problems:
            db.dispose()
            raise DatabaseCorruptError(f"{db.path} failed its integrity check ({problems[0]}). {way_out}")
    if migrate:
        try:
            upgrade_to_head(db)
        except DatabaseTooNewError:
            db.dispose()
            raise
    return db


def _check_server(db: Database, *, migrate: bool, check: bool) -> None:
    """A server: reachable (else one clear line), migrated under a lock, then its schema checked."""
    from assessment.migrate import upgrade_to_head

    reason = pg.connection_problem(db.engine)
    if reason:
        db.dispose()
        raise DatabaseUnavailableError(f"cannot reach the database server {db.shown_url}: {reason}")
    try:
        if migrate:
            upgrade_to_head(db)
        problems = db.integrity_check() if check and migrate else []
    except BaseException:
        db.dispose()
        raise
    if problems:
        db.dispose()
        raise DatabaseCorruptError(f"the database on {db.shown_url} failed its check ({problems[0]}); "
                                   "ask whoever runs the server to restore its latest dump")
