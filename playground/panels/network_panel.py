"""The network column (dock ``network``): the layer editor above the diagram."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from playground.panels.network_editor import NetworkEditor
from playground.views.base import PlaygroundView, ViewContext
from playground.views.network_view import NetworkView


class NetworkPanel(PlaygroundView):
    """Build the network (editor) and watch its weights and neurons (diagram)."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("networkColumn")  # the name it had before the docks
        self.editor = NetworkEditor(context.state)
        self.view = NetworkView()
        self.view.set_style(context.style)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.editor, 0)
        layout.addWidget(self.view, 1)
        selection = context.controller.selection
        self.view.neuronHovered.connect(lambda layer, i: selection.set_hovered((layer, i)))
        self.view.neuronLeft.connect(lambda: selection.set_hovered(None))

    def set_frame(self, frame) -> None:
        self.view.set_frame(frame)

    def set_style(self, style) -> None:
        self.editor.set_style(style)
        self.view.set_style(style)

    def retranslate(self) -> None:
        self.editor.retranslate()
        self.view.retranslate()
