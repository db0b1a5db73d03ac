"""Exchange dialogs: import preview with problems, package import report, conflicts resolved by a person."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from assessment import ops
from assessment.exchange.columns import ACTIVITY_SHEET
from assessment.exchange.conflicts import list_conflicts
from assessment.exchange.package_export import export_package
from assessment.exchange.package_import import import_package
from assessment.exchange.template import write_template
from tests.assessment.conftest import ACTOR, twelve_months
from tests.ui.exchange.conftest import SHOTS
from ui.exchange.conflicts_dialog import ConflictsDialog
from ui.exchange.export_dialog import ExportDialog
from ui.exchange.import_dialog import ImportDialog
from ui.exchange.package_dialog import PackageDialog
from ui.rows_model import RecordRole


def shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def workbook(tmp_path: Path, code: str) -> Path:
    path = write_template("park", tmp_path / "data.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[ACTIVITY_SHEET]
    rows = [[code, "电网购电", "0001", f"2023-{m:02d}", 100_000 + m, "kWh", "meter"] for m in range(1, 13)]
    rows.append([code, "natural_gas", "0002", "2023-01", "NA", "m3", "bill"])
    for r, row in enumerate(rows, 3):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
    wb.save(path)
    return path


def test_import_preview_shows_problems_then_stores_valid_rows(app, qtbot, park, close_after, tmp_path):
    code = ops.get_site(park.db, park.site_id).code
    dialog = close_after(ImportDialog(park.db, "评估员", None))
    dialog.messages.interactive = False
    dialog.show()
    qtbot.waitUntil(lambda: dialog.campaign.count() == 1)
    dialog.file.edit.setText(str(workbook(tmp_path, code)))
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        dialog.check_button.click()
    assert dialog.problems.rowCount() == 1
    problem = dialog.problems.records[0]
    assert (problem.row, problem.column.split()[0], problem.value) == (15, "E", "NA")
    assert not dialog.import_button.isEnabled()  # all or nothing: refused while a problem is open
    assert dialog.rows.rowCount() == 13
    shot(dialog, "import_preview")
    dialog.valid_only.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].activity_added == 12 and blocker.args[0].rows_skipped == 1
    assert len(ops.list_activity(park.db, park.assessment_id)) == 12


def test_package_import_report_and_conflict_resolution(app, qtbot, park, peer, close_after, tmp_path):
    code = ops.get_site(park.db, park.site_id).code
    ops.record_activity(park.db, ACTOR, park.assessment_id, twelve_months())
    first = tmp_path / "p1.zip"
    export_package(park.db, "秘书处", [code], first)
    import_package(peer, "评估员", first)
    jan = [{"carrier": "grid_electricity", "month": "2023-01", "unit": "kWh"}]
    ops.record_activity(park.db, ACTOR, park.assessment_id, [{**jan[0], "quantity": 90_000}])
    ops.record_activity(peer, ACTOR, park.assessment_id, [{**jan[0], "quantity": 95_000}])
    back = tmp_path / "p2.zip"
    export_package(peer, "评估员", [code], back)

    dialog = close_after(PackageDialog(park.db, "秘书处", None))
    dialog.messages.interactive = False
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sites.count() == 1)
    dialog.import_file.edit.setText(str(back))
    with qtbot.waitSignal(dialog.reported, timeout=15000) as blocker:
        dialog.import_button.click()
    report = blocker.args[0]
    assert len(report.conflicts) == 1
    assert "1 conflict(s)" in dialog.status.text() and not dialog.conflicts_button.isHidden()
    assert "monthly value Grid electricity 2023-01  field quantity: here 90000.0" in dialog.report_text.toPlainText()
    shot(dialog, "package_report")

    conflicts = close_after(ConflictsDialog(park.db, "秘书处", None))
    conflicts.messages.interactive = False
    conflicts.show()
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 1)
    c = conflicts.model.data(conflicts.model.index(0, 0), RecordRole)
    assert (c.current_value, c.incoming_value, c.base_value) == ("90000.0", "95000.0", "100000.0")
    qtbot.waitUntil(conflicts.keep_incoming.isEnabled)
    shot(conflicts, "conflicts")
    conflicts.note.setText("评估员的读数经复核")
    with qtbot.waitSignal(conflicts.resolved, timeout=10000):
        conflicts.keep_incoming.click()
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 0)
    assert list_conflicts(park.db) == []
    jan_now = next(r.quantity for r in ops.list_activity(park.db, park.assessment_id)
                   if r.month == "2023-01" and r.carrier == "grid_electricity")
    assert jan_now == 95_000


def test_package_export_from_dialog(app, qtbot, park, close_after, tmp_path):
    dialog = close_after(PackageDialog(park.db, "评估员", None))
    dialog.messages.interactive = False
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sites.count() == 1)
    dialog.select_sites([dialog.sites.item(0).data(Qt.ItemDataRole.UserRole)])
    dialog.export_file.edit.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].path == tmp_path / "out.zip" and (tmp_path / "out.zip").exists()


def test_export_dialog_writes_csv(app, qtbot, park, close_after, tmp_path):
    dialog = close_after(ExportDialog(park.db, "评估员", None))
    dialog.messages.interactive = False
    dialog.show()
    qtbot.waitUntil(lambda: dialog.campaign.count() == 1)
    dialog.file.edit.setText(str(tmp_path / "sites.csv"))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.export_button.click()
    assert (tmp_path / "sites.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    shot(dialog, "export")


def test_errors_go_to_the_message_bridge(app, qtbot, park, close_after, tmp_path):
    dialog = close_after(PackageDialog(park.db, "评估员", None))
    dialog.messages.interactive = False
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    dialog.import_file.edit.setText(str(bad))
    qtbot.waitUntil(lambda: dialog.sites.count() == 1 and dialog.import_button.isEnabled())
    with qtbot.waitSignal(dialog.messages.shown, timeout=10000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].kind == "refused" and "not a readable zip archive" in blocker.args[0].detail
    qtbot.waitUntil(dialog.import_button.isEnabled)


def test_exchange_menu_entry_opens_each_dialog(app, qtbot, park):
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication, QPushButton, QWidget

    from ui.exchange import open_exchange

    window = QWidget()
    qtbot.addWidget(window)
    reloads = []
    window.reload_sites = lambda: reloads.append(1)
    opened = []
    for k in range(4):
        hub = open_exchange(window, SimpleNamespace(db=park.db, actor="评估员"))
        if k == 0:
            shot(hub, "hub")
        button = hub.findChildren(QPushButton)[k]
        before = set(QApplication.topLevelWidgets())
        button.click()
        new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        assert len(new) == 1, [w.windowTitle() for w in new]
        opened.append(new[0].windowTitle())
        qtbot.waitUntil(lambda d=new[0]: not d.busy)
        new[0].reject()
    assert opened == ["Import a workbook or CSV file", "Export to Excel or CSV", "Offline packages", "Merge conflicts"]
    assert len(reloads) == 4  # the candidate list reloads after each dialog


def test_cancel_a_long_job_changes_nothing(app, qtbot, park, close_after):
    from ui.exchange.common import ExchangeDialog
    from ui.tasks import TaskCancelled

    dialog = close_after(ExchangeDialog(park.db, "评估员", None))
    results = []

    def job(progress, _cancelled):
        raise TaskCancelled()

    with qtbot.waitSignal(dialog.messages.status, timeout=10000) as blocker:
        dialog.run_long("…", job, results.append)
    assert blocker.args[0] == "Cancelled; nothing was changed." and results == [] and not dialog.busy
