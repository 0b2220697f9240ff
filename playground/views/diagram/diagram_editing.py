"""Select and edit the network's weights on the diagram.

A click selects a node or an edge (shared in the
:class:`~playground.selection.Selection`, drawn with a ring or a dashed
outline). The selected weight, or the selected neuron's bias, can then be
changed by dragging up or down, by the mouse wheel (a step of 1 % of the
layer's largest |w|, at least 0.01), or by typing (Enter or a double-click
asks the panel's field for the focus). Edits go to the controller, which
sends them to the worker between two steps and keeps them for Ctrl+Z.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPen

from playground.guard import guarded
from playground.selection import Param

#: Dragging this many pixels changes the value by one wheel step.
PIXELS_PER_STEP = 4.0
_HIGHLIGHT = "#F0C24B"


def param_of(selected, layer_sizes: tuple[int, ...]) -> Param | None:
    """The weight or bias a selection edits: an edge's weight, a neuron's bias."""
    if isinstance(selected, Param):
        return selected
    if selected is not None:
        layer, index = selected
        if 1 <= layer < len(layer_sizes):  # inputs have no bias
            return Param(layer - 1, index)
    return None


class DiagramEditor(QObject):
    """Mouse and keys on a :class:`NetworkView` turned into selections and edits.

    Signals
    -------
    typeRequested(object)
        Enter or a double-click on a :class:`Param`: the panel's field should take it.
    """

    typeRequested = Signal(object)

    def __init__(self, view, controller):
        super().__init__(view)
        self.view = view
        self.controller = controller
        self.selection = controller.selection
        self._drag: tuple[float, float] | None = None  # (start y, start value)
        view.installEventFilter(self)
        view.overlays.append(self.paint)
        self.selection.selectedChanged.connect(lambda _s: view.update())

    @property
    def param(self) -> Param | None:
        frame = self.view.frame
        return param_of(self.selection.selected, frame.layer_sizes) if frame else None

    def step_size(self, param: Param) -> float:
        """1 % of the layer's largest |w| (at least 0.01): one wheel notch."""
        frame = self.view.frame
        w = frame.weights[param.layer][0]
        return max(0.01, 0.01 * float(np.abs(w).max()) if w.size else 0.0)

    # -- input --------------------------------------------------------------------
    @guarded(default=False)
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._press(event.position())
        elif kind == QEvent.Type.MouseMove and self._drag is not None:
            self._drag_to(event.position())
            return True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._drag = None
        elif kind == QEvent.Type.MouseButtonDblClick:
            if self.param is not None:
                self.typeRequested.emit(self.param)
            return True
        elif kind == QEvent.Type.Wheel and self.param is not None:
            notches = event.angleDelta().y() / 120.0
            if notches:
                self._nudge(notches)
                return True
        elif kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.param is not None:
                self.typeRequested.emit(self.param)
                return True
        return False

    def _press(self, pos: QPointF) -> None:
        node = self.view.node_at(pos)
        edge = None if node is not None else self.view.edge_at(pos)
        if node is not None:
            self.selection.set_selected(node)
        elif edge is not None:
            pair, i, j = edge
            self.selection.set_selected(Param(pair, j, i))
        else:
            self.selection.set_selected(None)
        param = self.param
        value = self.controller.param_value(param) if param is not None else None
        self._drag = (pos.y(), value) if value is not None else None
        self._dragged = False

    def _drag_to(self, pos: QPointF) -> None:
        start_y, start_value = self._drag
        param = self.param
        if param is None:
            return
        steps = (start_y - pos.y()) / PIXELS_PER_STEP
        if abs(steps) < 1 and not self._dragged:
            return  # a click that wobbled, not a drag
        value = round(start_value + steps * self.step_size(param), 6)
        self.controller.edit_param(param, value, merge=self._dragged)
        self._dragged = True

    def _nudge(self, notches: float) -> None:
        param = self.param
        value = self.controller.param_value(param)
        if value is not None:
            self.controller.edit_param(param, round(value + notches * self.step_size(param), 6),
                                       merge=True)

    # -- drawing ----------------------------------------------------------------------
    def paint(self, p, lay) -> None:
        """Outline the selected edge (dashed) or node (a ring), over the diagram."""
        selected = self.selection.selected
        if selected is None:
            return
        pen = QPen(QColor(_HIGHLIGHT), max(2.0, self.view.view_style.width(3)))
        if isinstance(selected, Param) and selected.is_bias:
            # A bias (chosen e.g. in the descent view) belongs to its node: ring that.
            selected = (selected.layer + 1, selected.j)
        if isinstance(selected, Param):
            if selected.layer >= lay.n_columns - 1:
                return
            lines = lay.edge_lines(selected.layer)
            k = selected.i * lay.layer_sizes[selected.layer + 1] + selected.j
            if k >= len(lines):
                return
            x1, y1, x2, y2 = lines[k]
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        else:
            layer, index = selected
            if layer >= lay.n_columns or index >= lay.layer_sizes[layer]:
                return
            grow = self.view.view_style.width(4)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(lay.node_rect(layer, index).adjusted(-grow, -grow, grow, grow))
