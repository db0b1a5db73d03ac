"""Every Qt model of the UI passes qtmodeltester; the checklist takes the right input per kind."""

from __future__ import annotations

from typing import Any

from helpers.ui_steps import idle, open_site, site_code_with_status
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyleOptionViewItem

from assessment import ops


def test_models_pass_qtmodeltester(qtmodeltester: Any, win: Any, qtbot: Any) -> None:
    from ui.history import HistoryDialog

    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    editor = win.editor
    for model in (win.site_list.model, win.site_list.proxy, editor.energy.model, editor.checklist.model,
                  editor.checklist.proxy, editor.evidence.model, editor.score.items, editor.score.gates,
                  editor.score.alerts, editor.score.gaps):
        assert model.rowCount() > 0 or model in (editor.score.gaps, editor.score.alerts)
        qtmodeltester.check(model, force_py=True)
    dialog = HistoryDialog(win.session, aid, parent=win)
    idle(qtbot, win)
    assert dialog.model.rowCount() > 0
    qtmodeltester.check(dialog.model, force_py=True)
    dialog.close()


def test_checklist_answers_use_the_right_widget_and_are_stored(win: Any, qtbot: Any) -> None:
    from ui.editor.checklist_model import AnswerDelegate, KindRole

    aid = open_site(qtbot, win, site_code_with_status(win, "draft"))
    tab = win.editor.checklist
    delegate = tab.view.itemDelegateForColumn(2)
    assert isinstance(delegate, AnswerDelegate)
    kinds = {}
    for row in range(tab.proxy.rowCount()):
        idx = tab.proxy.index(row, 2)
        kinds.setdefault(idx.data(KindRole), idx)
    yes_no = kinds["yes_no"]
    editor = delegate.createEditor(tab.view, QStyleOptionViewItem(), yes_no)
    assert isinstance(editor, QComboBox) and editor.findData(True) > 0
    if "number" in kinds:
        number_editor = delegate.createEditor(tab.view, QStyleOptionViewItem(), kinds["number"])
        assert isinstance(number_editor, QLineEdit)
        code = kinds["number"].siblingAtColumn(0).data()
        assert tab.proxy.setData(kinds["number"], "not a number") is False
        assert tab.error.isVisibleTo(tab) and "not stored" in tab.error.text()
        assert tab.proxy.setData(kinds["number"], "42.5")
        idle(qtbot, win)
        stored = {r.item_code: r.value for r in ops.assessment_detail(win.session.db, aid).responses}
        assert stored[code] == 42.5
    if "metric" in kinds:
        assert not (tab.proxy.flags(kinds["metric"]) & Qt.ItemFlag.ItemIsEditable)
    code = yes_no.siblingAtColumn(0).data()
    current = yes_no.data(Qt.ItemDataRole.EditRole)
    assert tab.proxy.setData(yes_no, not bool(current))
    idle(qtbot, win)
    stored = {r.item_code: r.value for r in ops.assessment_detail(win.session.db, aid).responses}
    assert stored[code] is (not bool(current))


def test_only_items_lacking_evidence_filter(win: Any, qtbot: Any) -> None:
    open_site(qtbot, win, site_code_with_status(win, "draft"))
    tab = win.editor.checklist
    lacking = sum(1 for r in tab.model.rows if tab.model.lacks_evidence(r))
    tab.only_missing.setChecked(True)
    assert tab.proxy.rowCount() == lacking
    tab.only_missing.setChecked(False)
    assert tab.proxy.rowCount() == len(tab.model.rows)
