"""An overlaid radar chart: one translucent polygon per compared candidate, drawn with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.radar import draw_radar_grid, radar_point

SERIES_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf")


class OverlayRadar(QWidget):
    """Axes are category names; each series is (label, shares 0..1 per axis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axes: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.setMinimumSize(320, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(460, 380)

    def set_data(self, axes: list[str], series: list[tuple[str, list[float]]]) -> None:
        self.axes = list(axes)
        self.series = [(label, list(shares)) for label, shares in series]
        self.update()

    def _point(self, centre: QPointF, radius: float, i: int, share: float) -> QPointF:
        return radar_point(centre, radius, i, len(self.axes), share)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        n = len(self.axes)
        if n < 3 or not self.series:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "—")
            p.end()
            return
        legend_h = 20 * ((len(self.series) + 2) // 3)
        centre = QPointF(self.width() / 2, (self.height() - legend_h) / 2 + 6)
        radius = max(30.0, min(self.width() / 2 - 95, (self.height() - legend_h) / 2 - 36))
        draw_radar_grid(p, centre, radius, n)
        for k, (_label, shares) in enumerate(self.series):
            colour = QColor(SERIES_COLOURS[k % len(SERIES_COLOURS)])
            p.setPen(QPen(colour, 2))
            fill = QColor(colour)
            fill.setAlpha(45)
            p.setBrush(fill)
            p.drawPolygon(QPolygonF([self._point(centre, radius, i, s) for i, s in enumerate(shares[:n])]))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(self.palette().text().color())
        for i, label in enumerate(self.axes):
            pt = self._point(centre, radius + 12, i, 1.0)
            box = QRectF(pt.x() - 80, pt.y() - 18, 160, 36)
            if pt.x() > centre.x() + 5:
                box.moveLeft(pt.x() - 2)
                align = Qt.AlignmentFlag.AlignLeft
            elif pt.x() < centre.x() - 5:
                box.moveRight(pt.x() + 2)
                align = Qt.AlignmentFlag.AlignRight
            else:
                align = Qt.AlignmentFlag.AlignHCenter
            p.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), label)
        x, y = 10.0, self.height() - legend_h + 4
        for k, (label, _shares) in enumerate(self.series):
            colour = QColor(SERIES_COLOURS[k % len(SERIES_COLOURS)])
            p.fillRect(QRectF(x, y + 3, 12, 12), colour)
            p.drawText(QRectF(x + 16, y, 200, 18), int(Qt.AlignmentFlag.AlignVCenter), label)
            x += 220
            if x + 200 > self.width():
                x, y = 10.0, y + 20
        p.end()
