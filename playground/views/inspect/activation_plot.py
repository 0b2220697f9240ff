"""The plot of the activation view: every h(a) and h′(a), the data's a behind them, one mark.

A pyqtgraph plot whose items are made once and refilled with ``setData``:
one solid curve per activation function and one dashed curve per derivative
(values from :func:`engine.activations.activation_function` and
:func:`~engine.activations.activation_derivative`), a faint histogram of a
layer's ``a`` over the training data along the bottom — bars where ``h′ ≈ 0``
in a warmer tone, so saturation shows at a glance — and the picked point's
``(a, h(a))`` and ``(a, h′(a))``.

The highlighted function (the chosen layer's) is drawn bold and sets the
vertical range; the others stay faint and may leave the plot.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from engine.activations import activation_derivative, activation_function
from playground.probes.layer_activity import flat_mask
from playground.views.colors import INK_HEX, MUTED_HEX, ViewStyle

#: The functions, in the order the deck and the book introduce them.
FUNCTIONS = ("step", "sigmoid", "tanh", "relu", "leaky_relu", "linear")
#: Okabe–Ito colours (safe for colour blindness), one per function.
COLORS = {"step": "#000000", "sigmoid": "#E69F00", "tanh": "#0072B2", "relu": "#009E73",
          "leaky_relu": "#CC79A7", "linear": "#56B4E9"}
#: Points per curve: smooth at any width, trivial to compute.
SAMPLES = 601
#: The a axis spans at least ±this, so the shapes are recognisable before any data.
MIN_HALF_RANGE = 4.0
#: The histogram's tallest bar reaches this share of the plot's height.
HISTOGRAM_SHARE = 0.35
ACTIVE_HIST = QColor(110, 110, 110, 60)
FLAT_HIST = QColor(213, 94, 0, 110)


class ActivationPlot(QWidget):
    """Curves, derivatives, histogram and mark; call :meth:`redraw` after changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setObjectName("activationPlot")
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.showGrid(x=True, y=True, alpha=0.15)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        # Behind everything: the data's a (active bars, then flat ones).
        # (stepMode is given with the data: pyqtgraph refuses it on empty curves.)
        self.hist_active = pg.PlotCurveItem(fillLevel=0.0, pen=None)
        self.hist_flat = pg.PlotCurveItem(fillLevel=0.0, pen=None)
        for hist, colour in ((self.hist_active, ACTIVE_HIST), (self.hist_flat, FLAT_HIST)):
            hist.setBrush(colour)
            hist.setZValue(-10)
            item.addItem(hist)
        self.zero_line = pg.InfiniteLine(0.0, angle=0, pen=pg.mkPen(MUTED_HEX, width=1))
        self.zero_line.setZValue(-5)
        item.addItem(self.zero_line)
        self.curves = {name: item.plot() for name in FUNCTIONS}
        self.derivatives = {name: item.plot() for name in FUNCTIONS}
        self.a_line = pg.InfiniteLine(0.0, angle=90)
        self.a_line.setZValue(5)
        item.addItem(self.a_line)
        self.marker = pg.ScatterPlotItem()
        self.marker.setZValue(20)
        item.addItem(self.marker)
        self.shown: set[str] = set(FUNCTIONS)
        self.show_derivatives = True
        self.highlight: str | None = None
        self.activity = None  # a LayerActivity, or None
        self.mark: tuple[float, float, float] | None = None  # (a, h(a), h'(a))
        self._style = ViewStyle()
        self.set_style(self._style)

    # -- inputs --------------------------------------------------------------------
    def set_style(self, style: ViewStyle) -> None:
        self._style = style
        item = self.plot.getPlotItem()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setTickFont(style.font())
            axis.setPen(pg.mkPen(MUTED_HEX, width=style.width(1)))
            axis.setTextPen(pg.mkPen(INK_HEX))
        label_style = {"font-size": f"{style.font_pt:.0f}pt", "color": INK_HEX}
        item.setLabel("bottom", "a", **label_style)
        item.setLabel("left", "h(a),  h′(a) (- - -)", **label_style)
        self.redraw()

    def x_range(self) -> tuple[float, float]:
        """The a axis: symmetric, wide enough for the data's a and the mark."""
        half = MIN_HALF_RANGE
        if self.activity is not None and np.isfinite([self.activity.lo, self.activity.hi]).all():
            half = max(half, 1.05 * max(abs(self.activity.lo), abs(self.activity.hi)))
        if self.mark is not None and np.isfinite(self.mark[0]):
            half = max(half, 1.1 * abs(self.mark[0]))
        half = min(half, 1e6)
        return -half, half

    def y_range(self, xs: np.ndarray) -> tuple[float, float]:
        """Fits the highlighted function and its slope (or all shown), at least −0.2…1.2."""
        names = [self.highlight] if self.highlight in self.shown else sorted(self.shown)
        # Room around 0…1 (and −1 for tanh) so a mark at an end stays clear of the frame.
        lo, hi = (-1.2 if self.highlight == "tanh" else -0.2), 1.2
        for name in names:
            values = [activation_function(name)(xs)]
            if self.show_derivatives:
                values.append(activation_derivative(name)(xs))
            lo = min(lo, *(float(v.min()) for v in values))
            hi = max(hi, *(float(v.max()) for v in values))
        pad = 0.06 * (hi - lo)
        return lo - pad, hi + pad

    # -- drawing -------------------------------------------------------------------
    def redraw(self) -> None:
        x0, x1 = self.x_range()
        xs = np.linspace(x0, x1, SAMPLES)
        if x0 < 0 < x1:
            xs = np.union1d(xs, [0.0])  # the kink of ReLU and the jump of step, exactly
        y0, y1 = self.y_range(xs)
        s = self._style
        for name in FUNCTIONS:
            bold = name == self.highlight
            colour = QColor(COLORS[name])
            if self.highlight is not None and not bold:
                colour.setAlpha(110)
            width = s.width(3.5 if bold else 1.5)
            on = name in self.shown
            curve, slope = self.curves[name], self.derivatives[name]
            curve.setData(xs if on else [], activation_function(name)(xs) if on else [])
            curve.setPen(pg.mkPen(colour, width=width))
            curve.setZValue(10 if bold else 1)
            d_on = on and self.show_derivatives
            slope.setData(xs if d_on else [], activation_derivative(name)(xs) if d_on else [])
            slope.setPen(pg.mkPen(colour, width=width * 0.8, style=Qt.PenStyle.DashLine))
            slope.setZValue(9 if bold else 0)
        self._draw_histogram(y0, y1)
        self._draw_mark()
        vb = self.plot.getPlotItem().getViewBox()
        vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _draw_histogram(self, y0: float, y1: float) -> None:
        act = self.activity
        if act is None or not len(act.counts) or act.counts.max() <= 0:
            self.hist_active.hide()
            self.hist_flat.hide()
            return
        heights = y0 + act.counts / act.counts.max() * HISTOGRAM_SHARE * (y1 - y0)
        centres = 0.5 * (act.edges[:-1] + act.edges[1:])
        flat = flat_mask(act.activation, centres)
        # Bars outside a part are drawn at the floor, so each part keeps its own colour.
        self.hist_active.setData(act.edges, np.where(flat, y0, heights), stepMode="center")
        self.hist_flat.setData(act.edges, np.where(flat, heights, y0), stepMode="center")
        for hist in (self.hist_active, self.hist_flat):
            hist.setFillLevel(y0)
            hist.show()

    def _draw_mark(self) -> None:
        if self.mark is None or not np.isfinite(self.mark).all():
            self.marker.setData([], [])
            self.a_line.hide()
            return
        a, y, slope = self.mark
        colour = QColor(COLORS.get(self.highlight, INK_HEX))
        size = self._style.marker_px * 1.6
        ink = pg.mkPen(INK_HEX, width=self._style.width(1.5))
        spots = [{"pos": (a, y), "size": size, "brush": pg.mkBrush(colour), "pen": ink,
                  "symbol": "o"}]
        if self.show_derivatives:
            spots.append({"pos": (a, slope), "size": size * 0.8, "brush": pg.mkBrush("w"),
                          "pen": pg.mkPen(colour, width=self._style.width(2)), "symbol": "o"})
        self.marker.setData(spots)
        self.a_line.setPos(a)
        self.a_line.setPen(pg.mkPen(INK_HEX, width=self._style.width(1),
                                    style=Qt.PenStyle.DotLine))
        self.a_line.show()

    def marked_point(self) -> tuple[float, float] | None:
        """``(a, h(a))`` as drawn (tests compare it with the engine)."""
        x, y = self.marker.getData()
        return (float(x[0]), float(y[0])) if len(x) else None
