"""The headless CLI: exit codes, JSON output, backup and check, on the demo database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from main import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_sites_json_lists_demo_candidates(demo_db, capsys):
    code, out, _ = run(capsys, "sites", "--db", str(demo_db.path), "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) >= 12
    assert {r["site_type"] for r in rows} == {"park", "school", "building", "public_facility"}
    assert all(r["name"].startswith("示例") for r in rows)


def test_show_and_unknown_site(demo_db, capsys):
    code, out, _ = run(capsys, "show", "DEMO-P01", "--db", str(demo_db.path))
    assert code == 0 and "示例·光明科创近零碳产业园" in out and "grid_electricity" in out
    code, out, err = run(capsys, "show", "NOPE", "--db", str(demo_db.path))
    assert code == 1 and err.startswith("error: no site") and err.count("\n") == 1


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["sites", "--no-such-flag"])
    assert exc.value.code == 2


def test_backup_and_check(demo_db, tmp_path, capsys):
    out_file = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "backup", str(out_file), "--db", str(demo_db.path))
    assert code == 0 and out_file.exists()
    code, out, _ = run(capsys, "check", "--db", str(out_file), "--json")
    assert code == 0 and json.loads(out) == {"ok": True, "database": [], "audit_chain": []}
    code, _, err = run(capsys, "backup", str(out_file), "--db", str(demo_db.path))
    assert code == 1 and "already exists" in err


def test_score_what_if_is_marked_and_not_stored(demo_db, capsys):
    code, before, _ = run(capsys, "score", "DEMO-P03", "--db", str(demo_db.path), "--json")
    assert code == 0
    card = json.loads(before)
    code, out, _ = run(capsys, "score", "DEMO-P03", "--db", str(demo_db.path), "--what-if", "PK-E5=yes")
    assert code == 0 and out.startswith("WHAT-IF")
    code, again, _ = run(capsys, "score", "DEMO-P03", "--db", str(demo_db.path), "--json")
    assert json.loads(again) == card


def test_main_py_runs_as_a_script(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "criteria", "list"], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0 and "nzc_park" in proc.stdout


def test_corrupt_database_refused_then_restored_from_backup(demo_db, tmp_path, capsys):
    path = demo_db.path
    backup = tmp_path / "good.sqlite3"
    assert run(capsys, "backup", str(backup), "--db", str(path))[0] == 0
    demo_db.dispose()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096 * 5):  # scribble over several pages
        data[offset + 100:offset + 900] = b"\xff" * 800
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    code, _, err = run(capsys, "sites", "--db", str(path))
    assert code == 1 and ("integrity" in err or "cannot be opened" in err) and "restore" in err
    code, out, _ = run(capsys, "restore", str(backup), "--db", str(path))
    assert code == 0 and "kept as" in out
    code, out, _ = run(capsys, "sites", "--db", str(path), "--json")
    assert code == 0 and len(json.loads(out)) >= 12
    assert list(path.parent.glob("demo-replaced-*.sqlite3")), "the damaged file is kept, not deleted"


def test_a_mistyped_database_path_is_refused_and_nothing_is_created(tmp_path, capsys):
    missing = tmp_path / "campaign-2023.sqlite3"  # e.g. the user typed 2023 for 2025
    code, _, err = run(capsys, "sites", "--db", str(missing))
    assert code == 1 and f"no database file at {missing}" in err and "init --db" in err
    assert list(tmp_path.iterdir()) == []  # no stray database, backup folder or evidence folder


def test_init_creates_an_empty_database_and_demo_a_sample_one(tmp_path, capsys):
    empty, sample = tmp_path / "new.sqlite3", tmp_path / "sample.sqlite3"
    code, out, _ = run(capsys, "init", "--db", str(empty))
    assert code == 0 and "database ready" in out and "(empty)" in out
    code, out, err = run(capsys, "sites", "--db", str(empty))
    assert code == 1 and "campaign" in err  # stays empty: the demo is not added behind the user's back
    code, out, _ = run(capsys, "init", "--db", str(empty), "--json")
    assert code == 0 and json.loads(out)["campaigns"] == 0  # running it again changes nothing
    code, out, _ = run(capsys, "demo", "--db", str(sample))
    assert code == 0 and "13 sample sites" in out
