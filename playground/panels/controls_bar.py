"""Play / pause / step / reset, the speed, and the big training numbers.

This is the strip a teacher points at on the projector: the epoch counter in
large digits (TensorFlow Playground style, ``000,042``), the losses and, for
classification, the accuracies. The buttons only *ask* for things through
signals; the main window tells the training worker.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.frame import Snapshot
from playground.panels.labels import caption, scaled_font
from playground.settings import REGENERATE_KEYS, RESET_KEYS, SPEED_STEPS_PER_SECOND
from playground.state import AppState

_ACCENT = "#0072B2"


class ControlsBar(QWidget):
    """Transport buttons, speed slider and the live numbers of training.

    Parameters
    ----------
    state : AppState
        The speed slider is bound to ``state.settings.speed``.

    Signals
    -------
    playToggled(bool)
        The user pressed play (True) or pause (False).
    stepRequested()
        One gradient-descent step on one minibatch.
    stepEpochRequested()
        Train until one more epoch is complete.
    resetRequested()
        Start again from new random initial weights (the next initialization
        seed, as in TensorFlow Playground) on the same data, paused.
    """

    playToggled = Signal(bool)
    stepRequested = Signal()
    stepEpochRequested = Signal()
    resetRequested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("controlsBar")
        self._state = state
        self._classification = state.settings.problem == "classification"
        self._build()
        self.set_playing(False)
        self._refresh_speed()
        self._show_empty_numbers()
        state.changed.connect(self._on_state_changed)

    # -- public API ---------------------------------------------------------

    def set_playing(self, playing: bool) -> None:
        """Show the play button as playing (pause icon) or paused, without emitting."""
        with QSignalBlocker(self.playButton):
            self.playButton.setChecked(bool(playing))
        self._update_play_look(bool(playing))

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Show the step, epoch, losses and accuracies of ``snapshot``."""
        self.epochLabel.setText(format_epoch(snapshot.epoch))
        self.stepLabel.setText(self.tr("Step %1").replace("%1", f"{snapshot.step:,}"))
        rate = snapshot.steps_per_second
        self.rateLabel.setText(
            self.tr("%1 steps/s").replace("%1", f"{rate:,.0f}") if rate > 0 else ""
        )
        self.trainLossLabel.setText(format_loss(snapshot.train_loss))
        has_test = snapshot.has_test
        self.testLossLabel.setText(format_loss(snapshot.test_loss) if has_test else "—")
        self._set_classification(snapshot.is_classification)
        self.trainAccLabel.setText(format_accuracy(snapshot.train_acc))
        self.testAccLabel.setText(format_accuracy(snapshot.test_acc) if has_test else "—")

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        fm = self.fontMetrics()
        icon_px = int(fm.height() * 1.5)
        self.resetButton = self._tool_button(
            "resetButton", _media_icon("reset", icon_px), self.tr("Reset the network"),
            self.tr("Reset: start again from new random weights; the data stays. Training "
                    "pauses and the epoch counter goes back to 0."),
        )
        self.resetButton.clicked.connect(self.resetRequested)

        self.playButton = self._tool_button(
            "playButton", _media_icon("play", icon_px, "white"), self.tr("Start training"), "",
        )
        self.playButton.setCheckable(True)
        side = int(fm.height() * 2.8)
        self.playButton.setFixedSize(side, side)
        self.playButton.setIconSize(QSize(int(side * 0.55), int(side * 0.55)))
        self.playButton.setStyleSheet(
            f"QToolButton#playButton {{ background: {_ACCENT}; border: none;"
            f" border-radius: {side // 2}px; }}"
            " QToolButton#playButton:hover { background: #0A83C8; }"
            " QToolButton#playButton:pressed, QToolButton#playButton:checked"
            " { background: #005A8C; }"
            " QToolButton#playButton:focus { border: 3px solid #F0C24B; }"
        )
        self.playButton.toggled.connect(self._on_play_toggled)

        self.stepButton = self._tool_button(
            "stepButton", _media_icon("step", icon_px), self.tr("Train one step"),
            self.tr("Step: one gradient-descent update, computed on one minibatch of "
                    "'batch size' training points (W ← W − η ∂L/∂W)."),
        )
        self.stepButton.clicked.connect(self.stepRequested)
        self.stepEpochButton = self._tool_button(
            "stepEpochButton", _media_icon("epoch", icon_px), self.tr("Train one epoch"),
            self.tr("Epoch: keep stepping until every training point has been used once "
                    "(training set size ÷ batch size steps)."),
        )
        self.stepEpochButton.clicked.connect(self.stepEpochRequested)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.resetButton, self.playButton, self.stepButton, self.stepEpochButton):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.epochLabel = QLabel("000,000", self)
        self.epochLabel.setObjectName("epochLabel")
        self.epochLabel.setFont(scaled_font(self.font(), 2.2, QFont.Weight.Normal))
        self.epochLabel.setToolTip(self.tr(
            "Epochs completed: one epoch = every training point seen once."))
        self.stepLabel = QLabel(self)
        self.stepLabel.setObjectName("stepLabel")
        self.stepLabel.setText(self.tr("Step %1").replace("%1", "0"))
        self.stepLabel.setToolTip(self.tr(
            "Minibatch steps (weight updates) since the last reset."))
        self.rateLabel = QLabel(self)
        self.rateLabel.setObjectName("rateLabel")
        self.rateLabel.setToolTip(self.tr("Measured training speed."))
        counter = QVBoxLayout()
        counter.setSpacing(0)
        counter.addWidget(caption(self.tr("Epoch"), self))
        counter.addWidget(self.epochLabel)
        step_row = QHBoxLayout()
        step_row.setSpacing(10)
        step_row.addWidget(self.stepLabel)
        step_row.addWidget(self.rateLabel)
        step_row.addStretch(1)
        counter.addLayout(step_row)

        numbers = QGridLayout()
        numbers.setHorizontalSpacing(14)
        numbers.setVerticalSpacing(0)
        big = scaled_font(self.font(), 1.45, QFont.Weight.DemiBold)
        specs = (
            ("trainLossLabel", self.tr("Training loss"), 0, 0,
             self.tr("Loss on the training points: what gradient descent makes smaller.")),
            ("testLossLabel", self.tr("Test loss"), 0, 1,
             self.tr("Loss on held-out test points the network never trains on. If it rises "
                     "while the training loss falls, the network is overfitting.")),
            ("trainAccLabel", self.tr("Training accuracy"), 0, 2,
             self.tr("Share of training points in the right class.")),
            ("testAccLabel", self.tr("Test accuracy"), 0, 3,
             self.tr("Share of test points in the right class: how well it generalises.")),
        )
        self._captions = {}
        for name, text, row, col, tip in specs:
            value = QLabel("—", self)
            value.setObjectName(name)
            value.setFont(big)
            value.setToolTip(tip)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            cap = caption(text, self)
            cap.setToolTip(tip)
            self._captions[name] = cap
            numbers.addWidget(cap, row, col)
            numbers.addWidget(value, row + 1, col)
            setattr(self, name, value)

        self.speedSlider = QSlider(Qt.Orientation.Horizontal, self)
        self.speedSlider.setObjectName("speedSlider")
        self.speedSlider.setAccessibleName(self.tr("Training speed"))
        self.speedSlider.setToolTip(self.tr(
            "How many training steps per second. Slow speeds let you watch each update; "
            "'max' trains as fast as this computer can."))
        self.speedSlider.setRange(0, len(SPEED_STEPS_PER_SECOND) - 1)
        self.speedSlider.setPageStep(1)
        self.speedSlider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speedSlider.setMinimumWidth(fm.horizontalAdvance("0") * 11)
        self.speedSlider.valueChanged.connect(self._on_speed_value_changed)
        self.speedSlider.sliderReleased.connect(self._commit_speed)
        self.speedLabel = QLabel(self)
        self.speedLabel.setObjectName("speedLabel")
        speed = QVBoxLayout()
        speed.setSpacing(2)
        speed.addWidget(self.speedLabel)
        speed.addWidget(self.speedSlider)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(14)
        layout.addLayout(buttons)
        layout.addLayout(counter)
        layout.addWidget(_vline(self))
        layout.addLayout(numbers)
        layout.addStretch(1)
        layout.addLayout(speed)

    def _tool_button(self, name: str, icon: QIcon, accessible: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(icon)
        px = int(self.fontMetrics().height() * 1.5)
        button.setIconSize(QSize(px, px))
        button.setAutoRaise(True)
        button.setAccessibleName(accessible)
        button.setToolTip(tip)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    # -- reactions ----------------------------------------------------------

    def _on_play_toggled(self, playing: bool) -> None:
        self._update_play_look(playing)
        self.playToggled.emit(playing)

    def _update_play_look(self, playing: bool) -> None:
        px = self.playButton.iconSize().width()
        self.playButton.setIcon(_media_icon("pause" if playing else "play", px, "white"))
        if playing:
            self.playButton.setAccessibleName(self.tr("Pause training"))
            self.playButton.setToolTip(self.tr("Pause: stop training; the weights are kept."))
        else:
            self.playButton.setAccessibleName(self.tr("Start training"))
            self.playButton.setToolTip(self.tr(
                "Play: train continuously, one minibatch step after another."))

    def _on_speed_value_changed(self, value: int) -> None:
        self.speedLabel.setText(self._speed_text(value))
        # While dragging only the label follows; the state gets the value on release.
        if not self.speedSlider.isSliderDown():
            self._commit_speed()

    def _commit_speed(self) -> None:
        if not self._state.update(speed=self.speedSlider.value()):
            self._refresh_speed()

    def _on_state_changed(self, keys) -> None:
        if "speed" in keys:
            self._refresh_speed()
        if "dataset" in keys:
            self._set_classification(self._state.settings.problem == "classification")
        # A rebuild or new data: the last numbers belong to a network that is gone.
        if keys & (RESET_KEYS | REGENERATE_KEYS):
            self._show_empty_numbers()

    def _refresh_speed(self) -> None:
        level = self._state.settings.speed
        with QSignalBlocker(self.speedSlider):
            self.speedSlider.setValue(level)
        self.speedLabel.setText(self._speed_text(level))

    def _speed_text(self, level: int) -> str:
        rate = SPEED_STEPS_PER_SECOND[level]
        if rate == 0:
            return self.tr("Speed: max")
        return self.tr("Speed: %1 steps/s").replace("%1", str(rate))

    def _show_empty_numbers(self) -> None:
        """Until the first snapshot of a new build arrives, show no stale numbers."""
        for name in ("trainLossLabel", "testLossLabel", "trainAccLabel", "testAccLabel"):
            getattr(self, name).setText("—")
        self._set_classification(self._state.settings.problem == "classification")

    def _set_classification(self, classification: bool) -> None:
        self._classification = classification
        for name in ("trainAccLabel", "testAccLabel"):
            getattr(self, name).setVisible(classification)
            self._captions[name].setVisible(classification)


def format_epoch(epoch: int) -> str:
    """TensorFlow Playground's counter: six digits with a thousands comma."""
    if epoch < 1_000_000:
        digits = f"{epoch:06d}"
        return f"{digits[:3]},{digits[3:]}"
    return f"{epoch:,}"


def format_loss(value: float) -> str:
    """Three decimals, or three significant digits for tiny / huge values."""
    if not math.isfinite(value):
        return "NaN" if math.isnan(value) else "∞"
    if value == 0 or 0.001 <= abs(value) < 1000:
        return f"{value:.3f}"
    return f"{value:.3g}"


def format_accuracy(value: float) -> str:
    """A fraction in [0, 1] as a percentage with one decimal; NaN as a dash."""
    if not math.isfinite(value):
        return "—"
    return f"{100.0 * value:.1f} %"


def _vline(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _media_icon(kind: str, size: int, color: str = "#3C4043") -> QIcon:
    """Painted transport icons, crisp at any size (projector mode scales fonts)."""
    icon = QIcon()
    for dpr in (1.0, 2.0):
        pixmap = QPixmap(int(size * dpr), int(size * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(color))
        s = float(size)
        if kind == "play":
            p.drawPolygon(QPolygonF([QPointF(s * .28, s * .15), QPointF(s * .85, s * .5),
                                     QPointF(s * .28, s * .85)]))
        elif kind == "pause":
            p.drawRoundedRect(QRectF(s * .22, s * .15, s * .2, s * .7), 1.5, 1.5)
            p.drawRoundedRect(QRectF(s * .58, s * .15, s * .2, s * .7), 1.5, 1.5)
        elif kind == "step":
            p.drawPolygon(QPolygonF([QPointF(s * .18, s * .18), QPointF(s * .62, s * .5),
                                     QPointF(s * .18, s * .82)]))
            p.drawRect(QRectF(s * .66, s * .18, s * .14, s * .64))
        elif kind == "epoch":
            for x0 in (0.08, 0.38):
                p.drawPolygon(QPolygonF([QPointF(s * x0, s * .2), QPointF(s * (x0 + .34), s * .5),
                                         QPointF(s * x0, s * .8)]))
            p.drawRect(QRectF(s * .76, s * .2, s * .13, s * .6))
        elif kind == "reset":
            pen = QPen(QColor(color), s * .12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            arc = QPainterPath()
            rect = QRectF(s * .2, s * .2, s * .6, s * .6)
            arc.arcMoveTo(rect, 60)
            arc.arcTo(rect, 60, 280)
            p.drawPath(arc)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(color))
            p.drawPolygon(QPolygonF([QPointF(s * .52, s * .08), QPointF(s * .78, s * .22),
                                     QPointF(s * .52, s * .38)]))
        p.end()
        icon.addPixmap(pixmap)
    return icon
