"""The controller without a window: several workers, lost workers, worded messages."""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from playground.controller import Controller
from playground.settings import Settings
from tests.playground.conftest import child, wait_for_frame


def test_the_controller_can_run_a_second_worker_beside_the_main_one(qtbot):
    controller = Controller(Settings(dataset="xor"))
    try:
        race = controller.start_worker("race", Settings(dataset="circle", hidden=(3,),
                                                          activations=("relu",)))
        seen = []
        controller.sideFrameReady.connect(lambda name, frame: seen.append((name, frame)))
        race.step(5)
        qtbot.waitUntil(lambda: any(f.step >= 5 for _, f in seen), timeout=15000)
        name, frame = seen[-1]
        assert name == "race" and frame.layer_sizes == (2, 3, 2)
        qtbot.waitUntil(lambda: controller.latest_frame is not None, timeout=15000)
        assert controller.latest_frame.layer_sizes == (2, 4, 2, 2), "the main worker is apart"
        controller.stop_worker("race")
        assert "race" not in controller.workers
    finally:
        controller.shutdown()


def test_a_killed_worker_is_said_in_words_and_play_starts_a_new_one(window, qtbot):
    from playground.selection import Param

    pid = window.controller.client.pid
    old = window.latest_frame
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    text = child(window, QWidget, "messageLabel").text()
    assert "ended unexpectedly" in text and "Traceback" not in text
    assert not window.controls.playButton.isChecked()
    window.controller.set_playing(True)
    assert window.controller.client.pid != pid
    frame = wait_for_frame(qtbot, window, lambda f: f.step > 20)
    assert frame.layer_sizes == (2, 4, 2, 2)
    assert frame.build_id > old.build_id, "the new worker's builds go on from the old one's"
    assert not window.banner.isVisible() or "ended" not in window.banner.text()
    window.controller.set_playing(False)
    # An edit made on the dead worker's last frame never reaches the new network.
    window.controller.latest_frame = old
    window.controller.edit_param(Param(0, 0, 0), 7.0)
    window.controller.step(1)
    after = wait_for_frame(qtbot, window, lambda f: f.step > frame.step)
    assert after.weights[0][0][0, 0] != 7.0


def test_hovering_a_neuron_with_test_points_shown_raises_nothing(window, qtbot):
    """The crash of issue 7: the legend's test outline was unset for a hovered neuron."""
    from playground.guard import problems

    before = problems().count
    window.state.update(show_test=True)
    view = window.network_view
    qtbot.waitUntil(lambda: view.frame is not None)
    qtbot.wait(50)
    QTest.mouseMove(view, view.node_center(1, 1).toPoint())
    qtbot.waitUntil(lambda: window.boundary_view.showing_neuron, timeout=3000)
    window.controller.step(3)
    wait_for_frame(qtbot, window, lambda f: f.step >= 3)
    window.resize(1100, 760)
    qtbot.wait(100)
    texts = window.boundary_view.legend_texts()
    assert any("test" in t for t in texts)
    assert problems().count == before
    QTest.mouseMove(view, QPoint(1, 1))
