"""Reading .xlsx (python-calamine) and CSV (UTF-8 or GBK) into raw cell grids, refusing unsafe files first."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from python_calamine import CalamineWorkbook

from assessment.errors import AssessmentError
from assessment.exchange.zipsafe import BadPackageError, Limits, open_checked

MAX_CSV_BYTES = 200 * 1024**2
MAX_ROWS = 200_000
MAX_COLS = 200
XLSX_LIMITS = Limits(max_entries=5000, max_total_bytes=2 * 1024**3, max_entry_bytes=1024**3, max_ratio=1000)
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DIM = re.compile(rb'<dimension ref="([A-Z]+)?(\d+)?(?::([A-Z]+)(\d+))?"')
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_CELL_XML = re.compile(rb'<c r="([A-Z]+)(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_VALUE = re.compile(rb"<v>[^<]|<is>")


class WorkbookError(AssessmentError):
    """The whole file is refused (wrong format, encrypted, unsafe, too large); nothing was stored."""


@dataclass
class RawSheet:
    name: str
    rows: list[list[Any]]  # rows[i] is spreadsheet row i + 1
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # row0, col0, row1, col1 (1-based rows)
    empty_formulas: set[tuple[int, int]] = field(default_factory=set)  # (row 1-based, col 0-based)


def col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_file(path: Path | str) -> list[RawSheet]:
    path = Path(path)
    if not path.is_file():
        raise WorkbookError(f"{path} does not exist")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return [read_csv(path)]
    with open(path, "rb") as f:
        head = f.read(8)
    if head == CFB_MAGIC:
        data = path.read_bytes()[: 4 * 1024**2]
        if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
            raise WorkbookError(f"{path.name} is password-protected; remove the password in Excel "
                                "(File > Info > Protect Workbook) and import again")
        raise WorkbookError(f"{path.name} is an old Excel 97-2003 workbook (.xls, perhaps renamed); open it in "
                            "Excel and save it as .xlsx")
    if not head.startswith(b"PK"):
        raise WorkbookError(f"{path.name} is not an Excel .xlsx workbook or a CSV file")
    return read_xlsx(path)


def read_csv(path: Path) -> RawSheet:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise WorkbookError(f"{path.name} is larger than {MAX_CSV_BYTES // 2**20} MB")
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise WorkbookError(f"{path.name} is neither UTF-8 nor GBK text; save it as 'CSV UTF-8' and try again")
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    if len(rows) > MAX_ROWS:
        raise WorkbookError(f"{path.name} has {len(rows):,} rows (at most {MAX_ROWS:,})")
    return RawSheet(path.stem, rows)


def _sheet_paths(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> member path, from workbook.xml and its relationships."""
    rels: dict[str, str] = {}
    with zf.open("xl/_rels/workbook.xml.rels") as f:
        for _ev, el in iterparse(f):
            if el.tag.endswith("Relationship"):
                target = el.get("Target", "")
                target = target.lstrip("/") if target.startswith("/") else "xl/" + target
                rels[el.get("Id", "")] = target
    out: dict[str, str] = {}
    with zf.open("xl/workbook.xml") as f:
        for _ev, el in iterparse(f):
            if el.tag == f"{_NS}sheet":
                out[el.get("name", "")] = rels.get(el.get(_REL, ""), "")
    return out


def _scan_sheet(zf: zipfile.ZipFile, member: str, name: str) -> tuple[set[tuple[int, int]], int, int]:
    """Formulas without a cached value, and the real extent of cells holding values (a huge used range is fine
    when it holds nothing; stray values far out are refused)."""
    with zf.open(member) as f:
        head = f.read(4096)
    dim = _DIM.search(head)
    big = dim is None or (dim.group(4) is not None and (int(dim.group(4)) > MAX_ROWS
                                                       or col_index(dim.group(3).decode()) >= MAX_COLS))
    has_formula = False
    with zf.open(member) as f:
        tail = b""
        while chunk := f.read(1 << 20):
            if b"<f" in tail + chunk:
                has_formula = True
                break
            tail = chunk[-8:]
    empty: set[tuple[int, int]] = set()
    max_row = max_col = 0
    if not (big or has_formula):
        return empty, max_row, max_col
    with zf.open(member) as f:
        rest = b""
        while chunk := f.read(4 << 20):
            data = rest + chunk
            cut = data.rfind(b"</c>")
            cut = len(data) if cut < 0 else cut + 4
            for m in _CELL_XML.finditer(data, 0, cut):
                body = m.group(4) or b""
                has_v = bool(_VALUE.search(body))
                row, col = int(m.group(2)), col_index(m.group(1).decode())
                if b"<f" in body and not has_v:
                    empty.add((row, col))
                if has_v:
                    max_row, max_col = max(max_row, row), max(max_col, col)
            rest = data[cut:]
    if max_row > MAX_ROWS or max_col >= MAX_COLS:
        raise WorkbookError(f"sheet '{name}' has values out to row {max_row:,}, column {max_col + 1} (at most "
                            f"{MAX_ROWS:,} rows and {MAX_COLS} columns); delete the stray cells")
    return empty, max_row, max_col


def read_xlsx(path: Path) -> list[RawSheet]:
    try:
        zf = open_checked(path, XLSX_LIMITS)
    except BadPackageError as exc:
        raise WorkbookError(f"{path.name} is not a safe .xlsx workbook: {exc}") from None
    try:
        with zf:
            try:
                paths = _sheet_paths(zf)
            except KeyError:
                raise WorkbookError(f"{path.name} is a zip file but not an Excel workbook") from None
            scans = {name: _scan_sheet(zf, member, name) for name, member in paths.items()
                     if member in zf.namelist()}
    except zipfile.BadZipFile as exc:
        raise WorkbookError(f"{path.name} is damaged ({exc})") from None
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise WorkbookError(f"{path.name} cannot be read as a workbook ({exc})") from None
    sheets = []
    with wb:
        for name in wb.sheet_names:
            sh = wb.get_sheet_by_name(name)
            rows = sh.to_python(skip_empty_area=False)
            merged = [(r0 + 1, c0, r1 + 1, c1) for (r0, c0), (r1, c1) in (sh.merged_cell_ranges or [])]
            sheets.append(RawSheet(name, rows, merged, scans.get(name, (set(), 0, 0))[0]))
    return sheets
