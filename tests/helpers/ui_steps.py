"""Helpers for UI tests: wait for the worker, open a site, read what is stored."""

from __future__ import annotations

from typing import Any

from assessment import ops


def idle(qtbot: Any, window: Any, timeout: int = 15000) -> None:
    """Wait until the worker has delivered everything (callbacks may queue more work; wait for those too)."""
    qtbot.waitUntil(lambda: window.session.tasks.pending == 0, timeout=timeout)


def open_site(qtbot: Any, window: Any, code: str) -> str:
    """Select a candidate by code; returns its assessment id once the editor shows it."""
    row = next(r for r in window.site_list.model.rows() if r.code == code)
    assert window.site_list.select(row.assessment_id)
    qtbot.waitUntil(lambda: window.editor.current is not None
                    and window.editor.current.detail.assessment.id == row.assessment_id, timeout=15000)
    idle(qtbot, window)
    return row.assessment_id


def site_code_with_status(window: Any, status: str) -> str:
    return next(r.code for r in window.site_list.model.rows() if r.status == status)


def stored_activity(window: Any, assessment_id: str) -> dict[tuple[str, str, str], Any]:
    return {(r.carrier, r.meter_id, r.month): r for r in ops.list_activity(window.session.db, assessment_id)}
