"""The dossier dialogs: preview off the UI thread, export, certificate, batch with progress and cancel."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from helpers.dossier_setup import campaign_ids, qpdf_ok
from PySide6.QtWidgets import QApplication

from assessment.dossier import verify_pdf


def test_preview_then_export(qtbot: Any, ui_dossier_db: Any, tmp_path: Path) -> None:
    from ui.dossier import open_dossier_dialog
    from ui.dossier.preview import backend

    aid = campaign_ids(ui_dossier_db)[0]
    dlg = open_dossier_dialog(ui_dossier_db, aid)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.preview_ready, timeout=60000) as blocker:
        pass
    pages = blocker.args[0]
    assert pages > 5 if backend() != "none" else pages == 0
    assert dlg.data.fingerprint in dlg.status.text()
    assert dlg.cert_button.isEnabled()  # this candidate was awarded
    if os.environ.get("LCS_SCREENSHOTS"):
        qtbot.waitUntil(lambda: dlg.preview.height() > 0 and dlg.isVisible(), timeout=5000)
        dlg.resize(900, 1000)
        QApplication.processEvents()
        dlg.grab().save(str(Path(os.environ["LCS_SCREENSHOTS"]) / "dossier_dialog.png"))
    with qtbot.waitSignal(dlg.exported, timeout=60000) as blocker:
        dlg.export_to(tmp_path / "d.pdf")
    assert qpdf_ok(tmp_path / "d.pdf") and verify_pdf(ui_dossier_db, tmp_path / "d.pdf").ok
    with qtbot.waitSignal(dlg.exported, timeout=60000):
        dlg.export_to(tmp_path / "c.pdf", "certificate")
    assert verify_pdf(ui_dossier_db, tmp_path / "c.pdf").kind == "certificate"
    with qtbot.waitSignal(dlg.preview_ready, timeout=60000):
        dlg.lang.setCurrentIndex(dlg.lang.findData("en"))
    dlg.close()


def test_draft_has_no_certificate_and_errors_are_shown(qtbot: Any, ui_dossier_db: Any, tmp_path: Path) -> None:
    from ui.dossier import open_dossier_dialog

    dlg = open_dossier_dialog(ui_dossier_db, campaign_ids(ui_dossier_db)[1])
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.preview_ready, timeout=60000):
        pass
    assert not dlg.cert_button.isEnabled()
    assert "PROVISIONAL" in dlg.status.text() or "暂定" in dlg.status.text()
    with qtbot.waitSignal(dlg.failed, timeout=60000):
        dlg.export_to(tmp_path / "c.pdf", "certificate")
    assert "not been awarded" in dlg.status.text() and not (tmp_path / "c.pdf").exists()
    dlg.close()


def test_batch_export_with_progress(qtbot: Any, ui_dossier_db: Any, tmp_path: Path) -> None:
    from ui.dossier import open_batch_export_dialog

    dlg = open_batch_export_dialog(ui_dossier_db, "T-2023")
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(tmp_path / "out"))
    dlg.lang.setCurrentIndex(dlg.lang.findData("zh"))
    with qtbot.waitSignal(dlg.finished_batch, timeout=120000):
        dlg.start()
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=5000)
    assert len(dlg.result.written) == 2 and dlg.bar.value() == 2
    assert "2 of 2" in dlg.status.text() or "2 / 2" in dlg.status.text()
    if os.environ.get("LCS_SCREENSHOTS"):
        dlg.grab().save(str(Path(os.environ["LCS_SCREENSHOTS"]) / "batch_dialog.png"))
    dlg.close()


def test_batch_cancel(qtbot: Any, ui_dossier_db: Any, tmp_path: Path) -> None:
    from ui.dossier import open_batch_export_dialog

    dlg = open_batch_export_dialog(ui_dossier_db, "T-2023")
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dlg.finished_batch, timeout=120000):
        dlg.start()
        dlg.cancel()
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=5000)
    assert dlg.result.cancelled
    assert all(qpdf_ok(p) for p in (tmp_path / "out").iterdir())
    dlg.close()


def test_main_window_menu_entry_opens_the_dossier(qtbot: Any, win: Any) -> None:
    """The main window's "Award dossiers…" hook: the selected candidate's dossier, previewed."""
    from ui.dossier import DossierDialog, open_dossiers

    if win.site_list.current_assessment() is None:
        win.site_list.select(win.editor.current.detail.assessment.id)
    dlg = open_dossiers(win, win.session)
    assert isinstance(dlg, DossierDialog)
    with qtbot.waitSignal(dlg.preview_ready, timeout=60000):
        pass
    assert dlg.data is not None and dlg.data.site_name
    dlg.close()
