"""A small legend strip drawn under the boundary plot.

Kept outside the plot so it never covers the heatmap, and drawn with QPainter
(pyqtgraph's own symbol painter) so the legend's shapes are exactly the plot's.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from playground.guard import guarded
from playground.views.colors import INK_HEX, NEGATIVE_HEX, NEUTRAL_RGB, POSITIVE_HEX, ViewStyle


@dataclass(frozen=True)
class LegendEntry:
    """One item: a marker (or a colour bar) and its text.

    ``symbol`` is a pyqtgraph symbol name, or ``"gradient"`` for the
    orange–neutral–blue bar of the regression map.
    """

    symbol: str
    fill: QColor | None
    outline: QColor
    outline_width: float
    text: str


class PointLegend(QWidget):
    """Draws entries left to right, wrapping onto a second row if needed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._entries: list[LegendEntry] = []
        self._style = ViewStyle()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_entries(self, entries: list[LegendEntry]) -> None:
        if entries != self._entries:
            self._entries = list(entries)
            self._refit()

    def entries(self) -> list[LegendEntry]:
        return list(self._entries)

    def set_style(self, style: ViewStyle) -> None:
        self._style = style
        self.setFont(style.font())
        self._refit()

    # -- geometry ---------------------------------------------------------

    def _marker(self) -> float:
        return self._style.marker_px + 2

    def _item_widths(self) -> list[float]:
        fm = QFontMetricsF(self.font())
        gap = fm.height() * 0.4
        widths = []
        for e in self._entries:
            mark = self._marker() * (4 if e.symbol == "gradient" else 1)
            widths.append(mark + gap + fm.horizontalAdvance(e.text))
        return widths

    def _rows(self, width: float) -> list[list[int]]:
        spacing = QFontMetricsF(self.font()).height() * 1.2
        rows: list[list[int]] = [[]]
        used = 0.0
        for i, w in enumerate(self._item_widths()):
            if rows[-1] and used + spacing + w > width:
                rows.append([])
                used = 0.0
            used += (spacing if rows[-1] else 0.0) + w
            rows[-1].append(i)
        return rows

    def _row_height(self) -> float:
        return max(QFontMetricsF(self.font()).height(), self._marker()) + 4

    def _refit(self) -> None:
        n_rows = len(self._rows(max(self.width(), 50))) if self._entries else 0
        self.setFixedHeight(int(self._row_height() * max(n_rows, 1) + 2))
        self.updateGeometry()
        self.update()

    @guarded
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._refit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(int(sum(self._item_widths()) + 40), int(self._row_height() + 2))

    # -- painting ---------------------------------------------------------

    @guarded
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self._entries:
            return
        p = QPainter(self)
        fm = QFontMetricsF(self.font())
        spacing = fm.height() * 1.2
        gap = fm.height() * 0.4
        widths = self._item_widths()
        row_h = self._row_height()
        for r, row in enumerate(self._rows(self.width())):
            total = sum(widths[i] for i in row) + spacing * (len(row) - 1)
            x = max((self.width() - total) / 2, 0.0)
            cy = r * row_h + row_h / 2 + 1
            for i in row:
                e = self._entries[i]
                mark = self._marker()
                if e.symbol == "gradient":
                    self._paint_gradient(p, QRectF(x, cy - mark / 3, mark * 4, mark * 2 / 3))
                    mark *= 4
                else:
                    self._paint_symbol(p, e, QPointF(x + mark / 2, cy))
                p.setPen(QColor(INK_HEX))
                text_rect = QRectF(x + mark + gap, cy - fm.height() / 2, widths[i], fm.height())
                p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           e.text)
                x += widths[i] + spacing
        p.end()

    def _paint_symbol(self, p: QPainter, e: LegendEntry, centre: QPointF) -> None:
        pen = QPen(e.outline)
        pen.setWidthF(e.outline_width)
        # drawSymbol scales the painter by the marker size; a cosmetic pen
        # keeps the outline width in pixels.
        pen.setCosmetic(True)
        brush = QBrush(e.fill) if e.fill is not None else QBrush(Qt.BrushStyle.NoBrush)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(centre)
        drawSymbol(p, e.symbol, self._style.marker_px, pen, brush)
        p.restore()

    def _paint_gradient(self, p: QPainter, rect: QRectF) -> None:
        grad = QLinearGradient(rect.topLeft(), rect.topRight())
        grad.setColorAt(0.0, QColor(NEGATIVE_HEX))
        grad.setColorAt(0.5, QColor(*NEUTRAL_RGB))
        grad.setColorAt(1.0, QColor(POSITIVE_HEX))
        p.fillRect(rect, grad)
        p.setPen(QPen(QColor(INK_HEX), 1))
        p.drawRect(rect)
