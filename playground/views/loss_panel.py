"""The loss dock (``loss``): the loss and accuracy curves with their options."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from playground.views.base import PlaygroundView, ViewContext
from playground.views.loss_view import LossView


class LossPanel(PlaygroundView):
    """Log-scale switch above the loss and accuracy plots."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("lossPanel")
        self.view = LossView(self)
        self.view.set_style(context.style)
        self.logScaleCheck = QCheckBox(self, objectName="logScaleCheck")
        self.logScaleCheck.toggled.connect(lambda on: self.context.state.update(log_loss=on))
        self.view.add_to_header(self.logScaleCheck)  # on the legend's line: height for the plot
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        context.state.changed.connect(self._on_state_changed)
        self._on_state_changed(frozenset({"log_loss"}))
        self.retranslate()

    def set_frame(self, frame) -> None:
        self.view.set_frame(frame)

    def set_style(self, style) -> None:
        self.view.set_style(style)

    def retranslate(self) -> None:
        self.view.retranslate()
        self.logScaleCheck.setText(self.tr("Log scale"))
        self.logScaleCheck.setAccessibleName(self.logScaleCheck.text())
        self.logScaleCheck.setToolTip(self.tr(
            "Plot the loss on a logarithmic axis, to see small late improvements."))

    def _on_state_changed(self, keys: frozenset) -> None:
        if "log_loss" in keys:
            on = self.context.state.settings.log_loss
            with QSignalBlocker(self.logScaleCheck):
                self.logScaleCheck.setChecked(on)
            self.view.set_log_scale(on)
