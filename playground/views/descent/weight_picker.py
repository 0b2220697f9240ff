"""Choose one weight or bias by the engine's name and index: ``W2 [i] [j]`` or ``b2 [j]``.

A drop-down of the tensors (W1, b1, W2, …) and one or two spin boxes for the
index, so a 64-wide network (tens of thousands of weights) is as quick to walk
as a small one; a list of every weight would not be. ``i`` is the row of W
(the neuron the weight comes from), ``j`` its column (the neuron it goes to),
as :class:`~playground.selection.Param` and the matrices count them, from 0.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from playground.selection import Param


class WeightPicker(QWidget):
    """Tensor drop-down plus index spin boxes; optionally "none" first.

    Signals
    -------
    changed(object)
        The learner chose another :class:`Param` (or None); not emitted by
        :meth:`set_param` or :meth:`set_layer_sizes`.
    """

    changed = Signal(object)

    def __init__(self, name: str, allow_none: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.allow_none = allow_none
        self.none_text = ""
        self.sizes: tuple[int, ...] = ()
        self.tensor = QComboBox(self, objectName=f"{name}Tensor")
        self.row = QSpinBox(self, objectName=f"{name}Row")
        self.column = QSpinBox(self, objectName=f"{name}Column")
        self.row.setPrefix("i = ")
        self.column.setPrefix("j = ")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tensor)
        layout.addWidget(self.row)
        layout.addWidget(self.column)
        self.tensor.activated.connect(lambda _r: self._user_changed())
        for spin in (self.row, self.column):
            spin.valueChanged.connect(lambda _v: self._user_changed())
        self._quiet = False

    @property
    def param(self) -> Param | None:
        data = self.tensor.currentData()
        if data is None:
            return None
        kind, layer = data
        if kind == "b":
            return Param(layer, self.column.value())
        return Param(layer, self.column.value(), self.row.value())

    def set_layer_sizes(self, sizes) -> None:
        """Offer the tensors of a network with these layer sizes (keeps the choice if it fits)."""
        old = self.param
        self.sizes = tuple(sizes)
        self._quiet = True
        self.tensor.clear()
        if self.allow_none:
            self.tensor.addItem(self.none_text, None)
        for layer in range(len(self.sizes) - 1):
            self.tensor.addItem(f"W{layer + 1}", ("W", layer))
            self.tensor.addItem(f"b{layer + 1}", ("b", layer))
        self._quiet = False
        self.set_param(old if self.fits(old) else None)

    def fits(self, p: Param | None) -> bool:
        """Whether ``p`` is a weight or bias of the current layer sizes."""
        if p is None or not 0 <= p.layer < len(self.sizes) - 1:
            return False
        if not 0 <= p.j < self.sizes[p.layer + 1]:
            return False
        return p.is_bias or 0 <= p.i < self.sizes[p.layer]

    def set_param(self, p: Param | None) -> None:
        """Show ``p`` (None: "none", or the first weight when "none" is not offered)."""
        self._quiet = True
        if p is None or not self.fits(p):
            self.tensor.setCurrentIndex(0)
        else:
            self.tensor.setCurrentIndex(self.tensor.findText(p.name))
        self._fit_spins()
        fits = p is not None and self.fits(p)
        self.column.setValue(p.j if fits else 0)
        self.row.setValue(p.i if fits and not p.is_bias else 0)
        self._quiet = False

    def set_none_text(self, text: str) -> None:
        self.none_text = text
        if self.allow_none and self.tensor.count():
            self.tensor.setItemText(0, text)

    def _fit_spins(self) -> None:
        data = self.tensor.currentData()
        self.row.setVisible(data is not None and data[0] == "W")
        self.column.setVisible(data is not None)
        if data is not None:
            layer = data[1]
            self.row.setRange(0, max(0, self.sizes[layer] - 1))
            self.column.setRange(0, max(0, self.sizes[layer + 1] - 1))

    def _user_changed(self) -> None:
        if self._quiet:
            return
        self._quiet = True
        self._fit_spins()
        self._quiet = False
        self.changed.emit(self.param)
