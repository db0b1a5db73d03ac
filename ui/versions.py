"""The versions this window has shown of each site and assessment, passed with every save (optimistic locking).

The editor notes the versions when it loads an assessment (one read, so they match what it shows). Every save
then carries the noted version; the operation refuses it if someone else has saved since. A save that went
through moves an assessment's version on by exactly one (the operations' contract, tested in
tests/assessment/test_versions.py) and a site's to the version its save returns, so the book stays current
without re-reading, which could adopt someone else's change that this window has not shown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class VersionBook:
    """Thread-safe: saves run on the worker thread, loads are noted on the GUI thread."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}
        self._lock = threading.RLock()

    def saw(self, record_id: str, version: int) -> None:
        with self._lock:
            self._seen[record_id] = version

    def seen(self, record_id: str) -> int | None:
        with self._lock:
            return self._seen.get(record_id)

    def forget(self, record_id: str) -> None:
        with self._lock:
            self._seen.pop(record_id, None)

    def save(self, record_id: str, op: Callable[[int | None], T],
             new_version: Callable[[T], int] | None = None) -> T:
        """Run `op(expected_version)`; when it succeeds, note the record's new version.

        None is passed when this window never loaded the record (nothing to compare). The lock is held
        during the operation, so two saves of this window never race each other for the same version.
        """
        with self._lock:
            expected = self._seen.get(record_id)
            result = op(expected)
            if expected is not None:
                self._seen[record_id] = new_version(result) if new_version is not None else expected + 1
            return result


def site_version(view: Any) -> int:
    """The new version of a site, read from the SiteView its save returns."""
    return int(view.version)
