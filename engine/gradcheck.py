"""Gradient checking: central differences against backpropagation.

The book's advice, followed here: compare with a *relative* error, use a
batch of more than one sample (with one sample, batch norm makes every
upstream gradient exactly 0 and the check passes trivially), and keep inputs
away from the kinks of ReLU and step, where the numerical derivative is wrong.

In float64 with the book's ``h = 1e-4`` the central difference is accurate to
about ``h**2`` times the third derivative: a correct backward pass shows
relative errors of 1e-8 to 1e-11, and anything above 1e-6 means a bug. Batch
norm on a small batch is strongly curved (errors near 3e-7 at ``h = 1e-4``);
``h = 1e-5`` brings those to 1e-9 while roundoff (about 1e-16 / h) stays small.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from engine.layers import Layer
from engine.network import Network

#: See :func:`gradient_check`: tensors are compared on at least this fraction
#: of the whole gradient's norm.
TENSOR_FLOOR = 1e-3


def relative_error(a: np.ndarray, b: np.ndarray, floor: float = 1e-8) -> float:
    """``|a - b| / max(|a| + |b|, floor)`` with Euclidean norms.

    The floor (the usual 1e-8) keeps gradients that are exactly zero in theory
    from reporting roundoff as a 100 % error: the bias before batch norm, whose
    backprop gradient comes out as 1e-16 noise while the numerical one is 0.
    """
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    denom = max(float(np.linalg.norm(a) + np.linalg.norm(b)), floor)
    return float(np.linalg.norm(a - b)) / denom


def numerical_gradient(f: Callable[[], float], x: np.ndarray, h: float = 1e-4) -> np.ndarray:
    """Central-difference gradient of ``f()`` with respect to ``x``.

    ``x`` is perturbed in place, one element at a time, and restored exactly;
    ``f`` must read ``x`` live. Returns an array shaped like ``x``.
    """
    grad = np.zeros(x.shape)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    if not np.may_share_memory(flat, x):
        raise ValueError("numerical_gradient needs a contiguous array it can perturb in place.")
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        f_plus = f()
        flat[i] = old - h
        f_minus = f()
        flat[i] = old
        gflat[i] = (f_plus - f_minus) / (2.0 * h)
    return grad


def gradient_check(network: Network, x: np.ndarray, t: np.ndarray, h: float = 1e-4) -> dict[str, float]:
    """Relative error between numerical and backprop gradients, per parameter.

    The loss is the training-mode loss (batch statistics, weight penalty
    included). Dropout layers without a ``fixed_mask`` get a random one for the
    duration of the check so the function being differentiated stays fixed;
    batch-norm running statistics are restored afterwards.

    Parameters
    ----------
    network : Network
    x : ndarray, shape (N, n_inputs)
        Use N > 1.
    t : ndarray, shape (N,) or (N, K)
    h : float
        Step of the central difference.

    Returns
    -------
    dict
        Parameter name -> relative error (see :func:`relative_error`). A
        tensor whose gradient is tiny next to the whole gradient is measured
        against ``TENSOR_FLOOR`` times the whole gradient's norm instead of its
        own: the bias before batch norm has a true gradient of exactly 0, and
        its numerical gradient is pure roundoff (about 1e-16 * loss / h).
    """
    x = np.asarray(x, dtype=np.float64)
    t = network._targets(t)
    saved_buffers = network.get_buffers()
    fixed = []
    for layer in network.dropouts:
        if layer.fixed_mask is None:
            fixed.append(layer)
    try:
        for layer in fixed:
            shape = (x.shape[0], _width_before(network, layer))
            layer.fixed_mask = layer.draw_mask(shape)
        analytic = network.gradient(x, t)
        numeric = {
            name: numerical_gradient(lambda: network.loss(x, t), p, h)
            for name, p in network.params.items()
        }
        total = sum(float(np.linalg.norm(numeric[k]) + np.linalg.norm(analytic[k])) for k in numeric)
        floor = max(1e-8, TENSOR_FLOOR * total)
        return {k: relative_error(numeric[k], analytic[k], floor) for k in numeric}
    finally:
        for layer in fixed:
            layer.fixed_mask = None
        network.set_buffers(saved_buffers)


def _width_before(network: Network, layer: Layer) -> int:
    """Number of units a Dropout layer sees: the size of the preceding Affine."""
    width = network.spec.n_inputs
    for other in network.layers:
        if other is layer:
            return width
        if hasattr(other, "W"):
            width = other.W.shape[1]
    raise ValueError("The layer is not part of this network.")


def layer_gradient_check(
    layer: Layer, x: np.ndarray, rng: np.random.Generator, h: float = 1e-4, train: bool = True
) -> dict[str, float]:
    """Check one layer's backward against central differences.

    Uses the scalar ``L = sum(forward(x) * G)`` for a fixed random ``G``, whose
    gradient with respect to the output is ``G``.

    Returns
    -------
    dict
        ``"x"`` (the input gradient, when backward returns one) and each name
        in ``layer.params`` -> relative error.
    """
    x = np.array(x, dtype=np.float64)
    y = layer.forward(x, train)
    g = rng.standard_normal(y.shape)

    def loss() -> float:
        return float(np.sum(layer.forward(x, train) * g))

    layer.forward(x, train)
    dx = layer.backward(g)
    dx = None if dx is None else dx.copy()
    analytic = {k: v.copy() for k, v in layer.grads.items()}
    errors = {}
    if dx is not None:
        errors["x"] = relative_error(numerical_gradient(loss, x, h), dx)
    for name, p in layer.params.items():
        errors[name] = relative_error(numerical_gradient(loss, p, h), analytic[name])
    return errors
