"""Bad workbooks: merged cells, formulas without results, password-protected, renamed .xls, huge ranges, bombs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from assessment.exchange.columns import ACTIVITY_COLUMNS, ACTIVITY_SHEET
from assessment.exchange.workbook_import import preview_file
from assessment.exchange.workbook_read import CFB_MAGIC, WorkbookError
from tests.assessment.conftest import ParkSite

HEAD = [c.header for c in ACTIVITY_COLUMNS]


def sheet(path: Path, rows: list[list], extra=None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = ACTIVITY_SHEET
    ws.append(HEAD)
    for r in rows:
        ws.append(r)
    if extra:
        extra(ws)
    wb.save(path)
    return path


def rows_for(code: str, n: int = 3) -> list[list]:
    return [[code, "grid_electricity", "M1", f"2023-{m:02d}", 1000, "kWh"] for m in range(1, n + 1)]


def test_merged_cells_named(park: ParkSite, tmp_path):
    code = park_code(park)
    path = sheet(tmp_path / "m.xlsx", rows_for(code), lambda ws: ws.merge_cells("A2:A4"))
    preview = preview_file(park.db, path)
    merged = [p for p in preview.errors if "merged cells A2:A4" in p.reason]
    assert {p.row for p in merged} == {2, 3, 4}
    assert preview.activity == []


def test_formula_without_cached_value(park: ParkSite, tmp_path):
    code = park_code(park)
    path = sheet(tmp_path / "f.xlsx", rows_for(code), lambda ws: ws.__setitem__("E3", "=E2*2"))
    preview = preview_file(park.db, path)
    [p] = preview.errors
    assert (p.row, p.column.split()[0]) == (3, "E") and "formula without a saved result" in p.reason
    assert len(preview.activity) == 2


def test_password_protected(park: ParkSite, tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(CFB_MAGIC + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 1000)
    with pytest.raises(WorkbookError, match="password-protected"):
        preview_file(park.db, path)


def test_renamed_xls(park: ParkSite, tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(CFB_MAGIC + b"\0" * 504 + "Workbook".encode("utf-16-le") + b"\0" * 1000)
    with pytest.raises(WorkbookError, match=r"Excel 97-2003 workbook \(\.xls"):
        preview_file(park.db, path)


def test_not_a_workbook(park: ParkSite, tmp_path):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    with pytest.raises(WorkbookError, match="not an Excel .xlsx workbook"):
        preview_file(park.db, path)


def test_huge_used_range_without_values_is_fine(park: ParkSite, tmp_path):
    code = park_code(park)
    path = sheet(tmp_path / "h.xlsx", rows_for(code),
                 lambda ws: setattr(ws.cell(row=1_048_576, column=16_384), "font", Font(bold=True)))
    preview = preview_file(park.db, path)
    assert preview.errors == [] and len(preview.activity) == 3


def test_stray_value_far_out_is_refused(park: ParkSite, tmp_path):
    code = park_code(park)
    path = sheet(tmp_path / "s.xlsx", rows_for(code),
                 lambda ws: setattr(ws.cell(row=1_048_576, column=16_384), "value", "x"))
    with pytest.raises(WorkbookError, match="delete the stray cells"):
        preview_file(park.db, path)


def test_zip_bomb_xlsx(park: ParkSite, tmp_path):
    path = sheet(tmp_path / "b.xlsx", rows_for(park_code(park)))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/bomb.bin", b"\0" * 60_000_000)
    with pytest.raises(WorkbookError, match="zip bomb"):
        preview_file(park.db, path)


def test_csv_neither_utf8_nor_gbk(park: ParkSite, tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"\x81\x30\xff\xfe\x00\x81" * 10)
    with pytest.raises(WorkbookError, match="neither UTF-8 nor GBK"):
        preview_file(park.db, path)


def park_code(park: ParkSite) -> str:
    from assessment import ops

    return ops.get_site(park.db, park.site_id).code
