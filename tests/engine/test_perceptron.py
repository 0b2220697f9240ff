"""Chapter 2: the book's gates, their boundary lines, and why XOR needs two layers."""

from __future__ import annotations

import dataclasses
import pickle
import warnings

import numpy as np
import pytest

from engine.perceptron import (
    AND,
    EXPECTED,
    GATE_INPUTS,
    GATES,
    NAND,
    OR,
    XOR,
    Perceptron,
    truth_table,
)


@pytest.mark.parametrize("gate", ["AND", "NAND", "OR"])
def test_the_books_weights_compute_their_gate(gate):
    table = truth_table(GATES[gate])
    assert tuple(table.predicted) == EXPECTED[gate]
    assert tuple(table.output) == EXPECTED[gate]
    assert table.gates == (gate,)
    assert table.correct(gate).all()
    assert table.hidden is None


def test_the_books_numbers():
    assert (AND.w1, AND.w2, AND.b) == (0.5, 0.5, -0.7)
    assert (NAND.w1, NAND.w2, NAND.b) == (-0.5, -0.5, 0.7)
    assert (OR.w1, OR.w2, OR.b) == (0.5, 0.5, -0.2)
    table = truth_table(AND)
    np.testing.assert_allclose(table.weighted_sum, [-0.7, -0.2, -0.2, 0.3])
    np.testing.assert_array_equal(table.inputs, [[0, 0], [0, 1], [1, 0], [1, 1]])
    # One point at a time, as the book calls AND(x1, x2).
    assert AND(np.array([1.0, 1.0])) == 1.0 and AND(np.array([1.0, 0.0])) == 0.0


def test_the_step_is_zero_at_exactly_zero_as_in_the_book():
    p = Perceptron(1.0, 0.0, -1.0)
    assert p(np.array([[1.0, 0.0]]))[0] == 0.0
    assert p.predict(np.array([[1.0, 0.0]]))[0] == 0


def test_the_xor_network_gets_all_four():
    table = truth_table(XOR)
    assert tuple(table.predicted) == EXPECTED["XOR"]
    assert table.gates == ("XOR",)
    # The book's table: s1 = NAND, s2 = OR, y = AND(s1, s2).
    np.testing.assert_array_equal(table.hidden[:, 0], EXPECTED["NAND"])
    np.testing.assert_array_equal(table.hidden[:, 1], EXPECTED["OR"])


def test_the_xor_weights_in_the_engines_layout_compute_xor():
    w1, b1, w2, b2 = XOR.weights()
    assert (w1.shape, b1.shape, w2.shape, b2.shape) == ((2, 2), (2,), (2, 1), (1,))
    s = (GATE_INPUTS @ w1 + b1 > 0).astype(float)
    y = (s @ w2 + b2 > 0).astype(int)[:, 0]
    assert tuple(y) == EXPECTED["XOR"]


def test_no_single_perceptron_on_a_fine_grid_computes_xor():
    # Proof by search (the module docstring has the two-line proof): 81^3 weight
    # settings, every one tried on the four inputs at once.
    grid = np.linspace(-2.0, 2.0, 81)
    w1, w2, b = (g.reshape(-1, 1) for g in np.meshgrid(grid, grid, grid, indexing="ij"))
    outputs = (w1 * GATE_INPUTS[:, 0] + w2 * GATE_INPUTS[:, 1] + b > 0).astype(int)  # (81^3, 4)
    found = {name for name, want in EXPECTED.items() if np.any(np.all(outputs == want, axis=1))}
    # The same search does find the three separable gates, so it could have found XOR.
    assert found == {"AND", "NAND", "OR"}
    assert not np.any(np.all(outputs == EXPECTED["XOR"], axis=1))
    assert not np.any(np.all(outputs == (1, 0, 0, 1), axis=1))  # XNOR neither


# -- the boundary line ----------------------------------------------------------------


def test_the_and_boundary_in_the_books_form_and_its_sides():
    line = AND.boundary_line()
    m, c = line.slope_intercept
    assert (m, c) == pytest.approx((-1.0, 1.4))
    assert not line.vertical
    p = np.array(line.point)
    assert AND.weighted_sum(p) == pytest.approx(0.0, abs=1e-15)
    assert AND.weighted_sum(p + 3 * np.array(line.direction)) == pytest.approx(0.0, abs=1e-15)
    assert AND.predict(p + 0.01 * np.array(line.normal)) == 1
    assert AND.predict(p - 0.01 * np.array(line.normal)) == 0


def test_w2_zero_gives_a_vertical_line_and_no_weights_give_none():
    line = Perceptron(2.0, 0.0, -1.0).boundary_line()
    assert line.vertical and line.slope_intercept is None
    assert line.point == (0.5, 0.0)
    assert line.clip((-1.0, 1.0, -2.0, 3.0)) == ((0.5, -2.0), (0.5, 3.0))
    assert line.clip((0.6, 1.0, -2.0, 3.0)) is None
    assert Perceptron(0.0, 0.0, 0.3).boundary_line() is None
    flat = Perceptron(0.0, -1.0, 0.5).boundary_line()  # horizontal: x2 = 0.5, 1 below it
    assert flat.slope_intercept == (0.0, 0.5)
    assert flat.normal == (0.0, -1.0)


def test_clip_returns_the_segment_inside_the_box():
    box = (-0.5, 1.5, -0.5, 1.5)
    (xa, ya), (xb, yb) = OR.boundary_line().clip(box)
    for x, y in ((xa, ya), (xb, yb)):
        assert OR.weighted_sum(np.array([x, y])) == pytest.approx(0.0, abs=1e-12)
        assert box[0] - 1e-12 <= x <= box[1] + 1e-12 and box[2] - 1e-12 <= y <= box[3] + 1e-12
    # x2 = -x1 + 0.4 enters at x1 = -0.5 (x2 = 0.9) and leaves at x2 = -0.5 (x1 = 0.9).
    assert sorted([(xa, ya), (xb, yb)]) == [pytest.approx((-0.5, 0.9)), pytest.approx((0.9, -0.5))]
    assert OR.boundary_line().clip((5.0, 6.0, 5.0, 6.0)) is None


# -- the sigmoid option and plain values -------------------------------------------------


def test_sigmoid_output_is_smooth_and_agrees_on_the_class():
    soft = dataclasses.replace(AND, activation="sigmoid")
    y = soft(GATE_INPUTS)
    assert np.all((y > 0) & (y < 1))
    np.testing.assert_allclose(y, 1 / (1 + np.exp(-AND.weighted_sum(GATE_INPUTS))))
    np.testing.assert_array_equal(soft.predict(GATE_INPUTS), AND.predict(GATE_INPUTS))
    assert Perceptron(0.0, 0.0, 0.0, "sigmoid")(np.zeros(2)) == 0.5
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        big = Perceptron(1e6, -1e6, 0.0, "sigmoid")(np.array([[1.0, 0.0], [0.0, 1.0]]))
    np.testing.assert_array_equal(big, [1.0, 0.0])


@pytest.mark.parametrize(
    "args", [(float("nan"), 0.0, 0.0), (0.0, True, 0.0), (0.0, 0.0, "1"), (0.0, 0.0, 0.0, "relu")]
)
def test_bad_weights_are_refused(args):
    with pytest.raises(ValueError):
        Perceptron(*args)


def test_points_must_have_two_coordinates():
    with pytest.raises(ValueError):
        AND(np.zeros((4, 3)))


def test_perceptrons_are_plain_frozen_values():
    assert pickle.loads(pickle.dumps(XOR)) == XOR
    with pytest.raises(dataclasses.FrozenInstanceError):
        AND.w1 = 1.0  # type: ignore[misc]
    assert Perceptron(1, 2, 3).w1 == 1.0 and isinstance(Perceptron(1, 2, 3).w1, float)
