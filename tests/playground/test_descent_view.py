"""The descent dock: the loss along a weight, its tangent, the optimiser's next step, contours.

The tangent's slope must be backprop's ∂L/∂w (``Network.gradient`` on the whole
training set) and the arrow the step the optimiser really takes next; both are
checked against a replica of the worker's session run here, in the test.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QLineEdit

from engine.slices import loss_slice_1d
from playground.probes import loss_contours, loss_slice
from playground.probes.loss_contours import LossContours
from playground.selection import Param
from playground.views.descent.descent_words import DescentWords
from playground.worker.probe_runner import JobProgress
from playground.worker.session import TrainingSession
from tests.playground.conftest import Recorder, child, wait_for_frame
from tests.playground.frames import make_session
from tests.playground.test_edit_weights import edge_point

OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")


def show(window, name, qtbot):
    """Show dock ``name`` and wait until its view has its first frame."""
    dock = window.findChild(QDockWidget, f"{name}Dock")
    dock.show()
    dock.raise_()
    view = window.docks.content(name)
    qtbot.waitUntil(lambda: view.frame is not None and view.frame.build is not None)
    return view


def replica(window) -> TrainingSession:
    """The worker's session rebuilt here, with the newest frame's weights."""
    session = TrainingSession(window.state.settings)
    params = {}
    for k, (w, b) in enumerate(window.latest_frame.weights, start=1):
        params[f"W{k}"], params[f"b{k}"] = w, b
    session.network.set_params(params)
    return session


def run_job(job):
    """Drive a probe's job to its end, as the worker does in slices; (result, progress)."""
    progress = []
    try:
        while True:
            progress.append(next(job))
    except StopIteration as stop:
        return stop.value, progress


def next_update(session: TrainingSession, name: str, index) -> float:
    """The change of one entry when the session's own optimizer updates with the full-set
    gradient (this changes the session: use a replica)."""
    net, opt = session.network, session.trainer.optimizer
    before = float(net.params[name][index])
    net.loss(session.x_train, session.t_train)
    net.backward()
    opt.update(net.params, net.grads)
    return float(net.params[name][index]) - before


def wait_slice(qtbot, window, view, param: Param, lr: float):
    qtbot.waitUntil(lambda: view.slice is not None
                    and (view.slice.name, view.slice.index) == (param.name, param.index)
                    and view.slice.step.lr == lr
                    and view.slice.step_count == window.latest_frame.step, timeout=15000)
    return view.slice


def drawn_slope(view) -> float:
    xs, ys = view.plot.tangent.getData()
    return float((ys[1] - ys[0]) / (xs[1] - xs[0]))


def drawn_step(view) -> float:
    xs, _ = view.plot.arrow_line.getData()
    return float(xs[1] - xs[0])


def test_the_tangent_is_backprops_gradient_and_the_arrow_sgds_step(window, qtbot):
    view = show(window, "descent", qtbot)
    window.controller.step(5)
    wait_for_frame(qtbot, window, lambda f: f.step >= 5)
    net_view = window.network_view
    qtbot.waitUntil(lambda: net_view.frame is not None)
    qtbot.mouseClick(net_view, Qt.LeftButton, pos=edge_point(net_view, 0, 1, 2))
    param = Param(0, 2, 1)
    assert view.param == param, "a click on the diagram chooses the weight here too"
    lr = window.state.settings.learning_rate
    s = wait_slice(qtbot, window, view, param, lr)

    session = replica(window)
    x, t = session.x_train, session.t_train
    grad = session.network.gradient(x, t)["W1"][1, 2]
    assert s.slope == pytest.approx(grad, rel=1e-12, abs=1e-15)
    assert drawn_slope(view) == pytest.approx(grad, rel=1e-8, abs=1e-13)
    assert s.w0 == window.latest_frame.weights[0][0][1, 2]
    assert s.loss0 == pytest.approx(session.network.loss(x, t), rel=1e-12)
    # The drawn curve is the loss along the weight, others fixed: check three points.
    for k in (0, 37, len(s.values) - 1):
        expected = loss_slice_1d(session.network, x, t, "W1", (1, 2), [s.values[k]])[0]
        assert view.plot.curve.getData()[1][k] == pytest.approx(expected, rel=1e-12)
    assert drawn_step(view) == pytest.approx(-lr * grad, rel=1e-9)
    assert "cross-entropy error on all 250 training points, no weight penalty" in \
        view.caption.text()

    # Another η typed in the view: the arrow follows (training keeps its own η).
    field = child(view, QLineEdit, "descentRateEdit")
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "5")
    QTest.keyClick(field, Qt.Key_Return)
    wait_slice(qtbot, window, view, param, 5.0)
    assert drawn_step(view) == pytest.approx(-5.0 * grad, rel=1e-9)
    assert "Δw = −η·∂L/∂w" in view.numbers.text()
    assert window.state.settings.learning_rate == lr


def test_momentums_arrow_is_the_step_its_state_really_gives(window, qtbot):
    view = show(window, "descent", qtbot)
    window.state.update(optimizer="momentum", learning_rate=0.1)
    window.controller.step(7)
    frame = wait_for_frame(qtbot, window, lambda f: f.step >= 7)
    param = Param(1, 1, 3)  # W2[3, 1]
    view.weight.set_param(param)
    view.weight.changed.emit(param)
    s = wait_slice(qtbot, window, view, param, 0.1)

    # The same run here: same settings, same seeds, the same seven steps.
    session = TrainingSession(window.state.settings)
    session.step(7)
    for (w, b), (fw, fb) in zip(session.network.weights(), frame.weights, strict=True):
        np.testing.assert_allclose(w, fw, rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(b, fb, rtol=1e-12, atol=1e-15)
    # Its optimizer (this copy of the worker's, velocity and all) takes the next step
    # with the gradient on the whole training set.
    expected = next_update(session, "W2", (3, 1))
    assert s.step.state[0][0] == "v" and s.step.state[0][1] != 0, "it has a velocity"
    assert drawn_step(view) == pytest.approx(expected, rel=1e-9, abs=1e-15)
    assert "Momentum: v ← α·v − η·∂L/∂w" in view.numbers.text()


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_the_probes_step_is_the_optimizers_next_update(optimizer):
    session = make_session(optimizer=optimizer, learning_rate=0.05)
    session.step(12)
    result, _ = run_job(loss_slice.compute(session, {"name": "W1", "index": [0, 3], "lr": 0.05}))
    assert result.step.delta == pytest.approx(next_update(session, "W1", (0, 3)),
                                              rel=1e-12, abs=1e-17)
    assert result.step.optimizer == optimizer
    assert result.step.iterations == 12


def test_the_verdict_says_undershoot_overshoot_or_diverge_as_the_numbers_are(qtbot):
    session = make_session(dataset="xor", hidden=(3,))
    session.step(40)
    words = DescentWords()
    seen = set()
    for lr in (1e-3, 0.3, 3.0, 30.0, 300.0):
        s, _ = run_job(loss_slice.compute(session, {"name": "W1", "index": [0, 0], "lr": lr}))
        text = words.verdict(s)
        if not np.isfinite(s.loss_after):
            kind = "diverges"
        elif s.loss_after > s.loss0:
            kind = "Overshoot:"
        elif s.slope_after * s.slope < 0:
            kind = "Overshoot, but downhill"
        else:
            kind = "Undershoot"
        assert kind in text, (lr, text)
        seen.add(kind)
    assert "Undershoot" in seen and "Overshoot:" in seen


def test_a_selected_neuron_means_its_bias(window, qtbot):
    view = show(window, "descent", qtbot)
    window.controller.selection.set_selected((2, 1))
    assert view.param == Param(1, 1)
    wait_slice(qtbot, window, view, Param(1, 1), window.state.settings.learning_rate)
    assert view.plot.widget.getPlotItem().getAxis("bottom").labelText == "b2[1]"


def test_two_weights_give_contours_and_train_only_gives_a_path_down_them(window, qtbot):
    view = show(window, "descent", qtbot)
    window.controller.step(3)
    wait_for_frame(qtbot, window, lambda f: f.step >= 3)
    frames = Recorder(window.controller.frameReady)
    view.weight.set_param(Param(0, 0, 1))  # W1[1, 0]
    view.weight.changed.emit(Param(0, 0, 1))
    second = view.second
    second.tensor.setCurrentIndex(second.tensor.findText("b1"))
    second.tensor.activated.emit(second.tensor.currentIndex())
    second.column.setValue(2)
    assert view.second_param == Param(0, 2)
    qtbot.waitUntil(lambda: view.contours.result is not None
                    and view.contours.result.b == ("b1", (2,)), timeout=20000)
    c = view.contours.result
    assert c.losses.shape == (loss_contours.GRID, loss_contours.GRID) and c.path is None
    assert any(isinstance(f.probes.get("descent.contours"), JobProgress) for f in frames.calls)
    assert "descent.contours" not in window.docks.docks["descent"]._probe_keys(), \
        "done: the job's request is dropped"
    assert "the real path leaves these contours" in view.contours.note.text()
    assert c.a0 == window.latest_frame.weights[0][0][1, 0]

    child(view, QLineEdit, "descentRateEdit")  # (η stays the app's 0.03)
    view.contours.train_only.setChecked(True)
    qtbot.waitUntil(lambda: view.contours.result is not None
                    and view.contours.result.path is not None, timeout=20000)
    c = view.contours.result
    assert isinstance(c, LossContours) and len(c.path) == 101 and not c.diverged
    np.testing.assert_array_equal(c.path[0], [c.a0, c.b0])
    xs, ys = view.contours.plot.path.getData()
    np.testing.assert_array_equal(xs, c.path[:, 0])
    # Only these two move, on the whole set: every step goes down the drawn surface.
    session = replica(window)
    net, x, t = session.network, session.x_train, session.t_train
    losses = []
    for a, b in c.path:
        net.params["W1"][1, 0], net.params["b1"][2] = a, b
        losses.append(net.loss(x, t))
    assert np.all(np.diff(losses) <= 1e-15), "the path descends the contours it is drawn on"
    assert losses[-1] < losses[0]
    assert "Nothing else moves" in view.contours.note.text()


def test_the_contour_job_reports_progress_row_by_row():
    session = make_session()
    job = loss_contours.compute(session, {"a": ["W1", [0, 0]], "b": ["W1", [1, 0]],
                                          "train_only": True, "steps": 40, "lr": 0.1})
    result, progress = run_job(job)
    total = 40 + loss_contours.GRID
    assert progress[-1] == (total, total), "40 updates of the path, then 50 rows"
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    assert len(progress) >= 1 + loss_contours.GRID
    assert result.path.shape == (41, 2)


def test_a_new_network_keeps_a_weight_that_still_exists(window, qtbot):
    view = show(window, "descent", qtbot)
    for param, hidden, expected in ((Param(0, 2, 1), (3,), Param(0, 2, 1)),  # W1[1, 2] stays
                                    (Param(1, 1, 2), (2,), Param(0, 0, 0))):  # W2[2, 1] is gone
        view.weight.set_param(param)
        view.weight.changed.emit(param)
        window.state.update(hidden=hidden, activations=("tanh",))
        sizes = (2, *hidden, 2)
        wait_for_frame(qtbot, window, lambda f, s=sizes: f.layer_sizes == s)
        qtbot.waitUntil(lambda s=sizes: view.frame.layer_sizes == s)
        assert view.param == expected
        wait_slice(qtbot, window, view, expected, window.state.settings.learning_rate)
    assert [view.weight.tensor.itemText(k) for k in range(view.weight.tensor.count())] == \
        ["W1", "b1", "W2", "b2"]
