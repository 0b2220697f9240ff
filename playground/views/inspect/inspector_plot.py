"""The inspector's small plot of ``h``: the activation's curve with the neuron's ``(a, y)`` on it.

One pyqtgraph PlotWidget whose items (the curve, two dashed guides from the
axes and the marked point) are made once and updated with ``setData``, so
following a point while training costs a few array writes per refresh.
The range is chosen from the function and ``a``: a bounded ``h`` (tanh,
sigmoid, step, softmax) shows both of its flat ends, an unbounded one a
span around ``a``, so the mark never sits off the plot.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSizePolicy

from engine.activations import ACTIVATIONS, activation_function
from playground.views.colors import INK_HEX, MUTED_HEX, POSITIVE_HEX, ViewStyle
from playground.views.inspect.neuron_numbers import softmax_curve

#: Samples along the curve (enough for the step's jump to look straight).
SAMPLES = 401
_BOUNDED = {"tanh", "sigmoid", "step", "softmax"}
_POINT_HEX = "#D55E00"


class ActivationPlot(pg.PlotWidget):
    """``y = h(a)`` over a range around ``a``, with ``(a, y)`` marked."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("inspectorPlot")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.getViewBox().setMouseEnabled(False, False)
        item.showGrid(x=True, y=True, alpha=0.15)
        self.curve = pg.PlotDataItem()
        self.guides = pg.PlotDataItem(connect="pairs")
        self.axes_lines = pg.PlotDataItem(connect="pairs")
        self.point = pg.ScatterPlotItem()
        for z, it in enumerate((self.axes_lines, self.guides, self.curve, self.point)):
            it.setZValue(z)
            item.addItem(it)
        self._style = ViewStyle()
        self._labels = ("a", "y")
        #: The last ``(name, a, y)`` drawn, for tests.
        self.drawn: tuple | None = None
        self.set_style(self._style)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(320, 190)

    def set_style(self, style: ViewStyle) -> None:
        """Thicker curve, bigger mark and tick labels in projector mode."""
        self._style = style
        self.curve.setPen(pg.mkPen(POSITIVE_HEX, width=style.width(2)))
        self.guides.setPen(pg.mkPen(MUTED_HEX, width=style.width(1), style=Qt.PenStyle.DashLine))
        self.axes_lines.setPen(pg.mkPen(MUTED_HEX, width=style.width(1)))
        self.point.setSize(style.marker_px * 1.6)
        self.point.setPen(pg.mkPen(INK_HEX, width=style.width(1.5)))
        self.point.setBrush(pg.mkBrush(_POINT_HEX))
        font = style.font()
        for side in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(side)
            axis.setPen(pg.mkPen(MUTED_HEX, width=style.width(1)))
            axis.setTextPen(pg.mkPen(INK_HEX))
            axis.setStyle(tickFont=font)
        self.getPlotItem().getAxis("left").setWidth(int(style.font_pt * 5))
        self.set_axis_labels(*self._labels)

    def set_axis_labels(self, bottom: str, left: str) -> None:
        """Name the axes (the caller's words, already translated)."""
        self._labels = (bottom, left)
        size = f"{self._style.font_pt:.0f}pt"
        item = self.getPlotItem()
        item.getAxis("bottom").setLabel(bottom, **{"font-size": size, "color": INK_HEX})
        item.getAxis("left").setLabel(left, **{"font-size": size, "color": INK_HEX})

    def show_function(self, name: str, a: float, y: float, scores=None, k: int = 0) -> None:
        """Draw ``h`` called ``name`` and mark ``(a, y)``.

        Parameters
        ----------
        name : str
            An activation key, ``"identity"`` (regression output) or ``"softmax"``
            (then ``scores`` and ``k`` give the other outputs' scores).
        a, y : float
            The neuron's input to ``h`` and its output.
        """
        self.drawn = (name, a, y)
        if not (math.isfinite(a) and math.isfinite(y)):
            self.clear_function()
            return
        lo, hi = _span(name, a, scores, k)
        xs = np.linspace(lo, hi, SAMPLES)
        if name == "softmax":
            ys = softmax_curve(scores, k, xs)
        elif name in ACTIVATIONS:
            ys = activation_function(name)(xs)
        else:  # "identity": the regression output passes a through
            ys = xs.copy()
        self.curve.setData(xs, ys)
        self.point.setData([a], [y])
        self.guides.setData([a, a, lo, a], [0.0, y, y, y])
        bottom, top = float(min(ys.min(), 0.0)), float(max(ys.max(), 0.0))
        pad = 0.08 * max(top - bottom, 1e-9)
        self.axes_lines.setData([lo, hi, 0.0, 0.0], [0.0, 0.0, bottom - pad, top + pad])
        vb = self.getPlotItem().getViewBox()
        vb.setRange(xRange=(lo, hi), yRange=(bottom - pad, top + pad), padding=0)

    def clear_function(self) -> None:
        """Nothing to draw (a diverged value, an input node)."""
        for it in (self.curve, self.guides, self.axes_lines):
            it.setData([], [])
        self.point.setData([], [])


def _span(name: str, a: float, scores, k: int) -> tuple[float, float]:
    """The a-range to draw: both flat ends of a bounded h, else a span around a and 0."""
    if name == "softmax":
        others = np.delete(np.asarray(scores, dtype=np.float64), k)
        centre = float(others.max() + np.log(np.exp(others - others.max()).sum()))
        half = 6.0
        return min(centre - half, a - 1.0), max(centre + half, a + 1.0)
    if name in _BOUNDED:
        half = max(5.0, 1.2 * abs(a))
        return -half, half
    half = max(2.0, 1.3 * abs(a))
    return -half, half
