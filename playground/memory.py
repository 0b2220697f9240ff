"""Give the heap's free pages back to the system every few seconds (glibc only).

Every frame the window unpickles new arrays, colours new images and hands
pyqtgraph new curves, and frees the old ones a moment later: about 1.5 GiB a
minute is allocated and freed again when training flat out with every view
shown (``benchmarks/soak.py --churn``). Nothing leaks, but glibc may keep the
freed pages: once its mmap threshold has risen to the size of a large freed
block, frame-sized arrays come from the heap, and the holes they leave between
longer-lived blocks are not returned. Issue 7 measured the window growing
from 122 to 163 MiB in ten minutes that way, with ``malloc_trim(0)`` handing
25 MiB back at once. :class:`HeapTrimmer` calls it every :data:`TRIM_SECONDS`
on the GUI thread; a call takes about 0.4 ms (``benchmarks/soak.py`` prints it).

:func:`trim_heap` does one trim and imports no Qt, so the training process
can call it from its own loop. On a platform without glibc (macOS, Windows,
musl) there is nothing to call: :func:`trim_heap` returns False and
:func:`start_trimming` None.
"""

from __future__ import annotations

import ctypes
import functools
import sys
import time
from collections.abc import Callable

#: How often the heap is trimmed (seconds).
TRIM_SECONDS = 5.0


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # musl and others: no such function
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def trim_heap() -> bool:
    """Return the heap's free pages to the system now; False where that cannot be done."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


class HeapTrimmer:
    """Calls ``malloc_trim(0)`` from a ``QTimer`` (owned by ``parent``) on the GUI thread.

    Attributes
    ----------
    calls : int
        Trims done so far.
    seconds : float
        Time they took, in total (so a benchmark can show the cost).
    """

    def __init__(self, trim: Callable[[int], int], interval: float = TRIM_SECONDS,
                 parent=None):
        from PySide6.QtCore import QTimer

        self._trim = trim
        self.calls = 0
        self.seconds = 0.0
        self._timer = QTimer(parent)
        self._timer.setInterval(int(interval * 1000))
        # A closure, not the bound method: the connection then keeps this object
        # alive for as long as the timer (and its parent) live, even if no one
        # holds on to the value start_trimming returned.
        self._timer.timeout.connect(lambda: self.trim())
        self._timer.start()

    def trim(self) -> None:
        t0 = time.perf_counter()
        self._trim(0)
        self.seconds += time.perf_counter() - t0
        self.calls += 1

    def stop(self) -> None:
        self._timer.stop()


def start_trimming(parent, interval: float = TRIM_SECONDS) -> HeapTrimmer | None:
    """Trim the heap every ``interval`` seconds for as long as ``parent`` (a QObject) lives."""
    trim = _malloc_trim()
    if trim is None:
        return None
    return HeapTrimmer(trim, interval, parent)
