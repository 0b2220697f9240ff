"""The network column (dock ``network``): the layer editor, the diagram, the weight field.

Click a node or an edge of the diagram to select it; drag, turn the wheel or
type in the field below to change that weight (or the neuron's bias). The
field always shows the engine's current value; Enter applies what was typed,
Esc gives up, Ctrl+Z undoes the last edit.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from playground.selection import Param
from playground.views import neuron_maps
from playground.views.base import PlaygroundView, ViewContext
from playground.views.diagram_editing import DiagramEditor, param_of
from playground.views.network_view import NetworkView
from playground.views.numbers import fmt, parse_number


class NetworkPanel(PlaygroundView):
    """Build the network (editor), watch it (diagram), and set any weight by hand."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        from playground.panels.network_editor import NetworkEditor

        super().__init__(context, parent)
        self.setObjectName("networkColumn")  # the name it had before the docks
        self.editor = NetworkEditor(context.state)
        self.view = NetworkView()
        self.view.set_style(context.style)
        self.editing = DiagramEditor(self.view, context.controller)
        self.paramLabel = QLabel(self, objectName="paramLabel")
        self.paramEdit = QLineEdit(self, objectName="paramEdit")
        self.paramEdit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 12)
        self.paramEdit.returnPressed.connect(self._on_typed)
        row = QHBoxLayout()
        row.setContentsMargins(8, 2, 8, 4)
        row.addWidget(self.paramLabel, 1)
        row.addWidget(self.paramEdit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.editor, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        selection = context.controller.selection
        self.view.neuronHovered.connect(lambda layer, i: selection.set_hovered((layer, i)))
        self.view.neuronLeft.connect(lambda: selection.set_hovered(None))
        selection.selectedChanged.connect(lambda _s: self._show_param())
        self.editing.typeRequested.connect(self._focus_field)
        self.retranslate()

    @property
    def param(self) -> Param | None:
        frame = self.view.frame
        selected = self.context.controller.selection.selected
        return param_of(selected, frame.layer_sizes) if frame is not None else None

    def set_frame(self, frame) -> None:
        self.view.set_frame(frame)
        if not self.paramEdit.hasFocus():
            self._show_param()

    def set_style(self, style) -> None:
        self.editor.set_style(style)
        self.view.set_style(style)

    def retranslate(self) -> None:
        self.editor.retranslate()
        self.view.retranslate()
        self.paramEdit.setAccessibleName(self.tr("Selected weight or bias"))
        self.paramEdit.setToolTip(self.tr(
            "Type a new value and press Enter. On the diagram you can also drag the selected "
            "weight up or down, or turn the mouse wheel over it. Ctrl+Z undoes."))
        self._show_param()

    # -- the field ----------------------------------------------------------------
    def _describe(self, param: Param) -> str:
        frame = self.view.frame
        to = neuron_maps.neuron_title(frame, param.layer + 1, param.j)
        if param.is_bias:
            return self.tr("bias b of %1").replace("%1", to)
        source = neuron_maps.neuron_title(frame, param.layer, param.i)
        return self.tr("weight w from %1 to %2").replace("%1", source).replace("%2", to)

    def _show_param(self) -> None:
        param = self.param
        value = self.context.controller.param_value(param) if param is not None else None
        self.paramEdit.setEnabled(value is not None)
        if value is None:
            self.paramLabel.setText(self.tr(
                "Click a neuron or a connection to select its bias or weight."))
            self.paramEdit.clear()
            return
        self.paramLabel.setText(self._describe(param) + " =")
        self.paramEdit.setText(fmt(value))

    def _focus_field(self, _param) -> None:
        self.paramEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.paramEdit.selectAll()

    def _on_typed(self) -> None:
        param = self.param
        if param is None:
            return
        value = parse_number(self.paramEdit.text())
        if value is None:
            value = math.nan  # refused below, in words
        if self.context.controller.edit_param(param, value):
            self.view.setFocus()  # the keys go back to the diagram (Space plays)
        else:
            self.paramEdit.selectAll()
