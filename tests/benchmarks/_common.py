"""Shared bits of the benchmark scripts: smoke mode, JSON figure lines, a timer."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SMOKE = os.environ.get("BENCH_SMOKE") == "1" or "--quick" in sys.argv


def emit(figure: str, value: float, unit: str, target: str, **extra: object) -> None:
    line = {"figure": figure, "value": round(value, 4), "unit": unit, "target": target, "smoke": SMOKE, **extra}
    print(json.dumps(line, ensure_ascii=False), flush=True)


@contextmanager
def timer() -> Iterator[list[float]]:
    box: list[float] = []
    start = time.perf_counter()
    yield box
    box.append(time.perf_counter() - start)
