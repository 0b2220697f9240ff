"""The GUI side of one training worker: start, command, poll, watch, stop.

The GUI thread never trains. It sends small commands down a pipe and, every few
milliseconds, takes whatever has arrived: a :class:`~playground.frame.Build`
is kept, and of the frames only the newest is emitted, with its build
attached. One credit goes back per emitted frame, so the worker never gets
more than ``MAX_CREDITS`` frames ahead of the screen.

A worker that dies (killed from outside, a crash) or freezes (stopped, stuck)
is noticed within :data:`HEARTBEAT_TIMEOUT` seconds: the worker sends a
heartbeat twice a second, busy or idle. The client then reports it lost and
waits; :meth:`TrainingClient.restart` starts a new one with the latest settings.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from playground.settings import Settings, TranslatableError
from playground.worker import launch
from playground.worker import protocol as p

#: How often the GUI looks for new frames (ms). Cheap: a non-blocking poll.
POLL_MS = 5
#: Seconds without any message after which a worker counts as frozen.
HEARTBEAT_TIMEOUT = 2.0
#: ... and before its first message: starting Python and NumPy on a slow, busy
#: machine can take a few seconds, which is not a freeze.
STARTUP_TIMEOUT = 15.0
#: How long ``stop`` waits for a polite exit before terminating, then killing.
JOIN_SECONDS = 0.3

log = logging.getLogger("nn_playground.worker")


class TrainingClient(QObject):
    """Runs a :class:`~playground.worker.process.Worker` in a child process.

    Signals
    -------
    frameReady(object)
        The newest :class:`~playground.frame.Frame`, its ``build`` attached.
    failed(str)
        The worker reported a problem and paused (``"training"``, ``"frame"``,
        ``"command"``, ``"start"``); the details went to the log.
    refused(object, object)
        ``(kept Settings, TranslatableError)``: the worker could not build the
        new settings and kept these.
    lost(str)
        The worker is gone: ``"died"`` or ``"frozen"``. Nothing trains until
        :meth:`restart`.
    """

    frameReady = Signal(object)
    failed = Signal(str)
    refused = Signal(object, object)
    lost = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None, clock=time.monotonic):
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.latest = None
        #: The window's frame cost (a FrameBudget): while playing, credits come back
        #: only as fast as the window can draw, so the worker sends fewer frames.
        self.budget = None
        self._build = None
        self._probes: dict[str, p.SetProbe] = {}
        self._stopped = False
        self._process = None
        self._handlers = {
            p.BuildReady: self._on_build,
            p.FrameReady: self._on_frame,
            p.Refused: self._on_refused,
            p.Failed: self._on_failed,
            p.Heartbeat: lambda _m: None,
            p.Bye: self._on_bye,
        }
        self._start(settings)

    def _start(self, settings: Settings) -> None:
        self._settings = settings  # what a restarted worker begins with
        # A restarted worker numbers its builds on from the last one seen here, so
        # an edit or a lesson check naming an old build never meets a new network.
        last = self._build.build_id if self._build is not None else 0
        self._process, self._conn = launch.start(settings, last)
        self._alive = True
        self._heard_at = self._clock()
        self._heard_any = False
        self._newest = None
        self._pending_edits: dict = {}
        self._edit_in_flight = False
        for request in self._probes.values():  # a new worker owes every visible view
            self._send(request)
        self._timer.start()

    # ------------------------------------------------------------------ commands
    def send_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._send(p.ApplySettings(settings))

    def play(self) -> None:
        self._send_edits()  # an edit made just before must not land after the step
        self._send(p.Play())

    def pause(self) -> None:
        self._send(p.Pause())

    def step(self, n_steps: int = 1) -> None:
        self._send_edits()
        self._send(p.Step(int(n_steps)))

    def step_epoch(self) -> None:
        self._send_edits()
        self._send(p.StepEpoch())

    def reset(self) -> None:
        """Rebuild from the current settings (same seeds, so the same start)."""
        self._send(p.Reset())

    def edit_param(self, name: str, index: tuple[int, ...], value: float,
                   build_id: int) -> None:
        """Set one weight or bias of build ``build_id`` (the one the learner saw).
        While a drag sends many, at most one is in flight per frame: the newest
        value waits for the next frame and older ones merge."""
        self._pending_edits[(build_id, name, tuple(index))] = float(value)
        if not self._edit_in_flight:
            self._send_edits()

    def _send_edits(self) -> None:
        edits, self._pending_edits = self._pending_edits, {}
        for (build_id, name, index), value in edits.items():
            self._send(p.EditParam(name, index, value, build_id))
        self._edit_in_flight = bool(edits)

    def set_probe(self, key: str, name: str, params: dict | None = None) -> None:
        """Ask for probe ``name`` with every frame (until :meth:`drop_probe`)."""
        request = p.SetProbe(key, name, dict(params or {}))
        if self._probes.get(key) != request:
            self._probes[key] = request
            self._send(request)

    def drop_probe(self, key: str) -> None:
        if self._probes.pop(key, None) is not None:
            self._send(p.DropProbe(key))

    def restart(self) -> None:
        """A new worker with the latest settings, after the old one was lost."""
        if self._stopped:
            return
        self._stop_process()
        self._start(self._settings)

    @property
    def is_running(self) -> bool:
        return self._alive and self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _send(self, message) -> None:
        if not self._alive:
            return
        try:
            self._conn.send(message)
        except (BrokenPipeError, OSError):
            self._lose("died")

    # ------------------------------------------------------------------ receiving
    def _poll(self) -> None:
        self._newest = None
        try:
            while self._alive and self._conn.poll():
                message = self._conn.recv()
                self._heard_at = self._clock()
                self._heard_any = True
                p.dispatch(self._handlers, message)
        except (EOFError, OSError):
            self._lose("died")
            return
        if self._newest is not None:
            frame, self._newest = self._newest, None
            self.latest = frame
            self.frameReady.emit(frame)
            self._return_credit(frame)
            self._send_edits()  # the merged edits of a drag, one batch per frame
        timeout = HEARTBEAT_TIMEOUT if self._heard_any else STARTUP_TIMEOUT
        if self._alive and self._clock() - self._heard_at > timeout:
            self._lose("died" if not self._process.is_alive() else "frozen")

    def _return_credit(self, frame) -> None:
        """At once, or while training as late as the window's frame cost asks."""
        wait = 0.0
        if frame.playing and self.budget is not None:
            wait = self.budget.interval - self.budget.cost
        if wait > 0.002:
            QTimer.singleShot(int(wait * 1000), self._late_credit)
        else:
            self._send(p.Credit())

    def _late_credit(self) -> None:
        if self._alive:
            self._send(p.Credit())

    def _on_build(self, m: p.BuildReady) -> None:
        self._build = m.build

    def _on_frame(self, m: p.FrameReady) -> None:
        if self._build is None or self._build.build_id != m.frame.build_id:
            log.warning("frame of build %s arrived without its build", m.frame.build_id)
            self._send(p.Credit())
            return
        frame = replace(m.frame, build=self._build)
        older = self._newest
        if older is not None:
            self._send(p.Credit())  # a dropped frame frees its credit too
            if older.probes and older.build_id == frame.build_id:
                # Probe answers are sent once: keep the dropped frame's (newest wins).
                frame = replace(frame, probes={**older.probes, **frame.probes})
        self._newest = frame

    def _on_refused(self, m: p.Refused) -> None:
        values = dict(m.values)
        setting = values.pop("setting", None)
        error = TranslatableError(m.template, setting, **values)
        error.context = m.context
        log.info("settings refused: %s\n%s", error, m.detail)
        self._settings = m.kept
        self.refused.emit(m.kept, error)

    def _on_failed(self, m: p.Failed) -> None:
        log.error("worker problem (%s):\n%s", m.what, m.detail)
        self.failed.emit(m.what)

    def _on_bye(self, _m: p.Bye) -> None:
        self._alive = False

    def _lose(self, why: str) -> None:
        if self._alive:
            self._alive = False
            self._timer.stop()
            log.error("training process %s (pid %s)", why, self.pid)
            self.lost.emit(why)

    # ------------------------------------------------------------------ shutdown
    def stop(self) -> None:
        """End the worker: ask politely, then terminate, then kill; never hangs."""
        self._stopped = True
        self._timer.stop()
        self._stop_process()

    def _stop_process(self) -> None:
        process = self._process
        if process is None:
            return
        if self._alive:
            try:
                self._conn.send(p.Quit())
            except (BrokenPipeError, OSError):
                pass
        self._alive = False
        # Keep reading while we wait: a worker blocked sending a big frame into a
        # full pipe would otherwise never see Quit.
        deadline = time.monotonic() + JOIN_SECONDS
        while process.is_alive() and time.monotonic() < deadline:
            try:
                while self._conn.poll(0.01):
                    self._conn.recv()
            except (EOFError, OSError):
                process.join(0.01)
        if process.is_alive():
            process.terminate()
            process.join(0.1)
        if process.is_alive():  # a stopped process does not act on SIGTERM
            process.kill()
        process.join()
        self._conn.close()
