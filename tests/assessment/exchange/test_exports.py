"""Exports: formula injection neutralised, numbers stay numbers, CSV in UTF-8 with BOM, atomic files."""

from __future__ import annotations

import csv

import pytest
from python_calamine import CalamineWorkbook

from assessment import ops
from assessment.exchange.exports import export_table
from assessment.exchange.tables import safe_cell, write_table
from tests.assessment.conftest import ACTOR, twelve_months
from tests.assessment.pg.backends import any_db, db_on_both_backends  # noqa: F401 (SQLite and PostgreSQL)


@pytest.mark.parametrize("text", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "\0x"])
def test_dangerous_text_prefixed(text):
    assert safe_cell(text) == "'" + text


def test_numbers_and_plain_text_unchanged():
    assert safe_cell(-5) == -5 and safe_cell(2.5) == 2.5 and safe_cell("园区") == "园区"


@pytest.fixture
def evil(park):
    ops.update_site(park.db, ACTOR, park.site_id, {"name": '=HYPERLINK("http://x","点我")', "district": "@SUM(1)"})
    ops.record_activity(park.db, ACTOR, park.assessment_id, twelve_months(qty=1234.5))
    return park


def test_csv_export_utf8_bom_and_neutralised(evil, tmp_path):
    out = tmp_path / "sites.csv"
    export_table(evil.db, "sites", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[1][1] == "'=HYPERLINK(\"http://x\",\"点我\")" and rows[1][4] == "'@SUM(1)"


def test_xlsx_export_text_stays_text_numbers_stay_numbers(evil, tmp_path):
    out = tmp_path / "activity.xlsx"
    export_table(evil.db, "activity", out)
    export_table(evil.db, "sites", tmp_path / "sites.xlsx")
    act = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert act[1][4] == 1234.5 and isinstance(act[1][4], float)
    sites = CalamineWorkbook.from_path(str(tmp_path / "sites.xlsx")).get_sheet_by_index(0).to_python()
    assert sites[1][1] == "'=HYPERLINK(\"http://x\",\"点我\")"


def test_scores_and_ranking(evil, tmp_path):
    assert export_table(evil.db, "scores", tmp_path / "s.xlsx").rows > 1
    ranking = export_table(evil.db, "ranking", tmp_path / "r.csv")
    assert ranking.rows == 1
    rows = list(csv.reader((tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][:3] == ["park", "1", ops.get_site(evil.db, evil.site_id).code]


def test_failed_export_leaves_no_partial_file(tmp_path):
    out = tmp_path / "x.csv"

    def rows():
        yield [1]
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_table(out, [("s", ["a"], rows())])
    assert list(tmp_path.iterdir()) == []
