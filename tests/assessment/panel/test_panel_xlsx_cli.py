"""Excel exports (formula text neutralised, numbers stay numbers) and the panel CLI end to end."""

from __future__ import annotations

import json

import pytest
from helpers.panel_setup import ALICE, CAMPAIGN, CAROL, CHAIR, SEC, score_all
from openpyxl import load_workbook

from assessment import ops
from assessment.cli import run
from assessment.panel.xlsx import safe_cell


@pytest.mark.parametrize("raw, expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("\0x", "'x"), ("园区 A", "园区 A"), (-3.5, -3.5), (7, 7), (None, None),
])
def test_safe_cell(raw, expected):
    assert safe_cell(raw) == expected


def cli(capsys, panel, who: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(["--db", str(panel.db.path), "--actor", who, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_rank_xlsx_neutralises_and_keeps_numbers(panel, tmp_path, capsys):
    site_id = ops.get_site(panel.db, "PANEL-T-P1").id
    ops.update_site(panel.db, "setup", site_id, {"name": "=cmd|' /C calc'!A0"}, reason="test name")
    for who in (ALICE, CAROL, CHAIR):
        score_all(panel.db, who, "PANEL-T-P1", 4)
    run(["--db", str(panel.db.path), "--actor", CHAIR, "panel", "phase", "--campaign", CAMPAIGN, "--set", "read"])
    out = tmp_path / "rank.xlsx"
    code, text, _ = cli(capsys, panel, SEC, "rank", "--campaign", CAMPAIGN, "--xlsx", str(out))
    assert code == 0 and "tie-break" in text
    wb = load_workbook(out)
    assert wb.sheetnames == ["Overall 总排名", "park", "Method 说明"]
    ws = wb["Overall 总排名"]
    rows = {r[2]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    p1 = rows["PANEL-T-P1"]
    assert p1[3] == "'=cmd|' /C calc'!A0"
    assert isinstance(p1[0], int) and isinstance(p1[7], int | float) and p1[9] == 4 + 4 + 3
    assert any("Tie-break" == r[0] for r in wb["Method 说明"].iter_rows(values_only=True))


def test_compare_xlsx_marks_best(panel, tmp_path, capsys):
    score_all(panel.db, ALICE, "PANEL-T-P1", 6)
    score_all(panel.db, ALICE, "PANEL-T-P3", 2)
    run(["--db", str(panel.db.path), "--actor", CHAIR, "panel", "phase", "--campaign", CAMPAIGN, "--set", "decision"])
    out = tmp_path / "cmp.xlsx"
    code, text, _ = cli(capsys, panel, ALICE, "compare", "PANEL-T-P1", "PANEL-T-P3", "--campaign", CAMPAIGN,
                        "--xlsx", str(out))
    assert code == 0 and "* best value" in text
    ws = load_workbook(out)["Comparison 对比"]
    c3 = next(r for r in ws.iter_rows(min_row=3) if r[1].value == "PK-C3")
    assert (c3[5].value, c3[6].value) == (6, 2)
    assert c3[5].fill.fgColor.rgb.endswith("C6EFCE") and c3[6].fill.fgColor.rgb != c3[5].fill.fgColor.rgb


def test_secretariat_scripts_the_whole_process(panel, tmp_path, capsys):
    assert cli(capsys, panel, SEC, "panel", "members", "--campaign", CAMPAIGN)[1].count("panel_member") == 3
    code, _, err = cli(capsys, panel, ALICE, "panel", "phase", "--campaign", CAMPAIGN, "--set", "read")
    assert code == 1 and "only the panel chair" in err
    assert cli(capsys, panel, CHAIR, "panel", "suggest", "--campaign", CAMPAIGN)[1].count("suggested") == 1
    for who in (ALICE, CAROL):
        for item, pts in (("PK-C3", "5"), ("PK-S2", "4"), ("PK-X3", "2")):
            assert cli(capsys, panel, who, "panel", "score", "PANEL-T-P1", item, pts, "--comment", "ok",
                       "--campaign", CAMPAIGN)[0] == 0
    code, out, _ = cli(capsys, panel, CHAIR, "panel", "status", "--campaign", CAMPAIGN, "--json")
    assert json.loads(out)["progress"][ALICE] == "3/9"
    export = tmp_path / "alice.json"
    assert cli(capsys, panel, ALICE, "panel", "export-scores", str(export), "--campaign", CAMPAIGN)[0] == 0
    code, out, _ = cli(capsys, panel, SEC, "panel", "import-scores", str(export), "--campaign", CAMPAIGN)
    assert code == 0 and "0 score(s) imported, 3 unchanged" in out
    for phase in ("read", "revise", "decision"):
        assert cli(capsys, panel, CHAIR, "panel", "phase", "--campaign", CAMPAIGN, "--set", phase)[0] == 0
    code, out, _ = cli(capsys, panel, SEC, "decide", "PANEL-T-P1", "--outcome", "awarded", "--for", "3",
                       "--against", "1", "--rationale", "best park in the batch", "--campaign", CAMPAIGN)
    assert code == 0 and "awarded  (for 3, against 1, abstain 0)" in out and "frozen score" in out
    code, out, _ = cli(capsys, panel, SEC, "rank", "--campaign", CAMPAIGN, "--json")
    data = json.loads(out)
    p1 = next(r for r in data["overall"] if r["site_code"] == "PANEL-T-P1")
    assert p1["source"] == "decision" and p1["outcome"] == "awarded" and data["awarded"] == {"park": 1}
    code, _, err = cli(capsys, panel, "nobody", "rank", "--campaign", CAMPAIGN)
    assert code == 1 and "not a known person" in err
