"""Play / pause / step / reset, the speed, and the big training numbers.

This is the strip a teacher points at on the projector: the epoch counter in
large digits (TensorFlow Playground style, ``000,042``), the losses and, for
classification, the accuracies. The buttons only *ask* for things through
signals; the main window tells the training worker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.panels.labels import caption, refresh_scaled_fonts, set_scaled_font
from playground.panels.transport_icons import media_icon
from playground.settings import REGENERATE_KEYS, RESET_KEYS, SPEED_LEVELS
from playground.state import AppState
from playground.views.numbers import fmt, fmt_percent

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

    #: Value labels of the big numbers, with their caption's English text.
    _NUMBERS = ("trainLossLabel", "testLossLabel", "trainAccLabel", "testAccLabel")

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("controlsBar")
        self._state = state
        self._classification = state.settings.problem == "classification"
        self._frame = None
        self._build()
        self.set_style(None)
        self.retranslate()
        self._refresh_speed()
        self._show_empty_numbers()
        state.changed.connect(self._on_state_changed)

    # -- public API ---------------------------------------------------------

    def set_playing(self, playing: bool) -> None:
        """Show the play button as playing (pause icon) or paused, without emitting."""
        with QSignalBlocker(self.playButton):
            self.playButton.setChecked(bool(playing))
        self._update_play_look(bool(playing))

    def set_frame(self, frame) -> None:
        """Show the step, epoch, losses and accuracies of ``frame``."""
        self._frame = frame
        self.epochLabel.setText(format_epoch(frame.epoch))
        self.stepLabel.setText(self.tr("Step %1").replace("%1", f"{frame.step:,}"))
        rate = frame.steps_per_second
        self.rateLabel.setText(
            self.tr("%1 steps/s").replace("%1", f"{rate:,.0f}") if rate > 0 else ""
        )
        self.trainLossLabel.setText(format_loss(frame.train_loss))
        has_test = frame.has_test
        self.testLossLabel.setText(format_loss(frame.test_loss) if has_test else "—")
        self._set_classification(frame.is_classification)
        self.trainAccLabel.setText(format_accuracy(frame.train_acc))
        self.testAccLabel.setText(format_accuracy(frame.test_acc) if has_test else "—")

    def set_style(self, _style) -> None:
        """Size fonts, icons and the play button from the application font (projector mode)."""
        refresh_scaled_fonts(self)
        # The application font, not our own: it follows at once, ours only later.
        fm = QFontMetrics(QApplication.font())
        icon_px = int(fm.height() * 1.5)
        for name, kind in (("resetButton", "reset"), ("stepButton", "step"),
                           ("stepEpochButton", "epoch")):
            button = getattr(self, name)
            button.setIcon(media_icon(kind, icon_px))
            button.setIconSize(QSize(icon_px, icon_px))
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
        self._update_play_look(self.playButton.isChecked())
        self.speedSlider.setMinimumWidth(fm.horizontalAdvance("0") * 11)

    def retranslate(self) -> None:
        """Every caption, name and tip again, in the current language."""
        self.resetButton.setAccessibleName(self.tr("Reset the network"))
        self.resetButton.setToolTip(self.tr(
            "Reset: start again from new random weights; the data stays. Training "
            "pauses and the epoch counter goes back to 0."))
        self.stepButton.setAccessibleName(self.tr("Train one step"))
        self.stepButton.setToolTip(self.tr(
            "Step: one gradient-descent update, computed on one minibatch of "
            "'batch size' training points (W ← W − η ∂L/∂W)."))
        self.stepEpochButton.setAccessibleName(self.tr("Train one epoch"))
        self.stepEpochButton.setToolTip(self.tr(
            "Epoch: keep stepping until every training point has been used once "
            "(training set size ÷ batch size steps)."))
        self._update_play_look(self.playButton.isChecked())
        self._epochCaption.setText(self.tr("Epoch"))
        self.epochLabel.setToolTip(self.tr(
            "Epochs completed: one epoch = every training point seen once."))
        self.stepLabel.setToolTip(self.tr("Minibatch steps (weight updates) since the last reset."))
        self.rateLabel.setToolTip(self.tr("Measured training speed."))
        texts = {
            "trainLossLabel": (self.tr("Training loss"), self.tr(
                "Loss on the training points: what gradient descent makes smaller.")),
            "testLossLabel": (self.tr("Test loss"), self.tr(
                "Loss on held-out test points the network never trains on. If it rises "
                "while the training loss falls, the network is overfitting.")),
            "trainAccLabel": (self.tr("Training accuracy"), self.tr(
                "Share of training points in the right class.")),
            "testAccLabel": (self.tr("Test accuracy"), self.tr(
                "Share of test points in the right class: how well it generalises.")),
        }
        for name, (text, tip) in texts.items():
            value = getattr(self, name)
            value.setToolTip(tip)
            value.setAccessibleName(text)
            self._captions[name].setText(text)
            self._captions[name].setToolTip(tip)
        self.speedSlider.setAccessibleName(self.tr("Training speed"))
        self.speedSlider.setToolTip(self.tr(
            "How fast to train. \"1 epoch per frame\" is TensorFlow Playground's pace; slow "
            "speeds let you watch each update; 'max' trains as fast as this computer can."))
        self.speedLabel.setText(self._speed_text(self.speedSlider.value()))
        if self._frame is not None:
            self.set_frame(self._frame)
        else:
            self.stepLabel.setText(self.tr("Step %1").replace("%1", "0"))

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        self.resetButton = self._tool_button("resetButton")
        self.resetButton.clicked.connect(self.resetRequested)
        self.playButton = self._tool_button("playButton")
        self.playButton.setCheckable(True)
        self.playButton.toggled.connect(self._on_play_toggled)
        self.stepButton = self._tool_button("stepButton")
        self.stepButton.clicked.connect(self.stepRequested)
        self.stepEpochButton = self._tool_button("stepEpochButton")
        self.stepEpochButton.clicked.connect(self.stepEpochRequested)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.resetButton, self.playButton, self.stepButton, self.stepEpochButton):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.epochLabel = QLabel("000,000", self)
        self.epochLabel.setObjectName("epochLabel")
        set_scaled_font(self.epochLabel, 2.2, QFont.Weight.Normal)
        self.stepLabel = QLabel(self)
        self.stepLabel.setObjectName("stepLabel")
        self.rateLabel = QLabel(self)
        self.rateLabel.setObjectName("rateLabel")
        self._epochCaption = caption("", self)
        counter = QVBoxLayout()
        counter.setSpacing(0)
        counter.addWidget(self._epochCaption)
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
        self._captions = {}
        for col, name in enumerate(self._NUMBERS):
            value = QLabel("—", self)
            value.setObjectName(name)
            set_scaled_font(value, 1.45, QFont.Weight.DemiBold)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            cap = caption("", self)
            self._captions[name] = cap
            numbers.addWidget(cap, 0, col)
            numbers.addWidget(value, 1, col)
            setattr(self, name, value)

        self.speedSlider = QSlider(Qt.Orientation.Horizontal, self)
        self.speedSlider.setObjectName("speedSlider")
        self.speedSlider.setRange(0, len(SPEED_LEVELS) - 1)
        self.speedSlider.setPageStep(1)
        self.speedSlider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speedSlider.valueChanged.connect(self._on_speed_value_changed)
        self.speedSlider.sliderReleased.connect(self._commit_speed)
        self.speedLabel = QLabel(self)
        self.speedLabel.setObjectName("speedLabel")
        speed = QVBoxLayout()
        speed.setSpacing(2)
        speed.addWidget(self.speedLabel)
        speed.addWidget(self.speedSlider)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(14)
        layout.addLayout(buttons)
        layout.addLayout(counter)
        layout.addWidget(_vline(self))
        layout.addLayout(numbers)
        layout.addStretch(1)
        layout.addLayout(speed)

    def _tool_button(self, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    # -- reactions ----------------------------------------------------------

    def _on_play_toggled(self, playing: bool) -> None:
        self._update_play_look(playing)
        self.playToggled.emit(playing)

    def _update_play_look(self, playing: bool) -> None:
        px = self.playButton.iconSize().width()
        self.playButton.setIcon(media_icon("pause" if playing else "play", px, "white"))
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
            self._frame = None
            self._show_empty_numbers()

    def _refresh_speed(self) -> None:
        level = self._state.settings.speed
        with QSignalBlocker(self.speedSlider):
            self.speedSlider.setValue(level)
        self.speedLabel.setText(self._speed_text(level))

    def _speed_text(self, level: int) -> str:
        label = QCoreApplication.translate("settings", SPEED_LEVELS[level].label)
        return self.tr("Speed: %1").replace("%1", label)

    def _show_empty_numbers(self) -> None:
        """Until the first frame of a new build arrives, show no stale numbers."""
        for name in self._NUMBERS:
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
    """A loss the way every view writes numbers (:func:`playground.views.numbers.fmt`)."""
    return fmt(value)


def format_accuracy(value: float) -> str:
    """A fraction in [0, 1] as a percentage with one decimal; NaN as a dash."""
    return fmt_percent(value)


def _vline(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
