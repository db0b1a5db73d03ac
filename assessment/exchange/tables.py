"""Writing tables to .xlsx or CSV safely: formula injection neutralised, numbers kept numeric, atomic files."""

from __future__ import annotations

import csv
import math
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from assessment.errors import ValidationError

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r", "\0")


def safe_cell(value: Any) -> Any:
    """Numbers stay numbers; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return None if isinstance(value, float) and (math.isnan(value) or math.isinf(value)) else value
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value)
    if text.startswith(DANGEROUS_START):
        return "'" + text
    return text


def atomic_write(out: Path, write: Any) -> Path:
    """write(tmp_path) into a temporary file beside out, flushed to disk, then renamed over out."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".export-", suffix=out.suffix)
    os.close(fd)
    try:
        write(Path(tmp))
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def write_table(out: Path | str, sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]) -> int:
    """Write one or more (sheet name, headers, rows); CSV takes the first sheet only. Returns data rows written."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("output", str(out), "must end in .xlsx or .csv")
    count = 0

    def write_csv(tmp: Path) -> None:
        nonlocal count
        name, headers, rows = sheets[0]
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:  # BOM: Excel on a Chinese system reads UTF-8
            w = csv.writer(f)
            w.writerow([safe_cell(h) for h in headers])
            for row in rows:
                w.writerow(["" if (v := safe_cell(x)) is None else v for x in row])
                count += 1

    def write_xlsx(tmp: Path) -> None:
        nonlocal count
        wb = Workbook(write_only=True)
        for name, headers, rows in sheets:
            ws = wb.create_sheet(name[:31])
            ws.append([safe_cell(h) for h in headers])
            for row in rows:
                ws.append([safe_cell(x) for x in row])
                count += 1
        wb.save(tmp)

    atomic_write(out, write_csv if suffix == ".csv" else write_xlsx)
    return count


__all__ = ["DANGEROUS_START", "atomic_write", "safe_cell", "write_table"]
