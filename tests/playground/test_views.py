"""The three live views render what a snapshot says, as a learner would see it.

Colours are checked on rendered pixels (``grab()``) or on the heatmap array the
view shows; network edges by what the last paint drew.
"""

from __future__ import annotations

import dataclasses
import warnings

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from engine.history import HistoryArrays
from playground.views import neuron_maps
from playground.views.boundary_view import BoundaryView
from playground.views.colors import CLASS_RGB, DIVERGING_LUT, NAN_RGB, NEUTRAL_RGB, ViewStyle
from playground.views.heatmap import single_class_rgb
from playground.views.loss_view import LossView
from playground.views.network_view import NetworkView
from tests.playground.snapshot_factory import make_snapshot

NEUTRAL = np.array(NEUTRAL_RGB, dtype=float)


def nearest_class(rgb) -> int:
    """Which class colour a heatmap pixel was blended toward (by direction)."""
    d = np.asarray(rgb, dtype=float) - NEUTRAL
    dirs = CLASS_RGB - NEUTRAL
    cos = dirs @ d / (np.linalg.norm(dirs, axis=1) * np.linalg.norm(d) + 1e-9)
    return int(np.argmax(cos))


def with_grid(snapshot, grid, drop_points=False):
    changes = {"output_grid": grid}
    if drop_points:
        empty = np.zeros((0, 2))
        changes.update(x_train=empty, t_train=np.zeros(0, np.int64), x_test=empty,
                       t_test=np.zeros(0, np.int64))
    return dataclasses.replace(snapshot, **changes)


def quadrant_probs(k: int, side: int = 40, p: float = 0.9) -> np.ndarray:
    """Class ``c`` wins in quadrant ``c`` (bottom-left, bottom-right, top-left, top-right)."""
    grid = np.full((side, side, k), (1 - p) / (k - 1))
    h = side // 2
    quads = [(slice(0, h), slice(0, h)), (slice(0, h), slice(h, side)),
             (slice(h, side), slice(0, h)), (slice(h, side), slice(h, side))]
    for c in range(k):
        rows, cols = quads[c % 4]
        grid[rows, cols, :] = (1 - p) / (k - 1)
        grid[rows, cols, c] = p
    return grid


@pytest.fixture
def boundary(qtbot):
    view = BoundaryView()
    qtbot.addWidget(view)
    view.resize(480, 520)
    view.show()
    return view


def pixel_at(view: BoundaryView, x: float, y: float) -> QColor:
    """The rendered colour at plane coordinates ``(x, y)``."""
    plot = view.plot_widget
    vb = plot.getPlotItem().getViewBox()
    point = plot.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
    return plot.viewport().grab().toImage().pixelColor(point)


# -- boundary view -----------------------------------------------------------------


def test_boundary_draws_each_class_in_its_colour_on_screen(boundary, qtbot):
    grid = np.zeros((40, 40, 2))
    grid[:, :20] = (0.95, 0.05)  # left half: class 0
    grid[:, 20:] = (0.05, 0.95)
    boundary.set_snapshot(with_grid(make_snapshot("xor"), grid, drop_points=True))
    qtbot.wait(10)
    left, right = pixel_at(boundary, -3, 0), pixel_at(boundary, 3, 0)
    assert nearest_class(left.getRgb()[:3]) == 0
    assert nearest_class(right.getRgb()[:3]) == 1
    assert left.red() > left.blue() and right.blue() > right.red()


def test_boundary_row_zero_is_the_bottom_of_the_plane(boundary, qtbot):
    grid = np.zeros((40, 40, 2))
    grid[:20] = (0.95, 0.05)  # rows 0..19 = bottom half: class 0
    grid[20:] = (0.05, 0.95)
    boundary.set_snapshot(with_grid(make_snapshot("xor"), grid, drop_points=True))
    qtbot.wait(10)
    assert nearest_class(pixel_at(boundary, 0, -4).getRgb()[:3]) == 0
    assert nearest_class(pixel_at(boundary, 0, 4).getRgb()[:3]) == 1


def test_boundary_shows_k_colours_for_four_classes(boundary):
    snap = make_snapshot("spiral", n_classes=4)
    boundary.set_snapshot(with_grid(snap, quadrant_probs(4)))
    image = boundary.heatmap
    corners = [image[5, 5], image[5, -5], image[-5, 5], image[-5, -5]]
    assert [nearest_class(c) for c in corners] == [0, 1, 2, 3]
    assert len({tuple(c) for c in corners}) == 4


def test_confidence_fades_toward_the_neutral_background(boundary):
    grid = np.zeros((10, 10, 2))
    grid[:, :5] = (0.99, 0.01)
    grid[:, 5:] = (0.55, 0.45)  # barely sure
    boundary.set_snapshot(with_grid(make_snapshot("xor"), grid))
    sure, unsure = boundary.heatmap[5, 2].astype(float), boundary.heatmap[5, 7].astype(float)
    assert np.linalg.norm(sure - NEUTRAL) > 3 * np.linalg.norm(unsure - NEUTRAL)


def test_discretize_leaves_exactly_k_colours(boundary):
    rng = np.random.default_rng(1)
    logits = rng.normal(size=(30, 30, 3)).cumsum(axis=0)
    probs = np.exp(logits) / np.exp(logits).sum(axis=2, keepdims=True)
    boundary.set_snapshot(with_grid(make_snapshot("spiral", n_classes=3), probs))
    assert len(np.unique(boundary.heatmap.reshape(-1, 3), axis=0)) > 3
    boundary.set_discretize(True)  # re-renders from the kept snapshot
    assert len(np.unique(boundary.heatmap.reshape(-1, 3), axis=0)) == 3
    boundary.set_discretize(False)
    assert len(np.unique(boundary.heatmap.reshape(-1, 3), axis=0)) > 3


def test_regression_uses_the_diverging_map(boundary):
    ramp = np.tile(np.linspace(-1, 1, 41), (41, 1))[:, :, None]  # −1 left … +1 right
    boundary.set_snapshot(with_grid(make_snapshot("plane"), ramp))
    row = boundary.heatmap[20].astype(int)
    assert np.abs(row[0] - DIVERGING_LUT[0]).max() <= 2  # orange end
    assert np.abs(row[-1] - DIVERGING_LUT[255]).max() <= 2  # blue end
    assert np.abs(row[20] - NEUTRAL).max() <= 3  # neutral middle
    boundary.set_discretize(True)
    assert len(np.unique(boundary.heatmap.reshape(-1, 3), axis=0)) == 2


def test_nan_pixels_are_grey(boundary):
    grid = np.full((20, 20, 2), 0.5)
    grid[3, 4] = np.nan
    boundary.set_snapshot(with_grid(make_snapshot("xor"), grid))
    assert tuple(boundary.heatmap[3, 4]) == NAN_RGB


def test_show_test_adds_the_test_points(boundary):
    snap = make_snapshot("spiral", n_classes=3)
    boundary.set_snapshot(snap)

    def count(items):
        return sum(len(it.data) for it in items)

    assert count(boundary.train_items) == len(snap.x_train)
    assert count(boundary.test_items) == 0
    boundary.set_show_test(True)
    assert count(boundary.test_items) == len(snap.x_test)
    assert "test" in boundary.legend_texts()
    symbols = {boundary.train_items[k].opts["symbol"] for k in range(3)}
    assert len(symbols) == 3  # one marker shape per class
    boundary.set_show_test(False)
    assert count(boundary.test_items) == 0


def test_unchanged_points_are_not_refilled(boundary, monkeypatch):
    snap = make_snapshot("xor")
    boundary.set_snapshot(snap)
    calls = []
    monkeypatch.setattr(boundary.train_items[0], "setData", lambda *a, **k: calls.append(1))
    boundary.set_snapshot(dataclasses.replace(snap, step=snap.step + 5))
    assert calls == []
    boundary.set_snapshot(dataclasses.replace(snap, build_id=snap.build_id + 1))
    assert calls


def test_plane_is_fixed_and_legend_lists_the_classes(boundary):
    boundary.set_snapshot(make_snapshot("spiral", n_classes=5))
    vb = boundary.plot_widget.getPlotItem().getViewBox()
    assert vb.state["mouseEnabled"] == [False, False]
    assert vb.state["aspectLocked"]
    texts = boundary.legend_texts()
    assert [t for t in texts if t.startswith("class")] == [f"class {k}" for k in range(5)]


def test_neuron_map_replaces_the_output_until_show_output(boundary):
    snap = make_snapshot("circle", hidden=(3,))
    g = snap.neuron_grids[0].shape[0]
    grids = snap.neuron_grids[0].copy()
    grids[..., 1] = np.tile(np.linspace(-1, 1, g), (g, 1))  # tanh: orange left, blue right
    snap = dataclasses.replace(snap, neuron_grids=(grids,))
    boundary.set_snapshot(snap)
    output = boundary.heatmap.copy()
    boundary.show_neuron(1, 1)
    assert boundary.title_text == neuron_maps.neuron_title(snap, 1, 1)
    assert boundary.heatmap.shape != output.shape or not np.array_equal(boundary.heatmap, output)
    assert nearest_class(boundary.heatmap[boundary.heatmap.shape[0] // 2, -1]) == 1  # +1 blue
    assert nearest_class(boundary.heatmap[boundary.heatmap.shape[0] // 2, 0]) == 0  # -1 orange
    boundary.show_output()
    assert np.array_equal(boundary.heatmap, output)


def test_live_neuron_follows_new_snapshots(boundary):
    a = make_snapshot("circle", hidden=(3,), seed=1)
    b = make_snapshot("circle", hidden=(3,), seed=2)
    boundary.set_snapshot(a)
    boundary.show_neuron(1, 0)
    first = boundary.heatmap.copy()
    boundary.set_snapshot(b)
    assert not np.array_equal(first, boundary.heatmap)
    assert "neuron 1" in boundary.title_text


# -- loss view ------------------------------------------------------------------------


@pytest.fixture
def loss(qtbot):
    view = LossView()
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.show()
    return view


def test_loss_curves_equal_the_snapshot_history(loss):
    snap = make_snapshot("circle", history_points=25)
    loss.set_snapshot(snap)
    h = snap.history
    x, y = loss.train_curve.getData()
    np.testing.assert_array_equal(x, h.epoch)
    np.testing.assert_allclose(y, h.train_loss)
    np.testing.assert_allclose(loss.test_curve.getData()[1], h.test_loss)
    np.testing.assert_allclose(loss.train_acc_curve.getData()[1], 100 * h.train_acc)
    assert loss.acc_plot.isVisibleTo(loss)


def test_log_scale_toggles_and_guards_non_positive_losses(loss):
    snap = make_snapshot("circle", history_points=10)
    h = snap.history
    bad = h.train_loss.copy()
    bad[3] = 0.0
    snap = dataclasses.replace(snap, history=dataclasses.replace(h, train_loss=bad))
    loss.set_snapshot(snap)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loss.set_log_scale(True)
        loss.grab()
    assert loss.is_log_scale()
    assert loss.loss_plot.getPlotItem().getAxis("left").logMode
    y = loss.train_curve.yData
    assert np.isnan(y[3]) and np.all(np.isfinite(np.delete(y, 3)))
    loss.set_log_scale(False)
    assert not loss.loss_plot.getPlotItem().getAxis("left").logMode
    assert loss.train_curve.yData[3] == 0.0


def test_growing_history_always_stays_inside_the_plot(loss):
    snap = make_snapshot("circle", history_points=40)
    h = snap.history
    for n, scale in ((5, 1.0), (12, 1.0), (40, 3.0)):
        grown = dataclasses.replace(
            h, epoch=h.epoch[:n] * scale, train_loss=h.train_loss[:n] * scale,
            test_loss=h.test_loss[:n], train_acc=h.train_acc[:n], test_acc=h.test_acc[:n],
        )
        loss.set_snapshot(dataclasses.replace(snap, history=grown))
        (x_lo, x_hi), (y_lo, y_hi) = loss.loss_plot.getPlotItem().getViewBox().viewRange()
        assert x_lo <= 0 and x_hi >= grown.epoch[-1]
        top = max(np.nanmax(grown.train_loss), np.nanmax(grown.test_loss))
        assert y_lo <= 0 and y_hi >= top
        assert x_hi <= 1.6 * grown.epoch[-1] + 2, "the curve should fill most of the width"


def test_reset_clears_the_curves(loss):
    loss.set_snapshot(make_snapshot("circle", history_points=30, build_id=1))
    assert len(loss.train_curve.getData()[0]) == 30
    fresh = make_snapshot("circle", history_points=1, build_id=2)
    fresh = dataclasses.replace(fresh, history=HistoryArrays.empty())
    loss.set_snapshot(fresh)
    assert loss.train_curve.getData()[0] is None or len(loss.train_curve.getData()[0]) == 0
    assert loss.test_curve.getData()[0] is None or len(loss.test_curve.getData()[0]) == 0


def test_regression_hides_accuracy(loss):
    loss.set_snapshot(make_snapshot("plane"))
    assert not loss.acc_plot.isVisibleTo(loss)
    loss.set_snapshot(make_snapshot("circle", build_id=2))
    assert loss.acc_plot.isVisibleTo(loss)


def test_divergence_is_reported_in_words(loss):
    snap = dataclasses.replace(make_snapshot("circle"), diverged="loss became NaN")
    loss.set_snapshot(snap)
    assert "loss became NaN" in loss.findChild(type(loss._summary), "lossSummary").text()


# -- network view ------------------------------------------------------------------------


@pytest.fixture
def network(qtbot):
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    return view


def test_every_weight_is_drawn_as_one_edge(network):
    snap = make_snapshot("circle", hidden=(8, 8))
    network.set_snapshot(snap)
    network.grab()
    n_weights = sum(w.size for w, _ in snap.weights)
    assert n_weights == 2 * 8 + 8 * 8 + 8 * 2
    assert network.last_paint_stats["edges"] == n_weights
    assert network.last_paint_stats["edges_hidden"] == 0
    assert network.last_paint_stats["heatmaps"]


def tiny_network(w_top: float, w_bottom: float):
    """Inputs X₁, X₂ -> one linear neuron -> one output, with chosen weights."""
    weights = [(np.array([[w_top], [w_bottom]]), np.zeros(1)),
               (np.array([[0.5]]), np.zeros(1))]
    return make_snapshot("plane", hidden=(1,), activations=("linear",), weights=weights)


def edge_midpoint(view: NetworkView, i: int) -> QPoint:
    a, b = view.node_center(0, i), view.node_center(1, 0)
    return QPoint(round((a.x() + b.x()) / 2), round((a.y() + b.y()) / 2))


def test_edge_colour_follows_the_weight_sign(network):
    network.set_snapshot(tiny_network(+2.0, -2.0))
    image = network.grab().toImage()
    pos, neg = (image.pixelColor(edge_midpoint(network, i)) for i in (0, 1))
    assert pos.blue() > pos.red() + 60  # blue
    assert neg.red() > neg.blue() + 60  # orange


def test_bigger_weight_draws_a_thicker_edge(network):
    network.set_snapshot(tiny_network(0.1, 3.0))
    _, thin = network.edge_style(0, 0, 0)
    _, thick = network.edge_style(0, 1, 0)
    assert thick > thin
    image = network.grab().toImage()

    def thickness(i):
        mid = edge_midpoint(network, i)
        return sum(
            1 for dy in range(-12, 13)
            if image.pixelColor(mid.x(), mid.y() + dy).lightness() < 235
        )

    assert thickness(1) > thickness(0)


def test_layout_follows_the_architecture(network):
    network.set_snapshot(make_snapshot("circle", hidden=(4, 2)))
    first = network.diagram_layout()
    assert [len(ys) for ys in first.ys] == [2, 4, 2, 2]
    network.set_snapshot(make_snapshot("circle", hidden=(6, 6, 3), build_id=2))
    second = network.diagram_layout()
    assert [len(ys) for ys in second.ys] == [2, 6, 6, 3, 2]
    assert second.xs[1] - second.xs[0] < first.xs[1] - first.xs[0]


def test_hover_emits_the_node_indices(network, qtbot):
    network.set_snapshot(make_snapshot("circle", hidden=(4, 2)))
    network.grab()
    with qtbot.waitSignal(network.neuronHovered, timeout=1000) as blocker:
        QTest.mouseMove(network, network.node_center(1, 2).toPoint())
    assert blocker.args == [1, 2]
    with qtbot.waitSignal(network.neuronHovered, timeout=1000) as blocker:
        network.hover_at(network.node_center(3, 1))
    assert blocker.args == [3, 1]  # the output layer
    with qtbot.waitSignal(network.neuronLeft, timeout=1000):
        network.hover_at(QPointF(2, network.height() - 2))


def test_neuron_grid_and_title_per_layer(network):
    snap = make_snapshot("circle", hidden=(4, 2), feature_names=("x1", "x1sq"))
    network.set_snapshot(snap)
    np.testing.assert_array_equal(network.neuron_grid(0, 1), snap.feature_grids[:, :, 1])
    np.testing.assert_array_equal(network.neuron_grid(2, 1), snap.neuron_grids[1][:, :, 1])
    np.testing.assert_array_equal(network.neuron_grid(3, 0), snap.output_grid[:, :, 0])
    assert network.neuron_grid(1, 4) is None and network.neuron_grid(9, 0) is None
    assert "X₁²" in network.neuron_title(0, 1)
    assert "tanh" in network.neuron_title(1, 0)


def test_edge_tooltip_shows_the_weight(network):
    network.set_snapshot(tiny_network(0.25, -1.5))
    text = network.tooltip_text(QPointF(edge_midpoint(network, 1)))
    assert "-1.500" in text
    assert "bias" in network.tooltip_text(network.node_center(1, 0))


def test_ten_layers_of_64_render_as_dots_with_faded_edges(qtbot):
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    snap = make_snapshot("gauss", hidden=(64,) * 10, n_classes=5, grid=30, coarse=10)
    view.set_snapshot(snap)
    view.grab()
    stats = view.last_paint_stats
    # Only the 2 inputs and 5 outputs have room for heatmaps.
    assert stats["heatmap_columns"] == (True,) + (False,) * 10 + (True,)
    assert stats["heatmaps"] == 2 + 5
    assert stats["edges"] + stats["edges_hidden"] == sum(w.size for w, _ in snap.weights)
    assert stats["edges"] > 0
    assert neuron_maps.neuron_grid(snap, 10, 63) is not None


def test_small_columns_keep_heatmaps_next_to_a_big_one(network, qtbot):
    snap = make_snapshot("circle", hidden=(64,), activations=("relu",))
    network.set_snapshot(snap)
    image = network.grab().toImage()
    assert network.last_paint_stats["heatmap_columns"] == (True, False, True)
    lay = network.diagram_layout()
    inputs, hidden, outputs = lay.node_sizes
    assert inputs >= 2 * hidden and outputs >= 2 * hidden
    # Input X₁'s square shows its map: left half orange, right half blue.
    rect = lay.node_rect(0, 0)
    cy = round(rect.center().y())
    left = image.pixelColor(round(rect.left() + rect.width() * 0.2), cy)
    right = image.pixelColor(round(rect.right() - rect.width() * 0.2), cy)
    assert left.red() > left.blue() + 60 and right.blue() > right.red() + 60
    # Hovering anywhere on the big square, not just its centre, picks it.
    corner = rect.topLeft() + QPointF(2, 2)
    with qtbot.waitSignal(network.neuronHovered, timeout=1000) as blocker:
        network.hover_at(corner)
    assert blocker.args == [0, 0]
    with qtbot.waitSignal(network.neuronHovered, timeout=1000) as blocker:
        QTest.mouseMove(network, network.node_center(0, 1).toPoint())
    assert blocker.args == [0, 1]
    with qtbot.waitSignal(network.neuronHovered, timeout=1000) as blocker:
        network.hover_at(network.node_center(1, 40))
    assert blocker.args == [1, 40]


def test_edges_start_and_end_on_each_columns_node_border(network):
    network.set_snapshot(make_snapshot("circle", hidden=(64,), activations=("relu",)))
    lay = network.diagram_layout()
    for pair in (0, 1):
        lines = lay.edge_lines(pair)
        assert np.allclose(lines[:, 0], lay.xs[pair] + lay.node_sizes[pair] / 2)
        assert np.allclose(lines[:, 2], lay.xs[pair + 1] - lay.node_sizes[pair + 1] / 2)
    # The middle of the edge from X₂ to hidden neuron 10 is found again.
    line = lay.edge_lines(0)[1 * 64 + 10]
    mid = ((line[0] + line[2]) / 2, (line[1] + line[3]) / 2)
    assert lay.edge_at(*mid) == (0, 1, 10)


def test_projector_style_enlarges_text_and_lines(network):
    network.set_snapshot(tiny_network(1.0, -1.0))
    _, laptop = network.edge_style(0, 0, 0)
    network.set_style(ViewStyle.projector())
    _, projector = network.edge_style(0, 0, 0)
    assert projector >= 2 * laptop - 1
    assert network.font().pointSizeF() == pytest.approx(ViewStyle().font_pt * 1.6)


@pytest.mark.parametrize("cls, name", [(BoundaryView, "boundaryView"), (LossView, "lossView"),
                                       (NetworkView, "networkView")])
def test_views_have_names(qtbot, cls, name):
    view = cls()
    qtbot.addWidget(view)
    assert view.objectName() == name
    assert view.accessibleName()


def test_feature_labels_use_sub_and_superscripts():
    assert [neuron_maps.feature_label(n) for n in ("x1", "x2sq", "x1x2", "sin_x1")] == [
        "X₁", "X₂²", "X₁X₂", "sin X₁"]


def test_widgets_accept_no_mouse_drag_on_the_plane(boundary, qtbot):
    boundary.set_snapshot(make_snapshot("xor"))
    vb = boundary.plot_widget.getPlotItem().getViewBox()
    before = vb.viewRange()
    centre = boundary.plot_widget.rect().center()
    QTest.mousePress(boundary.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseMove(boundary.plot_widget.viewport(), centre + QPoint(60, 40))
    QTest.mouseRelease(boundary.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                       pos=centre + QPoint(60, 40))
    assert np.allclose(vb.viewRange(), before)


def test_new_architecture_ends_the_hovered_neuron(qtbot, boundary, network):
    small = make_snapshot("circle", hidden=(4, 2))
    boundary.set_snapshot(small)
    network.set_snapshot(small)
    network.hover_at(network.node_center(2, 1))
    boundary.show_neuron(2, 1)
    assert boundary.showing_neuron
    rebuilt = make_snapshot("circle", hidden=(3,), build_id=2)
    with qtbot.waitSignal(network.neuronLeft, timeout=1000):
        network.set_snapshot(rebuilt)
    boundary.set_snapshot(rebuilt)
    assert not boundary.showing_neuron
    assert boundary.title_text.startswith("Output")


def test_relu_neurons_on_different_scales_each_show_their_pattern():
    snap = make_snapshot("circle", hidden=(2,), activations=("relu",))
    g = snap.neuron_grids[0].shape[0]
    ramp = np.linspace(0.0, 1.0, g)[None, :].repeat(g, axis=0)
    grids = np.stack([10.0 * ramp, 0.5 * ramp], axis=2).astype(np.float32)
    snap = dataclasses.replace(snap, neuron_grids=(grids,))
    rgb = neuron_maps.column_rgb(snap, 1, grids)
    # The small neuron's strongest pixel is as saturated as the big one's.
    spread = [int(np.ptp(rgb[..., i, :].astype(int), axis=(0, 1)).max()) for i in range(2)]
    assert spread[1] >= 0.8 * spread[0], spread


def test_discretized_output_node_lights_only_where_its_class_wins():
    snap = make_snapshot("spiral", n_classes=3)
    g = snap.output_grid.shape[0]
    probs = np.empty((g, g, 3), dtype=np.float32)
    probs[...] = (0.35, 0.60, 0.05)  # class 1 wins everywhere, class 0 is above 1/3
    snap = dataclasses.replace(snap, output_grid=probs)
    last = neuron_maps.n_columns(snap) - 1
    rgb0 = neuron_maps.neuron_rgb(snap, last, 0, discretize=True)
    rgb1 = neuron_maps.neuron_rgb(snap, last, 1, discretize=True)
    g2 = rgb0.shape[0]
    never = single_class_rgb(np.zeros((g2, g2)), 0)
    always = single_class_rgb(np.ones((g2, g2)), 1)
    np.testing.assert_array_equal(rgb0, never)  # 0.35 > 1/3, but class 0 never wins
    np.testing.assert_array_equal(rgb1, always)


def test_an_output_of_zero_is_white_for_every_activation():
    for act in ("sigmoid", "tanh", "relu", "linear"):
        snap = make_snapshot("circle", hidden=(2,), activations=(act,))
        g = snap.neuron_grids[0].shape[0]
        grids = np.zeros((g, g, 2), dtype=np.float32)
        grids[..., 1] = 0.9  # a second neuron, so per-neuron ranges are defined
        snap = dataclasses.replace(snap, neuron_grids=(grids,))
        rgb = neuron_maps.column_rgb(snap, 1, grids)
        np.testing.assert_allclose(rgb[0, 0, 0], NEUTRAL_RGB, atol=3, err_msg=act)


def test_a_hovered_neuron_legend_gives_its_value_range_not_classes(boundary):
    snap = make_snapshot("circle", hidden=(3,), activations=("tanh",))
    boundary.set_snapshot(snap)
    assert any("class 0" in t for t in boundary.legend_texts())
    boundary.show_neuron(1, 0)
    texts = boundary.legend_texts()
    assert not any("class" in t for t in texts)
    assert any("-1" in t and "1" in t for t in texts), texts
    boundary.show_output()
    assert any("class 0" in t for t in boundary.legend_texts())
