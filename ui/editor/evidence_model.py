"""List model of an assessment's evidence: thumbnails (decoded a few per event-loop turn, cached), captions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from assessment.evidence_store import EvidenceStore
from assessment.views import EvidenceView
from ui import i18n

Index = QModelIndex | QPersistentModelIndex
EvidenceRole = Qt.ItemDataRole.UserRole + 1
EvidenceIdRole = Qt.ItemDataRole.UserRole + 2
THUMB = QSize(160, 120)


class EvidenceModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[EvidenceView] = []
        self.store: EvidenceStore | None = None
        self._thumbs: dict[str, QIcon] = {}
        self._queue: list[str] = []  # sha256 of thumbnails still to decode
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._decode_some)

    def set_items(self, items: list[EvidenceView] | tuple[EvidenceView, ...], store: EvidenceStore | None) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.store = store
        self._queue.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def thumbnail(self, ev: EvidenceView) -> QIcon:
        """The cached thumbnail, else a file icon now and the real one a moment later (never freezes)."""
        icon = self._thumbs.get(ev.sha256)
        if icon is not None:
            return icon
        if ev.sha256 not in self._queue:
            self._queue.append(ev.sha256)
            self._timer.start()
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def _decode_some(self, batch: int = 3) -> None:
        for _ in range(min(batch, len(self._queue))):
            sha = self._queue.pop(0)
            ev = next((e for e in self.items if e.sha256 == sha), None)
            if ev is None:
                continue
            self._thumbs[sha] = self._decode(ev)
            for row, e in enumerate(self.items):
                if e.sha256 == sha:
                    self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole])
        if not self._queue:
            self._timer.stop()

    def _decode(self, ev: EvidenceView) -> QIcon:
        icon = QIcon()
        if ev.media_type.startswith("image/") and self.store is not None:
            reader = QImageReader(str(self.store.path_for(ev.sha256)))
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid():
                reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if not image.isNull():
                icon = QIcon(QPixmap.fromImage(image))
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return icon

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        ev = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ev.caption or ev.original_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(ev)
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(ev)
        if role == EvidenceRole:
            return ev
        if role == EvidenceIdRole:
            return ev.id
        return None


def describe(ev: EvidenceView, full: bool = True) -> str:
    """The facts a reviewer checks: file, time and place of capture, hashes, links."""
    lines = [ev.original_name, f"{ev.media_type} · {i18n.fmt_number(ev.size_bytes / 1024, 0)} KB"]
    if ev.captured_at:
        lines.append(QCoreApplication.translate("Evidence", "Taken: %1").replace(
            "%1", i18n.fmt_datetime(ev.captured_at)))
    else:
        lines.append(QCoreApplication.translate("Evidence", "Taken: unknown (no EXIF time)"))
    if ev.latitude is not None and ev.longitude is not None:
        gps = QCoreApplication.translate("Evidence", "GPS: %1, %2")
        lines.append(gps.replace("%1", f"{ev.latitude:.5f}").replace("%2", f"{ev.longitude:.5f}"))
    else:
        lines.append(QCoreApplication.translate("Evidence", "GPS: none"))
    def digest(h: str) -> str:
        return h if full else h[:16] + "…"

    original = QCoreApplication.translate("Evidence", "Original SHA-256: %1")
    lines.append(original.replace("%1", digest(ev.original_sha256)))
    if ev.sha256 != ev.original_sha256:
        lines.append(QCoreApplication.translate("Evidence", "Stored (downscaled) SHA-256: %1").replace(
            "%1", digest(ev.sha256)))
    lines.append(QCoreApplication.translate("Evidence", "Linked to: %1").replace("%1", ", ".join(ev.items) or "—"))
    added = QCoreApplication.translate("Evidence", "Added by %1 on %2").replace("%1", ev.added_by or "—")
    lines.append(added.replace("%2", i18n.fmt_datetime(ev.added_at)))
    return "\n".join(lines)
