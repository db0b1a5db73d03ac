"""One database worker: operations run off the UI thread one at a time; results come back by signal."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
SHOW_PROGRESS_AFTER_MS = 500


class TaskCancelled(Exception):
    """Raised by a long job that noticed the user pressed Cancel."""


class LongTask:
    """Handle of a running long job: its (lazily shown) dialog and a thread-safe cancel."""

    def __init__(self, dialog: QProgressDialog, event: threading.Event) -> None:
        self.dialog = dialog
        self._event = event

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class TaskManager(QObject):
    """Like Anki's taskman: a single worker thread, callbacks delivered on the main thread."""

    _finished = Signal(object, object, object)  # callback, result, error
    _progress = Signal(object, int, int)  # dialog, done, total
    idle = Signal()
    busy_changed = Signal(bool)

    def __init__(self, on_error: Callable[[BaseException], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(1, thread_name_prefix="lcs-db")
        self._default_error = on_error
        self.pending = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run fn on the worker; on_done(result) or on_error(exc) later, on the main thread."""
        if self._executor is None:
            return
        self.pending += 1
        if self.pending == 1:
            self.busy_changed.emit(True)

        def job() -> None:
            try:
                result = fn()
            except BaseException as exc:  # delivered to the UI, never lost in the worker
                self._finished.emit(on_error or self._default_error, None, exc)
            else:
                self._finished.emit(on_done, result, None)

        self._executor.submit(job)

    def run_long(
        self,
        parent: QWidget | None,
        label: str,
        fn: Callable[[Progress, Cancelled], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> LongTask:
        """A long job with progress(done, total) and cancel; the dialog appears only after ~0.5 s."""
        cancel = threading.Event()
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(self.tr("Working…"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        dialog.hide()
        timer = QTimer(dialog)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: dialog.show() if not cancel.is_set() else None)
        timer.start(SHOW_PROGRESS_AFTER_MS)

        def progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise TaskCancelled()
            self._progress.emit(dialog, done, total)

        def finished_or_cancelled(value: Any) -> Any:
            if cancel.is_set():  # the job returned after Cancel: its partial result is not used
                raise TaskCancelled()
            return value

        def finish(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def inner(value: Any) -> None:
                timer.stop()
                dialog.hide()
                dialog.deleteLater()
                if callback is not None:
                    callback(value)
            return inner

        def failed(exc: BaseException) -> None:
            finish(None)(None)
            if not isinstance(exc, TaskCancelled):
                (on_error or self._default_error)(exc)
            elif on_cancel is not None:
                on_cancel()

        self.run(lambda: finished_or_cancelled(fn(progress, cancel.is_set)), finish(on_done), failed)
        return LongTask(dialog, cancel)

    def _on_progress(self, dialog: QProgressDialog, done: int, total: int) -> None:
        try:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
        except RuntimeError:  # dialog already deleted
            pass

    def _deliver(self, callback: Callable[[Any], None] | None, result: Any, error: BaseException | None) -> None:
        try:
            if callback is not None:
                callback(error if error is not None else result)
        finally:
            self.pending -= 1
            if self.pending == 0:
                self.busy_changed.emit(False)
                self.idle.emit()

    def shutdown(self) -> None:
        """Finish the queued operations (each is one transaction), then stop the worker thread."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
