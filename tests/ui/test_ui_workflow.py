"""Undo/redo, edits after submission (reason, audit), returned assessments, history, what-if."""

from __future__ import annotations

from typing import Any

from helpers.ui_steps import idle, open_site, site_code_with_status, stored_activity
from PySide6.QtCore import Qt

from assessment import ops


def test_undo_and_redo_an_entry_are_audited(win: Any, qtbot: Any) -> None:
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    model = win.editor.energy.model
    col = next(i for i, s in enumerate(model.series) if s.carrier == "grid_electricity")
    key = (model.series[col].carrier, model.series[col].meter_id, model.months[4])
    old = stored_activity(win, aid)[key].quantity
    model.setData(model.index(4, col), "99999")
    idle(qtbot, win)
    assert stored_activity(win, aid)[key].quantity == 99999
    win.acts["undo"].trigger()
    idle(qtbot, win)
    assert stored_activity(win, aid)[key].quantity == old
    assert model.index(4, col).data(Qt.ItemDataRole.EditRole) == f"{old:.6f}".rstrip("0").rstrip(".")
    win.acts["redo"].trigger()
    idle(qtbot, win)
    assert stored_activity(win, aid)[key].quantity == 99999
    events = [e for e in ops.audit_history(win.session.db, assessment_id=aid) if e.field == "quantity"]
    assert [e.new_value for e in events[-3:]] == ["99999.0", str(float(old)), "99999.0"]
    assert all(e.actor == "Test Assessor" for e in events[-3:])


def test_undo_a_new_value_clears_the_cell(win: Any, qtbot: Any) -> None:
    from ui.editor.energy_model import Series

    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    tab = win.editor.energy
    col = tab.model.add_series(Series("diesel", "GEN-1", "L"))
    tab.model.setData(tab.model.index(0, col), "250")
    idle(qtbot, win)
    assert stored_activity(win, aid)[("diesel", "GEN-1", tab.model.months[0])].unit == "L"
    win.session.undo_stack.undo()
    idle(qtbot, win)
    assert ("diesel", "GEN-1", tab.model.months[0]) not in stored_activity(win, aid)
    assert [e.action for e in ops.audit_history(win.session.db, assessment_id=aid)][-1] == "delete_activity"


def test_profile_field_validated_inline_then_saved_and_undone(win: Any, qtbot: Any) -> None:
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    site_id = win.editor.current.detail.site.id
    field = win.editor.profile.fields["floor_area_m2"]
    old = ops.get_site(win.session.db, site_id).floor_area_m2
    field.input.setText("lots")
    field.input.editingFinished.emit()
    assert field.error.isVisibleTo(win.editor.profile) and "must be a number" in field.error.text()
    idle(qtbot, win)
    assert ops.get_site(win.session.db, site_id).floor_area_m2 == old
    field.input.setText("12,345.5")
    field.input.editingFinished.emit()
    idle(qtbot, win)
    assert ops.get_site(win.session.db, site_id).floor_area_m2 == 12345.5
    assert not field.error.isVisibleTo(win.editor.profile)
    win.session.undo_stack.undo()
    idle(qtbot, win)
    assert ops.get_site(win.session.db, site_id).floor_area_m2 == old
    assert field.input.text() == f"{old:.6f}".rstrip("0").rstrip(".")
    assert aid


def test_edit_after_submission_requires_a_reason_and_is_audited(win: Any, qtbot: Any) -> None:
    aid = open_site(qtbot, win, site_code_with_status(win, "submitted"))
    assert win.editor.banner.isVisibleTo(win.editor) and "reason" in win.editor.banner.text()
    site_id = win.editor.current.detail.site.id
    field = win.editor.profile.fields["contact_phone"]
    asked: list[str] = []
    win.session.reason_provider = lambda what: asked.append(what) or None  # the user cancels
    field.input.setText("0755-1234 5678")
    field.input.editingFinished.emit()
    idle(qtbot, win)
    assert asked and ops.get_site(win.session.db, site_id).contact_phone != "0755-1234 5678"
    assert field.input.text() != "0755-1234 5678"  # the field shows what is stored
    win.session.reason_provider = lambda what: "phone number corrected on site"
    field.input.setText("0755-1234 5678")
    field.input.editingFinished.emit()
    idle(qtbot, win)
    assert ops.get_site(win.session.db, site_id).contact_phone == "0755-1234 5678"
    event = [e for e in ops.audit_history(win.session.db, entity_id=site_id) if e.field == "contact_phone"][-1]
    assert event.reason == "phone number corrected on site" and "0755-1234 5678" in (event.new_value or "")
    assert aid


def test_returned_assessment_shows_the_reviewers_comment(win: Any, qtbot: Any) -> None:
    code = site_code_with_status(win, "submitted")
    aid = next(r.assessment_id for r in win.site_list.model.rows() if r.code == code)
    ops.return_for_correction(win.session.db, "reviewer", aid, "June gas bill missing; please attach it.")
    win.session.status[aid] = "draft"
    open_site(qtbot, win, code)
    win.editor.reload()
    idle(qtbot, win)
    assert "June gas bill missing" in win.editor.banner.text()


def test_history_shows_the_audit_trail_of_a_field(win: Any, qtbot: Any) -> None:
    from ui.history import HistoryDialog

    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    field = win.editor.profile.fields["district"]
    field.input.setText("前海")
    field.input.editingFinished.emit()
    idle(qtbot, win)
    dialog = HistoryDialog(win.session, aid, entity_id=win.editor.current.detail.site.id, field="district",
                           parent=win)
    idle(qtbot, win)
    rows = [[dialog.model.index(r, c).data() for c in range(7)] for r in range(dialog.model.rowCount())]
    assert any(r[1] == "Test Assessor" and r[3] == "district" and "前海" in r[5] for r in rows)
    dialog.close()


def test_whatif_is_marked_hypothetical_and_never_stored(win: Any, qtbot: Any) -> None:
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    tab = win.editor.score
    responses = ops.assessment_detail(win.session.db, aid).responses
    stored_total = tab.card.total
    tab.whatif_key.setCurrentIndex(tab.whatif_key.findData("renewable_share"))
    tab.whatif_value.setText("95")
    tab._add_override()
    qtbot.waitUntil(lambda: tab.whatif_card is not None, timeout=10000)
    assert tab.whatif_card.is_what_if and "HYPOTHETICAL" in tab.banner.text()
    assert tab.banner.isVisibleTo(tab) and tab.total.text().startswith("What-if")
    assert tab.card.total == stored_total and not tab.card.is_what_if
    assert ops.assessment_detail(win.session.db, aid).responses == responses
    tab.clear_whatif()
    assert not tab.banner.isVisibleTo(tab)


def test_submit_a_ready_draft(win: Any, qtbot: Any) -> None:
    from ui import actions

    for code in [r.code for r in win.site_list.model.rows() if r.status == "draft"]:
        aid = open_site(qtbot, win, code)
        if not [f for f in ops.submission_check(win.session.db, aid) if f.level == "error"]:
            break
    else:
        return  # no demo draft is ready; the blocked case is covered elsewhere
    win.submit_dialog = None
    actions.submit(win)
    qtbot.waitUntil(lambda: win.submit_dialog is not None, timeout=10000)
    assert win.submit_dialog.submit_button.isEnabled()
    win.submit_dialog.accept()
    qtbot.waitUntil(lambda: win.session.status.get(aid) == "submitted", timeout=10000)
    idle(qtbot, win)
    assert ops.assessment_detail(win.session.db, aid).assessment.status == "submitted"
    assert "reason" in win.editor.banner.text()
    submitted = sum(1 for r in win.site_list.model.rows() if r.status == "submitted")
    assert f"Submitted {submitted}" in win.site_list.counts.text()


def test_history_of_a_data_cell_and_of_a_checklist_item(win: Any, qtbot: Any) -> None:
    from ui.history import HistoryDialog

    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    grid = win.editor.energy
    col = next(i for i, s in enumerate(grid.model.series) if s.carrier == "grid_electricity")
    grid.model.setData(grid.model.index(7, col), "424242")
    idle(qtbot, win)
    grid.view.setCurrentIndex(grid.model.index(7, col))
    grid.show_history()
    idle(qtbot, win)
    dialog = win.editor.energy.findChild(HistoryDialog)
    values = [dialog.model.index(r, 5).data() for r in range(dialog.model.rowCount())]
    assert "424,242" in values
    dialog.close()
    tab = win.editor.checklist
    tab.view.selectRow(0)
    tab.show_history()
    idle(qtbot, win)
    dialog = tab.findChild(HistoryDialog)
    code = tab.model.rows[0].code
    assert dialog.field_box.currentData() == code
    assert all(dialog.model.index(r, 3).data() == code for r in range(dialog.model.rowCount()))
    dialog.close()
    assert aid
