"""Picking on the plane: a data point brings its label, a location waits for one;
keys walk the points; the pick survives a reset and leaves with new data, in words."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from tests.playground.conftest import wait_for_frame


def plane_point(window, x: float, y: float) -> QPoint:
    """Widget position (in the plot's viewport) of plane coordinates (x, y)."""
    plot = window.boundary_view.plot_widget
    vb = plot.getPlotItem().getViewBox()
    scene = vb.mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def click_plane(window, qtbot, x: float, y: float) -> None:
    plot = window.boundary_view.plot_widget
    qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=plane_point(window, x, y))


def test_clicking_a_data_point_picks_it_with_its_label(window, qtbot):
    frame = window.latest_frame
    qtbot.wait(100)  # laid out
    xy = frame.x_train[7]
    click_plane(window, qtbot, float(xy[0]), float(xy[1]))
    pick = window.controller.selection.pick
    assert pick is not None and pick.split == "train"
    chosen = frame.x_train[pick.index]
    assert np.hypot(*(chosen - xy)) < 0.3, "the nearest point to the click"
    assert pick.label == int(frame.t_train[pick.index])
    marker = window.view("boundary").picker.marker.getData()
    assert (marker[0][0], marker[1][0]) == tuple(pick.xy)


def test_clicking_empty_plane_picks_a_location_without_a_label(window, qtbot):
    window.state.update(dataset="xor")
    frame = wait_for_frame(qtbot, window, lambda f: f.build.x_train.shape[0] == 250
                           and window.state.settings.dataset == "xor")
    qtbot.wait(100)
    # The point of the plane farthest from every data point.
    grid = np.stack(np.meshgrid(np.linspace(-5.5, 5.5, 45), np.linspace(-5.5, 5.5, 45)), -1)
    grid = grid.reshape(-1, 2)
    d = np.min(np.hypot(grid[:, None, 0] - frame.x_train[None, :, 0],
                        grid[:, None, 1] - frame.x_train[None, :, 1]), axis=1)
    x, y = grid[int(np.argmax(d))]
    click_plane(window, qtbot, float(x), float(y))
    pick = window.controller.selection.pick
    assert pick is not None and pick.split is None and pick.label is None
    assert np.hypot(pick.xy[0] - x, pick.xy[1] - y) < 0.2
    window.controller.selection.set_pick_label(1)
    assert window.controller.selection.pick.label == 1


def test_arrow_keys_and_the_next_button_walk_through_the_points(window, qtbot):
    panel = window.view("boundary")
    qtbot.waitUntil(lambda: window.boundary_view.frame is not None)
    qtbot.mouseClick(panel.nextPointButton, Qt.LeftButton)
    first = window.controller.selection.pick
    assert (first.split, first.index) == ("train", 0)
    plot = window.boundary_view.plot_widget
    plot.setFocus()
    qtbot.waitUntil(plot.hasFocus)
    QTest.keyClick(plot, Qt.Key_Right)
    assert window.controller.selection.pick.index == 1
    QTest.keyClick(plot, Qt.Key_Left)
    QTest.keyClick(plot, Qt.Key_Left)
    last = window.controller.selection.pick
    assert (last.split, last.index) == ("train", len(window.latest_frame.x_train) - 1)


def test_the_pick_survives_reset_and_training_but_not_new_data(window, qtbot):
    panel = window.view("boundary")
    qtbot.waitUntil(lambda: window.boundary_view.frame is not None)
    panel.picker.step(+1)
    pick = window.controller.selection.pick
    assert pick is not None and pick.is_data_point
    build = window.latest_frame.build_id
    window.controller.reset()
    wait_for_frame(qtbot, window, lambda f: f.build_id > build)
    assert window.controller.selection.pick == pick, "Reset keeps the data, so the pick"
    window.controller.step(20)
    wait_for_frame(qtbot, window, lambda f: f.step >= 20)
    assert window.controller.selection.pick == pick
    build = window.latest_frame.build_id
    qtbot.mouseClick(window.findChild(QPushButton, "regenerateButton"), Qt.LeftButton)
    wait_for_frame(qtbot, window, lambda f: f.build_id > build)
    assert window.controller.selection.pick is None
    assert window.banner.isVisible() and "picked point" in window.banner.text()
