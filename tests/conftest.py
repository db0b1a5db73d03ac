"""Shared fixtures: offscreen Qt, data folder and database in tmp_path, a ready demo database."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and the default database never touch the real user folder."""
    data = tmp_path / "userdata"
    monkeypatch.setenv("LCS_DATA_DIR", str(data))
    monkeypatch.setenv("LCS_SETTINGS_DIR", str(tmp_path / "settings"))
    return data


@pytest.fixture(autouse=True)
def _no_leaked_threads():
    """A test that leaves a thread running fails (Qt workers, exporters)."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for t in leaked:
        t.join(timeout=5)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"threads left running: {still}"


@pytest.fixture
def db(tmp_path: Path):
    """An empty, migrated database in tmp_path."""
    from assessment.db import open_database

    database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.dispose()


_DEMO_CACHE: dict[str, Path] = {}


@pytest.fixture
def demo_db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """A database holding the demo campaign (built once per run, then copied)."""
    from assessment.bootstrap import open_app_database
    from assessment.db import open_database

    if "path" not in _DEMO_CACHE:
        base = tmp_path_factory.mktemp("demo-template")
        template = open_app_database(base / "demo.sqlite3")
        template.dispose()
        _DEMO_CACHE["path"] = base / "demo.sqlite3"
    src = _DEMO_CACHE["path"]
    dst = tmp_path / "demo.sqlite3"
    shutil.copy(src, dst)
    ev = src.parent / "demo-evidence"
    if ev.exists():
        shutil.copytree(ev, tmp_path / "demo-evidence")
    database = open_database(dst)
    yield database
    database.dispose()
