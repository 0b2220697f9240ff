"""Loss slices along chosen weights: they agree with the loss and its gradient, and leave no trace."""

from __future__ import annotations

import numpy as np
import pytest

from engine.network import Network, NetworkSpec
from engine.optimizers import SGD, Adam, Momentum
from engine.slices import loss_slice_1d, loss_slice_2d, tangent, train_selected


def _net(**kw) -> tuple[Network, np.ndarray, np.ndarray]:
    spec = dict(n_inputs=2, hidden=(8, 8), activations=("tanh", "tanh"), seed=4)
    net = Network(NetworkSpec(**{**spec, **kw}))
    net.regularization, net.reg_rate = "l2", 0.01
    rng = np.random.default_rng(0)
    x = rng.standard_normal((40, 2))
    t = (x[:, 0] * x[:, 1] > 0).astype(np.int64)
    return net, x, t


def _state(net):
    return net.params.flat.copy(), net.grads.flat.copy(), net.get_buffers()


def _assert_same_state(net, state):
    params, grads, buffers = state
    np.testing.assert_array_equal(net.params.flat, params)
    np.testing.assert_array_equal(net.grads.flat, grads)
    for k, v in buffers.items():
        np.testing.assert_array_equal(net.buffers()[k], v)


ENTRIES = [("W1", (0, 3)), ("b1", 5), ("W2", (7, 2)), ("W3", (4, 1)), ("b3", (0,))]


@pytest.mark.parametrize("name, index", ENTRIES)
def test_the_slice_at_the_current_value_is_the_training_loss_with_penalty(name, index):
    net, x, t = _net()
    w0 = float(net.params[name][index])
    state = _state(net)
    values = np.array([w0 - 1.0, w0, w0 + 0.5])
    curve = loss_slice_1d(net, x, t, name, index, values)
    assert curve.shape == (3,)
    assert curve[1] == net.loss(x, t)
    assert curve[1] > net.evaluate(x, t)[0]  # the L2 penalty is in
    assert curve[0] != curve[1] != curve[2]
    _assert_same_state(net, state)


@pytest.mark.parametrize("name, index", ENTRIES)
def test_the_slope_of_the_slice_is_the_gradient_entry(name, index):
    net, x, t = _net()
    w0 = float(net.params[name][index])
    h = 1e-5
    lo, _, hi = loss_slice_1d(net, x, t, name, index, [w0 - h, w0, w0 + h])
    loss, slope = tangent(net, x, t, name, index)
    assert loss == net.loss(x, t)
    assert slope == net.gradient(x, t)[name][index]
    assert (hi - lo) / (2 * h) == pytest.approx(slope, rel=1e-6, abs=1e-10)


def test_tangent_leaves_weights_and_gradients_as_they_were():
    net, x, t = _net()
    net.gradient(x[:5], t[:5])  # some other gradient the worker may still hold
    state = _state(net)
    tangent(net, x, t, "W2", (1, 1))
    _assert_same_state(net, state)


def test_a_flat_index_and_a_tuple_index_are_the_same_entry():
    net, x, t = _net()
    v = np.linspace(-1, 1, 5)
    np.testing.assert_array_equal(
        loss_slice_1d(net, x, t, "W2", 3, v), loss_slice_1d(net, x, t, "W2", (0, 3), v)
    )


def test_the_2d_slice_crosses_the_1d_slices_at_the_current_weights():
    net, x, t = _net()
    a, b = ("W1", (1, 2)), ("W2", (3, 4))
    a0, b0 = float(net.params["W1"][1, 2]), float(net.params["W2"][3, 4])
    va = np.array([a0 - 2.0, a0 - 0.5, a0, a0 + 1.0])
    vb = np.array([b0 - 1.0, b0, b0 + 3.0])
    state = _state(net)
    grid = loss_slice_2d(net, x, t, a, b, va, vb)
    assert grid.shape == (3, 4)
    assert grid[1, 2] == net.loss(x, t)
    np.testing.assert_array_equal(grid[1], loss_slice_1d(net, x, t, *a, va))
    np.testing.assert_array_equal(grid[:, 2], loss_slice_1d(net, x, t, *b, vb))
    # One corner by hand: both weights moved together.
    net.params["W1"][1, 2], net.params["W2"][3, 4] = va[0], vb[2]
    assert grid[2, 0] == net.loss(x, t)
    net.params.flat[...] = state[0]
    _assert_same_state(net, state)


def test_weights_come_back_even_when_the_loss_raises(monkeypatch):
    net, x, t = _net()
    state = _state(net)
    calls = []
    real_loss = net.loss

    def failing_loss(*args, **kw):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("interrupted")
        return real_loss(*args, **kw)

    monkeypatch.setattr(net, "loss", failing_loss)
    with pytest.raises(RuntimeError):
        loss_slice_2d(net, x, t, ("W1", (0, 0)), ("b2", 1), [5.0, 6.0], [7.0, 8.0])
    _assert_same_state(net, state)


def test_dropout_slices_use_one_fixed_mask_per_seed():
    net, x, t = _net(dropout=0.3)
    w0 = float(net.params["W2"][0, 0])
    h = 1e-5
    values = [w0 - h, w0, w0 + h]
    first = loss_slice_1d(net, x, t, "W2", (0, 0), values, dropout_seed=1)
    np.testing.assert_array_equal(first, loss_slice_1d(net, x, t, "W2", (0, 0), values, dropout_seed=1))
    assert not np.array_equal(first, loss_slice_1d(net, x, t, "W2", (0, 0), values, dropout_seed=2))
    loss, slope = tangent(net, x, t, "W2", (0, 0), dropout_seed=1)
    assert loss == first[1]
    assert (first[2] - first[0]) / (2 * h) == pytest.approx(slope, rel=1e-6)
    assert all(layer.fixed_mask is None for layer in net.dropouts)


def test_batch_norm_statistics_are_restored():
    net, x, t = _net(batchnorm=True)
    state = _state(net)
    loss_slice_2d(net, x, t, ("gamma1", 0), ("W2", (0, 0)), [0.5, 1.0], [0.1, 0.2])
    tangent(net, x, t, "beta1", 2)
    _assert_same_state(net, state)


@pytest.mark.parametrize(
    "call",
    [
        lambda n, x, t: loss_slice_1d(n, x, t, "W9", 0, [1.0]),
        lambda n, x, t: loss_slice_1d(n, x, t, "W1", (2, 0), [1.0]),
        lambda n, x, t: loss_slice_1d(n, x, t, "W1", (0,), [1.0]),
        lambda n, x, t: loss_slice_1d(n, x, t, "b1", 8, [1.0]),
        lambda n, x, t: loss_slice_1d(n, x, t, "b1", -1, [1.0]),
        lambda n, x, t: loss_slice_1d(n, x, t, "b1", 0, []),
        lambda n, x, t: loss_slice_1d(n, x, t, "b1", 0, [np.nan]),
        lambda n, x, t: loss_slice_2d(n, x, t, ("W1", (0, 1)), ("W1", 1), [1.0], [2.0]),
        lambda n, x, t: tangent(n, x, t, "gamma1", 0),
    ],
)
def test_bad_entries_are_refused(call):
    net, x, t = _net()
    state = _state(net)
    with pytest.raises(ValueError):
        call(net, x, t)
    _assert_same_state(net, state)


# -- training only the chosen weights ---------------------------------------------------


SELECTED = [("W1", (0, 1)), ("W2", (3, 4))]


def _others_unchanged(net, before):
    mask = np.ones(net.params.flat.size, dtype=bool)
    starts = {n: s for n, s, _ in net.params.layout}
    mask[starts["W1"] + 1] = mask[starts["W2"] + 3 * 8 + 4] = False
    np.testing.assert_array_equal(net.params.flat[mask], before[mask])
    return mask


@pytest.mark.parametrize("make", [lambda: SGD(lr=0.5), lambda: Momentum(lr=0.1), lambda: Adam(lr=0.05)])
def test_train_selected_moves_only_the_chosen_entries(make):
    net, x, t = _net()
    before = net.params.flat.copy()
    run = train_selected(net, make(), x, t, 8, np.random.default_rng(0), SELECTED, 25)
    assert run.path.shape == (26, 2) and run.losses.shape == (25,) and not run.diverged
    mask = _others_unchanged(net, before)
    assert np.all(net.params.flat[~mask] != before[~mask])
    np.testing.assert_array_equal(run.path[-1], [net.params["W1"][0, 1], net.params["W2"][3, 4]])


def test_others_stay_put_even_with_momentum_left_from_earlier_training():
    net, x, t = _net()
    opt = Momentum(lr=0.1)
    for _ in range(5):  # ordinary training: every weight gets a velocity
        net.gradient(x, t)
        opt.update(net.params, net.grads)
    before = net.params.flat.copy()
    train_selected(net, opt, x, t, 40, np.random.default_rng(0), SELECTED, 10)
    _others_unchanged(net, before)


def test_a_full_batch_path_descends_the_2d_slice_it_is_drawn_on():
    net, x, t = _net()
    start = net.params.flat.copy()
    lr = 0.5
    run = train_selected(net, SGD(lr=lr), x, t, len(x), np.random.default_rng(0), SELECTED, 15)
    net.params.flat[...] = start
    for k, (a, b) in enumerate(run.path[:-1]):
        (loss,) = loss_slice_2d(net, x, t, *SELECTED, [a], [b])[0]
        assert run.losses[k] == pytest.approx(loss, rel=1e-12)
        # Each step is plain gradient descent on that surface.
        net.params["W1"][0, 1], net.params["W2"][3, 4] = a, b
        ga = tangent(net, x, t, *SELECTED[0])[1]
        gb = tangent(net, x, t, *SELECTED[1])[1]
        np.testing.assert_allclose(run.path[k + 1], [a - lr * ga, b - lr * gb], rtol=1e-12, atol=1e-15)
    assert np.all(np.diff(run.losses) < 0)


def test_a_diverging_run_stops_at_the_last_finite_point():
    net, x, t = _net(output="mse", n_outputs=1)
    y = x[:, 0]
    run = train_selected(net, SGD(lr=1e3), x, y, len(x), np.random.default_rng(0), SELECTED, 200)
    assert run.diverged
    assert np.all(np.isfinite(run.path)) and len(run.losses) == len(run.path) - 1
    np.testing.assert_array_equal(run.path[-1], [net.params["W1"][0, 1], net.params["W2"][3, 4]])
    assert np.isfinite(net.loss(x, y))


@pytest.mark.parametrize(
    "selected, steps, batch",
    [([], 1, 4), ([("W1", (0, 1)), ("W1", 1)], 1, 4), (SELECTED, -1, 4), (SELECTED, 1, 0)],
)
def test_train_selected_refuses_bad_requests(selected, steps, batch):
    net, x, t = _net()
    with pytest.raises(ValueError):
        train_selected(net, SGD(), x, t, batch, np.random.default_rng(0), selected, steps)
