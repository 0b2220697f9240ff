"""Tab 2 of the optimizers dock: six optimisers on f(x, y) = x²/20 + y², side by side.

The book's comparison: from (−7, 2), 30 steps each of SGD (η 0.95), Momentum
(0.1), AdaGrad (1.5) and Adam (0.3), plus Nesterov and RMSprop, every one run
by the engine's own optimiser class (:func:`engine.descent.optimizer_path`),
so these are the very update rules that train the networks. Small multiples
with the same contour lines; a slider scrubs through the steps; each η can be
typed; a click on any plot moves the common start there. Instant: pure GUI
arithmetic on two numbers.
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from engine.descent import BOOK_RATES, OPTIMIZER_START, contour_grid, optimizer_path
from playground.catalogue import label
from playground.views.colors import INK_HEX, ViewStyle
from playground.views.numbers import fmt, parse_number
from playground.views.plot_kit import (
    CONTOUR_HEX,
    STEP_HEX,
    TANGENT_HEX,
    WrappedLabel,
    clip_path,
    contour_lines,
    curve_pen,
    make_plot,
)

#: The book's four first, then the two it leaves out; three to a row.
ORDER = ("sgd", "momentum", "adagrad", "adam", "nesterov", "rmsprop")
STEPS = 30
#: The plane of every small plot: (x min, x max, y min, y max).
BOX = (-10.0, 10.0, -5.0, 5.0)
LEVELS = (0.1, 0.5, 1.0, 2.0, 4.0, 7.0, 11.0)
#: Points beyond this are not drawn (a huge η throws the path out of the plot).
DRAW_LIMIT = 1e4


class OptimizerCompareTab(QWidget):
    """Six small plots, an η field under each, a step slider and the common start."""

    def __init__(self, style: ViewStyle, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("optimizerCompareTab")
        self.start = tuple(OPTIMIZER_START)
        self.rates = dict(BOOK_RATES)
        self.paths = {}
        self.plots, self.lines, self.now, self.starts = {}, {}, {}, {}
        self.contours, self.minima, self.names, self.edits, self.values = {}, {}, {}, {}, {}
        xs, ys, z = contour_grid("elongated_bowl", BOX, 201, 101)
        lines = contour_lines(xs, ys, z, LEVELS)
        grid = QGridLayout()
        grid.setSpacing(6)
        for n, key in enumerate(ORDER):
            plot = make_plot(self, f"optimizerPlot_{key}")
            plot.setMinimumSize(160, 110)
            plot.getPlotItem().getViewBox().setRange(xRange=BOX[:2], yRange=BOX[2:], padding=0)
            self.contours[key] = plot.plot(*lines, connect="finite")
            self.minima[key] = plot.plot([0.0], [0.0], symbol="+")
            self.lines[key] = plot.plot(symbol="o")
            self.starts[key] = plot.plot(symbol="s")
            self.now[key] = plot.plot(symbol="o")
            self.values[key] = pg.TextItem(anchor=(1.0, 0.0), color=INK_HEX)
            self.values[key].setPos(BOX[1], BOX[3])
            plot.addItem(self.values[key])
            plot.scene().sigMouseClicked.connect(partial(self._on_click, key))
            self.plots[key] = plot
            self.names[key] = QLabel(self)
            self.edits[key] = QLineEdit(self, objectName=f"optimizerRate_{key}")
            self.edits[key].editingFinished.connect(partial(self._on_rate, key))
            head = QHBoxLayout()
            head.addWidget(self.names[key])
            head.addWidget(self.edits[key])
            head.addStretch(1)
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addLayout(head)
            cell.addWidget(plot, 1)
            grid.addLayout(cell, n // 3, n % 3)
        self.step_label = QLabel(self, objectName="optimizerStepLabel")
        self.slider = QSlider(Qt.Orientation.Horizontal, self, objectName="optimizerStepSlider")
        self.slider.setRange(0, STEPS)
        self.slider.setValue(STEPS)
        self.slider.valueChanged.connect(lambda _k: self._draw())
        self.start_label = WrappedLabel(self, objectName="optimizerStartLabel")
        self.book = QPushButton(self, objectName="optimizerBookButton")
        self.book.clicked.connect(self.book_settings)
        steps = QHBoxLayout()
        steps.addWidget(self.step_label)
        steps.addWidget(self.slider, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.start_label, 1)
        bottom.addWidget(self.book)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid, 1)
        layout.addLayout(steps)
        layout.addLayout(bottom)
        self.set_style(style)
        self.run()
        self.retranslate()

    # -- the learner's choices --------------------------------------------------------
    @property
    def step(self) -> int:
        return self.slider.value()

    def set_step(self, k: int) -> None:
        self.slider.setValue(int(k))

    def set_start(self, xy) -> None:
        """Start every optimiser at ``xy`` (as a click on a plot does)."""
        self.start = (float(xy[0]), float(xy[1]))
        self.run()

    def set_rate(self, key: str, lr: float) -> None:
        self.rates[key] = float(lr)
        self.run()

    def book_settings(self) -> None:
        """The book's start and learning rates again."""
        self.rates = dict(BOOK_RATES)
        self.set_start(OPTIMIZER_START)

    def _on_click(self, key: str, event) -> None:
        box = self.plots[key].getPlotItem().getViewBox()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if not box.sceneBoundingRect().contains(event.scenePos()):
            return
        p = box.mapSceneToView(event.scenePos())
        self.set_start((round(p.x(), 1), round(p.y(), 1)))  # a pixel is ~0.1 here

    def _on_rate(self, key: str) -> None:
        value = parse_number(self.edits[key].text())
        if value is None or value <= 0:
            self.edits[key].setText(fmt(self.rates[key]))
            self.start_label.setText(self.tr("η must be a number above 0."))
            return
        if value != self.rates[key]:
            self.set_rate(key, value)

    # -- drawing ----------------------------------------------------------------------
    def run(self) -> None:
        """Run every optimiser from the start with its η, and draw."""
        with np.errstate(over="ignore", invalid="ignore"):
            self.paths = {key: optimizer_path(key, self.rates[key], self.start, STEPS)
                          for key in ORDER}
        for key in ORDER:
            self.edits[key].setText(fmt(self.rates[key]))
            self.starts[key].setData([self.start[0]], [self.start[1]])
        self._draw()
        self._fill_start()

    def _draw(self) -> None:
        k = self.step
        for key, path in self.paths.items():
            drawn = clip_path(path.points[:k + 1], DRAW_LIMIT)
            self.lines[key].setData(drawn[:, 0], drawn[:, 1])
            x, y = path.points[k]
            if np.isfinite([x, y]).all() and max(abs(x), abs(y)) <= DRAW_LIMIT:
                self.now[key].setData([x], [y])
            else:
                self.now[key].setData([], [])
            self.values[key].setText(f"f = {fmt(path.values[k])}")
        self.step_label.setText(self.tr("Step %1 of %2").replace("%1", str(k))
                                .replace("%2", str(STEPS)))

    def set_style(self, style: ViewStyle) -> None:
        self.style = style
        for key in ORDER:
            self.contours[key].setPen(curve_pen(CONTOUR_HEX, style, 1.0))
            self.lines[key].setPen(curve_pen(STEP_HEX, style, 1.5))
            self.lines[key].setSymbolSize(style.marker_px * 0.6)
            self.lines[key].setSymbolBrush(pg.mkBrush(STEP_HEX))
            self.lines[key].setSymbolPen(None)
            for item, brush, size in ((self.starts[key], INK_HEX, 1.2),
                                      (self.now[key], TANGENT_HEX, 1.4)):
                item.setPen(None)
                item.setSymbolSize(style.marker_px * size)
                item.setSymbolBrush(pg.mkBrush(brush))
                item.setSymbolPen(pg.mkPen("w", width=style.width(1)))
            self.minima[key].setPen(None)
            self.minima[key].setSymbolSize(style.marker_px * 1.4)
            self.minima[key].setSymbolPen(pg.mkPen(INK_HEX, width=style.width(1.5)))
            item = self.plots[key].getPlotItem()
            for side in ("left", "bottom"):
                axis = item.getAxis(side)
                axis.setStyle(tickFont=style.font(0.85))
                axis.setPen(pg.mkPen(CONTOUR_HEX, width=style.width(1)))
                axis.setTextPen(pg.mkPen(INK_HEX))
            self.names[key].setFont(style.font(bold=True))
            self.edits[key].setFont(style.font())
            self.edits[key].setFixedWidth(int(style.font_pt * 7))
            self.values[key].setFont(style.font())

    def retranslate(self) -> None:
        for key in ORDER:
            name = label("optimizer", key, QCoreApplication.translate)
            self.names[key].setText(f"{name}  η =")
            self.edits[key].setAccessibleName(self.tr("Learning rate η of %1").replace("%1", name))
            self.edits[key].setToolTip(self.tr("Type a learning rate η for %1 and press Enter.")
                                       .replace("%1", name))
            self.plots[key].setAccessibleName(self.tr("Path of %1").replace("%1", name))
            self.plots[key].setToolTip(self.tr(
                "f(x, y) = x²/20 + y²: grey contour lines, + the minimum, black square the "
                "start, orange dot the current step. Click to start from there."))
        self.slider.setAccessibleName(self.tr("Step shown"))
        self.slider.setToolTip(self.tr("Drag to watch the paths step by step."))
        self.book.setText(self.tr("The book's settings"))
        self.book.setToolTip(self.tr("Start at (−7, 2) with the book's learning rates again."))
        self._draw()
        self._fill_start()

    def _fill_start(self) -> None:
        self.start_label.setText(self.tr(
            "f(x, y) = x²/20 + y², %1 steps from (%2, %3). Click any plot to start there.")
            .replace("%1", str(STEPS)).replace("%2", fmt(self.start[0]))
            .replace("%3", fmt(self.start[1])))
