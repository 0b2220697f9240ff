"""How often the window can afford a frame, measured on this machine while it runs.

The worker already keeps its own frame building to a share of its time. The
window does the same for its side: it times what each frame costs here
(handing it to the views, and painting the window) and asks the worker for
frames no faster than that cost allows, so on a slow or busy machine the
event loop keeps time for the mouse, the keys and the timers instead of
painting back to back. After a Step or an edit (not playing) a frame is always
taken at once.

The cost is a running mean over the last frames; the interval between frames
is ``cost / MAX_SHARE``, never below ``1 / MAX_FPS``.
"""

from __future__ import annotations

import time

#: The window spends at most this share of its time on frames while training.
MAX_SHARE = 0.45
#: ... and never asks for more frames than this a second.
MAX_FPS = 30.0
#: How quickly the running mean follows a change of cost (weight of the newest frame).
SMOOTHING = 0.2


class FrameBudget:
    """The running mean cost of a frame on the GUI side and the interval it allows.

    Parameters
    ----------
    clock : callable, optional
        Seconds (tests pass a fake).
    """

    def __init__(self, clock=time.perf_counter):
        self._clock = clock
        self.cost = 0.0  # seconds per frame, running mean
        self._open: float | None = None
        self._spent = 0.0  # this frame's cost so far

    def begin(self) -> None:
        """Start timing a piece of this frame's work (deliveries, a paint)."""
        self._open = self._clock()

    def end(self) -> None:
        if self._open is not None:
            self._spent += self._clock() - self._open
            self._open = None

    def frame_done(self) -> None:
        """The frame's pieces are all counted: fold its cost into the mean."""
        if self._spent > 0:
            self.cost = (self._spent if self.cost == 0
                         else (1 - SMOOTHING) * self.cost + SMOOTHING * self._spent)
        self._spent = 0.0

    @property
    def interval(self) -> float:
        """Seconds to wait between frames while training, for this machine."""
        return max(1.0 / MAX_FPS, self.cost / MAX_SHARE)

    @property
    def frames_per_second(self) -> float:
        return 1.0 / self.interval
