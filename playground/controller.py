"""The controller: one owner for what the window only shows.

It holds the settings (``AppState``), the training worker(s), whether training
plays, the one divergence record and the message of the moment, and it turns
user intents (play, step, reset, a preset, a view's request for data) into
worker commands. It has no widgets: the window lays out panels and views and
connects them to these methods and signals, so the same flow is testable
without a window::

    user edit -> AppState.changed -> Controller -> worker (child process)
              -> Build / Frame -> Controller.frameReady -> every visible view
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from playground import messages
from playground.frame import Frame
from playground.frame_budget import FrameBudget
from playground.selection import Param, Selection
from playground.settings import (
    LIVE_KEYS,
    MAX_SEED,
    REGENERATE_KEYS,
    RESET_KEYS,
    Settings,
)
from playground.state import AppState, translated_message
from playground.worker.client import TrainingClient

#: The worker that trains what the panels show; races add others by name.
MAIN = "main"
#: A weight or bias set by hand must lie within ± this (the worker checks it too).
MAX_EDIT = 1000.0
#: The learning-rate hint: test loss above this many times the untrained loss ...
CLIMB_FACTOR = 2.0
#: ... for this many epochs in a row.
CLIMB_EPOCHS = 3


class Controller(QObject):
    """Settings, workers, play state, divergence and messages, without widgets.

    Parameters
    ----------
    settings : Settings, optional
        Starting settings; the defaults are TensorFlow Playground's.

    Signals
    -------
    frameReady(object)
        The newest :class:`~playground.frame.Frame` of the main worker.
    sideFrameReady(str, object)
        A frame of another worker, with that worker's name.
    playingChanged(bool)
        Training started or stopped (by the user, a divergence, a lost worker).
    messageChanged()
        The message of the moment changed (see :meth:`message`).
    """

    frameReady = Signal(object)
    sideFrameReady = Signal(str, object)
    playingChanged = Signal(bool)
    messageChanged = Signal()

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.state = AppState(settings or Settings(), self)
        self.state.changed.connect(self._on_settings_changed)
        self.state.rejected.connect(self._on_rejected)
        self.selection = Selection(self)
        self.budget = FrameBudget()  # what a frame costs the window: the worker's pace
        self.workers: dict[str, TrainingClient] = {}
        self.client = self.start_worker(MAIN, self.state.settings)
        self.playing = False
        self.divergence = None  # the Divergence that stopped training, until a reset
        self.latest_frame: Frame | None = None
        self._message: tuple[str, str, Callable[[], str]] | None = None  # kind, tag, wording
        self._noted: set = set()  # notes already given once (batch size, learning rate)
        self._undo: list[tuple[Param, float]] = []  # hand edits of this build, newest last

    # ------------------------------------------------------------------ workers
    def start_worker(self, name: str, settings: Settings) -> TrainingClient:
        """Start a training worker called ``name`` (the main one trains the panels' settings)."""
        if name in self.workers:
            raise ValueError(f"a worker called {name!r} already runs")
        client = TrainingClient(settings, self)
        client.setObjectName(f"{name}Worker")
        client.budget = self.budget
        self.workers[name] = client
        if name == MAIN:
            client.frameReady.connect(self._on_frame)
            client.failed.connect(self._on_failed)
            client.refused.connect(self._on_refused)
            client.lost.connect(self._on_lost)
        else:
            client.frameReady.connect(lambda frame, n=name: self.sideFrameReady.emit(n, frame))
        return client

    def stop_worker(self, name: str) -> None:
        client = self.workers.pop(name)
        client.stop()
        # Back to Python's ownership, freed with its last reference: a deleteLater
        # could run after the controller (its parent) had already deleted it.
        client.setParent(None)

    def shutdown(self) -> None:
        """End every worker (closing the window)."""
        for name in list(self.workers):
            self.workers[name].stop()
        self.workers.clear()

    # ------------------------------------------------------------------ messages
    def message(self) -> tuple[str, str] | None:
        """``(kind, text)`` of the message to show, worded in the current language, or None.

        ``kind`` is ``"error"``, ``"warning"``, ``"info"`` or ``"hint"``.
        """
        if self._message is None:
            return None
        kind, _tag, wording = self._message
        return kind, wording()

    def say(self, kind: str, wording: Callable[[], str] | str, tag: str = "") -> None:
        """Show a message; ``wording`` is called again after a language change."""
        self._message = (kind, tag, wording if callable(wording) else (lambda: wording))
        self.messageChanged.emit()

    def clear_message(self, tag: str | None = None) -> None:
        """Clear the message (only if it carries ``tag``, when given)."""
        if self._message is not None and (tag is None or self._message[1] == tag):
            self._message = None
            self.messageChanged.emit()

    # ------------------------------------------------------------------ training
    def set_playing(self, on: bool) -> None:
        """Play or pause; a refused play (after a divergence) says why and stays paused."""
        if on and not self.client.is_running:
            self._restart_worker()
        if on and self.divergence is not None:
            self.say("error", lambda d=self.divergence: messages.divergence_message(d),
                     "divergence")
            on = False
        if on:
            self.client.play()
        elif self.playing:
            self.client.pause()
        self._set_playing(on)

    def toggle_play(self) -> None:
        self.set_playing(not self.playing)

    def step(self, n: int = 1) -> None:
        """One minibatch step (or ``n``), paused."""
        self.set_playing(False)
        if self._may_train():
            self.client.step(n)

    def step_epoch(self) -> None:
        self.set_playing(False)
        if self._may_train():
            self.client.step_epoch()

    def reset(self) -> None:
        """New random weights on the same data (like TF Playground), paused."""
        self.set_playing(False)
        self._end_divergence()
        if not self.client.is_running:
            self._restart_worker()
            return
        seed = self.state.settings.init_seed
        self.state.update(init_seed=seed + 1 if seed < MAX_SEED else 0)

    def restart_same(self) -> None:
        """Start the current settings again exactly (same seeds: the same run)."""
        self.set_playing(False)
        self._end_divergence()
        if self.client.is_running:
            self.client.reset()
        else:
            self._restart_worker()

    def apply_settings(self, settings: Settings) -> None:
        """Switch to whole new settings (a preset, a setup file), paused.

        The same settings again mean "start it again, exactly as it was".
        """
        self.set_playing(False)
        if settings == self.state.settings:
            self.restart_same()
        else:
            self.state.replace_all(settings)

    def _may_train(self) -> bool:
        if not self.client.is_running:
            self._restart_worker()
            return False
        if self.divergence is not None:
            # The worker will not train a blown-up network: say so, don't pretend.
            self.say("error", lambda d=self.divergence: messages.divergence_message(d),
                     "divergence")
            return False
        return True

    def _set_playing(self, on: bool) -> None:
        if on != self.playing:
            self.playing = on
            self.playingChanged.emit(on)

    def _end_divergence(self) -> None:
        self.divergence = None
        self.clear_message("divergence")
        self.clear_message("lost")
        self.clear_message("failed")

    def _restart_worker(self) -> None:
        self.client.restart()
        self._end_divergence()

    # ------------------------------------------------------------------ editing weights
    def param_value(self, param: Param) -> float | None:
        """The value the newest frame shows for ``param`` (None without a frame or if gone)."""
        frame = self.latest_frame
        if frame is None or param.layer >= len(frame.weights):
            return None
        w, b = frame.weights[param.layer]
        try:
            return float(b[param.j] if param.is_bias else w[param.i, param.j])
        except IndexError:
            return None

    def edit_param(self, param: Param, value: float, merge: bool = False) -> bool:
        """Set a weight or bias by hand, also while paused or training.

        ``merge`` continues the last edit of the same parameter (a drag or the
        mouse wheel): one Ctrl+Z undoes the whole gesture. A value that is not
        a number or beyond ±1000 is refused with a message.
        """
        old = self.param_value(param)
        if old is None:
            return False
        if not (math.isfinite(value) and abs(value) <= MAX_EDIT):
            self.say("warning", lambda v=value: messages.edit_refused(v, MAX_EDIT), "edit")
            return False
        if not (merge and self._undo and self._undo[-1][0] == param):
            self._undo.append((param, old))
        self.clear_message("edit")
        self.client.edit_param(param.name, param.index, float(value), self.latest_frame.build_id)
        return True

    def undo_edit(self) -> bool:
        """Put back the value before the last hand edit (Ctrl+Z)."""
        if not self._undo:
            return False
        param, old = self._undo.pop()
        self.client.edit_param(param.name, param.index, old, self.latest_frame.build_id)
        return True

    # ------------------------------------------------------------------ views' data
    def set_probe(self, key: str, name: str, params: dict | None = None) -> None:
        """A visible view asks the main worker for probe ``name`` with every frame."""
        self.client.set_probe(key, name, params)

    def drop_probe(self, key: str) -> None:
        self.client.drop_probe(key)

    # ------------------------------------------------------------------ settings
    @Slot(object)
    def _on_settings_changed(self, keys: frozenset) -> None:
        if keys & (RESET_KEYS | LIVE_KEYS | REGENERATE_KEYS):
            self.client.send_settings(self.state.settings)
        if keys & RESET_KEYS:
            self._end_divergence()
            self.clear_message("hint")

    @Slot(str)
    def _on_rejected(self, text: str) -> None:
        self.say("warning", text, "rejected")

    # ------------------------------------------------------------------ worker events
    @Slot(object)
    def _on_frame(self, frame: Frame) -> None:
        self.budget.frame_done()  # the previous frame's deliveries and paints are counted
        self.budget.begin()
        try:
            self._take_frame(frame)
        finally:
            self.budget.end()

    def _take_frame(self, frame: Frame) -> None:
        if self.latest_frame is None or frame.build is not self.latest_frame.build:
            self._check_pick(frame.build)
            if (self.latest_frame is None
                    or frame.build.network_id != self.latest_frame.build.network_id):
                self._undo.clear()  # another network now: an undo would write nonsense
        self.latest_frame = frame
        if frame.divergence is None:
            if self.divergence is not None:
                # A healthy frame (e.g. after a Reset) ends any earlier divergence,
                # even one whose frame arrived after the Reset was pressed.
                self._end_divergence()
        elif self.divergence != frame.divergence:
            self.divergence = frame.divergence
            self._set_playing(False)
            self.say("error", lambda d=frame.divergence: messages.divergence_message(d),
                     "divergence")
        self._note_batch(frame)
        self._note_climbing_loss(frame)
        self.frameReady.emit(frame)

    def _check_pick(self, build) -> None:
        """Keep the pick through a reset; drop a data point that new data no longer has."""
        pick = self.selection.pick
        if pick is None:
            return
        if pick.is_data_point:
            x = build.x_train if pick.split == "train" else build.x_test
            same = pick.index < len(x) and tuple(float(v) for v in x[pick.index]) == pick.xy
            if not same:
                self.selection.set_pick(None)
                self.say("info", messages.pick_gone, "pick")
        elif build.extent is None or len(pick.xy) != build.x_train.shape[1]:
            self.selection.set_pick(None)
        elif pick.label is not None and build.is_classification and pick.label >= build.n_classes:
            self.selection.set_pick_label(None)

    def _note_batch(self, frame: Frame) -> None:
        """Say so, once per build, when the batch size exceeds the training points."""
        batch, n = self.state.settings.batch_size, len(frame.t_train)
        note = ("batch", frame.build_id, batch)
        if batch > n > 0 and note not in self._noted and self._message is None:
            self._noted.add(note)
            self.say("info", lambda: messages.batch_note(batch, n), "batch")

    def _note_climbing_loss(self, frame: Frame) -> None:
        """A gentle hint when the loss climbs or swings instead of falling (η too high)."""
        h = frame.history
        if len(h) <= CLIMB_EPOCHS or frame.divergence is not None:
            return
        losses = h.test_loss if frame.has_test else h.train_loss
        start = float(losses[0])
        recent = losses[-CLIMB_EPOCHS:]
        lr = self.state.settings.learning_rate
        note = ("climb", frame.build_id, lr)
        if (math.isfinite(start) and start > 0 and float(h.epoch[0]) == 0
                and (recent > CLIMB_FACTOR * start).all() and note not in self._noted
                and (self._message is None or self._message[0] in ("info", "hint"))):
            self._noted.add(note)
            self.say("hint", lambda: messages.learning_rate_hint(lr), "hint")

    @Slot(str)
    def _on_failed(self, what: str) -> None:
        # The worker pauses itself on a problem: the button must agree.
        self._set_playing(False)
        self.say("error", lambda: messages.worker_failed_message(what), "failed")

    @Slot(object, object)
    def _on_refused(self, kept: Settings, error) -> None:
        self.state.replace_all(kept)  # the panels show what is really running
        self.say("error", lambda: messages.refused_message(translated_message(error)),
                 "refused")

    @Slot(str)
    def _on_lost(self, why: str) -> None:
        self._set_playing(False)
        self.say("error", lambda: messages.worker_lost_message(why), "lost")
