"""Loss and accuracy per epoch, from the frame's (already decimated) history.

Two stacked plots with linked x axes: loss on top (optionally log scale),
accuracy below (hidden for regression, where accuracy does not apply). The four
curves are created once and refilled with ``setData``; the view never keeps its
own growing list — the producer bounds the history.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from engine.history import HistoryArrays
from playground.frame import Frame
from playground.guard import guarded
from playground.messages import divergence_reason
from playground.views.colors import INK_HEX, MUTED_HEX, ViewStyle
from playground.views.plane.plane_grid import nice_ticks

TRAIN_HEX = "#333333"
TEST_HEX = "#D55E00"


def _positive_or_nan(values: np.ndarray) -> np.ndarray:
    """A log axis cannot show 0 or negatives: make them gaps, not errors."""
    return np.where(values > 0, values, np.nan)


def _finite_or_empty(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An all-NaN curve (no test set) is drawn as nothing at all."""
    if not np.isfinite(y).any():
        return np.zeros(0), np.zeros(0)
    return x, y


class LossView(QWidget):
    """Train/test loss (top) and accuracy (bottom) against epoch."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lossView")
        self._style = ViewStyle()
        self._log = False
        self._build_id: int | None = None
        self._history: HistoryArrays = HistoryArrays.empty()
        self._classification = True
        self._warning = False
        self._per_step = False

        self._summary = QLabel(self)
        self._summary.setObjectName("lossSummary")
        self._summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.RichText)
        self.loss_plot = pg.PlotWidget(self, background="w", enableMenu=False)
        self.loss_plot.setObjectName("lossPlot")
        self.acc_plot = pg.PlotWidget(self, background="w", enableMenu=False)
        self.acc_plot.setObjectName("accuracyPlot")
        for plot in (self.loss_plot, self.acc_plot):
            plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click must not take Space away
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        self._header = QHBoxLayout()
        self._header.setContentsMargins(0, 0, 2, 0)
        self._header.addWidget(self._summary, 1)
        layout.addLayout(self._header)
        layout.addWidget(self.loss_plot, 4)
        layout.addWidget(self.acc_plot, 3)

        for plot in (self.loss_plot, self.acc_plot):
            item = plot.getPlotItem()
            item.setMenuEnabled(False)
            item.hideButtons()
            item.getViewBox().setMouseEnabled(x=False, y=False)
        self.acc_plot.setXLink(self.loss_plot)
        self.loss_plot.getPlotItem().getViewBox().disableAutoRange()
        self.loss_plot.getPlotItem().getViewBox().sigResized.connect(self._fit_loss_ticks)
        self._ranges = None
        acc_item = self.acc_plot.getPlotItem()
        acc_item.getViewBox().enableAutoRange(y=False)
        acc_item.getViewBox().setYRange(-8.0, 108.0, padding=0)
        acc_item.getViewBox().sigResized.connect(self._fit_accuracy_range)
        acc_item.getAxis("left").setTicks([[(v, f"{v}%") for v in (0, 50, 100)]])
        for plot in (self.loss_plot, self.acc_plot):
            # "loss (x0.001)" confuses learners; ticks show the real numbers.
            plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)

        # connect="finite": a NaN (a log-scale gap) breaks the line there.
        # The summary line above the plots is the legend (━ train, ╍ test).
        self.train_curve = self.loss_plot.plot(connect="finite")
        self.test_curve = self.loss_plot.plot(connect="finite")
        self.train_acc_curve = self.acc_plot.plot(connect="finite")
        self.test_acc_curve = self.acc_plot.plot(connect="finite")
        self.acc_plot.installEventFilter(self)
        self._frame = None
        self.set_style(self._style)
        self.retranslate()

    def retranslate(self) -> None:
        """Names, axis labels and the summary line again, in the current language."""
        self.setAccessibleName(self.tr("Loss and accuracy curves"))
        self.loss_plot.setAccessibleName(self.tr("Loss plot"))
        self.acc_plot.setAccessibleName(self.tr("Accuracy plot"))
        self.set_style(self._style)
        self._update_summary(self._frame)

    # -- public API ---------------------------------------------------------

    def add_to_header(self, widget: QWidget) -> None:
        """Put ``widget`` (an option such as "log scale") on the legend's line."""
        self._header.addWidget(widget, 0)

    @property
    def shows_accuracy(self) -> bool:
        return not self.acc_plot.isHidden()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(440, 280)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # Small enough to leave the map its room; the accuracy plot hides below ~14 lines.
        return QSize(220, 100)

    def set_frame(self, frame: Frame) -> None:
        """Show the frame's history; a new ``build_id`` (reset) clears first."""
        if frame.build_id != self._build_id:
            self._build_id = frame.build_id
            self._history = HistoryArrays.empty()
            self._ranges = None
            self._apply_history()
        classification = frame.is_classification
        if classification != self._classification:
            self._classification = classification
            self._fit_plots()
        if not self._same_history(frame.history):
            self._history = frame.history
            self._apply_history()
        self._frame = frame
        self._update_summary(frame)

    def set_log_scale(self, on: bool) -> None:
        """Log-scale loss axis; zero or negative losses become gaps."""
        if bool(on) != self._log:
            self._log = bool(on)
            self.loss_plot.getPlotItem().setLogMode(x=False, y=self._log)
            self._ranges = None
            self._apply_history()

    def set_per_step(self, on: bool) -> None:
        """Plot the minibatch loss of every step (the book's iterations axis), or per epoch."""
        if bool(on) != self._per_step:
            self._per_step = bool(on)
            self._ranges = None
            self.set_style(self._style)  # the x axis says "step" or "epoch"
            self._fit_plots()
            self._apply_history()
            self._update_summary(self._frame)

    @property
    def per_step(self) -> bool:
        return self._per_step

    def is_log_scale(self) -> bool:
        return self._log

    def set_style(self, style: ViewStyle) -> None:
        """Apply font size and line widths (e.g. projector mode)."""
        self._style = style
        font = style.font()
        self._summary.setFont(font)
        w = style.width(2)
        self.train_curve.setPen(pg.mkPen(TRAIN_HEX, width=w))
        self.test_curve.setPen(pg.mkPen(TEST_HEX, width=w, style=Qt.PenStyle.DashLine))
        self.train_acc_curve.setPen(pg.mkPen(TRAIN_HEX, width=w))
        self.test_acc_curve.setPen(pg.mkPen(TEST_HEX, width=w, style=Qt.PenStyle.DashLine))
        labels = {
            (self.loss_plot, "left"): self.tr("loss"),
            (self.loss_plot, "bottom"): (self.tr("minibatch step") if self._per_step
                                         else self.tr("epoch")),
            (self.acc_plot, "left"): self.tr("accuracy"),
            (self.acc_plot, "bottom"): self.tr("epoch"),
        }
        for (plot, side), text in labels.items():
            axis = plot.getPlotItem().getAxis(side)
            axis.setPen(pg.mkPen(MUTED_HEX, width=style.width(1)))
            axis.setTextPen(pg.mkPen(INK_HEX))
            axis.setStyle(tickFont=font)
            if side == "left":
                # Same width on both plots keeps their shared epoch axis aligned.
                axis.setWidth(int(style.font_pt * 7))
            axis.setLabel(text, **{"font-size": f"{style.font_pt:.0f}pt", "color": INK_HEX})
        # The accuracy plot below carries the epoch label, unless it is hidden.
        self._show_loss_epoch_axis(self.acc_plot.isHidden())
        self._fit_accuracy_label()
        self._fit_accuracy_range()

    @guarded
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_plots()

    def _fit_plots(self) -> None:
        """The accuracy plot only for classes, and only where both plots stay readable
        (the accuracies are also in the top bar); the epoch axis under the lower one."""
        text = QFontMetricsF(self._style.font()).height()
        show = self._classification and not self._per_step and self.height() >= 14 * text
        if show == self.acc_plot.isHidden():
            self.acc_plot.setVisible(show)
            self._show_loss_epoch_axis(not show)

    @guarded(default=False)
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if obj is self.acc_plot and event.type() == QEvent.Type.Resize:
            self._fit_accuracy_label()
        return False

    # -- internals --------------------------------------------------------------

    def _show_loss_epoch_axis(self, show: bool) -> None:
        """Epoch numbers and label under the loss plot only when no accuracy plot
        sits below it to carry them (the two share their x axis)."""
        axis = self.loss_plot.getPlotItem().getAxis("bottom")
        axis.showLabel(show)
        axis.setStyle(showValues=show)

    def _fit_accuracy_range(self) -> None:
        """Keep the 0 % and 100 % tick labels whole: headroom of half a text line.

        A fixed margin in data units clipped "100%" in half on short plots
        (1024×700, projector mode).
        """
        box = self.acc_plot.getPlotItem().getViewBox()
        height = max(box.height(), 1.0)
        text = QFontMetricsF(self._style.font()).height()
        usable = max(height - text, height * 0.3)
        pad = 100.0 * (0.6 * text) / usable
        box.setYRange(-pad, 100.0 + pad, padding=0)
        # Three labels need about four lines of height; fewer would overlap.
        values = (0, 50, 100) if height >= 4 * text else (0, 100)
        self.acc_plot.getPlotItem().getAxis("left").setTicks([[(v, f"{v}%") for v in values]])

    def _fit_accuracy_label(self) -> None:
        """Hide the vertical "accuracy" label when the short plot would clip it
        (the 0% / 50% / 100% ticks still say what the axis is)."""
        axis = self.acc_plot.getPlotItem().getAxis("left")
        needed = QFontMetricsF(self._style.font()).horizontalAdvance(axis.labelText) + 50
        axis.showLabel(self.acc_plot.height() >= needed)

    def _same_history(self, h: HistoryArrays) -> bool:
        old = self._history
        if h is old:
            return True
        return (
            len(h) == len(old)
            and len(h.step) == len(old.step)
            and (not len(h.step) or h.step[-1] == old.step[-1])
            and np.array_equal(h.epoch, old.epoch)
            and np.array_equal(h.train_loss, old.train_loss, equal_nan=True)
            and np.array_equal(h.test_loss, old.test_loss, equal_nan=True)
        )

    def _apply_history(self) -> None:
        h = self._history
        if self._per_step:
            x = np.asarray(h.step, dtype=np.float64)
            train, test = np.asarray(h.step_loss, dtype=np.float64), np.full(len(x), np.nan)
            if self._log:
                train = _positive_or_nan(train)
            self.train_curve.setData(*_finite_or_empty(x, train))
            for curve in (self.test_curve, self.train_acc_curve, self.test_acc_curve):
                curve.setData([], [])
            self._fit_ranges(x, train, test)
            return
        x = np.asarray(h.epoch, dtype=np.float64)
        train, test = h.train_loss, h.test_loss
        if self._log:
            train, test = _positive_or_nan(train), _positive_or_nan(test)
        self.train_curve.setData(*_finite_or_empty(x, train))
        self.test_curve.setData(*_finite_or_empty(x, test))
        self.train_acc_curve.setData(*_finite_or_empty(x, 100.0 * h.train_acc))
        self.test_acc_curve.setData(*_finite_or_empty(x, 100.0 * h.test_acc))
        self._fit_ranges(x, train, test)

    def _fit_ranges(self, x: np.ndarray, train: np.ndarray, test: np.ndarray) -> None:
        """Set the axes to rounded limits that change only when the data outgrows them.

        pyqtgraph's auto-range re-ticks both axes on every frame, which was most
        of this view's cost; limits that jump in round steps keep the axes still
        between jumps, and the curves never leave the plot.
        """
        values = np.concatenate([train[np.isfinite(train)], test[np.isfinite(test)]])
        x_hi = _nice_ceiling(max(float(x[-1]) if len(x) else 1.0, 1.0) * 1.05)
        if len(values) == 0:
            y_range = (0.0, 1.0) if not self._log else (-2.0, 0.0)
        elif self._log:
            y_range = (math.floor(math.log10(values.min())), math.ceil(math.log10(values.max())))
            if y_range[0] == y_range[1]:
                y_range = (y_range[0] - 1, y_range[1])
        else:
            y_range = (0.0, _nice_ceiling(float(values.max()) * 1.05))
        ranges = (x_hi, y_range)
        if ranges != self._ranges:
            self._ranges = ranges
            self.loss_plot.setXRange(0.0, x_hi, padding=0.02)
            self._fit_loss_ticks()  # sets the loss range too

    def _fit_loss_ticks(self) -> None:
        """As many loss ticks as the plot's height holds without labels touching.

        pyqtgraph limits the share of the axis its labels fill, not the gap
        between two of them: on a short projector plot "0.2" sat on "0.4".
        """
        if self._ranges is None:
            return
        lo, hi = self._ranges[1]
        height = self.loss_plot.getPlotItem().getViewBox().height()
        text = QFontMetricsF(self._style.font()).height()
        # Headroom of half a text line above the top tick, so its label is whole
        # (on a short projector plot 6 % of the range was 3 px).
        padding = min(0.3, max(0.06, 0.6 * text / max(height, 1.0)))
        self.loss_plot.setYRange(lo, hi, padding=padding)
        most = max(2, int(height / (1.7 * text)) + 1)
        if self._log:
            decades = list(range(int(lo), int(hi) + 1))
            stride = max(1, math.ceil(len(decades) / most))
            ticks = [(float(k), f"{10.0 ** k:g}") for k in decades[::stride]]
        else:
            ticks = nice_ticks(lo, hi, most)
            if len(ticks) < 2 and height >= 1.2 * text:
                # Room for two labels but no round step between them: label both
                # ends (the top is a round number already), not "0" alone.
                ticks = [(lo, f"{lo:g}"), (hi, f"{hi:g}")]
        self.loss_plot.getPlotItem().getAxis("left").setTicks([ticks])

    def _update_summary(self, s: Frame | None) -> None:
        """One line of numbers that doubles as the legend (it never covers a curve)."""
        if s is None:
            self._summary.setText(self.tr("No training yet"))
            return
        if s.diverged:
            reason = divergence_reason(s.divergence)
            text = html.escape(self.tr("Training stopped: %1").replace("%1", reason))
        else:
            # Only the legend: the numbers are already large in the top bar, and
            # a line that changes every frame costs a relayout each time.
            splits = [("━", TRAIN_HEX, self.tr("minibatch loss") if self._per_step
                       else self.tr("train"))]
            if s.has_test and not self._per_step:
                splits.append(("╍", TEST_HEX, self.tr("test")))
            text = "&nbsp;&nbsp;&nbsp; ".join(
                f'<span style="color:{color}"><b>{glyph} {html.escape(name)}</b></span>'
                for glyph, color, name in splits
            )
        if bool(s.diverged) != self._warning:
            # Restyling is slow-ish; only when the state flips.
            self._warning = bool(s.diverged)
            self._summary.setStyleSheet(f"color: {TEST_HEX};" if self._warning else "")
        if text != self._summary.text():
            self._summary.setText(text)


def _nice_ceiling(value: float) -> float:
    """The smallest "round" number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) >= ``value``."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if step * power >= value * (1 - 1e-12):
            return step * power
    return 10.0 * power
