"""Undo/redo of the session's edits: each command re-runs an operation; the revert is itself audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

Op = Callable[[str | None], Any]  # receives the reason (None for drafts), runs one named operation


class OpCommand(QUndoCommand):
    """One user edit: `apply` sets the new value, `revert` sets the old one back (both are operations)."""

    def __init__(self, text: str, assessment_id: str, apply: Op, revert: Op,
                 replay: Callable[[str, str, Op], None]) -> None:
        super().__init__(text)
        self.assessment_id = assessment_id
        self._apply = apply
        self._revert = revert
        self._replay = replay
        self._skip_first_redo = True  # the edit already ran before the command was pushed

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._replay(self.text(), self.assessment_id, self._apply)

    def undo(self) -> None:
        self._replay(self.text(), self.assessment_id, self._revert)
