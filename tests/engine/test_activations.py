"""Activation layers: known values, derivatives and gradient checks."""

import numpy as np
import pytest

from engine.activations import (
    ACTIVATIONS,
    LEAKY_SLOPE,
    activation_derivative,
    activation_function,
)
from engine.gradcheck import layer_gradient_check

TOL = 1e-6


def away_from_kinks(rng, shape):
    """Random inputs with |a| > 0.1, far from the kinks of relu, leaky relu and step."""
    a = rng.standard_normal(shape)
    return np.where(np.abs(a) < 0.1, np.sign(a) * 0.1 + a, a)


def test_registry_has_the_contract_names():
    assert list(ACTIVATIONS) == ["sigmoid", "tanh", "relu", "leaky_relu", "linear", "step"]


@pytest.mark.parametrize(
    "name, a, expected",
    [
        ("sigmoid", [-1.0, 0.0, 2.0], [1 / (1 + np.e), 0.5, 1 / (1 + np.exp(-2.0))]),
        ("tanh", [-1.0, 0.0, 2.0], np.tanh([-1.0, 0.0, 2.0])),
        ("relu", [-1.0, 0.0, 2.0], [0.0, 0.0, 2.0]),
        ("leaky_relu", [-1.0, 0.0, 2.0], [-0.01, 0.0, 2.0]),
        ("linear", [-1.0, 0.0, 2.0], [-1.0, 0.0, 2.0]),
        ("step", [-1.0, 0.0, 2.0], [0.0, 0.0, 1.0]),
    ],
)
def test_layer_and_plot_function_agree_on_known_values(name, a, expected):
    x = np.array([a])
    np.testing.assert_allclose(ACTIVATIONS[name]().forward(x)[0], expected, rtol=1e-12)
    np.testing.assert_allclose(activation_function(name)(np.array(a)), expected, rtol=1e-12)


def test_sigmoid_does_not_overflow_for_large_inputs():
    with np.errstate(all="raise"):
        y = ACTIVATIONS["sigmoid"]().forward(np.array([[-1000.0, 1000.0]]))
    np.testing.assert_allclose(y, [[0.0, 1.0]], atol=1e-300)


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu", "leaky_relu", "linear"])
def test_backward_matches_central_differences(name):
    rng = np.random.default_rng(7)
    x = away_from_kinks(rng, (6, 5))
    errors = layer_gradient_check(ACTIVATIONS[name](), x, rng)
    assert errors["x"] < TOL, errors


def test_leaky_relu_slope_is_one_hundredth():
    layer = ACTIVATIONS["leaky_relu"]()
    layer.forward(np.array([[-3.0, 3.0]]))
    dx = layer.backward(np.array([[1.0, 1.0]]))
    np.testing.assert_allclose(dx, [[LEAKY_SLOPE, 1.0]])
    assert LEAKY_SLOPE == 0.01


def test_relu_passes_no_gradient_where_it_was_off():
    layer = ACTIVATIONS["relu"]()
    layer.forward(np.array([[-2.0, 0.5, -0.1, 3.0]]))
    dx = layer.backward(np.array([[5.0, 5.0, 5.0, 5.0]]))
    np.testing.assert_array_equal(dx, [[0.0, 5.0, 0.0, 5.0]])


def test_step_backward_is_zero():
    layer = ACTIVATIONS["step"]()
    layer.forward(np.array([[-1.0, 1.0]]))
    np.testing.assert_array_equal(layer.backward(np.array([[3.0, 4.0]])), [[0.0, 0.0]])


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_backward_never_mutates_dout(name):
    rng = np.random.default_rng(1)
    layer = ACTIVATIONS[name]()
    layer.forward(away_from_kinks(rng, (3, 4)))
    dout = rng.standard_normal((3, 4))
    before = dout.copy()
    layer.backward(dout)
    np.testing.assert_array_equal(dout, before)


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu", "leaky_relu", "linear"])
def test_plot_derivative_matches_numerical_slope(name):
    a = away_from_kinks(np.random.default_rng(2), (50,))
    f = activation_function(name)
    h = 1e-6
    numeric = (f(a + h) - f(a - h)) / (2 * h)
    np.testing.assert_allclose(activation_derivative(name)(a), numeric, rtol=1e-6, atol=1e-9)


def test_unknown_activation_name_is_a_plain_error():
    with pytest.raises(ValueError, match="Unknown activation 'swish'"):
        activation_function("swish")
