"""Import preview of a workbook or CSV: mapped columns, the rows, and every problem with row/column/value/reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from assessment.db import Database
from assessment.errors import AssessmentError, ValidationError
from assessment.exchange.columns import (
    EXAMPLE_CODE,
    KINDS,
    SIGNATURES,
    Column,
    aliases,
    carrier_aliases,
    column_letter,
    norm,
)
from assessment.exchange.workbook_read import RawSheet, read_file
from assessment.fields import SITE_FIELD_MAP, clean_value
from assessment.models import Assessment, Site
from assessment.ops.activity import KEY_FIELDS, clean_activity_row
from assessment.ops.common import find_campaign
from assessment.ops.responses import clean_response_value
from assessment.ops.sites import check_period
from assessment.scores import criteria_for

HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str
    value: str
    reason: str
    level: str = "error"  # "error" (row not stored) | "warning"

    def __str__(self) -> str:
        where = f"{self.sheet}" + (f" row {self.row}" if self.row else "") + (f", column {self.column}"
                                                                              if self.column else "")
        return f"{where}: '{self.value}' — {self.reason}" if self.value != "" else f"{where}: {self.reason}"


@dataclass(frozen=True)
class ColumnMap:
    letter: str
    header: str
    key: str | None  # None: not imported


@dataclass
class SheetPreview:
    name: str
    kind: str | None
    header_row: int
    columns: list[ColumnMap]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)  # (row number, cells as read)


@dataclass
class ImportPreview:
    file: str
    campaign_id: str
    campaign_code: str
    sheets: list[SheetPreview]
    problems: list[Problem]
    sites: list[dict[str, Any]] = field(default_factory=list)  # {"row","sheet","code","values","period","site_id"}
    activity: list[dict[str, Any]] = field(default_factory=list)  # {"row","sheet","site_code","data"}
    answers: list[dict[str, Any]] = field(default_factory=list)  # {"row","sheet","site_code","item","value","note"}
    examples_skipped: int = 0

    @property
    def bad_rows(self) -> set[tuple[str, int]]:
        return {(p.sheet, p.row) for p in self.problems if p.level == "error" and p.row}

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    def summary(self) -> dict[str, Any]:
        return {"file": self.file, "campaign": self.campaign_code,
                "sheets": [{"name": s.name, "kind": s.kind, "rows": len(s.rows),
                            "columns": {c.letter: c.key for c in s.columns}} for s in self.sheets],
                "sites": len(self.sites), "activity_rows": len(self.activity), "answers": len(self.answers),
                "problems": [p.__dict__ for p in self.problems]}

    def describe(self, limit: int = 50) -> str:
        lines = [f"{self.file} -> campaign {self.campaign_code}"]
        for s in self.sheets:
            if s.kind is None:
                lines.append(f"  sheet '{s.name}': not imported (no known columns)")
                continue
            mapped = ", ".join(f"{c.letter}={c.key}" for c in s.columns if c.key)
            lines.append(f"  sheet '{s.name}' ({s.kind}): {len(s.rows)} row(s); columns {mapped}")
            ignored = [f"{c.letter} '{c.header}'" for c in s.columns if not c.key and c.header]
            if ignored:
                lines.append(f"    ignored columns: {', '.join(ignored)}")
        lines.append(f"  valid: {len(self.sites)} site(s), {len(self.activity)} monthly row(s), "
                     f"{len(self.answers)} answer(s); example rows skipped: {self.examples_skipped}")
        errors = self.errors
        lines.append(f"  {len(errors)} problem(s)" + (":" if errors else ""))
        lines.extend(f"    {p}" for p in errors[:limit])
        if len(errors) > limit:
            lines.append(f"    … and {len(errors) - limit} more")
        return "\n".join(lines)


def cell_text(value: Any, month: bool = False) -> str:
    """A cell as text: whole numbers without '.0', dates as ISO (YYYY-MM for months)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m") if month else value.isoformat()
    return str(value).strip()


def _find_header(sheet: RawSheet) -> tuple[str, int, dict[int, str]] | None:
    for r, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        for kind, sig in SIGNATURES.items():
            table = aliases(kind)
            mapped = {i: table[norm(v)] for i, v in enumerate(row) if norm(v) in table}
            if sig <= set(mapped.values()):
                return kind, r, mapped
    return None


class _Builder:
    def __init__(self, preview: ImportPreview, known: dict[str, dict[str, Any]], camp: Any, year: int) -> None:
        self.p = preview
        self.known = known  # site code -> {"site_id","site_type","period","status","is_current"}
        self.camp = camp
        self.year = year
        self.carriers = carrier_aliases()
        self.criteria: dict[str, Any] = {}
        self.bad_sites: dict[str, int] = {}
        self.label_cache: dict[str, dict[str, str]] = {}

    def problem(self, sheet: str, row: int | None, col: str, value: Any, reason: str, level: str = "error") -> None:
        self.p.problems.append(Problem(sheet, row, col, cell_text(value), reason, level))

    def cells(self, sheet: RawSheet, sp: SheetPreview, mapped: dict[int, str], r: int, columns: dict[str, Column]
              ) -> tuple[dict[str, Any], dict[str, str], bool]:
        """Values by key, column label by key, and whether any cell is a problem (merged / empty formula)."""
        row = sheet.rows[r]
        number = r + 1
        labels = self._labels(sheet.name, mapped, columns)
        values: dict[str, Any] = {}
        bad = False
        width = len(row)
        for i, key in mapped.items():
            raw = row[i] if i < width else ""
            if columns[key].text:
                raw = cell_text(raw, month=key in ("month", "period_start", "period_end"))
            values[key] = raw
        if sheet.empty_formulas:
            for i, key in mapped.items():
                if (number, i) in sheet.empty_formulas:
                    self.problem(sheet.name, number, labels[key], "", "a formula without a saved result: open the "
                                 "file in Excel, let it calculate, save, and import again (or paste values)")
                    bad = True
        for r0, c0, r1, c1 in sheet.merged:
            if r0 <= number <= r1 and any(c0 <= i <= c1 for i in mapped) and r1 > r0:
                self.problem(sheet.name, number, f"{column_letter(c0)}:{column_letter(c1)}", "",
                             f"merged cells {column_letter(c0)}{r0}:{column_letter(c1)}{r1}: unmerge them and "
                             "fill every row")
                bad = True
                break
        return values, labels, bad

    def _labels(self, sheet: str, mapped: dict[int, str], columns: dict[str, Column]) -> dict[str, str]:
        got = self.label_cache.get(sheet)
        if got is None:
            got = self.label_cache[sheet] = {key: f"{column_letter(i)} ({columns[key].header})"
                                             for i, key in mapped.items()}
        return got

    def site_row(self, sheet: RawSheet, sp: SheetPreview, mapped: dict[int, str], r: int) -> None:
        values, where, bad = self.cells(sheet, sp, mapped, r, {c.key: c for c in KINDS["sites"]})
        number = r + 1
        code = values.get("code", "")
        if not code:
            self.problem(sheet.name, number, where.get("code", "A"), "", "the site code is required")
            return
        existing = self.known.get(code)
        clean: dict[str, Any] = {}
        for key, value in values.items():
            if key == "lifecycle_stage" and value == "":
                continue  # defaults to "operation" for a new site, stays as it is for a known one
            if key in SITE_FIELD_MAP:
                try:
                    clean[key] = clean_value(SITE_FIELD_MAP[key], value)
                except ValidationError as exc:
                    self.problem(sheet.name, number, where[key], value, exc.problem)
                    bad = True
        if existing is None:
            for key in ("name", "site_type"):
                if clean.get(key) is None and not any(p.row == number and p.sheet == sheet.name
                                                      and p.column == where.get(key) for p in self.p.problems):
                    self.problem(sheet.name, number, where.get(key, key), "", "is required for a new site")
                    bad = True
            clean["lifecycle_stage"] = clean.get("lifecycle_stage") or "operation"
        else:
            clean = {k: v for k, v in clean.items() if v is not None or k not in ("name", "site_type",
                                                                                  "lifecycle_stage")}
        period = None
        if values.get("period_start") or values.get("period_end"):
            try:
                period = check_period(values.get("period_start") or f"{self.year}-01",
                                      values.get("period_end") or f"{self.year}-12")
            except ValidationError as exc:
                self.problem(sheet.name, number, where.get(exc.field, exc.field), exc.value, exc.problem)
                bad = True
        if any(s["code"] == code for s in self.p.sites):
            self.problem(sheet.name, number, where["code"], code, "this site code appears twice in the sheet")
            return
        if bad:
            self.bad_sites.setdefault(code, number)
            return
        self.p.sites.append({"row": number, "sheet": sheet.name, "code": code, "values": clean, "period": period,
                             "site_id": existing["site_id"] if existing else None})
        self.known.setdefault(code, {"site_id": None, "site_type": clean.get("site_type"),
                                     "period": period or (f"{self.year}-01", f"{self.year}-12"),
                                     "status": "draft", "is_current": True, "new": True})
        if period and existing is None:
            self.known[code]["period"] = period

    def _site(self, sheet: str, number: int, where: dict[str, str], code: str) -> dict[str, Any] | None:
        site = self.known.get(code)
        if code in self.bad_sites:
            self.problem(sheet, number, where.get("site_code", "A"), code,
                         f"this site's row {self.bad_sites[code]} in the Sites sheet has problems; fix it first")
            return None
        if site is None:
            self.problem(sheet, number, where.get("site_code", "A"), code,
                         "unknown site code: not in this database nor in the Sites sheet")
            return None
        if site["status"] == "decided" or not site["is_current"]:
            self.problem(sheet, number, where.get("site_code", "A"), code, "the assessment of this site is decided; "
                         "start an amendment before importing new data")
            return None
        return site

    def activity_row(self, sheet: RawSheet, sp: SheetPreview, mapped: dict[int, str], r: int,
                     seen: dict[tuple[str, ...], int]) -> None:
        values, where, bad = self.cells(sheet, sp, mapped, r, {c.key: c for c in KINDS["activity"]})
        number = r + 1
        code = values.get("site_code", "")
        site = self._site(sheet.name, number, where, code) if code else None
        if not code:
            self.problem(sheet.name, number, where.get("site_code", "A"), "", "the site code is required")
        if site is None or bad:
            return
        carrier = self.carriers.get(norm(values.get("carrier")), values.get("carrier"))
        try:
            clean = clean_activity_row({**values, "carrier": carrier}, site["period"])
        except ValidationError as exc:
            key = exc.field.split()[-1]
            self.problem(sheet.name, number, where.get(key, key), exc.value, exc.problem)
            return
        key_ = (code, *(str(clean[k]) for k in KEY_FIELDS))
        if key_ in seen:
            self.problem(sheet.name, number, where.get("month", "month"), clean["month"],
                         f"duplicates row {seen[key_]} (same site, carrier, meter and month)")
            return
        seen[key_] = number
        self.p.activity.append({"row": number, "sheet": sheet.name, "site_code": code, "data": clean})

    def answer_row(self, sheet: RawSheet, sp: SheetPreview, mapped: dict[int, str], r: int, default_code: str | None
                   ) -> bool:
        """False when the line is not answered (not shown, not stored)."""
        values, where, bad = self.cells(sheet, sp, mapped, r, {c.key: c for c in KINDS["checklist"]})
        number = r + 1
        if values.get("answer", "") == "" and not values.get("note"):
            return False
        code = values.get("site_code") or default_code
        if not code:
            self.problem(sheet.name, number, where.get("site_code", "A"), "",
                         "the site code is required when the workbook holds several sites")
            return True
        site = self._site(sheet.name, number, where, code)
        if site is None or bad:
            return True
        site_type = site["site_type"]
        if site_type not in self.criteria:
            self.criteria[site_type] = criteria_for(self.camp, site_type)
        item = values.get("item_code", "")
        try:
            value = clean_response_value(self.criteria[site_type], item, values.get("answer"))
        except ValidationError as exc:
            col = "item_code" if "not an item" in exc.problem else "answer"
            self.problem(sheet.name, number, where.get(col, col), exc.value, exc.problem)
            return True
        note = str(values.get("note") or "").strip() or None
        self.p.answers.append({"row": number, "sheet": sheet.name, "site_code": code, "item": item, "value": value,
                               "note": note})
        return True


def preview_file(db: Database, path: Path | str, *, campaign: str | None = None,
                 progress: Callable[[int, int], None] | None = None) -> ImportPreview:
    """Read and check everything; store nothing. progress(done, total) may raise to cancel."""
    path = Path(path)
    sheets = read_file(path)
    with db.read() as s:
        camp = find_campaign(s, campaign)
        s.expunge(camp)
        known: dict[str, dict[str, Any]] = {}
        q = (select(Site.code, Site.id, Site.site_type, Assessment.period_start, Assessment.period_end,
                     Assessment.status, Assessment.is_current)
             .outerjoin(Assessment, (Assessment.site_id == Site.id) & (Assessment.campaign_id == camp.id)
                        & Assessment.is_current.is_(True)))
        for code, sid, stype, p0, p1, status, current in s.execute(q):
            known[code] = {"site_id": sid, "site_type": stype,
                           "period": (p0, p1) if p0 else (f"{camp.year}-01", f"{camp.year}-12"),
                           "status": status or "draft", "is_current": True if current is None else current}
    preview = ImportPreview(path.name, camp.id, camp.code, [], [])
    b = _Builder(preview, known, camp, camp.year)
    found = []
    for sheet in sheets:
        head = _find_header(sheet)
        if head is None:
            preview.sheets.append(SheetPreview(sheet.name, None, 0, []))
            continue
        kind, r, mapped = head
        header = sheet.rows[r]
        sp = SheetPreview(sheet.name, kind, r + 1, [ColumnMap(column_letter(i), cell_text(v), mapped.get(i))
                                                    for i, v in enumerate(header)])
        preview.sheets.append(sp)
        missing = [c for c in KINDS[kind] if c.required and c.key not in mapped.values()]
        for c in missing:
            b.problem(sheet.name, r + 1, c.header, "", f"the column '{c.header}' is missing")
        found.append((["sites", "activity", "checklist"].index(kind), sheet, sp, mapped, r))
    if not found:
        raise AssessmentError(f"{path.name}: no sheet with known columns (use 'python main.py template' to get "
                              "a workbook with the right headers)")
    seen: dict[tuple[str, ...], int] = {}
    total = sum(len(f[1].rows) for f in found)
    done = 0
    for _order, sheet, sp, mapped, r in sorted(found, key=lambda f: f[0]):
        if any(p.row == r + 1 and p.sheet == sheet.name for p in preview.problems):
            continue  # a required column is missing: the rows cannot be read
        code_col = next((i for i, k in mapped.items() if k in ("code", "site_code")), None)
        codes = {s["code"] for s in preview.sites} or {a["site_code"] for a in preview.activity}
        default = next(iter(codes)) if len(codes) == 1 else None
        for i in range(r + 1, len(sheet.rows)):
            done += 1
            if progress is not None and done % 1000 == 0:
                progress(done, total)
            row = sheet.rows[i]
            if all(v is None or v == "" for v in row):
                continue
            if code_col is not None and code_col < len(row) and cell_text(row[code_col]) == EXAMPLE_CODE:
                preview.examples_skipped += 1
                continue
            if sp.kind == "sites":
                b.site_row(sheet, sp, mapped, i)
            elif sp.kind == "activity":
                b.activity_row(sheet, sp, mapped, i, seen)
            elif not b.answer_row(sheet, sp, mapped, i, default):
                continue  # a checklist line left unanswered
            sp.rows.append((i + 1, row))
    return preview
