"""Activation layers ``y = h(a)`` and plain functions of them for plotting.

``ACTIVATIONS`` maps the names used in specs, menus and save files to layer
classes. Like every layer, these return buffers they own (see
:mod:`engine.layers`): copy a result you want to keep past the next call.
Each layer names its buffers in ``_use_shape`` and writes the formula above
every ``out=`` block; :mod:`engine.book.layers` has the book's plain versions.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from engine.layers import Layer

#: Slope of leaky ReLU for negative inputs.
LEAKY_SLOPE = 0.01


class Sigmoid(Layer):
    """Logistic sigmoid ``1 / (1 + exp(-a))``; ``dy/da = y (1 - y)``."""

    def _use_shape(self, shape):
        self._y, self._dx, self._tmp = self._cached(shape, lambda: (
            np.empty(shape),  # _y:   Y = σ(A)                 (N, D)
            np.empty(shape),  # _dx:  dA = dY ⊙ (1 - Y) ⊙ Y     (N, D)
            np.empty(shape),  # _tmp: (1 - Y) ⊙ Y = σ'(A)      (N, D)
        ))  # fmt: skip

    def forward(self, x, train=True):
        if x.shape != self._shape:
            self._use_shape(x.shape)
        y = self._y
        # Y = 1 / (1 + exp(-A)), written 0.5 tanh(A / 2) + 0.5: the same
        # function, without the overflow warning exp(-A) gives for A < -709.
        np.multiply(x, 0.5, out=y)
        np.tanh(y, out=y)
        np.multiply(y, 0.5, out=y)
        np.add(y, 0.5, out=y)
        return y

    def backward(self, dout):
        y, tmp, dx = self._y, self._tmp, self._dx
        # dA = dY ⊙ (1 - Y) ⊙ Y
        np.subtract(1.0, y, out=tmp)
        np.multiply(tmp, y, out=tmp)
        np.multiply(dout, tmp, out=dx)
        return dx


class Tanh(Layer):
    """Hyperbolic tangent; ``dy/da = 1 - y**2``."""

    def _use_shape(self, shape):
        self._y, self._dx, self._tmp = self._cached(shape, lambda: (
            np.empty(shape),  # _y:   Y = tanh(A)              (N, D)
            np.empty(shape),  # _dx:  dA = dY ⊙ (1 - Y²)        (N, D)
            np.empty(shape),  # _tmp: 1 - Y² = tanh'(A)        (N, D)
        ))  # fmt: skip

    def forward(self, x, train=True):
        if x.shape != self._shape:
            self._use_shape(x.shape)
        y = self._y
        # Y = tanh(A)
        np.tanh(x, out=y)
        return y

    def backward(self, dout):
        y, tmp, dx = self._y, self._tmp, self._dx
        # dA = dY ⊙ (1 - Y²)
        np.multiply(y, y, out=tmp)
        np.subtract(1.0, tmp, out=tmp)
        np.multiply(dout, tmp, out=dx)
        return dx


class ReLU(Layer):
    """Rectified linear unit ``max(a, 0)``; derivative 1 where ``a > 0`` else 0."""

    def _use_shape(self, shape):
        self._y, self._dx, self._mask = self._cached(shape, lambda: (
            np.empty(shape),  # _y:    Y = max(A, 0)            (N, D)
            np.empty(shape),  # _dx:   dA = dY ⊙ [A > 0]         (N, D)
            np.empty(shape),  # _mask: [A > 0] as 0.0 / 1.0     (N, D)
        ))  # fmt: skip

    def forward(self, x, train=True):
        if x.shape != self._shape:
            self._use_shape(x.shape)
        y = self._y
        # Y = max(A, 0)
        np.maximum(x, 0.0, out=y)
        return y

    def backward(self, dout):
        mask, dx = self._mask, self._dx
        # dA = dY ⊙ [A > 0]. sign(Y) is exactly 0 or 1 because Y >= 0, and a
        # float mask keeps the multiply on numpy's fast same-dtype loop (a bool
        # mask is 2x slower).
        np.sign(self._y, out=mask)
        np.multiply(dout, mask, out=dx)
        return dx


class LeakyReLU(Layer):
    """Leaky ReLU: ``a`` for ``a > 0``, else ``0.01 a``."""

    def _use_shape(self, shape):
        self._y, self._dx, self._slope = self._cached(shape, lambda: (
            np.empty(shape),  # _y:     Y = max(A, 0.01 A)                 (N, D)
            np.empty(shape),  # _dx:    dA = dY ⊙ h'(A)                    (N, D)
            np.empty(shape),  # _slope: h'(A) = 1 if A > 0 else 0.01       (N, D)
        ))  # fmt: skip

    def forward(self, x, train=True):
        if x.shape != self._shape:
            self._use_shape(x.shape)
        y = self._y
        # Y = max(A, 0.01 A): equals the piecewise form because the slope is below 1.
        np.multiply(x, LEAKY_SLOPE, out=y)
        np.maximum(x, y, out=y)
        return y

    def backward(self, dout):
        slope, dx = self._slope, self._dx
        # h'(A) = 0.01 + 0.99 [A > 0];  dA = dY ⊙ h'(A)
        np.greater(self._y, 0.0, out=slope)
        np.multiply(slope, 1.0 - LEAKY_SLOPE, out=slope)
        np.add(slope, LEAKY_SLOPE, out=slope)
        np.multiply(dout, slope, out=dx)
        return dx


class Identity(Layer):
    """The "linear" activation ``y = a``; passes arrays through untouched."""

    def forward(self, x, train=True):
        return x

    def backward(self, dout):
        return dout


class Step(Layer):
    """Step function ``1 if a > 0 else 0`` (the perceptron's activation).

    Its derivative is 0 almost everywhere, so backward returns zeros: a network
    of step units cannot learn by gradient descent, which is the lesson.
    """

    def _use_shape(self, shape):
        self._y, self._dx = self._cached(shape, lambda: (
            np.empty(shape),  # _y:  Y = [A > 0]          (N, D)
            np.zeros(shape),  # _dx: dA = 0, never written (N, D)
        ))  # fmt: skip

    def forward(self, x, train=True):
        if x.shape != self._shape:
            self._use_shape(x.shape)
        y = self._y
        # Y = [A > 0]
        np.greater(x, 0.0, out=y)
        return y

    def backward(self, dout):
        return self._dx


ACTIVATIONS: dict[str, type[Layer]] = {
    "sigmoid": Sigmoid,
    "tanh": Tanh,
    "relu": ReLU,
    "leaky_relu": LeakyReLU,
    "linear": Identity,
    "step": Step,
}


def _sigmoid(a):
    return 0.5 * np.tanh(0.5 * a) + 0.5


_FUNCTIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda a: np.maximum(a, 0.0),
    "leaky_relu": lambda a: np.where(a > 0, a, LEAKY_SLOPE * a),
    "linear": lambda a: np.array(a, dtype=np.float64),
    "step": lambda a: (np.asarray(a) > 0).astype(np.float64),
}

_DERIVATIVES: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "sigmoid": lambda a: _sigmoid(a) * (1.0 - _sigmoid(a)),
    "tanh": lambda a: 1.0 - np.tanh(a) ** 2,
    "relu": lambda a: (np.asarray(a) > 0).astype(np.float64),
    "leaky_relu": lambda a: np.where(np.asarray(a) > 0, 1.0, LEAKY_SLOPE),
    "linear": lambda a: np.ones_like(a, dtype=np.float64),
    "step": lambda a: np.zeros_like(a, dtype=np.float64),
}


def _check(name: str) -> None:
    if name not in ACTIVATIONS:
        known = ", ".join(ACTIVATIONS)
        raise ValueError(f"Unknown activation {name!r}; choose one of {known}.")


def activation_function(name: str) -> Callable[[np.ndarray], np.ndarray]:
    """``h`` itself as a plain function returning a new array (for plots).

    Examples
    --------
    >>> activation_function("relu")(np.array([-1.0, 2.0]))
    array([0., 2.])
    """
    _check(name)
    return _FUNCTIONS[name]


def activation_derivative(name: str) -> Callable[[np.ndarray], np.ndarray]:
    """``dh/da`` as a plain function of ``a`` (0 at the kinks of relu and step)."""
    _check(name)
    return _DERIVATIVES[name]
