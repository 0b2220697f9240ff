"""The training worker: a child process that trains and publishes snapshots.

Why a process and not a QThread: DESIGN.md measured a training loop in a
QThread holding the GIL so much that the GUI's event loop lagged 150–200 ms at
p99. A child process has its own interpreter and GIL, so the window stays
smooth. No Qt is imported here.

Protocol (over one ``multiprocessing`` duplex ``Connection``)
-------------------------------------------------------------
GUI → worker, tuples ``(command, argument)``:
    ``("settings", Settings)``  apply settings (reset / regenerate / live change)
    ``("play", None)``, ``("pause", None)``
    ``("step", n)``             run n minibatch steps, then publish
    ``("epoch", None)``         run one epoch, then publish
    ``("reset", None)``         fresh weights, same settings; pauses
    ``("credit", None)``        the GUI rendered a frame and can take another
    ``("quit", None)``
Worker → GUI:
    ``("snapshot", Snapshot)``, ``("error", str)``, ``("bye", None)``,
    ``("refused", (Settings, str))``: settings it could not build; it kept these
"""

from __future__ import annotations

import time
import traceback
from multiprocessing.connection import Connection

from playground.settings import Settings

#: The worker publishes at most this many frames a second.
PUBLISH_HZ = 30.0
#: At most this share of the worker's time goes into building frames.
MAX_FRAME_SHARE = 0.2
#: Frames the GUI may have in flight; more would only queue up stale frames.
MAX_CREDITS = 2
#: Training runs in slices this long between looks at the command pipe.
SLICE_SECONDS = 0.004


class Worker:
    """The loop state of the child process; separated from I/O for testing."""

    def __init__(self, conn: Connection, settings: Settings):
        from playground.worker.session import TrainingSession

        self.conn = conn
        self.session = TrainingSession(settings)
        self.playing = False
        self.credits = MAX_CREDITS
        self.dirty = True  # a frame is owed to the GUI
        self.running = True
        self._last_publish = 0.0
        self._publish_interval = 1.0 / PUBLISH_HZ
        self._allowance = 0.0  # steps the speed limit still allows
        self._last_tick = time.perf_counter()
        self._batch = 8  # steps between clock reads, adapted to the network's speed
        self._rate_steps = 0
        self._rate_t0 = time.perf_counter()

    # ---------------------------------------------------------------- commands
    def handle(self, command: str, argument) -> None:
        s = self.session
        if command == "settings":
            try:
                outcome = s.apply(argument)
            except Exception as exc:  # the session is unchanged; the GUI rolls back
                self.conn.send(("refused", (s.settings, _describe(exc))))
                return
            if outcome == "reset":
                self._reset_rate()
        elif command == "play":
            self.playing = self._may_continue()
            self._last_tick = time.perf_counter()
            self._allowance = 0.0
            self._reset_rate()
        elif command == "pause":
            self.playing = False
            s.set_measured_rate(0.0)
        elif command == "step":
            if self._may_continue():
                s.step(max(1, int(argument or 1)))
            s.set_measured_rate(0.0)
        elif command == "epoch":
            if self._may_continue():
                s.step_epoch()
            s.set_measured_rate(0.0)
        elif command == "reset":
            s.reset()
            self.playing = False
            self._reset_rate()
        elif command == "credit":
            self.credits = min(MAX_CREDITS, self.credits + 1)
            return
        elif command == "quit":
            self.running = False
            return
        else:
            raise ValueError(f"unknown worker command {command!r}")
        self.dirty = True

    def _may_continue(self) -> bool:
        """Whether training may go on: not after a divergence, until a reset.

        (Carrying on from the restored weights with a lower rate was tried:
        they are the last *finite* ones, often ~1e150 already, and blow up again.)
        """
        return self.session.diverged is None

    def _wait_seconds(self) -> float:
        """How long to wait for a command before the next look at training.

        Flat out: not at all. Paused: a while. Under a speed limit: until the
        next step is due, so a slow speed does not spin a core at 100 %.
        """
        if not self.playing:
            return 0.05
        limit = self.session.settings.steps_per_second
        missing = 1.0 - self._allowance
        if limit <= 0 or missing <= 0:
            return 0.0
        return min(0.05, missing / limit)

    def _reset_rate(self) -> None:
        self._rate_steps = 0
        self._rate_t0 = time.perf_counter()

    # ---------------------------------------------------------------- training
    def train_slice(self) -> None:
        """Train for about ``SLICE_SECONDS``, honouring the speed limit."""
        s = self.session
        limit = s.settings.steps_per_second
        now = time.perf_counter()
        if limit > 0:
            self._allowance = min(self._allowance + (now - self._last_tick) * limit, limit)
        else:
            self._allowance = 0.0  # flat out; a later speed limit starts from nothing owed
        self._last_tick = now
        end = now + SLICE_SECONDS
        steps_in_slice = 0
        while True:
            n = self._batch
            if limit > 0:
                n = min(n, int(self._allowance))
                if n <= 0:
                    break
            done = s.step(n)
            steps_in_slice += done
            if limit > 0:
                self._allowance -= done
            self._rate_steps += done
            self.dirty = True
            if s.diverged is not None or done == 0:
                self.playing = s.diverged is None and self.playing
                break
            t = time.perf_counter()
            if t >= end:
                # Read the clock about once a millisecond: cheap, and fine-grained
                # enough that commands are answered within a slice.
                per_step = (t - now) / steps_in_slice
                self._batch = int(min(256, max(1, 0.001 / max(per_step, 1e-7))))
                break

    # ---------------------------------------------------------------- publishing
    def publish_if_due(self) -> None:
        now = time.perf_counter()
        if not self.dirty or self.credits <= 0:
            return
        if self.playing and now - self._last_publish < self._publish_interval:
            return
        elapsed = now - self._rate_t0
        if self.playing and elapsed > 0.25:
            self.session.set_measured_rate(self._rate_steps / elapsed)
            if elapsed > 2.0:
                self._rate_steps, self._rate_t0 = 0, now
        snapshot = self.session.snapshot(playing=self.playing)
        # A big network's frame (a grid through every layer) can cost tens of
        # ms: keep frames to at most MAX_FRAME_SHARE of the worker's time so
        # training, not drawing, gets most of it.
        cost = time.perf_counter() - now
        self._publish_interval = max(1.0 / PUBLISH_HZ, cost / MAX_FRAME_SHARE)
        self.conn.send(("snapshot", snapshot))
        self.credits -= 1
        self.dirty = False
        self._last_publish = now

    def run(self) -> None:
        while self.running:
            timeout = self._wait_seconds()
            while self.running and self.conn.poll(timeout):
                command, argument = self.conn.recv()
                try:
                    self.handle(command, argument)
                except Exception as exc:  # report, keep the session alive
                    self.conn.send(("error", _describe(exc)))
                timeout = 0.0
            if not self.running:
                break
            try:
                if self.playing:
                    self.train_slice()
                self.publish_if_due()
            except Exception as exc:  # pause and report; the learner keeps the session
                self.playing = False
                self.dirty = False  # retrying the same frame would only repeat the error
                self.conn.send(("error", _describe(exc)))


def worker_main(conn: Connection, settings: Settings) -> None:
    """Entry point of the child process."""
    from engine.threads import single_blas_thread

    single_blas_thread()
    try:
        Worker(conn, settings).run()
        conn.send(("bye", None))
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        pass  # the GUI went away: nothing left to report to
    except Exception as exc:
        try:
            conn.send(("error", _describe(exc)))
        except (OSError, BrokenPipeError):
            pass
    finally:
        conn.close()


def _describe(exc: BaseException) -> str:
    last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" ({last[0].filename.rsplit('/', 1)[-1]}:{last[0].lineno})" if last else ""
    return f"{type(exc).__name__}: {exc}{where}"
