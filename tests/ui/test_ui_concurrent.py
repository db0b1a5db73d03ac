"""Two people on one database: a form whose copy is stale is told, shows the other change, and overwrites nothing.

The second person is another client of the same database file (another Database object, as another laptop on
the shared server would be); the assessor works through the window's own widgets.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.ui_steps import idle, open_site, site_code_with_status, stored_activity

from assessment import ops
from assessment.db import Database, open_database

OTHER = "王委员"


@pytest.fixture
def other(win: Any) -> Iterator[Database]:
    db = open_database(win.session.db.path)
    yield db
    db.dispose()


def grid_cell(win: Any, carrier: str, month: str) -> tuple[int, int]:
    model = win.editor.energy.model
    col = next(i for i, s in enumerate(model.series) if s.carrier == carrier)
    return model.months.index(month), col


def stale_messages(win: Any) -> list[Any]:
    return [m for m in win.session.messages.history if "Someone else saved" in m.text]


def type_into(win: Any, name: str, text: str) -> None:
    field = win.editor.profile.fields[name]
    field.input.setText(text)
    field.input.editingFinished.emit()


def test_profile_save_after_someone_else_saved_is_refused_and_the_form_reloads(win, qtbot, other):
    open_site(qtbot, win, site_code_with_status(win, "draft"))
    site_id = win.editor.current.detail.site.id
    before = ops.get_site(other, site_id)
    ops.update_site(other, OTHER, site_id, {"district": "宝安区", "occupants": 4321})  # saved while the form is open

    type_into(win, "occupants", "999")
    idle(qtbot, win)
    (message,) = stale_messages(win)
    assert message.kind == "environment" and OTHER in message.detail and "Occupants" in message.detail
    assert ops.get_site(other, site_id).occupants == 4321  # their save stands, ours was not written over it
    assert ops.get_site(other, site_id).version == before.version + 1
    qtbot.waitUntil(lambda: win.editor.current.detail.site.district == "宝安区", timeout=10000)
    idle(qtbot, win)
    assert win.editor.profile.fields["occupants"].input.text() == "4321"  # the form shows what is stored
    assert win.session.undo_stack.count() == 0  # no undo step could now overwrite their change

    type_into(win, "occupants", "999")  # having seen it, the assessor makes the change again
    idle(qtbot, win)
    assert ops.get_site(other, site_id).occupants == 999
    assert len(stale_messages(win)) == 1


def test_energy_cell_after_someone_else_saved_is_refused_and_the_grid_shows_their_value(win, qtbot, other):
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    model = win.editor.energy.model
    month = model.months[4]
    row, col = grid_cell(win, "grid_electricity", month)
    key = (model.series[col].carrier, model.series[col].meter_id, month)
    ops.record_activity(other, OTHER, aid, [{"carrier": "grid_electricity", "month": month, "quantity": 77_777,
                                             "unit": model.series[col].unit, "meter_id": key[1]}])

    assert model.setData(model.index(row, col), "12345")
    idle(qtbot, win)
    assert stale_messages(win) and OTHER in stale_messages(win)[0].detail
    assert stored_activity(win, aid)[key].quantity == 77_777
    qtbot.waitUntil(lambda: model.index(row, col).data() == "77,777", timeout=10000)

    assert model.setData(model.index(row, col), "12345")
    idle(qtbot, win)
    assert stored_activity(win, aid)[key].quantity == 12345


def test_checklist_answer_and_evidence_caption_after_someone_else_saved_are_refused(win, qtbot, other, tmp_path):
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    tab = win.editor.checklist
    row = next(i for i, r in enumerate(tab.model.rows) if r.kind == "yes_no")
    code = tab.model.rows[row].code
    stored_before = {r.item_code: r.value for r in ops.assessment_detail(other, aid).responses}.get(code)
    doc = tmp_path / "bill.pdf"
    doc.write_bytes(b"%PDF-1.4 someone else's bill")
    ops.attach_evidence(other, OTHER, aid, doc, caption="由王委员上传")

    tab._store(code, not stored_before, stored_before)  # what the answer widget does on a change
    idle(qtbot, win)
    assert len(stale_messages(win)) == 1
    assert {r.item_code: r.value for r in ops.assessment_detail(other, aid).responses}.get(code) == stored_before
    qtbot.waitUntil(lambda: any(e.caption == "由王委员上传" for e in win.editor.current.detail.evidence), timeout=10000)
    idle(qtbot, win)

    evidence = win.editor.evidence
    ev = next(e for e in ops.list_evidence(other, aid) if e.caption == "由王委员上传")
    ops.update_evidence(other, OTHER, ev.id, caption="王委员改过的说明")
    evidence._update(ev, "caption", {"caption": "my caption"}, {"caption": ev.caption})
    idle(qtbot, win)
    assert len(stale_messages(win)) == 2
    assert next(e for e in ops.list_evidence(other, aid) if e.id == ev.id).caption == "王委员改过的说明"


def test_own_quick_edits_undo_and_redo_never_trip_the_check(win, qtbot, tmp_path: Path):
    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    model = win.editor.energy.model
    for i, month in enumerate(model.months[:6]):  # typed in quick succession: queued on the worker together
        row, col = grid_cell(win, "grid_electricity", month)
        assert model.setData(model.index(row, col), str(5000 + i))
    type_into(win, "occupants", "1234")
    doc = tmp_path / "plan.pdf"
    doc.write_bytes(b"%PDF-1.4 energy plan")
    win.editor.evidence.attach_files([doc])
    idle(qtbot, win)
    for _ in range(3):
        win.session.undo_stack.undo()
    idle(qtbot, win)
    for _ in range(3):
        win.session.undo_stack.redo()
    idle(qtbot, win)
    assert [m.text for m in win.session.messages.history if m.kind != "info"] == []
    stored = {k[2]: v.quantity for k, v in stored_activity(win, aid).items() if k[0] == "grid_electricity"}
    assert [stored[m] for m in model.months[:6]] == [5000 + i for i in range(6)]
    assert any(e.original_name == "plan.pdf" for e in ops.list_evidence(win.session.db, aid))


def test_after_an_import_the_open_site_shows_the_imported_change(win, qtbot, other):
    """Imports (xlsx, packages) end by re-reading the list; the site open in the editor is re-read with it."""
    open_site(qtbot, win, site_code_with_status(win, "draft"))
    site_id = win.editor.current.detail.site.id
    ops.update_site(other, OTHER, site_id, {"occupants": 8642})  # what an import into this database does
    win.reload_sites()
    qtbot.waitUntil(lambda: win.editor.profile.fields["occupants"].input.text() == "8642", timeout=10000)
    type_into(win, "occupants", "8643")  # the change is now seen: saving on top of it is not refused
    idle(qtbot, win)
    assert ops.get_site(other, site_id).occupants == 8643 and not stale_messages(win)
