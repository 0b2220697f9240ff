"""Softmax + cross-entropy and identity + MSE: known values, stability, gradients."""

import numpy as np
import pytest

from engine.gradcheck import numerical_gradient, relative_error
from engine.losses import (
    LOSSES,
    MeanSquaredError,
    SoftmaxCrossEntropy,
    cross_entropy_error,
    mean_squared_error,
    softmax,
)

TOL = 1e-6


def test_softmax_of_a_known_vector():
    # The book's example: a = (0.3, 2.9, 4.0).
    y = softmax(np.array([0.3, 2.9, 4.0]))
    np.testing.assert_allclose(y, [0.01821127, 0.24519181, 0.73659691], atol=1e-8)
    assert y.sum() == pytest.approx(1.0)


def test_softmax_subtracts_the_max_so_huge_scores_are_fine():
    y = softmax(np.array([1010.0, 1000.0, 990.0]))
    assert np.all(np.isfinite(y))
    np.testing.assert_allclose(y, softmax(np.array([20.0, 10.0, 0.0])))


def test_cross_entropy_of_the_books_case():
    y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
    assert cross_entropy_error(y, 2) == pytest.approx(0.510825457099338)
    onehot = np.eye(10)[2]
    assert cross_entropy_error(y, onehot) == pytest.approx(0.510825457099338)
    assert cross_entropy_error(y, 7) == pytest.approx(2.302584092994546)


def test_fused_loss_is_minus_mean_log_probability():
    a = np.array([[0.3, 2.9, 4.0], [1.0, 1.0, 1.0]])
    t = np.array([2, 0])
    loss = SoftmaxCrossEntropy().forward(a, t)
    expected = -(np.log(0.73659691) + np.log(1 / 3)) / 2
    assert loss == pytest.approx(expected, rel=1e-7)


def test_fused_loss_same_for_int_and_onehot_labels():
    rng = np.random.default_rng(0)
    a = rng.standard_normal((7, 4))
    t = rng.integers(0, 4, 7)
    layer = SoftmaxCrossEntropy()
    by_int = layer.forward(a, t)
    d_int = layer.backward().copy()
    by_onehot = layer.forward(a, np.eye(4)[t])
    d_onehot = layer.backward().copy()
    assert by_int == pytest.approx(by_onehot, rel=1e-12)
    np.testing.assert_allclose(d_int, d_onehot, rtol=1e-12)


def test_fused_gradient_is_y_minus_t_over_n():
    a = np.array([[0.0, 0.0], [np.log(3.0), 0.0]])  # probabilities (.5,.5) and (.75,.25)
    layer = SoftmaxCrossEntropy()
    layer.forward(a, np.array([1, 0]))
    np.testing.assert_allclose(layer.backward(), [[0.25, -0.25], [-0.125, 0.125]])


def test_fused_loss_stays_finite_when_confidently_wrong():
    a = np.array([[1000.0, -1000.0]])
    layer = SoftmaxCrossEntropy()
    assert layer.forward(a, np.array([1])) == pytest.approx(2000.0)
    assert np.all(np.isfinite(layer.backward()))


@pytest.mark.parametrize("labels", ["int", "onehot"])
def test_fused_gradient_matches_central_differences(labels):
    rng = np.random.default_rng(3)
    a = rng.standard_normal((6, 3))
    t = rng.integers(0, 3, 6)
    if labels == "onehot":
        t = np.eye(3)[t]
    layer = SoftmaxCrossEntropy()
    layer.forward(a, t)
    analytic = layer.backward().copy()
    numeric = numerical_gradient(lambda: layer.forward(a, t), a)
    assert relative_error(numeric, analytic) < TOL


def test_mse_is_half_the_summed_square_error_averaged_over_samples():
    a = np.array([[1.0], [3.0]])
    t = np.array([0.0, 0.0])
    assert MeanSquaredError().forward(a, t) == pytest.approx(0.5 * (1 + 9) / 2)
    assert mean_squared_error(a, t) == pytest.approx(2.5)


@pytest.mark.parametrize("shape", [(5,), (5, 1), (5, 3)])
def test_mse_gradient_matches_central_differences(shape):
    rng = np.random.default_rng(4)
    k = shape[1] if len(shape) == 2 else 1
    a = rng.standard_normal((5, k))
    t = rng.standard_normal(shape)
    layer = MeanSquaredError()
    layer.forward(a, t)
    analytic = layer.backward().copy()
    numeric = numerical_gradient(lambda: layer.forward(a, t), a)
    assert relative_error(numeric, analytic) < TOL


def test_output_functions_return_new_arrays():
    a = np.array([[1.0, 2.0]])
    for cls in LOSSES.values():
        out = cls.output(a)
        assert not np.shares_memory(out, a)
    np.testing.assert_allclose(SoftmaxCrossEntropy.output(a).sum(axis=1), 1.0)
