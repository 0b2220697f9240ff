"""A seeded random user for the real window: every visible, enabled control, like a person.

:class:`RandomUser` drives a shown :class:`~playground.main_window.MainWindow`
through ``n`` actions chosen from a seeded ``random.Random``: it clicks buttons
and check boxes, picks combo items and types garbage into the editable ones,
sets spin boxes and sliders to extreme and random values, triggers menu
actions (presets, projector, language, full screen, maximise, arrangement,
docks), resizes the window, hovers, clicks, drags and scrolls over the plots
and the network diagram (also while it rebuilds), and presses keys.

After every action it checks (:meth:`RandomUser.check`):

- no exception: none in a slot (``sys.excepthook``), none caught by the guard
  (``playground.guard.problems().count``), no ERROR record in the app's log;
- no Qt critical or fatal message (its own Qt message handler, so also with ``-s``);
- no hang: a 10 ms timer fires at least every :data:`HANG_SECONDS`;
- no lie: every control that is not being edited shows the current settings,
  and the play button agrees with the controller.

At the end (:meth:`RandomUser.finish`) training is paused, the newest frame must
describe the settings the panels show, and after closing no worker process or
thread may be left.

Each action consumes the same number of random draws whatever the window shows,
so one action that finds another set of widgets (a frame arrived a little later)
does not change the ones after it. Every action is recorded as a
:class:`Action` (kind, target objectName, value); :func:`replay_actions` runs a
recorded list exactly. On a failure the seed, the command to replay it and the
action list are printed, and the list is written as JSON.
"""

from __future__ import annotations

import faulthandler
import json
import logging
import math
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QMessageBox,
    QSlider,
    QWidget,
)

from engine.datasets import DATASETS
from playground import app_log
from playground.guard import problems
from playground.i18n import current_language
from playground.panels.hyperparams_panel import parse_rate
from playground.shortcuts import SHORTCUTS

#: The event loop must run a 10 ms timer at least this often (seconds).
HANG_SECONDS = float(os.environ.get("NN_RANDOM_USER_HANG_S", "2.0"))
#: With no tick for this long the GUI is stuck for good: print the replay info and
#: every thread's stack from a watchdog thread (pytest-timeout ends the test later).
STUCK_SECONDS = 60.0

#: Print every action and the settings after it (NN_RANDOM_USER_VERBOSE=1).
VERBOSE = bool(os.environ.get("NN_RANDOM_USER_VERBOSE"))
#: Bugs found by the random user whose fix belongs to another file, keyed by a piece of
#: the error text: they are counted and printed, not failed, until their owner fixes
#: them (then delete the entry). ``NN_RANDOM_USER_STRICT=1`` fails on them as well.
KNOWN_PROBLEMS: dict[str, str] = {}
STRICT = bool(os.environ.get("NN_RANDOM_USER_STRICT"))
#: Relative weight of each kind of action.
KINDS: dict[str, int] = {
    "click": 22, "combo": 9, "type_rate": 7, "spin": 9, "slider": 7, "menu": 10,
    "resize": 4, "mouse": 14, "key": 12, "wait": 4, "rebuild_hover": 3,
}
#: What a learner (or a cat) types into the learning-rate and regularisation-rate boxes.
RATE_TEXTS = ("abc", "0.0", "-1", "1e308", "nan", "", "inf", "-inf", "0", "-0", "1e-320",
              "0,05", "5e-2", " 0.3 ", "100", "100.0001", "1e3", "0x10", "1_000", "..",
              "1e", "٣", "１", "0.03", "10", "3", "0.00001", "1e-7", "99.999", "-0.0")
def _key(text: str) -> tuple[str, int, Qt.KeyboardModifier]:
    combo = QKeySequence(text)[0]
    return text, combo.key(), combo.keyboardModifiers()


#: Keys pressed on whatever has the focus: every shortcut of the app (from its one
#: table, so a new shortcut is pressed too; Ctrl+Q is left out: it would end the run),
#: the keys most used twice, and keys that mean something to the focused control.
KEYS: tuple[tuple[str, int, Qt.KeyboardModifier], ...] = (
    *(_key(k) for row in SHORTCUTS if row.id != "quit" for k in row.keys),
    *(_key(k) for k in ("Space", "Esc", "Ctrl+Right", "Return", "Left", "Right", "Up",
                        "Down", "Tab", "PageUp", "PageDown", "Home", "End", "Backspace",
                        "7", "a")),
    ("Enter", Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
    ("Shift+Tab", Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
)
#: Plots and the diagram: what the mouse is moved over and clicked.
MOUSE_TARGETS = ("boundaryPlot", "lossPlot", "accuracyPlot", "networkView", "boundaryLegend",
                 "layerSummaryTable")
MOUSE_OPS = ("hover", "hover", "hover_node", "hover_node", "click", "right_click",
             "double_click", "drag", "wheel", "tooltip", "leave")
#: Qt's own children that a user can click: a dock's close and float buttons.
DOCK_BUTTONS = ("qt_dockwidget_closebutton", "qt_dockwidget_floatbutton")
#: Menu actions never chosen: Quit would end the run.
SKIPPED_ACTIONS = {"quitAction"}
#: Number of random draws per action (kind + five values), whatever the action.
DRAWS = 6


@dataclass
class Action:
    """One thing the random user did, enough to do it again."""

    i: int
    kind: str
    target: str = ""
    value: object = None
    detail: str = ""

    def __str__(self) -> str:
        text = f"#{self.i} {self.kind}"
        if self.target:
            text += f" {self.target}"
        if self.value is not None:
            text += f" {self.value!r}"
        if self.detail:
            text += f" ({self.detail})"
        return text


class Failure(AssertionError):
    """Something the random user must never see."""


@dataclass
class Report:
    """What one run did: actions, coverage by objectName, warnings, timings."""

    seed: int | None
    actions: list[Action] = field(default_factory=list)
    coverage: Counter = field(default_factory=Counter)
    offered: set = field(default_factory=set)  # every target that could have been chosen
    skipped: Counter = field(default_factory=Counter)
    qt_warnings: Counter = field(default_factory=Counter)
    known: Counter = field(default_factory=Counter)
    refusals: int = 0
    max_gap: float = 0.0
    max_gap_action: int = -1
    seconds: float = 0.0

    def to_json(self) -> dict:
        return {"seed": self.seed, "actions": len(self.actions),
                "coverage": dict(self.coverage), "offered": sorted(self.offered),
                "skipped": dict(self.skipped),
                "qt_warnings": dict(self.qt_warnings), "known": dict(self.known),
                "refusals": self.refusals,
                "max_gap_s": round(self.max_gap, 3), "max_gap_action": self.max_gap_action,
                "seconds": round(self.seconds, 1)}


class _ErrorRecords(logging.Handler):
    """Keeps every ERROR (or worse) record of the app's loggers."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class RandomUser:
    """Drives ``window`` at random and checks it after every action.

    Parameters
    ----------
    window : MainWindow
        Shown, with its first frame drawn.
    qtbot
        pytest-qt's fixture.
    seed : int or None
        Seed of the random choices (None when replaying a recorded list).
    """

    def __init__(self, window, qtbot, seed: int | None):
        self.window = window
        self.qtbot = qtbot
        self.seed = seed
        self.rng = random.Random(seed)
        self.report = Report(seed)
        self._problems_at_start = problems().count
        self._qt_messages: list[tuple[QtMsgType, str]] = []
        self._previous_qt_handler = None
        self._exceptions: list[tuple] = []
        self._errors = _ErrorRecords()
        self._log_path = app_log.setup()
        self._log_offset = self._log_path.stat().st_size if self._log_path.exists() else 0
        self._ticks = 0
        self._last_tick = time.monotonic()
        self._current = -1
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._stop = threading.Event()
        self._watchdog = threading.Thread(target=self._watch, name="random-user-watchdog",
                                          daemon=True)
        self._previous_hook = None
        self._action_started = time.monotonic()
        # Dialogs (a file to open, a question) are answered from their own stream,
        # so answering one never shifts the actions after it.
        self._dialog_rng = random.Random(f"dialogs-{seed}")
        self._dialog_timer = QTimer()
        self._dialog_timer.setInterval(50)
        self._dialog_timer.timeout.connect(self._answer_dialogs)
        self._files = tempfile.mkdtemp(prefix="random-user-files-")
        window.controller.state.rejected.connect(self._on_rejected)

    # ------------------------------------------------------------------ set-up
    def __enter__(self) -> RandomUser:
        logging.getLogger(app_log.LOGGER_NAME).addHandler(self._errors)
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook
        # Our own handler: pytest-qt's qtlog sees nothing when output is not captured (-s).
        self._previous_qt_handler = qInstallMessageHandler(self._qt_message)
        self._last_tick = time.monotonic()
        self._timer.start()
        self._dialog_timer.start()
        self._write_files()
        self._watchdog.start()
        self.window.activateWindow()
        self.qtbot.waitExposed(self.window)
        return self

    def __exit__(self, *exc) -> None:
        self._timer.stop()
        self._dialog_timer.stop()
        shutil.rmtree(self._files, ignore_errors=True)
        self._stop.set()
        self._watchdog.join(5)
        sys.excepthook = self._previous_hook
        qInstallMessageHandler(self._previous_qt_handler)
        logging.getLogger(app_log.LOGGER_NAME).removeHandler(self._errors)

    def _excepthook(self, kind, value, tb) -> None:
        self._exceptions.append((kind, value, tb))
        if self._previous_hook is not None:
            self._previous_hook(kind, value, tb)

    def _qt_message(self, kind, context, message) -> None:
        self._qt_messages.append((kind, message))
        if callable(self._previous_qt_handler):
            self._previous_qt_handler(kind, context, message)
        elif kind != QtMsgType.QtDebugMsg:
            print(f"Qt: {message}", file=sys.__stderr__)

    def _on_rejected(self, _text: str) -> None:
        self.report.refusals += 1

    def _tick(self) -> None:
        now = time.monotonic()
        gap = now - self._last_tick
        if gap > self.report.max_gap:
            self.report.max_gap = gap
            self.report.max_gap_action = self._current
        self._last_tick = now
        self._ticks += 1

    def _watch(self) -> None:
        """Runs in its own thread: a GUI that never comes back still tells how to replay."""
        told = False
        while not self._stop.wait(1.0):
            now = time.monotonic()
            stuck = now - self._last_tick
            busy = now - self._action_started
            if (stuck > STUCK_SECONDS or busy > STUCK_SECONDS) and not told:
                told = True
                what = (f"the event loop has not run for {stuck:.0f} s" if stuck > STUCK_SECONDS
                        else f"action #{self._current} has not returned for {busy:.0f} s")
                print(f"\nRANDOM USER: {what}\n" + self.replay_text(), file=sys.__stderr__,
                      flush=True)
                faulthandler.dump_traceback(file=sys.__stderr__, all_threads=True)

    # ------------------------------------------------------------------ dialogs
    def _write_files(self) -> None:
        """Files a user might pick in an open dialog: good, empty, junk, hostile."""
        def write(name: str, data: bytes) -> None:
            with open(os.path.join(self._files, name), "wb") as f:
                f.write(data)

        write("empty.json", b"")
        write("junk.json", bytes(random.Random(0).randrange(256) for _ in range(4096)))
        write("text.json", "ceci n'est pas un fichier\n\u2603".encode())
        write("list.json", b"[1, 2, 3]")
        write("deep.json", b"[" * 5000 + b"]" * 5000)
        write("huge.json", b'{"version": 1e308, "title": "' + b"x" * 200_000 + b'"}')
        write("nan.json", b'{"version": NaN, "steps": [null, {}, []]}')
        write("data.csv", b"x1,x2,label\n0.1,0.2,0\n0.3,-0.5,1\nnan,1,0\n1e308,2,7\n")
        write("utf16.json", '{"version": 1}'.encode("utf-16"))
        os.mkdir(os.path.join(self._files, "folder.json"))

    def _answer_dialogs(self) -> None:
        """A modal dialog or popup is answered like a user would: cancel, a button, a file."""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            self._note_dialog(f"popup:{type(popup).__name__}")
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is self.window:
            return
        u = self._dialog_rng.random()
        if isinstance(dialog, QFileDialog):
            names = sorted(os.listdir(self._files))
            if u < 0.25:
                self._note_dialog("file:cancel")
                dialog.reject()
                return
            name = names[min(int((u - 0.25) / 0.75 * len(names)), len(names) - 1)]
            self._note_dialog(f"file:{name}")
            dialog.selectFile(os.path.join(self._files, name))
            dialog.accept()
            if dialog.isVisible():  # a folder: the dialog went into it; give up there
                dialog.reject()
        elif isinstance(dialog, QMessageBox) and dialog.buttons():
            buttons = dialog.buttons()
            button = buttons[min(int(u * len(buttons)), len(buttons) - 1)]
            self._note_dialog(f"message:{button.text()}")
            button.click()
        elif isinstance(dialog, QDialog):
            self._note_dialog(f"dialog:{type(dialog).__name__}")
            dialog.reject()
        else:
            self._note_dialog(f"modal:{type(dialog).__name__}")
            dialog.close()

    def _note_dialog(self, what: str) -> None:
        self.report.coverage[what] += 1
        if self.report.actions:
            action = self.report.actions[-1]
            action.detail = f"{action.detail}; {what}" if action.detail else what

    # ------------------------------------------------------------------ running
    def run(self, n_actions: int) -> Report:
        """Do ``n_actions`` random actions, checking after each; then :meth:`finish`."""
        t0 = time.monotonic()
        for i in range(n_actions):
            draws = [self.rng.random() for _ in range(DRAWS)]
            kind = _weighted(KINDS, draws[0])
            action = Action(i, kind)
            self._do(action, draws[1:])
        self.report.seconds = time.monotonic() - t0
        return self.report

    def replay(self, actions: list[Action]) -> Report:
        """Do a recorded list again, with the same targets and values."""
        t0 = time.monotonic()
        for recorded in actions:
            self._do(Action(recorded.i, recorded.kind, recorded.target, recorded.value),
                     None)
        self.report.seconds = time.monotonic() - t0
        return self.report

    def _do(self, action: Action, draws: list[float] | None) -> None:
        self._current = action.i
        self._action_started = time.monotonic()
        self.report.actions.append(action)
        self._activate()
        try:
            getattr(self, f"_act_{action.kind}")(action, draws)
        except Failure:
            raise
        except Exception as exc:  # the test's own driving failed: still a replayable failure
            raise Failure(f"action {action} raised {exc!r}") from exc
        if action.target:
            self.report.coverage[action.target] += 1
        else:
            self.report.skipped[action.kind] += 1
        self.qtbot.wait(5)
        if VERBOSE:
            print(f"{action}  -> {self._describe()}", flush=True)
        self.check(action)

    def _describe(self) -> str:
        w = self.window
        s = w.state.settings
        f = w.latest_frame
        focus = QApplication.focusWidget()
        return (f"{s.dataset} {s.features} {s.hidden} {s.activations} lr={s.learning_rate} "
                f"reg={s.regularization}/{s.reg_rate} speed={s.speed} "
                f"play={w.controller.playing} frame={None if f is None else (f.build_id, f.step)}"
                f" focus={focus.objectName() if focus else None} "
                f"msg={w.controller.message()!r:.80}")

    def _activate(self, widget: QWidget | None = None) -> None:
        """Make the window a person would be typing into the active one.

        A real click activates the window under the mouse; events sent straight to
        a widget do not, and after a floating dock closed nothing may be active, so
        focus (and with it Space, Esc and finished edits) would go nowhere.
        """
        top = (widget or self.window).window()
        if QApplication.activeWindow() is None or (
                widget is not None and QApplication.activeWindow() is not top):
            top.activateWindow()
            QApplication.processEvents()

    # ------------------------------------------------------------------ checks
    def check(self, action: Action | None = None, window_alive: bool = True) -> None:
        """Fail on an exception, a guard report, an ERROR log, a Qt critical, a hang, a lie."""
        where = f"after {action}" if action is not None else "at the end"
        if self._exceptions:
            import traceback

            kind, value, tb = self._exceptions[0]
            raise Failure(f"exception {where}:\n" + "".join(
                traceback.format_exception(kind, value, tb)))
        if problems().count != self._problems_at_start:
            raise Failure(f"the guard caught {problems().count - self._problems_at_start} "
                          f"problem(s) {where}:\n{self._error_text()}")
        self._set_aside_known_problems(where)
        if self._errors.records:
            raise Failure(f"ERROR logged {where}:\n{self._error_text()}")
        self._check_qt_messages(where)
        self._check_alive(where)
        if not window_alive:
            return
        lies = self.lies()
        if lies:
            raise Failure(f"the window shows what is not so {where}: " + "; ".join(lies))

    def _set_aside_known_problems(self, where: str) -> None:
        if STRICT:
            return
        kept = []
        for record in self._errors.records:
            text = logging.Formatter().format(record)
            known = next((key for key in KNOWN_PROBLEMS if key in text), None)
            if known is None:
                kept.append(record)
            else:
                self.report.known[known] += 1
                print(f"random user: known problem {where}: {KNOWN_PROBLEMS[known]}")
        self._errors.records = kept

    def _error_text(self) -> str:
        formatter = logging.Formatter("%(levelname)s %(name)s: %(message)s")
        return "\n".join(formatter.format(r) for r in self._errors.records[:3])

    def _check_qt_messages(self, where: str) -> None:
        messages, self._qt_messages = self._qt_messages, []
        for kind, message in messages:
            if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
                raise Failure(f"Qt {kind.name} {where}: {message}")
            if kind == QtMsgType.QtWarningMsg:
                self.report.qt_warnings[message[:160]] += 1

    def _check_alive(self, where: str) -> None:
        """The 10 ms timer must have fired within HANG_SECONDS, and fire again now."""
        seen = self._ticks
        deadline = time.monotonic() + HANG_SECONDS
        while self._ticks == seen and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.001)
        if self._ticks == seen:
            raise Failure(f"the event loop did not answer within {HANG_SECONDS} s {where}")
        if self.report.max_gap > HANG_SECONDS:
            raise Failure(f"the event loop stopped for {self.report.max_gap:.1f} s "
                          f"(> {HANG_SECONDS} s) during action #{self.report.max_gap_action}")

    def lies(self) -> list[str]:
        """Controls that show something other than the settings (those being edited excepted)."""
        w = self.window
        s = w.state.settings
        out = []
        focus = QApplication.focusWidget()

        def editing(widget: QWidget) -> bool:
            return focus is not None and (focus is widget or widget.isAncestorOf(focus))

        def find(cls, name):
            return w.findChild(cls, name)

        play = w.controls.playButton
        if play.isChecked() != w.controller.playing:
            out.append(f"play button {play.isChecked()} but playing {w.controller.playing}")
        slider = w.controls.speedSlider
        if not slider.isSliderDown() and slider.value() != s.speed:
            out.append(f"speedSlider {slider.value()} but speed {s.speed}")
        for name, key in (("learningRateCombo", "learning_rate"), ("regRateCombo", "reg_rate")):
            combo = find(QComboBox, name)
            if combo is None or editing(combo) or combo.lineEdit().isModified():
                continue
            shown = parse_rate(combo.currentText())
            if shown is None or not math.isclose(shown, getattr(s, key), rel_tol=1e-9,
                                                 abs_tol=0.0):
                out.append(f"{name} shows {combo.currentText()!r} but {key} is "
                           f"{getattr(s, key)!r}")
        for name, key in (("optimizerCombo", "optimizer"),
                          ("regularizationCombo", "regularization"), ("initCombo", "init")):
            combo = find(QComboBox, name)
            if combo is not None and combo.currentData() != getattr(s, key):
                out.append(f"{name} shows {combo.currentData()!r} but {key} is "
                           f"{getattr(s, key)!r}")
        content = w.docks.content("data")
        if content is not None:
            for name in ("x1", "x2", "x1sq", "x2sq", "x1x2", "sin_x1", "sin_x2"):
                box = find(QAbstractButton, f"feature_{name}Check")
                if box is not None and box.isChecked() != (name in s.features):
                    out.append(f"feature_{name}Check {box.isChecked()} but features "
                               f"{s.features}")
            button = find(QAbstractButton, f"dataset_{s.dataset}Button")
            if button is not None and not button.isChecked():
                out.append(f"dataset_{s.dataset}Button not checked")
            for name, value in (("noiseSlider", round(s.noise * 100)),
                                ("trainRatioSlider", round(s.train_ratio * 100))):
                sl = find(QSlider, name)
                if sl is not None and not sl.isSliderDown() and sl.value() != value:
                    out.append(f"{name} {sl.value()} but setting {value}")
            multiclass = DATASETS[s.dataset].multiclass
            for name, value in (("batchSizeSpin", s.batch_size), ("seedSpin", s.data_seed),
                                ("classesSpin", s.n_classes if multiclass else 2)):
                spin = find(QAbstractSpinBox, name)
                if spin is not None and not editing(spin) and spin.value() != value:
                    out.append(f"{name} {spin.value()} but setting {value}")
        if w.docks.content("network") is not None:
            editor = w.view("network").editor
            if editor.layer_count() != len(s.hidden):
                out.append(f"{editor.layer_count()} layer columns but hidden {s.hidden}")
            for i, (n, act) in enumerate(zip(s.hidden, s.activations, strict=True)):
                spin = find(QAbstractSpinBox, f"layer{i}NeuronsSpin")
                if spin is not None and not editing(spin) and spin.value() != n:
                    out.append(f"layer{i}NeuronsSpin {spin.value()} but hidden {s.hidden}")
                combo = find(QComboBox, f"layer{i}ActivationCombo")
                if combo is not None and combo.currentData() != act:
                    out.append(f"layer{i}ActivationCombo {combo.currentData()!r} but "
                               f"activations {s.activations}")
        for name, key in (("showTestCheck", "show_test"), ("discretizeCheck", "discretize"),
                          ("logScaleCheck", "log_loss")):
            box = find(QAbstractButton, name)
            if box is not None and box.isChecked() != bool(getattr(s, key)):
                out.append(f"{name} {box.isChecked()} but {key} {getattr(s, key)}")
        actions = w.menus.actions
        if actions["projector"].isChecked() != w.projector_mode:
            out.append(f"projector action {actions['projector'].isChecked()} but mode "
                       f"{w.projector_mode}")
        if actions["maximizeView"].isChecked() != (w.docks.maximized is not None):
            out.append(f"maximizeView action {actions['maximizeView'].isChecked()} but "
                       f"maximized {w.docks.maximized!r}")
        lang = w.menus.language_actions.get(current_language())
        if lang is not None and not lang.isChecked():
            out.append(f"language action of {current_language()} not checked")
        return out

    def finish(self) -> None:
        """Pause, let the worker catch up, and check that the views show the settings."""
        w = self.window
        self._current = len(self.report.actions)
        if w.docks.maximized is not None:
            w.docks.toggle_maximized(w.docks.maximized)
        if w.controller.playing:
            w.controller.toggle_play()
        s = w.state.settings
        info = DATASETS[s.dataset]
        expected = (len(s.features), *s.hidden, info.classes_for(s.n_classes))

        def caught_up() -> bool:
            f = w.latest_frame
            return (f is not None and f.layer_sizes == expected
                    and f.activations == s.activations and f.feature_names == s.features
                    and f.n_classes == info.classes_for(s.n_classes))

        try:
            self.qtbot.waitUntil(caught_up, timeout=60000)
        except Exception:
            f = w.latest_frame
            got = None if f is None else (f.layer_sizes, f.activations, f.feature_names)
            raise Failure(f"the newest frame {got} never matched the settings "
                          f"{expected}, {s.activations}, {s.features}") from None
        self.qtbot.wait(200)  # every visible dock gets it, one per event-loop turn
        frame = w.latest_frame
        for name in ("boundary", "network"):
            dock = w.docks.docks[name]
            content = dock.content
            if content is None or not dock.showing:
                continue
            shown = content.view.frame
            if shown is None or shown.layer_sizes != frame.layer_sizes:
                raise Failure(f"the {name} view shows "
                              f"{None if shown is None else shown.layer_sizes} "
                              f"but the network is {frame.layer_sizes}")
        self.check(None)

    def close_window(self) -> float:
        """Close and delete the window as quitting does; returns how long closing took."""
        t0 = time.monotonic()
        self.window.close()
        closing = time.monotonic() - t0
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.qtbot.wait(10)
        self.check(None, window_alive=False)
        return closing

    def check_log_file(self) -> None:
        """No ERROR record in what the log file got during the run (known problems aside)."""
        path = self._log_path
        if not path.exists():
            return
        with open(path, encoding="utf-8", errors="replace") as f:
            if path.stat().st_size >= self._log_offset:
                f.seek(self._log_offset)
            text = f.read()
        # One record per line that starts with the handler's time stamp; tracebacks follow it.
        records = re.split(r"\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", text)
        bad = [r for r in records if re.match(r"\S+ \S+ (ERROR|CRITICAL) ", r)
               and (STRICT or not any(key in r for key in KNOWN_PROBLEMS))]
        if bad:
            raise Failure("ERROR records in the log file:\n" + "\n".join(bad[:3]))

    # ------------------------------------------------------------------ failure report
    def replay_text(self, limit: int = 60) -> str:
        n = len(self.report.actions)
        lines = [f"seed {self.seed}, {n} actions done "
                 f"(replay: NN_RANDOM_USER_SEED={self.seed} NN_RANDOM_USER_ACTIONS={n} "
                 f"pytest tests/playground/test_random_user.py)"]
        shown = self.report.actions[-limit:]
        if len(shown) < n:
            lines.append(f"... {n - len(shown)} earlier actions (all in the JSON file)")
        lines += [f"  {a}" for a in shown]
        return "\n".join(lines)

    def save_actions(self) -> str:
        """Write the action list as JSON (for ``NN_RANDOM_USER_REPLAY``); returns the path."""
        fd, path = tempfile.mkstemp(prefix=f"random-user-{self.seed}-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"seed": self.seed,
                       "actions": [asdict(a) for a in self.report.actions]}, f, indent=1,
                      default=repr)
        return path

    # ------------------------------------------------------------------ choosing
    def _named(self, cls) -> list[tuple[str, QWidget]]:
        """Visible, enabled widgets of ``cls`` with a stable name, sorted by name."""
        found = {}
        for widget in self.window.findChildren(cls):
            name = widget.objectName()
            if not name or not widget.isVisible() or not widget.isEnabled():
                continue
            if name.startswith("qt_"):
                if name not in DOCK_BUTTONS:
                    continue
                dock = widget.parentWidget()
                while dock is not None and not dock.objectName().endswith("Dock"):
                    dock = dock.parentWidget()
                if dock is None:
                    continue
                name = f"{dock.objectName()}.{name}"
            found.setdefault(name, widget)
        return sorted(found.items())

    def _resolve(self, cls, name: str) -> QWidget | None:
        return dict(self._named(cls)).get(name)

    def _pick(self, action: Action, cls, draw: float | None, filt=None) -> QWidget | None:
        """Choose (or, replaying, find) the target widget of ``action``."""
        if draw is None:
            widget = self._resolve(cls, action.target)
            if widget is None:
                action.detail = "not there now"
                action.target = ""
            return widget
        candidates = [(n, w) for n, w in self._named(cls) if filt is None or filt(n, w)]
        self.report.offered.update(n for n, _w in candidates)
        if not candidates:
            return None
        name, widget = candidates[min(int(draw * len(candidates)), len(candidates) - 1)]
        action.target = name
        return widget

    # ------------------------------------------------------------------ actions
    def _act_click(self, action: Action, d) -> None:
        button = self._pick(action, QAbstractButton, d and d[0])
        if button is None:
            return
        self._activate(button)
        if d is not None:
            action.value = "left" if d[1] < 0.9 else "keyboard"
        if action.value == "keyboard" and button.focusPolicy() != Qt.FocusPolicy.NoFocus:
            button.setFocus()
            QTest.keyClick(button, Qt.Key.Key_Return)
        else:
            QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())

    def _act_combo(self, action: Action, d) -> None:
        combo = self._pick(action, QComboBox, d and d[0])
        if combo is None or combo.count() == 0:
            return
        if d is not None:
            action.value = min(int(d[1] * combo.count()), combo.count() - 1)
        index = min(int(action.value), combo.count() - 1)
        combo.setCurrentIndex(index)  # as choosing it from the list does ...
        combo.activated.emit(index)  # ... which also says it was chosen

    def _act_type_rate(self, action: Action, d) -> None:
        combo = self._pick(action, QComboBox, d and d[0], lambda _n, c: c.isEditable())
        if combo is None:
            return
        if d is not None:
            if d[1] < 0.6:
                text = RATE_TEXTS[min(int(d[2] * len(RATE_TEXTS)), len(RATE_TEXTS) - 1)]
            else:  # a random number over 24 orders of magnitude, sometimes negative
                text = f"{10 ** (d[2] * 24 - 12) * (-1 if d[4] < 0.1 else 1):.6g}"
            end = ("Return", "Return", "Tab", "Esc", "click-away", "nothing")
            action.value = [text, end[min(int(d[3] * len(end)), len(end) - 1)]]
        text, end = action.value
        self._activate(combo)
        edit = combo.lineEdit()
        edit.setFocus()
        edit.selectAll()
        if text.isascii():
            QTest.keyClicks(edit, text)
        else:
            edit.del_()
            edit.insert(text)  # pasted, or typed with an input method
        if end == "Return":
            QTest.keyClick(edit, Qt.Key.Key_Return)
        elif end == "Tab":
            QTest.keyClick(edit, Qt.Key.Key_Tab)
        elif end == "Esc":
            QTest.keyClick(edit, Qt.Key.Key_Escape)
        elif end == "click-away":
            self.window.controls.playButton.setFocus()

    def _act_spin(self, action: Action, d) -> None:
        spin = self._pick(action, QAbstractSpinBox, d and d[0])
        if spin is None:
            return
        if d is not None:
            lo, hi = spin.minimum(), spin.maximum()
            values = (lo, hi, lo - 1, hi + 1, lo + int(d[2] * (hi - lo)),
                      lo + int(d[2] * min(hi - lo, 20)), 10 ** 12)
            value = values[min(int(d[1] * len(values)), len(values) - 1)]
            how = ("set", "set", "type", "type", "garbage", "keys")
            action.value = [value, how[min(int(d[3] * len(how)), len(how) - 1)],
                            int(d[4] * 4)]
        value, how, extra = action.value
        self._activate(spin)
        if how == "set":  # the wheel or the arrows: Qt clamps to the range
            spin.setValue(max(spin.minimum(), min(spin.maximum(), int(value))))
        elif how in ("type", "garbage"):
            spin.setFocus()
            spin.selectAll()
            text = str(value) if how == "type" else ("abc", "-", "", " 1 2")[extra]
            QTest.keyClicks(spin, text)
            QTest.keyClick(spin, Qt.Key.Key_Return if extra % 2 == 0 else Qt.Key.Key_Tab)
        else:
            key = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)[extra]
            spin.setFocus()
            QTest.keyClick(spin, key)

    def _act_slider(self, action: Action, d) -> None:
        slider = self._pick(action, QSlider, d and d[0])
        if slider is None:
            return
        if d is not None:
            lo, hi = slider.minimum(), slider.maximum()
            values = (lo, hi, lo + round(d[2] * (hi - lo)), lo + round(d[2] * (hi - lo)),
                      lo - 7, hi + 7)
            value = values[min(int(d[1] * len(values)), len(values) - 1)]
            how = ("set", "drag", "drag", "keys", "click")
            action.value = [value, how[min(int(d[3] * len(how)), len(how) - 1)],
                            int(d[4] * 4)]
        value, how, extra = action.value
        self._activate(slider)
        if how == "set":
            slider.setValue(value)
        elif how == "drag":  # pressed, moved through a few values, released
            slider.setSliderDown(True)
            start = slider.value()
            for k in range(1, 4):
                slider.setValue(round(start + (value - start) * k / 3))
                self.qtbot.wait(1)
            slider.setSliderDown(False)
        elif how == "keys":
            slider.setFocus()
            key = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)[extra]
            QTest.keyClick(slider, key)
        else:
            span = max(1, slider.maximum() - slider.minimum())
            x = int((value - slider.minimum()) / span * slider.width())
            QTest.mouseClick(slider, Qt.MouseButton.LeftButton,
                             pos=QPoint(max(0, min(slider.width() - 1, x)), slider.height() // 2))

    def _menu_actions(self) -> list[tuple[str, QAction]]:
        w = self.window
        found = {}
        for action in w.menus.actions.values():
            found[action.objectName()] = action
        for action in w.menus.language_actions.values():
            found[action.objectName()] = action
        for action in w.menus.presets_menu.actions():
            if action.data():
                found[f"preset:{action.data()}"] = action
        for action in w.menus.docks_menu.actions():
            dock = action.parent()
            found[f"toggle:{dock.objectName() if dock else action.text()}"] = action
        return sorted((n, a) for n, a in found.items()
                      if n not in SKIPPED_ACTIONS and a.isEnabled() and a.isVisible())

    def _act_menu(self, action: Action, d) -> None:
        actions = self._menu_actions()
        if d is None:
            chosen = dict(actions).get(action.target)
            if chosen is None:
                action.detail, action.target = "not there now", ""
                return
        else:
            self.report.offered.update(n for n, _a in actions)
            # Presets and the language are what a teacher reaches for: weigh them up.
            if d[1] < 0.2:
                pool = [(n, a) for n, a in actions if n.startswith("language_")]
            elif d[1] < 0.35:
                pool = [(n, a) for n, a in actions if n.startswith("preset:")]
            else:
                pool = actions
            name, chosen = pool[min(int(d[0] * len(pool)), len(pool) - 1)]
            action.target = name
        chosen.trigger()

    def _act_resize(self, action: Action, d) -> None:
        if d is not None:
            w = 640 + round(d[0] * 1280)
            h = 480 + round(d[1] * 600)
            if d[2] < 0.15:
                w, h = (640, 480) if d[3] < 0.5 else (1920, 1080)
            action.value = [w, h]
        action.target = "mainWindow"
        self.window.resize(*action.value)

    def _mouse_target(self, name: str) -> QWidget | None:
        widget = self._resolve(QWidget, name)
        if widget is None:
            return None
        viewport = getattr(widget, "viewport", None)
        return viewport() if viewport is not None else widget

    def _act_mouse(self, action: Action, d) -> None:
        if d is not None:
            names = [n for n in MOUSE_TARGETS if self._resolve(QWidget, n) is not None]
            if not names:
                return
            action.target = names[min(int(d[0] * len(names)), len(names) - 1)]
            op = MOUSE_OPS[min(int(d[1] * len(MOUSE_OPS)), len(MOUSE_OPS) - 1)]
            action.value = [op, round(d[2], 4), round(d[3], 4), round(d[4], 4)]
        widget = self._mouse_target(action.target)
        if widget is None:
            action.detail, action.target = "not there now", ""
            return
        op, fx, fy, extra = action.value
        self._mouse(widget, op, fx, fy, extra)

    def _mouse(self, widget: QWidget, op: str, fx: float, fy: float, extra: float) -> None:
        pos = QPoint(int(fx * max(1, widget.width() - 1)), int(fy * max(1, widget.height() - 1)))
        if op == "hover_node" and widget.objectName() == "networkView":
            lay = widget.diagram_layout()
            if lay is not None and lay.n_columns:
                layer = min(int(fx * lay.n_columns), lay.n_columns - 1)
                k = min(int(fy * lay.layer_sizes[layer]), lay.layer_sizes[layer] - 1)
                pos = widget.node_center(layer, k).toPoint()
        if op in ("hover", "hover_node"):
            QTest.mouseMove(widget, pos)
        elif op == "click":
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        elif op == "right_click":
            QTest.mouseClick(widget, Qt.MouseButton.RightButton, pos=pos)
            QTest.keyClick(QApplication.focusWidget() or self.window, Qt.Key.Key_Escape)
        elif op == "double_click":
            QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        elif op == "drag":
            end = QPoint(int(extra * widget.width()), widget.height() - pos.y())
            QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=pos)
            for k in range(1, 4):
                QTest.mouseMove(widget, pos + (end - pos) * (k / 3))
            QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)
        elif op == "wheel":
            delta = 120 if extra < 0.5 else -120
            event = QWheelEvent(QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(0, 0),
                                QPoint(0, delta), Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                                False)
            QApplication.sendEvent(widget, event)
        elif op == "tooltip":
            event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
            QApplication.sendEvent(widget, event)
        elif op == "leave":
            QApplication.sendEvent(widget, QEvent(QEvent.Type.Leave))

    def _act_key(self, action: Action, d) -> None:
        if d is not None:
            name, _key, _mods = KEYS[min(int(d[0] * len(KEYS)), len(KEYS) - 1)]
            action.value = name
        key, mods = next((k, m) for n, k, m in KEYS if n == action.value)
        target = QApplication.focusWidget() or self.window
        action.target = f"key:{action.value}"
        QTest.keyClick(target, key, mods)

    def _act_wait(self, action: Action, d) -> None:
        if d is not None:
            action.value = int(d[0] * 400)
        action.target = "wait"
        self.qtbot.wait(int(action.value))

    def _act_rebuild_hover(self, action: Action, d) -> None:
        """Change the architecture and at once hover and ask for tooltips on the diagram."""
        view = self._resolve(QWidget, "networkView")
        if d is not None:
            edits = ("addLayerButton", "removeLayerButton", "layer0NeuronsSpin",
                     "preset:spiral", "preset:xor", "reset")
            action.value = [edits[min(int(d[0] * len(edits)), len(edits) - 1)],
                            round(d[1], 4), round(d[2], 4)]
        edit, fx, fy = action.value
        if view is None:
            action.detail = "no diagram"
            return
        action.target = f"rebuild:{edit}"
        lay = view.diagram_layout()
        old = None
        if lay is not None and lay.n_columns:
            layer = min(int(fx * lay.n_columns), lay.n_columns - 1)
            k = min(int(fy * lay.layer_sizes[layer]), lay.layer_sizes[layer] - 1)
            old = view.node_center(layer, k).toPoint()
            QTest.mouseMove(view, old)
        if edit.startswith("preset:"):
            self.window.apply_preset(edit.split(":", 1)[1])
        elif edit == "reset":
            self.window.controller.reset()
        elif edit == "layer0NeuronsSpin":
            spin = self._resolve(QAbstractSpinBox, edit)
            if spin is not None:
                spin.setValue(1 + int(fx * 63))
        else:
            button = self._resolve(QAbstractButton, edit)
            if button is not None:
                QTest.mouseClick(button, Qt.MouseButton.LeftButton,
                                 pos=button.rect().center())
        for _ in range(4):  # the old node, a tooltip there, while the new build comes in
            if old is not None:
                QTest.mouseMove(view, old + QPoint(1, 0))
                QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, old,
                                                        view.mapToGlobal(old)))
            self.qtbot.wait(15)


def _weighted(weights: dict[str, int], u: float) -> str:
    total = sum(weights.values())
    x = u * total
    for name, w in weights.items():
        if x < w:
            return name
        x -= w
    return name


def load_actions(path: str) -> tuple[int | None, list[Action]]:
    """A list written by :meth:`RandomUser.save_actions`."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    actions = [Action(a["i"], a["kind"], a.get("target", ""), a.get("value"))
               for a in data["actions"]]
    return data.get("seed"), actions


def seeds_from_env(default: tuple[int, ...]) -> tuple[int, ...]:
    """``NN_RANDOM_USER_SEED``: ``123``, ``1,5,9`` or ``0-9``."""
    text = os.environ.get("NN_RANDOM_USER_SEED", "").strip()
    if not text:
        return default
    seeds: list[int] = []
    for part in text.split(","):
        if "-" in part.strip()[1:]:
            lo, hi = part.split("-", 1)
            seeds += range(int(lo), int(hi) + 1)
        else:
            seeds.append(int(part))
    return tuple(seeds)


def coverage_table(path: str) -> str:
    """The runs in an ``NN_RANDOM_USER_REPORT`` file as one table: hits per control."""
    runs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    hits: Counter = Counter()
    seeds: Counter = Counter()
    offered: set = set()
    for run in runs:
        hits.update(run["coverage"])
        seeds.update(run["coverage"].keys())
        offered.update(run.get("offered", ()))
    lines = [f"{len(runs)} runs, {sum(r['actions'] for r in runs)} actions "
             f"(per run: {', '.join(str(r['actions']) for r in runs)}), "
             f"{sum(r['seconds'] for r in runs):.0f} s; "
             f"known problems: {dict(sum((Counter(r.get('known', {})) for r in runs), Counter()))}",
             f"{'control (objectName)':<46} {'hits':>6} {'runs':>5}"]
    for name in sorted(hits):
        lines.append(f"{name:<46} {hits[name]:6d} {seeds[name]:5d}")
    never = sorted(offered - set(hits))
    if never:
        lines.append("offered but never hit: " + ", ".join(never))
    return "\n".join(lines)


if __name__ == "__main__":
    print(coverage_table(sys.argv[1]))
