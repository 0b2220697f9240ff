"""The loss dock (``loss``): the loss and accuracy curves with their options."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from playground.views.base import PlaygroundView, ViewContext
from playground.views.loss.loss_view import LossView


class LossPanel(PlaygroundView):
    """Log-scale switch above the loss and accuracy plots."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("lossPanel")
        self.view = LossView(self)
        self.view.set_style(context.style)
        self.logScaleCheck = QCheckBox(self, objectName="logScaleCheck")
        self.logScaleCheck.toggled.connect(lambda on: self.context.state.update(log_loss=on))
        self.perStepCheck = QCheckBox(self, objectName="lossPerStepCheck")
        self.perStepCheck.toggled.connect(
            lambda on: self.context.state.update(loss_per_step=on))
        # On the legend's line: every pixel of height goes to the plot.
        self.view.add_to_header(self.perStepCheck)
        self.view.add_to_header(self.logScaleCheck)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        context.state.changed.connect(self._on_state_changed)
        self._on_state_changed(frozenset({"log_loss", "loss_per_step"}))
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
        self.perStepCheck.setText(self.tr("Per step"))
        self.perStepCheck.setAccessibleName(self.tr("Loss per minibatch step"))
        self.perStepCheck.setToolTip(self.tr(
            "Plot the loss of every minibatch step (the book's iterations axis): noisy, "
            "because each step sees only a few points. Off: the loss on all the data after "
            "each epoch."))

    def _on_state_changed(self, keys: frozenset) -> None:
        s = self.context.state.settings
        if "log_loss" in keys:
            with QSignalBlocker(self.logScaleCheck):
                self.logScaleCheck.setChecked(s.log_loss)
            self.view.set_log_scale(s.log_loss)
        if "loss_per_step" in keys:
            with QSignalBlocker(self.perStepCheck):
                self.perStepCheck.setChecked(s.loss_per_step)
            self.view.set_per_step(s.loss_per_step)
