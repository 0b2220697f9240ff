"""The diagram's values for the picked point: a check box beside the weight field turns
the edges from w to x·w and writes each node's value, the engine's, live."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from playground.selection import Param
from playground.views.numbers import fmt
from tests.playground.conftest import child, wait_for_frame
from tests.playground.engine_twin import data_pick, twin


@pytest.fixture
def window(window):
    """The shared window, put back to the default arrangement afterwards: the docks
    shown, floated or resized here must not become the next test's remembered layout."""
    yield window
    window.reset_arrangement()


KEY = "network.trace"


def painted(panel):
    panel.view.repaint()
    return panel.values.painted


def test_off_by_default_and_nothing_is_computed_for_it(window, qtbot):
    check = child(window, QCheckBox, "diagramValuesCheck")
    assert not check.isChecked() and check.text() == "Values for the picked point"
    window.controller.selection.set_pick(data_pick(window))
    window.controller.step(2)
    frame = wait_for_frame(qtbot, window, lambda f: f.step >= 2)
    assert KEY not in frame.probes
    assert painted(window.view("network")) == {}


def test_each_node_shows_its_value_and_the_neurons_inputs_their_x_times_w(window, qtbot):
    panel = window.view("network")
    window.controller.step(30)
    frame = wait_for_frame(qtbot, window, lambda f: f.step >= 30)
    pick = data_pick(window, 6)
    selection = window.controller.selection
    selection.set_pick(pick)
    selection.set_selected((2, 1))
    qtbot.mouseClick(child(window, QCheckBox, "diagramValuesCheck"), Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(painted(panel).get("nodes")), timeout=15000)
    net, x = twin(window, pick)
    trace = net.forward_trace(x)
    values = [x[0]] + [y[0] for _a, y in trace]
    nodes = painted(panel)["nodes"]
    for layer, column in enumerate(values):
        for k, v in enumerate(column):
            assert nodes[(layer, k)] == fmt(v), (layer, k)
    # The selected neuron's inputs: x·w, x from hidden layer 1.
    w = frame.weights[1][0][:, 1]
    edges = painted(panel)["edges"]
    assert edges == {(1, i, 1): fmt(trace[0][1][0, i] * w[i]) for i in range(len(w))}
    # Pointing at another neuron shows its inputs instead.
    selection.set_hovered((1, 0))
    assert set(painted(panel)["edges"]) == {(0, 0, 0), (0, 1, 0)}
    selection.set_hovered(None)


def test_values_follow_an_edit_while_paused_and_leave_with_the_pick(window, qtbot):
    panel = window.view("network")
    pick = data_pick(window, 1)
    selection = window.controller.selection
    selection.set_pick(pick)
    panel.valuesCheck.setChecked(True)
    qtbot.waitUntil(lambda: bool(painted(panel).get("nodes")), timeout=15000)
    window.controller.edit_param(Param(0, 0), 1.75)  # bias of hidden neuron 1
    qtbot.waitUntil(lambda: window.latest_frame.weights[0][1][0] == 1.75, timeout=15000)
    net, x = twin(window, pick)
    expected = fmt(net.forward_trace(x)[0][1][0, 0])
    qtbot.waitUntil(lambda: painted(panel)["nodes"].get((1, 0)) == expected, timeout=15000)
    selection.set_pick(None)
    assert painted(panel) == {}
    panel.valuesCheck.setChecked(False)
    window.controller.step(1)
    frame = wait_for_frame(qtbot, window, lambda f: f.step >= 1)
    assert KEY not in frame.probes and np.isfinite(frame.train_loss)
