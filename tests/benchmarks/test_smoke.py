"""Benchmarks are not timed tests: CI runs each one at tiny size to prove it still works and prints figures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCRIPTS = sorted(HERE.glob("bench_*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_benchmark_runs_in_smoke_mode(script: Path, tmp_path: Path) -> None:
    env = {**os.environ, "BENCH_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(HERE.parents[1])}
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, env=env,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines, f"{script.name} printed no figures"
    for line in lines:
        figure = json.loads(line)
        assert {"figure", "value", "unit"} <= set(figure), line
        assert isinstance(figure["value"], int | float)
