"""The book's output layers: SoftmaxWithLoss and an identity output with squared error.

An output layer takes the last Affine layer's scores ``a`` (N, K) and the
targets ``t`` and returns the mean loss over the N samples; ``backward()``
returns ``dL/da`` (N, K). For both layers here that gradient is ``(y - t) / N``,
which is why the book fuses the output function with its loss.

The definitions match the fast path (:mod:`engine.losses`) exactly:

* cross-entropy ``-Σ_k t_k log y_k`` per sample, with ``log y`` taken as
  ``(a - max) - log Σ exp(a - max)`` (log-sum-exp). It never takes ``log 0``,
  so it needs no ``1e-7`` inside the log, and differs from the book's
  ``cross_entropy_error`` by up to that 1e-7;
* squared error ``½ Σ_k (y_k - t_k)²`` per sample (the book's
  ``mean_squared_error``); both layers report the *mean* over samples.

Targets: class labels (N,) in ``0..K-1`` or one-hot (N, K) for softmax, values
(N,) or (N, K) for squared error. Both layers keep ``t`` as (N, K).
"""

from __future__ import annotations

import numpy as np


def softmax_steps(a):
    """Softmax in the book's steps, each step returned for display.

    Parameters
    ----------
    a : ndarray, shape (N, K)
        Scores.

    Returns
    -------
    a_max : ndarray, shape (N, 1)
        Each row's largest score, subtracted so that ``exp`` cannot overflow.
    exp_a : ndarray, shape (N, K)
        ``exp(a - a_max)``, each in (0, 1].
    sum_exp_a : ndarray, shape (N, 1)
        Row sums of ``exp_a``, each at least 1.
    y : ndarray, shape (N, K)
        ``exp_a / sum_exp_a``: probabilities, each row summing to 1.
    """
    a_max = np.max(a, axis=1, keepdims=True)
    exp_a = np.exp(a - a_max)
    sum_exp_a = np.sum(exp_a, axis=1, keepdims=True)
    y = exp_a / sum_exp_a
    return a_max, exp_a, sum_exp_a, y


def softmax(a):
    """Probabilities (N, K) for scores ``a`` (N, K); see :func:`softmax_steps`."""
    return softmax_steps(a)[3]


def one_hot(t, n_classes):
    """Labels (N,) as a one-hot (N, K) float array; a (N, K) ``t`` is returned as floats."""
    t = np.asarray(t)
    if t.ndim == 2:
        return t.astype(np.float64)
    return np.eye(n_classes)[t.astype(np.int64)]


class SoftmaxWithLoss:
    """Softmax output and cross-entropy loss, for K >= 2 classes.

    Attributes
    ----------
    y : ndarray, shape (N, K)
        Probabilities of the last forward.
    t : ndarray, shape (N, K)
        Its targets, one-hot.
    losses : ndarray, shape (N,)
        ``-Σ_k t_k log y_k`` per sample.
    loss : float
        Their mean.
    """

    def __init__(self):
        self.loss = None
        self.losses = None
        self.y = None
        self.t = None

    def forward(self, x, t):
        a_max, exp_a, sum_exp_a, y = softmax_steps(x)
        self.t = one_hot(t, x.shape[1])
        self.y = y
        log_y = (x - a_max) - np.log(sum_exp_a)
        self.losses = -np.sum(self.t * log_y, axis=1)
        self.loss = float(np.mean(self.losses))
        return self.loss

    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        dx = dout * (self.y - self.t) / batch_size
        return dx

    @staticmethod
    def output(a):
        """Probabilities (N, K) for scores ``a``: what the network predicts."""
        return softmax(a)


class MeanSquaredError:
    """Identity output ``y = a`` and squared-error loss, for regression.

    Attributes
    ----------
    y : ndarray, shape (N, K)
        The outputs of the last forward (the scores themselves).
    t : ndarray, shape (N, K)
        Its targets.
    losses : ndarray, shape (N,)
        ``½ Σ_k (y_k - t_k)²`` per sample.
    loss : float
        Their mean.
    """

    def __init__(self):
        self.loss = None
        self.losses = None
        self.y = None
        self.t = None

    def forward(self, x, t):
        self.y = x
        self.t = np.asarray(t, dtype=np.float64).reshape(x.shape)
        self.losses = 0.5 * np.sum((self.y - self.t) ** 2, axis=1)
        self.loss = float(np.mean(self.losses))
        return self.loss

    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        dx = dout * (self.y - self.t) / batch_size
        return dx

    @staticmethod
    def output(a):
        """The values (N, K): a new array equal to ``a`` (the identity output)."""
        return np.array(a, dtype=np.float64)


#: Output layer per ``NetworkSpec.output``; the same keys as :data:`engine.losses.LOSSES`.
LOSS_LAYERS = {
    "softmax_cross_entropy": SoftmaxWithLoss,
    "mse": MeanSquaredError,
}
