"""Storage test fixtures over both backends: `any_db` runs a test on SQLite and on a real PostgreSQL server.

A test module switches its tests to both backends with one line (the lead's `campaign_db`/`park` build on `db`):

    from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401

The server comes from LCS_TEST_PG_URL (an account allowed to CREATE DATABASE; `.ci/postgres.sh` starts one).
Without it the PostgreSQL half is skipped with the reason; with CI=true a missing server fails the run instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from assessment.db import Database, open_database

PG_ENV = "LCS_TEST_PG_URL"
BACKENDS = ("sqlite", "postgresql")
SKIP_REASON = (f"PostgreSQL half skipped: set {PG_ENV}=postgresql+psycopg://USER:PASSWORD@127.0.0.1:PORT/DB "
               "(an account with CREATEDB) or run `eval \"$(.ci/postgres.sh start)\"`; see docs/postgresql.md")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"CI must run the PostgreSQL tests, but {reason}", pytrace=False)
    pytest.skip(f"{SKIP_REASON} ({reason})")


class PgServer:
    """One throwaway database per test session, migrated once and emptied before each test."""

    def __init__(self, base_url: str) -> None:
        self.base = make_url(base_url)
        self.admin = create_engine(self.base, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
        self.created: list[str] = []
        self._migrated: URL | None = None

    def create_database(self) -> URL:
        name = f"lcs_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\' '
                              "LC_COLLATE 'C' LC_CTYPE 'C'"))
        self.created.append(name)
        return self.base.set(database=name)

    @property
    def migrated_url(self) -> URL:
        if self._migrated is None:
            url = self.create_database()
            open_database(url.render_as_string(hide_password=False)).dispose()
            self._migrated = url
        return self._migrated

    def empty_database(self) -> str:
        """The session's migrated database with every app table emptied (identities restarted)."""
        from assessment.models import Base

        url = self.migrated_url
        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                names = ", ".join(f'"{t}"' for t in Base.metadata.tables)
                conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        finally:
            engine.dispose()
        return url.render_as_string(hide_password=False)

    def close(self) -> None:
        with self.admin.connect() as conn:
            for name in self.created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


_SERVER: dict[str, PgServer | str] = {}


def server_for(request: pytest.FixtureRequest) -> PgServer:
    """The run's server (connected once; cleaned up when pytest ends), or skip/fail with the reason."""
    if "server" not in _SERVER:
        url = os.environ.get(PG_ENV)
        if not url:
            _SERVER["server"] = f"{PG_ENV} is not set"
        else:
            server = PgServer(url)
            try:
                with server.admin.connect() as conn:
                    conn.execute(text("SELECT 1"))
                _SERVER["server"] = server
                request.config.add_cleanup(server.close)
                request.config.add_cleanup(_SERVER.clear)
            except Exception as exc:  # noqa: BLE001 - any connection failure means: no server for these tests
                server.admin.dispose()
                _SERVER["server"] = (f"the server at {server.base.render_as_string(hide_password=True)} is not "
                                     f"reachable: {str(exc).splitlines()[0]}")
    found = _SERVER["server"]
    if isinstance(found, str):
        _unavailable(found)
    assert isinstance(found, PgServer)
    return found


@pytest.fixture
def pg_server(request: pytest.FixtureRequest) -> PgServer:
    return server_for(request)


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """URL of an empty, migrated PostgreSQL database for this test."""
    return pg_server.empty_database()


@pytest.fixture
def pg_db(pg_url: str, tmp_path: Path) -> Iterator[Database]:
    database = open_database(pg_url, evidence_dir=tmp_path / "server-evidence")
    yield database
    database.dispose()


@pytest.fixture(params=BACKENDS)
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated database: a SQLite file in tmp_path, or a PostgreSQL database on the test server."""
    if request.param == "sqlite":
        database = open_database(tmp_path / "test.sqlite3")
    else:
        url = server_for(request).empty_database()
        database = open_database(url, evidence_dir=tmp_path / "server-evidence")
    yield database
    database.dispose()


@pytest.fixture(name="db")
def db_on_both_backends(any_db: Database) -> Database:
    """Overrides tests/conftest.py's `db` in a module that imports it, so fixtures built on `db` run on both."""
    return any_db
