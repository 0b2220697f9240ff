"""What the render scripts share: an offscreen, throwaway setting, and waiting on the window.

Importing this module prepares the process before any window exists: Qt
offscreen (unless a platform is set), a scratch settings folder and log (the
learner's remembered window stays untouched) and the project on ``sys.path``.
The scripts drive ``MainWindow`` without pytest-qt, so they spin the event loop
themselves: :func:`settle` for a fixed moment (layout, paint, a frame or two),
:func:`wait_until` for a condition the window reaches in its own time.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRATCH = tempfile.mkdtemp(prefix="nn-playground-shots-")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NN_PLAYGROUND_CONFIG"] = SCRATCH
os.environ["NN_PLAYGROUND_LOG"] = os.path.join(SCRATCH, "nn-playground.log")
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402


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
