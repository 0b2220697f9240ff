"""How fast the worker trains: flat out, a number of steps a second, or one epoch a frame.

Kept apart from the worker loop so the speed rules can be tested with a fake
clock. The worker asks :meth:`Pacer.allowed_steps` before each batch of steps,
reports what it ran with :meth:`Pacer.ran`, and calls :meth:`Pacer.frame_shown`
when the GUI says it showed a frame (a credit came back).
"""

from __future__ import annotations

import time
from collections.abc import Callable


class Pacer:
    """Turns the speed setting into "how many steps may run now".

    Parameters
    ----------
    clock : callable, optional
        Returns seconds; ``time.perf_counter`` by default (tests pass a fake).

    Notes
    -----
    * Flat out (``steps_per_second == 0``): any number.
    * A rate limit: an allowance that grows with time, capped at one second's
      worth, so a pause does not bank a burst.
    * One epoch per frame (TensorFlow Playground's pace): steps until the
      trainer's epoch counter moves, then nothing until the next frame is shown.
    """

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self._allowance = 0.0
        self._last = clock()
        self._epoch_target: int | None = None
        self._epoch_done = False

    def restart(self) -> None:
        """Play pressed or settings changed: nothing owed, nothing banked."""
        self._allowance = 0.0
        self._last = self._clock()
        self._epoch_target = None
        self._epoch_done = False

    def allowed_steps(self, settings, epoch: int, wanted: int, left_in_epoch: int) -> int:
        """How many of ``wanted`` steps may run now (0: wait).

        ``left_in_epoch`` is how many steps finish the current epoch: one epoch
        per frame never runs into the next one.
        """
        if settings.epoch_per_frame:
            if self._epoch_done:
                return 0
            if self._epoch_target is None:
                self._epoch_target = epoch + 1
            return max(1, min(wanted, left_in_epoch))
        limit = settings.steps_per_second
        if limit <= 0:
            return wanted
        now = self._clock()
        self._allowance = min(self._allowance + (now - self._last) * limit, limit)
        self._last = now
        return max(0, min(wanted, int(self._allowance)))

    def ran(self, settings, done: int, epoch: int) -> None:
        """``done`` steps ran; the trainer is now in ``epoch``."""
        if settings.epoch_per_frame:
            if self._epoch_target is not None and epoch >= self._epoch_target:
                self._epoch_done = True
        elif settings.steps_per_second > 0:
            self._allowance -= done

    def frame_shown(self) -> None:
        """The GUI showed a frame: one-epoch-per-frame may start the next epoch.

        Waiting for the screen, not for the pipe, means no epoch is trained
        that the learner never sees.
        """
        self._epoch_target = None
        self._epoch_done = False

    def wait_seconds(self, settings, playing: bool) -> float:
        """How long the worker may sleep on its pipe before training is due again.

        Paused: a while. Flat out: not at all. A rate limit: until the next step
        is due, so a slow speed does not spin a core. One epoch per frame: a
        little, once the epoch is done (the frame is what it waits for).
        """
        if not playing:
            return 0.05
        if settings.epoch_per_frame:
            return 0.005 if self._epoch_done else 0.0
        limit = settings.steps_per_second
        missing = 1.0 - self._allowance
        if limit <= 0 or missing <= 0:
            return 0.0
        return min(0.05, missing / limit)
