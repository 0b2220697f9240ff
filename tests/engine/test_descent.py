"""The book's gradient-descent toys: its numbers, and paths equal to its formulas."""

from __future__ import annotations

import math
import pickle
import warnings

import numpy as np
import pytest

from engine.descent import (
    BOOK_RATES,
    FUNCTIONS,
    DescentPath,
    contour_grid,
    elongated_bowl,
    gradient_method,
    optimizer_path,
    optimizer_paths,
    square_sum,
)


def _two_digits(x: float) -> float:
    return float(f"{x:.2g}")


# -- the gradient method on x0² + x1² ------------------------------------------------------


def test_lr_0_1_reaches_the_origin():
    path = gradient_method(lr=0.1)
    assert path.points.shape == (101, 2) and path.values.shape == (101,)
    np.testing.assert_array_equal(path.points[0], [-3.0, 4.0])
    # Each coordinate within 1e-9 (the Euclidean distance is 5 * 0.8**100 = 1.02e-9).
    assert np.abs(path.points[-1]).max() < 1e-9
    assert np.linalg.norm(path.points[-1]) == pytest.approx(5 * 0.8**100, rel=1e-9)
    assert [_two_digits(v) for v in path.points[-1]] == [-6.1e-10, 8.1e-10]
    np.testing.assert_array_equal(path.values, square_sum(path.points))


def test_lr_1e_10_barely_moves():
    path = gradient_method(lr=1e-10)
    assert np.abs(path.points[-1] - [-3.0, 4.0]).max() < 1e-6
    assert not np.array_equal(path.points[-1], path.points[0])


def test_lr_10_blows_up_with_the_exact_gradient():
    path = gradient_method(lr=10.0)
    assert np.abs(path.points[-1]).max() > 1e100
    # Each step multiplies by 1 - 2*10 = -19, so the ratio 3 : 4 and the sign flips stay.
    assert path.points[-1][1] / path.points[-1][0] == pytest.approx(-4.0 / 3.0)


def test_the_numerical_switch_reproduces_the_books_lr_10_figures():
    path = gradient_method(lr=10.0, numerical=True)
    x0, x1 = path.points[-1]
    assert (_two_digits(x0), _two_digits(x1)) == (-2.6e13, -1.3e12)
    # The book prints [-2.58983747e+13, -1.29524862e+12].
    assert x0 == pytest.approx(-2.58983747e13, rel=1e-6)
    assert x1 == pytest.approx(-1.29524862e12, rel=1e-6)
    assert path.numerical
    # It froze there: the rounded central difference is exactly zero.
    assert np.array_equal(path.points[20], path.points[-1])


def test_the_numerical_gradient_is_right_where_roundoff_is_small():
    exact, numerical = gradient_method(lr=0.1), gradient_method(lr=0.1, numerical=True)
    np.testing.assert_allclose(numerical.points, exact.points, rtol=0, atol=1e-9)


def test_a_huge_rate_overflows_quietly():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        path = gradient_method(lr=1e200, steps=5)
    assert not np.all(np.isfinite(path.points[-1]))
    assert path.points.shape == (6, 2)


# -- optimisers on x²/20 + y², against the book's formulas written out ------------------------


def _df(x, y):
    return x / 10.0, 2.0 * y


def _book_loop(name, lr, start=(-7.0, 2.0), steps=30):
    """The book's common/optimizer.py update rules, scalar by scalar."""
    p = {"x": start[0], "y": start[1]}
    v = {"x": 0.0, "y": 0.0}
    h = {"x": 0.0, "y": 0.0}
    m = {"x": 0.0, "y": 0.0}
    path = [(p["x"], p["y"])]
    for it in range(1, steps + 1):
        gx, gy = _df(p["x"], p["y"])
        g = {"x": gx, "y": gy}
        for k in ("x", "y"):
            if name == "sgd":
                p[k] -= lr * g[k]
            elif name == "momentum":
                v[k] = 0.9 * v[k] - lr * g[k]
                p[k] += v[k]
            elif name == "nesterov":
                v[k] *= 0.9
                v[k] -= lr * g[k]
                p[k] += 0.9 * 0.9 * v[k]
                p[k] -= (1 + 0.9) * lr * g[k]
            elif name == "adagrad":
                h[k] += g[k] * g[k]
                p[k] -= lr * g[k] / (math.sqrt(h[k]) + 1e-7)
            elif name == "rmsprop":
                h[k] *= 0.99
                h[k] += (1 - 0.99) * g[k] * g[k]
                p[k] -= lr * g[k] / (math.sqrt(h[k]) + 1e-7)
            elif name == "adam":
                lr_t = lr * math.sqrt(1.0 - 0.999**it) / (1.0 - 0.9**it)
                m[k] += (1 - 0.9) * (g[k] - m[k])
                h[k] += (1 - 0.999) * (g[k] ** 2 - h[k])
                p[k] -= lr_t * m[k] / (math.sqrt(h[k]) + 1e-7)
        path.append((p["x"], p["y"]))
    return np.array(path)


@pytest.mark.parametrize("name", sorted(BOOK_RATES))
def test_each_optimizer_path_equals_the_books_formulas(name):
    path = optimizer_path(name)
    assert path.points.shape == (31, 2)
    assert path.lr == BOOK_RATES[name] and path.optimizer == name
    np.testing.assert_allclose(path.points, _book_loop(name, BOOK_RATES[name]), rtol=0, atol=1e-12)
    np.testing.assert_array_equal(path.values, elongated_bowl(path.points))


@pytest.mark.parametrize("name", sorted(BOOK_RATES))
def test_any_rate_and_start(name):
    path = optimizer_path(name, lr=0.05, start=(3.0, -1.5), steps=12)
    assert path.points.shape == (13, 2)
    np.testing.assert_allclose(
        path.points, _book_loop(name, 0.05, (3.0, -1.5), 12), rtol=0, atol=1e-12
    )


def test_the_book_rates_are_the_books_for_its_four():
    assert {k: BOOK_RATES[k] for k in ("sgd", "momentum", "adagrad", "adam")} == {
        "sgd": 0.95, "momentum": 0.1, "adagrad": 1.5, "adam": 0.3,
    }  # fmt: skip


def test_sgd_zigzags_across_the_valley_and_every_optimizer_gets_closer():
    paths = optimizer_paths()
    assert set(paths) == set(BOOK_RATES)
    y = paths["sgd"].points[:10, 1]
    assert np.all(np.sign(y[1:]) == -np.sign(y[:-1]))  # 1 - 2 * 0.95 = -0.9 per step
    for p in paths.values():
        assert p.values[-1] < p.values[0] / 10


def test_other_settings_reach_the_optimizer():
    slow = optimizer_path("momentum", momentum=0.0)
    np.testing.assert_allclose(slow.points, _book_loop("sgd", 0.1), rtol=0, atol=1e-12)


def test_paths_are_plain_data_for_the_pipe():
    path = optimizer_path("adam")
    copy = pickle.loads(pickle.dumps(path))
    assert isinstance(copy, DescentPath)
    np.testing.assert_array_equal(copy.points, path.points)


@pytest.mark.parametrize(
    "call",
    [
        lambda: optimizer_path("lbfgs"),
        lambda: optimizer_path("sgd", lr=-1.0),
        lambda: optimizer_path("sgd", steps=-1),
        lambda: optimizer_path("sgd", start=(1.0, math.nan)),
        lambda: optimizer_path("sgd", start=(1.0, 2.0, 3.0)),
        lambda: optimizer_path("sgd", beta1=0.5),
    ],
)
def test_bad_requests_are_refused(call):
    with pytest.raises(ValueError):
        call()


# -- contours ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_contour_grid_is_rows_of_x1(name):
    xs, ys, z = contour_grid(name, (-2.0, 4.0, -1.0, 1.0), nx=7, ny=3)
    assert xs.shape == (7,) and ys.shape == (3,) and z.shape == (3, 7)
    assert (xs[0], xs[-1], ys[0], ys[-1]) == (-2.0, 4.0, -1.0, 1.0)
    f = FUNCTIONS[name][0]
    for j in range(3):
        for i in range(7):
            assert z[j, i] == f(np.array([xs[i], ys[j]]))
    assert z[1, 2] == 0.0  # the minimum, at (0, 0)


def test_contour_grid_refuses_empty_boxes():
    with pytest.raises(ValueError):
        contour_grid("square_sum", (1.0, 1.0, 0.0, 1.0))
    with pytest.raises(ValueError):
        contour_grid("square_sum", nx=1)
    with pytest.raises(ValueError):
        contour_grid("rosenbrock")
