"""The descent view's two drawings: the loss along one weight, and over two weights.

:class:`SlicePlot` draws a :class:`~playground.probes.loss_slice.LossSlice`:
the curve, the current value (a dot), the tangent (dashed, slope ∂L/∂w), the
next step as an arrow along w at the current loss, and where it lands on the
curve (a ring, joined by a dotted drop). :class:`ContourPlot` draws a
:class:`~playground.probes.loss_contours.LossContours`: a light heat map,
contour lines, the contour through the current point, the current point and,
when only these two weights were trained, their path.

Both are created once and refilled with ``setData`` (no clear-and-replot), and
restyled in place for projector mode. No text of their own except the axis
titles the view hands them (already translated).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt

from playground.views.colors import INK_HEX, ViewStyle
from playground.views.plot_kit import (
    CONTOUR_HEX,
    STEP_HEX,
    TANGENT_HEX,
    contour_lines,
    curve_pen,
    light_lut,
    make_plot,
    spread_levels,
    style_plot,
)

#: Empty space above and below the curve, as a share of its height.
Y_PADDING = 0.08


def _finite_range(values) -> tuple[float, float] | None:
    v = np.asarray(values, dtype=np.float64)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return None
    lo, hi = float(v.min()), float(v.max())
    if hi - lo < 1e-12 * max(1.0, abs(hi)):
        lo, hi = lo - 0.5 * max(1e-6, abs(lo) * 0.01), hi + 0.5 * max(1e-6, abs(hi) * 0.01)
    pad = Y_PADDING * (hi - lo)
    return lo - pad, hi + pad


class SlicePlot:
    """The loss along one weight, with tangent and step. ``widget`` is the plot."""

    def __init__(self, parent, style: ViewStyle):
        self.widget = make_plot(parent, "descentSlicePlot")
        item = self.widget.getPlotItem()
        item.getViewBox().disableAutoRange()
        self.curve = item.plot(connect="finite")
        self.tangent = item.plot()
        self.arrow_line = item.plot()
        self.drop = item.plot()
        self.point = item.plot(symbol="o")
        self.landing = item.plot(symbol="o")
        self.arrow_head = pg.ArrowItem(angle=180, tipAngle=32, baseAngle=20, tailLen=None)
        item.addItem(self.arrow_head)
        self.arrow_head.hide()
        self.slice = None
        self.labels = {"left": "", "bottom": ""}
        self.set_style(style)

    def set_style(self, style: ViewStyle) -> None:
        self.style = style
        self.widget.setMinimumHeight(int(22 * style.font_pt))
        self.curve.setPen(curve_pen(INK_HEX, style, 2.0))
        self.tangent.setPen(curve_pen(TANGENT_HEX, style, 1.6, dashed=True))
        self.arrow_line.setPen(curve_pen(STEP_HEX, style, 2.6))
        drop = curve_pen(STEP_HEX, style, 1.0)
        drop.setStyle(Qt.PenStyle.DotLine)
        self.drop.setPen(drop)
        size = style.marker_px * 1.3
        self.point.setPen(None)
        self.point.setSymbolSize(size)
        self.point.setSymbolBrush(pg.mkBrush(INK_HEX))
        self.point.setSymbolPen(pg.mkPen("w", width=style.width(1)))
        self.landing.setPen(None)
        self.landing.setSymbolSize(size)
        self.landing.setSymbolBrush(pg.mkBrush("w"))
        self.landing.setSymbolPen(pg.mkPen(STEP_HEX, width=style.width(2)))
        head = 10 + 4 * style.line_scale
        self.arrow_head.setStyle(headLen=head, pen=pg.mkPen(STEP_HEX),
                                 brush=pg.mkBrush(STEP_HEX))
        self.set_labels(**self.labels)

    def set_labels(self, left: str, bottom: str) -> None:
        self.labels = {"left": left, "bottom": bottom}
        style_plot(self.widget, self.style, self.labels)

    def show(self, s) -> None:
        """Draw a :class:`LossSlice`."""
        self.slice = s
        x, y = s.values, s.losses
        self.curve.setData(x, y)
        lo, hi = float(x[0]), float(x[-1])
        self.tangent.setData([lo, hi], [s.loss0 + s.slope * (lo - s.w0),
                                        s.loss0 + s.slope * (hi - s.w0)])
        self.point.setData([s.w0], [s.loss0])
        end = s.w0 + s.step.delta
        if math.isfinite(end) and s.step.delta != 0:
            self.arrow_line.setData([s.w0, end], [s.loss0, s.loss0])
            self.arrow_head.setPos(min(max(end, lo), hi), s.loss0)
            self.arrow_head.setStyle(angle=180 if s.step.delta > 0 else 0)
            self.arrow_head.show()
        else:
            self.arrow_line.setData([], [])
            self.arrow_head.hide()
        if math.isfinite(end) and math.isfinite(s.loss_after):
            self.landing.setData([end], [s.loss_after])
            self.drop.setData([end, end], [s.loss0, s.loss_after])
        else:
            self.landing.setData([], [])
            self.drop.setData([], [])
        box = self.widget.getPlotItem().getViewBox()
        box.setXRange(lo, hi, padding=0.02)
        yr = _finite_range(np.append(y, [s.loss0, s.loss_after]))
        if yr is not None:
            box.setYRange(*yr, padding=0)

    def clear(self) -> None:
        self.slice = None
        for item in (self.curve, self.tangent, self.arrow_line, self.drop, self.point,
                     self.landing):
            item.setData([], [])
        self.arrow_head.hide()


class ContourPlot:
    """The loss over two weights: heat map, contour lines, the point, the path."""

    def __init__(self, parent, style: ViewStyle):
        self.widget = make_plot(parent, "descentContourPlot")
        item = self.widget.getPlotItem()
        item.getViewBox().disableAutoRange()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(light_lut())
        item.addItem(self.image)
        self.lines = item.plot(connect="finite")
        self.level = item.plot(connect="finite")
        self.path = item.plot(symbol="o")
        self.start = item.plot(symbol="o")
        self.end = item.plot(symbol="s")
        self.contours = None
        self.labels = {"left": "", "bottom": ""}
        self.set_style(style)

    def set_style(self, style: ViewStyle) -> None:
        self.style = style
        self.widget.setMinimumHeight(int(24 * style.font_pt))
        self.lines.setPen(curve_pen(CONTOUR_HEX, style, 1.0))
        self.level.setPen(curve_pen(TANGENT_HEX, style, 1.6, dashed=True))
        self.path.setPen(curve_pen(STEP_HEX, style, 2.0))
        self.path.setSymbolSize(style.marker_px * 0.5)
        self.path.setSymbolBrush(pg.mkBrush(STEP_HEX))
        self.path.setSymbolPen(None)
        for marker, brush in ((self.start, INK_HEX), (self.end, STEP_HEX)):
            marker.setPen(None)
            marker.setSymbolSize(style.marker_px * 1.3)
            marker.setSymbolBrush(pg.mkBrush(brush))
            marker.setSymbolPen(pg.mkPen("w", width=style.width(1)))
        self.set_labels(**self.labels)

    def set_labels(self, left: str, bottom: str) -> None:
        self.labels = {"left": left, "bottom": bottom}
        style_plot(self.widget, self.style, self.labels)

    def show(self, c) -> None:
        """Draw a :class:`LossContours`."""
        self.contours = c
        xs, ys, z = c.values_a, c.values_b, c.losses
        dx, dy = xs[1] - xs[0], ys[1] - ys[0]
        levels = spread_levels(z)
        finite = z[np.isfinite(z)]
        if finite.size:
            lo, hi = np.quantile(finite, [0.02, 0.98])
            self.image.setImage(np.where(np.isfinite(z), z, hi), autoLevels=False,
                                levels=(float(lo), float(max(hi, lo + 1e-12))))
        self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys)))
        self.lines.setData(*contour_lines(xs, ys, z, levels))
        self.level.setData(*contour_lines(xs, ys, z, [c.loss0]))
        self.start.setData([c.a0], [c.b0])
        if c.path is not None and len(c.path) > 1:
            self.path.setData(c.path[:, 0], c.path[:, 1], connect="finite")
            self.end.setData([c.path[-1, 0]], [c.path[-1, 1]])
        else:
            self.path.setData([], [])
            self.end.setData([], [])
        box = self.widget.getPlotItem().getViewBox()
        box.setXRange(xs[0] - dx / 2, xs[-1] + dx / 2, padding=0)
        box.setYRange(ys[0] - dy / 2, ys[-1] + dy / 2, padding=0)
