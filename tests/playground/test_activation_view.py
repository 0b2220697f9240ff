"""The activation view marks the picked point's (a, h(a)) for the chosen neuron with the
engine's numbers, shows the layer's a over the data and its flat share, and follows the
diagram's selection; plus the screenshots of both "see inside" views."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDockWidget

from engine.features import make_features
from playground.views.numbers import fmt, fmt_percent
from tests.playground.conftest import wait_for_frame
from tests.playground.test_affine_view import (
    engine_network,
    hover_cell,
    pick_point,
    show_dock,
    show_minibatch,
    view_test_window,  # noqa: F401 (an autouse fixture: see there)
)


def engine_values(window, pick):
    x = make_features(np.array([pick.xy]), window.state.settings.features)
    return engine_network(window).forward_trace(x)


def test_the_mark_is_the_engines_a_and_y_of_the_selected_neuron(window, qtbot):
    view = show_dock(window, qtbot, "activation")
    window.controller.step(8)
    wait_for_frame(qtbot, window, lambda f: f.step >= 8)
    pick = pick_point(window, 11)
    for node in ((1, 2), (2, 1), (1, 0)):
        window.controller.selection.set_selected(node)
        assert (view.layer, view.neuron) == node, "follows the diagram's selection"
        qtbot.waitUntil(lambda: view.mark is not None, timeout=10000)
        wait_for_frame(qtbot, window, lambda f: f.step == view.point.step)
        a, y = engine_values(window, pick)[node[0] - 1]
        layer, j = node
        assert abs(view.mark[0] - a[0, j]) < 1e-12 and abs(view.mark[1] - y[0, j]) < 1e-12
        assert view.plot.marked_point() == view.mark, "drawn where it is said to be"
        assert fmt(a[0, j]) in view.caption.text() and fmt(y[0, j]) in view.caption.text()
    assert view.plot.highlight == window.state.settings.activations[0]


def test_without_a_pick_nothing_is_marked_and_it_says_so(window, qtbot):
    view = show_dock(window, qtbot, "activation")
    window.controller.selection.set_pick(None)
    qtbot.waitUntil(lambda: view.plot.activity is not None, timeout=10000)
    assert view.mark is None and view.plot.marked_point() is None
    assert "Pick a point to see its a." in view.caption.text()
    # The layer's a over the training data, and the share where h' is about 0.
    activity = view.plot.activity
    assert activity.layer == view.layer
    assert fmt_percent(activity.flat_share) in view.caption.text()
    assert view.plot.hist_active.isVisible()


def test_a_probe_that_fails_is_said_in_words(window, qtbot):
    from playground.worker.probe_runner import ProbeFailure

    view = show_dock(window, qtbot, "activation")
    pick_point(window, 4)
    view.set_frame(replace(window.latest_frame,
                           probes={"activation.point": ProbeFailure("point_trace", "boom")}))
    assert "These numbers could not be computed." in view.caption.text()
    assert view.mark is None


def test_check_boxes_show_and_hide_curves_and_slopes(window, qtbot):
    view = show_dock(window, qtbot, "activation")
    qtbot.waitUntil(lambda: view.frame is not None, timeout=10000)
    curve = view.plot.curves["sigmoid"]
    assert len(curve.getData()[0]) > 100
    view.checks["sigmoid"].setChecked(False)
    assert curve.getData()[0] is None or len(curve.getData()[0]) == 0
    assert len(view.plot.derivatives["relu"].getData()[0]) > 100
    view.derivativeCheck.setChecked(False)
    assert all(c.getData()[0] is None or len(c.getData()[0]) == 0
               for c in view.plot.derivatives.values())
    # The curves are the engine's functions.
    xs, ys = view.plot.curves["tanh"].getData()
    np.testing.assert_allclose(ys, np.tanh(xs), atol=1e-15)


def test_the_highlight_follows_the_layers_activation(window, qtbot):
    view = show_dock(window, qtbot, "activation")
    build = window.latest_frame.build_id
    window.state.update(activations=("relu", "sigmoid"))
    wait_for_frame(qtbot, window, lambda f: f.build_id > build)
    qtbot.waitUntil(lambda: view.plot.highlight == "relu", timeout=5000)
    window.controller.selection.set_selected((2, 0))
    assert view.plot.highlight == "sigmoid"
    assert view.layerCombo.currentText().endswith("(sigmoid)")


def test_projector_and_language_switch_in_place(window, qtbot):
    view = show_dock(window, qtbot, "activation")
    window.set_projector_mode(True)
    assert view.plot.curves["tanh"].opts["pen"].widthF() > 3.5
    window.set_language("ja")
    window.set_language("en")
    assert view.derivativeCheck.text() == "derivatives h′(a) (dashed)"
    assert window.docks.content("activation") is view
    window.set_projector_mode(False)


# -- screenshots (run by test_affine_view.test_screenshots with NN_SCREENSHOTS=DIR) ----------
def _grab(qtbot, widget, path: Path) -> None:
    qtbot.wait(150)
    QApplication.processEvents()
    assert widget.grab().save(str(path)), path


def save_screenshots(window, qtbot, out: Path, monkeypatch) -> None:
    """affine-{en,ja,projector,10x64}.png and activation-{en,ja,projector}.png into ``out``.

    ``NN_EXTRA_QM`` may name a compiled translation installed on top of the app's
    (a preview of strings not yet in ``resources/translations``).
    """
    out.mkdir(parents=True, exist_ok=True)
    window.controller.step(40)
    wait_for_frame(qtbot, window, lambda f: f.step >= 40)
    affine = show_dock(window, qtbot, "affine", size=(640, 440))
    activation = show_dock(window, qtbot, "activation", size=(640, 440))
    pick_point(window, 5)
    window.controller.selection.set_selected((1, 2))
    qtbot.waitUntil(lambda: affine.shown_result is not None and activation.mark is not None
                    and activation.plot.activity is not None, timeout=10000)
    affine.set_layer(1)

    def hover():
        hover_cell(qtbot, affine.canvas, "A", 0, 2)

    hover()
    _grab(qtbot, affine, out / "affine-en.png")
    _grab(qtbot, activation, out / "activation-en.png")
    extra = None
    if os.environ.get("NN_EXTRA_QM"):
        extra = QTranslator()
        assert extra.load(os.environ["NN_EXTRA_QM"])
    window.set_language("ja")
    if extra is not None:
        QApplication.instance().installTranslator(extra)
        window.docks.retranslate()
    hover()
    _grab(qtbot, affine, out / "affine-ja.png")
    _grab(qtbot, activation, out / "activation-ja.png")
    if extra is not None:
        QApplication.instance().removeTranslator(extra)
    window.set_language("en")
    window.set_projector_mode(True)
    affine.gradientCheck.setChecked(True)
    for dock in ("affine", "activation"):
        window.findChild(QDockWidget, f"{dock}Dock").resize(1100, 720)
    hover()
    _grab(qtbot, affine, out / "affine-projector.png")
    _grab(qtbot, activation, out / "activation-projector.png")
    window.set_projector_mode(False)
    affine.gradientCheck.setChecked(False)
    window.findChild(QDockWidget, "affineDock").resize(1100, 720)
    build = window.latest_frame.build_id
    window.state.update(hidden=(64,) * 10, activations=("relu",) * 10)
    wait_for_frame(qtbot, window, lambda f: f.build_id > build and len(f.weights) == 11)
    show_minibatch(window, qtbot, affine, 30, monkeypatch)
    affine.set_layer(2)
    hover_cell(qtbot, affine.canvas, "A", 4, 10)
    _grab(qtbot, affine, out / "affine-10x64.png")
