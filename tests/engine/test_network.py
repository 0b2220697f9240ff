"""Network: spec validation, parameters, read-outs, regularisation, gradient checks."""

import numpy as np
import pytest

from engine.gradcheck import gradient_check
from engine.initializers import INITIALIZERS
from engine.network import Network, NetworkSpec

TOL = 1e-6


def data(rng, n=8, d=3, k=2, regression=False):
    x = rng.standard_normal((n, d))
    t = rng.standard_normal((n, k)) if regression else rng.integers(0, k, n)
    return x, t


# ------------------------------------------------------------------- the spec
def test_spec_round_trips_through_a_plain_dict():
    spec = NetworkSpec(n_inputs=3, hidden=(5, 4), activations=("relu", "tanh"), n_outputs=3,
                       init="he", dropout=0.2, batchnorm=True, seed=9)
    d = spec.to_dict()
    assert d["hidden"] == [5, 4]
    assert NetworkSpec.from_dict(d) == spec


@pytest.mark.parametrize(
    "changes, message",
    [
        (dict(n_inputs=0), "at least one input"),
        (dict(hidden=(4, 0)), "at least one neuron"),
        (dict(activations=("tanh",)), "one activation per hidden layer"),
        (dict(activations=("tanh", "swish")), "Unknown activation 'swish'"),
        (dict(output="hinge"), "Unknown output"),
        (dict(n_outputs=1), "at least 2 outputs"),
        (dict(init="zeros"), "Unknown initialisation"),
        (dict(dropout=1.0), "dropout ratio"),
        (dict(seed=-1), "seed"),
    ],
)
def test_invalid_specs_say_what_is_wrong(changes, message):
    spec = NetworkSpec(**{"n_inputs": 2, **changes})
    with pytest.raises(ValueError, match=message):
        spec.validate()
    with pytest.raises(ValueError, match=message):
        Network(spec)


def test_from_dict_rejects_unknown_fields():
    with pytest.raises(ValueError, match="Unknown network spec field"):
        NetworkSpec.from_dict({"n_inputs": 2, "colour": "red"})


# ---------------------------------------------------------------- parameters
def test_params_are_ordered_and_shaped_by_layer():
    net = Network(NetworkSpec(n_inputs=3, hidden=(5, 4), batchnorm=True))
    assert list(net.params) == ["W1", "b1", "gamma1", "beta1", "W2", "b2", "gamma2", "beta2", "W3", "b3"]
    assert net.params["W1"].shape == (3, 5)
    assert net.params["W3"].shape == (4, 2)
    assert list(net.grads) == list(net.params)
    assert all(np.all(net.params[f"b{i}"] == 0) for i in (1, 2, 3))
    assert np.all(net.params["gamma1"] == 1)


def test_same_seed_same_weights_other_seed_other_weights():
    a = Network(NetworkSpec(n_inputs=2, seed=5)).get_params()
    b = Network(NetworkSpec(n_inputs=2, seed=5)).get_params()
    c = Network(NetworkSpec(n_inputs=2, seed=6)).get_params()
    assert all(np.array_equal(a[k], b[k]) for k in a)
    assert not np.array_equal(a["W1"], c["W1"])


@pytest.mark.parametrize(
    "init, expected_std",
    [("std", 0.05), ("xavier", np.sqrt(1 / 200)), ("he", np.sqrt(2 / 200)), ("uniform", np.sqrt(1 / 12))],
)
def test_initialisers_have_the_books_spread(init, expected_std):
    net = Network(NetworkSpec(n_inputs=200, hidden=(300,), activations=("relu",), init=init, init_std=0.05))
    W = net.params["W1"]
    assert W.std() == pytest.approx(expected_std, rel=0.03)
    if init == "uniform":
        assert W.min() >= -0.5 and W.max() < 0.5
    assert set(INITIALIZERS) == {"std", "xavier", "he", "uniform"}


def test_set_params_copies_in_and_checks_names_and_shapes():
    net = Network(NetworkSpec(n_inputs=2))
    live = net.params["W1"]
    new = {k: np.full(v.shape, 0.5) for k, v in net.params.items()}
    net.set_params(new)
    assert live is net.params["W1"] and np.all(live == 0.5)
    new["W1"][...] = 9.0  # a copy was taken
    assert np.all(net.params["W1"] == 0.5)
    with pytest.raises(ValueError, match="missing b2"):
        net.set_params({k: v for k, v in new.items() if k != "b2"})
    bad = dict(new, W1=np.zeros((3, 4)))
    with pytest.raises(ValueError, match="W1 must have shape"):
        net.set_params(bad)
    assert np.all(net.params["b1"] == 0.5)  # nothing changed by the failed call


def test_weights_are_live_and_edits_change_predictions():
    net = Network(NetworkSpec(n_inputs=2, hidden=(3,), activations=("tanh",)))
    x = np.array([[1.0, -1.0]])
    before = net.predict(x)
    W, b = net.weights()[-1]
    b[0] += 5.0  # e.g. the user clicks an edge or neuron to edit it
    assert net.predict(x)[0, 0] > before[0, 0]
    assert net.params["b2"][0] == b[0]


# ----------------------------------------------------------------- read-outs
def test_predict_gives_probabilities_and_forward_trace_explains_them():
    rng = np.random.default_rng(0)
    net = Network(NetworkSpec(n_inputs=3, hidden=(4, 5), activations=("relu", "sigmoid"), n_outputs=3))
    x = rng.standard_normal((10, 3))
    p = net.predict(x)
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    trace = net.forward_trace(x)
    assert [(a.shape, y.shape) for a, y in trace] == [((10, 4), (10, 4)), ((10, 5), (10, 5)), ((10, 3), (10, 3))]
    (a1, y1), (a2, y2), (a3, y3) = trace
    W1, b1 = net.weights()[0]
    np.testing.assert_allclose(a1, x @ W1 + b1)
    np.testing.assert_allclose(y1, np.maximum(a1, 0))
    np.testing.assert_allclose(y2, 1 / (1 + np.exp(-a2)))
    np.testing.assert_allclose(y3, p)


def test_forward_trace_returns_copies():
    net = Network(NetworkSpec(n_inputs=2))
    x = np.ones((4, 2))
    first = net.forward_trace(x)
    kept = first[0][1].copy()
    net.forward_trace(-x)
    np.testing.assert_array_equal(first[0][1], kept)


@pytest.mark.parametrize("batchnorm", [False, True])
def test_forward_trace_without_copies_gives_the_same_outputs(batchnorm):
    """copy=False (what each frame uses) hands out the layers' buffers: the same
    numbers, valid until the next evaluation-mode call."""
    spec = NetworkSpec(n_inputs=3, hidden=(4, 5), activations=("relu", "tanh"), n_outputs=3,
                       batchnorm=batchnorm)
    net = Network(spec)
    x = np.random.default_rng(1).standard_normal((7, 3))
    copied = net.forward_trace(x)
    shared = net.forward_trace(x, copy=False)
    for (_, y_copied), (a_shared, y_shared) in zip(copied[:-1], shared[:-1], strict=True):
        assert a_shared is None
        np.testing.assert_array_equal(y_shared, y_copied)
    np.testing.assert_array_equal(shared[-1][0], copied[-1][0])
    np.testing.assert_array_equal(shared[-1][1], copied[-1][1])


def test_evaluate_gives_loss_and_accuracy():
    net = Network(NetworkSpec(n_inputs=2, hidden=(), activations=()))
    net.params["W1"] = [[1.0, -1.0], [0.0, 0.0]]  # class 0 when x1 > 0
    x = np.array([[1.0, 0.0], [-1.0, 0.0], [2.0, 0.0], [-2.0, 0.0]])
    loss, acc = net.evaluate(x, [0, 1, 1, 1])
    assert acc == 0.75
    expected = -np.mean(np.log([1 / (1 + np.exp(-2)), 1 / (1 + np.exp(-2)),
                                1 / (1 + np.exp(4)), 1 / (1 + np.exp(-4))]))
    assert loss == pytest.approx(expected)


def test_evaluate_regression_accuracy_is_nan_and_empty_set_is_nan():
    net = Network(NetworkSpec(n_inputs=2, output="mse", n_outputs=1))
    loss, acc = net.evaluate(np.zeros((3, 2)), np.ones(3))
    assert loss == pytest.approx(0.5) and np.isnan(acc)  # all outputs 0 at zero input: (0-1)^2/2
    assert all(np.isnan(v) for v in net.evaluate(np.zeros((0, 2)), np.zeros(0)))


def test_inputs_of_the_wrong_width_are_refused():
    net = Network(NetworkSpec(n_inputs=2))
    with pytest.raises(ValueError, match=r"shape \(N, 2\)"):
        net.predict(np.zeros((5, 3)))


# ------------------------------------------------------------ regularisation
def test_l2_penalty_is_half_lambda_sum_w_squared_biases_excluded():
    net = Network(NetworkSpec(n_inputs=2, hidden=(3,), activations=("tanh",)))
    net.params["b1"] = [10.0, 10.0, 10.0]
    rng = np.random.default_rng(0)
    x, t = data(rng, d=2)
    plain = net.loss(x, t)
    net.regularization, net.reg_rate = "l2", 0.3
    w2 = sum(np.sum(net.params[k] ** 2) for k in ("W1", "W2"))
    assert net.loss(x, t) == pytest.approx(plain + 0.5 * 0.3 * w2)
    net.regularization = "l1"
    w1 = sum(np.sum(np.abs(net.params[k])) for k in ("W1", "W2"))
    assert net.loss(x, t) == pytest.approx(plain + 0.3 * w1)
    assert net.evaluate(x, t)[0] == pytest.approx(plain)  # reported loss has no penalty


def test_bias_and_batchnorm_gradients_are_not_decayed():
    rng = np.random.default_rng(1)
    x, t = data(rng)
    net = Network(NetworkSpec(n_inputs=3, hidden=(4,), activations=("tanh",), batchnorm=True))
    plain = net.gradient(x, t)
    net.regularization, net.reg_rate = "l2", 1.0
    decayed = net.gradient(x, t)
    for k in ("b1", "gamma1", "beta1", "b2"):
        np.testing.assert_array_equal(decayed[k], plain[k])
    np.testing.assert_allclose(decayed["W1"], plain["W1"] + net.params["W1"])


def test_unknown_regularization_is_refused():
    net = Network(NetworkSpec(n_inputs=2))
    with pytest.raises(ValueError, match="Unknown regularization"):
        net.regularization = "l3"
    with pytest.raises(ValueError, match="0 or more"):
        net.reg_rate = -1


# ------------------------------------------------------------ gradient checks
CONFIGS = {
    "tanh": dict(activations=("tanh", "tanh")),
    "sigmoid+linear": dict(activations=("sigmoid", "linear")),
    "relu+leaky": dict(activations=("relu", "leaky_relu"), init="he"),
    "3 classes": dict(n_outputs=3),
    "mse": dict(output="mse", n_outputs=1),
    "mse 2 outputs": dict(output="mse", n_outputs=2),
    "batchnorm": dict(batchnorm=True),
    "batchnorm+relu": dict(batchnorm=True, activations=("relu", "relu")),
    "dropout": dict(dropout=0.3),
    "no hidden layer": dict(hidden=(), activations=()),
}


@pytest.mark.parametrize("name", list(CONFIGS))
@pytest.mark.parametrize("reg", ["none", "l1", "l2"])
def test_backprop_matches_central_differences(name, reg):
    rng = np.random.default_rng(11)
    cfg = {"hidden": (5, 4), **CONFIGS[name]}
    spec = NetworkSpec(n_inputs=3, seed=3, **cfg)
    net = Network(spec)
    net.regularization, net.reg_rate = reg, 0.1
    x, t = data(rng, k=spec.n_outputs, regression=spec.output == "mse")
    while _kink_distance(net, x) < 1e-3:  # the numerical slope is wrong at a kink
        x, t = data(rng, k=spec.n_outputs, regression=spec.output == "mse")
    if spec.output == "mse" and spec.n_outputs == 1:
        t = t[:, 0]
    # Batch norm is strongly curved on a small batch: a smaller step keeps
    # truncation error well below the threshold (see engine.gradcheck).
    h = 1e-5 if spec.batchnorm else 1e-4
    errors = gradient_check(net, x, t, h=h)
    assert set(errors) == set(net.params)
    assert max(errors.values()) < TOL, errors


def test_onehot_labels_check_too():
    rng = np.random.default_rng(12)
    net = Network(NetworkSpec(n_inputs=3, hidden=(4,), activations=("tanh",), n_outputs=3))
    x, t = data(rng, k=3)
    errors = gradient_check(net, x, np.eye(3)[t])
    assert max(errors.values()) < TOL, errors


def _kink_distance(net, x):
    """Smallest |input| of any relu / leaky relu unit in a training-mode forward pass."""
    y, smallest = x, np.inf
    for layer in net.layers:
        if type(layer).__name__ in ("ReLU", "LeakyReLU"):
            smallest = min(smallest, float(np.abs(y).min()))
        y = layer.forward(y, True)
    return smallest


def test_gradient_check_leaves_dropout_and_batchnorm_state_alone():
    rng = np.random.default_rng(13)
    net = Network(NetworkSpec(n_inputs=3, hidden=(4,), activations=("tanh",), dropout=0.5, batchnorm=True))
    x, t = data(rng)
    before = net.get_buffers()
    gradient_check(net, x, t, h=1e-5)
    after = net.get_buffers()
    assert all(np.array_equal(before[k], after[k]) for k in before)
    assert all(d.fixed_mask is None for d in net.dropouts)


# ------------------------------------- read-outs between loss() and backward()
ISOLATION_CONFIGS = {
    "tanh": dict(),
    "relu+batchnorm": dict(activations=("relu", "relu"), batchnorm=True),
    "dropout": dict(dropout=0.4),
    "mse": dict(output="mse", n_outputs=2),
    "batchnorm+dropout, 3 classes": dict(batchnorm=True, dropout=0.3, n_outputs=3),
}


@pytest.mark.parametrize("name", list(ISOLATION_CONFIGS))
def test_read_outs_between_loss_and_backward_leave_the_gradients_exact(name):
    # The live window redraws the boundary (predict, forward_trace) and the
    # counters (evaluate) whenever it likes; the training step must not notice.
    spec = NetworkSpec(n_inputs=3, hidden=(5, 4), seed=2, **ISOLATION_CONFIGS[name])
    rng = np.random.default_rng(5)
    regression = spec.output == "mse"
    xa, ta = data(rng, n=10, k=spec.n_outputs, regression=regression)
    xb, tb = data(rng, n=10, k=spec.n_outputs, regression=regression)  # same shape as xa: same buffers
    xc, _ = data(rng, n=7, k=spec.n_outputs, regression=regression)
    reference, disturbed = Network(spec), Network(spec)
    expected_loss = reference.loss(xa, ta)
    reference.backward()

    assert disturbed.loss(xa, ta) == expected_loss
    buffers = disturbed.get_buffers()
    disturbed.predict(xb)
    disturbed.forward_trace(xc)
    disturbed.evaluate(xb, tb)
    disturbed.forward_trace(xa)
    disturbed.predict(xc)
    disturbed.backward()
    for k, g in reference.grads.items():
        np.testing.assert_array_equal(disturbed.grads[k], g, err_msg=k)
    # and evaluation never moves the batch-norm statistics
    assert all(np.array_equal(v, buffers[k]) for k, v in disturbed.get_buffers().items())


def test_evaluation_follows_the_running_statistics_as_they_train_and_load():
    net = Network(NetworkSpec(n_inputs=3, hidden=(4,), activations=("tanh",), batchnorm=True))
    rng = np.random.default_rng(6)
    x, t = data(rng, n=20)
    before = net.predict(x)
    for _ in range(3):
        net.loss(x, t)  # a training-mode forward moves the running statistics
    moved = net.predict(x)
    assert not np.allclose(moved, before)
    # By hand: batch norm with the running statistics, then tanh, then softmax.
    bn = net.buffers()
    p = net.params
    a = x @ p["W1"] + p["b1"]
    h = np.tanh(p["gamma1"] * (a - bn["running_mean1"]) / np.sqrt(bn["running_var1"] + 1e-6) + p["beta1"])
    scores = h @ p["W2"] + p["b2"]
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    np.testing.assert_allclose(moved, e / e.sum(axis=1, keepdims=True), rtol=1e-12)
    net.set_buffers({"running_mean1": np.zeros(4), "running_var1": np.ones(4)})
    np.testing.assert_array_equal(net.predict(x), before)  # loaded statistics are used at once
