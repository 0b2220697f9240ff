"""Optimisers: the book's defaults, first steps by hand, state, flat vs per-tensor."""

import math

import numpy as np
import pytest

from engine.network import Network, NetworkSpec
from engine.optimizers import OPTIMIZERS, make_optimizer

G = np.array([0.5, 0.25])


def steps(name, n, **kw):
    """``n`` updates from p = (1, -2) with the constant gradient G; returns p after each."""
    opt = make_optimizer(name, **kw)
    p = {"w": np.array([1.0, -2.0])}
    out = []
    for _ in range(n):
        opt.update(p, {"w": G.copy()})
        out.append(p["w"].copy())
    return out


def test_registry_and_the_books_defaults():
    assert list(OPTIMIZERS) == ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
    assert make_optimizer("sgd").lr == 0.01
    m = make_optimizer("momentum")
    assert (m.lr, m.momentum) == (0.01, 0.9)
    assert make_optimizer("nesterov").momentum == 0.9
    assert make_optimizer("adagrad").lr == 0.01
    r = make_optimizer("rmsprop")
    assert (r.lr, r.decay) == (0.01, 0.99)
    a = make_optimizer("adam")
    assert (a.lr, a.beta1, a.beta2) == (0.001, 0.9, 0.999)
    assert make_optimizer("adam", lr=0.1).lr == 0.1


def test_sgd_first_step():
    (p1,) = steps("sgd", 1)
    np.testing.assert_allclose(p1, [1 - 0.005, -2 - 0.0025], rtol=1e-15)


def test_momentum_first_two_steps():
    p1, p2 = steps("momentum", 2)
    # v1 = -lr g = (-0.005, -0.0025); v2 = 0.9 v1 - lr g = (-0.0095, -0.00475)
    np.testing.assert_allclose(p1, [0.995, -2.0025], rtol=1e-14)
    np.testing.assert_allclose(p2, [0.9855, -2.00725], rtol=1e-14)


def test_nesterov_first_step_in_the_books_form():
    (p1,) = steps("nesterov", 1)
    # p += 0.81 v - 1.9 lr g with v = -lr g: a step of 2.71 lr g
    np.testing.assert_allclose(p1, [1 - 0.01355, -2 - 0.006775], rtol=1e-14)


def test_adagrad_first_two_steps():
    p1, p2 = steps("adagrad", 2)
    # h1 = g^2, so the first step is lr * g / |g| = lr per coordinate (eps aside).
    np.testing.assert_allclose(p1, [1 - 0.01 * 0.5 / (0.5 + 1e-7), -2 - 0.01 * 0.25 / (0.25 + 1e-7)], rtol=1e-14)
    # h2 = 2 g^2: the second step shrinks to lr / sqrt(2).
    np.testing.assert_allclose(p2 - p1, [-0.01 / math.sqrt(2), -0.01 / math.sqrt(2)], rtol=1e-6)


def test_rmsprop_first_step():
    (p1,) = steps("rmsprop", 1)
    # h1 = 0.01 g^2, sqrt(h1) = 0.1 |g|: step lr / 0.1 = 0.1 per coordinate.
    np.testing.assert_allclose(p1, [0.9, -2.1], rtol=1e-6)


def test_adam_first_steps_are_lr_times_the_sign():
    p1, p2 = steps("adam", 2)
    np.testing.assert_allclose(p1, [0.999, -2.001], rtol=1e-7)
    # With a constant gradient the bias-corrected moments stay g and g^2.
    np.testing.assert_allclose(p2, [0.998, -2.002], rtol=1e-7)


def test_learning_rate_changes_between_steps_keep_the_velocity():
    opt = make_optimizer("momentum")
    p = {"w": np.array([0.0])}
    opt.update(p, {"w": np.array([1.0])})  # v = -0.01
    opt.lr = 0.02
    opt.update(p, {"w": np.array([1.0])})  # v = 0.9 * -0.01 - 0.02
    assert p["w"][0] == pytest.approx(-0.01 - 0.029)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_flat_network_path_equals_per_tensor_path(name):
    net = Network(NetworkSpec(n_inputs=3, hidden=(4,), activations=("tanh",), batchnorm=True))
    rng = np.random.default_rng(0)
    x, t = rng.standard_normal((6, 3)), rng.integers(0, 2, 6)
    plain = {k: v.copy() for k, v in net.params.items()}
    flat_opt, plain_opt = make_optimizer(name), make_optimizer(name)
    for _ in range(4):
        net.loss(x, t)
        net.backward()
        grads = {k: v.copy() for k, v in net.grads.items()}
        plain_opt.update(plain, grads)
        flat_opt.update(net.params, net.grads)
    for k in plain:
        np.testing.assert_allclose(net.params[k], plain[k], rtol=1e-13, atol=1e-15)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_saved_state_continues_exactly(name):
    rng = np.random.default_rng(1)
    grads = [{"W": rng.standard_normal((2, 3)), "b": rng.standard_normal(3)} for _ in range(5)]
    p = {"W": np.ones((2, 3)), "b": np.zeros(3)}
    a = make_optimizer(name, lr=0.05)
    for g in grads[:3]:
        a.update(p, g)
    state = a.state_dict()
    assert all(isinstance(v, float | np.ndarray) for v in state.values())
    q = {k: v.copy() for k, v in p.items()}
    b = make_optimizer(name)
    b.load_state_dict(state)  # before b has seen any params
    assert b.lr == 0.05
    for g in grads[3:]:
        a.update(p, g)
        b.update(q, g)
    for k in p:
        np.testing.assert_array_equal(p[k], q[k])


def test_state_of_the_wrong_shape_is_refused():
    opt = make_optimizer("adam")
    opt.update({"w": np.zeros(3)}, {"w": np.ones(3)})
    state = opt.state_dict()
    state["m.w"] = np.zeros(4)
    with pytest.raises(ValueError, match="shape"):
        opt.load_state_dict(state)


def test_bad_settings_are_refused_plainly():
    with pytest.raises(ValueError, match="Unknown optimizer 'lbfgs'"):
        make_optimizer("lbfgs")
    with pytest.raises(ValueError, match="lr must be"):
        make_optimizer("sgd", lr=-1)
    with pytest.raises(ValueError, match="no setting momentum"):
        make_optimizer("sgd", momentum=0.9)
    opt = make_optimizer("sgd")
    with pytest.raises(ValueError, match="lr must be"):
        opt.lr = float("nan")
