"""The data column: which dataset, how many classes, noise, train/test split,
batch size, and the data seed with "Regenerate".

Bound both ways to :class:`AppState`: a user edit calls ``state.update``; a
change announced by ``state.changed`` refreshes the widgets with their signals
blocked, so a refresh never loops back into an update. Sliders send their value
when released (or on each keyboard step), not on every pixel of a drag, because
every noise or split change rebuilds the data and resets the network.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.datasets import DATASETS
from playground.panels.dataset_picker import DatasetPicker
from playground.panels.edits import state_gone
from playground.panels.labels import heading, refresh_scaled_fonts
from playground.settings import MAX_BATCH, MAX_CLASSES, MAX_SEED
from playground.state import AppState

#: Slider granularity in percent (TensorFlow Playground's noise step).
PERCENT_STEP = 5


def next_seed(seed: int) -> int:
    """The seed "Regenerate" moves to: one up, wrapping from ``MAX_SEED`` to 0."""
    return 0 if seed >= MAX_SEED else seed + 1


class DataPanel(QWidget):
    """Dataset picker with thumbnails plus the data and batch controls.

    Parameters
    ----------
    state : AppState
        Bound to ``dataset``, ``n_classes``, ``noise``, ``train_ratio``,
        ``batch_size`` and ``data_seed``.
    """

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dataPanel")
        self._state = state
        self._build()
        self.set_style()
        self.retranslate()
        self._refresh(frozenset({"dataset", "n_classes", "noise", "train_ratio", "batch_size",
                                 "data_seed"}))
        state.changed.connect(self._refresh)

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self._title = heading("", self)
        layout.addWidget(self._title)
        self.picker = DatasetPicker(self)
        self.picker.picked.connect(self._on_dataset_clicked)
        layout.addWidget(self.picker)

        self.classesSpin = QSpinBox(self)
        self.classesSpin.setObjectName("classesSpin")
        self.classesSpin.setRange(2, MAX_CLASSES)
        self.classesSpin.setKeyboardTracking(False)
        self.classesSpin.valueChanged.connect(self._on_classes_changed)
        self.batchSizeSpin = QSpinBox(self)
        self.batchSizeSpin.setObjectName("batchSizeSpin")
        self.batchSizeSpin.setRange(1, MAX_BATCH)
        self.batchSizeSpin.setKeyboardTracking(False)
        self.batchSizeSpin.valueChanged.connect(self._on_batch_changed)

        # Label, slider and value share a row, so the whole column fits 1280 × 800.
        self._grid = grid = QGridLayout()
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        spins = QHBoxLayout()
        spins.setSpacing(6)
        self._spin_labels = {}
        for spin in (self.classesSpin, self.batchSizeSpin):
            label = QLabel(self)
            label.setBuddy(spin)
            self._spin_labels[spin] = label
            spins.addWidget(label)
            spins.addWidget(spin, 1)
            if spin is self.classesSpin:
                spins.addSpacing(6)
        grid.addLayout(spins, 0, 0, 1, 2)
        self.trainRatioLabel, self.trainRatioSlider = self._slider("trainRatio", 10, 90, grid, 1)
        self.noiseLabel, self.noiseSlider = self._slider("noise", 0, 50, grid, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addLayout(self._build_seed_row())
        layout.addStretch(1)

    def _build_seed_row(self) -> QHBoxLayout:
        """Seed and Regenerate share a row: the column must still fit 1280 × 800."""
        self.seedSpin = QSpinBox(self)
        self.seedSpin.setObjectName("seedSpin")
        self.seedSpin.setRange(0, MAX_SEED)
        self.seedSpin.setKeyboardTracking(False)  # typing "123" must not draw 1 and 12 first
        self.seedSpin.valueChanged.connect(self._on_seed_changed)
        self.seedLabel = QLabel(self)
        self.seedLabel.setObjectName("seedLabel")
        self.seedLabel.setBuddy(self.seedSpin)
        self.regenerateButton = QPushButton(self)
        self.regenerateButton.setObjectName("regenerateButton")
        self.regenerateButton.clicked.connect(self._on_regenerate)
        row = QHBoxLayout()
        row.setContentsMargins(0, 2, 0, 0)
        row.setSpacing(6)
        for widget, stretch in ((self.seedLabel, 0), (self.seedSpin, 1),
                                (self.regenerateButton, 0)):
            row.addWidget(widget, stretch)
        return row

    def _slider(self, key: str, lo: int, hi: int, grid: QGridLayout,
                row: int) -> tuple[QLabel, QSlider]:
        label = QLabel(self)
        label.setObjectName(f"{key}Label")
        slider = QSlider(Qt.Orientation.Horizontal, self)
        slider.setObjectName(f"{key}Slider")
        slider.setRange(lo, hi)
        slider.setSingleStep(PERCENT_STEP)
        slider.setPageStep(2 * PERCENT_STEP)
        slider.setTickInterval(10)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        label.setBuddy(slider)
        slider.valueChanged.connect(lambda v, k=key: self._on_slider_value(k, v))
        slider.sliderReleased.connect(lambda k=key: self._commit_slider(k))
        grid.addWidget(label, row, 0)
        grid.addWidget(slider, row, 1)
        return label, slider

    def set_style(self, _style=None) -> None:
        """Thumbnails and widths follow the application font (projector mode)."""
        refresh_scaled_fonts(self)
        fm = QFontMetrics(QApplication.font())
        self.picker.set_classes(self._state.settings.n_classes)
        self.picker.set_style()
        for slider in (self.noiseSlider, self.trainRatioSlider):
            slider.setMinimumWidth(fm.horizontalAdvance("0") * 8)
        # Sized for a few digits, not for 2147483647: the column is 220 px at its narrowest.
        self.seedSpin.setMinimumWidth(fm.horizontalAdvance("0") * 7)
        self._fit_slider_labels()

    def retranslate(self) -> None:
        """Every label, name and tip again, in the current language."""
        self._title.setText(self.tr("Data"))
        self.picker.retranslate()
        self.classesSpin.setAccessibleName(self.tr("Number of classes"))
        self.batchSizeSpin.setAccessibleName(self.tr("Batch size"))
        self.batchSizeSpin.setToolTip(self.tr(
            "Batch size: how many training points each gradient step averages over. "
            "Small batches give noisy, cheap steps; large ones smooth but slow steps. "
            "Changing it keeps the network."))
        self._spin_labels[self.classesSpin].setText(self.tr("Classes"))
        self._spin_labels[self.batchSizeSpin].setText(self.tr("Batch size"))
        for key, accessible, tip in (
            ("trainRatio", self.tr("Ratio of training to test data"), self.tr(
                "Share of the points used for training; the rest are test points the "
                "network never learns from, to show how well it generalises.")),
            ("noise", self.tr("Noise"), self.tr(
                "Noise: blurs the data (flips labels near the boundary, or jitters "
                "points). A perfect fit to noisy data is overfitting.")),
        ):
            self._slider_for(key).setAccessibleName(accessible)
            self._slider_for(key).setToolTip(tip)
            self._label_for(key).setToolTip(tip)
            self._label_for(key).setText(self._slider_text(key, self._slider_for(key).value()))
        self._fit_slider_labels()
        self.seedSpin.setAccessibleName(self.tr("Data seed"))
        self.seedSpin.setToolTip(self.tr(
            "Seed of the random points: the same seed gives the same points, so a session "
            "can be reproduced. Changing it draws new data for the same network; "
            "Regenerate picks the next seed."))
        self.seedLabel.setText(self.tr("Seed"))
        self.seedLabel.setToolTip(self.seedSpin.toolTip())
        self.regenerateButton.setText(self.tr("Regenerate"))
        self.regenerateButton.setAccessibleName(self.tr("Regenerate data"))
        self.regenerateButton.setToolTip(self.tr(
            "Draw a new sample of the same dataset: picks the next seed. The network keeps "
            "its weights, so you can see whether what it learned carries over."))
        s = self._state.settings
        info = DATASETS[s.dataset]
        self._refresh_classes(info.multiclass, info.kind)

    def _fit_slider_labels(self) -> None:
        # The label is as wide as its widest value, so the slider never jumps.
        fm = QFontMetrics(QApplication.font())
        widest = max(fm.horizontalAdvance(self._slider_text(k, v))
                     for k, v in (("trainRatio", 90), ("noise", 50)))
        self._grid.setColumnMinimumWidth(0, widest + 2)

    # -- user edits -> state ------------------------------------------------

    def _on_dataset_clicked(self, name: str) -> None:
        if not self._state.update(dataset=name):
            self._refresh(frozenset({"dataset"}))

    def _on_classes_changed(self, value: int) -> None:
        if state_gone(self._state):  # typed, then the window was destroyed
            return
        if not self._state.update(n_classes=value):
            self._refresh(frozenset({"n_classes"}))

    def _on_batch_changed(self, value: int) -> None:
        if state_gone(self._state):
            return
        if not self._state.update(batch_size=value):
            self._refresh(frozenset({"batch_size"}))

    def _on_seed_changed(self, value: int) -> None:
        if state_gone(self._state):
            return
        if not self._state.update(data_seed=value):
            self._refresh(frozenset({"data_seed"}))

    def _on_regenerate(self) -> None:
        # A deterministic next seed: the session stays reproducible from its settings.
        self._state.update(data_seed=next_seed(self._state.settings.data_seed))

    def _on_slider_value(self, key: str, value: int) -> None:
        slider = self._slider_for(key)
        snapped = int(round(value / PERCENT_STEP) * PERCENT_STEP)
        snapped = min(max(snapped, slider.minimum()), slider.maximum())
        if snapped != value:
            slider.setValue(snapped)  # re-enters with the snapped value
            return
        self._label_for(key).setText(self._slider_text(key, value))
        # Mid-drag only the label follows; the reset happens once, on release.
        if not slider.isSliderDown():
            self._commit_slider(key)

    def _commit_slider(self, key: str) -> None:
        setting = "noise" if key == "noise" else "train_ratio"
        value = self._slider_for(key).value() / 100.0
        if not self._state.update(**{setting: value}):
            self._refresh(frozenset({setting}))

    # -- state -> widgets ---------------------------------------------------

    def _refresh(self, keys) -> None:
        s = self._state.settings
        info = DATASETS[s.dataset]
        if "dataset" in keys:
            self.picker.set_current(s.dataset)
            # A truth table has four fixed rows: noise, split and reseeding do nothing.
            fixed = not info.splittable
            for widget in (self.noiseSlider, self.noiseLabel, self.trainRatioSlider,
                           self.trainRatioLabel, self.seedSpin, self.seedLabel,
                           self.regenerateButton):
                widget.setEnabled(not fixed)
        if keys & {"dataset", "n_classes"}:
            self._refresh_classes(info.multiclass, info.kind)
        if "n_classes" in keys:
            self.picker.set_classes(s.n_classes)
        if "noise" in keys:
            self._set_slider("noise", round(s.noise * 100))
        if "train_ratio" in keys:
            self._set_slider("trainRatio", round(s.train_ratio * 100))
        if "batch_size" in keys:
            with QSignalBlocker(self.batchSizeSpin):
                self.batchSizeSpin.setValue(s.batch_size)
        if "data_seed" in keys:
            with QSignalBlocker(self.seedSpin):
                self.seedSpin.setValue(s.data_seed)

    def _refresh_classes(self, multiclass: bool, kind: str) -> None:
        with QSignalBlocker(self.classesSpin):
            # Two-class sets always have two classes; the setting is kept for later.
            self.classesSpin.setValue(self._state.settings.n_classes if multiclass else 2)
        self.classesSpin.setEnabled(multiclass)
        if multiclass:
            tip = self.tr("Number of classes (colours) in this dataset, 2 to %1. The "
                          "output layer gets one neuron per class; softmax turns their "
                          "scores into probabilities.").replace("%1", str(MAX_CLASSES))
        elif kind == "regression":
            tip = self.tr("Regression predicts a number, not a class.")
        else:
            tip = self.tr("This dataset has two classes. Pick a multiclass dataset "
                          "(Spiral, Blobs) to choose more.")
        self.classesSpin.setToolTip(tip)

    def _set_slider(self, key: str, value: int) -> None:
        slider = self._slider_for(key)
        with QSignalBlocker(slider):
            slider.setValue(value)
        self._label_for(key).setText(self._slider_text(key, value))

    def _slider_for(self, key: str) -> QSlider:
        return self.noiseSlider if key == "noise" else self.trainRatioSlider

    def _label_for(self, key: str) -> QLabel:
        return self.noiseLabel if key == "noise" else self.trainRatioLabel

    def _slider_text(self, key: str, value: int) -> str:
        if key == "noise":
            return self.tr("Noise: %1 %").replace("%1", str(value))
        return self.tr("Training data: %1 %").replace("%1", str(value))


