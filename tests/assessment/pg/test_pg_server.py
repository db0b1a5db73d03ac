"""Opening a server database: migrations, health check, clear messages, the writer lock, the CLI on --db-url."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select, text

from assessment import ops
from assessment.audit import verify_chain
from assessment.cli import run
from assessment.db import open_database
from assessment.errors import DatabaseBusyError, DatabaseCorruptError, DatabaseUnavailableError, NotFoundError
from assessment.migrate import current_revision, head_revision
from assessment.models import AuditEvent, Site
from scoring import list_factor_sets
from tests.assessment.conftest import pins


def make_campaign(db) -> None:
    ops.create_campaign(db, "secretariat", code="C2023", name="批次", year=2023, criteria_versions=pins(),
                        factor_set_version=list_factor_sets()[-1].version)


def test_rolled_back_save_leaves_no_gap_in_the_audit_chain(any_db):
    make_campaign(any_db)
    # create_site writes its audit event, then fails on the unknown campaign: the whole save rolls back
    with pytest.raises(NotFoundError):
        ops.create_site(any_db, "tester", {"name": "x", "site_type": "park"}, campaign="NOPE")
    ops.create_site(any_db, "tester", {"name": "y", "site_type": "park"}, campaign="C2023")
    with any_db.read() as s:
        assert [str(p) for p in verify_chain(s)] == []
        seqs = list(s.execute(select(AuditEvent.seq).order_by(AuditEvent.seq)).scalars())
        assert s.execute(select(Site.name)).scalars().all() == ["y"]
    assert seqs == [1, 2, 3]  # campaign, site, assessment: no number burnt by the rolled-back save


def test_search_ignores_case_on_both_backends(any_db):
    make_campaign(any_db)
    ops.create_site(any_db, "tester", {"name": "Lotus Park 莲花山", "site_type": "park"}, campaign="C2023")
    assert [r.name for r in ops.list_sites(any_db, "C2023", search="lotus")] == ["Lotus Park 莲花山"]
    assert [r.name for r in ops.list_sites(any_db, "C2023", search="莲花")] == ["Lotus Park 莲花山"]


def test_new_server_database_gets_the_same_migrations_and_passes_its_check(pg_server, tmp_path):
    url = pg_server.create_database().render_as_string(hide_password=False)
    with ThreadPoolExecutor(3) as pool:  # three clients starting at once against a new server
        dbs = list(pool.map(lambda _: open_database(url, evidence_dir=tmp_path), range(3)))
    try:
        assert all(current_revision(db) == head_revision(db) for db in dbs)
        assert dbs[0].integrity_check() == []
        assert dbs[0].evidence_dir == tmp_path
    finally:
        for db in dbs:
            db.dispose()


def test_server_with_a_missing_table_is_refused_with_the_problem(pg_server, tmp_path):
    url = pg_server.create_database().render_as_string(hide_password=False)
    db = open_database(url)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE evidence_item"))
    assert db.integrity_check() == ["table evidence_item is missing"]
    db.dispose()
    with pytest.raises(DatabaseCorruptError, match="table evidence_item is missing"):
        open_database(url)


def test_plain_postgresql_url_uses_the_installed_driver(pg_url, tmp_path):
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    db = open_database(plain, evidence_dir=tmp_path)
    try:
        assert db.url == pg_url and db.integrity_check() == []
    finally:
        db.dispose()


def test_unreachable_server_is_one_clear_line_without_the_password():
    with pytest.raises(DatabaseUnavailableError) as err:
        open_database("postgresql+psycopg://panel:s3cret-pw@127.0.0.1:1/lcs")
    message = str(err.value)
    assert "cannot reach the database server postgresql+psycopg://panel:***@127.0.0.1:1/lcs" in message
    assert "s3cret" not in message and "\n" not in message


def test_a_save_waits_for_another_writer_then_tells_the_user(pg_db, pg_url):
    make_campaign(pg_db)
    site, _ = ops.create_site(pg_db, "tester", {"name": "园区", "site_type": "park"}, campaign="C2023")
    other = open_database(pg_url, busy_timeout_ms=300)
    try:
        with pg_db.write():  # e.g. someone's long import holds the writer lock
            with pytest.raises(DatabaseBusyError, match="Nothing was saved; try again"):
                ops.update_site(other, "member", site.id, {"occupants": 5})
        assert ops.get_site(pg_db, site.id).occupants is None
        assert ops.update_site(other, "member", site.id, {"occupants": 5}).occupants == 5
    finally:
        other.dispose()


def test_connection_lost_while_saving_is_told_and_the_next_save_works(pg_db):
    make_campaign(pg_db)
    site, _ = ops.create_site(pg_db, "tester", {"name": "园区", "site_type": "park"}, campaign="C2023")
    with pytest.raises(DatabaseUnavailableError, match="connection to the database server .* was lost while saving"):
        with pg_db.write() as s:
            s.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))  # the server drops this client
    assert ops.update_site(pg_db, "tester", site.id, {"occupants": 7}).occupants == 7


def test_cli_works_against_the_server(pg_url, capsys):
    assert run(["sites", "--db-url", pg_url, "--json"]) == 0  # a new database gets the demo campaign
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 5 and all(r["total"] is not None for r in rows)
    assert run(["check", "--db-url", pg_url]) == 0
    assert "database integrity: ok" in capsys.readouterr().out
