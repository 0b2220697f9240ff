"""The hyperparameter strip: learning rate, optimizer, regularisation, its rate,
and weight initialisation, each with a label above it as in TensorFlow
Playground.

The learning rate and the regularisation rate are editable combos: pick one of
TensorFlow Playground's values or type any number. A typed value the settings
refuse ("abc", "-1") is reported through ``state.rejected`` and the box goes
back to the current setting.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from playground.panels.labels import caption
from playground.settings import (
    INIT_NAMES,
    LEARNING_RATES,
    OPTIMIZER_NAMES,
    REG_RATES,
    REGULARIZATION_NAMES,
)
from playground.state import AppState

#: λ set when regularisation is switched on while the rate is still 0.
STARTING_REG_RATE = 0.001


def format_rate(value: float) -> str:
    """A rate the way TensorFlow Playground writes it: ``0.00001``, ``0.03``, ``10``."""
    return np.format_float_positional(float(value), trim="-")


def parse_rate(text: str) -> float | None:
    """A typed rate as a float, or None if it is not a finite number.

    Accepts ``"0.05"``, ``"5e-2"`` and a decimal comma (``"0,05"``).
    """
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class RateCombo(QComboBox):
    """Editable combo of preset rates that also takes a typed number.

    Signals
    -------
    rateEntered(str)
        The user picked an item or finished typing (Enter or focus out); the
        text is passed raw so the owner can report a bad entry in words.
    """

    rateEntered = Signal(str)

    def __init__(self, rates: tuple[float, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        # The owner decides what the box shows; Qt must not append typed entries.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for rate in rates:
            self.addItem(format_rate(rate), float(rate))
        self.activated.connect(lambda _row: self.rateEntered.emit(self.currentText()))
        self.lineEdit().editingFinished.connect(
            lambda: self.rateEntered.emit(self.lineEdit().text()))

    def show_rate(self, value: float) -> None:
        """Display ``value`` (selecting the matching item if there is one), silently."""
        with QSignalBlocker(self), QSignalBlocker(self.lineEdit()):
            row = next((i for i in range(self.count())
                        if math.isclose(self.itemData(i), value, rel_tol=1e-9)), -1)
            self.setCurrentIndex(row)
            self.setEditText(format_rate(value))


class HyperparamsPanel(QWidget):
    """Learning rate η, optimizer, regularisation and λ, initialisation.

    Parameters
    ----------
    state : AppState
        Bound to ``learning_rate``, ``optimizer``, ``regularization``,
        ``reg_rate`` and ``init``.
    """

    _KEYS = frozenset({"learning_rate", "optimizer", "regularization", "reg_rate", "init"})

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hyperparamsPanel")
        self._state = state
        self._build()
        self._refresh(self._KEYS)
        state.changed.connect(self._refresh)

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        self.learningRateCombo = RateCombo(LEARNING_RATES, self)
        self.learningRateCombo.setObjectName("learningRateCombo")
        self.learningRateCombo.setAccessibleName(self.tr("Learning rate"))
        self.learningRateCombo.setToolTip(self.tr(
            "Learning rate η: the step size of gradient descent, W ← W − η·∂L/∂W. Too "
            "small and the loss falls slowly; too large and it jumps around or blows up "
            "to NaN. Changing it keeps the network. Pick a value or type one, e.g. 0.05."))
        self.learningRateCombo.rateEntered.connect(self._on_learning_rate)

        self.optimizerCombo = self._combo("optimizerCombo", self.tr("Optimizer"), self.tr(
            "Optimizer: how each gradient is turned into a weight update. Plain SGD steps "
            "straight downhill; the others remember past gradients or scale each step."))
        names = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov",
                 "adagrad": "AdaGrad", "rmsprop": "RMSprop", "adam": "Adam"}
        tips = {
            "sgd": self.tr("Stochastic gradient descent: W ← W − η·∂L/∂W."),
            "momentum": self.tr("Momentum: builds up speed like a ball rolling downhill, "
                                "smoothing the zig-zag of SGD (β = 0.9)."),
            "nesterov": self.tr("Nesterov: momentum that looks ahead before stepping."),
            "adagrad": self.tr("AdaGrad: shrinks the step of weights that have already "
                               "moved a lot."),
            "rmsprop": self.tr("RMSprop: like AdaGrad, but forgets old gradients, so "
                               "steps do not shrink to nothing."),
            "adam": self.tr("Adam: momentum plus per-weight step sizes; a robust "
                            "default (try η = 0.001…0.01)."),
        }
        self._fill(self.optimizerCombo, OPTIMIZER_NAMES, names, tips)
        self.optimizerCombo.currentIndexChanged.connect(
            lambda _row: self._on_choice("optimizer", self.optimizerCombo))

        self.regularizationCombo = self._combo(
            "regularizationCombo", self.tr("Regularization"), self.tr(
                "Regularization: adds a penalty for large weights to the loss, which "
                "discourages over-complicated boundaries (overfitting). Biases are not "
                "penalised."))
        names = {"none": self.tr("None"), "l1": "L1", "l2": "L2"}
        tips = {
            "none": self.tr("No penalty: the loss is the data loss only."),
            "l1": self.tr("L1: adds λ·Σ|W|, pushing unneeded weights to exactly zero."),
            "l2": self.tr("L2 (weight decay): adds ½λ·ΣW², shrinking all weights a "
                          "little every step."),
        }
        self._fill(self.regularizationCombo, REGULARIZATION_NAMES, names, tips)
        self.regularizationCombo.currentIndexChanged.connect(
            lambda _row: self._on_choice("regularization", self.regularizationCombo))

        self.regRateCombo = RateCombo(REG_RATES, self)
        self.regRateCombo.setObjectName("regRateCombo")
        self.regRateCombo.setAccessibleName(self.tr("Regularization rate"))
        self.regRateCombo.setToolTip(self.tr(
            "Regularization rate λ: how strongly large weights are penalised. 0 turns the "
            "penalty off; too large and every weight is squeezed toward 0 (underfitting)."))
        self.regRateCombo.rateEntered.connect(self._on_reg_rate)

        self.initCombo = self._combo("initCombo", self.tr("Weight initialization"), self.tr(
            "Initial random weights, used at every reset. Xavier (std √(1/n)) suits "
            "tanh and sigmoid; He (std √(2/n)) suits ReLU; a fixed tiny std makes all "
            "neurons start nearly alike. Changing it resets the network."))
        names = {"xavier": "Xavier", "he": "He", "std": self.tr("Fixed std 0.01"),
                 "uniform": self.tr("Uniform ±0.5")}
        tips = {
            "xavier": self.tr("Xavier: normal with std √(1/n_in); for tanh and sigmoid."),
            "he": self.tr("He: normal with std √(2/n_in); for ReLU."),
            "std": self.tr("Normal with a fixed std of 0.01: with sigmoid, activations "
                           "all sit near 0.5 and learning is slow."),
            "uniform": self.tr("Uniform between −0.5 and +0.5."),
        }
        self._fill(self.initCombo, INIT_NAMES, names, tips)
        self.initCombo.currentIndexChanged.connect(
            lambda _row: self._on_choice("init", self.initCombo))

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        columns = (
            (self.tr("Learning rate η"), self.learningRateCombo),
            (self.tr("Optimizer"), self.optimizerCombo),
            (self.tr("Regularization"), self.regularizationCombo),
            (self.tr("Regularization rate λ"), self.regRateCombo),
            (self.tr("Initialization"), self.initCombo),
        )
        digit = self.fontMetrics().horizontalAdvance("0")
        for col, (text, widget) in enumerate(columns):
            label = caption(text, self)
            label.setBuddy(widget)
            label.setToolTip(widget.toolTip())
            widget.setMinimumWidth(digit * 12)
            # On a wide screen the combos stop growing and pack to the left, under
            # the transport buttons: a 300-px box for "0.03" would look stretched.
            widget.setMaximumWidth(digit * 24)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
            grid.setColumnStretch(col, 1)
        grid.setColumnStretch(len(columns), 0)
        grid.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding), 0, len(columns))

    def _combo(self, name: str, accessible: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(tip)
        return combo

    @staticmethod
    def _fill(combo: QComboBox, keys, names: dict, tips: dict) -> None:
        for key in keys:
            combo.addItem(names.get(key, key), key)
            combo.setItemData(combo.count() - 1, tips.get(key, ""), Qt.ItemDataRole.ToolTipRole)

    # -- user edits -> state ------------------------------------------------

    def _on_learning_rate(self, text: str) -> None:
        self._on_rate_text("learning_rate", text, self.tr("learning rate"))

    def _on_reg_rate(self, text: str) -> None:
        self._on_rate_text("reg_rate", text, self.tr("regularization rate"))

    def _on_rate_text(self, key: str, text: str, what: str) -> None:
        value = parse_rate(text)
        if value is None:
            self._state.rejected.emit(self.tr("The %1 must be a number, like 0.03; got “%2”.")
                                      .replace("%1", what).replace("%2", text.strip()))
            self._refresh(frozenset({key}))
            return
        if not self._state.update(**{key: value}):
            self._refresh(frozenset({key}))
            return
        # Accepted but maybe typed as "5e-2": show it in the canonical form.
        self._refresh(frozenset({key}))

    def _on_choice(self, key: str, combo: QComboBox) -> None:
        changes = {key: combo.currentData()}
        # L1/L2 at rate 0 would silently do nothing; start from the smallest rate.
        if key == "regularization" and changes[key] != "none" and self._state.settings.reg_rate == 0:
            changes["reg_rate"] = STARTING_REG_RATE
        if not self._state.update(**changes):
            self._refresh(frozenset(changes))

    # -- state -> widgets ---------------------------------------------------

    def _refresh(self, keys) -> None:
        s = self._state.settings
        if "learning_rate" in keys:
            self.learningRateCombo.show_rate(s.learning_rate)
        if "reg_rate" in keys:
            self.regRateCombo.show_rate(s.reg_rate)
        for key, combo in (("optimizer", self.optimizerCombo),
                           ("regularization", self.regularizationCombo),
                           ("init", self.initCombo)):
            if key in keys:
                with QSignalBlocker(combo):
                    combo.setCurrentIndex(combo.findData(getattr(s, key)))
        if keys & {"regularization"}:
            self.regRateCombo.setEnabled(s.regularization != "none")

