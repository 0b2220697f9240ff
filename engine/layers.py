"""Layers with parameters or state: the Layer base class, Affine, Dropout, BatchNorm.

Every layer has ``forward(x, train=True) -> y`` and ``backward(dout) -> dx``.
Samples are rows: ``x`` is ``(N, D)``.

Speed matters here because a 2-8-8-2 network spends most of a training step in
per-call overhead rather than arithmetic. Layers therefore write into buffers
they own, allocated once per input shape and reused (``out=`` arguments), and
keep only what backward needs. The price is aliasing: **the array returned by
``forward`` or ``backward`` belongs to the layer and is overwritten by the next
call with the same input shape.** Copy it if you want to keep it. A layer never
writes into the arrays it is given.

Reading this beside the book: each layer names its buffers in one method,
``_use_shape``, and every block of ``out=`` calls has the formula it computes
written above it. :mod:`engine.book.layers` is the same mathematics in the
book's own form (new arrays every call), and a test runs the two side by side.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

#: How many input shapes a layer keeps buffers for before it forgets them all.
#: A training session sees a handful: the batch, a short last batch, the train
#: split, the test split and the prediction grids.
MAX_CACHED_SHAPES = 8

#: Batch norm's defaults, shared with :mod:`engine.book.layers`: the book's
#: momentum, and the book's ``10e-7`` (which is 1e-6) under the square root.
BATCHNORM_MOMENTUM = 0.9
BATCHNORM_EPS = 1e-6


class Layer:
    """Base class: empty ``params`` / ``grads`` and the per-shape buffer cache.

    A subclass that writes into buffers implements ``_use_shape(shape)``: it
    assigns every buffer to a named attribute (``self._y``, ``self._dx``, ...)
    from :meth:`_cached`, which builds them once per input shape. Its
    ``forward`` calls ``_use_shape`` only when the input shape changes, so the
    hot path reads ``self._y`` with no lookup beyond the attribute itself.
    """

    def __init__(self) -> None:
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}
        self._shape: tuple[int, ...] | None = None
        self._cache: dict[tuple[int, ...], tuple[np.ndarray, ...]] = {}

    def forward(self, x: np.ndarray, train: bool = True) -> np.ndarray:  # pragma: no cover
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:  # pragma: no cover
        raise NotImplementedError

    def _cached(
        self, shape: tuple[int, ...], make: Callable[[], tuple[np.ndarray, ...]]
    ) -> tuple[np.ndarray, ...]:
        """The buffers for input ``shape``: ``make()`` the first time, the same arrays after."""
        bufs = self._cache.get(shape)
        if bufs is None:
            if len(self._cache) >= MAX_CACHED_SHAPES:
                self._cache.clear()
            bufs = make()
            self._cache[shape] = bufs
        self._shape = shape
        return bufs


class Affine(Layer):
    """Fully connected layer ``Y = X W + B``.

    Parameters
    ----------
    W : ndarray, shape (n_in, n_out)
        Weights, used live (the optimiser updates this very array).
    b : ndarray, shape (n_out,)
        Biases, used live.
    dW, db : ndarray, optional
        Where backward writes the gradients (live views into a network's flat
        gradient buffer); fresh zero arrays when omitted.

    Attributes
    ----------
    need_dx : bool
        When False, backward skips the input gradient and returns None. The
        network clears it for its first layer, whose input is the data.
    """

    def __init__(
        self,
        W: np.ndarray,
        b: np.ndarray,
        dW: np.ndarray | None = None,
        db: np.ndarray | None = None,
    ) -> None:
        super().__init__()
        if W.ndim != 2 or b.shape != (W.shape[1],):
            raise ValueError(f"Affine needs W (n_in, n_out) and b (n_out,); got {W.shape}, {b.shape}")
        self.W = W
        self.b = b
        self.dW = np.zeros_like(W) if dW is None else dW
        self.db = np.zeros_like(b) if db is None else db
        # A transposed view stays live because W is only ever updated in place.
        self._WT = W.T
        self.params = {"W": W, "b": b}
        self.grads = {"W": self.dW, "b": self.db}
        self.need_dx = True
        self._x: np.ndarray | None = None  # X of the last forward, for dW = Xᵀ·dY

    def _use_shape(self, shape):
        n = shape[0]
        n_in, n_out = self.W.shape
        self._y, self._dx = self._cached(shape, lambda: (
            np.empty((n, n_out)),  # _y:  Y = X·W + B   (N, n_out)
            np.empty((n, n_in)),   # _dx: dX = dY·Wᵀ    (N, n_in)
        ))  # fmt: skip

    def forward(self, x, train=True):
        if x.shape != self._shape:
            self._use_shape(x.shape)
        self._x = x
        y = self._y
        # Y = X·W + B
        np.dot(x, self.W, out=y)
        np.add(y, self.b, out=y)
        return y

    def backward(self, dout):
        # dW = Xᵀ·dY
        np.dot(self._x.T, dout, out=self.dW)
        # dB = Σ_n dY[n]
        np.add.reduce(dout, axis=0, out=self.db)
        if not self.need_dx:
            return None
        dx = self._dx
        # dX = dY·Wᵀ
        np.dot(dout, self._WT, out=dx)
        return dx


class Dropout(Layer):
    """Inverted dropout: in training keep each unit with probability ``1 - ratio``
    and scale the kept ones by ``1 / (1 - ratio)``; in evaluation pass through.

    Parameters
    ----------
    ratio : float
        Fraction of units dropped, ``0 <= ratio < 1``.
    rng : numpy.random.Generator
        Source of the masks.

    Attributes
    ----------
    fixed_mask : ndarray of shape (N, D) or None
        When set, training uses this 0/1 mask instead of a random one (still
        scaled by ``1 / (1 - ratio)``), so a gradient check sees one fixed
        function.
    """

    def __init__(self, ratio: float, rng: np.random.Generator) -> None:
        super().__init__()
        if not 0.0 <= ratio < 1.0:
            raise ValueError(f"The dropout ratio must be in [0, 1); got {ratio}.")
        self.ratio = float(ratio)
        self.rng = rng
        self.fixed_mask: np.ndarray | None = None
        self._train = False

    def _use_shape(self, shape):
        self._mask, self._y, self._dx = self._cached(shape, lambda: (
            np.empty(shape),  # _mask: M = [u >= ratio] / (1 - ratio), u uniform   (N, D)
            np.empty(shape),  # _y:    Y = X ⊙ M                                  (N, D)
            np.empty(shape),  # _dx:   dX = dY ⊙ M                                (N, D)
        ))  # fmt: skip

    def draw_mask(self, shape: tuple[int, int]) -> np.ndarray:
        """A fresh 0/1 keep-mask of ``shape`` from this layer's generator."""
        return (self.rng.random(shape) >= self.ratio).astype(np.float64)

    def forward(self, x, train=True):
        if not train or self.ratio == 0.0:
            self._train = False
            return x
        if x.shape != self._shape:
            self._use_shape(x.shape)
        self._train = True
        scale = 1.0 / (1.0 - self.ratio)
        mask = self._mask
        # M = [u >= ratio] / (1 - ratio)
        if self.fixed_mask is None:
            self.rng.random(out=mask)
            np.greater_equal(mask, self.ratio, out=mask)
        else:
            np.copyto(mask, self.fixed_mask)
        np.multiply(mask, scale, out=mask)
        y = self._y
        # Y = X ⊙ M
        np.multiply(x, mask, out=y)
        return y

    def backward(self, dout):
        if not self._train:
            return dout
        dx = self._dx
        # dX = dY ⊙ M
        np.multiply(dout, self._mask, out=dx)
        return dx


class BatchNorm(Layer):
    """Batch normalisation over the samples of a minibatch (the book's layer).

    Training normalises with the batch mean and variance and updates the
    running estimates ``running = momentum * running + (1 - momentum) * batch``;
    evaluation normalises with the running estimates, and backward after an
    evaluation forward treats them as the constants they are there.

    Parameters
    ----------
    gamma, beta : ndarray, shape (D,)
        Scale and shift, used live.
    dgamma, dbeta : ndarray, optional
        Where backward writes their gradients.
    momentum : float
        Weight of the old running estimate (the book's 0.9).
    eps : float
        Added to the variance before the square root (the book's 1e-6).
    """

    def __init__(
        self,
        gamma: np.ndarray,
        beta: np.ndarray,
        dgamma: np.ndarray | None = None,
        dbeta: np.ndarray | None = None,
        momentum: float = BATCHNORM_MOMENTUM,
        eps: float = BATCHNORM_EPS,
    ) -> None:
        super().__init__()
        self.gamma = gamma
        self.beta = beta
        self.dgamma = np.zeros_like(gamma) if dgamma is None else dgamma
        self.dbeta = np.zeros_like(beta) if dbeta is None else dbeta
        self.momentum = float(momentum)
        self.eps = float(eps)
        self.running_mean = np.zeros_like(gamma)
        # Variance 1 (not the book's 0) so an untrained network evaluates sanely.
        self.running_var = np.ones_like(gamma)
        self.params = {"gamma": gamma, "beta": beta}
        self.grads = {"gamma": self.dgamma, "beta": self.dbeta}
        # What backward needs from the last forward: X̂ (N, D), σ (D,) and the mode.
        self._xn: np.ndarray | None = None
        self._std: np.ndarray | None = None
        self._train = True

    def forward(self, x, train=True):
        if train:
            # μ, σ² of the batch; X̂ = (X - μ) / √(σ² + ε)
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc * xc, axis=0)
            std = np.sqrt(var + self.eps)
            xn = xc / std
            # running ← momentum · running + (1 - momentum) · batch
            m = self.momentum
            self.running_mean *= m
            self.running_mean += (1.0 - m) * mu
            self.running_var *= m
            self.running_var += (1.0 - m) * var
        else:
            # X̂ = (X - running mean) / √(running var + ε)
            std = np.sqrt(self.running_var + self.eps)
            xn = (x - self.running_mean) / std
        self._xn, self._std, self._train = xn, std, train
        # Y = γ ⊙ X̂ + β
        return self.gamma * xn + self.beta

    def backward(self, dout):
        xn, std = self._xn, self._std
        n = dout.shape[0]
        # dβ = Σ_n dY,  dγ = Σ_n X̂ ⊙ dY
        np.add.reduce(dout, axis=0, out=self.dbeta)
        np.add.reduce(xn * dout, axis=0, out=self.dgamma)
        dxn = self.gamma * dout
        if not self._train:
            # The statistics are constants here: dX = γ ⊙ dY / √(running var + ε).
            return dxn / std
        # The book's staged backward (engine/book/layers.py) collapsed into one line:
        # dX = (N dX̂ - Σ_n dX̂ - X̂ ⊙ Σ_n (dX̂ ⊙ X̂)) / (N σ),  dX̂ = γ ⊙ dY
        return (n * dxn - dxn.sum(axis=0) - xn * np.sum(dxn * xn, axis=0)) / (n * std)
