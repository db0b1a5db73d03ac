"""Review panel views: own scoring sheet, read view, comparison with radar, ranking, chair's desk."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from assessment.db import Database


def open_panel_window(db: Database, actor_name: str, parent: QWidget | None = None, *,
                      campaign: str | None = None, messages: Any = None) -> QWidget:
    """The review-panel window for this person in this campaign (newest when None); not yet shown."""
    from PySide6.QtCore import Qt

    from assessment import ops
    from ui.panel.context import PanelContext
    from ui.panel.window import PanelWindow

    code = campaign or ops.get_campaign(db).code
    ctx = PanelContext(db, actor_name, code, messages)
    window = PanelWindow(ctx, parent)
    if parent is not None:
        window.setWindowFlag(Qt.WindowType.Window, True)
    ctx.setParent(window)
    return window


def open_panel(main_window: Any, session: Any) -> QWidget:
    """Entry for the main window's "Review panel" menu: the session's actor and the selected campaign."""
    camp = main_window.current_campaign() if hasattr(main_window, "current_campaign") else None
    window = open_panel_window(session.db, session.actor, main_window, campaign=camp.code if camp else None,
                               messages=getattr(session, "messages", None))
    window.show()
    return window
