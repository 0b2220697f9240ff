"""Every keyboard shortcut of the app, in one table.

The window builds its actions from :data:`SHORTCUTS`; tooltips quote
:func:`key_text`; ``tests/playground/test_shortcuts.py`` checks that no key
is bound twice. Later features add rows here (graph stepping, lessons,
learning rate up and down), never a key elsewhere.

Space plays and pauses wherever the focus is but in a text field: text fields
claim it (Qt's shortcut override) to type a space; buttons and check boxes do
not, and Enter presses those instead (``playground.keyboard``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class Shortcut:
    """One command and its keys.

    Attributes
    ----------
    id : str
        Name of the command; the action's objectName is ``<id>Action``.
    keys : tuple of str
        Key sequences in Qt's portable text form, e.g. ``"Ctrl+Shift+P"``.
    label : str
        English menu text (context ``"shortcuts"``), with ``&`` for a mnemonic.
    """

    id: str
    keys: tuple[str, ...]
    label: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("play", ("Space", "F5"), QT_TRANSLATE_NOOP("shortcuts", "&Play / pause")),
    Shortcut("step", ("Ctrl+Right",), QT_TRANSLATE_NOOP("shortcuts", "Step one &batch")),
    Shortcut("stepEpoch", ("Ctrl+Shift+Right",), QT_TRANSLATE_NOOP("shortcuts", "Step one &epoch")),
    Shortcut("reset", ("Ctrl+R",), QT_TRANSLATE_NOOP("shortcuts", "&Reset (new random weights)")),
    Shortcut("undo", ("Ctrl+Z",), QT_TRANSLATE_NOOP("shortcuts", "&Undo the last weight edit")),
    Shortcut("speedUp", ("Ctrl+Up",), QT_TRANSLATE_NOOP("shortcuts", "&Faster")),
    Shortcut("speedDown", ("Ctrl+Down",), QT_TRANSLATE_NOOP("shortcuts", "&Slower")),
    Shortcut("projector", ("Ctrl+Shift+P",),
             QT_TRANSLATE_NOOP("shortcuts", "&Projector mode (large text, thick lines)")),
    Shortcut("fullScreen", ("F11",), QT_TRANSLATE_NOOP("shortcuts", "&Full screen")),
    Shortcut("maximizeView", ("Ctrl+M",),
             QT_TRANSLATE_NOOP("shortcuts", "&Maximise the view under the mouse")),
    Shortcut("resetLayout", ("Ctrl+Shift+L",),
             QT_TRANSLATE_NOOP("shortcuts", "Reset the &arrangement")),
    Shortcut("toolPick", ("Ctrl+1",), QT_TRANSLATE_NOOP("shortcuts", "Pic&k tool")),
    Shortcut("toolDraw", ("Ctrl+2",), QT_TRANSLATE_NOOP("shortcuts", "&Draw tool")),
    Shortcut("lessons", ("F1",), QT_TRANSLATE_NOOP("shortcuts", "&Lessons")),
    Shortcut("lessonNext", ("Alt+Right",), QT_TRANSLATE_NOOP("shortcuts", "&Next lesson step")),
    Shortcut("lessonBack", ("Alt+Left",),
             QT_TRANSLATE_NOOP("shortcuts", "P&revious lesson step")),
    Shortcut("graphForward", ("F7",),
             QT_TRANSLATE_NOOP("shortcuts", "Computational graph: f&orward one node")),
    Shortcut("graphBackward", ("F6",),
             QT_TRANSLATE_NOOP("shortcuts", "Computational graph: &backward one node")),
    Shortcut("graphRunAll", ("F8",),
             QT_TRANSLATE_NOOP("shortcuts", "Computational graph: run &all")),
    Shortcut("graphReset", ("Shift+F8",),
             QT_TRANSLATE_NOOP("shortcuts", "Computational graph: back to the &start")),
    Shortcut("focusWindow", ("Esc",),
             QT_TRANSLATE_NOOP("shortcuts", "Leave the text field (keys control the window)")),
    Shortcut("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("shortcuts", "&Quit")),
)


def shortcut(command: str) -> Shortcut:
    """The row for ``command``."""
    for row in SHORTCUTS:
        if row.id == command:
            return row
    raise KeyError(command)


def sequences(command: str) -> list[QKeySequence]:
    """The command's keys as ``QKeySequence`` values (first one is the main key)."""
    return [QKeySequence(k) for k in shortcut(command).keys]


def key_text(command: str) -> str:
    """The command's main key as the platform writes it, for tooltips (e.g. ``Ctrl+1``)."""
    return QKeySequence(shortcut(command).keys[0]).toString(
        QKeySequence.SequenceFormat.NativeText)
