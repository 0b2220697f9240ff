"""The neuron inspector: the deck's a = Σ xᵢwᵢ + b and y = h(a) with the engine's numbers,
live after steps and edits, in words when there is nothing to show, in both looks.

Screenshots of the three see-inside views (inspector, softmax, the diagram's
values) in English, Japanese and projector mode are written by
``test_screenshots_of_the_see_inside_views`` into ``$NN_PLAYGROUND_SCREENSHOTS``
(e.g. ``docs/screenshots``) when that is set, else into a temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from playground.selection import Param, Pick
from playground.views.colors import ViewStyle
from playground.views.inspect.neuron_numbers import MAX_TERMS
from playground.views.numbers import fmt
from tests.playground.conftest import wait_for_frame
from tests.playground.engine_twin import data_pick, show_dock, twin


@pytest.fixture
def window(window):
    """The shared window, put back to the default arrangement afterwards: the docks
    shown, floated or resized here must not become the next test's remembered layout."""
    yield window
    window.reset_arrangement()


def inspect(window, qtbot, pick: Pick, node, step: int | None = None):
    """Pick, select ``node`` and wait until the inspector shows it (at ``step``, if given)."""
    view = show_dock(window, qtbot, "inspector")
    selection = window.controller.selection
    selection.set_pick(pick)
    selection.set_selected(node)

    def ready():
        n, r = view.numbers, view._result
        return (n is not None and (n.layer, n.index) == tuple(node)
                and (step is None or r.step == step))

    qtbot.waitUntil(ready, timeout=15000)
    return view


def test_it_says_what_to_do_until_a_point_and_a_neuron_are_chosen(window, qtbot):
    view = show_dock(window, qtbot, "inspector")
    message = view.findChild(QLabel, "inspectorMessage")
    assert "Pick a point on the plane (Pick tool)" in message.text()
    window.controller.selection.set_pick(data_pick(window))
    qtbot.waitUntil(lambda: "Select a neuron" in message.text(), timeout=15000)
    assert not view.plot.isVisibleTo(view)


def test_every_neuron_shows_the_engines_a_and_y_for_the_picked_point(window, qtbot):
    window.controller.step(40)
    frame = wait_for_frame(qtbot, window, lambda f: f.step >= 40)
    pick = data_pick(window, 5)
    net, x = twin(window, pick)
    trace = net.forward_trace(x)
    sizes = frame.layer_sizes
    for layer in range(1, len(sizes)):
        for index in range(sizes[layer]):
            view = inspect(window, qtbot, pick, (layer, index), frame.step)
            n = view.numbers
            a, y = trace[layer - 1][0][0, index], trace[layer - 1][1][0, index]
            assert abs(n.a - a) < 1e-12 and abs(n.y - y) < 1e-12, (layer, index)
            # The terms are the previous layer's outputs times this neuron's weights.
            w = frame.weights[layer - 1][0][:, index]
            inputs = x[0] if layer == 1 else trace[layer - 2][1][0]
            assert np.allclose(n.x, inputs, rtol=0, atol=1e-12)
            assert np.array_equal(n.w, w)
            assert abs(n.products.sum() + n.b - n.a) < 1e-12
            # On screen, with the one number format.
            assert view.sumLine.text().endswith(f"<b>{fmt(a)}</b>")
            assert f"<b>{fmt(y)}</b>" in view.actLine.text()
            rows = view.terms.texts()
            assert [r[1] for r in rows[:len(inputs)]] == [fmt(v) for v in inputs]
            assert rows[-1] == [view.tr("a (the sum)"), fmt(a)]
            assert view.plot.drawn[1:] == (n.z, n.y)
    # An input node shows its feature value.
    view = inspect(window, qtbot, pick, (0, 1), frame.step)
    assert view.numbers.y == x[0, 1]
    assert fmt(x[0, 1]) in view.message.text() and not view.terms.isVisibleTo(view)


def test_steps_and_edits_update_the_numbers_while_paused(window, qtbot):
    pick = data_pick(window, 2)
    view = inspect(window, qtbot, pick, (1, 0))
    before = view.numbers
    window.controller.edit_param(Param(0, 0, 1), 2.5)  # w from X₂ to hidden neuron 1
    qtbot.waitUntil(lambda: view.numbers is not None and view.numbers.w[1] == 2.5, timeout=15000)
    after = view.numbers
    assert abs(after.a - (after.x[0] * after.w[0] + pick.xy[1] * 2.5 + after.b)) < 1e-12
    assert after.a != before.a and fmt(after.a) in view.sumLine.text()
    step = view._result.step
    window.controller.step(1)
    qtbot.waitUntil(lambda: view._result.step == step + 1, timeout=15000)
    net, x = twin(window, pick)
    assert abs(view.numbers.a - net.forward_trace(x)[0][0][0, 0]) < 1e-12
    # A new pick is followed at once, too.
    other = data_pick(window, 9)
    window.controller.selection.set_pick(other)
    qtbot.waitUntil(lambda: view.numbers is not None and tuple(view._result.xy) == other.xy,
                    timeout=15000)
    assert np.allclose(view.numbers.x, other.xy, rtol=0, atol=0)


def test_clicking_an_input_selects_the_neuron_it_comes_from(window, qtbot):
    view = inspect(window, qtbot, data_pick(window), (2, 1))
    name = view.terms.texts()[2][0]
    assert name.startswith('<a href="1:2">')
    view.terms._rows[2][0].linkActivated.emit("1:2")
    assert window.controller.selection.selected == (1, 2)
    qtbot.waitUntil(lambda: view.numbers is not None and view.numbers.layer == 1, timeout=5000)
    assert view.numbers.index == 2


def test_a_long_sum_shows_its_largest_terms_and_the_rest_exactly(window, qtbot):
    window.state.update(hidden=(12, 3), activations=("relu", "tanh"))
    wait_for_frame(qtbot, window, lambda f: f.layer_sizes == (2, 12, 3, 2))
    view = inspect(window, qtbot, data_pick(window, 1), (2, 0))
    n = view.numbers
    assert len(n.shown) == MAX_TERMS - 1 and n.rest_count == 12 - (MAX_TERMS - 1)
    smallest_shown = min(abs(n.products[i]) for i in n.shown)
    rest = [i for i in range(12) if i not in n.shown]
    assert all(abs(n.products[i]) <= smallest_shown for i in rest), "the largest are shown"
    assert abs(sum(n.products[i] for i in n.shown) + n.rest_sum + n.b - n.a) < 1e-12
    more = view.terms.texts()[MAX_TERMS - 1]
    assert more == [view.tr("… and %1 more terms").replace("%1", "5"), fmt(n.rest_sum)]
    assert "ReLU(" not in view.actLine.text() and "tanh(" in view.actLine.text()


def test_projector_and_japanese_switch_in_place(window, qtbot):
    view = inspect(window, qtbot, data_pick(window), (1, 1))
    small = view.sumLine.font().pointSizeF()
    window.set_projector_mode(True)
    assert view.sumLine.font().pointSizeF() > small * 1.2
    assert view.plot.curve.opts["pen"].widthF() > 3
    window.set_projector_mode(False)
    assert view.sumLine.font().pointSizeF() == small
    title = view.findChild(QLabel, "inspectorTitle").text()
    window.set_language("ja")
    try:
        assert view.numbers is not None and fmt(view.numbers.a) in view.sumLine.text()
    finally:
        window.set_language("en")
    assert view.findChild(QLabel, "inspectorTitle").text() == title


def test_screenshots_of_the_see_inside_views(window, qtbot, tmp_path):
    """Inspector, softmax and the diagram's values, in English, Japanese and projector mode."""
    out = Path(os.environ.get("NN_PLAYGROUND_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window.resize(1600, 1000)
    window.controller.step(300)
    wait_for_frame(qtbot, window, lambda f: f.step >= 300)
    pick = data_pick(window, 4)
    inspector = inspect(window, qtbot, pick, (1, 2), 300)
    softmax = show_dock(window, qtbot, "softmax")
    docks = {name: window.docks.docks[name] for name in ("inspector", "softmax")}
    for dock in docks.values():  # side by side, at a size a learner would give them
        dock.setFloating(True)
        dock.show()
        dock.resize(560, 760)
    panel = window.view("network")
    panel.valuesCheck.setChecked(True)
    qtbot.waitUntil(lambda: bool(softmax.point.shown.get("loss") is not None
                    and inspector.numbers is not None
                    and panel.values.painted.get("nodes")), timeout=15000)
    saved = []
    try:
        for look in ("en", "ja", "projector"):
            window.set_language("ja" if look == "ja" else "en")
            if look == "projector":
                window.set_projector_mode(True)
                for dock in docks.values():
                    dock.resize(760, 1000)
            qtbot.wait(300)
            assert inspector.numbers is not None and softmax.point.shown
            for name, widget in (("inspector", inspector), ("softmax", softmax),
                                 ("diagram-values", panel)):
                path = out / f"{name}-{look}.png"
                assert widget.grab().save(str(path)), path
                saved.append(path)
    finally:
        window.set_language("en")
    window.set_projector_mode(False)
    assert all(p.stat().st_size > 10_000 for p in saved)


def test_batch_norm_is_shown_as_a_step_and_evaluation_mode_is_said(qtbot):
    """No control sets batch norm or dropout yet, so the view gets such a trace directly."""
    from types import SimpleNamespace

    from engine.network import Network, NetworkSpec
    from playground.probes.point_trace import compute
    from playground.selection import Selection
    from playground.views.base import ViewContext
    from playground.views.inspect.inspector_view import InspectorView

    spec = NetworkSpec(n_inputs=2, hidden=(3,), activations=("relu",), batchnorm=True,
                       dropout=0.2, seed=4)
    net = Network(spec)
    for name, value in net.buffers().items():  # running statistics that are not 0 and 1
        value[...] = 0.3 if name.startswith("running_mean") else 2.0
    session = SimpleNamespace(network=net, problem="classification", n_classes=2,
                              settings=SimpleNamespace(features=("x1", "x2"), dropout=0.2),
                              trainer=SimpleNamespace(step_count=7))
    pick = Pick((0.8, -1.5), "train", 0, 1)
    result = compute(session, {"xy": list(pick.xy), "label": 1})
    selection = Selection()
    controller = SimpleNamespace(selection=selection,
                                 state=SimpleNamespace(settings=session.settings))
    view = InspectorView(ViewContext(controller, ViewStyle(), "inspector"))
    qtbot.addWidget(view)
    selection.set_pick(pick)
    selection.set_selected((1, 2))
    frame = SimpleNamespace(is_classification=True, probes={"inspector.trace": result})
    view.set_frame(frame)
    n = view.numbers
    bn = result.trace.layers[0].bn
    assert n.bn is not None and n.bn.z == bn.z[0, 2]
    assert abs(n.bn.a_hat - (n.a - 0.3) / np.sqrt(2.0 + bn.eps)) < 1e-12
    assert n.y == max(n.bn.z, 0.0) and view.plot.drawn == ("relu", n.bn.z, n.y)
    assert view.bnLine.isVisibleTo(view) and f"<b>{fmt(n.bn.z)}</b>" in view.bnLine.text()
    assert "h(z)" in view.actHeading.text()
    note = view.modeNote.text()
    assert "running mean" in note and "Dropout" in note and view.modeNote.isVisibleTo(view)
