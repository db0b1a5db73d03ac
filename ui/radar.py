"""A radar (spider) chart of category shares, drawn with QPainter; an optional what-if overlay."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

Axis = tuple[str, float, float]  # label, share 0..1, minimum share 0..1


def radar_point(centre: QPointF, radius: float, i: int, n: int, share: float) -> QPointF:
    """Where share (0..1) of axis i of n lies; axis 0 points up, the rest go clockwise."""
    angle = -math.pi / 2 + 2 * math.pi * i / max(n, 1)
    r = radius * max(0.0, min(1.0, share))
    return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))


def draw_radar_grid(p: QPainter, centre: QPointF, radius: float, n: int) -> None:
    """Rings at 25/50/75/100 % and one spoke per axis."""
    p.setPen(QPen(QColor("#c8c8c8"), 1))
    for ring in (0.25, 0.5, 0.75, 1.0):
        p.drawPolygon(QPolygonF([radar_point(centre, radius, i, n, ring) for i in range(n)]))
    for i in range(n):
        p.drawLine(centre, radar_point(centre, radius, i, n, 1.0))


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axes: list[Axis] = []
        self.overlay: list[float] | None = None
        self.setMinimumSize(260, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(340, 300)

    def set_axes(self, axes: list[Axis], overlay: list[float] | None = None) -> None:
        self.axes = axes
        self.overlay = overlay
        self.update()

    def _point(self, centre: QPointF, radius: float, i: int, share: float) -> QPointF:
        return radar_point(centre, radius, i, len(self.axes), share)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        n = len(self.axes)
        if n < 3:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "—")
            return
        centre = QPointF(self.width() / 2, self.height() / 2 + 4)
        radius = min(self.width() / 2 - 105, self.height() / 2 - 44)
        radius = max(radius, 30.0)
        draw_radar_grid(p, centre, radius, n)
        p.setPen(QPen(QColor("#c0392b"), 1, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolygon(QPolygonF([self._point(centre, radius, i, a[2]) for i, a in enumerate(self.axes)]))
        p.setPen(QPen(QColor("#1e7b4a"), 2))
        p.setBrush(QColor(46, 160, 90, 90))
        p.drawPolygon(QPolygonF([self._point(centre, radius, i, a[1]) for i, a in enumerate(self.axes)]))
        if self.overlay:
            p.setPen(QPen(QColor("#b7791f"), 2, Qt.PenStyle.DashLine))
            p.setBrush(QColor(240, 180, 40, 50))
            p.drawPolygon(QPolygonF([self._point(centre, radius, i, s) for i, s in enumerate(self.overlay)]))
        p.setPen(self.palette().text().color())
        for i, (label, share, _minimum) in enumerate(self.axes):
            pt = self._point(centre, radius + 14, i, 1.0)
            box = QRectF(pt.x() - 52, pt.y() - 22, 104, 44)
            if pt.x() > centre.x() + 5:
                box.moveLeft(pt.x() - 4)
                align = Qt.AlignmentFlag.AlignLeft
            elif pt.x() < centre.x() - 5:
                box.moveRight(pt.x() + 4)
                align = Qt.AlignmentFlag.AlignRight
            else:
                align = Qt.AlignmentFlag.AlignHCenter
                if pt.y() < centre.y():
                    box.moveBottom(pt.y() + 6)
                else:
                    box.moveTop(pt.y() - 6)
            box = box.intersected(QRectF(self.rect()))
            p.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                       f"{label}\n{share * 100:.0f}%")
        p.end()
