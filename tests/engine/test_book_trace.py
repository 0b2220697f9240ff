"""BookNetwork on its own: the book's known values, central differences, the δ
split of the backward trace, and records that survive a process pipe."""

import pickle

import numpy as np
import pytest

from engine.book import BookNetwork
from engine.book.records import BackwardTrace, Trace
from engine.gradcheck import numerical_gradient, relative_error
from engine.network import Network, NetworkSpec

TOL = 1e-6

# Chapter 3's three-layer network: 2-3-2-2, sigmoid, identity output.
BOOK_SPEC = NetworkSpec(
    n_inputs=2, hidden=(3, 2), activations=("sigmoid", "sigmoid"), n_outputs=2, output="mse"
)
BOOK_PARAMS = {
    "W1": np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]),
    "b1": np.array([0.1, 0.2, 0.3]),
    "W2": np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]),
    "b2": np.array([0.1, 0.2]),
    "W3": np.array([[0.1, 0.3], [0.2, 0.4]]),
    "b3": np.array([0.1, 0.2]),
}


def batch(n=7, k=3, seed=0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, 2)), rng.integers(0, k, n)


def plain(seed=0, **spec_kw):
    spec = NetworkSpec(n_inputs=2, hidden=(5, 4), n_outputs=3, seed=seed, **spec_kw)
    return BookNetwork.from_network(Network(spec))


def test_the_books_three_layer_network():
    net = BookNetwork(BOOK_SPEC, BOOK_PARAMS)
    trace = net.trace(np.array([1.0, 0.5]))
    first, second, out = trace.layers
    np.testing.assert_allclose(first.a, [[0.3, 0.7, 1.1]], rtol=1e-15)
    np.testing.assert_allclose(first.y, [[0.57444252, 0.66818777, 0.75026011]], atol=5e-9)
    np.testing.assert_allclose(second.x, first.y, rtol=0)
    np.testing.assert_allclose(out.y, [[0.31682708, 0.69627909]], atol=5e-9)
    assert [layer.activation for layer in trace.layers] == ["sigmoid", "sigmoid", "identity"]
    np.testing.assert_array_equal(out.y, trace.output.y)
    assert trace.output.loss is None and trace.output.exp_a is None


def test_params_handed_in_are_never_changed():
    params = {k: v.copy() for k, v in BOOK_PARAMS.items()}
    net = BookNetwork(BOOK_SPEC, params)
    x, t = np.array([[1.0, 0.5], [0.0, -1.0]]), np.array([[1.0, 0.0], [0.0, 1.0]])
    grads = net.gradient(x, t)
    for key in net.params:
        net.params[key] -= 0.1 * grads[key]
    for key, value in BOOK_PARAMS.items():
        np.testing.assert_array_equal(params[key], value)
    assert not np.array_equal(net.params["W1"], BOOK_PARAMS["W1"])


@pytest.mark.parametrize(
    "spec_kw, h",
    [
        ({"activations": ("tanh", "sigmoid")}, 1e-4),
        ({"activations": ("relu", "leaky_relu"), "init": "he"}, 1e-4),
        ({"activations": ("tanh", "relu"), "batchnorm": True}, 1e-5),  # curved: smaller h
    ],
)
@pytest.mark.parametrize("train_flg", [True, False])
def test_gradient_matches_central_differences(spec_kw, h, train_flg):
    net = plain(seed=3, **spec_kw)
    net.regularization, net.reg_rate = "l2", 0.01
    x, t = batch()  # 7 samples: batch norm's gradient is not trivially 0
    analytic = net.gradient(x, t, train_flg=train_flg)
    for name, p in net.params.items():
        numeric = numerical_gradient(lambda: net.loss(x, t, train_flg=train_flg), p, h)
        if name in ("b1", "b2") and spec_kw.get("batchnorm") and train_flg:
            # In front of batch norm: exactly 0 in theory, roundoff in both.
            assert np.abs(numeric).max() < 1e-9 and np.abs(analytic[name]).max() < 1e-15
            continue
        assert relative_error(numeric, analytic[name]) < TOL, name


@pytest.mark.parametrize(
    "spec_kw",
    [{"activations": ("tanh", "relu")}, {"activations": ("sigmoid", "tanh"), "batchnorm": True}],
)
def test_backward_trace_matches_central_differences_down_to_the_inputs(spec_kw):
    net = plain(seed=4, **spec_kw)
    x, t = batch(seed=1)
    bt = net.backward_trace(x, t)
    for g in bt.layers:
        numeric = numerical_gradient(lambda: net.trace(x, t).output.loss, net.params[f"W{g.index}"])
        assert relative_error(numeric, g.dW) < TOL
    numeric_x = numerical_gradient(lambda: net.trace(x, t).output.loss, x)
    assert relative_error(numeric_x, bt.layers[0].dx) < TOL


@pytest.mark.parametrize("batchnorm", [False, True])
def test_delta_split_multiplies_back(batchnorm):
    net = plain(seed=5, activations=("tanh", "sigmoid"), batchnorm=batchnorm)
    x, t = batch(seed=2)
    bt = net.backward_trace(x, t)
    fwd = bt.forward
    out = bt.layers[-1]
    assert out.dy is None and out.slope is None
    np.testing.assert_allclose(out.da, (fwd.output.y - fwd.output.t) / len(x), rtol=1e-14)
    for g, nxt, layer in zip(bt.layers[:-1], bt.layers[1:], fwd.layers, strict=False):
        W_next = fwd.layers[g.index].W
        # ∂L/∂Y is what the next layer sends back: δ_next · W_nextᵀ.
        np.testing.assert_array_equal(g.dy, nxt.dx)
        np.testing.assert_allclose(g.dy, nxt.da @ W_next.T, rtol=1e-12, atol=1e-17)
        # δ = ∂L/∂Y ⊙ h'(Z) [⊙ γ / √(var + eps)]
        z = layer.a if layer.bn is None else layer.bn.z
        np.testing.assert_allclose(
            g.slope,
            {"tanh": 1 - np.tanh(z) ** 2, "sigmoid": layer.y * (1 - layer.y)}[layer.activation],
            rtol=1e-12,
        )
        delta = g.dy * g.slope if g.bn is None else g.dy * g.slope * g.bn.scale
        np.testing.assert_allclose(g.da, delta, rtol=1e-12, atol=1e-17)
        assert (g.bn is None) == (not batchnorm)
    for g, layer in zip(bt.layers, fwd.layers, strict=True):
        np.testing.assert_allclose(g.dW, layer.x.T @ g.da, rtol=1e-12, atol=1e-17)  # ∂L/∂W = Xᵀ·δ
        np.testing.assert_allclose(g.db, g.da.sum(axis=0), rtol=1e-12, atol=1e-17)
        np.testing.assert_array_equal(g.dW_penalty, 0.0)


def test_a_point_is_a_batch_of_one():
    net = plain(seed=6, activations=("relu", "tanh"))
    x, t = batch(n=4)
    whole = net.trace(x, t)
    for i in range(4):
        one = net.trace(x[i], t[i])
        assert one.layers[0].x.shape == (1, 2)
        for a, b in zip(one.layers, whole.layers, strict=True):
            np.testing.assert_allclose(a.y, b.y[i : i + 1], rtol=1e-14)
        assert one.output.loss == pytest.approx(whole.output.losses[i], rel=1e-14)


def test_mse_trace_losses_are_half_the_squared_error():
    spec = NetworkSpec(
        n_inputs=2, hidden=(4,), activations=("tanh",), n_outputs=2, output="mse", seed=7
    )
    net = BookNetwork.from_network(Network(spec))
    x = np.random.default_rng(3).standard_normal((5, 2))
    t = np.random.default_rng(4).standard_normal((5, 2))
    out = net.trace(x, t).output
    np.testing.assert_allclose(out.losses, 0.5 * np.sum((out.y - t) ** 2, axis=1), rtol=1e-14)
    assert out.loss == pytest.approx(out.losses.mean(), rel=1e-15)


def test_records_survive_a_pipe_and_hold_no_live_arrays():
    net = plain(seed=8, activations=("tanh", "tanh"), batchnorm=True)
    net.regularization, net.reg_rate = "l1", 0.1
    x, t = batch(seed=3)
    bt = net.backward_trace(x, t)
    copy = pickle.loads(pickle.dumps(bt, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(copy, BackwardTrace) and isinstance(copy.forward, Trace)
    np.testing.assert_array_equal(copy.layers[0].dW, bt.layers[0].dW)
    np.testing.assert_array_equal(copy.forward.layers[1].bn.z, bt.forward.layers[1].bn.z)
    assert copy.forward.total_loss == bt.forward.total_loss
    np.testing.assert_array_equal(bt.layers[0].dW_penalty, 0.1 * np.sign(net.params["W1"]))
    # Changing the network afterwards leaves the records as they were.
    W1 = bt.forward.layers[0].W.copy()
    net.params["W1"] += 1.0
    np.testing.assert_array_equal(bt.forward.layers[0].W, W1)
    with pytest.raises(AttributeError):
        bt.forward.penalty = 0.0  # frozen


def test_dropout_networks_are_evaluation_only():
    net = plain(seed=9, activations=("tanh", "tanh"), dropout=0.5)
    x, t = batch()
    assert net.trace(x, t).output.loss == net.loss(x, t)  # evaluation: dropout does nothing
    with pytest.raises(ValueError, match="no dropout in training mode"):
        net.gradient(x, t)
    assert set(net.gradient(x, t, train_flg=False)) == set(net.params)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda p: p.pop("b2"), "missing b2"),
        (lambda p: p.update(W9=np.zeros(1)), "unexpected W9"),
        (lambda p: p.update(W1=np.zeros((3, 3))), r"W1 must have shape \(2, 5\)"),
    ],
)
def test_params_that_do_not_fit_are_refused(change, message):
    spec = NetworkSpec(n_inputs=2, hidden=(5, 4), n_outputs=3)
    params = Network(spec).get_params()
    change(params)
    with pytest.raises(ValueError, match=message):
        BookNetwork(spec, params)


def test_bad_inputs_and_labels_are_refused():
    net = plain()
    with pytest.raises(ValueError, match="shape"):
        net.predict(np.zeros((3, 5)))
    with pytest.raises(ValueError, match="whole numbers from 0 to 2"):
        net.trace(np.zeros((2, 2)), np.array([0, 3]))
    with pytest.raises(ValueError, match="needs targets"):
        net.backward_trace(np.zeros((2, 2)), None)
    with pytest.raises(ValueError, match="Unknown regularization 'L2'"):
        net.regularization = "L2"  # not quietly "none"
    with pytest.raises(ValueError, match="0 or more"):
        net.reg_rate = -1.0
