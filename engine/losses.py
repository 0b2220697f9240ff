"""Output layers fused with their loss: softmax + cross-entropy, identity + MSE.

An output layer takes the last Affine layer's scores ``a`` (N, K) and targets
``t`` and returns the mean loss per sample; ``backward()`` then returns
``dL/da`` (N, K). Fusing the two keeps the gradient simple and exact:
``(y - t) / N`` for both.

Conventions
-----------
Cross-entropy is ``-mean_n log y[n, t_n]`` computed as a log-sum-exp of scores
shifted by their row maximum, so it never overflows and never takes ``log 0``.
(The book's ``cross_entropy_error`` adds 1e-7 inside the log instead; it is
kept below for the lessons, where its numbers match the book's.)

Mean squared error is ``0.5 * mean_n sum_k (y[n, k] - t[n, k])**2``: half the
squared error summed over outputs, averaged over samples. The 0.5 makes the
gradient ``(y - t) / N``, the same form as softmax cross-entropy.
"""

from __future__ import annotations

import numpy as np

from engine.layers import Layer


def softmax(a: np.ndarray) -> np.ndarray:
    """Softmax over the last axis of ``a`` (K,) or (N, K), shifted by the max."""
    a = np.asarray(a, dtype=np.float64)
    e = np.exp(a - a.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """The book's cross-entropy ``-sum t log(y + 1e-7)``, averaged over samples.

    Parameters
    ----------
    y : ndarray, shape (K,) or (N, K)
        Probabilities.
    t : int, ndarray of shape (N,) with labels, or one-hot like ``y``
    """
    y = np.asarray(y, dtype=np.float64)
    t = np.asarray(t)
    if y.ndim == 1:
        y = y.reshape(1, -1)
        t = t.reshape(1, -1) if t.ndim == 1 else t.reshape(1)
    if t.size == y.size:  # one-hot
        t = t.reshape(y.shape).argmax(axis=1)
    n = y.shape[0]
    return float(-np.sum(np.log(y[np.arange(n), t] + 1e-7)) / n)


def mean_squared_error(y: np.ndarray, t: np.ndarray) -> float:
    """``0.5 * mean over samples of the summed squared error`` (the MSE convention here)."""
    y = np.asarray(y, dtype=np.float64)
    y2 = y.reshape(y.shape[0], -1) if y.ndim else y.reshape(1, 1)
    d = y2 - np.asarray(t, dtype=np.float64).reshape(y2.shape)
    return float(0.5 * np.sum(d * d) / y2.shape[0])


class SoftmaxCrossEntropy(Layer):
    """Softmax output with cross-entropy loss, for K >= 2 classes.

    ``t`` is either integer labels (N,) in ``0..K-1`` or one-hot (N, K).
    :class:`engine.book.losses.SoftmaxWithLoss` is the same layer in the book's
    form; this one avoids building a one-hot matrix for integer labels by
    addressing each row's true class through its flat position.
    """

    classification = True

    def __init__(self) -> None:
        super().__init__()
        self._onehot: np.ndarray | None = None  # T when given one-hot, else None

    def _use_shape(self, shape):
        n, k = shape

        def make():
            dx = np.empty(shape)
            return (
                np.empty((n, 1)),  # _max:     m = max_k a_k                                (N, 1)
                np.empty(shape),  # _shifted: a - m                                        (N, K)
                np.empty(shape),  # _y:       y = exp(a - m) / Σ_k exp(a - m)             (N, K)
                np.empty((n, 1)),  # _sum:    Σ_k exp(a - m), then its log                 (N, 1)
                dx,  # _dx:           dL/da = (y - t) / N                                  (N, K)
                dx.reshape(-1),  # _dx_flat:  the same memory, flat                        (N K,)
                np.arange(n, dtype=np.int64) * k,  # _row_start: flat index of a[n, 0]    (N,)
                np.empty(n, dtype=np.int64),  # _index: flat index of a[n, t_n]           (N,)
            )

        (
            self._max, self._shifted, self._y, self._sum,
            self._dx, self._dx_flat, self._row_start, self._index,
        ) = self._cached(shape, make)  # fmt: skip

    @property
    def probabilities(self) -> np.ndarray:
        """Softmax output of the last forward (a live buffer, (N, K))."""
        return self._y

    def forward(self, a: np.ndarray, t: np.ndarray) -> float:
        """Mean cross-entropy of scores ``a`` (N, K) against ``t``."""
        if a.shape != self._shape:
            self._use_shape(a.shape)
        n = a.shape[0]
        mx, shifted, y, s = self._max, self._shifted, self._y, self._sum
        # m = max_k a_k;  a - m
        np.maximum.reduce(a, axis=1, keepdims=True, out=mx)
        np.subtract(a, mx, out=shifted)
        # y = exp(a - m) / Σ_k exp(a - m)
        np.exp(shifted, out=y)
        np.add.reduce(y, axis=1, keepdims=True, out=s)
        np.divide(y, s, out=y)
        # log Σ_k exp(a - m), per row: with it, log y = (a - m) - log Σ exp(a - m)
        np.log(s, out=s)
        if t.ndim == 1:
            index = self._index
            # L = (Σ_n log Σ exp(a_n - m_n) - Σ_n (a - m)[n, t_n]) / N, picking
            # (a - m)[n, t_n] by flat position. Unsafe casting lets float labels
            # such as 1.0 through without a per-step conversion.
            np.add(self._row_start, t, out=index, casting="unsafe")
            self._onehot = None
            return float(s.sum() - shifted.take(index).sum()) / n
        self._onehot = t
        # L = -Σ t ⊙ log y / N,  log y = (a - m) - log Σ exp(a - m)
        np.subtract(shifted, s, out=shifted)
        np.multiply(shifted, t, out=shifted)
        return -float(shifted.sum()) / n

    def backward(self, dout: float = 1.0) -> np.ndarray:
        """``dL/da = dout * (y - t) / N``, shape (N, K)."""
        dx = self._dx
        scale = dout / dx.shape[0]
        if self._onehot is None:
            # dL/da = y/N everywhere, then -1/N at each row's true class (t is one-hot)
            np.multiply(self._y, scale, out=dx)
            flat, index = self._dx_flat, self._index
            flat[index] -= scale
        else:
            # dL/da = (y - t) / N
            np.subtract(self._y, self._onehot, out=dx)
            np.multiply(dx, scale, out=dx)
        return dx

    @staticmethod
    def output(a: np.ndarray) -> np.ndarray:
        """Class probabilities (a new array) for scores ``a`` (N, K)."""
        return softmax(a)


class MeanSquaredError(Layer):
    """Identity output with mean squared error, for regression.

    ``t`` is (N,) for one output or (N, K) for K outputs.
    """

    classification = False

    def _use_shape(self, shape):
        self._diff, self._dx = self._cached(shape, lambda: (
            np.empty(shape),  # _diff: y - t, with y = a (identity output)   (N, K)
            np.empty(shape),  # _dx:   dL/da = (y - t) / N                   (N, K)
        ))  # fmt: skip

    def forward(self, a: np.ndarray, t: np.ndarray) -> float:
        """``0.5 * mean_n sum_k (a - t)**2`` for outputs ``a`` (N, K)."""
        if a.shape != self._shape:
            self._use_shape(a.shape)
        if t.ndim == 1:
            t = t.reshape(a.shape)
        diff = self._diff
        # L = ½ Σ_n Σ_k (y - t)² / N
        np.subtract(a, t, out=diff)
        return 0.5 * float(np.vdot(diff, diff)) / a.shape[0]

    def backward(self, dout: float = 1.0) -> np.ndarray:
        """``dL/da = dout * (a - t) / N``, shape (N, K)."""
        dx = self._dx
        # dL/da = (y - t) / N
        np.multiply(self._diff, dout / dx.shape[0], out=dx)
        return dx

    @staticmethod
    def output(a: np.ndarray) -> np.ndarray:
        """The predicted values (a new array): the identity of ``a``."""
        return np.array(a, dtype=np.float64)


LOSSES: dict[str, type[Layer]] = {
    "softmax_cross_entropy": SoftmaxCrossEntropy,
    "mse": MeanSquaredError,
}
