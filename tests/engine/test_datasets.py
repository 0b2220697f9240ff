"""Built-in data sets reproduce TensorFlow Playground's, and split() is fair."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.datasets import DATASETS, make_dataset, split


def rng(seed=0):
    return np.random.default_rng(seed)


CASES = [
    (name, k)
    for name, info in DATASETS.items()
    for k in ((2, 3, 4, 5) if info.multiclass else (2,))
]


# ------------------------------------------------------------------ the registry


def test_registry_order_labels_and_kinds():
    assert list(DATASETS) == [
        "circle", "xor", "gaussian", "spiral", "moons", "blobs", "reg_plane",
        "reg_gaussian", "gate_and", "gate_or", "gate_nand", "gate_xor",
    ]
    assert DATASETS["circle"].label == "Circle"
    assert DATASETS["xor"].label == "Exclusive or"
    assert DATASETS["spiral"].label == "Spiral"
    assert {n for n, i in DATASETS.items() if i.kind == "regression"} == {
        "reg_plane", "reg_gaussian"
    }
    assert {n for n, i in DATASETS.items() if i.multiclass} == {"spiral", "blobs"}
    for name, info in DATASETS.items():
        assert info.name == name
        assert info.kind in ("classification", "regression")
        xmin, xmax, ymin, ymax = info.extent
        assert xmin < xmax and ymin < ymax


def test_default_sizes_and_plane_match_tf_playground():
    for name in ("circle", "xor", "gaussian", "spiral"):
        assert DATASETS[name].n_samples == 500
        assert DATASETS[name].extent == (-6.0, 6.0, -6.0, 6.0)
    for name in ("reg_plane", "reg_gaussian"):
        assert DATASETS[name].n_samples == 1200


def test_classes_for_gives_the_network_output_count():
    assert DATASETS["reg_plane"].classes_for(4) == 1
    assert DATASETS["circle"].classes_for(4) == 2  # not multiclass: n_classes ignored
    assert DATASETS["spiral"].classes_for(4) == 4
    with pytest.raises(ValueError, match="2…5"):
        DATASETS["blobs"].classes_for(6)


def test_info_is_immutable():
    with pytest.raises(AttributeError):
        DATASETS["circle"].n_samples = 10


# ------------------------------------------------------------- shapes and ranges


@pytest.mark.parametrize(("name", "k"), CASES)
def test_shapes_dtypes_and_label_ranges(name, k):
    info = DATASETS[name]
    x, t = info.fn(info.n_samples, 0.0, rng(), k)
    assert x.shape == (info.n_samples, 2) and x.dtype == np.float64
    assert t.shape == (info.n_samples,)
    assert np.all(np.isfinite(x))
    if info.kind == "classification":
        assert t.dtype == np.int64
        assert set(np.unique(t)) == set(range(info.classes_for(k)))
    else:
        assert t.dtype == np.float64
        assert np.all((t >= -1.0) & (t <= 1.0))
        assert t.min() < -0.5 and t.max() > 0.5


@pytest.mark.parametrize("name", [n for n, i in DATASETS.items() if i.splittable])
def test_odd_sample_counts_are_honoured(name):
    x, t = DATASETS[name].fn(7, 0.1, rng(), 2)
    assert x.shape == (7, 2) and t.shape == (7,)


@pytest.mark.parametrize("name", [n for n, i in DATASETS.items() if i.splittable])
def test_same_seed_same_data_other_seed_other_data(name):
    a = make_dataset(name, rng(1), noise=0.2)
    b = make_dataset(name, rng(1), noise=0.2)
    c = make_dataset(name, rng(2), noise=0.2)
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])
    assert not np.array_equal(a[0], c[0])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"noise": 0.6}, "noise"),
        ({"noise": -0.1}, "noise"),
        ({"noise": float("nan")}, "noise"),
        ({"n_samples": 0}, "at least 1"),
        ({"n_samples": 2.5}, "whole number"),
        ({"n_classes": 6}, "2…5"),
        ({"n_classes": 1}, "2…5"),
    ],
)
def test_bad_arguments_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        make_dataset("spiral", rng(), **kwargs)


def test_unknown_name_lists_the_choices():
    with pytest.raises(ValueError, match="unknown dataset 'donut'.*circle"):
        make_dataset("donut", rng())


# ----------------------------------------------------------- TF's noise semantics


def test_circle_without_noise_is_labelled_exactly_by_radius():
    x, t = make_dataset("circle", rng(), noise=0.0)
    r = np.hypot(x[:, 0], x[:, 1])
    np.testing.assert_array_equal(t, (r < 2.5).astype(np.int64))
    assert np.all((r < 2.5) | ((r >= 3.5) & (r <= 5.0)))
    assert np.bincount(t).tolist() == [250, 250]


def test_circle_noise_flips_labels_but_does_not_move_points():
    x, t = make_dataset("circle", rng(), noise=0.5)
    r = np.hypot(x[:, 0], x[:, 1])
    assert np.all((r < 2.5) | ((r >= 3.5) & (r <= 5.0)))  # the ring keeps its gap
    flipped = np.mean(t != (r < 2.5))
    assert 0.05 < flipped < 0.5


def test_circle_noise_flips_at_tf_rates():
    # Rates from a 10^6-sample simulation of TF's rule: label 1 iff the point moved by
    # U(-2.5, 2.5)^2 (noise 0.5 x radius 5) lies within radius 2.5.
    x, t = make_dataset("circle", rng(), noise=0.5, n_samples=20000)
    inner = np.hypot(x[:, 0], x[:, 1]) < 2.5
    assert t[inner].mean() == pytest.approx(0.604, abs=0.02)
    assert t[~inner].mean() == pytest.approx(0.099, abs=0.02)


def test_xor_noise_flips_at_tf_rate():
    x, t = make_dataset("xor", rng(), noise=0.5, n_samples=20000)
    flipped = np.mean(t != (x[:, 0] * x[:, 1] >= 0))
    assert flipped == pytest.approx(0.175, abs=0.015)


def test_xor_without_noise_is_the_sign_of_the_product_with_a_gap():
    x, t = make_dataset("xor", rng(), noise=0.0)
    np.testing.assert_array_equal(t, (x[:, 0] * x[:, 1] >= 0).astype(np.int64))
    assert np.all((np.abs(x) >= 0.3) & (np.abs(x) <= 5.3))


def test_xor_noise_flips_labels():
    x, t = make_dataset("xor", rng(), noise=0.5)
    flipped = np.mean(t != (x[:, 0] * x[:, 1] >= 0))
    assert 0.05 < flipped < 0.5


def test_gaussian_noise_widens_the_clusters_from_variance_half_to_four():
    for noise, std in ((0.0, np.sqrt(0.5)), (0.5, 2.0)):
        x, t = make_dataset("gaussian", rng(), noise=noise, n_samples=4000)
        for label, centre in ((1, (2, 2)), (0, (-2, -2))):
            pts = x[t == label]
            np.testing.assert_allclose(pts.mean(axis=0), centre, atol=0.15)
            np.testing.assert_allclose(pts.std(axis=0), std, rtol=0.08)


def test_spiral_two_classes_follows_tf_formula():
    x, t = make_dataset("spiral", rng(), noise=0.0)
    n = 250
    i = np.arange(n)
    r = i / n * 5
    angle = 1.75 * i / n * 2 * np.pi
    np.testing.assert_allclose(x[t == 1], np.column_stack([r * np.sin(angle), r * np.cos(angle)]),
                               atol=1e-12)
    np.testing.assert_allclose(
        x[t == 0], np.column_stack([r * np.sin(angle + np.pi), r * np.cos(angle + np.pi)]),
        atol=1e-12,
    )


def test_spiral_noise_moves_points_by_at_most_the_noise():
    clean, t0 = make_dataset("spiral", rng(3), noise=0.0)
    noisy, t1 = make_dataset("spiral", rng(3), noise=0.5)
    np.testing.assert_array_equal(t0, t1)  # labels stay, points move
    shift = np.abs(noisy - clean)
    assert shift.max() <= 0.5
    assert np.mean(shift > 0.05) > 0.5


@pytest.mark.parametrize("k", [3, 4, 5])
def test_k_arm_spiral_is_balanced_and_rotationally_symmetric(k):
    _, t = make_dataset("spiral", rng(), noise=0.3, n_classes=k, n_samples=100 * k + 1)
    counts = np.bincount(t)
    assert len(counts) == k and counts.max() - counts.min() <= 1
    x, t = make_dataset("spiral", rng(), noise=0.0, n_classes=k, n_samples=100 * k)
    arm0 = x[t == 0]
    for c in range(1, k):
        phi = -2 * np.pi * c / k  # points are (r sin a, r cos a): +angle turns clockwise
        rot = np.array([[np.cos(phi), -np.sin(phi)], [np.sin(phi), np.cos(phi)]])
        np.testing.assert_allclose(x[t == c], arm0 @ rot.T, atol=1e-9)


@pytest.mark.parametrize("k", [2, 3, 5])
def test_blobs_are_k_separate_clusters(k):
    x, t = make_dataset("blobs", rng(), noise=0.0, n_classes=k, n_samples=200 * k)
    means = np.array([x[t == c].mean(axis=0) for c in range(k)])
    np.testing.assert_allclose(np.hypot(*means.T), 4.0, atol=0.25)
    gaps = np.hypot(*(means[:, None, :] - means[None, :, :]).transpose(2, 0, 1))
    assert gaps[~np.eye(k, dtype=bool)].min() > 3.0


def test_moons_without_noise_lie_on_two_half_circles():
    x, t = make_dataset("moons", rng(), noise=0.0)
    unit = x / 3.5 + (0.5, 0.25)
    top, bottom = unit[t == 0], unit[t == 1]
    np.testing.assert_allclose(np.hypot(*top.T), 1.0)
    assert np.all(top[:, 1] >= 0)
    np.testing.assert_allclose(np.hypot(bottom[:, 0] - 1.0, bottom[:, 1] - 0.5), 1.0)
    assert np.all(bottom[:, 1] <= 0.5)
    assert np.all(np.abs(x) <= 6.0)


def test_reg_plane_is_x1_plus_x2_over_ten_read_at_the_noisy_point():
    x, t = make_dataset("reg_plane", rng(), noise=0.0)
    np.testing.assert_allclose(t, np.clip((x[:, 0] + x[:, 1]) / 10, -1, 1))
    assert np.all(np.abs(x) <= 6)
    x, t = make_dataset("reg_plane", rng(), noise=0.5)
    assert np.abs(t - np.clip((x[:, 0] + x[:, 1]) / 10, -1, 1)).mean() > 0.05


def test_reg_gaussian_matches_a_direct_reading_of_tf_rule():
    x, t = make_dataset("reg_gaussian", rng(), noise=0.0, n_samples=300)
    bumps = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]
    for (px, py), got in zip(x, t, strict=True):
        want = 0.0
        for cx, cy, sign in bumps:
            value = sign * min(1.0, max(0.0, 1 - np.hypot(px - cx, py - cy) / 2))
            if abs(value) > abs(want):
                want = value
        assert got == pytest.approx(want)
    _, noisy = make_dataset("reg_gaussian", rng(), noise=0.5, n_samples=300)
    assert not np.allclose(noisy, t)


# ------------------------------------------------------------------- logic gates


@pytest.mark.parametrize(
    ("name", "table"),
    [("gate_and", [0, 0, 0, 1]), ("gate_or", [0, 1, 1, 1]),
     ("gate_nand", [1, 1, 1, 0]), ("gate_xor", [0, 1, 1, 0])],
)
def test_gates_are_exactly_their_truth_tables(name, table):
    info = DATASETS[name]
    x, t = info.fn(500, 0.5, rng(), 3)  # sample count, noise and classes do not apply
    np.testing.assert_array_equal(x, [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(t, table)
    assert t.dtype == np.int64
    assert info.n_samples == 4 and not info.splittable
    xmin, xmax, ymin, ymax = info.extent
    assert xmin < 0 and xmax > 1 and ymin < 0 and ymax > 1


# --------------------------------------------------------------------------- split


def indexed(n):
    return np.column_stack([np.arange(n), -np.arange(n)]).astype(float), np.arange(n)


def test_split_sizes_disjoint_complete_and_shuffled():
    x, t = indexed(500)
    x_tr, t_tr, x_te, t_te = split(x, t, 0.3, rng())
    assert len(t_tr) == 150 and len(t_te) == 350
    assert set(t_tr).isdisjoint(t_te) and set(t_tr) | set(t_te) == set(range(500))
    np.testing.assert_array_equal(x_tr[:, 0], t_tr)  # rows stay with their labels
    np.testing.assert_array_equal(x_te[:, 1], -t_te)
    assert not np.array_equal(np.sort(t_tr), np.arange(150))


def test_split_is_reproducible_by_seed():
    x, t = indexed(50)
    a = split(x, t, 0.5, rng(4))
    b = split(x, t, 0.5, rng(4))
    c = split(x, t, 0.5, rng(5))
    np.testing.assert_array_equal(a[1], b[1])
    assert not np.array_equal(a[1], c[1])


@pytest.mark.parametrize(
    ("n", "ratio", "n_train"),
    [(4, 0.9, 4), (4, 0.5, 2), (4, 0.1, 1), (2, 0.1, 1), (5, 0.95, 4), (1, 0.5, 1), (0, 0.5, 0)],
)
def test_split_small_sets(n, ratio, n_train):
    x, t = indexed(n)
    x_tr, t_tr, x_te, t_te = split(x, t, ratio, rng())
    assert len(t_tr) == n_train and len(t_te) == n - n_train
    assert x_te.shape == (n - n_train, 2)


@settings(max_examples=200, deadline=None)
@given(n=st.integers(1, 300), ratio=st.floats(0.01, 0.99))
def test_split_keeps_both_sides_when_there_are_five_or_more_points(n, ratio):
    x, t = indexed(n)
    _, t_tr, _, t_te = split(x, t, ratio, rng())
    assert len(t_tr) + len(t_te) == n and len(t_tr) >= 1
    if n >= 5:
        assert len(t_te) >= 1
    if 1 <= round(ratio * n) <= n - 1:
        assert abs(len(t_tr) - ratio * n) <= 0.5 + 1e-9


@pytest.mark.parametrize("ratio", [0.0, 1.0, 1.5, float("nan")])
def test_split_refuses_ratios_outside_zero_one(ratio):
    x, t = indexed(10)
    with pytest.raises(ValueError, match="between 0 and 1"):
        split(x, t, ratio, rng())


def test_split_refuses_mismatched_lengths():
    with pytest.raises(ValueError, match="10 samples but t has 9"):
        split(np.zeros((10, 2)), np.zeros(9), 0.5, rng())
