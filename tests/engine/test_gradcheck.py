"""The gradient checker itself: it must agree with calculus and catch broken layers."""

import numpy as np
import pytest

from engine.activations import Tanh
from engine.gradcheck import (
    gradient_check,
    layer_gradient_check,
    numerical_gradient,
    relative_error,
)
from engine.network import Network, NetworkSpec


def test_numerical_gradient_of_the_books_function():
    # f(x0, x1) = x0^2 + x1^2 has gradient (2 x0, 2 x1): (6, 8) at (3, 4).
    x = np.array([3.0, 4.0])
    g = numerical_gradient(lambda: float(np.sum(x**2)), x)
    np.testing.assert_allclose(g, [6.0, 8.0], rtol=1e-10)
    np.testing.assert_array_equal(x, [3.0, 4.0])  # restored exactly


def test_relative_error_is_scale_free_with_a_floor_for_zeros():
    assert relative_error([1.0, 2.0], [1.0, 2.0]) == 0.0
    assert relative_error([1e-3], [1.1e-3]) == pytest.approx(relative_error([1e3], [1.1e3]))
    assert relative_error([0.0], [1e-17]) < 1e-8
    assert relative_error([1.0], [-1.0]) == 1.0


class BrokenTanh(Tanh):
    """Tanh whose backward forgets the square: dy/da = 1 - y instead of 1 - y^2."""

    def backward(self, dout):
        return dout * (1.0 - self._y)


def test_a_wrong_backward_is_caught():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((5, 3))
    assert layer_gradient_check(Tanh(), x, rng)["x"] < 1e-8
    assert layer_gradient_check(BrokenTanh(), x, rng)["x"] > 1e-2

    net = Network(NetworkSpec(n_inputs=3, hidden=(4,), activations=("tanh",)))
    t = rng.integers(0, 2, 5)
    assert max(gradient_check(net, x, t).values()) < 1e-6
    net.layers[1] = BrokenTanh()
    net._backward_layers = net.layers[::-1]
    errors = gradient_check(net, x, t)
    assert errors["W1"] > 1e-2  # the error shows below the broken layer
    assert errors["W2"] < 1e-6  # and not above it


def test_gradient_check_with_batch_of_one_is_trivial_for_batchnorm():
    # The book's warning: one sample makes batch norm's upstream gradient 0.
    net = Network(NetworkSpec(n_inputs=2, hidden=(3,), activations=("tanh",), batchnorm=True))
    grads = net.gradient(np.array([[0.5, -1.0]]), np.array([1]))
    assert np.allclose(grads["W1"], 0.0)
