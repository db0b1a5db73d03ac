"""The scoring benchmark runs in smoke mode and prints one JSON line per figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_benchmark_smoke_prints_figures() -> None:
    env = dict(os.environ, BENCH_SMOKE="1")
    out = subprocess.run([sys.executable, str(ROOT / "tests" / "benchmarks" / "bench_scoring.py")], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=300, check=True).stdout
    figures = {d["figure"]: d for d in map(json.loads, out.splitlines())}
    assert {"scoring.throughput", "scoring.single_p50", "scoring.single_p99"} <= set(figures)
    assert figures["scoring.throughput"]["unit"] == "assessments/s" and figures["scoring.throughput"]["value"] > 0
    assert figures["scoring.single_p50"]["unit"] == "ms"
