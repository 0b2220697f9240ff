"""Affine, Dropout and BatchNorm: known values, modes and gradient checks."""

import numpy as np
import pytest

from engine.gradcheck import layer_gradient_check
from engine.layers import Affine, BatchNorm, Dropout

TOL = 1e-6


@pytest.fixture
def rng():
    return np.random.default_rng(42)


def test_affine_computes_xw_plus_b():
    W = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    b = np.array([0.5, -0.5, 1.0])
    x = np.array([[1.0, 0.0], [1.0, 1.0]])
    y = Affine(W, b).forward(x)
    np.testing.assert_array_equal(y, [[1.5, 1.5, 4.0], [5.5, 6.5, 10.0]])


def test_affine_gradients_match_central_differences(rng):
    layer = Affine(rng.standard_normal((4, 3)), rng.standard_normal(3))
    errors = layer_gradient_check(layer, rng.standard_normal((5, 4)), rng)
    assert set(errors) == {"x", "W", "b"}
    assert max(errors.values()) < TOL, errors


def test_affine_backward_leaves_its_input_alone(rng):
    layer = Affine(rng.standard_normal((4, 3)), rng.standard_normal(3))
    layer.forward(rng.standard_normal((5, 4)))
    dout = rng.standard_normal((5, 3))
    before = dout.copy()
    layer.backward(dout)
    np.testing.assert_array_equal(dout, before)


def test_affine_uses_weights_live(rng):
    W, b = np.zeros((2, 2)), np.zeros(2)
    layer = Affine(W, b)
    x = np.ones((3, 2))
    assert np.all(layer.forward(x) == 0)
    W[...] = 1.0  # an optimiser updates in place; the layer must see it
    assert np.all(layer.forward(x) == 2.0)


def test_affine_without_input_gradient_returns_none(rng):
    layer = Affine(rng.standard_normal((2, 2)), np.zeros(2))
    layer.need_dx = False
    layer.forward(rng.standard_normal((3, 2)))
    assert layer.backward(np.ones((3, 2))) is None
    np.testing.assert_array_equal(layer.grads["b"], [3.0, 3.0])


def test_affine_handles_changing_batch_sizes(rng):
    W, b = rng.standard_normal((3, 2)), rng.standard_normal(2)
    layer = Affine(W, b)
    for n in (5, 1, 7, 5, 100):
        x = rng.standard_normal((n, 3))
        np.testing.assert_allclose(layer.forward(x), x @ W + b, rtol=1e-12)


def test_dropout_train_scales_kept_units_and_eval_passes_through(rng):
    layer = Dropout(0.5, np.random.default_rng(0))
    x = np.ones((2000, 10))
    y = layer.forward(x, train=True)
    assert set(np.unique(y)) == {0.0, 2.0}  # inverted dropout: kept units * 1/(1-0.5)
    assert abs(np.mean(y == 0) - 0.5) < 0.02
    assert abs(y.mean() - 1.0) < 0.03  # expectation preserved
    np.testing.assert_array_equal(layer.forward(x, train=False), x)


def test_dropout_backward_routes_gradient_through_kept_units_only(rng):
    layer = Dropout(0.4, rng)
    x = rng.standard_normal((6, 5))
    y = layer.forward(x).copy()
    dx = layer.backward(np.ones_like(x))
    np.testing.assert_array_equal(dx == 0, y == 0)
    np.testing.assert_allclose(dx[dx != 0], 1 / 0.6)


def test_dropout_fixed_mask_makes_it_deterministic_and_checkable(rng):
    layer = Dropout(0.3, rng)
    x = rng.standard_normal((4, 6))
    layer.fixed_mask = (rng.random((4, 6)) > 0.3).astype(float)
    first = layer.forward(x).copy()
    np.testing.assert_array_equal(layer.forward(x), first)
    np.testing.assert_allclose(first, x * layer.fixed_mask / 0.7)
    errors = layer_gradient_check(layer, x, rng)
    assert errors["x"] < TOL


def test_dropout_same_seed_same_masks():
    x = np.ones((5, 5))
    a = Dropout(0.5, np.random.default_rng(3)).forward(x).copy()
    b = Dropout(0.5, np.random.default_rng(3)).forward(x).copy()
    np.testing.assert_array_equal(a, b)


def test_dropout_rejects_a_ratio_of_one(rng):
    with pytest.raises(ValueError, match="dropout ratio"):
        Dropout(1.0, rng)


def test_batchnorm_training_output_is_normalised(rng):
    layer = BatchNorm(np.ones(3), np.zeros(3))
    x = 5.0 + 3.0 * rng.standard_normal((50, 3))
    y = layer.forward(x, train=True)
    np.testing.assert_allclose(y.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(y.std(axis=0), 1.0, atol=1e-5)


def test_batchnorm_running_statistics_use_momentum_09(rng):
    layer = BatchNorm(np.ones(2), np.zeros(2))
    x = np.array([[1.0, 10.0], [3.0, 14.0]])  # mean (2, 12), variance (1, 4)
    layer.forward(x, train=True)
    np.testing.assert_allclose(layer.running_mean, [0.2, 1.2])
    np.testing.assert_allclose(layer.running_var, [0.9 + 0.1, 0.9 + 0.4])


def test_batchnorm_eval_uses_running_statistics(rng):
    layer = BatchNorm(np.array([2.0]), np.array([1.0]))
    layer.running_mean[:] = 3.0
    layer.running_var[:] = 4.0
    y = layer.forward(np.array([[5.0], [7.0]]), train=False)
    np.testing.assert_allclose(y, [[2.0 * 2 / np.sqrt(4 + 1e-6) + 1], [2.0 * 4 / np.sqrt(4 + 1e-6) + 1]])
    np.testing.assert_array_equal(layer.running_mean, [3.0])  # eval does not update


def test_batchnorm_gradients_match_central_differences(rng):
    layer = BatchNorm(1.0 + rng.random(4), rng.standard_normal(4))
    errors = layer_gradient_check(layer, rng.standard_normal((8, 4)), rng, h=1e-5)
    assert set(errors) == {"x", "gamma", "beta"}
    assert max(errors.values()) < TOL, errors
