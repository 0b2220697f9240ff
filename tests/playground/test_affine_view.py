"""The matrix view shows Y = h(XW + B) with the engine's numbers, for a point and a minibatch;
hovering a cell of A names its row of X and column of W; a 10×64 network stays readable."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QScrollArea

from engine.book import BookNetwork
from engine.features import make_features
from engine.network import Network, NetworkSpec
from playground.selection import Pick
from playground.views.inspect.matrix_layout import rects_overlap
from playground.views.numbers import fmt
from playground.worker import protocol
from tests.playground.conftest import wait_for_frame


@pytest.fixture(autouse=True)
def view_test_window(request):
    """The window of these tests: it remembers nothing, and keeps dropped frames' answers.

    Floating docks, projector mode and Japanese must not become the next
    test's remembered arrangement, so nothing is stored from here on.

    ``TrainingClient`` keeps only the newest frame of one poll, and with it go
    the answers computed for the older one: an answer computed once while
    paused then never arrives (seen here: ``affine.batch`` in frame 1, frame 2
    only ``activation.activity``, both read in one poll). Reported to the
    client's owner with this very merge; until it lands there, these tests
    apply it so they test the views, not that race.
    """
    if "window" not in request.fixturenames:
        return
    window = request.getfixturevalue("window")
    window.remembered.fresh = True
    client = window.controller.client
    keep = client._on_frame

    def on_frame(message) -> None:
        older = client._newest
        keep(message)
        newest = client._newest
        if older is not None and newest is not None and newest is not older:
            client._newest = replace(newest, probes={**older.probes, **newest.probes})

    client._handlers[protocol.FrameReady] = on_frame


def show_dock(window, qtbot, name: str, size=(640, 460)):
    """Show dock ``name`` floating at ``size`` and return its content."""
    dock = window.findChild(QDockWidget, f"{name}Dock")
    dock.show()
    dock.raise_()
    dock.setFloating(True)
    dock.resize(*size)
    # Beside the main window, not over it: the offscreen platform gives a mouse move
    # to the first window under the cursor, which would be the main window.
    dock.move(window.geometry().right() + 40, window.geometry().top())
    qtbot.waitUntil(lambda: window.docks.content(name) is not None
                    and window.docks.content(name).isVisible(), timeout=5000)
    return window.docks.content(name)


def hover_cell(qtbot, canvas, block: str, row: int, col: int) -> None:
    """Move the mouse onto a cell of the canvas (again, a pixel aside, until it is seen:
    a window that has just appeared may miss the first move)."""
    centre = canvas.cell_center(block, row, col)
    scroll = canvas.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    moves = iter(range(10_000))

    def moved() -> bool:
        scroll.ensureVisible(centre.x(), centre.y(), 30, 30)  # a learner scrolls there first
        QTest.mouseMove(canvas, centre + QPoint(next(moves) % 2, 0))
        return canvas.hovered == (block, row, col)

    qtbot.waitUntil(moved, timeout=3000)


def pick_point(window, index: int) -> Pick:
    frame = window.latest_frame
    pick = Pick(tuple(float(v) for v in frame.x_train[index]), "train", index,
                int(frame.t_train[index]))
    window.controller.selection.set_pick(pick)
    return pick


def engine_network(window) -> Network:
    """The fast engine network with the newest frame's weights."""
    s, frame = window.state.settings, window.latest_frame
    spec = NetworkSpec(n_inputs=len(s.features), hidden=tuple(s.hidden),
                       activations=tuple(s.activations), n_outputs=frame.n_classes,
                       output="softmax_cross_entropy" if frame.is_classification else "mse",
                       init=s.init, seed=s.init_seed)
    net = Network(spec)
    net.set_params({f"{k}{i + 1}": v for i, wb in enumerate(frame.weights)
                    for k, v in zip("Wb", wb, strict=True)})
    return net


def stand_in_batch(window, rows: int) -> SimpleNamespace:
    """What probe ``batch_trace`` answers (x_raw, t, trace, penalty, step), made here."""
    frame = window.latest_frame
    x_raw, t = frame.x_train[:rows], frame.t_train[:rows]
    book = BookNetwork.from_network(engine_network(window))
    trace = book.trace(make_features(x_raw, window.state.settings.features), t)
    return SimpleNamespace(x_raw=x_raw, t=t, trace=trace, penalty=trace.penalty, step=frame.step)


def show_minibatch(window, qtbot, view, rows: int, monkeypatch) -> bool:
    """Switch ``view`` to the last minibatch of ``rows`` points; True if the worker's own.

    Until ``Trainer.last_batch`` lands, probe ``batch_trace`` answers "unavailable":
    the view then gets the answer the probe will give, made here, and no later frame.
    """
    build = window.latest_frame.build_id
    window.state.update(batch_size=rows)
    view.sourceCombo.setCurrentIndex(view.sourceCombo.findData("batch"))
    assert view.probe_requests() == {"batch": ("batch_trace", {})}
    window.controller.step(1)
    qtbot.waitUntil(lambda: window.latest_frame.build_id == build
                    and getattr(view.answers.get("batch"), "step", 0)
                    == window.latest_frame.step >= 1, timeout=10000)
    qtbot.waitUntil(lambda: view.shown_result is view.results["batch"], timeout=5000)
    if view.shown_result is not None:
        return True
    assert view.answers["batch"].reason == "unavailable"
    assert "cannot show the minibatch yet" in view.status.text()
    view.set_frame(replace(window.latest_frame,
                           probes={"affine.batch": stand_in_batch(window, rows)}))
    monkeypatch.setattr(view, "set_frame", lambda frame: None)
    return False


def test_the_matrices_are_the_engines_numbers_for_the_picked_point(window, qtbot):
    view = show_dock(window, qtbot, "affine")
    window.controller.step(5)
    wait_for_frame(qtbot, window, lambda f: f.step >= 5)
    pick = pick_point(window, 7)
    qtbot.waitUntil(lambda: view.shown_result is not None, timeout=10000)
    frame = wait_for_frame(qtbot, window, lambda f: f.step == view.shown_result.step)
    x = make_features(np.array([pick.xy]), window.state.settings.features)
    engine = engine_network(window).forward_trace(x)
    for layer in range(1, len(frame.weights) + 1):
        view.set_layer(layer)
        n = view.numbers
        assert n.X.shape[0] == 1 and n.layer == layer
        np.testing.assert_array_equal(n.W, frame.weights[layer - 1][0])
        np.testing.assert_allclose(n.A, n.X @ n.W + n.B, rtol=0, atol=1e-12)
        np.testing.assert_allclose(n.A, engine[layer - 1][0], rtol=0, atol=1e-12)
        np.testing.assert_allclose(n.Y, engine[layer - 1][1], rtol=0, atol=1e-12)
    # The shapes are written out: N×n_in · n_in×n_out + 1×n_out → N×n_out.
    view.set_layer(1)
    assert "1×2 · 2×4 + 1×4 → 1×4" in view.formula.text()

    # A step while paused: the numbers follow at once, with the new weights.
    window.controller.step(1)
    qtbot.waitUntil(lambda: view.shown_result is not None
                    and view.shown_result.step == frame.step + 1, timeout=10000)
    np.testing.assert_array_equal(view.numbers.W, window.latest_frame.weights[0][0])


def test_hovering_a_cell_of_A_outlines_its_row_of_X_and_column_of_W(window, qtbot):
    view = show_dock(window, qtbot, "affine")
    pick_point(window, 3)
    qtbot.waitUntil(lambda: view.shown_result is not None, timeout=10000)
    canvas = view.canvas
    hover_cell(qtbot, canvas, "A", 0, 2)
    assert ("X", 0, 0, 1, 2) in canvas.highlighted(canvas.hovered), "row 1 of X"
    assert ("W", 0, 2, 2, 1) in canvas.highlighted(canvas.hovered), "column 3 of W"
    n = view.numbers
    text = view.status.text()
    assert "A[1, 3]" in text and "column 3 of W" in text
    # The product sum written out ends with the engine's a.
    assert text.endswith("= " + fmt(n.A[0, 2]))
    assert canvas.toolTip() == text
    hover_cell(qtbot, canvas, "W", 1, 3)
    assert view.status.text().startswith("W[2, 4] = " + fmt(n.W[1, 3]))


def test_a_probe_that_fails_is_said_in_words(window, qtbot):
    from playground.worker.probe_runner import ProbeFailure

    view = show_dock(window, qtbot, "affine")
    pick_point(window, 4)
    frame = window.latest_frame
    view.set_frame(replace(frame, probes={"affine.point": ProbeFailure("point_trace", "boom")}))
    assert view.status.text() == "These numbers could not be computed."
    assert view.numbers.X is None, "no stale rows from an earlier pick"
    np.testing.assert_array_equal(view.numbers.W, frame.weights[0][0])


def test_the_minibatch_rows_are_XW_plus_B(window, qtbot, monkeypatch):
    view = show_dock(window, qtbot, "affine")
    rows = 10
    show_minibatch(window, qtbot, view, rows, monkeypatch)
    for layer in (1, 2, 3):
        view.set_layer(layer)
        n = view.numbers
        assert n.X.shape[0] == rows and n.A.shape[0] == rows
        np.testing.assert_allclose(n.A, n.X @ n.W + n.B, rtol=0, atol=1e-12)
    assert f"(N = {rows}: the minibatch of step" in view.formula.text()


def test_the_gradient_grid_stands_beside_W_for_a_labelled_pick(window, qtbot):
    view = show_dock(window, qtbot, "affine", size=(900, 500))
    pick_point(window, 2)
    qtbot.waitUntil(lambda: view.shown_result is not None, timeout=10000)
    view.gradientCheck.setChecked(True)
    result = view.shown_result
    for layer in (1, 3):
        view.set_layer(layer)
        np.testing.assert_array_equal(view.numbers.dW, result.backward.layers[layer - 1].dW)
        lay = view.canvas.matrix_layout()
        assert lay.has("dW") and lay.shapes["dW"] == lay.shapes["W"]
    # Following the diagram: selecting a hidden node chooses the layer that makes it.
    window.controller.selection.set_selected((2, 1))
    assert view.layer == 2 and view.canvas.marked_column == 1


def test_a_10x64_network_stays_readable(window, qtbot, monkeypatch):
    view = show_dock(window, qtbot, "affine", size=(700, 520))
    build = window.latest_frame.build_id
    window.state.update(hidden=(64,) * 10, activations=("relu",) * 10)
    wait_for_frame(qtbot, window, lambda f: f.build_id > build and len(f.weights) == 11)
    pick_point(window, 0)
    qtbot.waitUntil(lambda: view.shown_result is not None, timeout=20000)
    for layer in (1, 2, 11):
        view.set_layer(layer)
        view.canvas.repaint()
        painted = view.canvas.last_paint
        assert not rects_overlap(painted["text_rects"]), f"layer {layer}: numbers overlap"
    assert painted["numbers"]["W"] is False, "64×2 weights in 700 px: colours, not numbers"
    # A minibatch of 30 rows through a 64×64 layer: colours, and the hover tells each value.
    show_minibatch(window, qtbot, view, 30, monkeypatch)
    view.set_layer(2)
    view.canvas.repaint()
    assert view.numbers.X.shape == (30, 64) and view.numbers.W.shape == (64, 64)
    assert not any(view.canvas.last_paint["numbers"].values())
    assert view.canvas.last_paint["text_rects"] == []
    canvas = view.canvas
    hover_cell(qtbot, canvas, "A", 29, 63)
    assert "A[30, 64]" in view.status.text()
    assert "the sum of 64 products" in view.status.text()


def test_numbers_never_overlap_at_any_size(window, qtbot):
    view = show_dock(window, qtbot, "affine")
    pick_point(window, 1)
    qtbot.waitUntil(lambda: view.shown_result is not None, timeout=10000)
    view.gradientCheck.setChecked(True)
    dock = window.findChild(QDockWidget, "affineDock")
    for width, height in ((320, 300), (480, 360), (700, 420), (1100, 600)):
        dock.resize(width, height)
        qtbot.wait(30)
        for layer in (1, 2, 3):
            view.set_layer(layer)
            view.canvas.repaint()
            assert not rects_overlap(view.canvas.last_paint["text_rects"]), (width, layer)
    assert any(view.canvas.last_paint["numbers"].values()), "wide enough for numbers"


def test_projector_and_language_switch_in_place(window, qtbot):
    view = show_dock(window, qtbot, "affine")
    pick_point(window, 1)
    qtbot.waitUntil(lambda: view.shown_result is not None, timeout=10000)
    before = view.canvas.font().pointSizeF()
    window.set_projector_mode(True)
    assert view.canvas.font().pointSizeF() > before
    window.set_language("ja")
    window.set_language("en")
    assert view.sourceCombo.itemText(0) == "the picked point"
    assert window.docks.content("affine") is view, "nothing rebuilt"
    window.set_projector_mode(False)


@pytest.mark.skipif(not os.environ.get("NN_SCREENSHOTS"), reason="set NN_SCREENSHOTS=DIR")
def test_screenshots(window, qtbot, monkeypatch):
    """``NN_SCREENSHOTS=docs/screenshots pytest -k screenshots`` renders the two views."""
    from tests.playground.test_activation_view import save_screenshots

    save_screenshots(window, qtbot, Path(os.environ["NN_SCREENSHOTS"]), monkeypatch)
