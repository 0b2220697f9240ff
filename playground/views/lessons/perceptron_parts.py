"""What the Perceptron view draws: its small plane, its truth table, the XOR network.

The plane shows the four gate inputs coloured by the perceptron's output, the
line ``w₁x₁ + w₂x₂ + b = 0`` (two lines, NAND's and OR's, for the two-layer
network) and a pale shading of the output on either side. The table shows
``a``, ``y`` and ✓/✗ against the chosen gate. The diagram draws the book's
hand-set 2-2-1 network (NAND and OR feeding AND) with its weights.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from engine.datasets import GATE_EXTENT
from engine.perceptron import EXPECTED, Perceptron, TruthTable, TwoLayerPerceptron
from playground.guard import guarded
from playground.views.colors import (
    DIVERGING_LUT,
    INK_HEX,
    MUTED_HEX,
    ViewStyle,
    class_color,
    class_symbol,
)
from playground.views.numbers import fmt

#: The hidden perceptrons' lines in the two-layer mode: s₁ (NAND) and s₂ (OR).
HIDDEN_LINE_HEX = ("#009E73", "#CC79A7")
GOOD_HEX, BAD_HEX = "#007A5A", "#C0392B"
_SHADE_SIDE = 96
_LABELS = ("(0, 0)", "(0, 1)", "(1, 0)", "(1, 1)")


class PerceptronPlane(pg.PlotWidget):
    """The unit square with the four gate points, the boundary line(s) and the output."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, background="w")
        self.setObjectName("perceptronPlane")
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        vb = item.getViewBox()
        vb.setMouseEnabled(x=False, y=False)
        vb.setAspectLocked(True, 1.0)
        x0, x1, y0, y1 = GATE_EXTENT
        vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.02)
        ticks = [[(v, f"{v:g}") for v in (0.0, 0.5, 1.0)]]
        item.getAxis("bottom").setTicks(ticks)
        item.getAxis("left").setTicks(ticks)
        self.shade = pg.ImageItem(axisOrder="row-major")
        self.shade.setZValue(-10)
        item.addItem(self.shade)
        self.line_items = [pg.PlotDataItem() for _ in range(2)]
        for line in self.line_items:
            line.setZValue(5)
            item.addItem(line)
        self.points = pg.ScatterPlotItem()
        self.points.setZValue(10)
        item.addItem(self.points)
        self.labels = []
        for (x, y), text in zip(((0, 0), (0, 1), (1, 0), (1, 1)), _LABELS, strict=True):
            label = pg.TextItem(text, color=INK_HEX, anchor=(0.5, -0.45))
            label.setPos(x, y)
            item.addItem(label)
            self.labels.append(label)
        #: The drawn segments, ``[((x, y), (x, y)), ...]``: one, or two in the XOR mode.
        self.segments: list = []
        #: The class each gate point is drawn in (0 or 1), in GATE_INPUTS order.
        self.point_classes: tuple[int, ...] = ()
        self._style = ViewStyle()
        self._model = None
        self.set_style(self._style)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(240, 240)

    def set_style(self, style: ViewStyle) -> None:
        self._style = style
        item = self.getPlotItem()
        for name, label in (("bottom", "x₁"), ("left", "x₂")):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(MUTED_HEX, width=style.width(1)))
            axis.setTextPen(pg.mkPen(INK_HEX))
            axis.setStyle(tickFont=style.font(), tickLength=-int(style.width(4)))
            axis.setLabel(label, **{"font-size": f"{style.font_pt:.0f}pt", "color": INK_HEX})
        for label in self.labels:
            label.setFont(style.font(0.9))
        if self._model is not None:
            self.show_model(self._model)

    def show_model(self, model: Perceptron | TwoLayerPerceptron) -> None:
        """Draw ``model``: shading, line(s) and the four points coloured by its output."""
        self._model = model
        x0, x1, y0, y1 = GATE_EXTENT
        xs = np.linspace(x0, x1, _SHADE_SIDE)
        ys = np.linspace(y0, y1, _SHADE_SIDE)
        grid = np.stack(np.meshgrid(xs, ys), axis=-1)  # row 0 = bottom
        y = np.clip(model(grid), 0.0, 1.0)
        lut = DIVERGING_LUT[np.round(y * 255).astype(int)].astype(np.float64)
        pale = 255.0 - (255.0 - lut) * 0.4
        self.shade.setImage(pale.astype(np.uint8), autoLevels=False, levels=(0, 255))
        self.shade.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))  # after setImage, which resets it

        if isinstance(model, TwoLayerPerceptron):
            sources = list(model.hidden)
            pens = [pg.mkPen(c, width=self._style.width(2.5), style=Qt.PenStyle.DashLine)
                    for c in HIDDEN_LINE_HEX]
        else:
            sources = [model]
            pens = [pg.mkPen(INK_HEX, width=self._style.width(3))]
        self.segments = []
        for i, line in enumerate(self.line_items):
            boundary = sources[i].boundary_line() if i < len(sources) else None
            segment = boundary.clip(GATE_EXTENT) if boundary is not None else None
            if segment is None:
                line.setData([], [])
                continue
            (ax, ay), (bx, by) = segment
            line.setData([ax, bx], [ay, by], pen=pens[i])
            self.segments.append(segment)

        inputs = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
        classes = tuple(int(v) for v in model.predict(inputs))
        self.point_classes = classes
        size = max(self._style.marker_px * 2.2, 14.0)
        self.points.setData(
            x=inputs[:, 0], y=inputs[:, 1], size=size,
            symbol=[class_symbol(k) for k in classes],
            brush=[pg.mkBrush(class_color(k)) for k in classes],
            pen=pg.mkPen(INK_HEX, width=self._style.width(1.5)))


class TruthTableWidget(QTableWidget):
    """x₁, x₂, (s₁, s₂,) a, y, the chosen gate's answer and ✓/✗, one row per input."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(4, 6, parent)
        self.setObjectName("perceptronTable")
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.marks: list[str] = []  # "✓" or "✗" per row, for tests and the verdict

    def fill(self, table: TruthTable, gate: str, headers: list[str]) -> None:
        two_layer = table.hidden is not None
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        want = EXPECTED[gate]
        correct = table.correct(gate)
        self.marks = ["✓" if ok else "✗" for ok in correct]
        for r in range(4):
            cells = [f"{table.inputs[r, 0]:g}", f"{table.inputs[r, 1]:g}"]
            if two_layer:
                cells += [f"{table.hidden[r, 0]:g}", f"{table.hidden[r, 1]:g}"]
            cells += [fmt(table.weighted_sum[r]), fmt(table.output[r]), str(want[r]),
                      self.marks[r]]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == len(cells) - 1:
                    cell.setForeground(QColor(GOOD_HEX if correct[r] else BAD_HEX))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.setItem(r, c, cell)
        self.fit_height()

    def fit_height(self) -> None:
        """Exactly tall enough for its four rows: no scroll bar, no empty band."""
        self.resizeRowsToContents()
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)


class XorDiagram(QWidget):
    """The book's two-layer perceptron: x₁, x₂ → s₁ (NAND), s₂ (OR) → y (AND)."""

    def __init__(self, network: TwoLayerPerceptron, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("perceptronXorDiagram")
        self.network = network
        self._style = ViewStyle()

    def set_style(self, style: ViewStyle) -> None:
        self._style = style
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        h = QFontMetrics(self.font()).height()
        return QSize(h * 18, h * 10)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        h = QFontMetrics(self.font()).height()
        return QSize(h * 14, h * 9)

    @guarded
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fm = QFontMetrics(self.font())
        w, h = self.width(), self.height()
        r = fm.height() * 0.95
        cols = (r + 6, w / 2, w - r - 6)
        nodes = {
            "x1": QPointF(cols[0], h * 0.28), "x2": QPointF(cols[0], h * 0.72),
            "s1": QPointF(cols[1], h * 0.28), "s2": QPointF(cols[1], h * 0.72),
            "y": QPointF(cols[2], h * 0.5),
        }
        nand, orr = self.network.hidden
        out = self.network.output
        edges = [("x1", "s1", nand.w1), ("x2", "s1", nand.w2), ("x1", "s2", orr.w1),
                 ("x2", "s2", orr.w2), ("s1", "y", out.w1), ("s2", "y", out.w2)]
        for a, b, weight in edges:
            color = QColor("#0072B2" if weight > 0 else "#E69F00")
            p.setPen(QPen(color, self._style.width(2)))
            p.drawLine(nodes[a], nodes[b])
            # Labels of the crossing edges sit near their source, the others midway,
            # so no two labels meet where the edges cross.
            crossing = (a, b) in (("x1", "s2"), ("x2", "s1"))
            t = 0.2 if crossing else 0.5
            mid = nodes[a] + (nodes[b] - nodes[a]) * t
            text = fmt(weight)
            box = QRectF(mid.x() - fm.horizontalAdvance(text) / 2 - 2, mid.y() - fm.height() / 2,
                         fm.horizontalAdvance(text) + 4, fm.height())
            p.fillRect(box, QColor(255, 255, 255, 225))
            p.setPen(QColor(INK_HEX))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        names = {"x1": "x₁", "x2": "x₂", "s1": "s₁", "s2": "s₂", "y": "y"}
        gates = {"s1": ("NAND", nand.b, HIDDEN_LINE_HEX[0]), "s2": ("OR", orr.b, HIDDEN_LINE_HEX[1]),
                 "y": ("AND", out.b, INK_HEX)}
        for key, c in nodes.items():
            ring = QColor(gates[key][2]) if key in gates else QColor(MUTED_HEX)
            p.setPen(QPen(ring, self._style.width(2)))
            p.setBrush(QColor("#FFFFFF"))
            p.drawEllipse(c, r, r)
            p.setPen(QColor(INK_HEX))
            p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter,
                       names[key])
            if key in gates:
                gate, bias, _color = gates[key]
                below = f"{gate}  b = {fmt(bias)}"
                width = fm.horizontalAdvance(below) + 4
                x = min(max(c.x() - width / 2, 0), w - width)
                y = c.y() + r + 2 if key != "s1" else c.y() - r - fm.height() - 2
                p.drawText(QRectF(x, y, width, fm.height()), Qt.AlignmentFlag.AlignCenter, below)
        p.end()
