""""Show me": a step's stored solution carried out on the window, one action at a time.

The actions are the fixed vocabulary of :mod:`playground.lessons.actions`; each
one is a call into the window the learner could have made by hand (a setting
through ``AppState.update``, a click on a named button, a pick through the
shared selection, Play through the controller). Nothing in a lesson file is
ever executed as code. Actions run a little apart (``delay_ms``) so the
learner can follow them; a clicked control is framed while it is clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton

from playground.lessons.highlight import reveal, show_dock
from playground.selection import Param, Pick

#: Pause between two actions of a "show me", so the learner sees each one.
DELAY_MS = 450
#: Play waits up to WAITS × WAIT_MS for a divergence to clear after a Reset.
WAITS, WAIT_MS = 60, 50


class LessonRunner(QObject):
    """Carries out actions on the window behind ``host`` (a :class:`DockHost`).

    Signals
    -------
    acting(object)
        An action is about to run (the panel frames a clicked control).
    finished()
        The last action of :meth:`run` ran (or the run was stopped).
    """

    acting = Signal(object)
    finished = Signal()

    def __init__(self, host, parent: QObject | None = None, delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self.host = host
        self.controller = host.controller
        self.delay_ms = delay_ms
        self.problems: list[str] = []  # actions that could not be carried out, in English
        self._queue: list[dict] = []
        self._waits = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    @property
    def busy(self) -> bool:
        return bool(self._queue) or self._timer.isActive()

    def run(self, actions) -> None:
        """Start carrying out ``actions`` (the first at once, the rest ``delay_ms`` apart)."""
        self.stop()
        self.problems = []
        self._queue = list(actions)
        self._timer.start(0)

    def stop(self) -> None:
        was = self.busy
        self._queue = []
        self._timer.stop()
        if was:
            self.finished.emit()

    def _next(self) -> None:
        if not self._queue:
            return
        action = self._queue[0]
        if "play" in action and self.controller.divergence is not None and self._waits < WAITS:
            # After a Reset the worker may still send a frame of the blown-up run; Play
            # would be refused until the reset network's first frame has arrived.
            self._waits += 1
            self._timer.start(WAIT_MS)
            return
        self._waits = 0
        self._queue.pop(0)
        self.acting.emit(action)
        self.perform(action)
        if self._queue:
            self._timer.start(self.delay_ms)
        else:
            self.finished.emit()

    # -- one action -------------------------------------------------------------------
    def perform(self, action: dict) -> bool:
        """Carry out one action now; False (and a note in :attr:`problems`) if it could not."""
        (what, given), = action.items()
        ok = getattr(self, f"_do_{what}")(given)
        if not ok:
            self.problems.append(f"{what}: {given!r}")
        return ok

    def _do_set(self, changes: dict) -> bool:
        changes = dict(changes)
        settings = self.controller.state.settings
        if "hidden" in changes and "activations" not in changes:
            # Layers came or went: keep each remaining layer's activation, repeat the last.
            acts = tuple(settings.activations)
            n = len(changes["hidden"])
            fill = acts[-1] if acts else "tanh"
            changes["activations"] = (acts + (fill,) * n)[:n]
        return self.controller.state.update(**changes)

    def _do_click(self, name: str) -> bool:
        found = reveal(self.host, name)
        widget = found.widget
        if widget is None or found.hidden:
            return False
        if isinstance(widget, QAbstractButton):
            if not widget.isEnabled():
                return False
            widget.click()
        return True

    def _do_pick(self, given) -> bool:
        selection = self.controller.selection
        if isinstance(given, str):
            panel = self.host.content("boundary", build=True)
            show_dock(self.host, "boundary")
            if panel.view.frame is None and self.controller.latest_frame is not None:
                panel.set_frame(self.controller.latest_frame)
            panel.picker.step(+1 if given == "next" else -1)
            return selection.pick is not None
        frame = self.controller.latest_frame
        if frame is None:
            return False
        split, index = given["split"], given["index"]
        x = frame.x_train if split == "train" else frame.x_test
        t = frame.t_train if split == "train" else frame.t_test
        if index >= len(x):
            return False
        label = int(t[index]) if frame.is_classification else float(t[index])
        selection.set_pick(Pick(tuple(float(v) for v in x[index]), split, index, label))
        return True

    def _do_select(self, given) -> bool:
        selection = self.controller.selection
        if given is None:
            selection.set_selected(None)
            return True
        show_dock(self.host, "network")
        if "node" in given:
            layer, index = given["node"]
            selection.set_selected((layer, index))
        elif "weight" in given:
            layer, i, j = given["weight"]
            selection.set_selected(Param(layer, j, i))
        else:
            layer, j = given["bias"]
            selection.set_selected(Param(layer, j))
        return True

    def _do_show(self, name: str) -> bool:
        if name not in self.host.docks:
            return False
        show_dock(self.host, name)
        return True

    def _do_perceptron(self, given: dict) -> bool:
        if "perceptron" not in self.host.docks:
            return False
        view = self.host.content("perceptron", build=True)
        show_dock(self.host, "perceptron")
        view.model.apply(given)
        return True

    def _do_play(self, _given) -> bool:
        self.controller.set_playing(True)
        return self.controller.playing

    def _do_pause(self, _given) -> bool:
        self.controller.set_playing(False)
        return True

    def _do_step(self, n: int) -> bool:
        self.controller.step(n)
        return True

    def _do_reset(self, _given) -> bool:
        self.controller.reset()
        return True
