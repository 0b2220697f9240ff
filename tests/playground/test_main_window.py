"""The whole window, driven like a user would: clicks, waits, looks."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSpinBox, QWidget

from playground.main_window import MainWindow
from playground.settings import Settings
from tests.playground.conftest import child, choose, wait_for_frame

MAX = 6  # the speed level "max"

ROOT = Path(__file__).resolve().parents[2]


def class_fractions(rgb: np.ndarray) -> tuple[float, float]:
    """Share of heatmap pixels leaning orange (class 0) and blue (class 1)."""
    r = rgb[..., 0].astype(int)
    b = rgb[..., 2].astype(int)
    n = r.size
    return float(np.sum(r > b + 40) / n), float(np.sum(b > r + 40) / n)


def test_xor_with_two_hidden_layers_learns_and_the_boundary_shows_both_classes(window, qtbot):
    window.state.update(speed=MAX)
    qtbot.mouseClick(child(window, QAbstractButton, "dataset_xorButton"), Qt.LeftButton)
    remove = child(window, QAbstractButton, "removeLayerButton")
    add = child(window, QAbstractButton, "addLayerButton")
    while window.state.settings.hidden:
        qtbot.mouseClick(remove, Qt.LeftButton)
    qtbot.mouseClick(add, Qt.LeftButton)
    qtbot.mouseClick(add, Qt.LeftButton)
    child(window, QSpinBox, "layer0NeuronsSpin").setValue(6)
    child(window, QSpinBox, "layer1NeuronsSpin").setValue(4)
    assert window.state.settings.hidden == (6, 4)
    wait_for_frame(qtbot, window, lambda s: s.layer_sizes == (2, 6, 4, 2))
    epoch_label = child(window, QWidget, "epochLabel")
    start_text = epoch_label.text()

    qtbot.mouseClick(child(window, QAbstractButton, "playButton"), Qt.LeftButton)
    snap = wait_for_frame(qtbot, window, lambda s: s.test_loss < 0.15)
    qtbot.mouseClick(child(window, QAbstractButton, "playButton"), Qt.LeftButton)
    assert not window.controls.playButton.isChecked()

    assert snap.test_acc > 0.9
    assert epoch_label.text() != start_text
    # Once paused, the loss chart shows the whole history up to the last epoch.
    final = wait_for_frame(qtbot, window, lambda s: not s.playing)
    # (The chart is redrawn in the event-loop turn after the frame arrives.)
    qtbot.waitUntil(lambda: window.loss_view.train_curve.getData()[0][-1] == final.epoch)
    assert final.history.epoch[-1] == final.epoch
    orange, blue = class_fractions(window.boundary_view.heatmap)
    assert orange > 0.2 and blue > 0.2, (orange, blue)
    # XOR: opposite quadrants share a class.
    grid = snap.output_grid[..., 1]
    g = grid.shape[0]
    q = g // 4
    assert grid[q, q] > 0.5 and grid[-q, -q] > 0.5  # bottom-left and top-right
    assert grid[q, -q] < 0.5 and grid[-q, q] < 0.5


def test_editing_layers_while_training_keeps_diagram_and_network_in_step(window, qtbot):
    errors = []
    window.controller.client.failed.connect(errors.append)
    qtbot.mouseClick(child(window, QAbstractButton, "playButton"), Qt.LeftButton)
    wait_for_frame(qtbot, window, lambda s: s.step > 50)
    add = child(window, QAbstractButton, "addLayerButton")
    remove = child(window, QAbstractButton, "removeLayerButton")
    for action in (add, add, remove, add):
        qtbot.mouseClick(action, Qt.LeftButton)
        qtbot.wait(30)
    combo = child(window, QComboBox, "layer1ActivationCombo")
    combo.setCurrentIndex(combo.findData("relu"))
    qtbot.wait(30)
    s = window.state.settings
    expected = (2, *s.hidden, 2)
    # The worker applies the edits in order; its frames catch up with the settings.
    snap = wait_for_frame(
        qtbot, window,
        lambda sn: sn.layer_sizes == expected and sn.activations == s.activations and sn.step > 0,
    )
    assert snap.activations[1] == "relu"
    qtbot.wait(100)  # let the diagram paint the frame
    assert window.network_view.frame.layer_sizes == expected
    assert window.network_view.diagram_layout().n_columns == len(expected)
    assert window.view("network").editor.layer_count() == len(s.hidden)
    assert errors == []


def test_changing_the_learning_rate_mid_run_does_not_reset(window, qtbot):
    window.state.update(speed=MAX)
    qtbot.mouseClick(child(window, QAbstractButton, "playButton"), Qt.LeftButton)
    before = wait_for_frame(qtbot, window, lambda s: s.epoch >= 20)
    combo = child(window, QComboBox, "learningRateCombo")
    choose(combo, "0.1")
    assert window.state.settings.learning_rate == 0.1
    after = wait_for_frame(qtbot, window, lambda s: s.epoch > before.epoch + 20)
    assert after.build_id == before.build_id, "a learning-rate change must not rebuild"
    assert after.step > before.step


def test_learning_rate_10_on_a_sigmoid_net_is_stopped_with_a_message(qtbot):
    settings = Settings(dataset="reg_plane", hidden=(8, 8), activations=("sigmoid", "sigmoid"),
                        speed=MAX)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    try:
        combo = child(win, QComboBox, "learningRateCombo")
        choose(combo, "10")
        assert win.state.settings.learning_rate == 10.0
        qtbot.mouseClick(child(win, QAbstractButton, "playButton"), Qt.LeftButton)
        qtbot.waitUntil(lambda: win.banner.isVisible(), timeout=30000)
        text = child(win, QWidget, "messageLabel").text()
        assert "learning rate" in text.lower()
        assert not win.controls.playButton.isChecked(), "training must pause"
        assert win.latest_frame.diverged

        diverged = win.latest_frame

        # The numbers on screen are the restored weights' numbers, all finite.
        assert np.isfinite(diverged.train_loss) and np.isfinite(diverged.test_loss)
        assert np.isfinite(diverged.output_grid).all(), "the map is drawn, not grey"
        assert diverged.divergence.restored_step == diverged.step
        assert f"step {diverged.step + 1}" in text, "the message names the failed step"
        top = win.loss_view.loss_plot.getPlotItem().getViewBox().viewRange()[1][1]
        assert top < 100, "the loss axis keeps a readable range"

        # Play again: refused, with the message, not a silent no-op.
        win.controller.clear_message()
        qtbot.mouseClick(child(win, QAbstractButton, "playButton"), Qt.LeftButton)
        assert not win.controls.playButton.isChecked()
        assert win.banner.isVisible()
        choose(combo, "0.03")

        # Reset: new random weights, paused, from step 0.
        seed = win.state.settings.init_seed
        qtbot.mouseClick(child(win, QAbstractButton, "resetButton"), Qt.LeftButton)
        assert win.state.settings.init_seed == seed + 1
        assert not win.controls.playButton.isChecked()
        fresh = wait_for_frame(qtbot, win, lambda s: s.build_id > diverged.build_id)
        assert fresh.step == 0 and not fresh.diverged
        assert not win.banner.isVisible()
        qtbot.mouseClick(child(win, QAbstractButton, "playButton"), Qt.LeftButton)
        snap = wait_for_frame(qtbot, win, lambda s: s.step > 200)
        assert not snap.diverged and np.isfinite(snap.train_loss)
    finally:
        win.close()


def test_closing_while_training_exits_quickly_and_leaves_nothing_running(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.latest_frame is not None, timeout=20000)
    qtbot.mouseClick(child(win, QAbstractButton, "playButton"), Qt.LeftButton)
    wait_for_frame(qtbot, win, lambda s: s.step > 100)
    t0 = time.monotonic()
    win.close()
    assert time.monotonic() - t0 < 1.0
    assert not win.controller.client.is_running


def test_screenshot_command_writes_a_png(tmp_path):
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "playground", "--screenshot", str(out), "--preset", "xor",
         "--train-steps", "300", "--size", "1024x700"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert out.stat().st_size > 20_000
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)


def test_screenshot_command_refuses_an_unknown_preset(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "playground", "--screenshot", str(tmp_path / "x.png"),
         "--preset", "nope"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "no preset named 'nope'" in result.stderr


def test_projector_mode_enlarges_text_and_keeps_the_session(window, qtbot):
    window.state.update(hidden=(5,), activations=("relu",))
    qtbot.mouseClick(child(window, QAbstractButton, "playButton"), Qt.LeftButton)
    before = wait_for_frame(qtbot, window, lambda s: s.layer_sizes == (2, 5, 2) and s.step > 50)
    small = child(window, QWidget, "epochLabel").font().pointSizeF()
    small_combo = child(window, QComboBox, "learningRateCombo").font().pointSizeF()

    pid = window.controller.client.pid
    boundary = window.boundary_view
    window.resize(1920, 1080)  # a 1080p projector gets the full enlargement
    window.menus.actions["projector"].trigger()
    assert window.projector_mode
    assert child(window, QWidget, "epochLabel").font().pointSizeF() > 1.3 * small
    assert child(window, QComboBox, "learningRateCombo").font().pointSizeF() > 1.3 * small_combo
    assert window.view("network").editor.layer_count() == 1
    assert window.boundary_view is boundary, "nothing is rebuilt"
    assert window.controller.client.pid == pid, "the same worker trains on"
    assert window.controls.playButton.isChecked(), "training keeps going"
    after = wait_for_frame(qtbot, window, lambda s: s.step > before.step + 100)
    assert after.build_id == before.build_id

    window.menus.actions["projector"].trigger()
    assert not window.projector_mode
    assert child(window, QWidget, "epochLabel").font().pointSizeF() == small


def test_step_buttons_advance_one_batch_and_one_epoch(window, qtbot):
    assert window.latest_frame.step == 0
    qtbot.mouseClick(child(window, QAbstractButton, "stepButton"), Qt.LeftButton)
    snap = wait_for_frame(qtbot, window, lambda s: s.step >= 1)
    assert (snap.step, snap.epoch) == (1, 0)
    qtbot.mouseClick(child(window, QAbstractButton, "stepEpochButton"), Qt.LeftButton)
    snap = wait_for_frame(qtbot, window, lambda s: s.epoch >= 1)
    assert snap.epoch == 1
    assert child(window, QWidget, "epochLabel").text().endswith("001")


def test_hovering_a_neuron_shows_its_map_in_the_big_view(window, qtbot):
    view = window.network_view
    qtbot.waitUntil(lambda: view.frame is not None)
    qtbot.wait(50)  # laid out and painted
    centre = view.node_center(1, 2).toPoint()  # hidden layer 1, neuron 3
    QTest.mouseMove(view, centre)
    qtbot.waitUntil(lambda: window.boundary_view.showing_neuron, timeout=3000)
    assert window.boundary_view.title_text == view.neuron_title(1, 2)
    QTest.mouseMove(view, QPoint(2, 2))
    qtbot.waitUntil(lambda: not window.boundary_view.showing_neuron, timeout=3000)


def test_slowest_speed_limits_training(window, qtbot):
    slider = child(window, QWidget, "speedSlider")
    slider.setValue(0)  # 2 steps per second
    assert window.state.settings.steps_per_second == 2
    qtbot.mouseClick(child(window, QAbstractButton, "playButton"), Qt.LeftButton)
    wait_for_frame(qtbot, window, lambda s: s.step >= 1, timeout=5000)
    qtbot.wait(1000)
    assert 2 <= window.latest_frame.step <= 6


def test_the_default_speed_trains_one_epoch_per_frame(window, qtbot):
    assert window.state.settings.epoch_per_frame
    assert "epoch" in child(window, QWidget, "speedLabel").text()
    qtbot.mouseClick(child(window, QAbstractButton, "playButton"), Qt.LeftButton)
    seen = []
    window.controller.frameReady.connect(lambda f: seen.append((f.epoch, f.step)))
    qtbot.waitUntil(lambda: len(seen) >= 12, timeout=10000)
    qtbot.mouseClick(child(window, QAbstractButton, "playButton"), Qt.LeftButton)
    steps = [s for e, s in seen]
    epochs = [e for e, s in seen]
    assert all(s % 25 == 0 for s in steps[1:-1]), steps  # 250 points / batch 10 per epoch
    assert max(b - a for a, b in zip(epochs, epochs[1:], strict=False)) <= 1, "no frame skips an epoch"


REQUIRED_NAMES = (
    "datasetPicker", "noiseSlider", "trainRatioSlider", "batchSizeSpin", "addLayerButton",
    "removeLayerButton", "learningRateCombo", "optimizerCombo", "playButton", "stepButton",
    "resetButton", "epochLabel", "trainLossLabel", "testLossLabel", "boundaryView", "lossView",
    "networkView", "layer0NeuronsSpin", "layer0ActivationCombo", "layer1NeuronsSpin",
    "layer1ActivationCombo",
)


def test_the_stable_object_names_exist_with_accessible_names(window):
    for name in REQUIRED_NAMES:
        widget = child(window, QWidget, name)
        if not name.endswith("Label"):
            assert widget.accessibleName(), f"{name} has no accessible name"


def test_presets_keep_the_display_options_and_rechoosing_restarts(window, qtbot):
    window.state.update(show_test=True, speed=2)
    assert not window.state.settings.epoch_per_frame
    assert window.apply_preset("xor")
    s = window.state.settings
    assert s.dataset == "xor" and s.hidden == (4, 4)
    assert s.show_test and s.speed == 2
    built = wait_for_frame(qtbot, window, lambda sn: sn.layer_sizes == (2, 4, 4, 2))
    assert window.apply_preset("xor")
    again = wait_for_frame(qtbot, window, lambda sn: sn.build_id > built.build_id)
    assert again.step == 0


def test_a_batch_larger_than_the_data_is_explained(window, qtbot):
    qtbot.mouseClick(child(window, QAbstractButton, "dataset_gate_andButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10000)
    text = child(window, QWidget, "messageLabel").text()
    assert "Batch size 10" in text and "4 training points" in text


def test_a_late_diverged_frame_does_not_outlive_the_reset(window, qtbot):
    import dataclasses

    from engine.history import Divergence

    healthy = window.latest_frame
    div = Divergence(cause="nan", epoch=3, step=70, learning_rate=10.0, restored_step=69)
    window.controller._on_frame(dataclasses.replace(healthy, divergence=div))
    assert window.banner.isVisible()
    window.controller._on_frame(dataclasses.replace(healthy, build_id=healthy.build_id + 1))
    assert not window.banner.isVisible()
    qtbot.mouseClick(child(window, QAbstractButton, "playButton"), Qt.LeftButton)
    assert window.controls.playButton.isChecked(), "a healthy network may play"


def test_a_worker_problem_stops_the_play_button_with_words_not_a_traceback(window, qtbot):
    qtbot.mouseClick(child(window, QAbstractButton, "playButton"), Qt.LeftButton)
    window.controller.client.failed.emit("training")
    assert not window.controls.playButton.isChecked()
    text = child(window, QWidget, "messageLabel").text()
    assert "went wrong while training" in text
    assert "Error" not in text and ".py" not in text


def test_settings_the_worker_refused_are_rolled_back_in_the_panels(window, qtbot):
    from playground.settings import SettingError

    kept = window.state.settings
    window.state.update(hidden=(7,), activations=("relu",))
    window.controller.client.refused.emit(kept, SettingError("the engine could not build it"))
    assert window.state.settings == kept
    assert child(window, QSpinBox, "layer0NeuronsSpin").value() == kept.hidden[0]
    assert "could not be applied" in child(window, QWidget, "messageLabel").text()


def test_projector_mode_on_a_1280x800_projector_keeps_a_usable_boundary(window, qtbot):
    small = child(window, QWidget, "epochLabel").font().pointSizeF()
    window.resize(1280, 800)
    window.set_projector_mode(True)
    qtbot.wait(100)
    assert child(window, QWidget, "epochLabel").font().pointSizeF() > 1.15 * small
    assert min(window.boundary_view.width(), window.boundary_view.height()) >= 250
    window.set_projector_mode(False)


def test_five_single_steps_draw_five_points_on_the_per_step_loss_chart(window, qtbot):
    box = child(window, QWidget, "lossPerStepCheck")
    qtbot.mouseClick(box, Qt.LeftButton)
    assert window.state.settings.loss_per_step
    for n in range(1, 6):
        qtbot.mouseClick(child(window, QAbstractButton, "stepButton"), Qt.LeftButton)
        wait_for_frame(qtbot, window, lambda f, n=n: f.step >= n)
    qtbot.waitUntil(lambda: len(window.loss_view.train_curve.getData()[0]) == 5)
    xs, ys = window.loss_view.train_curve.getData()
    assert list(xs) == [1, 2, 3, 4, 5]
    assert np.allclose(ys, window.latest_frame.history.step_loss)


def test_the_loss_chart_starts_with_the_untrained_loss_at_epoch_0(window, qtbot):
    qtbot.mouseClick(child(window, QAbstractButton, "stepEpochButton"), Qt.LeftButton)
    frame = wait_for_frame(qtbot, window, lambda f: f.epoch >= 1)
    qtbot.waitUntil(lambda: len(window.loss_view.train_curve.getData()[0]) >= 2)
    xs, ys = window.loss_view.train_curve.getData()
    assert xs[0] == 0 and xs[-1] == frame.epoch
    assert abs(ys[0] - frame.history.train_loss[0]) < 1e-12


def test_a_learning_rate_that_makes_the_loss_climb_gets_a_gentle_hint(qtbot):
    settings = Settings(dataset="circle", learning_rate=10.0, speed=MAX)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.mouseClick(child(win, QAbstractButton, "playButton"), Qt.LeftButton)
        qtbot.waitUntil(lambda: win.banner.isVisible() and win.banner.kind == "hint",
                        timeout=30000)
        assert "learning rate" in win.banner.text()
        assert not win.controller.divergence, "a hint, not a divergence: the loss is finite"
    finally:
        win.close()


def test_every_divergence_cause_has_its_own_sentence():
    from engine.history import Divergence
    from playground.messages import divergence_message

    texts = {cause: divergence_message(Divergence(cause, 2, 31, 10.0, 30))
             for cause in ("nan", "inf", "huge", "weights")}
    assert len(set(texts.values())) == 4
    assert "million" in texts["huge"] and "NaN" in texts["nan"]
    first = divergence_message(Divergence("huge", 1, 1, 10.0, 0))
    assert "after step 0" not in first and "very first step" in first
