"""Shared set-up for driving the panels like a user: a fresh state, a shown
panel, a named child widget, a click, and a recorder for signals.

The fixture ``state`` reaches every test here by name; the helpers are plain
functions, imported where they are used::

    from tests.playground.conftest import Recorder, child, click, make_panel
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from playground.state import AppState


class Recorder:
    """Collects the payloads of a signal, in the order they were emitted."""

    def __init__(self, signal):
        self.calls = []
        signal.connect(self.calls.append)


@pytest.fixture
def state() -> AppState:
    """Default settings, as a new session starts."""
    return AppState()


def make_panel(qtbot, cls, state: AppState):
    """Build panel ``cls`` on ``state``, hand it to qtbot (closed after the test), show it."""
    panel = cls(state)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def child(panel: QWidget, cls, name: str):
    """The widget of type ``cls`` called ``name`` inside ``panel``; fails if there is none."""
    widget = panel.findChild(cls, name)
    assert widget is not None, f"{name} not found"
    return widget


def click(qtbot, panel: QWidget, name: str) -> None:
    """Left-click the button called ``name`` inside ``panel``."""
    qtbot.mouseClick(child(panel, QAbstractButton, name), Qt.MouseButton.LeftButton)


@pytest.fixture
def window(qtbot):
    """The real main window, shown, with its first frame drawn; closed afterwards."""
    from playground.main_window import MainWindow
    from playground.remembered import Remembered

    win = MainWindow(remembered=Remembered(fresh=True))  # nothing carries to the next test
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.latest_frame is not None, timeout=20000)
    yield win
    win.close()


def wait_for_frame(qtbot, win, predicate, timeout=30000):
    """Wait until the window's newest frame satisfies ``predicate``; return it."""
    qtbot.waitUntil(
        lambda: win.latest_frame is not None and predicate(win.latest_frame), timeout=timeout,
    )
    return win.latest_frame


def choose(combo, text: str) -> None:
    """Pick ``text`` from a drop-down as a user does (which emits ``activated``)."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered by {combo.objectName()}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
