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
    """

    classification = True

    def _allocate(self, shape):
        n, k = shape
        dx = np.empty(shape)
        return {
            "_max": np.empty((n, 1)),
            "_shifted": np.empty(shape),
            "_y": np.empty(shape),
            "_sum": np.empty((n, 1)),
            "_dx": dx,
            "_dx_flat": dx.reshape(-1),
            "_row_start": np.arange(n, dtype=np.int64) * k,
            "_index": np.empty(n, dtype=np.int64),
        }

    @property
    def probabilities(self) -> np.ndarray:
        """Softmax output of the last forward (a live buffer, (N, K))."""
        return self._y

    def forward(self, a: np.ndarray, t: np.ndarray) -> float:
        """Mean cross-entropy of scores ``a`` (N, K) against ``t``."""
        if a.shape != self._shape:
            self._switch(a.shape)
        n = a.shape[0]
        mx, shifted, y, s = self._max, self._shifted, self._y, self._sum
        np.maximum.reduce(a, axis=1, keepdims=True, out=mx)
        np.subtract(a, mx, out=shifted)
        np.exp(shifted, out=y)
        np.add.reduce(y, axis=1, keepdims=True, out=s)
        np.divide(y, s, out=y)
        np.log(s, out=s)  # now log sum exp(shifted), per row
        if t.ndim == 1:
            index = self._index
            # Flat positions of the true classes; unsafe casting lets float
            # labels such as 1.0 through without a per-step conversion.
            np.add(self._row_start, t, out=index, casting="unsafe")
            self._onehot = None
            return float(s.sum() - shifted.take(index).sum()) / n
        self._onehot = t
        # -sum t * log y with log y = shifted - log-sum-exp.
        np.subtract(shifted, s, out=shifted)
        np.multiply(shifted, t, out=shifted)
        return -float(shifted.sum()) / n

    def backward(self, dout: float = 1.0) -> np.ndarray:
        """``dL/da = dout * (y - t) / N``, shape (N, K)."""
        dx = self._dx
        scale = dout / dx.shape[0]
        if self._onehot is None:
            np.multiply(self._y, scale, out=dx)
            flat, index = self._dx_flat, self._index
            flat[index] -= scale
        else:
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

    def _allocate(self, shape):
        return {"_diff": np.empty(shape), "_dx": np.empty(shape)}

    def forward(self, a: np.ndarray, t: np.ndarray) -> float:
        """``0.5 * mean_n sum_k (a - t)**2`` for outputs ``a`` (N, K)."""
        if a.shape != self._shape:
            self._switch(a.shape)
        if t.ndim == 1:
            t = t.reshape(a.shape)
        diff = self._diff
        np.subtract(a, t, out=diff)
        return 0.5 * float(np.vdot(diff, diff)) / a.shape[0]

    def backward(self, dout: float = 1.0) -> np.ndarray:
        """``dL/da = dout * (a - t) / N``, shape (N, K)."""
        dx = self._dx
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
