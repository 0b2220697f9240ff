"""The gradient-check dock: numerical gradient against backprop, run as a job in the worker.

A float64 tanh network passes every tensor far below 1e−6; a backward pass that
is deliberately wrong (a test double, run in-process, since the worker is
another process) fails visibly, in red; Cancel drops the request and so ends
the job; and the job reports exactly what the engine's ``check_gradients`` does.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QPushButton

from engine.gradcheck import check_gradients
from engine.network import Network
from playground.probes import gradient_check
from playground.worker.probe_runner import JobProgress
from playground.worker.session import TrainingSession
from tests.playground.conftest import Recorder, child, wait_for_frame
from tests.playground.frames import make_session

KEY = "gradcheck.check"


def show(window, name):
    dock = window.findChild(QDockWidget, f"{name}Dock")
    dock.show()
    dock.raise_()
    return window.docks.content(name)


def run_job(job):
    steps = []
    try:
        while True:
            steps.append(next(job))
    except StopIteration as stop:
        return stop.value, steps


def colour(item) -> tuple[int, int, int]:
    c = item.background().color()
    return c.red(), c.green(), c.blue()


def test_a_tanh_network_passes_every_tensor_with_progress_shown(window, qtbot):
    # Wide enough that the check outlasts a frame: its progress is shown on the way
    # (a job that ends within one frame goes straight to its result).
    window.state.update(hidden=(24, 24), activations=("tanh", "tanh"))
    wait_for_frame(qtbot, window, lambda f: f.layer_sizes == (2, 24, 24, 2))
    view = show(window, "gradcheck")
    window.controller.step(3)
    wait_for_frame(qtbot, window, lambda f: f.step >= 3)
    frames = Recorder(window.controller.frameReady)
    qtbot.mouseClick(child(view, QPushButton, "gradcheckRunButton"), Qt.LeftButton)
    assert view.running and view.cancel_button.isEnabled() and not view.run_button.isEnabled()
    qtbot.waitUntil(lambda: view.result is not None, timeout=20000)
    r = view.result
    assert [c.name for c in r.report.tensors] == ["W1", "b1", "W2", "b2", "W3", "b3"]
    for check in r.report.tensors:
        assert check.relative_error < 1e-6, check
    assert any(isinstance(f.probes.get(KEY), JobProgress) for f in frames.calls)
    assert KEY not in window.docks.docks["gradcheck"]._probe_keys(), "done: request dropped"
    assert view.run_button.isEnabled() and not view.progress.isVisible()
    table = view.table
    assert table.rowCount() == 6
    for row in range(6):
        assert table.item(row, 7).text() == "pass"
        red, green, _blue = colour(table.item(row, 7))
        assert green > red
    text = view.note.toPlainText()
    assert "All 6 tensors pass" in text and "two loss evaluations per weight" in text
    # What it ran on is said in words, and it is what the engine's own check gives.
    session = TrainingSession(window.state.settings)
    session.step(3)
    if r.source == "last_batch":
        assert "minibatch of the last training step" in text
        x, t = session.trainer.last_batch
    else:
        assert "first 10 training points" in text and "not available" in text
        x, t = session.x_train[:10], session.t_train[:10]
    assert r.n_samples == len(x) == 10
    expected = check_gradients(session.network, x, t, np.random.default_rng(view.run_count))
    for got, want in zip(r.report.tensors, expected.tensors, strict=True):
        assert got.relative_error == pytest.approx(want.relative_error, rel=1e-6, abs=1e-13)


def test_cancel_drops_the_request_and_ends_the_job(window, qtbot):
    view = show(window, "gradcheck")
    window.state.update(hidden=(64,) * 6, activations=("tanh",) * 6, batch_size=500)
    wait_for_frame(qtbot, window, lambda f: f.layer_sizes == (2, *(64,) * 6, 2))
    frames = Recorder(window.controller.frameReady)
    view.run_button.click()
    qtbot.waitUntil(lambda: any(isinstance(f.probes.get(KEY), JobProgress)
                                and f.probes[KEY].done > 0 for f in frames.calls),
                    timeout=20000)
    view.cancel_button.click()
    assert not view.running and KEY not in window.docks.docks["gradcheck"]._probe_keys()
    assert "Cancelled." in view.note.toPlainText()
    frames.calls.clear()
    window.controller.step(1)
    wait_for_frame(qtbot, window, lambda f: f.step >= 1)
    qtbot.wait(300)
    assert view.result is None
    assert not any(KEY in f.probes for f in frames.calls[1:]), "no job runs any more"
    assert view.run_button.isEnabled()


def test_the_job_is_the_engines_check_with_samples_of_big_tensors():
    session = make_session(hidden=(64, 64), batch_size=30)
    session.step(2)
    result, steps = run_job(gradient_check.compute(session, {"seed": 7}))
    x, t, source = gradient_check.batch_of(session)
    if hasattr(session.trainer, "last_batch"):
        assert source == "last_batch"
        np.testing.assert_array_equal(x, session.trainer.last_batch[0])
    expected = check_gradients(session.network, x, t, np.random.default_rng(7))
    assert result.report == expected
    w2 = result.report.tensors[2]
    assert w2.name == "W2" and w2.checked == 200 and result.sizes[2] == 64 * 64
    total = 2 * 64 + 64 + 200 + 64 + 64 * 2 + 2
    assert steps[0] == (0, total) and steps[-1] == (total, total)
    assert result.source == source and result.n_samples == 30


def test_before_any_step_the_first_batch_size_points_are_used():
    session = make_session(batch_size=12)
    x, t, source = gradient_check.batch_of(session)
    assert source == "first_points"
    np.testing.assert_array_equal(x, session.x_train[:12])
    np.testing.assert_array_equal(t, session.t_train[:12])


class BrokenBackward(Network):
    """A test double: backprop's ∂L/∂W2 is 1 % too large."""

    def backward(self) -> None:
        super().backward()
        self.grads["W2"][...] *= 1.01


def test_a_broken_backward_fails_visibly_in_red(window, qtbot):
    session = make_session()
    session.step(3)
    broken = BrokenBackward(session.network.spec)
    broken.set_params(session.network.get_params())
    session.network = broken
    result, _ = run_job(gradient_check.compute(session, {"seed": 1}))
    assert [c.passed for c in result.report.tensors] == [True, True, False, True, True, True]

    view = show(window, "gradcheck")
    qtbot.waitUntil(lambda: window.latest_frame is not None)
    view.running = True  # as if the worker had been asked
    view.set_frame(replace(window.latest_frame, probes={KEY: result}))
    assert view.result is result and not view.running
    item = view.table.item(2, 7)
    assert view.table.item(2, 0).text() == "W2" and item.text() == "fail"
    red, green, blue = colour(item)
    assert red > green and red > blue, "fail is red"
    assert item.foreground().color().red() > item.foreground().color().green()
    assert view.table.item(0, 7).text() == "pass"
    assert "1 of 6 tensors fail" in view.note.toPlainText()
    assert "a61b1b" in view.note.toHtml().lower(), "the verdict is written in red"
