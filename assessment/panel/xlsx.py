"""Excel export of the ranking and the comparison (openpyxl); formula-like text is neutralised."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from assessment.panel.comparison import Comparison
from assessment.panel.ranking import Ranking, RankRow

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\0")
BEST_FILL = PatternFill("solid", fgColor="C6EFCE")
BOLD = Font(bold=True)


def safe_cell(value: Any) -> Any:
    """Numbers stay numbers; text that a spreadsheet could run as a formula gets a leading apostrophe."""
    if value is None or isinstance(value, bool | int | float):
        return value
    text = str(value)
    if text.startswith(DANGEROUS_PREFIXES):
        text = "'" + text
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _put_row(ws: Worksheet, values: list[Any], bold: bool = False) -> None:
    ws.append([safe_cell(v) for v in values])
    if bold:
        for cell in ws[ws.max_row]:
            cell.font = BOLD


RANK_HEADER = ["Rank 排名", "Tied 并列", "Site code 编号", "Site 名称", "Type 类型", "Status 状态", "Outcome 结果",
               "Total 总分", "Tier 等级", "Panel points 评议分", "Score from 得分来源", "Criteria 标准版本",
               "Factors 因子版本", "What-if total 假设总分", "What-if tier 假设等级", "Shortlisted 入围",
               "Note 备注"]


def _rank_values(r: RankRow) -> list[Any]:
    return [r.rank, "yes" if r.tied else "", r.site_code, r.site_name, r.site_type, r.status, r.outcome, r.total,
            r.tier, r.panel_points, r.source, r.criteria_version, r.factor_version, r.what_if_total,
            r.what_if_tier, "yes" if r.shortlisted else "", r.note]


def _rank_sheet(ws: Worksheet, rows: tuple[RankRow, ...]) -> None:
    _put_row(ws, RANK_HEADER, bold=True)
    for r in rows:
        _put_row(ws, _rank_values(r))
    ws.freeze_panes = "A2"
    for col, width in zip("ABCDEFGHIJKLMNOPQ", (7, 6, 14, 36, 16, 13, 12, 9, 15, 10, 14, 10, 10, 10, 14, 9, 40),
                          strict=True):
        ws.column_dimensions[col].width = width


def ranking_workbook(r: Ranking) -> Workbook:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Overall 总排名"
    _rank_sheet(ws, r.overall)
    for site_type, rows in r.by_type.items():
        _rank_sheet(wb.create_sheet(f"{site_type}"[:31]), rows)
    info = wb.create_sheet("Method 说明")
    for line in ([("Campaign 批次", r.campaign), ("Exported for 导出人", r.viewer), ("Phase 阶段", r.phase),
                  ("Aggregation 汇总方法", r.aggregation), ("Tie-break", r.tie_break_en), ("并列规则", r.tie_break_zh)]
                 + [(f"Quota {t} 名额", q) for t, q in sorted(r.quotas.items())]
                 + [(f"Awarded {t} 已授予", n) for t, n in sorted(r.awarded.items())]
                 + [("Note 备注", n) for n in r.notes]):
        _put_row(info, list(line))
    info.column_dimensions["A"].width = 24
    info.column_dimensions["B"].width = 100
    return wb


def comparison_workbook(c: Comparison) -> Workbook:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Comparison 对比"
    _put_row(ws, ["Section 部分", "Code 代码", "指标", "Row", "Unit 单位", *[col.site_code for col in c.columns]],
             bold=True)
    _put_row(ws, ["", "", "名称", "Name", "", *[col.site_name for col in c.columns]])
    for row in c.rows:
        _put_row(ws, [row.section, row.key, row.label_zh, row.label_en, row.unit, *row.values])
        for k, best in enumerate(row.best):
            if best:
                cell = ws.cell(row=ws.max_row, column=6 + k)
                cell.fill = BEST_FILL
                cell.font = BOLD
    ws.freeze_panes = "F3"
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 36
    notes = wb.create_sheet("Notes 说明")
    _put_row(notes, ["Best value in each row is shaded green. 每行最优值以绿色标示。"])
    for n in c.notes:
        _put_row(notes, [n])
    return wb


def save(wb: Workbook, out: Path) -> Path:
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    wb.save(tmp)
    tmp.replace(out)
    return out
