"""A seeded random user drives the real window; nothing may crash, hang, leak or lie.

The short run in the suite is two seeds of 150 actions. Longer runs by hand::

    NN_RANDOM_USER_SEED=0-9 NN_RANDOM_USER_ACTIONS=500 \\
        .venv/bin/python -m pytest -q -s tests/playground/test_random_user.py

``NN_RANDOM_USER_SEED`` takes ``123``, ``1,5,9`` or ``0-9``. A failure prints
the seed, the command that replays it and the actions, and writes them as JSON;
``NN_RANDOM_USER_REPLAY=that.json`` runs exactly those actions again.
``NN_RANDOM_USER_STRICT=1`` also fails on the bugs listed in ``KNOWN_PROBLEMS``.
``NN_RANDOM_USER_REPORT=file.jsonl`` appends each run's counts and coverage (by
objectName) to ``file.jsonl``; ``NN_RANDOM_USER_HANG_S`` changes the hang limit.
See ``tests/playground/random_user.py`` for what is done and checked.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
import time

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from playground.i18n import install_language
from playground.main_window import MainWindow
from playground.remembered import Remembered
from tests.playground.random_user import (
    Failure,
    RandomUser,
    load_actions,
    seeds_from_env,
)

ACTIONS = int(os.environ.get("NN_RANDOM_USER_ACTIONS", "150"))
REPLAY = os.environ.get("NN_RANDOM_USER_REPLAY")
SEEDS = ("replay",) if REPLAY else seeds_from_env((1, 2))
#: Generous: a slow machine must not fail a run that is merely slow.
TIMEOUT = 120 + 2 * ACTIONS


@pytest.mark.qt_log_level_fail("CRITICAL")
@pytest.mark.timeout(TIMEOUT)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_random_user_cannot_break_the_window(seed, qtbot):
    threads_before = set(threading.enumerate())
    # A fresh arrangement that is not saved: later tests must not inherit its docks.
    win = MainWindow(remembered=Remembered(fresh=True))
    win.show()  # not qtbot.addWidget: the user deletes the window itself, as quitting does
    user = None
    try:
        qtbot.waitUntil(lambda: win.latest_frame is not None, timeout=30000)
        if seed == "replay":
            recorded_seed, actions = load_actions(REPLAY)
        else:
            recorded_seed, actions = seed, None
        user = RandomUser(win, qtbot, recorded_seed)
        with user:
            if actions is None:
                user.run(ACTIONS)
            else:
                user.replay(actions)
            user.finish()
            workers = list(win.controller.workers.values())
            closing = user.close_window()
        _check_nothing_is_left(workers, closing, qtbot, threads_before)
        user.check_log_file()
    except (Failure, AssertionError) as exc:
        if user is None:
            raise
        path = user.save_actions()
        print(user.replay_text(limit=10_000))
        pytest.fail(f"{exc}\n\n{user.replay_text()}\nall actions: {path} "
                    f"(NN_RANDOM_USER_REPLAY={path} replays them)", pytrace=False)
    finally:
        if shiboken6.isValid(win):
            win.close()
            win.deleteLater()
        install_language(QApplication.instance(), "en")
    _report(user)


def _check_nothing_is_left(workers, closing: float, qtbot, threads_before) -> None:
    for client in workers:
        if client.is_running:
            raise Failure(f"worker {client.objectName()} still runs after closing")
    deadline = time.monotonic() + 5.0
    while True:
        extra = [t.name for t in threading.enumerate()
                 if t not in threads_before and t.is_alive()]
        children = multiprocessing.active_children()
        if not extra and not children:
            break
        if time.monotonic() > deadline:
            raise Failure(f"left behind: threads {extra}, processes "
                          f"{[c.name for c in children]} (closing took {closing:.2f} s)")
        qtbot.wait(20)


def _report(user) -> None:
    if user is None:
        return
    r = user.report
    print(f"\nrandom user seed {r.seed}: {len(r.actions)} actions in {r.seconds:.1f} s, "
          f"{len(r.coverage)} controls hit, {r.refusals} refusals worded, "
          f"longest event-loop gap {r.max_gap * 1000:.0f} ms (action #{r.max_gap_action})")
    if r.known:
        print("known problems (see KNOWN_PROBLEMS in random_user.py):", dict(r.known))
    if r.qt_warnings:
        print("Qt warnings:", dict(r.qt_warnings))
    path = os.environ.get("NN_RANDOM_USER_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps(r.to_json()) + "\n")


@pytest.mark.qt_no_exception_capture  # the user's own hook must see the slot's exception
@pytest.mark.parametrize("trouble", ["slot", "guard", "log", "lie", "qt", "hang"])
def test_the_random_user_notices_what_it_must(trouble, qtbot, monkeypatch):
    """Each check fails on its kind of trouble (else a green run would prove nothing)."""
    from PySide6.QtCore import QObject, QSignalBlocker, QTimer, Signal, qCritical

    import tests.playground.random_user as ru
    from playground.guard import problems

    class Emitter(QObject):
        fired = Signal()

    win = MainWindow(remembered=Remembered(fresh=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.latest_frame is not None, timeout=30000)
    monkeypatch.setattr(ru, "HANG_SECONDS", 0.5)
    user = RandomUser(win, qtbot, seed=0)
    emitter = Emitter()
    try:
        with user:
            user.check()  # a healthy window passes
            if trouble == "slot":
                emitter.fired.connect(lambda: 1 / 0)
                emitter.fired.emit()
            elif trouble == "guard":
                problems().count += 1  # as report() counts a caught exception
            elif trouble == "log":
                import logging

                logging.getLogger("nn_playground.worker").error("training process died")
            elif trouble == "lie":
                with QSignalBlocker(win.controls.playButton):
                    win.controls.playButton.setChecked(True)
            elif trouble == "qt":
                qCritical("something critical")
            elif trouble == "hang":
                QTimer.singleShot(0, lambda: time.sleep(0.8))
                qtbot.wait(50)
            with pytest.raises(Failure):
                user.check()
    finally:
        if trouble == "guard":
            problems().count -= 1
        win.controls.playButton.setChecked(False)
        win.close()


def test_an_edit_on_the_diagram_of_a_network_being_rebuilt_is_no_error(window, qtbot):
    """The random user's seeds 0 and 2, made certain: the diagram still shows the old
    network when the learner drags one of its weights just after changing the layers."""
    from playground.selection import Param
    from tests.playground.conftest import wait_for_frame

    failures = []
    window.controller.client.failed.connect(failures.append)
    assert window.latest_frame.layer_sizes == (2, 4, 2, 2)
    window.state.update(hidden=(4,), activations=("tanh",))  # the second layer goes ...
    window.controller.edit_param(Param(layer=2, j=0), 0.5)  # ... as its output bias b3 is set
    wait_for_frame(qtbot, window, lambda f: f.layer_sizes == (2, 4, 2))
    qtbot.wait(300)
    assert failures == [], "the worker failed on an edit meant for the old network"
