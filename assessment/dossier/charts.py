"""Charts as ReportLab Drawings: monthly bars by carrier, mixes, emissions by source, the category radar."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from assessment.dossier.styles import ACCENT, INK, MUTED, RULE, SERIES


def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis so it fits width points (chart legends and labels, headers)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _title(d: Drawing, text: str, font: str) -> None:
    d.initialFontName = font  # the renderer's starting font: otherwise an unused, non-embedded Helvetica
    d.add(String(0, d.height - 10, text, fontName=font, fontSize=9, fillColor=ACCENT))


def _legend(x: float, y: float, names: Sequence[str], font: str, columns: int = 1,
            width: float = 140) -> Legend:
    names = [fit(n, font, 7, width - 14) for n in names]
    lg = Legend()
    lg.x, lg.y = x, y
    lg.fontName, lg.fontSize = font, 7
    lg.alignment = "right"
    lg.boxAnchor = "nw"
    lg.columnMaximum = max(1, -(-len(names) // columns))
    lg.dx = lg.dy = 6
    lg.deltay = 9
    lg.colorNamePairs = [(SERIES[i % len(SERIES)], n) for i, n in enumerate(names)]
    return lg


def _nice_max(values: Sequence[float]) -> float:
    top = max([v for v in values if v is not None] + [0.0])
    if top <= 0:
        return 1.0
    mag = 10 ** (len(str(int(top))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if top <= step * mag:
            return step * mag
    return top


class MonthlyBars(Drawing):
    """Stacked bars: one bar per month, one segment per carrier."""

    def __init__(self, width: float, height: float, title: str, months: Sequence[str],
                 series: Sequence[tuple[str, Sequence[float]]], font: str, unit: str) -> None:
        super().__init__(width, height)
        _title(self, title, font)
        chart = VerticalBarChart()
        chart.x, chart.y = 38, 34
        chart.width, chart.height = width * 0.66, height - 62
        chart.data = [list(vals) for _, vals in series] or [[0.0] * len(months)]
        chart.categoryAxis.style = "stacked"
        chart.categoryAxis.categoryNames = [m[-2:] for m in months]
        chart.categoryAxis.labels.fontName = font
        chart.categoryAxis.labels.fontSize = 6.5
        chart.valueAxis.labels.fontName = font
        chart.valueAxis.labels.fontSize = 6.5
        stacked = [sum(v[i] for v in chart.data) for i in range(len(months))]
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = _nice_max(stacked)
        chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
        chart.valueAxis.gridStrokeColor = RULE
        chart.valueAxis.visibleGrid = True
        chart.barSpacing = 0
        chart.groupSpacing = 3
        for i in range(len(chart.data)):
            chart.bars[i].fillColor = SERIES[i % len(SERIES)]
            chart.bars[i].strokeColor = None
        self.add(chart)
        self.add(String(chart.x - 30, chart.y + chart.height + 6, unit, fontName=font, fontSize=6.5,
                        fillColor=MUTED))
        self.add(_legend(chart.x + chart.width + 14, chart.y + chart.height, [n for n, _ in series], font,
                         width=width - chart.x - chart.width - 18))


class MonthlyLines(Drawing):
    """Lines over the months (e.g. emissions, market- and location-based)."""

    def __init__(self, width: float, height: float, title: str, months: Sequence[str],
                 series: Sequence[tuple[str, Sequence[float]]], font: str, unit: str) -> None:
        super().__init__(width, height)
        _title(self, title, font)
        chart = HorizontalLineChart()
        chart.x, chart.y = 38, 34
        chart.width, chart.height = width * 0.66, height - 62
        chart.data = [list(vals) for _, vals in series] or [[0.0] * len(months)]
        chart.categoryAxis.categoryNames = [m[-2:] for m in months]
        chart.categoryAxis.labels.fontName = font
        chart.categoryAxis.labels.fontSize = 6.5
        chart.valueAxis.labels.fontName = font
        chart.valueAxis.labels.fontSize = 6.5
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = _nice_max([v for s in chart.data for v in s])
        chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = RULE
        for i in range(len(chart.data)):
            chart.lines[i].strokeColor = SERIES[i % len(SERIES)]
            chart.lines[i].strokeWidth = 1.6
        self.add(chart)
        self.add(String(chart.x - 30, chart.y + chart.height + 6, unit, fontName=font, fontSize=6.5,
                        fillColor=MUTED))
        self.add(_legend(chart.x + chart.width + 14, chart.y + chart.height, [n for n, _ in series], font,
                         width=width - chart.x - chart.width - 18))


class MixPie(Drawing):
    """A share pie with a legend giving each part's percentage."""

    def __init__(self, width: float, height: float, title: str, slices: Sequence[tuple[str, float]],
                 font: str) -> None:
        super().__init__(width, height)
        _title(self, title, font)
        parts = [(n, v) for n, v in slices if v and v > 0]
        total = sum(v for _, v in parts) or 1.0
        pie = Pie()
        size = min(width * 0.42, height - 40)
        pie.x, pie.y = 6, (height - 16 - size) / 2
        pie.width = pie.height = size
        pie.data = [v for _, v in parts] or [1]
        pie.labels = None
        pie.simpleLabels = True
        pie.slices.strokeColor = colors.white
        pie.slices.strokeWidth = 0.6
        for i in range(len(pie.data)):
            pie.slices[i].fillColor = SERIES[i % len(SERIES)] if parts else RULE
        self.add(pie)
        names = [f"{n}  {100 * v / total:.1f}%" for n, v in parts] or ["—"]
        self.add(_legend(size + 20, pie.y + size, names, font, width=width - size - 24))


class SourceBars(Drawing):
    """Horizontal bars: where the tonnes come from."""

    def __init__(self, width: float, height: float, title: str, slices: Sequence[tuple[str, float]],
                 font: str, unit: str) -> None:
        super().__init__(width, height)
        _title(self, title, font)
        parts = list(slices) or [("—", 0.0)]
        chart = HorizontalBarChart()
        chart.x, chart.y = width * 0.36, 22
        chart.width, chart.height = width * 0.56, height - 48
        chart.data = [[v for _, v in parts]]
        chart.categoryAxis.categoryNames = [fit(n, font, 7, chart.x - 8) for n, _ in parts]
        chart.categoryAxis.labels.fontName = font
        chart.categoryAxis.labels.fontSize = 7
        chart.valueAxis.labels.fontName = font
        chart.valueAxis.labels.fontSize = 6.5
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = _nice_max([v for _, v in parts])
        chart.valueAxis.valueStep = chart.valueAxis.valueMax / 4
        chart.bars[0].fillColor = ACCENT
        chart.bars[0].strokeColor = None
        chart.barLabelFormat = "%.1f"
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = 6.5
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        self.add(chart)
        self.add(String(chart.x + chart.width, 4, unit, fontName=font, fontSize=6.5, fillColor=MUTED,
                        textAnchor="end"))


class CategoryRadar(Drawing):
    """SpiderChart of the categories' shares of their maximum, with the minimum share as a second ring."""

    def __init__(self, width: float, height: float, title: str, names: Sequence[str],
                 shares: Sequence[float], minimum: Sequence[float], font: str, legend: tuple[str, str]) -> None:
        super().__init__(width, height)
        _title(self, title, font)
        sp = SpiderChart()
        size = min(width - 90, height - 62)
        sp.x, sp.y = (width - size) / 2, 34
        sp.width = sp.height = size
        names, shares, minimum = list(names), list(shares), list(minimum)
        while len(names) < 3:  # a radar needs three spokes
            names.append("")
            shares.append(0.0)
            minimum.append(0.0)
        sp.data = [shares, minimum, [1.0] * len(names)]  # the invisible third strand fixes the scale at 100 %
        sp.labels = names
        sp.strands[0].fillColor = colors.Color(0.106, 0.302, 0.243, alpha=0.25)
        sp.strands[0].strokeColor = ACCENT
        sp.strands[0].strokeWidth = 1.4
        sp.strands[1].fillColor = None
        sp.strands[1].strokeColor = colors.HexColor("#a23b2a")
        sp.strands[1].strokeDashArray = (2, 2)
        sp.strandLabels.fontName = font
        sp.strandLabels.fontSize = 6
        sp.spokeLabels.fontName = font
        sp.spokeLabels.fontSize = 7
        sp.spokeLabels.fillColor = INK
        sp.spokes.strokeColor = RULE
        sp.strands[2].fillColor = None
        sp.strands[2].strokeColor = None
        self.add(sp)
        lg = _legend(4, 14, list(legend), font)
        lg.columnMaximum = 1  # side by side under the radar
        lg.deltax = 70
        lg.colorNamePairs = [(ACCENT, legend[0]), (colors.HexColor("#a23b2a"), legend[1])]
        self.add(lg)


class GroupedBars(Drawing):
    """Vertical bars, one group per category (e.g. points against maximum, or candidates' totals)."""

    def __init__(self, width: float, height: float, title: str, names: Sequence[str],
                 series: Sequence[tuple[str, Sequence[float]]], font: str, value_max: float | None = None) -> None:
        super().__init__(width, height)
        _title(self, title, font)
        chart = VerticalBarChart()
        chart.x, chart.y = 34, 40
        chart.width, chart.height = width * 0.62, height - 66
        chart.data = [list(v) for _, v in series] or [[0.0]]
        chart.categoryAxis.categoryNames = [fit(n, font, 6.5, 60) for n in names] or [""]
        chart.categoryAxis.labels.fontName = font
        chart.categoryAxis.labels.fontSize = 6.5
        slanted = len(names) > 6 or any(len(n) > 8 for n in names)
        chart.categoryAxis.labels.angle = 30 if slanted else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if slanted else "n"
        chart.valueAxis.labels.fontName = font
        chart.valueAxis.labels.fontSize = 6.5
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = value_max or _nice_max([x for _, v in series for x in v])
        chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = RULE
        fills = [SERIES[(i * 3) % len(SERIES)] if i else ACCENT for i in range(len(chart.data))]
        for i, fill in enumerate(fills):
            chart.bars[i].fillColor = fill
            chart.bars[i].strokeColor = None
        self.add(chart)
        lg = _legend(chart.x + chart.width + 12, chart.y + chart.height, [n for n, _ in series], font,
                     width=width - chart.x - chart.width - 16)
        lg.colorNamePairs = [(fills[i], name) for i, (_, name) in enumerate(lg.colorNamePairs)]
        self.add(lg)
