"""The GUI side of the training worker: start, command, poll, stop.

The GUI thread never trains. It sends small commands down a pipe and, every few
milliseconds, takes whatever snapshots have arrived, keeps only the newest, and
emits it. One credit goes back per emitted frame, so the worker never gets more
than ``MAX_CREDITS`` frames ahead of the screen.
"""

from __future__ import annotations

import multiprocessing as mp
import time

from PySide6.QtCore import QObject, QTimer, Signal

from playground.settings import Settings
from playground.worker.process import worker_main

#: How often the GUI looks for new frames (ms). Cheap: a non-blocking poll.
POLL_MS = 5
#: How long ``stop`` waits for a polite exit before terminating the process.
JOIN_SECONDS = 0.5


class TrainingClient(QObject):
    """Runs a :class:`~playground.worker.process.Worker` in a child process.

    Signals
    -------
    snapshotReady(object)
        The newest :class:`playground.frame.Snapshot`.
    errorOccurred(str)
        A problem: the worker's own report of an exception (English, for a bug
        report; the session goes on), or, translated, that the process died.
        The window adds a translated "Training problem:" in front of either.
    settingsRefused(object, str)
        The worker could not build the new settings; it kept these (the
        previous ones) and says why.
    """

    snapshotReady = Signal(object)
    errorOccurred = Signal(str)
    settingsRefused = Signal(object, str)

    def __init__(self, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.latest = None
        self._stopped = False
        self._start(settings)

    def _start(self, settings: Settings) -> None:
        self._settings = settings  # what a restarted worker begins with
        ctx = mp.get_context("spawn")  # fork would copy Qt's threads and locks
        self._conn, child_conn = ctx.Pipe(duplex=True)
        self._process = ctx.Process(
            target=worker_main, args=(child_conn, settings), name="nn-playground-trainer",
            daemon=True,
        )
        self._process.start()
        child_conn.close()  # the child has its own copy; EOF then means it died
        self._alive = True
        self._timer.start()

    # ------------------------------------------------------------------ commands
    def send_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._send("settings", settings)

    def play(self) -> None:
        self._send("play")

    def pause(self) -> None:
        self._send("pause")

    def step(self, n_steps: int = 1) -> None:
        self._send("step", int(n_steps))

    def step_epoch(self) -> None:
        self._send("epoch")

    def reset(self) -> None:
        """Fresh weights; after the process died, a new process (the lost message says so)."""
        if self._alive:
            self._send("reset")
        elif not self._stopped:
            self._stop_process()
            self._start(self._settings)

    @property
    def is_running(self) -> bool:
        return self._alive and self._process.is_alive()

    def _send(self, command: str, argument=None) -> None:
        if not self._alive:
            return
        try:
            self._conn.send((command, argument))
        except (BrokenPipeError, OSError):
            self._lost(self.tr("The training process stopped unexpectedly."))

    # ------------------------------------------------------------------ receiving
    def _poll(self) -> None:
        newest = None
        try:
            while self._alive and self._conn.poll():
                kind, payload = self._conn.recv()
                if kind == "snapshot":
                    if newest is not None:
                        self._send("credit")  # a dropped frame frees its credit too
                    newest = payload
                elif kind == "error":
                    self.errorOccurred.emit(payload)
                elif kind == "refused":
                    kept, reason = payload
                    self._settings = kept
                    self.settingsRefused.emit(kept, reason)
                elif kind == "bye":
                    self._alive = False
        except (EOFError, OSError):
            self._lost(self.tr(
                "The training process stopped unexpectedly. Press Reset to start again."))
        if newest is not None:
            self.latest = newest
            self.snapshotReady.emit(newest)
            self._send("credit")

    def _lost(self, message: str) -> None:
        if self._alive:
            self._alive = False
            self._timer.stop()
            self.errorOccurred.emit(message)

    # ------------------------------------------------------------------ shutdown
    def stop(self) -> None:
        """End the worker: ask politely, then terminate; never hangs."""
        self._stopped = True
        self._timer.stop()
        self._stop_process()

    def _stop_process(self) -> None:
        if self._alive:
            try:
                self._conn.send(("quit", None))
            except (BrokenPipeError, OSError):
                pass
        self._alive = False
        # Keep reading while we wait: a worker blocked sending a big frame into a
        # full pipe would otherwise never see "quit".
        deadline = time.monotonic() + JOIN_SECONDS
        while self._process.is_alive() and time.monotonic() < deadline:
            try:
                while self._conn.poll(0.01):
                    self._conn.recv()
            except (EOFError, OSError):
                self._process.join(0.01)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(JOIN_SECONDS)
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._conn.close()
