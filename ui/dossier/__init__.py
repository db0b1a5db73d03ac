"""Award dossiers in the app: a preview dialog (language, export, certificate) and the campaign batch export."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from assessment.db import Database
from ui.dossier.dialogs import BatchExportDialog, DossierDialog

__all__ = ["BatchExportDialog", "DossierDialog", "open_batch_export_dialog", "open_dossier_dialog", "open_dossiers"]


def open_dossier_dialog(db: Database, assessment_id: str, parent: QWidget | None = None) -> DossierDialog:
    """Show the dossier of one assessment (preview is prepared off the UI thread)."""
    dlg = DossierDialog(db, assessment_id, parent)
    dlg.show()
    return dlg


def open_batch_export_dialog(db: Database, campaign_code: str, parent: QWidget | None = None) -> BatchExportDialog:
    dlg = BatchExportDialog(db, campaign_code, parent)
    dlg.show()
    return dlg


def open_dossiers(win: Any, session: Any) -> QWidget | None:
    """The main window's menu entry: the selected candidate's dossier, else the campaign's batch export."""
    aid = win.site_list.current_assessment() if hasattr(win, "site_list") else None
    if aid:
        return open_dossier_dialog(session.db, aid, win)
    camp = win.current_campaign() if hasattr(win, "current_campaign") else None
    if camp is not None:
        return open_batch_export_dialog(session.db, camp.code, win)
    return None
