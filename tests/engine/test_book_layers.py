"""The plain path's layers, losses and optimisers (engine/book): the book's known
values, central differences, inputs left alone, and agreement with the fast path."""

import inspect

import numpy as np
import pytest

from engine import activations as fast_activations
from engine import losses as fast_losses
from engine.book import layers as book
from engine.book.losses import LOSS_LAYERS, MeanSquaredError, SoftmaxWithLoss, softmax_steps
from engine.book.optimizers import OPTIMIZERS as BOOK_OPTIMIZERS
from engine.gradcheck import numerical_gradient, relative_error
from engine.layers import BatchNorm
from engine.optimizers import OPTIMIZERS, make_optimizer

TOL = 1e-6


def away_from_kinks(rng, shape):
    """Random inputs with |a| > 0.1, far from the kinks of relu, leaky relu and step."""
    a = rng.standard_normal(shape)
    return np.where(np.abs(a) < 0.1, np.sign(a) * 0.1 + a, a)


def layer_errors(layer, x, rng, h=1e-4, **fwd):
    """Relative errors of backward against central differences of L = Σ forward(x) ⊙ G."""
    g = rng.standard_normal(layer.forward(x, **fwd).shape)

    def loss():
        return float(np.sum(layer.forward(x, **fwd) * g))

    loss()
    dx = layer.backward(g)
    errors = {"x": relative_error(numerical_gradient(loss, x, h), dx)}
    for name in ("W", "b", "gamma", "beta"):
        if hasattr(layer, name):
            analytic = getattr(layer, "d" + name)
            errors[name] = relative_error(
                numerical_gradient(loss, getattr(layer, name), h), analytic
            )
    return errors


# ------------------------------------------------------------------ known values
def test_affine_known_values():
    layer = book.Affine(np.array([[1.0, 3.0, 5.0], [2.0, 4.0, 6.0]]), np.array([1.0, 2.0, 3.0]))
    x = np.array([[1.0, 2.0]])
    np.testing.assert_array_equal(layer.forward(x), [[6.0, 13.0, 20.0]])  # 1·1 + 2·2 + 1, ...
    dx = layer.backward(np.array([[1.0, 1.0, 1.0]]))
    np.testing.assert_array_equal(dx, [[9.0, 12.0]])  # dX = dY·Wᵀ: row sums of W
    np.testing.assert_array_equal(layer.dW, [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]])  # Xᵀ·dY
    np.testing.assert_array_equal(layer.db, [1.0, 1.0, 1.0])


@pytest.mark.parametrize(
    "cls, a, y, slope",
    [
        (book.Sigmoid, [-1.0, 0.0, 2.0], [1 / (1 + np.e), 0.5, 1 / (1 + np.exp(-2.0))], None),
        (
            book.Tanh,
            [-1.0, 0.0, 2.0],
            np.tanh([-1.0, 0.0, 2.0]),
            1 - np.tanh([-1.0, 0.0, 2.0]) ** 2,
        ),
        (book.Relu, [-1.0, 0.0, 2.0], [0.0, 0.0, 2.0], [0.0, 0.0, 1.0]),
        (book.LeakyRelu, [-1.0, 0.0, 2.0], [-0.01, 0.0, 2.0], [0.01, 0.01, 1.0]),
        (book.Identity, [-1.0, 0.0, 2.0], [-1.0, 0.0, 2.0], [1.0, 1.0, 1.0]),
        (book.Step, [-1.0, 0.0, 2.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]),
    ],
)
def test_activation_known_values_and_slopes(cls, a, y, slope):
    layer = cls()
    np.testing.assert_allclose(layer.forward(np.array([a])), [y], rtol=1e-15)
    if slope is None:  # sigmoid: y (1 - y), 0.25 at 0
        slope = np.array(y) * (1 - np.array(y))
        assert slope[1] == 0.25
    np.testing.assert_allclose(layer.backward(np.ones((1, 3))), [slope], rtol=1e-15)


def test_sigmoid_saturates_without_warnings():
    with np.errstate(all="raise"):
        y = book.Sigmoid().forward(np.array([[-1000.0, 1000.0]]))
    np.testing.assert_array_equal(y, [[0.0, 1.0]])


def test_softmax_steps_match_the_books_example():
    # Chapter 3: softmax([0.3, 2.9, 4.0]) = [0.01821127, 0.24519181, 0.73659691].
    a_max, exp_a, sum_exp_a, y = softmax_steps(np.array([[0.3, 2.9, 4.0]]))
    assert a_max[0, 0] == 4.0
    np.testing.assert_allclose(exp_a, np.exp([[-3.7, -1.1, 0.0]]), rtol=1e-15)
    np.testing.assert_allclose(y, [[0.01821127, 0.24519181, 0.73659691]], atol=5e-9)
    assert sum_exp_a[0, 0] == pytest.approx(1.0 / 0.73659691, rel=1e-8)
    # The max shift is what keeps exp from overflowing (the book's 1010, 1000, 990).
    _, _, _, y_big = softmax_steps(np.array([[1010.0, 1000.0, 990.0]]))
    np.testing.assert_allclose(y_big, [[9.99954600e-01, 4.53978686e-05, 2.06106005e-09]], rtol=1e-8)


def test_softmax_with_loss_known_values():
    layer = SoftmaxWithLoss()
    a = np.array([[0.3, 2.9, 4.0], [0.3, 2.9, 4.0]])
    loss = layer.forward(a, np.array([2, 0]))
    # -log y_t, with log y = (a - max) - log Σ exp(a - max): the book's 8 digits ...
    np.testing.assert_allclose(layer.losses, [-np.log(0.73659691), -np.log(0.01821127)], rtol=1e-7)
    # ... and exactly log Σ exp(a) - a_t.
    lse = np.log(np.sum(np.exp([0.3, 2.9, 4.0])))
    np.testing.assert_allclose(layer.losses, [lse - 4.0, lse - 0.3], rtol=1e-14)
    assert loss == pytest.approx(layer.losses.mean(), rel=1e-15)
    dx = layer.backward()
    y = layer.y
    np.testing.assert_allclose(dx, (y - [[0, 0, 1], [1, 0, 0]]) / 2, rtol=1e-15)  # (y - t) / N


def test_mean_squared_error_is_half_the_summed_square_averaged_over_samples():
    layer = MeanSquaredError()
    loss = layer.forward(np.array([[1.0, 2.0], [0.0, 0.0]]), np.array([[0.0, 0.0], [0.0, 3.0]]))
    np.testing.assert_array_equal(layer.losses, [0.5 * (1 + 4), 0.5 * 9])
    assert loss == 0.5 * (2.5 + 4.5)
    assert loss == fast_losses.mean_squared_error(
        [[1.0, 2.0], [0.0, 0.0]], [[0.0, 0.0], [0.0, 3.0]]
    )
    np.testing.assert_array_equal(layer.backward(), [[0.5, 1.0], [0.0, -1.5]])


def test_batchnormalization_known_values_and_momentum():
    layer = book.BatchNormalization(np.ones(2), np.zeros(2))
    x = np.array([[1.0, 10.0], [3.0, 14.0]])  # mean (2, 12), variance (1, 4)
    y = layer.forward(x, train_flg=True)
    np.testing.assert_allclose(y, [[-1, -2], [1, 2]] / np.sqrt([1 + 1e-6, 4 + 1e-6]), rtol=1e-15)
    np.testing.assert_allclose(layer.running_mean, [0.2, 1.2], rtol=1e-15)
    np.testing.assert_allclose(layer.running_var, [0.9 + 0.1, 0.9 + 0.4], rtol=1e-15)
    before = layer.running_mean.copy()
    y_eval = layer.forward(x, train_flg=False)
    np.testing.assert_allclose(
        y_eval, (x - [0.2, 1.2]) / np.sqrt([1.0 + 1e-6, 1.3 + 1e-6]), rtol=1e-15
    )
    np.testing.assert_array_equal(layer.running_mean, before)  # evaluation does not move them


def test_gradient_descent_on_the_books_function():
    # Chapter 4: f(x0, x1) = x0² + x1² from (-3, 4), lr 0.1, 100 steps reaches about (0, 0).
    params = {"x": np.array([-3.0, 4.0])}
    opt = BOOK_OPTIMIZERS["sgd"](lr=0.1)
    for _ in range(100):
        opt.update(params, {"x": 2 * params["x"]})
    np.testing.assert_allclose(params["x"], [-3.0 * 0.8**100, 4.0 * 0.8**100], rtol=1e-12)
    assert np.all(np.abs(params["x"]) < 1e-9)


def test_momentum_and_adam_first_steps_by_hand():
    p = {"w": np.array([1.0])}
    opt = BOOK_OPTIMIZERS["momentum"](lr=0.1)
    opt.update(p, {"w": np.array([0.5])})  # v = -0.05
    opt.update(p, {"w": np.array([0.5])})  # v = 0.9 · -0.05 - 0.05 = -0.095
    np.testing.assert_allclose(p["w"], [1.0 - 0.05 - 0.095], rtol=1e-15)
    p = {"w": np.array([1.0])}
    BOOK_OPTIMIZERS["adam"]().update(p, {"w": np.array([0.5])})
    # Adam's first step is lr · sign(g), short by eps: m / √v = 0.1 g / (√0.001 |g|).
    step = 0.001 * 0.05 / (0.5 + 1e-7 / np.sqrt(0.001)) / 0.05 * 0.5
    np.testing.assert_allclose(p["w"], [1.0 - step], rtol=1e-15)
    assert 1.0 - p["w"][0] == pytest.approx(0.001, rel=1e-5)


# ------------------------------------------------------------ central differences
@pytest.mark.parametrize("cls", [book.Sigmoid, book.Tanh, book.Relu, book.LeakyRelu, book.Identity])
def test_activation_backward_matches_central_differences(cls):
    rng = np.random.default_rng(7)
    errors = layer_errors(cls(), away_from_kinks(rng, (6, 5)), rng)
    assert errors["x"] < TOL, errors


def test_affine_backward_matches_central_differences():
    rng = np.random.default_rng(1)
    layer = book.Affine(rng.standard_normal((4, 3)), rng.standard_normal(3))
    errors = layer_errors(layer, rng.standard_normal((5, 4)), rng)
    assert set(errors) == {"x", "W", "b"}
    assert max(errors.values()) < TOL, errors


@pytest.mark.parametrize("train_flg", [True, False])
def test_batchnormalization_backward_matches_central_differences(train_flg):
    rng = np.random.default_rng(2)
    layer = book.BatchNormalization(
        1.0 + rng.random(4),
        rng.standard_normal(4),
        running_mean=rng.standard_normal(4),
        running_var=1.0 + rng.random(4),
    )
    errors = layer_errors(layer, rng.standard_normal((8, 4)), rng, h=1e-5, train_flg=train_flg)
    assert set(errors) == {"x", "gamma", "beta"}
    assert max(errors.values()) < TOL, errors


def test_fast_batchnorm_backward_after_an_evaluation_forward_is_right_too():
    rng = np.random.default_rng(3)
    gamma, beta, x, dout = (
        1.0 + rng.random(3),
        rng.standard_normal(3),
        rng.standard_normal((5, 3)),
        rng.standard_normal((5, 3)),
    )
    fast = BatchNorm(gamma.copy(), beta.copy())
    plain = book.BatchNormalization(gamma.copy(), beta.copy())
    fast.forward(rng.standard_normal((5, 3)), train=True)  # moves the statistics, caches a batch
    plain.running_mean, plain.running_var = fast.running_mean.copy(), fast.running_var.copy()
    np.testing.assert_allclose(
        fast.forward(x, train=False), plain.forward(x, train_flg=False), rtol=1e-14
    )
    np.testing.assert_allclose(fast.backward(dout), plain.backward(dout), rtol=1e-14)
    np.testing.assert_allclose(fast.dgamma, plain.dgamma, rtol=1e-14)
    np.testing.assert_allclose(fast.dbeta, plain.dbeta, rtol=1e-14)


# ------------------------------------------------------------------ no mutation
@pytest.mark.parametrize(
    "make",
    [
        lambda r: book.Affine(r.standard_normal((3, 3)), r.standard_normal(3)),
        book.Sigmoid,
        book.Tanh,
        book.Relu,
        book.LeakyRelu,
        book.Identity,
        book.Step,
        lambda r: book.BatchNormalization(np.ones(3), np.zeros(3)),
    ],
)
def test_layers_leave_their_inputs_alone(make):
    rng = np.random.default_rng(4)
    layer = make(rng) if make.__name__ == "<lambda>" else make()
    x, dout = rng.standard_normal((4, 3)), rng.standard_normal((4, 3))
    x0, dout0 = x.copy(), dout.copy()
    layer.forward(x)
    layer.backward(dout)
    np.testing.assert_array_equal(x, x0)
    np.testing.assert_array_equal(dout, dout0)  # the book's Relu.backward would zero entries here


def test_loss_layers_leave_scores_and_targets_alone():
    rng = np.random.default_rng(5)
    for layer, t in (
        (SoftmaxWithLoss(), np.array([0, 2, 1])),
        (MeanSquaredError(), rng.standard_normal((3, 3))),
    ):
        a = rng.standard_normal((3, 3))
        a0, t0 = a.copy(), t.copy()
        layer.forward(a, t)
        layer.backward()
        np.testing.assert_array_equal(a, a0)
        np.testing.assert_array_equal(t, t0)


# --------------------------------------------------------- agreement, fast path
def test_registries_have_the_fast_paths_names():
    assert list(book.ACTIVATION_LAYERS) == list(fast_activations.ACTIVATIONS)
    assert list(LOSS_LAYERS) == list(fast_losses.LOSSES)
    assert list(BOOK_OPTIMIZERS) == list(OPTIMIZERS)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_optimizer_defaults_are_the_fast_paths(name):
    book_defaults = {
        k: v.default for k, v in inspect.signature(BOOK_OPTIMIZERS[name]).parameters.items()
    }
    renamed = {"decay_rate": "decay"}
    assert {renamed.get(k, k): v for k, v in book_defaults.items()} == OPTIMIZERS[name].defaults


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu", "leaky_relu", "linear", "step"])
def test_activations_agree_with_the_fast_layers(name):
    rng = np.random.default_rng(6)
    a, dout = 3 * away_from_kinks(rng, (7, 4)), rng.standard_normal((7, 4))
    fast, plain = fast_activations.ACTIVATIONS[name](), book.ACTIVATION_LAYERS[name]()
    np.testing.assert_allclose(plain.forward(a), fast.forward(a), rtol=1e-13, atol=1e-16)
    np.testing.assert_allclose(plain.backward(dout), fast.backward(dout), rtol=1e-13, atol=1e-16)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_optimizers_step_for_step_equal_the_fast_ones(name):
    rng = np.random.default_rng(8)
    shapes = {"W1": (3, 4), "b1": (4,), "W2": (4, 2)}
    start = {k: rng.standard_normal(s) for k, s in shapes.items()}
    fast_p = {k: v.copy() for k, v in start.items()}
    plain_p = {k: v.copy() for k, v in start.items()}
    fast, plain = make_optimizer(name, lr=0.05), BOOK_OPTIMIZERS[name](lr=0.05)
    for _ in range(50):
        grads = {k: rng.standard_normal(s) for k, s in shapes.items()}
        kept = {k: g.copy() for k, g in grads.items()}
        fast.update(fast_p, grads)
        plain.update(plain_p, grads)
        for k in shapes:
            np.testing.assert_array_equal(grads[k], kept[k])  # gradients are read only
            np.testing.assert_allclose(plain_p[k], fast_p[k], rtol=1e-13, atol=1e-15)
    moved = max(float(np.abs(plain_p[k] - start[k]).max()) for k in shapes)
    assert moved > 0.1  # the steps were big enough for a wrong rule to show
