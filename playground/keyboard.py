"""Space plays and pauses wherever the focus is, except in a text field.

A teacher presses Space to start and stop; a learner who just ticked a feature
or clicked a button must not find that Space ticks it again (and resets the
network). So Space, unless a text field (line edit, spin box, editable combo)
has the focus, goes to play/pause; in a text field it types a space. Enter on
a focused button or check box presses it, so the keyboard can still press
them. F5 (a ``QAction``) plays and pauses even from a text field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from playground.guard import guarded


def is_text_field(widget: QWidget | None) -> bool:
    """Whether keys typed into ``widget`` are text (Space must type a space there)."""
    if widget is None:
        return False
    if isinstance(widget, (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return isinstance(widget, QComboBox) and widget.isEditable()


class SpaceToPlay(QObject):
    """Application event filter: Space -> ``play_pause()`` outside text fields.

    Parameters
    ----------
    window : QWidget
        Only key presses inside this window (or its docks) are taken.
    play_pause : callable
        Called once per press (auto-repeat is ignored: holding Space must not
        flicker play and pause).
    """

    def __init__(self, window: QWidget, play_pause: Callable[[], None]):
        super().__init__(window)
        self._window = window
        self._play_pause = play_pause

    @guarded(default=False)
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        if obj.window() is not self._window:
            return False  # a dialog or popup of its own: its keys are its own
        key, mods = event.key(), event.modifiers()
        focus = QApplication.focusWidget()
        if key == Qt.Key.Key_Space and not (mods & ~Qt.KeyboardModifier.KeypadModifier):
            if is_text_field(focus):
                return False
            if not event.isAutoRepeat():
                self._play_pause()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focus, QAbstractButton):
            if obj is focus and not event.isAutoRepeat():
                focus.click()
                return True
        return False
