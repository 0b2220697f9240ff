"""Test-wide set-up: offscreen Qt, and no test may leave a thread or process behind."""

from __future__ import annotations

import os
import tempfile  # noqa: E402

# Must happen before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# Nothing a test does may touch the user's remembered arrangement or log.
_scratch = tempfile.mkdtemp(prefix="nn-playground-tests-")
os.environ["NN_PLAYGROUND_CONFIG"] = _scratch
os.environ["NN_PLAYGROUND_LOG"] = os.path.join(_scratch, "nn-playground.log")

import multiprocessing  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def no_leftover_threads_or_processes():
    """Fail a test that leaves a Python thread or a child process running."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2.0
    while True:
        extra = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        children = multiprocessing.active_children()
        if not extra and not children:
            return
        if time.monotonic() > deadline:
            for child in children:
                child.kill()
            pytest.fail(
                f"test left threads {[t.name for t in extra]} / "
                f"processes {[c.name for c in children]} running"
            )
        time.sleep(0.02)
