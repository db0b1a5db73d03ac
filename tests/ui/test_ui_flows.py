"""The assessor's flows through the widgets: create, enter data, paste, photo, score, submit, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers.ui_steps import idle, open_site, site_code_with_status, stored_activity
from PIL import Image
from PySide6.QtCore import Qt

from assessment import ops
from assessment.evidence_store import EvidenceStore, sha256_file


def grid_cell(win: Any, carrier: str, month: str) -> tuple[int, int]:
    model = win.editor.energy.model
    col = next(i for i, s in enumerate(model.series) if s.carrier == carrier)
    return model.months.index(month), col


def test_candidate_list_filters_counts_and_sorts(win: Any) -> None:
    panel = win.site_list
    assert panel.model.rowCount() == len(ops.list_sites(win.session.db))
    drafts = sum(1 for r in panel.model.rows() if r.status == "draft")
    panel.status_box.setCurrentIndex(panel.status_box.findData("draft"))
    assert panel.proxy.rowCount() == drafts
    assert f"{drafts} of {panel.model.rowCount()} sites" in panel.counts.text()
    panel.status_box.setCurrentIndex(0)
    panel.type_box.setCurrentIndex(panel.type_box.findData("school"))
    assert {panel.proxy.index(i, 2).data() for i in range(panel.proxy.rowCount())} == {"School"}
    panel.type_box.setCurrentIndex(0)
    panel.search.setText("DEMO-P0")
    assert panel.proxy.rowCount() == sum(1 for r in panel.model.rows() if r.code.startswith("DEMO-P0"))
    panel.search.clear()
    panel.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    totals = [panel.proxy.index(i, 5).data(Qt.ItemDataRole.UserRole + 6) for i in range(panel.proxy.rowCount())]
    known = [t for t in totals if t is not None]
    assert known == sorted(known, reverse=True)


def test_create_site_through_the_dialog(win: Any, qtbot: Any) -> None:
    from ui import actions
    from ui.new_site import NewSiteDialog

    before = panel_rows = win.site_list.model.rowCount()
    actions.new_site(win)
    dialog = win.findChild(NewSiteDialog)
    dialog.accept()  # empty name: refused inline, dialog stays
    assert dialog.error.isVisible() and "required" in dialog.error.text()
    dialog.name.setText("测试·新建低碳园区")
    dialog.site_type.setCurrentIndex(dialog.site_type.findData("park"))
    dialog.district.setText("南山区")
    dialog.accept()
    qtbot.waitUntil(lambda: win.site_list.model.rowCount() == panel_rows + 1, timeout=10000)
    idle(qtbot, win)
    row = next(r for r in ops.list_sites(win.session.db) if r.name == "测试·新建低碳园区")
    assert row.status == "draft" and row.district == "南山区" and before + 1 == win.site_list.model.rowCount()
    qtbot.waitUntil(lambda: win.editor.assessment_id == row.assessment_id, timeout=10000)


def test_bad_value_is_marked_and_nothing_stored(win: Any, qtbot: Any) -> None:
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    before = stored_activity(win, aid)
    model = win.editor.energy.model
    row, col = grid_cell(win, "grid_electricity", model.months[0])
    for bad in ("12o5", "-40", "1e15"):
        assert model.setData(model.index(row, col), bad) is False
        message = model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
        assert f"“{bad}”" in message and "not stored" in message
        assert model.index(row, col).data(Qt.ItemDataRole.BackgroundRole) is not None
        assert win.editor.energy.problems.isVisibleTo(win.editor.energy)
    idle(qtbot, win)
    assert stored_activity(win, aid) == before


def test_enter_a_month_and_the_score_updates(win: Any, qtbot: Any) -> None:
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    model = win.editor.energy.model
    row, col = grid_cell(win, "grid_electricity", model.months[2])
    key = (model.series[col].carrier, model.series[col].meter_id, model.months[row])
    hash_before = win.editor.score.card.input_hash
    with qtbot.waitSignal(win.editor.score.card_shown, timeout=10000):
        assert model.setData(model.index(row, col), "1,234,567")
    idle(qtbot, win)
    assert stored_activity(win, aid)[key].quantity == 1234567
    assert win.editor.score.card.input_hash != hash_before
    shown = next(r for r in win.site_list.model.rows() if r.assessment_id == aid)
    assert shown.total == pytest.approx(win.editor.score.card.total)


def test_paste_a_block_of_months(win: Any, qtbot: Any) -> None:
    from ui.editor.energy_model import Series

    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    tab = win.editor.energy
    col = tab.model.add_series(Series("natural_gas", "GAS-NEW", "m3"))
    tab.view.setCurrentIndex(tab.model.index(0, col))
    assert tab.paste("1200\n1,150\nabc\n") is False  # one bad cell: nothing stored, the cell is explained
    assert "abc" in tab.problems.text()
    idle(qtbot, win)
    assert not [k for k in stored_activity(win, aid) if k[1] == "GAS-NEW"]
    assert tab.paste("1200\n1,150\n980\r\n\n") is True
    idle(qtbot, win)
    stored = {k[2]: v.quantity for k, v in stored_activity(win, aid).items() if k[1] == "GAS-NEW"}
    assert stored == {tab.model.months[0]: 1200, tab.model.months[1]: 1150, tab.model.months[2]: 980}
    assert win.session.undo_stack.count() == 1  # one paste, one undoable edit


def test_attach_a_photo_keeps_original_hash_exif_and_downscales(win: Any, qtbot: Any, tmp_path: Path) -> None:
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    win.session.prefs.set("photo_max_edge", 1024)
    photo = tmp_path / "roof.jpg"
    exif = Image.Exif()
    exif[0x0132] = "2023:07:15 10:30:00"
    gps = {1: "N", 2: (22.0, 31.0, 12.0), 3: "E", 4: (113.0, 56.0, 24.0)}
    exif[0x8825] = gps
    Image.new("RGB", (3000, 2000), (90, 140, 200)).save(photo, "JPEG", exif=exif)
    count = win.editor.evidence.model.rowCount()
    win.editor.evidence.attach_files([photo])
    qtbot.waitUntil(lambda: win.editor.evidence.model.rowCount() == count + 1, timeout=15000)
    idle(qtbot, win)
    ev = next(e for e in ops.list_evidence(win.session.db, aid) if e.original_name == "roof.jpg")
    assert ev.original_sha256 == sha256_file(photo) and ev.sha256 != ev.original_sha256
    assert ev.captured_at is not None and ev.captured_at.year == 2023 and ev.captured_at.month == 7
    assert ev.latitude == pytest.approx(22.52, abs=0.01) and ev.longitude == pytest.approx(113.94, abs=0.01)
    with Image.open(EvidenceStore(win.session.db.evidence_dir).path_for(ev.sha256)) as stored:
        assert max(stored.size) == 1024
    win.editor.evidence.select_id(ev.id)
    assert "Original SHA-256" in win.editor.evidence.details.text()
    model = win.editor.evidence.model
    for e in model.items:
        model.thumbnail(e)  # what the view asks while painting: a placeholder now, the picture soon
    qtbot.waitUntil(lambda: not model._queue, timeout=10000)
    assert {e.sha256 for e in model.items} <= set(model._thumbs)
    assert not model._thumbs[ev.sha256].pixmap(64, 64).isNull()


def test_submit_with_missing_data_is_blocked_with_the_list(win: Any, qtbot: Any) -> None:
    from ui import actions

    site, assessment = ops.create_site(win.session.db, "tester", {"name": "空白场地", "site_type": "building"},
                                       campaign=win.current_campaign().id)
    win.reload_sites(select=assessment.id)
    qtbot.waitUntil(lambda: win.editor.assessment_id == assessment.id and win.editor.current is not None
                    and win.editor.current.detail.assessment.id == assessment.id, timeout=10000)
    idle(qtbot, win)
    actions.submit(win)
    qtbot.waitUntil(lambda: getattr(win, "submit_dialog", None) is not None, timeout=10000)
    dialog = win.submit_dialog
    assert dialog.errors and not dialog.submit_button.isEnabled()
    messages = [dialog.model.index(i, 1).data() for i in range(dialog.model.rowCount())]
    assert any("Floor area" in m for m in messages)
    assert "blocked" in dialog.summary.text()
    dialog.reject()
    assert ops.assessment_detail(win.session.db, assessment.id).assessment.status == "draft"


def test_undo_and_redo_an_attached_photo(win: Any, qtbot: Any, tmp_path: Path) -> None:
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    photo = tmp_path / "meter.png"
    Image.new("RGB", (640, 480), (10, 120, 60)).save(photo)
    win.editor.evidence.attach_files([photo])
    qtbot.waitUntil(lambda: win.session.undo_stack.count() == 1, timeout=15000)
    idle(qtbot, win)

    def named() -> list[Any]:
        return [e for e in ops.list_evidence(win.session.db, aid) if e.original_name == "meter.png"]

    first = named()
    assert len(first) == 1
    win.session.undo_stack.undo()
    idle(qtbot, win)
    assert named() == []
    win.session.undo_stack.redo()
    idle(qtbot, win)
    again = named()
    assert len(again) == 1 and again[0].original_sha256 == first[0].original_sha256 == sha256_file(photo)
    actions = [e.action for e in ops.audit_history(win.session.db, assessment_id=aid)]
    assert actions[-2:] == ["remove_evidence", "attach_evidence"]


def test_typing_a_value_and_enter_stores_it_and_moves_down(win: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit

    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    win.editor.tabs.setCurrentIndex(1)
    tab = win.editor.energy
    row, col = grid_cell(win, "grid_electricity", tab.model.months[3])
    idx = tab.model.index(row, col)
    tab.view.setCurrentIndex(idx)
    tab.view.edit(idx)
    editor = tab.view.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "321000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.session.undo_stack.count() == 1, timeout=10000)  # the delegate commits queued
    idle(qtbot, win)
    key = (tab.model.series[col].carrier, tab.model.series[col].meter_id, tab.model.months[row])
    assert stored_activity(win, aid)[key].quantity == 321000
    assert tab.view.currentIndex().row() == row + 1
    flag = tab.view.selectionModel().SelectionFlag.ClearAndSelect
    tab.view.selectionModel().select(tab.model.index(row, col), flag)
    assert tab.copy() == "321000\n"
    assert "Period totals" in tab.summary.text()
