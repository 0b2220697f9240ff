"""The training worker: a child process that trains and publishes frames.

Why a process and not a QThread: DESIGN.md measured a training loop in a
QThread holding the GIL so much that the GUI's event loop lagged 150–200 ms at
p99. A child process has its own interpreter and GIL, so the window stays
smooth. No Qt is imported here.

The loop: answer every waiting command (``playground.worker.protocol``), train
for a slice of ~4 ms at the speed the settings ask for, publish a frame when
one is owed and the GUI has a credit for it, and say it is alive twice a second.
"""

from __future__ import annotations

import logging
import os
import time
import traceback
from multiprocessing.connection import Connection

from playground.settings import Settings, TranslatableError
from playground.worker import protocol as p
from playground.worker.pacing import Pacer
from playground.worker.probe_runner import ProbeRunner

log = logging.getLogger(__name__)

#: The worker publishes at most this many frames a second.
PUBLISH_HZ = 30.0
#: At most this share of the worker's time goes into building frames.
MAX_FRAME_SHARE = 0.22
#: Frames come at least this often while playing, however costly they are (s).
MAX_PUBLISH_INTERVAL = 0.25
#: Frames the GUI may have in flight; more would only queue up stale frames.
MAX_CREDITS = 2
#: Training runs in slices this long between looks at the command pipe.
SLICE_SECONDS = 0.004
#: A running job (gradient check, loss slice) gets this much time per loop turn.
JOB_SLICE_SECONDS = 0.008
#: A heartbeat goes out this often, training or idle (the GUI waits 2 s for one).
HEARTBEAT_SECONDS = 0.5
#: Niceness the worker adds to itself. 0: it keeps its normal priority. With one
#: core kept busy by another program, +5 left training 45 % of headless speed and
#: +2 52 %, against 72 % at 0, while the window's p99 stayed within 40 ms at 0 as
#: well (it paces its own frames); see docs/BENCHMARKS.md.
NICENESS = 0


class Worker:
    """The loop state of the child process; separated from I/O for testing.

    Parameters
    ----------
    conn : Connection
        Duplex pipe to the GUI (anything with ``send``, ``poll`` and ``recv``).
    settings : Settings
        What to build first.
    clock : callable, optional
        Seconds, for the speed limit and frame pacing (tests pass a fake).
    first_build : int
        Where build ids continue from (see :class:`TrainingSession`).
    """

    def __init__(self, conn: Connection, settings: Settings, clock=time.perf_counter,
                 first_build: int = 0):
        from playground.worker.session import TrainingSession

        self.conn = conn
        self.session = TrainingSession(settings, first_build)
        self.probes = ProbeRunner()
        self.pacer = Pacer(clock)
        self.clock = clock
        self.playing = False
        self.credits = MAX_CREDITS
        self.dirty = True  # a frame is owed to the GUI
        self.running = True
        self._sent_build: int | None = None
        self._last_publish = -1e9
        self._last_beat = -1e9
        self._publish_interval = 1.0 / PUBLISH_HZ
        self._frame_cost = 0.0  # seconds per frame, smoothed
        self._batch = 8  # steps between clock reads, adapted to the network's speed
        self._rate_steps = 0
        self._rate_t0 = clock()
        self._handlers = {
            p.ApplySettings: self._on_settings,
            p.Play: self._on_play,
            p.Pause: self._on_pause,
            p.Step: self._on_step,
            p.StepEpoch: self._on_step_epoch,
            p.Reset: self._on_reset,
            p.EditParam: self._on_edit,
            p.Credit: self._on_credit,
            p.SetProbe: self._on_set_probe,
            p.DropProbe: self._on_drop_probe,
            p.Quit: self._on_quit,
        }

    # ---------------------------------------------------------------- commands
    def handle(self, message) -> None:
        p.dispatch(self._handlers, message)

    def _on_settings(self, m: p.ApplySettings) -> None:
        s = self.session
        try:
            outcome = s.apply(m.settings)
        except Exception as exc:  # the session is unchanged; the GUI rolls back
            self.conn.send(_refused(s.settings, exc))
            return
        if outcome == "reset":
            self.playing = False if s.diverged else self.playing
            self._reset_rate()
        self.pacer.restart()
        self.dirty = True

    def _on_play(self, _m: p.Play) -> None:
        self.playing = self._may_continue()
        self.pacer.restart()
        self._reset_rate()
        self.dirty = True

    def _on_pause(self, _m: p.Pause) -> None:
        self.playing = False
        self.session.set_measured_rate(0.0)
        self.dirty = True

    def _on_step(self, m: p.Step) -> None:
        if self._may_continue():
            self.session.step(max(1, int(m.n)))
        self.session.set_measured_rate(0.0)
        self.dirty = True

    def _on_step_epoch(self, _m: p.StepEpoch) -> None:
        if self._may_continue():
            self.session.step_epoch()
        self.session.set_measured_rate(0.0)
        self.dirty = True

    def _on_reset(self, _m: p.Reset) -> None:
        self.session.reset()
        self.playing = False
        self._reset_rate()
        self.dirty = True

    def _on_edit(self, m: p.EditParam) -> None:
        if not self.session.edit_param(m.name, m.index, m.value, m.build_id):
            log.info("edit of %s%s dropped: build %d was replaced", m.name, list(m.index),
                     m.build_id)
            return
        self.dirty = True  # the boundary, the numbers and the inspectors follow at once

    def _on_credit(self, _m: p.Credit) -> None:
        self.credits = min(MAX_CREDITS, self.credits + 1)
        if self.credits == MAX_CREDITS:
            # Every frame sent has come back: the GUI has shown the newest one, so
            # one epoch per frame may train the next (a credit alone may be an old one).
            self.pacer.frame_shown()

    def _on_set_probe(self, m: p.SetProbe) -> None:
        self.probes.set(m.key, m.name, m.params)
        self.dirty = True  # also while paused: the view is waiting for its numbers

    def _on_drop_probe(self, m: p.DropProbe) -> None:
        self.probes.drop(m.key)

    def _on_quit(self, _m: p.Quit) -> None:
        self.running = False

    def _may_continue(self) -> bool:
        """Whether training may go on: not after a divergence, until a reset.

        (Carrying on from the restored weights with a lower rate was tried:
        they are the last *finite* ones, often ~1e150 already, and blow up again.)
        """
        return self.session.diverged is None

    def _reset_rate(self) -> None:
        self._rate_steps = 0
        self._rate_t0 = self.clock()

    # ---------------------------------------------------------------- training
    def train_slice(self) -> None:
        """Train for about ``SLICE_SECONDS`` at the pace the settings ask for."""
        s = self.session
        settings = s.settings
        start = self.clock()
        end = start + SLICE_SECONDS
        steps_in_slice = 0
        while True:
            n = self.pacer.allowed_steps(settings, s.trainer.epoch, self._batch,
                                         s.steps_left_in_epoch())
            if n <= 0:
                break
            done = s.step(n)
            steps_in_slice += done
            self.pacer.ran(settings, done, s.trainer.epoch)
            self._rate_steps += done
            self.dirty = True
            if s.diverged is not None or done == 0:
                self.playing = s.diverged is None and self.playing
                break
            t = self.clock()
            if t >= end:
                # Read the clock about once a millisecond: cheap, and fine-grained
                # enough that commands are answered within a slice.
                per_step = (t - start) / steps_in_slice
                self._batch = int(min(256, max(1, 0.001 / max(per_step, 1e-7))))
                break

    # ---------------------------------------------------------------- publishing
    def publish_if_due(self) -> None:
        now = self.clock()
        probes_due = len(self.probes) > 0 and self.probes.has_due(self.session, self.playing, now)
        if not (self.dirty or probes_due) or self.credits <= 0:
            return
        if self.playing and now - self._last_publish < self._publish_interval:
            return
        elapsed = now - self._rate_t0
        if self.playing and elapsed > 0.25:
            self.session.set_measured_rate(self._rate_steps / elapsed)
            if elapsed > 2.0:
                self._rate_steps, self._rate_t0 = 0, now
        if self.session.build_id != self._sent_build:
            self.conn.send(p.BuildReady(self.session.build()))
            self._sent_build = self.session.build_id
        results = self.probes.due_results(self.session, self.playing, now)
        frame = self.session.frame(playing=self.playing, probes=results)
        self.conn.send(p.FrameReady(frame))
        # A big network's frame (a grid through every layer) can cost tens of
        # ms, and handing it over waits while the window is still reading the
        # last one: keep both to at most MAX_FRAME_SHARE of the worker's time so
        # training, not drawing, gets most of it. Smoothed and capped, so one
        # stall of the window (a dialog, a resize) does not stop frames for long.
        cost = self.clock() - now
        self._frame_cost = 0.7 * self._frame_cost + 0.3 * cost
        self._publish_interval = min(MAX_PUBLISH_INTERVAL, max(
            1.0 / PUBLISH_HZ, self._frame_cost / MAX_FRAME_SHARE))
        self.credits -= 1
        self.dirty = False
        self._last_publish = now

    def beat_if_due(self) -> None:
        now = self.clock()
        if now - self._last_beat >= HEARTBEAT_SECONDS:
            self.conn.send(p.Heartbeat(now))
            self._last_beat = now

    def run(self) -> None:
        while self.running:
            timeout = self.pacer.wait_seconds(self.session.settings, self.playing)
            if self.probes.busy:
                timeout = 0.0  # a job is waiting for its next slice
            while self.running and self.conn.poll(timeout):
                message = self.conn.recv()
                try:
                    self.handle(message)
                except Exception as exc:  # report, keep the session alive
                    self.conn.send(p.Failed("command", _detail(exc)))
                timeout = 0.0
            if not self.running:
                break
            try:
                if self.playing:
                    self.train_slice()
                if self.probes.busy and self.probes.advance(JOB_SLICE_SECONDS):
                    self.dirty = True  # progress (or a result) to show
                self.publish_if_due()
            except Exception as exc:  # pause and report; the learner keeps the session
                self.playing = False
                self.dirty = False  # retrying the same frame would only repeat the error
                self.conn.send(p.Failed("training", _detail(exc)))
            self.beat_if_due()


def worker_main(conn: Connection, settings: Settings, first_build: int = 0) -> None:
    """Entry point of the child process."""
    from engine.threads import single_blas_thread

    single_blas_thread()
    if NICENESS:  # 0 today; kept so the measured alternative stays one constant away
        try:
            os.nice(NICENESS)
        except (AttributeError, OSError):
            pass  # not on this platform, or not allowed: train at normal priority
    try:
        Worker(conn, settings, first_build=first_build).run()
        conn.send(p.Bye())
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        pass  # the GUI went away: nothing left to report to
    except Exception as exc:
        try:
            conn.send(p.Failed("start", _detail(exc)))
        except (OSError, BrokenPipeError):
            pass
    finally:
        conn.close()


def _detail(exc: BaseException) -> str:
    """The exception and where it happened, for the log (never shown as the message)."""
    return "".join(traceback.format_exception(exc))


def _refused(kept: Settings, exc: Exception) -> p.Refused:
    if isinstance(exc, TranslatableError):
        return p.Refused(kept, exc.template, dict(exc.values, setting=exc.setting),
                         exc.context, _detail(exc))
    return p.Refused(kept, "the engine could not build it", {}, "settings", _detail(exc))
