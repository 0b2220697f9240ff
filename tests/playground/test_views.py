"""The live views render what a frame says, as a learner would see it.

Frames come from the real :class:`TrainingSession` (``tests.playground.frames``);
where a test needs a particular picture it replaces the output grid or the
neuron grids of such a frame. Colours are checked on rendered pixels
(``grab()``) or on the heatmap array the view shows; network edges by what the
last paint drew. The dock contents (BoundaryPanel, LossPanel) are driven like
a user would: their check boxes edit the settings, and the view follows.
"""

from __future__ import annotations

import dataclasses
import warnings
from contextlib import contextmanager
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QScrollBar,
    QWidget,
)

from playground.i18n import current_language, install_language
from playground.messages import divergence_reason
from playground.selection import Selection
from playground.views.base import ViewContext
from playground.views.colors import CLASS_RGB, DIVERGING_LUT, NAN_RGB, NEUTRAL_RGB, ViewStyle
from playground.views.diagram import neuron_maps
from playground.views.diagram.network_view import NetworkView
from playground.views.heatmap import single_class_rgb
from playground.views.loss.loss_panel import LossPanel
from playground.views.loss.loss_view import LossView
from playground.views.plane.boundary_panel import BoundaryPanel
from playground.views.plane.boundary_view import BoundaryView
from tests.playground.conftest import Recorder, child, click
from tests.playground.frames import frame_of, make_frame, make_session, without_points

NEUTRAL = np.array(NEUTRAL_RGB, dtype=float)


def nearest_class(rgb) -> int:
    """Which class colour a heatmap pixel was blended toward (by direction)."""
    d = np.asarray(rgb, dtype=float) - NEUTRAL
    dirs = CLASS_RGB - NEUTRAL
    cos = dirs @ d / (np.linalg.norm(dirs, axis=1) * np.linalg.norm(d) + 1e-9)
    return int(np.argmax(cos))


def with_output(frame, grid):
    """``frame`` showing ``grid`` as the network's output over the plane."""
    return dataclasses.replace(frame, output_grid=grid)


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


def unique_colours(image: np.ndarray) -> int:
    return len(np.unique(image.reshape(-1, 3), axis=0))


@contextmanager
def japanese(app):
    """The Japanese interface for the block; English again after it, whatever happens."""
    assert install_language(app, "ja") is not None, "the Japanese .qm did not load"
    try:
        yield
    finally:
        install_language(app, "en")
    assert current_language(app) == "en"


@contextmanager
def bigger_app_font(qtbot, *windows: QWidget, scale: float = 1.45):
    """The application font ``scale`` times larger (as projector mode sets it), then restored.

    Qt hands a new application font to existing windows through posted events:
    the block starts once ``windows`` have it, as the main window's docks have
    it (the window sets it on itself) when it asks them to ``set_style``.
    """
    saved = QFont(QApplication.font())
    big = QFont(saved)
    big.setPointSizeF(saved.pointSizeF() * scale)
    QApplication.setFont(big)
    try:
        for window in windows:
            qtbot.waitUntil(lambda w=window: w.font().pointSizeF() == big.pointSizeF())
        yield big
    finally:
        QApplication.setFont(saved)


@pytest.fixture
def boundary(qtbot):
    view = BoundaryView()
    qtbot.addWidget(view)
    view.resize(480, 520)
    view.show()
    qtbot.waitExposed(view)
    return view


def pixel_at(view: BoundaryView, x: float, y: float) -> QColor:
    """The rendered colour at plane coordinates ``(x, y)``."""
    plot = view.plot_widget
    image = plot.viewport().grab().toImage()  # paints first, so the mapping below is current
    vb = plot.getPlotItem().getViewBox()
    point = plot.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
    return image.pixelColor(point)


# -- boundary view -----------------------------------------------------------------


def test_boundary_draws_each_class_in_its_colour_on_screen(boundary):
    grid = np.zeros((40, 40, 2))
    grid[:, :20] = (0.95, 0.05)  # left half: class 0
    grid[:, 20:] = (0.05, 0.95)
    boundary.set_frame(without_points(with_output(make_frame("xor"), grid)))
    left, right = pixel_at(boundary, -3, 0), pixel_at(boundary, 3, 0)
    assert nearest_class(left.getRgb()[:3]) == 0
    assert nearest_class(right.getRgb()[:3]) == 1
    assert left.red() > left.blue() and right.blue() > right.red()


def test_boundary_row_zero_is_the_bottom_of_the_plane(boundary):
    grid = np.zeros((40, 40, 2))
    grid[:20] = (0.95, 0.05)  # rows 0..19 = bottom half: class 0
    grid[20:] = (0.05, 0.95)
    boundary.set_frame(without_points(with_output(make_frame("xor"), grid)))
    assert nearest_class(pixel_at(boundary, 0, -4).getRgb()[:3]) == 0
    assert nearest_class(pixel_at(boundary, 0, 4).getRgb()[:3]) == 1


def test_a_trained_network_colours_the_circle_inside_and_out(boundary):
    """The real output, not a hand-made grid: after training, the centre of the
    circle and the corners are coloured as the classes of the points there."""
    frame = make_frame("circle", hidden=(4, 2), train_steps=3000, learning_rate=0.1)
    assert frame.train_acc > 0.9, frame.train_acc  # it did learn the circle
    boundary.set_frame(without_points(frame))
    inside = int(np.round(np.mean(frame.t_train[np.hypot(*frame.x_train.T) < 1.5])))
    assert nearest_class(pixel_at(boundary, 0, 0).getRgb()[:3]) == inside
    for corner in ((-5.5, -5.5), (5.5, 5.5)):
        assert nearest_class(pixel_at(boundary, *corner).getRgb()[:3]) == 1 - inside, corner


def test_boundary_shows_k_colours_for_four_classes(boundary):
    frame = make_frame("spiral", n_classes=4)
    boundary.set_frame(with_output(frame, quadrant_probs(4)))
    image = boundary.heatmap
    corners = [image[5, 5], image[5, -5], image[-5, 5], image[-5, -5]]
    assert [nearest_class(c) for c in corners] == [0, 1, 2, 3]
    assert len({tuple(c) for c in corners}) == 4


def test_confidence_fades_toward_the_neutral_background(boundary):
    grid = np.zeros((10, 10, 2))
    grid[:, :5] = (0.99, 0.01)
    grid[:, 5:] = (0.55, 0.45)  # barely sure
    boundary.set_frame(with_output(make_frame("xor"), grid))
    sure, unsure = boundary.heatmap[5, 2].astype(float), boundary.heatmap[5, 7].astype(float)
    assert np.linalg.norm(sure - NEUTRAL) > 3 * np.linalg.norm(unsure - NEUTRAL)


def test_discretize_leaves_exactly_k_colours(boundary):
    rng = np.random.default_rng(1)
    logits = rng.normal(size=(30, 30, 3)).cumsum(axis=0)
    probs = np.exp(logits) / np.exp(logits).sum(axis=2, keepdims=True)
    boundary.set_frame(with_output(make_frame("spiral", n_classes=3), probs))
    assert unique_colours(boundary.heatmap) > 3
    boundary.set_discretize(True)  # re-renders from the kept frame
    assert unique_colours(boundary.heatmap) == 3
    boundary.set_discretize(False)
    assert unique_colours(boundary.heatmap) > 3


def test_regression_uses_the_diverging_map(boundary):
    ramp = np.tile(np.linspace(-1, 1, 41), (41, 1))[:, :, None]  # −1 left … +1 right
    boundary.set_frame(with_output(make_frame("reg_plane"), ramp))
    row = boundary.heatmap[20].astype(int)
    assert np.abs(row[0] - DIVERGING_LUT[0]).max() <= 2  # orange end
    assert np.abs(row[-1] - DIVERGING_LUT[255]).max() <= 2  # blue end
    assert np.abs(row[20] - NEUTRAL).max() <= 3  # neutral middle
    before = boundary.heatmap.copy()
    boundary.set_discretize(True)  # not offered for regression: it would show only the sign
    assert np.array_equal(boundary.heatmap, before)


def test_nan_pixels_are_grey(boundary):
    grid = np.full((20, 20, 2), 0.5)
    grid[3, 4] = np.nan
    boundary.set_frame(with_output(make_frame("xor"), grid))
    assert tuple(boundary.heatmap[3, 4]) == NAN_RGB


def test_show_test_adds_the_test_points(boundary):
    frame = make_frame("spiral", n_classes=3)
    boundary.set_frame(frame)

    def count(items):
        return sum(len(it.data) for it in items)

    assert len(frame.x_test) > 0
    assert count(boundary.train_items) == len(frame.x_train)
    assert count(boundary.test_items) == 0
    assert "test" not in boundary.legend_texts()
    boundary.set_show_test(True)
    assert count(boundary.test_items) == len(frame.x_test)
    assert "test" in boundary.legend_texts()
    symbols = {boundary.train_items[k].opts["symbol"] for k in range(3)}
    assert len(symbols) == 3  # one marker shape per class
    boundary.set_show_test(False)
    assert count(boundary.test_items) == 0


def test_points_are_refilled_only_when_the_data_change(boundary, monkeypatch):
    session = make_session("xor")
    boundary.set_frame(frame_of(session))
    calls = []
    monkeypatch.setattr(boundary.train_items[0], "setData", lambda *a, **k: calls.append(1))
    session.step(5)  # training moves the weights, not the points
    boundary.set_frame(frame_of(session))
    assert calls == []
    session.apply(session.settings.with_changes(data_seed=1))  # "Regenerate": new points
    regenerated = frame_of(session)
    assert regenerated.build_id == 2
    boundary.set_frame(regenerated)
    assert calls


def test_plane_is_fixed_and_legend_lists_the_classes(boundary):
    boundary.set_frame(make_frame("spiral", n_classes=5))
    vb = boundary.plot_widget.getPlotItem().getViewBox()
    assert vb.state["mouseEnabled"] == [False, False]
    assert vb.state["aspectLocked"]
    texts = boundary.legend_texts()
    assert [t for t in texts if t.startswith("class")] == [f"class {k}" for k in range(5)]


def test_neuron_map_replaces_the_output_until_show_output(boundary):
    frame = make_frame("circle", hidden=(3,))
    g = frame.neuron_grids[0].shape[0]
    grids = frame.neuron_grids[0].copy()
    grids[..., 1] = np.tile(np.linspace(-1, 1, g), (g, 1))  # tanh: orange left, blue right
    frame = dataclasses.replace(frame, neuron_grids=(grids,))
    boundary.set_frame(frame)
    output = boundary.heatmap.copy()
    boundary.show_neuron(1, 1)
    assert boundary.title_text == neuron_maps.neuron_title(frame, 1, 1)
    assert boundary.heatmap.shape != output.shape or not np.array_equal(boundary.heatmap, output)
    assert nearest_class(boundary.heatmap[boundary.heatmap.shape[0] // 2, -1]) == 1  # +1 blue
    assert nearest_class(boundary.heatmap[boundary.heatmap.shape[0] // 2, 0]) == 0  # -1 orange
    boundary.show_output()
    assert np.array_equal(boundary.heatmap, output)


def test_live_neuron_follows_new_frames(boundary, qtbot):
    session = make_session("circle", hidden=(3,), learning_rate=0.3)
    boundary.set_frame(frame_of(session))
    boundary.show_neuron(1, 0)
    first = boundary.heatmap.copy()
    session.step(300)
    later = frame_of(session)
    boundary.set_frame(later)
    assert "neuron 1" in boundary.title_text
    assert not np.array_equal(first, boundary.heatmap)
    # What it shows is the new frame's neuron, as a view shown it afresh draws it.
    fresh = BoundaryView()
    qtbot.addWidget(fresh)
    fresh.set_frame(later)
    fresh.show_neuron(1, 0)
    np.testing.assert_array_equal(boundary.heatmap, fresh.heatmap)


# -- loss view ------------------------------------------------------------------------


@pytest.fixture
def loss(qtbot):
    view = LossView()
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.show()
    return view


def trained_frame(epochs: int, dataset: str = "circle", **kw):
    """A frame after ``epochs`` whole epochs of the session's minibatch training."""
    session = make_session(dataset, **kw)
    for _ in range(epochs):
        session.step_epoch()
    frame = frame_of(session)
    assert frame.epoch == epochs and len(frame.history) >= epochs
    return frame


def test_loss_curves_equal_the_frame_history(loss):
    frame = trained_frame(25)
    loss.set_frame(frame)
    h = frame.history
    x, y = loss.train_curve.getData()
    np.testing.assert_array_equal(x, h.epoch)
    np.testing.assert_allclose(y, h.train_loss)
    np.testing.assert_allclose(loss.test_curve.getData()[1], h.test_loss)
    np.testing.assert_allclose(loss.train_acc_curve.getData()[1], 100 * h.train_acc)
    np.testing.assert_allclose(loss.test_acc_curve.getData()[1], 100 * h.test_acc)
    assert loss.acc_plot.isVisibleTo(loss)


def test_no_test_split_draws_no_test_curve(loss):
    frame = trained_frame(5, "gate_xor", hidden=(2,), batch_size=4)
    assert not frame.has_test
    loss.set_frame(frame)
    np.testing.assert_array_equal(loss.train_curve.getData()[0], frame.history.epoch)
    x_test = loss.test_curve.getData()[0]
    assert x_test is None or len(x_test) == 0
    assert "test" not in loss.findChild(QLabel, "lossSummary").text()


def test_log_scale_toggles_and_guards_non_positive_losses(loss):
    frame = trained_frame(10)
    h = frame.history
    bad = h.train_loss.copy()
    bad[3] = 0.0
    frame = dataclasses.replace(frame, history=dataclasses.replace(h, train_loss=bad))
    loss.set_frame(frame)
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
    frame = trained_frame(40)
    h = frame.history
    # The real curve at three moments, then one whose epochs and loss outgrow it.
    for n, scale in ((5, 1.0), (12, 1.0), (40, 1.0), (40, 3.0)):
        grown = dataclasses.replace(
            h, epoch=h.epoch[:n] * scale, train_loss=h.train_loss[:n] * scale,
            test_loss=h.test_loss[:n], train_acc=h.train_acc[:n], test_acc=h.test_acc[:n],
        )
        loss.set_frame(dataclasses.replace(frame, history=grown))
        (x_lo, x_hi), (y_lo, y_hi) = loss.loss_plot.getPlotItem().getViewBox().viewRange()
        assert x_lo <= 0 and x_hi >= grown.epoch[-1]
        top = max(np.nanmax(grown.train_loss), np.nanmax(grown.test_loss))
        assert y_lo <= 0 and y_hi >= top
        assert x_hi <= 1.6 * grown.epoch[-1] + 2, "the curve should fill most of the width"


def test_reset_clears_the_curves(loss):
    session = make_session("circle")
    for _ in range(30):
        session.step_epoch()
    loss.set_frame(frame_of(session))
    assert max(loss.train_curve.getData()[0]) == 30
    session.reset()
    fresh = frame_of(session)
    assert fresh.build_id == 2 and fresh.epoch == 0
    loss.set_frame(fresh)
    # Nothing of the old run is left: at most the new network's starting point.
    for curve in (loss.train_curve, loss.test_curve):
        x = curve.getData()[0]
        assert x is None or (len(x) <= 1 and np.all(x == 0)), x


def test_regression_hides_accuracy(loss):
    loss.set_frame(make_frame("reg_plane"))
    assert not loss.acc_plot.isVisibleTo(loss)
    loss.set_frame(make_frame("circle", build_id=2))
    assert loss.acc_plot.isVisibleTo(loss)


def test_divergence_is_reported_in_words(loss):
    session = make_session("reg_plane", hidden=(8, 8), activations=("relu", "relu"),
                           learning_rate=10.0)
    summary = loss.findChild(QLabel, "lossSummary")
    loss.set_frame(frame_of(session))
    assert "stopped" not in summary.text()
    session.step(2000)  # far more than it takes to blow up at η = 10
    frame = frame_of(session)
    assert frame.diverged, "η = 10 should blow this network up"
    loss.set_frame(frame)
    assert "Training stopped" in summary.text()
    assert divergence_reason(frame.divergence) in summary.text()


# -- network view ------------------------------------------------------------------------


@pytest.fixture
def network(qtbot):
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    return view


def test_every_weight_is_drawn_as_one_edge(network):
    frame = make_frame("circle", hidden=(8, 8))
    network.set_frame(frame)
    network.grab()
    n_weights = sum(w.size for w, _ in frame.weights)
    assert n_weights == 2 * 8 + 8 * 8 + 8 * 2
    assert network.last_paint_stats["edges"] == n_weights
    assert network.last_paint_stats["edges_hidden"] == 0
    assert network.last_paint_stats["heatmaps"]


def tiny_network(w_top: float, w_bottom: float):
    """Inputs X₁, X₂ -> one linear neuron -> one output, with chosen weights."""
    weights = [(np.array([[w_top], [w_bottom]]), np.zeros(1)),
               (np.array([[0.5]]), np.zeros(1))]
    return make_frame("reg_plane", hidden=(1,), activations=("linear",), weights=weights)


def edge_midpoint(view: NetworkView, i: int) -> QPoint:
    a, b = view.node_center(0, i), view.node_center(1, 0)
    return QPoint(round((a.x() + b.x()) / 2), round((a.y() + b.y()) / 2))


def test_edge_colour_follows_the_weight_sign(network):
    network.set_frame(tiny_network(+2.0, -2.0))
    image = network.grab().toImage()
    pos, neg = (image.pixelColor(edge_midpoint(network, i)) for i in (0, 1))
    assert pos.blue() > pos.red() + 60  # blue
    assert neg.red() > neg.blue() + 60  # orange


def test_bigger_weight_draws_a_thicker_edge(network):
    network.set_frame(tiny_network(0.1, 3.0))
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
    network.set_frame(make_frame("circle", hidden=(4, 2)))
    first = network.diagram_layout()
    assert [len(ys) for ys in first.ys] == [2, 4, 2, 2]
    network.set_frame(make_frame("circle", hidden=(6, 6, 3), build_id=2))
    second = network.diagram_layout()
    assert [len(ys) for ys in second.ys] == [2, 6, 6, 3, 2]
    assert second.xs[1] - second.xs[0] < first.xs[1] - first.xs[0]


def test_hover_emits_the_node_indices(network, qtbot):
    network.set_frame(make_frame("circle", hidden=(4, 2)))
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
    frame = make_frame("circle", hidden=(4, 2), features=("x1", "x1sq"))
    network.set_frame(frame)
    np.testing.assert_array_equal(network.neuron_grid(0, 1), frame.feature_grids[:, :, 1])
    np.testing.assert_array_equal(network.neuron_grid(2, 1), frame.neuron_grids[1][:, :, 1])
    np.testing.assert_array_equal(network.neuron_grid(3, 0), frame.output_grid[:, :, 0])
    assert network.neuron_grid(1, 4) is None and network.neuron_grid(9, 0) is None
    assert "X₁²" in network.neuron_title(0, 1)
    assert "tanh" in network.neuron_title(1, 0)


def test_edge_tooltip_shows_the_weight(network):
    network.set_frame(tiny_network(0.25, -1.5))
    text = network.tooltip_text(QPointF(edge_midpoint(network, 1)))
    assert "−1.5" in text  # the one number format of every view
    assert "bias" in network.tooltip_text(network.node_center(1, 0))


def test_ten_layers_of_64_render_as_dots_with_faded_edges(qtbot):
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    frame = make_frame("blobs", hidden=(64,) * 10, n_classes=5)
    view.set_frame(frame)
    view.grab()
    stats = view.last_paint_stats
    # Only the 2 inputs and 5 outputs have room for heatmaps.
    assert stats["heatmap_columns"] == (True,) + (False,) * 10 + (True,)
    assert stats["heatmaps"] == 2 + 5
    assert stats["edges"] + stats["edges_hidden"] == sum(w.size for w, _ in frame.weights)
    assert stats["edges"] > 0
    assert neuron_maps.neuron_grid(frame, 10, 63) is not None


def test_small_columns_keep_heatmaps_next_to_a_big_one(network, qtbot):
    frame = make_frame("circle", hidden=(64,), activations=("relu",))
    network.set_frame(frame)
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
    network.set_frame(make_frame("circle", hidden=(64,), activations=("relu",)))
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
    network.set_frame(tiny_network(1.0, -1.0))
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


def test_widgets_accept_no_mouse_drag_on_the_plane(boundary):
    boundary.set_frame(make_frame("xor"))
    vb = boundary.plot_widget.getPlotItem().getViewBox()
    before = vb.viewRange()
    centre = boundary.plot_widget.rect().center()
    QTest.mousePress(boundary.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseMove(boundary.plot_widget.viewport(), centre + QPoint(60, 40))
    QTest.mouseRelease(boundary.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                       pos=centre + QPoint(60, 40))
    assert np.allclose(vb.viewRange(), before)


def test_new_architecture_ends_the_hovered_neuron(qtbot, boundary, network):
    session = make_session("circle", hidden=(4, 2))
    small = frame_of(session)
    boundary.set_frame(small)
    network.set_frame(small)
    network.hover_at(network.node_center(2, 1))
    boundary.show_neuron(2, 1)
    assert boundary.showing_neuron
    session.apply(session.settings.with_changes(hidden=(3,), activations=("tanh",)))
    rebuilt = frame_of(session)
    assert rebuilt.layer_sizes == (2, 3, 2)
    with qtbot.waitSignal(network.neuronLeft, timeout=1000):
        network.set_frame(rebuilt)
    boundary.set_frame(rebuilt)
    assert not boundary.showing_neuron
    fresh = BoundaryView()  # what a view that never hovered shows for this frame
    qtbot.addWidget(fresh)
    fresh.set_frame(rebuilt)
    assert boundary.title_text == fresh.title_text
    np.testing.assert_array_equal(boundary.heatmap, fresh.heatmap)


def test_relu_neurons_on_different_scales_each_show_their_pattern():
    frame = make_frame("circle", hidden=(2,), activations=("relu",))
    g = frame.neuron_grids[0].shape[0]
    ramp = np.linspace(0.0, 1.0, g)[None, :].repeat(g, axis=0)
    grids = np.stack([10.0 * ramp, 0.5 * ramp], axis=2).astype(np.float32)
    frame = dataclasses.replace(frame, neuron_grids=(grids,))
    rgb = neuron_maps.column_rgb(frame, 1, grids)
    # The small neuron's strongest pixel is as saturated as the big one's.
    spread = [int(np.ptp(rgb[..., i, :].astype(int), axis=(0, 1)).max()) for i in range(2)]
    assert spread[1] >= 0.8 * spread[0], spread


def test_discretized_output_node_lights_only_where_its_class_wins():
    frame = make_frame("spiral", n_classes=3)
    g = frame.output_grid.shape[0]
    probs = np.empty((g, g, 3), dtype=np.float32)
    probs[...] = (0.35, 0.60, 0.05)  # class 1 wins everywhere, class 0 is above 1/3
    frame = dataclasses.replace(frame, output_grid=probs)
    last = neuron_maps.n_columns(frame) - 1
    rgb0 = neuron_maps.neuron_rgb(frame, last, 0, discretize=True)
    rgb1 = neuron_maps.neuron_rgb(frame, last, 1, discretize=True)
    g2 = rgb0.shape[0]
    never = single_class_rgb(np.zeros((g2, g2)), 0)
    always = single_class_rgb(np.ones((g2, g2)), 1)
    np.testing.assert_array_equal(rgb0, never)  # 0.35 > 1/3, but class 0 never wins
    np.testing.assert_array_equal(rgb1, always)


def test_an_output_of_zero_is_white_for_every_activation():
    for act in ("sigmoid", "tanh", "relu", "linear"):
        frame = make_frame("circle", hidden=(2,), activations=(act,))
        g = frame.neuron_grids[0].shape[0]
        grids = np.zeros((g, g, 2), dtype=np.float32)
        grids[..., 1] = 0.9  # a second neuron, so per-neuron ranges are defined
        frame = dataclasses.replace(frame, neuron_grids=(grids,))
        rgb = neuron_maps.column_rgb(frame, 1, grids)
        np.testing.assert_allclose(rgb[0, 0, 0], NEUTRAL_RGB, atol=3, err_msg=act)


def test_a_hovered_neuron_legend_gives_its_value_range_not_classes(boundary):
    frame = make_frame("circle", hidden=(3,), activations=("tanh",))
    boundary.set_frame(frame)
    assert any("class 0" in t for t in boundary.legend_texts())
    boundary.show_neuron(1, 0)
    texts = boundary.legend_texts()
    assert not any("class" in t for t in texts)
    assert any("-1" in t and "1" in t for t in texts), texts
    boundary.show_output()
    assert any("class 0" in t for t in boundary.legend_texts())


# -- language and projector mode, switched in place ----------------------------------


def test_boundary_view_retranslates_its_title_and_legend_in_place(qapp, boundary):
    boundary.set_frame(make_frame("circle", hidden=(3,)))
    boundary.set_show_test(True)
    title = boundary.findChild(QLabel, "boundaryTitle")
    english_title = title.text()
    assert boundary.legend_texts() == ["class 0", "class 1", "train", "test"]
    assert boundary.accessibleName() == "Decision boundary"
    with japanese(qapp):
        boundary.retranslate()
        assert boundary.legend_texts() == ["クラス 0", "クラス 1", "訓練データ", "テストデータ"]
        assert boundary.accessibleName() == "決定境界"
        boundary.show_neuron(1, 0)  # the enlarged neuron's title and legend too
        assert title.text() == "中間層 1、ニューロン 1（tanh）"
        assert boundary.legend_texts()[-2:] == ["訓練データ", "テストデータ"]
    boundary.retranslate()
    assert title.text() == "Hidden layer 1, neuron 1 (tanh)"
    boundary.show_output()
    assert title.text() == english_title
    assert boundary.legend_texts() == ["class 0", "class 1", "train", "test"]


def test_loss_view_retranslates_axes_and_legend_in_place(qapp, loss):
    loss.set_frame(trained_frame(3))
    summary = loss.findChild(QLabel, "lossSummary")
    loss_axis = loss.loss_plot.getPlotItem().getAxis("left")
    acc_axis = loss.acc_plot.getPlotItem().getAxis("left")
    assert loss_axis.labelText == "loss" and acc_axis.labelText == "accuracy"
    assert "train" in summary.text() and "test" in summary.text()
    with japanese(qapp):
        loss.retranslate()
        assert loss_axis.labelText == "損失" and acc_axis.labelText == "認識精度"
        assert "訓練" in summary.text() and "テスト" in summary.text()
        assert "train" not in summary.text()
        assert loss.accessibleName() == "損失と認識精度のグラフ"
    loss.retranslate()
    assert loss_axis.labelText == "loss" and "train" in summary.text()
    assert loss.accessibleName() == "Loss and accuracy curves"


def test_network_view_retranslates_in_place(qapp, network):
    network.set_frame(make_frame("circle", hidden=(4, 2)))
    english = network.grab().toImage()
    assert network.accessibleName() == "Network diagram"
    with japanese(qapp):
        network.retranslate()
        assert network.accessibleName() == "ネットワークの図"
        assert network.grab().toImage() != english  # headers and class labels in Japanese
        assert network.neuron_title(1, 0).startswith("中間層 1")
    network.retranslate()
    assert network.accessibleName() == "Network diagram"
    assert network.grab().toImage() == english


def test_views_grow_fonts_lines_and_markers_for_the_projector(qtbot, boundary, loss, network):
    frame = make_frame("circle", hidden=(4, 2), train_steps=50)
    for view in (boundary, loss, network):
        view.set_frame(frame)
    title = boundary.findChild(QLabel, "boundaryTitle")
    summary = loss.findChild(QLabel, "lossSummary")
    before = {
        "boundary title": title.font().pointSizeF(),
        "boundary ticks": boundary.plot_widget.getPlotItem().getAxis("bottom").style[
            "tickFont"].pointSizeF(),
        "markers": boundary.train_items[0].opts["size"],
        "loss summary": summary.font().pointSizeF(),
        "loss curve": loss.train_curve.opts["pen"].widthF(),
        "diagram text": network.font().pointSizeF(),
    }
    with bigger_app_font(qtbot):
        for view in (boundary, loss, network):
            view.set_style(ViewStyle.projector())
        after = {
            "boundary title": title.font().pointSizeF(),
            "boundary ticks": boundary.plot_widget.getPlotItem().getAxis("bottom").style[
                "tickFont"].pointSizeF(),
            "markers": boundary.train_items[0].opts["size"],
            "loss summary": summary.font().pointSizeF(),
            "loss curve": loss.train_curve.opts["pen"].widthF(),
            "diagram text": network.font().pointSizeF(),
        }
        smaller = [k for k in before if not after[k] > before[k]]
        assert not smaller, (before, after)
        # The same widgets, still showing the same frame.
        assert boundary.frame is frame and network.frame is frame


# -- the dock contents: BoundaryPanel and LossPanel -----------------------------------


def dock_content(qtbot, cls, state, name, selection=None):
    """Build dock content ``cls`` as the dock host does, on a stand-in controller
    (the settings and the shared selection; no training worker)."""
    controller = SimpleNamespace(state=state, selection=selection or Selection())
    panel = cls(ViewContext(controller, ViewStyle(), name))
    qtbot.addWidget(panel)
    panel.resize(480, 600)
    panel.show()
    return panel


@pytest.fixture
def boundary_panel(qtbot, state):
    return dock_content(qtbot, BoundaryPanel, state, "boundary")


@pytest.fixture
def loss_panel(qtbot, state):
    return dock_content(qtbot, LossPanel, state, "loss")


def point_count(items) -> int:
    return sum(len(it.data) for it in items)


def test_show_test_box_sets_the_setting_once_and_the_plane_shows_test_points(
        qtbot, state, boundary_panel):
    frame = make_frame("spiral", n_classes=3)
    boundary_panel.set_frame(frame)
    view = boundary_panel.view
    assert not child(boundary_panel, QCheckBox, "showTestCheck").isChecked()
    assert point_count(view.test_items) == 0
    changes = Recorder(state.changed)
    click(qtbot, boundary_panel, "showTestCheck")
    assert state.settings.show_test
    assert changes.calls == [frozenset({"show_test"})]
    assert point_count(view.test_items) == len(frame.x_test) > 0
    assert "test" in view.legend_texts()
    click(qtbot, boundary_panel, "showTestCheck")
    assert not state.settings.show_test and point_count(view.test_items) == 0


def test_discretize_box_leaves_one_colour_per_class(qtbot, state, boundary_panel):
    rng = np.random.default_rng(1)
    logits = rng.normal(size=(30, 30, 3)).cumsum(axis=0)
    probs = np.exp(logits) / np.exp(logits).sum(axis=2, keepdims=True)
    boundary_panel.set_frame(with_output(make_frame("spiral", n_classes=3), probs))
    view = boundary_panel.view
    assert unique_colours(view.heatmap) > 3
    shaded_title = view.title_text
    changes = Recorder(state.changed)
    click(qtbot, boundary_panel, "discretizeCheck")
    assert state.settings.discretize and changes.calls == [frozenset({"discretize"})]
    assert unique_colours(view.heatmap) == 3
    assert view.title_text != shaded_title  # it no longer speaks of paler colours


def test_boundary_panel_follows_settings_without_echo(state, boundary_panel, monkeypatch):
    boundary_panel.set_frame(make_frame("spiral", n_classes=3))
    assert unique_colours(boundary_panel.view.heatmap) > 3
    updates = []
    original = state.update
    monkeypatch.setattr(state, "update", lambda **kw: updates.append(kw) or original(**kw))
    state.replace_all(state.settings.with_changes(show_test=True, discretize=True))
    assert updates == []  # the boxes did not echo the refresh back as edits
    assert boundary_panel.showTestCheck.isChecked() and boundary_panel.discretizeCheck.isChecked()
    assert point_count(boundary_panel.view.test_items) > 0
    assert unique_colours(boundary_panel.view.heatmap) <= 3


def test_the_hovered_diagram_node_shows_large_on_the_plane(boundary_panel):
    frame = make_frame("circle", hidden=(3,))
    boundary_panel.set_frame(frame)
    selection = boundary_panel.context.controller.selection
    view = boundary_panel.view
    output = view.heatmap.copy()
    selection.set_hovered((1, 2))
    assert view.showing_neuron
    assert view.title_text == neuron_maps.neuron_title(frame, 1, 2)
    selection.set_hovered(None)
    assert not view.showing_neuron
    np.testing.assert_array_equal(view.heatmap, output)


def test_discretize_is_offered_only_for_classification(boundary_panel):
    box = boundary_panel.discretizeCheck
    boundary_panel.set_frame(make_frame("reg_plane"))
    assert not box.isVisibleTo(boundary_panel)
    assert boundary_panel.showTestCheck.isVisibleTo(boundary_panel)
    boundary_panel.set_frame(make_frame("circle", build_id=2))
    assert box.isVisibleTo(boundary_panel)


def test_log_scale_box_sets_the_setting_once_and_the_axis_follows(qtbot, state, loss_panel):
    loss_panel.set_frame(trained_frame(10))
    view = loss_panel.view
    axis = view.loss_plot.getPlotItem().getAxis("left")
    assert not view.is_log_scale() and not axis.logMode
    changes = Recorder(state.changed)
    click(qtbot, loss_panel, "logScaleCheck")
    assert state.settings.log_loss and changes.calls == [frozenset({"log_loss"})]
    assert view.is_log_scale() and axis.logMode
    state.update(log_loss=False)  # e.g. a preset
    assert not loss_panel.logScaleCheck.isChecked()
    assert not view.is_log_scale() and not axis.logMode
    assert len(changes.calls) == 2  # no echo from the box


def test_loss_panel_starts_from_the_setting_and_shows_the_frame(qtbot, state):
    state.update(log_loss=True)
    panel = dock_content(qtbot, LossPanel, state, "loss")
    assert panel.logScaleCheck.isChecked() and panel.view.is_log_scale()
    frame = trained_frame(8)
    panel.set_frame(frame)
    np.testing.assert_array_equal(panel.view.train_curve.getData()[0], frame.history.epoch)


@pytest.mark.parametrize("cls, name", [(BoundaryPanel, "boundary"), (LossPanel, "loss")])
def test_every_dock_control_is_named_and_explained(qtbot, state, cls, name):
    panel = dock_content(qtbot, cls, state, name)
    controls = [w for w in panel.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QAbstractSpinBox | QComboBox | QAbstractSlider)
                and not isinstance(w, QScrollBar)]  # Qt's own, inside the plots
    assert controls
    for w in controls:
        assert w.objectName(), w
        assert w.accessibleName(), w.objectName()
        assert w.toolTip(), w.objectName()


def test_dock_panels_retranslate_their_views_in_place(qapp, boundary_panel, loss_panel):
    frame = trained_frame(3)
    boundary_panel.set_frame(frame)
    loss_panel.set_frame(frame)
    legend = boundary_panel.view.legend_texts
    loss_axis = loss_panel.view.loss_plot.getPlotItem().getAxis("left")
    summary = loss_panel.findChild(QLabel, "lossSummary")
    assert legend()[0] == "class 0" and loss_axis.labelText == "loss"
    with japanese(qapp):
        boundary_panel.retranslate()
        loss_panel.retranslate()
        assert legend()[0] == "クラス 0" and boundary_panel.view.accessibleName() == "決定境界"
        assert loss_axis.labelText == "損失" and "訓練" in summary.text()
    boundary_panel.retranslate()
    loss_panel.retranslate()
    assert legend()[0] == "class 0" and loss_axis.labelText == "loss"
    assert "train" in summary.text()


def test_dock_panels_grow_for_the_projector_in_place(qtbot, boundary_panel, loss_panel):
    frame = make_frame("circle")
    boundary_panel.set_frame(frame)
    loss_panel.set_frame(frame)
    title = boundary_panel.findChild(QLabel, "boundaryTitle")
    summary = loss_panel.findChild(QLabel, "lossSummary")
    widgets = {"boundary title": title, "loss summary": summary,
               "show test": boundary_panel.showTestCheck, "log scale": loss_panel.logScaleCheck,
               "pick tool": boundary_panel.findChild(QAbstractButton, "pickToolButton")}
    before = {k: w.font().pointSizeF() for k, w in widgets.items()}
    with bigger_app_font(qtbot, boundary_panel, loss_panel):
        boundary_panel.set_style(ViewStyle.projector())
        loss_panel.set_style(ViewStyle.projector())
        after = {k: w.font().pointSizeF() for k, w in widgets.items()}
        assert all(after[k] > before[k] for k in before), (before, after)
        assert boundary_panel.view.train_items[0].opts["size"] > ViewStyle().marker_px
