"""Space plays and pauses wherever the focus is, except in a text field.

A teacher presses Space to start and stop; a learner who just ticked a feature
or clicked a button must not find that Space ticks it again (and resets the
network). Space is therefore a window shortcut of the Play action (see
``playground.shortcuts``): Qt first offers a key to the focused widget as a
"shortcut override", and only text fields (line edits, spin boxes, editable
combos) claim Space, to type a space. Buttons and check boxes do not, so Space
plays there too, and Enter presses them instead (:class:`EnterPresses`). F5
plays and pauses even from a text field.

Nothing here watches every event of the application: a filter on the whole
app ran ~4 500 times while the window merely started, and on every timer and
paint while training.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from playground.guard import guarded

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_text_field(widget: QWidget | None) -> bool:
    """Whether keys typed into ``widget`` are text (Space must type a space there)."""
    if widget is None:
        return False
    if isinstance(widget, (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return isinstance(widget, QComboBox) and widget.isEditable()


class EnterPresses(QObject):
    """Event filter for buttons and check boxes: Enter (or Return) presses the focused one.

    Install it with :meth:`watch` on a widget tree; it looks only at the
    buttons' own events.
    """

    def watch(self, root: QWidget) -> None:
        """Let Enter press every button and check box under ``root`` (and later calls add more)."""
        for button in root.findChildren(QAbstractButton):
            if not button.property("nnEnterPresses"):
                button.setProperty("nnEnterPresses", True)
                button.installEventFilter(self)

    @guarded(default=False)
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.KeyPress and event.key() in _ENTER
                and isinstance(obj, QAbstractButton) and obj.hasFocus()):
            if not event.isAutoRepeat():
                obj.click()
            return True
        return False
