"""Tab 1 of the optimizers dock: the book's gradient method on f(x₀, x₁) = x₀² + x₁².

From (−3, 4), 100 steps of the engine's SGD (:func:`engine.descent.gradient_method`)
with a learning rate η the learner picks: 0.1 walks into the minimum, 1e−10
barely moves, 10 blows up. Left: the path over circular contour lines; right:
the distance to the minimum per step on a log scale, where shrinking and
exploding are straight lines. The switch "the book's numerical gradient"
replaces 2x by the book's central difference and reproduces its (−2.58e13,
−1.29e12) for η = 10, with the reason in one sentence. Pure GUI arithmetic:
100 steps take well under a millisecond.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from engine.descent import GRADIENT_METHOD_START, contour_grid, gradient_method
from playground.views.colors import INK_HEX, ViewStyle
from playground.views.numbers import fmt, parse_number
from playground.views.plot_kit import (
    CONTOUR_HEX,
    STEP_HEX,
    WrappedLabel,
    clip_path,
    contour_lines,
    curve_pen,
    make_plot,
    style_plot,
)

#: The rates offered (any other may be typed): the book's three and a few between.
RATES = ("0.1", "0.01", "0.5", "0.9", "1", "1e-10", "10")
STEPS = 100
#: The plane shown around the start.
BOX = (-5.0, 5.0, -5.0, 5.0)
#: Points beyond this are not drawn (the path leaves the plot there).
DRAW_LIMIT = 1e4


class GradientMethodTab(QWidget):
    """η, the numerical-gradient switch, the path, the distance per step, the verdict."""

    def __init__(self, style: ViewStyle, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gradientMethodTab")
        self.path = None
        self.rate_label = QLabel(self)
        self.rate = QComboBox(self, objectName="gradientRateCombo")
        self.rate.setEditable(True)
        self.rate.addItems(RATES)
        self.rate.currentTextChanged.connect(lambda _t: self.run())
        self.numerical = QCheckBox(self, objectName="gradientNumericalCheck")
        self.numerical.toggled.connect(lambda _on: self.run())
        self.formula = WrappedLabel(self, objectName="gradientFormula")
        self.result = WrappedLabel(self, objectName="gradientResult")
        self.why = WrappedLabel(self, objectName="gradientWhy")
        for label in (self.formula, self.result, self.why):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.plane = make_plot(self, "gradientPlanePlot")
        self.plane.getPlotItem().getViewBox().setRange(xRange=BOX[:2], yRange=BOX[2:], padding=0)
        self.plane.getPlotItem().getViewBox().setAspectLocked(True)
        self.distance = make_plot(self, "gradientDistancePlot")
        self.distance.getPlotItem().setLogMode(x=False, y=True)
        xs, ys, z = contour_grid("square_sum", BOX, 101, 101)
        self.contours = self.plane.plot(*contour_lines(xs, ys, z, [1, 4, 9, 16, 25]),
                                        connect="finite")
        self.line = self.plane.plot(symbol="o")
        self.start = self.plane.plot([GRADIENT_METHOD_START[0]], [GRADIENT_METHOD_START[1]],
                                     symbol="s")
        self.curve = self.distance.plot(connect="finite")
        row = QHBoxLayout()
        row.addWidget(self.rate_label)
        row.addWidget(self.rate)
        row.addWidget(self.numerical)
        row.addStretch(1)
        plots = QHBoxLayout()
        plots.addWidget(self.plane, 1)
        plots.addWidget(self.distance, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.formula)
        layout.addLayout(plots, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.why)
        self.set_style(style)
        self.retranslate()
        self.run()

    @property
    def lr(self) -> float | None:
        value = parse_number(self.rate.currentText())
        return value if value is not None and value > 0 else None

    def set_rate(self, text: str) -> None:
        """Choose or type a learning rate, as the learner does."""
        self.rate.setCurrentText(text)

    def run(self) -> None:
        """Descend again with the current η and switch, and show it."""
        lr = self.lr
        if lr is None:
            self.result.setText(self.tr("η must be a number above 0."))
            return
        self.path = gradient_method(lr, STEPS, numerical=self.numerical.isChecked())
        points = self.path.points
        drawn = clip_path(points, DRAW_LIMIT)
        self.line.setData(drawn[:, 0], drawn[:, 1])
        with np.errstate(over="ignore", invalid="ignore"):
            dist = np.hypot(points[:, 0], points[:, 1])
        dist = np.where(np.isfinite(dist) & (dist > 0), dist, np.nan)
        self.curve.setData(np.arange(len(dist)), dist)
        self._fill_texts()

    def set_style(self, style: ViewStyle) -> None:
        self.style = style
        self.contours.setPen(curve_pen(CONTOUR_HEX, style, 1.0))
        self.line.setPen(curve_pen(STEP_HEX, style, 1.5))
        self.line.setSymbolSize(style.marker_px * 0.7)
        self.line.setSymbolBrush(pg.mkBrush(STEP_HEX))
        self.line.setSymbolPen(None)
        self.start.setPen(None)
        self.start.setSymbolSize(style.marker_px * 1.3)
        self.start.setSymbolBrush(pg.mkBrush(INK_HEX))
        self.curve.setPen(curve_pen(STEP_HEX, style, 2.0))
        for label in (self.formula, self.result, self.why):
            label.setFont(style.font())
        self._style_axes()

    def _style_axes(self) -> None:
        style_plot(self.plane, self.style, {"left": "x₁", "bottom": "x₀"})
        style_plot(self.distance, self.style, {"left": "|x|", "bottom": self.tr("step")},
                   title=self.tr("distance to the minimum (log scale)"))

    def retranslate(self) -> None:
        self.rate_label.setText(self.tr("Learning rate η:"))
        self.rate.setAccessibleName(self.tr("Learning rate η"))
        self.rate.setToolTip(self.tr("Pick or type η. The book tries 0.1, 10 and 1e−10."))
        self.numerical.setText(self.tr("the book's numerical gradient"))
        self.numerical.setToolTip(self.tr(
            "Use the book's numerical differentiation (f(x + h) − f(x − h)) / 2h with "
            "h = 10⁻⁴ instead of the exact gradient (2x₀, 2x₁)."))
        self.formula.setText(self.tr(
            "f(x₀, x₁) = x₀² + x₁², from (−3, 4): %1 steps of gradient descent "
            "x ← x − η·∂f/∂x (the engine's SGD).").replace("%1", str(STEPS)))
        self.plane.setAccessibleName(self.tr("Path of gradient descent on the plane"))
        self.distance.setAccessibleName(self.tr("Distance to the minimum per step"))
        self._style_axes()
        if self.path is not None:
            self._fill_texts()

    def _fill_texts(self) -> None:
        p = self.path
        end = p.points[-1]
        self.result.setText(self.tr("After %1 steps: x = (%2, %3), f(x) = %4.")
                            .replace("%1", str(STEPS)).replace("%2", fmt(end[0]))
                            .replace("%3", fmt(end[1])).replace("%4", fmt(p.values[-1])))
        r = 1.0 - 2.0 * p.lr
        if abs(r) < 1.0 and abs(r) > 0.999:
            fate = self.tr("it shrinks so slowly that the point barely moves.")
        elif abs(r) < 1.0:
            fate = self.tr("it shrinks towards the minimum (0, 0).")
        elif abs(r) == 1.0:
            fate = self.tr("it jumps back and forth for ever.")
        else:
            fate = self.tr("it grows: gradient descent diverges.")
        text = self.tr("With the exact gradient 2x every step multiplies x by 1 − 2η = %1: ") \
            .replace("%1", fmt(r)) + fate
        if p.numerical and not np.all(np.abs(p.points) < 1e6):
            text += " " + self.tr(
                "The numerical gradient: where |x| is about 10¹², f(x ± h) are huge numbers "
                "that agree in almost all of their 16 digits, so their difference, which "
                "should be 4·x·h, is lost to rounding; the gradient comes out wrong and then "
                "0, and the point stops at the book's (−2.58e13, −1.29e12) instead of growing "
                "to 10¹²⁸.")
        elif p.numerical:
            text += " " + self.tr(
                "Here the numerical gradient agrees with 2x to many digits, so the path is "
                "the same.")
        self.why.setText(text)
