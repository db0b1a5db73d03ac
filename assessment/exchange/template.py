"""The data-entry workbook: instructions, sites, monthly data with units, checklist, drop-downs, an example."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from assessment.errors import ValidationError
from assessment.exchange.columns import (
    ACTIVITY_COLUMNS,
    ACTIVITY_SHEET,
    CHECKLIST_COLUMNS,
    CHECKLIST_SHEET,
    EXAMPLE_CODE,
    INSTRUCTIONS_SHEET,
    LISTS_SHEET,
    SITE_COLUMNS,
    SITE_SHEET,
    Column,
    column_letter,
)
from assessment.exchange.tables import atomic_write
from assessment.models import ACTIVITY_SOURCES, LIFECYCLE_STAGES, SITE_TYPES
from scoring import CARRIERS, CriteriaError, CriteriaSet, criteria_code_for_site_type, load_criteria_set

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
EXAMPLE_FONT = Font(italic=True, color="808080")
DATA_ROWS = 2000  # drop-downs cover this many rows
YES_NO = ("是", "否")


def criteria_for_kind(kind: str) -> CriteriaSet:
    """A site type (park, school, ...) or a criteria code, newest version."""
    try:
        return load_criteria_set(criteria_code_for_site_type(kind) if kind in SITE_TYPES else kind)
    except CriteriaError as exc:
        raise ValidationError("type", kind, f"is neither a site type with criteria nor a criteria set ({exc})") \
            from None


def allowed_text(item: object) -> str:
    kind = getattr(item, "kind", "")
    if kind == "yes_no":
        return "是 / 否 (yes / no)"
    if kind == "choice":
        return " / ".join(f"{c.key}={c.label_zh}" for c in item.choices)  # type: ignore[attr-defined]
    if kind == "number":
        unit = getattr(item, "unit", "")
        return f"数字 number{f' ({unit})' if unit else ''}"
    return ""


def _header(ws: Worksheet, columns: tuple[Column, ...]) -> None:
    for i, col in enumerate(columns, 1):
        cell = ws.cell(row=1, column=i, value=col.header)
        cell.font = Font(bold=True, color="C00000" if col.required else "000000")
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        dim = ws.column_dimensions[column_letter(i - 1)]
        dim.width = col.width
        if col.text:  # codes and ids stay text in Excel (leading zeros kept): the whole column is text
            dim.number_format = "@"
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32


def _example(ws: Worksheet, values: list[object]) -> None:
    for i, v in enumerate(values, 1):
        cell = ws.cell(row=2, column=i, value=v)
        cell.font = EXAMPLE_FONT


def _list_validation(ws: Worksheet, col_index: int, ref: str, title: str, last_row: int = DATA_ROWS + 1) -> None:
    dv = DataValidation(type="list", formula1=ref, allow_blank=True, showErrorMessage=True,
                        errorTitle=title, error=f"请从列表中选择 Choose from the list ({title})")
    ws.add_data_validation(dv)
    letter = column_letter(col_index)
    dv.add(f"{letter}2:{letter}{last_row}")


def _lists(wb: Workbook) -> dict[str, str]:
    ws = wb.create_sheet(LISTS_SHEET)
    units = sorted({u for c in CARRIERS.values() for u in c.units})
    lists = {"carrier": list(CARRIERS), "unit": units, "source": list(ACTIVITY_SOURCES),
             "site_type": list(SITE_TYPES), "lifecycle_stage": list(LIFECYCLE_STAGES), "yes_no": list(YES_NO),
             "occupant_kind": ["students", "staff", "visitors"]}
    refs = {}
    for i, (name, values) in enumerate(lists.items()):
        letter = column_letter(i)
        ws.cell(row=1, column=i + 1, value=name)
        for r, v in enumerate(values, 2):
            ws.cell(row=r, column=i + 1, value=v)
        refs[name] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}"
    ws.sheet_state = "hidden"
    return refs


def _instructions(ws: Worksheet, cs: CriteriaSet) -> None:
    lines = [
        (f"数据填报模板 Data-entry workbook — {cs.name_zh} / {cs.name_en} ({cs.code} {cs.version})", True),
        ("", False),
        ("1. 在“场地 Sites”表中每行填写一个场地；红色列标题为必填。Fill one site per row in 'Sites'; red headers "
         "are required.", False),
        ("2. 在“月度数据 Monthly data”表中每行填写一个表计一个月的数据，单位必须与品种相符。One meter, one month per "
         "row; the unit must fit the carrier.", False),
        ("3. 在“检查表 Checklist”表中回答各条目；若只填一个场地，场地编号可留空。Answer the checklist; the site code "
         "may stay empty when the workbook holds one site.", False),
        (f"4. 灰色斜体的示例行（场地编号 {EXAMPLE_CODE}）导入时会被跳过，可以保留或删除。The grey example row is "
         "skipped on import.", False),
        ("5. 编号类列为文本格式，前导零会保留；“NA”、“None”不会被当作数字。Code columns are text: leading zeros "
         "are kept; 'NA' is never read as a number — leave a cell empty when there is no value.", False),
        ("6. 不要合并单元格，不要用公式（或先保存计算结果）。Do not merge cells; avoid formulas.", False),
        ("", False),
        ("品种与单位 Carriers and units", True),
    ]
    for c in CARRIERS.values():
        lines.append((f"{c.code}    {c.name_zh} / {c.name_en}    单位 units: {', '.join(c.units)}", False))
    for r, (text, bold) in enumerate(lines, 1):
        cell = ws.cell(row=r, column=1, value=text)
        cell.font = Font(bold=bold, size=13 if r == 1 else 11)
    ws.column_dimensions["A"].width = 140


def build_template(kind: str) -> Workbook:
    cs = criteria_for_kind(kind)
    wb = Workbook()
    _instructions(wb.active, cs)
    wb.active.title = INSTRUCTIONS_SHEET
    refs = _lists(wb)

    sites = wb.create_sheet(SITE_SHEET, 1)
    _header(sites, SITE_COLUMNS)
    example = {"code": EXAMPLE_CODE, "name": "示例园区 Example park", "site_type": cs.site_type,
               "district": "南山区", "floor_area_m2": 52000, "occupants": 1800, "lifecycle_stage": "operation",
               "period_start": "2023-01", "period_end": "2023-12"}
    _example(sites, [example.get(c.key) for c in SITE_COLUMNS])
    keys = [c.key for c in SITE_COLUMNS]
    for name in ("site_type", "lifecycle_stage", "occupant_kind"):
        _list_validation(sites, keys.index(name), refs[name], name)

    act = wb.create_sheet(ACTIVITY_SHEET, 2)
    _header(act, ACTIVITY_COLUMNS)
    _example(act, [EXAMPLE_CODE, "grid_electricity", "0001", "2023-01", 125000, "kWh", "meter", "总表 main meter"])
    keys = [c.key for c in ACTIVITY_COLUMNS]
    for name in ("carrier", "unit", "source"):
        _list_validation(act, keys.index(name), refs[name], name)
    qty = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                         showErrorMessage=True, error="数量须为不小于0的数字 Quantity: a number, 0 or more")
    act.add_data_validation(qty)
    letter = column_letter(keys.index("quantity"))
    qty.add(f"{letter}2:{letter}{DATA_ROWS + 1}")

    chk = wb.create_sheet(CHECKLIST_SHEET, 3)
    _header(chk, CHECKLIST_COLUMNS)
    answer_col = [c.key for c in CHECKLIST_COLUMNS].index("answer")
    answerable: list[Any] = [g for g in cs.gates if g.kind in ("yes_no", "number")]
    answerable += [it for it in cs.items if it.kind in ("yes_no", "choice", "number")]
    for r, item in enumerate(answerable, 2):
        values = ["", item.code, f"{item.name_zh} / {item.name_en}", item.kind, allowed_text(item), None, None]
        for i, v in enumerate(values, 1):
            chk.cell(row=r, column=i, value=v)
        if item.kind in ("yes_no", "choice"):
            options = YES_NO if item.kind == "yes_no" else tuple(c.key for c in item.choices)
            dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True,
                                showErrorMessage=True, error="请从列表中选择 Choose from the list")
            chk.add_data_validation(dv)
            dv.add(f"{column_letter(answer_col)}{r}")
    return wb


def write_template(kind: str, out: Path | str) -> Path:
    """Write atomically (temp file, then rename)."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ValidationError("output", str(out), "must end in .xlsx")
    wb = build_template(kind)
    return atomic_write(out, lambda tmp: wb.save(tmp))
