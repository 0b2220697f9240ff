"""The gradient checker itself: it must agree with calculus and catch broken layers."""

import numpy as np
import pytest

from engine.activations import Tanh
from engine.gradcheck import (
    check_gradients,
    fixed_randomness,
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


# -- the GUI's check: on a copy, sampled, with progress and cancellation ---------------------


class BrokenTanhNetwork(Network):
    """A test double: the first hidden tanh forgets the square in its backward."""

    def __init__(self, spec):
        super().__init__(spec)
        self.layers[1] = BrokenTanh()
        self._backward_layers = self.layers[::-1]


def _batch(n=10, n_inputs=2, seed=0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, n_inputs)), rng.integers(0, 2, n)


def test_a_float64_tanh_network_passes_every_tensor():
    net = Network(NetworkSpec(n_inputs=2, hidden=(8, 8), activations=("tanh", "tanh"), seed=1))
    x, t = _batch()
    report = check_gradients(net, x, t, np.random.default_rng(0))
    assert report.passed and not report.cancelled
    assert [c.name for c in report.tensors] == list(net.params)
    for c in report.tensors:
        assert c.shape == net.params[c.name].shape
        assert c.checked == net.params[c.name].size
        assert c.relative_error < 1e-6 and c.passed
        assert c.worst_numerical == pytest.approx(c.worst_backprop, rel=1e-5, abs=1e-9)


def test_a_broken_backward_fails_visibly():
    spec = NetworkSpec(n_inputs=2, hidden=(8, 8), activations=("tanh", "tanh"), seed=1)
    x, t = _batch()
    report = check_gradients(BrokenTanhNetwork(spec), x, t, np.random.default_rng(0))
    assert not report.passed
    by_name = {c.name: c for c in report.tensors}
    assert not by_name["W1"].passed and by_name["W1"].relative_error > 1e-2
    assert not by_name["b1"].passed
    w1 = by_name["W1"]
    assert abs(w1.worst_numerical - w1.worst_backprop) > 1e-2 * abs(w1.worst_numerical)
    # Above the broken layer the gradients are still right.
    assert all(by_name[k].passed for k in ("W2", "b2", "W3", "b3"))


def test_the_live_network_is_never_touched():
    spec = NetworkSpec(n_inputs=2, hidden=(6, 5), activations=("tanh", "tanh"),
                       dropout=0.3, batchnorm=True, seed=2)  # fmt: skip
    net = Network(spec)
    x, t = _batch(12)
    net.gradient(x, t)  # live gradients and running statistics that must survive
    params, grads, buffers = net.get_params(), {k: v.copy() for k, v in net.grads.items()}, net.get_buffers()
    dropout_state = net.dropouts[0].rng.bit_generator.state
    report = check_gradients(net, x, t, np.random.default_rng(0))
    assert report.passed, report
    for k in params:
        np.testing.assert_array_equal(net.params[k], params[k])
        np.testing.assert_array_equal(net.grads[k], grads[k])
    for k in buffers:
        np.testing.assert_array_equal(net.buffers()[k], buffers[k])
    assert net.dropouts[0].rng.bit_generator.state == dropout_state
    assert all(layer.fixed_mask is None for layer in net.dropouts)


def test_big_tensors_are_sampled_and_progress_counts_every_entry():
    net = Network(NetworkSpec(n_inputs=2, hidden=(64, 64), activations=("tanh", "tanh")))
    x, t = _batch()
    calls = []
    report = check_gradients(
        net, x, t, np.random.default_rng(0), max_per_tensor=50, progress=lambda d, n: calls.append((d, n))
    )
    checked = {c.name: c.checked for c in report.tensors}
    assert checked == {"W1": 50, "b1": 50, "W2": 50, "b2": 50, "W3": 50, "b3": 2}
    total = sum(checked.values())
    assert calls == [(i, total) for i in range(total + 1)]
    assert report.passed


def test_cancelling_stops_between_parameters_and_says_so():
    net = Network(NetworkSpec(n_inputs=2, hidden=(8, 8), activations=("tanh", "tanh")))
    x, t = _batch()
    asked, done = [], []

    def cancelled():
        asked.append(1)
        return len(asked) >= 30

    report = check_gradients(net, x, t, np.random.default_rng(0), cancelled=cancelled,
                             progress=lambda d, n: done.append(d))  # fmt: skip
    assert report.cancelled and not report.passed
    assert done[-1] == 29  # 29 entries finished before the 30th question
    assert [c.name for c in report.tensors] == ["W1", "b1"]  # 16 + 8 entries complete


def test_the_report_is_plain_data_and_reproducible():
    import pickle

    net = Network(NetworkSpec(n_inputs=2, hidden=(32,), activations=("tanh",)))
    x, t = _batch()
    a = check_gradients(net, x, t, np.random.default_rng(5), max_per_tensor=10)
    b = check_gradients(net, x, t, np.random.default_rng(5), max_per_tensor=10)
    assert a == b
    assert pickle.loads(pickle.dumps(a)) == a


def test_max_per_tensor_must_be_positive():
    net = Network(NetworkSpec(n_inputs=2))
    x, t = _batch()
    with pytest.raises(ValueError):
        check_gradients(net, x, t, np.random.default_rng(0), max_per_tensor=0)


def test_fixed_randomness_restores_statistics_and_masks_even_on_error():
    net = Network(NetworkSpec(n_inputs=2, hidden=(4,), activations=("tanh",), dropout=0.5, batchnorm=True))
    x, t = _batch()
    buffers = net.get_buffers()
    with pytest.raises(RuntimeError), fixed_randomness(net, x.shape[0], np.random.default_rng(0)):
        first = net.loss(x, t)
        assert net.loss(x, t) == first  # one fixed function while inside
        raise RuntimeError("boom")
    assert net.dropouts[0].fixed_mask is None
    for k, v in buffers.items():
        np.testing.assert_array_equal(net.buffers()[k], v)
