"""A view plug-in gets the worker's data it asks for, only while it is visible."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDockWidget, QTableWidget

from playground.views import registry
from tests.playground.conftest import wait_for_frame

KEY = "layerSummary.summary"


def test_a_hidden_plug_in_costs_nothing_and_is_not_even_built(window, qtbot):
    dock = window.findChild(QDockWidget, "layerSummaryDock")
    assert not dock.isVisible()
    assert window.docks.content("layerSummary") is None, "built on first show only"
    window.controller.step(3)
    frame = wait_for_frame(qtbot, window, lambda f: f.step >= 3)
    assert KEY not in frame.probes, "nothing computed for a view nobody sees"


def test_the_layer_summary_gets_its_numbers_while_shown_and_stops_when_hidden(window, qtbot):
    dock = window.findChild(QDockWidget, "layerSummaryDock")
    dock.show()
    dock.raise_()
    view = window.docks.content("layerSummary")
    qtbot.waitUntil(lambda: view.summary is not None, timeout=10000)
    rows = view.summary.rows
    assert [(r.n_in, r.n_out) for r in rows] == [(2, 4), (4, 2), (2, 2)]
    table = view.findChild(QTableWidget, "layerSummaryTable")
    assert table.rowCount() == 3 and table.item(0, 1).text() == "2 × 4"
    # Its numbers are the engine's: the first layer's mean |w| from the frame's weights.
    frame = window.latest_frame
    assert abs(rows[0].mean_abs_w - abs(frame.weights[0][0]).mean()) < 1e-12

    # After a step (paused) it is recomputed at once.
    before = view.summary
    window.controller.step(1)
    qtbot.waitUntil(lambda: view.summary is not before, timeout=10000)
    assert abs(view.summary.rows[0].mean_abs_w
               - abs(window.latest_frame.weights[0][0]).mean()) < 1e-12

    # A parameter change asks the worker again, with the new parameter.
    combo = view.findChild(QComboBox, "layerSummarySplitCombo")
    combo.setCurrentIndex(combo.findData("test"))
    qtbot.waitUntil(lambda: view.summary.split == "test", timeout=10000)

    dock.hide()
    step = window.latest_frame.step
    window.controller.step(2)
    frame = wait_for_frame(qtbot, window, lambda f: f.step >= step + 2)
    assert KEY not in frame.probes, "hidden again: the request was dropped"


def test_every_registered_dock_builds_and_takes_a_frame(window, qtbot):
    frame = window.latest_frame
    for spec in registry.DOCKS:
        content = window.docks.content(spec.name, build=True)
        assert content is not None, spec.name
        if hasattr(content, "set_frame"):
            content.set_frame(frame)
        if hasattr(content, "retranslate"):
            content.retranslate()
