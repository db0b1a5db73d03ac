"""PostgreSQL specifics: engine options, one writer at a time, server health check, evidence folder."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from assessment.paths import data_dir

# Transaction-level advisory lock taken first by every write (db.write) and by every audit append:
# writers queue like SQLite's BEGIN IMMEDIATE, so the audit chain has one head and no read-modify-write
# races. Writes are short (milliseconds), so a panel of several people does not notice the queue.
WRITE_LOCK_KEY = 0x4C43_5357  # "LCSW"
MIGRATION_LOCK_KEY = 0x4C43_534D  # "LCSM", session-level, held while Alembic upgrades the schema
LOCKED_INFO = "lcs_writer_lock"  # Session.info flag: this session's transaction holds WRITE_LOCK_KEY
LOCK_NOT_AVAILABLE = "55P03"
EVIDENCE_ENV = "LCS_EVIDENCE_DIR"


def is_postgresql(url: str) -> bool:
    return url.startswith(("postgresql", "postgres"))


def normalise_url(url: str) -> str:
    """`postgresql://` and `postgres://` (as other tools print them) use the installed driver, psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def shown_url(url: str) -> str:
    """The URL for messages and logs: never the password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed URL is shown without its credentials part
        return re.sub(r"//[^@/]*@", "//***@", url)


def make_engine(url: str) -> Engine:
    """A pooled engine; dead connections (server restart, laptop sleep) are replaced transparently."""
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=5,
        connect_args={"connect_timeout": 10, "application_name": "lowcarbon-sites"},
    )


def lock_writers(session: Session, timeout_ms: int) -> None:
    """Wait (up to timeout_ms, then LockNotAvailable) until no other transaction is writing."""
    if session.info.get(LOCKED_INFO):
        return
    session.execute(text(f"SET LOCAL lock_timeout = {int(timeout_ms)}"))
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
    session.info[LOCKED_INFO] = True


def is_lock_timeout(exc: BaseException) -> bool:
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == LOCK_NOT_AVAILABLE


def begin_audit_append(session: Session) -> bool:
    """Before reading the chain head on PostgreSQL: hold the writer lock. True when on PostgreSQL."""
    if session.get_bind().dialect.name != "postgresql":
        return False  # SQLite: BEGIN IMMEDIATE already lets one writer in at a time
    lock_writers(session, 30_000)
    return True


def end_audit_append(session: Session, seq: int) -> None:
    """Keep the serial sequence at the chain head, so inserts without an explicit seq never collide."""
    session.execute(text("SELECT setval(pg_get_serial_sequence('audit_event', 'seq'), :n)"), {"n": seq})


@contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """Two clients starting at once against a new server: one migrates, the other waits and finds it done."""
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
            conn.commit()


def connection_problem(engine: Engine) -> str | None:
    """None when the server answers SELECT 1; otherwise the server's or the network's reason, in one line."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1")).scalar_one()
    except DBAPIError as exc:
        lines = [ln.strip() for ln in str(exc.orig).splitlines() if ln.strip()]
        return lines[-1] if lines else type(exc.orig).__name__
    return None


def integrity_problems(engine: Engine, expected_tables: set[str]) -> list[str]:
    """Server health: reachable, every table of the schema present, every foreign key in force."""
    reason = connection_problem(engine)
    if reason:
        return [f"server not reachable: {reason}"]
    with engine.connect() as conn:
        present = set(conn.execute(text(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")).scalars())
        problems = [f"table {t} is missing" for t in sorted(expected_tables - present)]
        fks = conn.execute(text(
            "SELECT conrelid::regclass::text, conname, convalidated FROM pg_constraint "
            "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace")).all()
        problems += [f"foreign key {name} on {table} is not validated" for table, name, ok in fks if not ok]
        if present >= expected_tables and not fks:
            problems.append("no foreign keys are defined (the schema was not created by this app's migrations)")
    return problems


def default_evidence_dir(url: str) -> Path:
    """LCS_EVIDENCE_DIR (e.g. a shared folder every panel member can reach) or a folder per server here."""
    override = os.environ.get(EVIDENCE_ENV)
    if override:
        return Path(override)
    u = make_url(url)
    label = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{u.host or 'local'}_{u.port or 5432}_{u.database or ''}")
    return data_dir() / "server-evidence" / label


def describe(engine: Engine) -> dict[str, Any]:
    """Server version and collation, for `check` output and support questions."""
    with engine.connect() as conn:
        row = conn.execute(text("SELECT version(), current_setting('lc_collate'), current_database()")).one()
    return {"version": row[0].split(" on ")[0], "collation": row[1], "database": row[2]}
