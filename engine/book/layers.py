"""The book's layers, written plainly: Affine, the activations, BatchNormalization.

This is the *plain path* of the engine: the mathematics of :mod:`engine.layers`
and :mod:`engine.activations`, written the way 「ゼロから作るDeep Learning」
writes it (chapters 5 and 6), so that it reads beside the book. Each layer has
``forward(x)`` and ``backward(dout)``, keeps what backward needs as attributes
(``self.x``, ``self.out``, ``self.mask``) and returns new arrays.

Departures from the book's code, all deliberate:

* nothing here writes into an array it was given (the book's ``Relu.backward``
  does ``dout[self.mask] = 0``, which changes the caller's array);
* samples are rows of a 2-D ``x`` (N, D); nothing is reshaped for images;
* batch norm's running variance starts at 1, not 0, like the fast layer, and
  its backward also works after an evaluation-mode forward (the statistics
  are constants there), which the inspector's backward trace needs.

Speed is not a goal: every call allocates. The fast layers are for training;
these are for reading, for inspecting a point, and for checking the fast ones
(``tests/engine/test_book_parity.py`` runs both side by side).
"""

from __future__ import annotations

import numpy as np

from engine.activations import LEAKY_SLOPE
from engine.layers import BATCHNORM_EPS, BATCHNORM_MOMENTUM


class Affine:
    """Fully connected layer ``Y = X·W + B``.

    Parameters
    ----------
    W : ndarray, shape (n_in, n_out)
    b : ndarray, shape (n_out,)
        Kept by reference, as in the book: an optimiser that updates the
        network's ``params`` in place is seen by the next forward.

    Attributes
    ----------
    x : ndarray, shape (N, n_in)
        The last input, kept for ``dW = Xᵀ·dY``.
    dW : ndarray, shape (n_in, n_out)
    db : ndarray, shape (n_out,)
        Gradients from the last backward.
    """

    def __init__(self, W, b):
        self.W = W
        self.b = b
        self.x = None
        self.dW = None
        self.db = None

    def forward(self, x):
        self.x = x
        out = np.dot(x, self.W) + self.b
        return out

    def backward(self, dout):
        dx = np.dot(dout, self.W.T)
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        return dx


class Sigmoid:
    """``y = 1 / (1 + exp(-x))``; backward ``dx = dout · (1 - y) · y``."""

    def __init__(self):
        self.out = None

    def forward(self, x):
        # For x < -709, exp(-x) overflows to inf and 1 / (1 + inf) is the right 0;
        # for x > 745 it underflows to 0 and the result is the right 1.
        with np.errstate(over="ignore", under="ignore"):
            out = 1.0 / (1.0 + np.exp(-x))
        self.out = out
        return out

    def backward(self, dout):
        dx = dout * (1.0 - self.out) * self.out
        return dx


class Tanh:
    """``y = tanh(x)``; backward ``dx = dout · (1 - y²)``."""

    def __init__(self):
        self.out = None

    def forward(self, x):
        out = np.tanh(x)
        self.out = out
        return out

    def backward(self, dout):
        dx = dout * (1.0 - self.out**2)
        return dx


class Relu:
    """``y = x`` where ``x > 0``, else 0; backward passes ``dout`` where ``x > 0``."""

    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = x <= 0
        out = np.where(self.mask, 0.0, x)
        return out

    def backward(self, dout):
        # The book writes dout[self.mask] = 0; np.where leaves dout alone.
        dx = np.where(self.mask, 0.0, dout)
        return dx


class LeakyRelu:
    """``y = x`` where ``x > 0``, else ``0.01 x`` (the fast path's slope)."""

    def __init__(self, slope=LEAKY_SLOPE):
        self.slope = slope
        self.mask = None

    def forward(self, x):
        self.mask = x <= 0
        out = np.where(self.mask, self.slope * x, x)
        return out

    def backward(self, dout):
        dx = np.where(self.mask, self.slope * dout, dout)
        return dx


class Identity:
    """``y = x`` (the "linear" activation); backward ``dx = dout``."""

    def forward(self, x):
        return x

    def backward(self, dout):
        return dout


class Step:
    """``y = 1`` where ``x > 0``, else 0: the perceptron's activation.

    Its derivative is 0 wherever it exists, so backward returns zeros and a
    network of steps cannot learn by gradient descent (the book's reason for
    moving to the sigmoid).
    """

    def forward(self, x):
        return (x > 0).astype(np.float64)

    def backward(self, dout):
        return np.zeros_like(dout)


class BatchNormalization:
    """Batch normalisation with the book's staged backward.

    Training normalises with the batch's mean and variance and moves the
    running estimates: ``running = momentum · running + (1 - momentum) · batch``.
    Evaluation normalises with the running estimates.

    Parameters
    ----------
    gamma, beta : ndarray, shape (D,)
        Scale and shift, kept by reference.
    momentum : float
        The book's 0.9.
    running_mean, running_var : ndarray, shape (D,), optional
        Starting estimates (copied); zeros and ones when omitted.
    eps : float
        Added to the variance under the square root; the fast layer's value
        (the book's ``10e-7``, which is 1e-6).

    Attributes
    ----------
    xc, xn : ndarray, shape (N, D)
        ``x - mean`` and the normalised ``x̂`` of the last forward.
    std : ndarray, shape (D,)
        ``√(var + eps)`` of the last forward (batch or running variance).
    dgamma, dbeta : ndarray, shape (D,)
        Gradients from the last backward.
    """

    def __init__(
        self,
        gamma,
        beta,
        momentum=BATCHNORM_MOMENTUM,
        running_mean=None,
        running_var=None,
        eps=BATCHNORM_EPS,
    ):
        self.gamma = gamma
        self.beta = beta
        self.momentum = momentum
        self.eps = eps
        # Copies; variance 1 to start (the fast layer's choice, not the book's 0)
        # so that an untrained network evaluates sanely.
        d = gamma.shape[0]
        self.running_mean = np.zeros(d) if running_mean is None else np.array(running_mean, float)
        self.running_var = np.ones(d) if running_var is None else np.array(running_var, float)
        self.train_flg = None
        self.batch_size = None
        self.xc = None
        self.xn = None
        self.std = None
        self.dgamma = None
        self.dbeta = None

    def forward(self, x, train_flg=True):
        if train_flg:
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc**2, axis=0)
            std = np.sqrt(var + self.eps)
            self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) * mu
            self.running_var = self.momentum * self.running_var + (1 - self.momentum) * var
        else:
            xc = x - self.running_mean
            std = np.sqrt(self.running_var + self.eps)
        xn = xc / std
        self.train_flg, self.batch_size = train_flg, x.shape[0]
        self.xc, self.xn, self.std = xc, xn, std
        out = self.gamma * xn + self.beta
        return out

    def backward(self, dout):
        self.dbeta = dout.sum(axis=0)
        self.dgamma = np.sum(self.xn * dout, axis=0)
        dxn = self.gamma * dout
        dxc = dxn / self.std
        if not self.train_flg:
            # The running statistics are constants: x̂ = (x - mean) / std is a shift and a scale.
            return dxc
        # The batch's mean and std depend on every x: the book's chain through std, var and mu.
        dstd = -np.sum((dxn * self.xc) / (self.std * self.std), axis=0)
        dvar = 0.5 * dstd / self.std
        dxc += (2.0 / self.batch_size) * self.xc * dvar
        dmu = np.sum(dxc, axis=0)
        dx = dxc - dmu / self.batch_size
        return dx


#: Layer class per activation name; the same keys as :data:`engine.activations.ACTIVATIONS`.
ACTIVATION_LAYERS = {
    "sigmoid": Sigmoid,
    "tanh": Tanh,
    "relu": Relu,
    "leaky_relu": LeakyRelu,
    "linear": Identity,
    "step": Step,
}
