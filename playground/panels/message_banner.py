"""A dismissible one-line banner for refusals, warnings and hints.

When the app refuses a setting ("pick at least one input feature") or training
diverges, the learner needs to read why in plain words, next to the work, not
in a modal dialog that interrupts. Errors stay until dismissed (or cleared by
the app); info messages fade out by themselves after a few seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from playground.guard import guarded

#: Background, border and text colour per kind; dark text on a pale tint keeps
#: a contrast ratio above 7:1, readable on a washed-out projector too.
_COLORS = {
    "error": ("#FDECEA", "#D55E00", "#5F2120"),
    "warning": ("#FFF6E0", "#E69F00", "#5C3B00"),
    "info": ("#E6F2FA", "#0072B2", "#0B3C5D"),
    "hint": ("#E8F5EE", "#009E73", "#0E3D2B"),
}
_ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "hint": QStyle.StandardPixmap.SP_MessageBoxInformation,
}
#: How long an info message stays before hiding itself.
INFO_TIMEOUT_MS = 6000


class MessageBanner(QFrame):
    """A coloured strip with an icon, a message and a close button.

    Hidden while it has nothing to say. ``show_message`` replaces any message
    already shown.

    Signals
    -------
    dismissed()
        The user closed the banner with its close button (or Escape).
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._kind = "info"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

        self._icon = QLabel(self)
        self._icon.setObjectName("messageIcon")
        self._label = QLabel(self)
        self._label.setObjectName("messageLabel")
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._close = QToolButton(self)
        self._close.setObjectName("messageCloseButton")
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.setCursor(Qt.CursorShape.PointingHandCursor)
        self._close.clicked.connect(self._on_close_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 4, 6)
        layout.setSpacing(8)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Message"))
        self._close.setAccessibleName(self.tr("Dismiss message"))
        self._close.setToolTip(self.tr("Hide this message (Esc)"))

    # -- public API ---------------------------------------------------------

    @property
    def kind(self) -> str:
        """Kind of the message shown: ``"error"``, ``"warning"``, ``"info"`` or ``"hint"``."""
        return self._kind

    def text(self) -> str:
        """The message shown, or ``""`` when the banner is empty."""
        return self._label.text()

    def show_message(self, text: str, kind: str = "error") -> None:
        """Show ``text`` styled as ``kind``; an empty text clears the banner.

        Parameters
        ----------
        text : str
            Plain words; shown as plain text, never as HTML.
        kind : {"error", "warning", "info", "hint"}
            Errors, warnings and hints stay until dismissed; info hides itself
            after ``INFO_TIMEOUT_MS``.
        """
        if kind not in _COLORS:
            raise ValueError(f"unknown message kind {kind!r}")
        if not text:
            self.clear()
            return
        self._kind = kind
        self._label.setText(text)
        self._apply_style()
        self.setAccessibleDescription(text)
        self._timer.stop()
        if kind == "info":
            self._timer.start(INFO_TIMEOUT_MS)
        self.setVisible(True)

    def clear(self) -> None:
        """Remove the message and hide the banner."""
        self._timer.stop()
        self._label.clear()
        self.setAccessibleDescription("")
        self.setVisible(False)

    # -- internals ----------------------------------------------------------

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt override)
        # An empty banner never shows, even if a parent layout or caller asks it to.
        super().setVisible(bool(visible) and bool(self._label.text()))

    @guarded
    def keyPressEvent(self, event):  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.isVisible():
            self._on_close_clicked()
            return
        super().keyPressEvent(event)

    def _on_close_clicked(self) -> None:
        self.clear()
        self.dismissed.emit()

    def _apply_style(self) -> None:
        background, border, text = _COLORS[self._kind]
        self.setStyleSheet(
            f"QFrame#messageBanner {{ background: {background}; border: 1px solid {border};"
            f" border-left: 5px solid {border}; border-radius: 4px; }}"
            f" QLabel#messageLabel {{ color: {text}; background: transparent; border: none; }}"
            f" QLabel#messageIcon {{ background: transparent; border: none; }}"
            f" QToolButton#messageCloseButton {{ color: {text}; border: none;"
            f" background: transparent; padding: 2px 6px; }}"
            f" QToolButton#messageCloseButton:hover {{ background: rgba(0, 0, 0, 0.08);"
            f" border-radius: 3px; }}"
        )
        side = self.fontMetrics().height() + 4
        icon = self.style().standardIcon(_ICONS[self._kind])
        self._icon.setPixmap(icon.pixmap(QSize(side, side), self.devicePixelRatioF()))
