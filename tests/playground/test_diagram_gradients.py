"""Gradients on the diagram (issue 10): ∂L/∂w per edge and ∂L/∂a per neuron, the δ split,
the update the optimizer applied, saturated and dead neurons, the backward animation.

Every number is checked against a second computation: the fast engine's
``Network.gradient`` in this process (for the picked point on the frame's
weights; for the minibatch on a twin session that took the same steps)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox

from engine.network import Network
from playground.selection import Param
from playground.views.diagram.gradient_arithmetic import split_terms, update_terms
from playground.views.numbers import fmt
from playground.worker.session import TrainingSession
from tests.playground.conftest import child, wait_for_frame
from tests.playground.engine_twin import data_pick, twin

KEY = "network.gradients"


@pytest.fixture
def window(window):
    yield window
    window.reset_arrangement()


def gradients_on(window, qtbot, source: str = "batch", step: int | None = None):
    """Switch the diagram to gradients of ``source`` (by its controls); wait for a result."""
    panel = window.view("network")
    qtbot.mouseClick(child(window, QCheckBox, "diagramGradientsCheck"), Qt.LeftButton)
    combo = child(window, QComboBox, "gradientSourceCombo")
    combo.setCurrentIndex(1 if source == "point" else 0)
    step = window.latest_frame.step if step is None else step
    qtbot.waitUntil(lambda: panel.gradients.current() is not None
                    and panel.gradients.current().step == step, timeout=15000)
    return panel


def painted(panel) -> dict:
    panel.view.grab()  # a real paint
    return panel.gradients.painted


def on_edge(view, pair: int, i: int, j: int, t: float = 0.3) -> QPointF:
    """A point on the edge (not its middle, where edges of a pair cross)."""
    lay = view.diagram_layout()
    x1, y1, x2, y2 = lay.edge_lines(pair)[i * lay.layer_sizes[pair + 1] + j]
    return QPointF(x1 + t * (x2 - x1), y1 + t * (y2 - y1))


def is_blue(name: str) -> bool:
    c = QColor(name)
    return c.blue() > c.red() + 40


def is_orange(name: str) -> bool:
    c = QColor(name)
    return c.red() > c.blue() + 40


def test_picked_point_gradients_are_the_engines_and_colour_the_edges(window, qtbot):
    window.state.update(regularization="l2", reg_rate=0.03)
    window.controller.step(25)
    wait_for_frame(qtbot, window, lambda f: f.step >= 25)
    pick = data_pick(window, 7)
    window.controller.selection.set_pick(pick)
    panel = gradients_on(window, qtbot, "point", 25)
    r = panel.gradients.current()
    net, x = twin(window, pick)
    net.regularization, net.reg_rate = "l2", 0.03
    grads = net.gradient(x, np.array([pick.label]))
    for layer, lg in enumerate(r.layers, start=1):
        W = net.params[f"W{layer}"]
        # The diagram's ∂L/∂W is the loss's part: the engine's minus the penalty's λW.
        assert np.allclose(lg.dW, grads[f"W{layer}"] - 0.03 * W, rtol=0, atol=1e-9)
        assert np.allclose(lg.db, grads[f"b{layer}"], rtol=0, atol=1e-9)
    assert "penalty not included" in panel.gradientLegend.text()
    # Every edge is coloured by the sign of its number; every neuron framed by its δ.
    drawn = painted(panel)
    signs = panel.gradients.edge_signs()
    assert len(signs) == sum(lg.dW.size for lg in r.layers)
    for (pair, i, j), (sign, color) in signs.items():
        g = r.layers[pair].dW[i, j]
        expected = "+" if g > 0 else "−" if g < 0 else "0"
        assert sign == expected, (pair, i, j)
        assert is_blue(color) if g > 0 else is_orange(color) if g < 0 else True
    for (c, k), sign in drawn["nodes"].items():
        assert sign == ("+" if r.layers[c - 1].db[k] > 0 else "−"), (c, k)
    # The legend says what the drawing is and its scale.
    largest = max(float(np.abs(lg.dW).max()) for lg in r.layers)
    assert f"largest {fmt(largest)}" in panel.gradientLegend.text()
    assert "for the picked point" in panel.gradientLegend.text()


def test_delta_splits_into_the_error_from_the_right_times_the_slope(window, qtbot):
    window.controller.step(10)
    wait_for_frame(qtbot, window, lambda f: f.step >= 10)
    pick = data_pick(window, 2)
    selection = window.controller.selection
    selection.set_pick(pick)
    panel = gradients_on(window, qtbot, "point", 10)
    r = panel.gradients.current()
    for layer, lg in enumerate(r.layers[:-1]):  # hidden layers: δ = dy · slope
        for i in range(lg.dW.shape[0]):
            for j in range(lg.dW.shape[1]):
                t = split_terms(r, layer, j, i)
                assert t.dy * t.slope == pytest.approx(t.delta, rel=1e-12, abs=1e-15)
                assert t.dy * t.slope * t.x == pytest.approx(t.grad, rel=1e-12, abs=1e-15)
    # The panel's line writes those factors for the selected weight.
    selection.set_selected(Param(1, 1, 2))  # hidden layer 1, neuron 3 -> layer 2, neuron 2
    t = split_terms(r, 1, 1, 2)
    text = panel.gradientDetail.text()
    assert panel.gradientDetail.isVisible()
    for value in (t.delta, t.dy, t.slope, t.grad):
        assert fmt(value) in text
    assert "δ = ∂L/∂y · h′(a)" in text and "error from the right × slope" in text
    # At the output δ = y − t.
    selection.set_selected(Param(2, 1, 0))
    t = split_terms(r, 2, 1, 0)
    assert t.output and t.delta == pytest.approx(t.y - t.t) and t.t == pytest.approx(pick.label)
    assert "δ = y − t" in panel.gradientDetail.text()
    # A location without a target has no loss: the legend says so.
    selection.set_pick(pick.__class__((0.5, 0.5)))
    qtbot.waitUntil(lambda: panel.gradients.current() is not None, timeout=15000)
    assert "no target" in panel.gradientLegend.text()


def test_minibatch_gradient_is_the_one_the_last_step_used(window, qtbot):
    window.state.update(regularization="l1", reg_rate=0.01, batch_size=7)
    window.controller.step(13)
    wait_for_frame(qtbot, window, lambda f: f.step >= 13)
    panel = gradients_on(window, qtbot, "batch", 13)
    r = panel.gradients.current()
    # A twin session here, same settings and seeds, same 13 steps: same minibatch.
    session = TrainingSession(window.state.settings)
    session.step(13)
    frame = window.latest_frame
    for (w, b), (w2, b2) in zip(frame.weights, session.network.weights(), strict=True):
        assert np.allclose(w, w2, atol=1e-12) and np.allclose(b, b2, atol=1e-12)
    x, t = session.trainer.last_batch
    params, _buffers = session.trainer.last_step_start
    assert r.n == 7 and np.allclose(r.layers[0].x, x, atol=1e-12)
    net = Network(session.network.spec)
    net.set_params(params)
    net.regularization, net.reg_rate = "l1", 0.01
    grads = net.gradient(x, t)
    for layer, lg in enumerate(r.layers, start=1):
        penalty = 0.01 * np.sign(params[f"W{layer}"])
        assert np.allclose(lg.dW, grads[f"W{layer}"] - penalty, rtol=0, atol=1e-9)
        assert np.allclose(r.update.start[f"W{layer}"], params[f"W{layer}"], atol=1e-12)
    legend = panel.gradientLegend.text()
    assert "of the last minibatch (step 13)" in legend and "penalty not included" in legend


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_shown_update_is_the_real_change_and_its_rule_reproduces_it(window, qtbot, optimizer):
    window.state.update(optimizer=optimizer, learning_rate=0.05)
    window.controller.step(20)
    wait_for_frame(qtbot, window, lambda f: f.step >= 20)
    panel = gradients_on(window, qtbot, "batch", 20)
    param = Param(1, 0, 3)  # W2[3, 0]
    window.controller.selection.set_selected(param)
    before = float(window.latest_frame.weights[1][0][3, 0])
    window.controller.step(1)
    after = float(wait_for_frame(qtbot, window, lambda f: f.step >= 21).weights[1][0][3, 0])
    qtbot.waitUntil(lambda: panel.gradients.current().step == 21, timeout=15000)
    r = panel.gradients.current()
    terms = update_terms(r.update, param.name, param.index)
    assert terms.real_delta == pytest.approx(after - before, rel=1e-12, abs=1e-15)
    assert terms.rule_delta == pytest.approx(after - before, rel=1e-9, abs=1e-15)
    assert not terms.differs
    g = float(r.layers[1].dW[3, 0])
    if optimizer == "sgd":
        assert -0.05 * g == pytest.approx(after - before, rel=1e-9)
        numbers = (terms.real_delta, g)
    else:
        b1, b2, eps, t = 0.9, 0.999, 1e-7, 21
        m, v = terms.after["m"], terms.after["v"]
        assert m == pytest.approx(terms.before["m"] + (1 - b1) * (g - terms.before["m"]))
        assert v == pytest.approx(terms.before["v"] + (1 - b2) * (g * g - terms.before["v"]))
        lr_t = 0.05 * np.sqrt(1 - b2**t) / (1 - b1**t)
        assert -lr_t * m / (np.sqrt(v) + eps) == pytest.approx(after - before, rel=1e-9)
        numbers = (terms.real_delta, m, v, terms.extra["lr_t"])
    # The panel's line shows Δw; the edge's tooltip shows the rule with its numbers.
    assert fmt(terms.real_delta) in panel.gradientDetail.text()
    tip = panel.gradients.tooltip_text(on_edge(panel.view, 1, 3, 0))
    assert all(fmt(n) in tip for n in numbers), tip
    # A hand edit since the step: the real change differs, and the line says so.
    window.controller.edit_param(param, round(after + 0.5, 6))
    qtbot.waitUntil(lambda: "Changed by hand" in panel.gradientDetail.text(), timeout=15000)


def test_step_plays_the_backward_pass_right_to_left_and_click_or_esc_skips(window, qtbot):
    window.controller.step(3)
    wait_for_frame(qtbot, window, lambda f: f.step >= 3)
    panel = gradients_on(window, qtbot, "batch", 3)
    g = panel.gradients
    window.controller.step(1)
    qtbot.waitUntil(lambda: g.progress is not None, timeout=15000)
    columns = len(window.latest_frame.layer_sizes)  # 4: stages δ3, W3, δ2, W2, δ1, W1
    g._anim.pause()  # hold it half way to look
    g.progress = 0.0
    assert g.stage(columns) == 0 and painted(panel)["edges"] == []  # the output's δ first
    assert set(painted(panel)["nodes"]) == {(3, 0), (3, 1)}
    g.progress = 0.55
    reached = {pair for pair, *_rest in painted(panel)["edges"]}
    assert g.stage(columns) == 3 and reached == {1, 2}  # right to left, W1 not yet
    QTest.keyClick(window, Qt.Key_Escape)
    assert g.progress is None
    assert {pair for pair, *_ in painted(panel)["edges"]} == set(range(columns - 1))
    window.controller.step(1)
    qtbot.waitUntil(lambda: g.progress is not None, timeout=15000)
    QTest.mouseClick(panel.view, Qt.LeftButton, pos=QPoint(3, 3))
    assert g.progress is None
    # Never while playing.
    window.controller.set_playing(True)
    wait_for_frame(qtbot, window, lambda f: f.step >= 10 and f.playing)
    qtbot.wait(300)
    assert g.progress is None
    window.controller.set_playing(False)


def test_saturated_and_dead_neurons_are_detected(qtbot):
    from playground.probes import step_gradients
    from tests.playground.frames import make_session

    session = make_session("circle", hidden=(3, 2), activations=("relu", "tanh"))
    session.step(2)
    p = session.network.params
    p["b1"][1] = -50.0  # a ReLU below zero for every training point
    p["W2"][:, 0] = 0.0
    p["b2"][0] = 20.0  # a tanh with h′(a) = 1 − tanh²(20) ≈ 0
    session.step(1)
    r = step_gradients.compute(session, {"source": "batch"})
    assert r.dead[0].tolist() == [False, True, False] and not r.dead[1].any()
    assert r.saturated[1].tolist() == [True, False] and not r.saturated[0].any()
    assert np.all(r.layers[0].dW[:, 1] == 0.0)  # no gradient reaches a dead neuron
    xy = session.xy_train[0]
    point = step_gradients.compute(
        session, {"source": "point", "xy": list(xy), "label": int(session.t_train[0])})
    assert point.saturated[1].tolist() == [True, False] and point.dead[0][1]
    assert step_gradients.saturated_mask("sigmoid", np.array([[0.0024, 0.2]])).tolist() == [
        True, False]  # below 1 % of σ′'s largest slope, 0.25


def test_the_diagram_marks_dead_and_saturated_neurons_with_the_reason(window, qtbot):
    window.state.update(activations=("relu", "tanh"))
    wait_for_frame(qtbot, window, lambda f: f.activations == ("relu", "tanh"))
    window.controller.edit_param(Param(0, 1), -30.0)  # hidden 1, neuron 2: dead
    window.controller.edit_param(Param(1, 0), 25.0)  # hidden 2, neuron 1: saturated
    for i in range(4):
        window.controller.edit_param(Param(1, 0, i), 0.0)
    wait_for_frame(qtbot, window, lambda f: f.weights[1][0][3, 0] == 0.0)
    window.controller.step(1)
    wait_for_frame(qtbot, window, lambda f: f.step >= 1)
    panel = gradients_on(window, qtbot, "batch", 1)
    badges = painted(panel)["badges"]
    assert badges == {(1, 1): "dead", (2, 0): "sat"}
    lay = panel.view.diagram_layout()
    dead = panel.gradients.tooltip_text(QPointF(lay.xs[1], lay.ys[1][1]))
    assert "Dead ReLU" in dead and "stop learning" in dead
    sat = panel.gradients.tooltip_text(QPointF(lay.xs[2], lay.ys[2][0]))
    assert "Saturated" in sat and "below 1 %" in sat
    assert "“sat”" in panel.gradientLegend.toolTip()


def test_a_big_network_computes_its_gradients_only_while_paused(window, qtbot):
    window.state.update(hidden=(64, 64, 64), activations=("relu",) * 3, init="he")
    wait_for_frame(qtbot, window, lambda f: f.layer_sizes[1:4] == (64, 64, 64))
    window.controller.step(2)
    wait_for_frame(qtbot, window, lambda f: f.step >= 2)
    panel = gradients_on(window, qtbot, "batch", 2)
    window.controller.set_playing(True)
    frame = wait_for_frame(qtbot, window, lambda f: f.playing and f.step >= 20)
    assert panel.gradients.probe_request() == {} and KEY not in frame.probes
    assert "press Step" in panel.gradientLegend.text()
    window.controller.set_playing(False)
    qtbot.waitUntil(lambda: not window.latest_frame.playing, timeout=15000)
    qtbot.waitUntil(lambda: panel.gradients.current() is not None
                    and panel.gradients.current().step == window.latest_frame.step,
                    timeout=15000)


def test_the_three_modes_exclude_each_other_and_off_computes_nothing(window, qtbot):
    panel = window.view("network")
    values = child(window, QCheckBox, "diagramValuesCheck")
    gradients = child(window, QCheckBox, "diagramGradientsCheck")
    source = child(window, QComboBox, "gradientSourceCombo")
    assert not gradients.isChecked() and not source.isVisible()
    assert gradients.text() == "Gradients ∂L/∂w"  # "∇" where the column is narrow
    values.setChecked(True)
    gradients.setChecked(True)
    assert not values.isChecked() and panel.gradients.enabled and source.isVisible()
    values.setChecked(True)
    assert not gradients.isChecked() and not panel.gradients.enabled
    assert not panel.gradientLegend.isVisible()
    window.controller.step(1)
    frame = wait_for_frame(qtbot, window, lambda f: f.step >= 1)
    assert KEY not in frame.probes and painted(panel) == {}


def test_screenshots(window, qtbot, tmp_path):
    """EN, JA and projector, plus the
    animation half way and the badges; ``NN_PLAYGROUND_SCREENSHOTS=docs/screenshots``."""
    out = Path(os.environ.get("NN_PLAYGROUND_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window.resize(1400, 900)
    dock = window.docks.docks["network"]
    dock.setFloating(True)
    dock.resize(640, 720)
    window.controller.step(150)
    wait_for_frame(qtbot, window, lambda f: f.step >= 150)
    window.controller.selection.set_pick(data_pick(window, 4))
    panel = gradients_on(window, qtbot, "point", 150)
    window.controller.selection.set_selected(Param(1, 1, 2))
    saved = []

    def shoot(name):
        qtbot.wait(300)
        path = out / f"diagram-gradients-{name}.png"
        assert panel.grab().save(str(path)), path
        saved.append(path)

    try:
        shoot("en")
        window.set_language("ja")
        shoot("ja")
    finally:
        window.set_language("en")
    window.set_projector_mode(True)
    dock.resize(900, 1000)
    shoot("projector")
    window.set_projector_mode(False)
    dock.resize(640, 720)
    panel.gradientSource.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.gradients.current() is not None, timeout=15000)
    window.controller.step(1)
    qtbot.waitUntil(lambda: panel.gradients.progress is not None, timeout=15000)
    panel.gradients._anim.pause()
    panel.gradients.progress = 0.55
    shoot("animation-en")
    panel.gradients.skip()
    window.state.update(activations=("relu", "tanh"), optimizer="adam", learning_rate=0.01)
    wait_for_frame(qtbot, window, lambda f: f.activations == ("relu", "tanh"))
    window.controller.edit_param(Param(0, 1), -30.0)  # a dead ReLU
    window.controller.edit_param(Param(1, 0), 25.0)  # a saturated tanh
    for i in range(4):
        window.controller.edit_param(Param(1, 0, i), 0.0)
    # Edits travel one frame at a time; a Step sent now would overtake them.
    wait_for_frame(qtbot, window, lambda f: f.weights[1][0][3, 0] == 0.0)
    window.controller.step(20)
    wait_for_frame(qtbot, window, lambda f: f.step >= 20)
    qtbot.waitUntil(lambda: panel.gradients.current() is not None
                    and panel.gradients.current().step == 20, timeout=15000)
    panel.gradients.skip()
    window.controller.selection.set_selected(Param(1, 1, 0))
    shoot("badges-en")
    # The tooltip of an edge after the step: Adam's rule with this weight's numbers.
    where = on_edge(panel.view, 1, 0, 1).toPoint()
    QApplication.sendEvent(panel.view, QHelpEvent(QEvent.Type.ToolTip, where,
                                                  panel.view.mapToGlobal(where)))
    tips = [w for w in QApplication.topLevelWidgets()
            if w.inherits("QLabel") and w.isVisible() and "m ← m" in w.text()]
    assert tips, "no tooltip shown"
    qtbot.wait(200)
    path = out / "diagram-gradients-tooltip-en.png"
    assert tips[0].grab().save(str(path))
    saved.append(path)
    assert all(p.stat().st_size > 10_000 for p in saved[:-1])


def test_the_largest_gradient_gets_the_widest_pen_the_weights_would():
    """The gradient painter maps |∂L/∂w| onto the weights' widths through their inverse."""
    import numpy as np

    from playground.views.diagram.network_edges import abs_w_for_width, edge_widths

    for scale in (1.0, 1.6):
        for width in (2, 4, int(6.0 * scale)):
            w = abs_w_for_width(width, scale)
            assert edge_widths(np.array([w]), scale, 6.0 * scale)[0] == width
