"""The plain path (engine/book) and the fast path compute the same network.

Both train from the same weights on the same minibatches for 200 steps, and
losses, gradients and parameters must agree at every step. Then the plain
network's traces are checked against the fast network's read-outs.
"""

import numpy as np
import pytest

from engine.book import BookNetwork
from engine.book.optimizers import OPTIMIZERS as BOOK_OPTIMIZERS
from engine.datasets import blobs, reg_gaussian
from engine.network import Network, NetworkSpec
from engine.optimizers import make_optimizer

RTOL, ATOL = 1e-10, 1e-12
STEPS, BATCH = 200, 10


def data(output="softmax_cross_entropy", n=120, seed=0):
    """Three overlapping clusters (or six regression cones), scaled to about -2..2."""
    rng = np.random.default_rng(seed)
    if output == "mse":
        x, t = reg_gaussian(n, 0.1, rng)
        return x / 3.0, t.reshape(-1, 1)
    x, t = blobs(n, 0.3, rng, n_classes=3)
    return x / 3.0, t


def twins(spec, regularization="none", reg_rate=0.0):
    fast = Network(spec)
    fast.regularization, fast.reg_rate = regularization, reg_rate
    return fast, BookNetwork.from_network(fast)


def minibatches(n, steps, seed=1):
    """Index arrays of ``steps`` minibatches, without replacement within an epoch."""
    rng = np.random.default_rng(seed)
    out = []
    while len(out) < steps:
        perm = rng.permutation(n)
        out += [perm[i : i + BATCH] for i in range(0, n, BATCH)]
    return out[:steps]


def assert_close(actual, desired, what):
    np.testing.assert_allclose(actual, desired, rtol=RTOL, atol=ATOL, err_msg=what)


#: How far a bias in front of a batch norm may drift under Adam (see below).
ROUNDOFF_DRIFT = 1e-9


def feeds_batchnorm(spec, name):
    """True for ``b{l}`` of a hidden layer followed by batch norm.

    Batch norm subtracts the batch mean, so such a bias has a gradient of
    exactly 0: each path computes it as roundoff (about 1e-17, from different
    formulas: the book's staged backward against the fast one-line form) and
    the two agree to ATOL. SGD moves the bias by lr times that. Adam, though,
    divides it by ``√v + eps`` with ``√v`` far below ``eps``, so each path's
    bias random-walks by ~1e-13 a step, independently. The value is never
    learned and changes nothing in training (batch norm removes it), so under
    Adam the test asserts that it stays roundoff in both paths instead. The
    running mean, an average of ``A = XW + b``, carries the same drift.
    """
    return spec.batchnorm and name in {f"b{i}" for i in range(1, len(spec.hidden) + 1)}


CASES = [
    (opt, act, bn, reg)
    for opt, lr in (("sgd", 0.1), ("adam", 0.01))
    for act, reg in (("tanh", "l2"), ("relu", "l1"), ("sigmoid", "none"))
    for bn in (False, True)
]


@pytest.mark.parametrize("optimizer, activation, batchnorm, regularization", CASES)
def test_200_steps_agree(optimizer, activation, batchnorm, regularization):
    init = "he" if activation == "relu" else "xavier"
    spec = NetworkSpec(
        n_inputs=2, hidden=(6, 5), activations=(activation,) * 2, n_outputs=3,
        init=init, batchnorm=batchnorm, seed=11,
    )  # fmt: skip
    lr = {"sgd": 0.1, "adam": 0.01}[optimizer]
    fast, plain = twins(spec, regularization, 1e-3)
    fast_opt, plain_opt = make_optimizer(optimizer, lr=lr), BOOK_OPTIMIZERS[optimizer](lr=lr)
    x, t = data()
    start = fast.get_params()
    losses = []
    for step, idx in enumerate(minibatches(len(x), STEPS)):
        xb, tb = x[idx], t[idx]
        fast_loss = fast.loss(xb, tb)
        fast.backward()
        plain_loss, plain_grads = plain.loss_and_gradient(xb, tb)
        assert_close(plain_loss, fast_loss, f"loss at step {step}")
        for name, g in fast.grads.items():
            assert_close(plain_grads[name], g, f"d{name} at step {step}")
        fast_opt.update(fast.params, fast.grads)
        plain_opt.update(plain.params, plain_grads)
        for name, p in fast.params.items():
            if optimizer == "adam" and feeds_batchnorm(spec, name):
                assert np.abs(p).max() < ROUNDOFF_DRIFT, name
                assert np.abs(plain.params[name]).max() < ROUNDOFF_DRIFT, name
            else:
                assert_close(plain.params[name], p, f"{name} after step {step}")
        losses.append(fast_loss)
    for name, b in fast.get_buffers().items():
        if optimizer == "adam" and name.startswith("running_mean"):
            np.testing.assert_allclose(plain.get_buffers()[name], b, rtol=RTOL, atol=ROUNDOFF_DRIFT)
        else:
            assert_close(plain.get_buffers()[name], b, name)
    # The run went somewhere: a wrong formula would have had room to show.
    assert np.mean(losses[-20:]) < 0.9 * np.mean(losses[:20])
    assert max(np.abs(fast.params[k] - start[k]).max() for k in start) > 0.05


@pytest.mark.parametrize("optimizer", ["momentum", "nesterov", "adagrad", "rmsprop"])
def test_the_other_optimizers_agree_too(optimizer):
    spec = NetworkSpec(n_inputs=2, hidden=(6,), activations=("tanh",), n_outputs=3, seed=2)
    fast, plain = twins(spec)
    fast_opt, plain_opt = make_optimizer(optimizer, lr=0.05), BOOK_OPTIMIZERS[optimizer](lr=0.05)
    x, t = data()
    for idx in minibatches(len(x), 60):
        fast.loss(x[idx], t[idx])
        fast.backward()
        fast_opt.update(fast.params, fast.grads)
        plain_opt.update(plain.params, plain.gradient(x[idx], t[idx]))
    for name, p in fast.params.items():
        assert_close(plain.params[name], p, name)


def test_regression_output_agrees():
    spec = NetworkSpec(
        n_inputs=2,
        hidden=(8, 8),
        activations=("tanh", "leaky_relu"),
        n_outputs=1,
        output="mse",
        seed=4,
    )
    fast, plain = twins(spec, "l2", 1e-3)
    fast_opt, plain_opt = make_optimizer("sgd", lr=0.1), BOOK_OPTIMIZERS["sgd"](lr=0.1)
    x, t = data("mse")
    for idx in minibatches(len(x), STEPS):
        fast_loss = fast.loss(x[idx], t[idx])
        fast.backward()
        plain_loss, plain_grads = plain.loss_and_gradient(x[idx], t[idx])
        assert_close(plain_loss, fast_loss, "loss")
        fast_opt.update(fast.params, fast.grads)
        plain_opt.update(plain.params, plain_grads)
    for name, p in fast.params.items():
        assert_close(plain.params[name], p, name)


# ---------------------------------------------------------------- read-outs
def trained(spec, steps=100, regularization="l2"):
    """A fast network after some SGD steps (batch-norm statistics moved), and its plain twin."""
    fast = Network(spec)
    fast.regularization, fast.reg_rate = regularization, 1e-3
    opt = make_optimizer("sgd", lr=0.1)
    x, t = data(spec.output)
    for idx in minibatches(len(x), steps):
        fast.loss(
            x[idx], t[idx], train=spec.dropout == 0
        )  # no dropout masks: keep it deterministic
        fast.backward()
        opt.update(fast.params, fast.grads)
    return fast, BookNetwork.from_network(fast)


SPECS = {
    "tanh": NetworkSpec(
        n_inputs=2, hidden=(6, 5), activations=("tanh", "tanh"), n_outputs=3, seed=5
    ),
    "relu+bn": NetworkSpec(
        n_inputs=2,
        hidden=(6, 5),
        activations=("relu", "sigmoid"),
        n_outputs=3,
        init="he",
        batchnorm=True,
        seed=6,
    ),
    "dropout": NetworkSpec(
        n_inputs=2, hidden=(7,), activations=("leaky_relu",), n_outputs=3, dropout=0.3, seed=7
    ),
    "mse": NetworkSpec(
        n_inputs=2, hidden=(6,), activations=("sigmoid",), n_outputs=1, output="mse", seed=8
    ),
}


@pytest.mark.parametrize("key", list(SPECS))
def test_trace_equals_forward_trace_predict_and_evaluate(key):
    fast, plain = trained(SPECS[key])
    x, t = data(SPECS[key].output, n=30, seed=9)
    trace = plain.trace(x, t)
    fast_trace = fast.forward_trace(x)
    assert len(trace.layers) == len(fast_trace)
    for layer, (a, y) in zip(trace.layers, fast_trace, strict=True):
        np.testing.assert_allclose(layer.a, a, rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(layer.y, y, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(trace.output.y, fast.predict(x), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(plain.predict(x), fast.predict(x), rtol=1e-12, atol=1e-12)
    fast_loss, _ = fast.evaluate(x, t)
    assert trace.output.loss == pytest.approx(fast_loss, rel=1e-12)
    assert trace.output.losses.mean() == pytest.approx(fast_loss, rel=1e-12)
    assert trace.penalty == pytest.approx(fast.penalty(), rel=1e-12) and trace.penalty > 0
    assert trace.total_loss == pytest.approx(fast.loss(x, t, train=False), rel=1e-12)


def test_softmax_steps_in_the_trace_add_up():
    _, plain = trained(SPECS["relu+bn"])
    x, t = data(n=30, seed=9)
    out = plain.trace(x, t).output
    np.testing.assert_allclose(out.y.sum(axis=1), 1.0, rtol=1e-15)
    np.testing.assert_array_equal(out.a_max, out.scores.max(axis=1))
    np.testing.assert_allclose(out.exp_a, np.exp(out.scores - out.a_max[:, None]), rtol=1e-15)
    np.testing.assert_allclose(out.exp_a.max(axis=1), 1.0, rtol=1e-15)
    np.testing.assert_allclose(out.sum_exp_a, out.exp_a.sum(axis=1), rtol=1e-15)
    np.testing.assert_allclose(out.y, out.exp_a / out.sum_exp_a[:, None], rtol=1e-15)
    # Cross-entropy per sample is -log of the true class's probability.
    np.testing.assert_array_equal(out.t, np.eye(3)[t])
    np.testing.assert_allclose(out.losses, -np.log(out.y[np.arange(30), t]), rtol=1e-12)


@pytest.mark.parametrize("key", ["tanh", "mse"])
def test_backward_trace_of_one_point_equals_the_fast_gradient(key):
    # L in the backward trace is the loss without the penalty; the penalty's
    # gradient is reported apart (dW_penalty). So: fast gradient = dW + dW_penalty
    # with the penalty on, and = dW with it off.
    fast, plain = trained(SPECS[key])
    x, t = data(SPECS[key].output, n=30, seed=9)
    point, target = x[3], t[3]
    bt = plain.backward_trace(point, target)
    with_penalty = fast.gradient(point[None], t[3:4])
    fast.regularization = "none"
    without = fast.gradient(point[None], t[3:4])
    for g in bt.layers:
        W = fast.params[f"W{g.index}"]
        np.testing.assert_allclose(g.dW_penalty, 1e-3 * W, rtol=1e-15)
        np.testing.assert_allclose(g.dW, without[f"W{g.index}"], rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(
            g.dW + g.dW_penalty, with_penalty[f"W{g.index}"], rtol=1e-12, atol=1e-15
        )
        np.testing.assert_allclose(g.db, without[f"b{g.index}"], rtol=1e-12, atol=1e-15)
        assert g.da.shape == (1, W.shape[1]) and g.dx.shape == (1, W.shape[0])


@pytest.mark.parametrize("key", ["relu+bn", "dropout"])
def test_backward_trace_equals_the_fast_evaluation_mode_backward(key):
    # With batch norm or dropout, training and evaluation differ, and the trace
    # is evaluation: compare with the fast network's loss(train=False) + backward().
    fast, plain = trained(SPECS[key])
    x, t = data(n=8, seed=9)
    bt = plain.backward_trace(x, t)
    fast.regularization = "none"
    fast.loss(x, t, train=False)
    fast.backward()
    for g in bt.layers:
        np.testing.assert_allclose(g.dW, fast.grads[f"W{g.index}"], rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(g.db, fast.grads[f"b{g.index}"], rtol=1e-12, atol=1e-15)
        if g.bn is not None:
            np.testing.assert_allclose(
                g.bn.dgamma, fast.grads[f"gamma{g.index}"], rtol=1e-12, atol=1e-15
            )
            np.testing.assert_allclose(
                g.bn.dbeta, fast.grads[f"beta{g.index}"], rtol=1e-12, atol=1e-15
            )
