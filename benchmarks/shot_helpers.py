"""Waiting on the real window from a screenshot script, shared by the render scripts.

The scripts drive ``MainWindow`` without pytest-qt, so they spin the event loop
themselves: :func:`settle` for a fixed moment (layout, paint, a frame or two),
:func:`wait_until` for a condition the window reaches in its own time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let the window lay out, paint and take its frames for ``seconds``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_until(app: QApplication, predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    """Spin the event loop until ``predicate()`` is true; raise after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)
