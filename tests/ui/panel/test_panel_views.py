"""Panel widgets: the sheet stores scores, views show only what the person may see, chair controls work."""

from __future__ import annotations

from helpers.panel_setup import ALICE, BOB, CAMPAIGN, CAROL, CHAIR, SEC, score_all
from openpyxl import load_workbook
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLabel

from assessment.panel import scoring_ops, setup

SECRET = "ALICE-SECRET-REMARK"


def all_text(window) -> str:
    """Every cell, header and label the window holds (shown or not)."""
    parts = []
    for model in window.findChildren(QAbstractItemModel):
        for c in range(model.columnCount()):
            parts.append(str(model.headerData(c, Qt.Orientation.Horizontal)))
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                parts.append(str(model.index(r, c).data()))
                parts.append(str(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)))
    parts += [w.text() for w in window.findChildren(QLabel)]
    return "\n".join(parts)


def test_sheet_model_passes_the_model_tester_and_stores_an_edit(open_window, panel, qtmodeltester):
    w = open_window(ALICE)
    model = w.sheet.model
    qtmodeltester.check(model)
    assert model.rowCount() == 9  # 3 candidates x 3 judgement items
    row = next(r for r in range(model.rowCount()) if model.rows[r].site_code == "PANEL-T-P1"
               and model.rows[r].item_code == "PK-C3")
    assert model.flags(model.index(row, model.POINTS)) & Qt.ItemFlag.ItemIsEditable
    model.setData(model.index(row, model.POINTS), "4.5")
    stored = {(r.site_code, r.item_code): r.points for r in scoring_ops.my_sheet(panel.db, ALICE, CAMPAIGN)}
    assert stored[("PANEL-T-P1", "PK-C3")] == 4.5
    new_row = next(r for r in w.sheet.model.rows if r.site_code == "PANEL-T-P1" and r.item_code == "PK-C3")
    assert new_row.points == 4.5
    model.setData(model.index(row, model.POINTS), "9")
    assert w.ctx.errors and "between 0 and 6" in w.ctx.errors[-1]


def test_independent_phase_window_shows_no_other_member_scores(open_window, panel):
    score_all(panel.db, ALICE, "PANEL-T-P1", 5, SECRET)
    for who in (CAROL, CHAIR, SEC):
        w = open_window(who)
        w.compare.set_checked(["PANEL-T-P1", "PANEL-T-P3"])
        w.compare.compare_checked()
        for r in range(w.read.candidates.rowCount()):
            w.read.list.selectRow(r)
            assert SECRET not in all_text(w)
        assert SECRET not in all_text(w)
    carol = open_window(CAROL)
    assert "5" not in {carol.read.items.index(r, 2).data() for r in range(carol.read.items.rowCount())}


def test_conflicted_member_window_hides_the_candidate(open_window, panel):
    score_all(panel.db, ALICE, "PANEL-T-P2", 6, SECRET)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "decision")
    w = open_window(BOB)  # Bob's organisation runs P2
    assert "PANEL-T-P2" not in {r.site_code for r in w.sheet.model.rows}
    assert "PANEL-T-P2" not in w.compare.checked() and w.compare.picks.rowCount() == 2
    ranked = {w.ranking.model.index(r, 1).data() for r in range(w.ranking.model.rowCount())}
    assert ranked == {"PANEL-T-P1", "PANEL-T-P3"}
    for r in range(w.read.candidates.rowCount()):
        w.read.list.selectRow(r)
        assert SECRET not in all_text(w)
    assert "conflict of interest" in w.ranking.notes.text()


def test_read_view_shows_others_and_flags_disagreement(open_window, panel):
    score_all(panel.db, ALICE, "PANEL-T-P1", 6, SECRET)
    score_all(panel.db, CAROL, "PANEL-T-P1", 1)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "read")
    w = open_window(CAROL)
    w.read.list.selectRow(0)
    items = w.read.items
    assert items.rowCount() == 3
    assert SECRET in items.index(0, 3).data() and "6" in items.index(0, 3).data()
    assert items.index(0, 5).data() == "5" and items.index(0, 6).data()  # spread 6-1, flagged
    assert items.data(items.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_only_the_chair_gets_the_phase_control(open_window, panel):
    member = open_window(ALICE)
    assert member.chair is None and member.tabs.count() == 4
    sec = open_window(SEC)
    assert sec.sheet is None and not sec.chair.phase_button.isEnabled()
    chair = open_window(CHAIR)
    chair.chair.phase_box.setCurrentIndex(chair.chair.phase_box.findData("read"))
    chair.chair.phase_button.click()
    assert scoring_ops.status(panel.db, CHAIR, CAMPAIGN).phase == "read"
    assert "查阅" in chair.header.text() or "Read" in chair.header.text()


def test_decision_sheet_records_and_shows_the_frozen_score(open_window, panel, tmp_path):
    for who in (ALICE, CAROL, CHAIR):
        score_all(panel.db, who, "PANEL-T-P1", 4)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "decision")
    w = open_window(CHAIR)
    desk = w.chair
    desk.select("PANEL-T-P1")
    desk.outcome.setCurrentIndex(desk.outcome.findData("awarded"))
    desk.votes[0].setValue(3)
    desk.record()  # no rationale: refused
    assert "rationale" in w.ctx.errors[-1]
    desk.rationale.setPlainText("model park operation")
    desk.record()
    desk.select("PANEL-T-P1")
    assert not desk.record_button.isEnabled()  # decided: nothing more to record
    assert "PANEL-T-P1" in desk.decision_text.text() and "2025.1" in desk.decision_text.text()
    out = tmp_path / "rank.xlsx"
    w.ranking.export(str(out))
    ws = load_workbook(out)["Overall 总排名"]
    p1 = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[2] == "PANEL-T-P1")
    assert p1[6] == "awarded" and p1[10] == "decision"


def test_compare_view_marks_best_and_draws_radar(open_window, panel, tmp_path):
    score_all(panel.db, ALICE, "PANEL-T-P1", 6)
    score_all(panel.db, ALICE, "PANEL-T-P3", 2)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "decision")
    w = open_window(ALICE)
    w.compare.compare(["PANEL-T-P1", "PANEL-T-P3"])
    model = w.compare.model
    total = 0  # the first row is the total
    assert model.data(model.index(total, 2), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(total, 3), Qt.ItemDataRole.BackgroundRole) is None
    assert len(w.compare.radar.series) == 2 and len(w.compare.radar.axes) >= 3
    w.compare.export(str(tmp_path / "cmp.xlsx"))
    assert (tmp_path / "cmp.xlsx").exists()


def test_chinese_window_translates_the_notes(qapp, qtbot, panel):
    from ui import i18n
    from ui.panel import open_panel_window

    i18n.install_language(qapp, "zh_CN")
    try:
        w = open_panel_window(panel.db, BOB, campaign=CAMPAIGN)
        qtbot.addWidget(w)
        assert w.tabs.tabText(0) == "我的评分"
        assert "利益冲突" in w.ranking.notes.text()
    finally:
        i18n.install_language(qapp, "en")


def test_read_view_lists_the_score_history(open_window, panel):
    score_all(panel.db, ALICE, "PANEL-T-P1", 2, "first look")
    score_all(panel.db, CAROL, "PANEL-T-P1", 3)
    setup.set_phase(panel.db, CHAIR, CAMPAIGN, "revise")
    scoring_ops.score_item(panel.db, ALICE, "PANEL-T-P1", "PK-C3", 4, "after discussion", campaign=CAMPAIGN,
                           reason="site visit notes")
    w = open_window(CAROL)
    w.read.list.selectRow(0)
    h = w.read.history
    newest = [h.index(0, c).data() for c in range(h.columnCount())]
    assert newest[1:] == [ALICE, "PK-C3", "2 — first look", "4 — after discussion", "site visit notes"]
    assert h.rowCount() == 7  # 3 first scores each from Alice and Carol, then Alice's revision (newest first)
