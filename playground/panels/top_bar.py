"""The strip above the docks: transport and numbers, hyperparameters, the message banner.

It stays put while docks move (a teacher always finds Play in the same place)
and asks the controller for everything: the buttons call its methods, and its
signals keep the play button, the numbers and the banner true.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from playground.panels.controls_bar import ControlsBar
from playground.panels.hyperparams_panel import HyperparamsPanel
from playground.panels.message_banner import MessageBanner


class TopBar(QFrame):
    """Controls bar, hyperparameter strip and banner, bound to a controller."""

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("topBar")
        self.controller = controller
        self.controls = ControlsBar(controller.state, self)
        self.hyperparams = HyperparamsPanel(controller.state, self)
        self.banner = MessageBanner(self)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(2)
        layout.addWidget(self.controls)
        layout.addWidget(self.hyperparams)
        layout.addWidget(self.banner)

        self.controls.playToggled.connect(self._on_play_toggled)
        self.controls.stepRequested.connect(controller.step)
        self.controls.stepEpochRequested.connect(controller.step_epoch)
        self.controls.resetRequested.connect(controller.reset)
        controller.playingChanged.connect(self.controls.set_playing)
        controller.frameReady.connect(self.controls.set_frame)
        controller.messageChanged.connect(self.show_message)
        self.banner.dismissed.connect(controller.clear_message)

    def host_hyperparams(self) -> None:
        """Take the hyperparameter strip back (under the controls), e.g. after projector mode."""
        if self.hyperparams.parent() is not self:
            self._layout.insertWidget(1, self.hyperparams)
            self.hyperparams.show()

    def _on_play_toggled(self, on: bool) -> None:
        self.controller.set_playing(on)
        self.controls.set_playing(self.controller.playing)  # a refused Play springs back

    def show_message(self) -> None:
        """Show the controller's message of the moment (or hide the banner)."""
        message = self.controller.message()
        if message is None:
            self.banner.clear()
        else:
            kind, text = message
            self.banner.show_message(text, kind)

    def set_style(self, style) -> None:
        self.controls.set_style(style)
        self.hyperparams.set_style(style)

    def retranslate(self) -> None:
        self.controls.retranslate()
        self.hyperparams.retranslate()
        self.banner.retranslate()
        self.show_message()  # the message, worded again in the new language
