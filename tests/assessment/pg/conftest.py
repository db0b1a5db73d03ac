"""Fixtures for the PostgreSQL tests: the server, an empty migrated database per test, both backends."""

from tests.assessment.pg.backends import any_db, pg_db, pg_server, pg_url  # noqa: F401
