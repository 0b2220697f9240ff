"""Input features and the evaluation grid."""

from __future__ import annotations

import numpy as np
import pytest

from engine.features import FEATURES, make_features, make_grid


def test_feature_keys_and_labels_in_display_order():
    assert [(k, f.label) for k, f in FEATURES.items()] == [
        ("x1", "X₁"), ("x2", "X₂"), ("x1sq", "X₁²"), ("x2sq", "X₂²"),
        ("x1x2", "X₁X₂"), ("sin_x1", "sin(X₁)"), ("sin_x2", "sin(X₂)"),
    ]
    label, fn = FEATURES["x1x2"]  # unpacks as (display label, function)
    assert label == "X₁X₂" and fn(2.0, 3.0) == 6.0


def test_every_feature_value_at_known_points():
    xy = np.array([[2.0, 3.0], [-1.5, 0.5], [0.0, -4.0]])
    out = make_features(xy, list(FEATURES))
    x1, x2 = xy.T
    expected = np.column_stack([x1, x2, x1**2, x2**2, x1 * x2, np.sin(x1), np.sin(x2)])
    np.testing.assert_allclose(out, expected)
    assert out.shape == (3, 7) and out.dtype == np.float64


def test_columns_follow_the_requested_order():
    xy = np.array([[2.0, 3.0]])
    np.testing.assert_allclose(make_features(xy, ["sin_x2", "x1x2", "x1"]),
                               [[np.sin(3.0), 6.0, 2.0]])
    np.testing.assert_allclose(make_features(xy, ("x2",)), [[3.0]])


def test_integer_points_give_float_features():
    out = make_features(np.array([[1, 2]]), ["x1sq"])
    assert out.dtype == np.float64 and out[0, 0] == 1.0


def test_features_work_on_grid_shaped_arrays():
    gx, gy = np.meshgrid(np.linspace(-1, 1, 4), np.linspace(-2, 2, 3))
    for _name, (_label, fn) in FEATURES.items():
        assert np.shape(fn(gx, gy)) == (3, 4)


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["x1", "x3"], "unknown feature 'x3'"),
        ([], "at least one"),
        (["x1", "x1"], "once"),
        ("x1", "sequence"),
    ],
)
def test_bad_feature_names(names, message):
    with pytest.raises(ValueError, match=message):
        make_features(np.zeros((2, 2)), names)


@pytest.mark.parametrize("shape", [(5,), (5, 3), (2, 5, 2)])
def test_points_must_be_n_by_2(shape):
    with pytest.raises(ValueError, match=r"\(N, 2\)"):
        make_features(np.zeros(shape), ["x1"])


def test_empty_batch_gives_empty_features():
    assert make_features(np.zeros((0, 2)), ["x1", "x2sq"]).shape == (0, 2)


# ---------------------------------------------------------------------------- grid


def test_grid_point_order_matches_the_snapshot_convention():
    xy, xs, ys = make_grid((-6, 6, -3, 3), 5)
    assert xy.shape == (25, 2) and xs.shape == (5,) and ys.shape == (5,)
    for i in range(5):
        for j in range(5):
            assert tuple(xy[i * 5 + j]) == (xs[j], ys[i])
    assert np.all(np.diff(xs) > 0) and np.all(np.diff(ys) > 0)


def test_grid_row_zero_is_the_bottom_of_the_plane():
    xy, xs, ys = make_grid((0, 1, 10, 20), 4)
    grid = make_features(xy, ["x2"]).reshape(4, 4)
    assert np.all(grid[0] == ys.min()) and np.all(grid[-1] == ys.max())
    grid = make_features(xy, ["x1"]).reshape(4, 4)
    assert np.all(grid[:, 0] == xs.min())


def test_grid_values_sit_at_cell_centres_inside_the_extent():
    _, xs, ys = make_grid((-6, 6, 0, 1), 100)
    np.testing.assert_allclose(xs[0], -6 + 0.06)
    np.testing.assert_allclose(xs[-1], 6 - 0.06)
    np.testing.assert_allclose(np.diff(xs), 0.12)
    np.testing.assert_allclose(xs, -xs[::-1])  # symmetric extent -> symmetric grid
    np.testing.assert_allclose(ys[[0, -1]], [0.005, 0.995])


def test_grid_of_one_cell_is_the_centre():
    xy, _, _ = make_grid((0, 2, 0, 4), 1)
    np.testing.assert_allclose(xy, [[1.0, 2.0]])


@pytest.mark.parametrize("size", [0, -3, 2.5, True])
def test_grid_size_must_be_a_positive_whole_number(size):
    with pytest.raises(ValueError, match="grid size"):
        make_grid((0, 1, 0, 1), size)


@pytest.mark.parametrize("extent", [(1, 0, 0, 1), (0, 1, 2, 2), (0, np.inf, 0, 1)])
def test_grid_extent_must_be_a_proper_box(extent):
    with pytest.raises(ValueError, match="extent"):
        make_grid(extent, 10)
