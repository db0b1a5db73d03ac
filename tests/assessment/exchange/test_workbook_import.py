"""Workbook and CSV import: template round trip, typed values, every problem named, all or nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from assessment import ops
from assessment.errors import AssessmentError
from assessment.exchange.columns import ACTIVITY_SHEET, CHECKLIST_SHEET, SITE_COLUMNS, SITE_SHEET
from assessment.exchange.template import write_template
from assessment.exchange.workbook_import import commit_import, preview_file
from assessment.scores import compute_score
from scoring import CARRIERS, load_criteria_set
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)

SITE_KEYS = [c.key for c in SITE_COLUMNS]


def put(ws, row: int, values: list) -> None:
    for i, v in enumerate(values, 1):
        ws.cell(row=row, column=i, value=v)


def site_row(code="00123", **over) -> list:
    values = {"code": code, "name": "锦田示范园区", "site_type": "park", "district": "福田区", "floor_area_m2": 50000,
              "occupants": 800, "period_start": "2023-01", "period_end": "2023-12", **over}
    return [values.get(k) for k in SITE_KEYS]


def filled_workbook(tmp_path: Path, extra_activity: list[list] = (), answers: dict[int, str] | None = None) -> Path:
    path = tmp_path / "t.xlsx"
    write_template("park", path)
    wb = openpyxl.load_workbook(path)
    put(wb[SITE_SHEET], 3, site_row())
    act = wb[ACTIVITY_SHEET]
    for m in range(1, 13):
        put(act, 2 + m, ["00123", "电网购电", "0001", f"2023-{m:02d}", 100_000, "kWh", "meter", None])
    for i, row in enumerate(extra_activity):
        put(act, 15 + i, row)
    chk = wb[CHECKLIST_SHEET]
    for r, answer in (answers or {}).items():
        chk.cell(row=r, column=6, value=answer)
    wb.save(path)
    return path


def test_template_has_sheets_lists_units_and_example(tmp_path):
    path = write_template("park", tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:4] == ["说明 Instructions", SITE_SHEET, ACTIVITY_SHEET, CHECKLIST_SHEET]
    act = wb[ACTIVITY_SHEET]
    assert act["A2"].value == "示例-EXAMPLE" and act["F1"].value == "单位 Unit"
    formulas = {dv.formula1 for dv in act.data_validations.dataValidation}
    assert any("Lists" in (f or "") for f in formulas)
    lists = wb["代码 Lists"]
    assert lists.sheet_state == "hidden"
    assert {c.value for c in lists["A"]} >= set(CARRIERS)
    assert act.column_dimensions["A"].number_format == "@"  # codes are text: leading zeros kept
    codes = [c.value for c in wb[CHECKLIST_SHEET]["B"][1:] if c.value]
    cs = load_criteria_set("nzc_park")
    assert set(codes) == {g.code for g in cs.gates if g.kind in ("yes_no", "number")} | {
        it.code for it in cs.items if it.kind in ("yes_no", "choice", "number")}


def test_import_preview_then_commit_keeps_codes_as_text(campaign_db, tmp_path):
    path = filled_workbook(tmp_path, answers={2: "是"})
    counts = campaign_db.row_counts()
    preview = preview_file(campaign_db, path)
    assert preview.problems == [] and preview.examples_skipped == 2
    assert campaign_db.row_counts() == counts  # a preview stores nothing
    act = next(s for s in preview.sheets if s.kind == "activity")
    assert [c.key for c in act.columns][:6] == ["site_code", "carrier", "meter_id", "month", "quantity", "unit"]
    result = commit_import(campaign_db, "tester", preview)
    assert (result.sites_created, result.activity_added, result.answers_set) == (1, 12, 1)
    site = ops.get_site(campaign_db, "00123")
    assert site.name == "锦田示范园区" and site.floor_area_m2 == 50000.0
    aid = ops.site_assessment_id(campaign_db, "00123")
    rows = ops.list_activity(campaign_db, aid)
    assert {r.meter_id for r in rows} == {"0001"} and rows[0].carrier == "grid_electricity"
    assert compute_score(campaign_db, aid).account is not None
    # the same file again: nothing new, nothing changed
    again = commit_import(campaign_db, "tester", preview_file(campaign_db, path))
    assert (again.sites_created, again.activity_added, again.activity_updated) == (0, 0, 0)


BAD_ROWS = [
    (["00123", "grid_electricity", "0001", "2023-13", 5, "kWh"], "D", "2023-13", "YYYY-MM"),
    (["00123", "natural_gas", "0002", "2023-01", 5, "kg"], "F", "kg", "does not fit carrier"),
    (["00123", "natural_gas", "0002", "2023-02", "NA", "m3"], "E", "NA", "must be a number"),
    (["00123", "natural_gas", "0002", "2023-03", "None", "m3"], "E", "None", "must be a number"),
    (["00999", "natural_gas", "0002", "2023-01", 5, "m3"], "A", "00999", "unknown site code"),
    (["00123", "grid_electricity", "0001", "2023-01", 7, "kWh"], "D", "2023-01", "duplicates row 3"),
    (["00123", "grid_electricity", "0001", "2024-01", 7, "kWh"], "D", "2024-01", "outside the reporting period"),
    (["00123", "煤炭", "0001", "2023-02", 7, "t"], "B", "煤炭", "unknown carrier"),
]


@pytest.mark.parametrize(("row", "col", "value", "words"), BAD_ROWS)
def test_each_problem_names_sheet_row_column_value_reason(campaign_db, tmp_path, row, col, value, words):
    preview = preview_file(campaign_db, filled_workbook(tmp_path, [row]))
    assert len(preview.errors) == 1
    p = preview.errors[0]
    assert (p.sheet, p.row, p.column[0], p.value) == (ACTIVITY_SHEET, 15, col, value)
    assert words in p.reason


def test_all_or_nothing_unless_valid_rows_only(campaign_db, tmp_path):
    path = filled_workbook(tmp_path, [BAD_ROWS[2][0]], answers={2: "是", 3: "maybe"})
    preview = preview_file(campaign_db, path)
    assert {(p.sheet, p.row) for p in preview.errors} == {(ACTIVITY_SHEET, 15), (CHECKLIST_SHEET, 3)}
    counts = campaign_db.row_counts()
    with pytest.raises(AssessmentError, match="nothing was stored"):
        commit_import(campaign_db, "tester", preview)
    assert campaign_db.row_counts() == counts
    result = commit_import(campaign_db, "tester", preview, valid_rows_only=True)
    assert (result.activity_added, result.answers_set, result.rows_skipped) == (12, 1, 2)


def test_csv_utf8_with_bom(park, tmp_path):
    code = ops.get_site(park.db, park.site_id).code
    path = tmp_path / "data.csv"
    lines = ["场地编号,品种,表计编号,月份,数量,单位"] + [f"{code},grid_electricity,00042,2023-{m:02d},1200.5,kWh"
                                                      for m in range(1, 13)]
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    result = commit_import(park.db, "tester", preview_file(park.db, path))
    assert result.activity_added == 12
    assert {r.meter_id for r in ops.list_activity(park.db, park.assessment_id)} == {"00042"}


def test_csv_gbk_with_chinese_carrier_names(park, tmp_path):
    code = ops.get_site(park.db, park.site_id).code
    path = tmp_path / "gbk.csv"
    lines = ["场地编号,能源/资源品种,月份,数量,单位"] + [f"{code},天然气,2023-{m:02d},1000,立方米" for m in range(1, 4)]
    path.write_bytes("\n".join(lines).encode("gbk"))
    preview = preview_file(park.db, path)
    assert preview.problems == []
    commit_import(park.db, "tester", preview)
    rows = ops.list_activity(park.db, park.assessment_id)
    assert {(r.carrier, r.unit) for r in rows} == {("natural_gas", "立方米")}


def test_checklist_site_code_may_be_blank_with_one_site(campaign_db, tmp_path):
    preview = preview_file(campaign_db, filled_workbook(tmp_path, answers={2: "否"}))
    assert [(a["site_code"], a["value"]) for a in preview.answers] == [("00123", False)]
