"""The window's arrangement: the map gets its space, tick labels stay apart, docks behave.

Measured on the real window, in the sizes a learner and a classroom use: a
laptop (1280×800), an old projector (1024×768) and a 1080p one, each in normal
and projector mode, in English and Japanese.
"""

from __future__ import annotations

import itertools

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from playground.i18n import install_language
from playground.main_window import MIN_HEIGHT, MIN_WIDTH, MainWindow
from playground.remembered import Remembered
from playground.views.registry import DOCKS
from tests.playground.conftest import wait_for_frame

SIZES = ((1280, 800), (1024, 768), (1920, 1080))


def settle(qtbot, win, ms: int = 50) -> None:
    """Let the deferred sizing passes (they follow the plot's own resizes) and a repaint run."""
    qtbot.wait(ms)
    qtbot.waitUntil(lambda: win.sizing.idle, timeout=5000)
    qtbot.wait(ms)


def map_share(win) -> float:
    """The drawn map's height as a share of the window's height."""
    return win.boundary_view.map_rect().height() / win.height()


def tick_labels(axis: pg.AxisItem) -> list[tuple]:
    """The (rect, text) of every tick label the axis would draw now."""
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    if specs is None:
        return []
    return [(rect, text) for rect, _flags, text in specs[2]]


def overlapping_ticks(win) -> list[str]:
    """Every pair of tick labels of one axis whose rectangles overlap, described."""
    found = []
    for plot in win.findChildren(pg.PlotWidget):
        if not plot.isVisible():
            continue
        for side in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(side)
            if not axis.isVisible() or not axis.style.get("showValues", True):
                continue
            labels = tick_labels(axis)
            for (a, ta), (b, tb) in itertools.combinations(labels, 2):
                inter = a.intersected(b)
                if inter.width() > 0.5 and inter.height() > 0.5:
                    found.append(f"{plot.objectName()} {side}: {ta!r} overlaps {tb!r}")
    return found


@pytest.fixture(params=["en", "ja"])
def language(request):
    app = QApplication.instance()
    install_language(app, request.param)
    yield request.param
    install_language(app, "en")


def test_the_map_is_at_least_40_percent_high_and_no_tick_labels_overlap(qtbot, language):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    try:
        wait_for_frame(qtbot, win, lambda f: True)
        results = []
        for (w, h), projector in itertools.product(SIZES, (False, True)):
            win.set_projector_mode(projector)
            win.resize(w, h)
            settle(qtbot, win)
            share = map_share(win)
            overlaps = overlapping_ticks(win)
            results.append(((w, h, projector), round(share, 3), overlaps))
        bad = [r for r in results if r[1] < 0.40 or r[2]]
        assert not bad, f"{language}: {bad}"
    finally:
        win.set_projector_mode(False)
        win.close()


def test_the_smallest_window_is_1024_by_700_and_still_shows_every_default_dock(window, qtbot):
    window.resize(800, 500)
    settle(qtbot, window)
    assert (window.width(), window.height()) == (MIN_WIDTH, MIN_HEIGHT)
    for spec in DOCKS:
        dock = window.findChild(QDockWidget, f"{spec.name}Dock")
        assert dock is not None and dock.isVisible() == spec.shown, spec.name
    assert window.boundary_view.map_rect().height() > 200


def test_docks_are_named_apart_from_the_views_they_hold(window):
    for spec in DOCKS:
        dock = window.findChild(QDockWidget, f"{spec.name}Dock")
        assert dock is not None
        assert dock.objectName() != spec.name
    assert window.findChild(QWidget, "boundaryDock") is not window.boundary_view
    assert window.boundary_view.objectName() == "boundaryView"


def test_a_view_can_be_maximised_for_the_projector_and_restored(window, qtbot):
    settle(qtbot, window)
    share = map_share(window)
    window.docks.toggle_maximized("boundary")
    settle(qtbot, window)
    assert window.docks.maximized == "boundary"
    assert not window.findChild(QDockWidget, "lossDock").isVisible()
    assert not window.findChild(QDockWidget, "networkDock").isVisible()
    assert map_share(window) > share + 0.15, "maximised, the map fills the window"
    window.menus.actions["focusWindow"].trigger()  # Esc restores
    settle(qtbot, window)
    assert window.docks.maximized is None
    assert window.findChild(QDockWidget, "lossDock").isVisible()


def test_hiding_a_dock_and_showing_it_again_from_the_menu(window, qtbot):
    loss = window.findChild(QDockWidget, "lossDock")
    loss.toggleViewAction().trigger()
    assert not loss.isVisible()
    loss.toggleViewAction().trigger()
    assert loss.isVisible()


def test_full_screen_toggles_with_f11(window, qtbot):
    action = window.menus.actions["fullScreen"]
    assert "F11" in [k.toString() for k in action.shortcuts()]
    action.trigger()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)


def test_a_changed_arrangement_is_remembered_and_reset_brings_the_default_back(qtbot, tmp_path,
                                                                               monkeypatch):
    monkeypatch.setenv("NN_PLAYGROUND_CONFIG", str(tmp_path))
    first = MainWindow(remembered=Remembered())
    qtbot.addWidget(first)
    first.show()
    wait_for_frame(qtbot, first, lambda f: True)
    first.findChild(QDockWidget, "layerSummaryDock").show()
    first.sizing.user_arranged()
    first.close()

    second = MainWindow(remembered=Remembered())
    qtbot.addWidget(second)
    second.show()
    settle(qtbot, second)
    try:
        assert second.findChild(QDockWidget, "layerSummaryDock").isVisible(), "remembered"
        assert not second.sizing.active
        second.menus.actions["resetLayout"].trigger()
        settle(qtbot, second)
        assert not second.findChild(QDockWidget, "layerSummaryDock").isVisible()
        assert second.sizing.active
        assert map_share(second) >= 0.40
    finally:
        second.close()
    fresh = Remembered(fresh=True)
    assert fresh.layout() is None, "--fresh ignores what is remembered"


def test_points_outside_the_usual_plane_stay_visible(window, qtbot):
    window.state.update(dataset="gaussian", noise=0.5, data_seed=3)
    frame = wait_for_frame(qtbot, window, lambda f: f.build.x_train.shape[0] > 0
                           and window.state.settings.noise == 0.5 and f.extent != (-6, 6, -6, 6))
    xmin, xmax, ymin, ymax = frame.extent
    points = frame.x_train
    assert points[:, 0].min() >= xmin and points[:, 0].max() <= xmax
    assert points[:, 1].min() >= ymin and points[:, 1].max() <= ymax


def test_the_overlap_check_sees_labels_that_run_together(qtbot):
    plot = pg.PlotWidget()
    plot.setObjectName("crowdedPlot")
    qtbot.addWidget(plot)
    plot.resize(300, 200)
    plot.show()
    plot.setXRange(0, 100, padding=0)
    plot.getPlotItem().getAxis("bottom").setTicks([[(v, f"label {v}") for v in (10, 11, 12)]])
    qtbot.wait(20)

    class Holder:
        def findChildren(self, _cls):
            return [plot]

    assert overlapping_ticks(Holder()), "three labels 1 % apart must be caught"
