"""The assessor's desktop app (PySide6): the only package that imports Qt."""

from ui.qt_compat import guard_none_refcount

guard_none_refcount()  # before any Qt call: PySide6 6.12 + Python 3.11 drop references to None/True/False
