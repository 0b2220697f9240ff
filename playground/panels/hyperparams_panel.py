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
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from playground import catalogue
from playground.panels.edits import state_gone
from playground.panels.labels import caption, refresh_scaled_fonts
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

    A typed value is taken as typed: the box has no completer, so "0.0" is
    never completed to a listed "0.00001" behind the learner's back.

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
        self.setCompleter(None)
        # The owner decides what the box shows; Qt must not append typed entries.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for rate in rates:
            self.addItem(format_rate(rate), float(rate))
        self.activated.connect(lambda _row: self.rateEntered.emit(self.currentText()))
        self.lineEdit().editingFinished.connect(self._on_editing_finished)
        self.lineEdit().returnPressed.connect(self._leave)

    def show_rate(self, value: float) -> None:
        """Display ``value`` (selecting the matching item if there is one), silently."""
        with QSignalBlocker(self), QSignalBlocker(self.lineEdit()):
            row = next((i for i in range(self.count())
                        if math.isclose(self.itemData(i), value, rel_tol=1e-9)), -1)
            self.setCurrentIndex(row)
            self.setEditText(format_rate(value))

    def _on_editing_finished(self) -> None:
        # Qt reports a finished edit also when focus merely passes through.
        if self.lineEdit().isModified():
            self.lineEdit().setModified(False)
            self.rateEntered.emit(self.lineEdit().text())

    def _leave(self) -> None:
        """After Enter the keys belong to the window again (Space plays)."""
        window = self.window()
        if window is not None and window is not self:
            window.setFocus()


class HyperparamsPanel(QWidget):
    """Learning rate η, optimizer, regularisation and λ, initialisation.

    Parameters
    ----------
    state : AppState
        Bound to ``learning_rate``, ``optimizer``, ``regularization``,
        ``reg_rate`` and ``init``.
    """

    _KEYS = frozenset({"learning_rate", "optimizer", "regularization", "reg_rate", "init"})
    #: Combo of each catalogue-backed setting: (objectName, catalogue kind, offered keys).
    _CHOICES = (
        ("optimizerCombo", "optimizer", "optimizer", OPTIMIZER_NAMES),
        ("regularizationCombo", "regularization", "regularization", REGULARIZATION_NAMES),
        ("initCombo", "init", "init", INIT_NAMES),
    )

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hyperparamsPanel")
        self._state = state
        self._build()
        self.retranslate()
        self.set_style(None)
        self._refresh(self._KEYS)
        state.changed.connect(self._refresh)

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        self.learningRateCombo = RateCombo(LEARNING_RATES, self)
        self.learningRateCombo.setObjectName("learningRateCombo")
        self.learningRateCombo.rateEntered.connect(self._on_learning_rate)
        self.regRateCombo = RateCombo(REG_RATES, self)
        self.regRateCombo.setObjectName("regRateCombo")
        self.regRateCombo.rateEntered.connect(self._on_reg_rate)
        for name, key, _kind, offered in self._CHOICES:
            combo = QComboBox(self)
            combo.setObjectName(name)
            for value in offered:
                combo.addItem(value, value)
            combo.currentIndexChanged.connect(
                lambda _row, k=key, c=combo: self._on_choice(k, c))
            setattr(self, name, combo)

        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(8, 0, 8, 4)
        self._grid.setVerticalSpacing(2)
        self._columns = (self.learningRateCombo, self.optimizerCombo, self.regularizationCombo,
                         self.regRateCombo, self.initCombo)
        self._captions = []
        for widget in self._columns:
            label = caption("", self)
            label.setBuddy(widget)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._captions.append(label)
        self._spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding)
        self._vertical = None
        self.set_vertical(False)

    def set_vertical(self, vertical: bool) -> None:
        """One row of five (the top bar) or one column (the input column, projector mode)."""
        if vertical == self._vertical:
            return
        self._vertical = vertical
        grid = self._grid
        for widget in (*self._captions, *self._columns):
            grid.removeWidget(widget)
        grid.removeItem(self._spacer)
        for col in range(grid.columnCount()):
            grid.setColumnStretch(col, 0)
        grid.setHorizontalSpacing(16)
        for i, (label, widget) in enumerate(zip(self._captions, self._columns, strict=True)):
            if vertical:
                grid.addWidget(label, 2 * i, 0)
                grid.addWidget(widget, 2 * i + 1, 0)
            else:
                grid.addWidget(label, 0, i)
                grid.addWidget(widget, 1, i)
                grid.setColumnStretch(i, 1)
        if vertical:
            grid.setColumnStretch(0, 1)
        else:
            grid.addItem(self._spacer, 0, len(self._columns))
        self.set_style(None)

    def set_style(self, _style) -> None:
        """Widths follow the application font (projector mode)."""
        refresh_scaled_fonts(self)
        digit = QFontMetrics(QApplication.font()).horizontalAdvance("0")
        for widget in self._columns:
            widget.setMinimumWidth(digit * (8 if self._vertical else 12))
            # On a wide screen the combos stop growing and pack to the left, under
            # the transport buttons: a 300-px box for "0.03" would look stretched.
            widget.setMaximumWidth(digit * 24)

    def retranslate(self) -> None:
        """Captions, names, items and tips again, in the current language."""
        tips = (
            self.tr("Learning rate η: the step size of gradient descent, W ← W − η·∂L/∂W. Too "
                    "small and the loss falls slowly; too large and it jumps around or blows up "
                    "to NaN. Changing it keeps the network. Pick a value or type one, e.g. "
                    "0.05."),
            self.tr("Optimizer: how each gradient is turned into a weight update. Plain SGD "
                    "steps straight downhill; the others remember past gradients or scale "
                    "each step."),
            self.tr("Regularization: adds a penalty for large weights to the loss, which "
                    "discourages over-complicated boundaries (overfitting). Biases are not "
                    "penalised."),
            self.tr("Regularization rate λ: how strongly large weights are penalised. 0 turns "
                    "the penalty off; too large and every weight is squeezed toward 0 "
                    "(underfitting)."),
            self.tr("Initial random weights, used at every reset. Xavier (std √(1/n)) suits "
                    "tanh and sigmoid; He (std √(2/n)) suits ReLU; a fixed tiny std makes all "
                    "neurons start nearly alike. Changing it resets the network."),
        )
        captions = (self.tr("Learning rate η"), self.tr("Optimizer"), self.tr("Regularization"),
                    self.tr("Regularization rate λ"), self.tr("Initialization"))
        for widget, label, text, tip in zip(self._columns, self._captions, captions, tips,
                                            strict=True):
            label.setText(text)
            label.setToolTip(tip)
            widget.setToolTip(tip)
            widget.setAccessibleName(text)
        for name, _key, kind, _offered in self._CHOICES:
            combo = getattr(self, name)
            for row in range(combo.count()):
                e = catalogue.entry(kind, combo.itemData(row)).translated(
                    QCoreApplication.translate)
                combo.setItemText(row, e.name)
                combo.setItemData(row, e.tip, Qt.ItemDataRole.ToolTipRole)

    # -- user edits -> state ------------------------------------------------

    def _on_learning_rate(self, text: str) -> None:
        self._on_rate_text("learning_rate", text, self.tr("learning rate"))

    def _on_reg_rate(self, text: str) -> None:
        self._on_rate_text("reg_rate", text, self.tr("regularization rate"))

    def _on_rate_text(self, key: str, text: str, what: str) -> None:
        if state_gone(self._state):  # typed, then the window was destroyed
            return
        value = parse_rate(text)
        if value is None:
            self._state.rejected.emit(self.tr("The %1 must be a number, like 0.03; got “%2”.")
                                      .replace("%1", what).replace("%2", text.strip()))
        else:
            self._state.update(**{key: value})  # a refusal is reported by the state
        # Accepted (maybe typed as "5e-2"), or refused: show what is really set.
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
        for name, key, _kind, _offered in self._CHOICES:
            if key in keys:
                combo = getattr(self, name)
                with QSignalBlocker(combo):
                    combo.setCurrentIndex(combo.findData(getattr(s, key)))
        if keys & {"regularization"}:
            self.regRateCombo.setEnabled(s.regularization != "none")
