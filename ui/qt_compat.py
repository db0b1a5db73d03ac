"""Work-arounds for Qt binding defects: conversions that drop references to None, True and False."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

_checked: dict[str, bool] = {}


def none_refcount_leaks() -> bool:
    """True when PySide returns None for an invalid QVariant without taking a reference (seen in 6.12, Python 3.11).

    Each such call lowers None's reference count by one; after a few thousand, Python aborts with
    "Fatal Python error: none_dealloc". Python 3.12+ makes None immortal, so it cannot happen there.
    """
    if "leaks" not in _checked:
        from PySide6.QtGui import QStandardItem

        item = QStandardItem()
        before = sys.getrefcount(None)
        for _ in range(20):
            item.data(Qt.ItemDataRole.UserRole + 99)
        _checked["leaks"] = sys.getrefcount(None) < before
    return _checked["leaks"]


def guard_none_refcount() -> bool:
    """Make None, True and False effectively immortal (as Python 3.12+ does) when the binding is affected.

    PySide6 6.12 on Python 3.11 loses a reference to None for every invalid QVariant it returns
    (index.data(), currentData()) and to True/False for every bool it passes to a Python slot of a
    Python-defined signal; the app would abort after a few thousand such calls.
    """
    if sys.version_info >= (3, 12) or "guarded" in _checked:
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    _checked["guarded"] = True
    return True


def index_data(index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    """index.data(role) without the leak: ask the Python model (behind any proxies) directly."""
    if not index.isValid():
        return None
    model = index.model()
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return model.data(index, role)
