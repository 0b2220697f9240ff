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

:func:`gradient_check` checks every entry of a network in place (for tests);
:func:`check_gradients` is the GUI's check: on a copy of the network, a random
sample of each large tensor, with progress and cancellation, and a
:class:`GradientReport` of plain values that can cross a process pipe.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

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
    with fixed_randomness(network, x.shape[0]):
        analytic = network.gradient(x, t)
        numeric = {
            name: numerical_gradient(lambda: network.loss(x, t), p, h)
            for name, p in network.params.items()
        }
    total = sum(float(np.linalg.norm(numeric[k]) + np.linalg.norm(analytic[k])) for k in numeric)
    floor = max(1e-8, TENSOR_FLOOR * total)
    return {k: relative_error(numeric[k], analytic[k], floor) for k in numeric}


@contextmanager
def fixed_randomness(
    network: Network, n_samples: int, rng: np.random.Generator | None = None
) -> Iterator[None]:
    """Make the training-mode loss one fixed function of the weights, for a while.

    Inside, every Dropout layer without a ``fixed_mask`` uses one mask for
    ``n_samples`` rows, drawn from ``rng`` (or, when None, from the layer's own
    generator); on exit the masks are cleared and the batch-norm running
    statistics (which training-mode passes update) are put back.
    """
    saved_buffers = network.get_buffers()
    fixed = [layer for layer in network.dropouts if layer.fixed_mask is None]
    try:
        for layer in fixed:
            shape = (n_samples, _width_before(network, layer))
            layer.fixed_mask = layer.draw_mask(shape) if rng is None else (
                rng.random(shape) >= layer.ratio
            ).astype(np.float64)
        yield
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


# -- the GUI's check ------------------------------------------------------------------


@dataclass(frozen=True)
class TensorCheck:
    """The check of one parameter tensor.

    Attributes
    ----------
    name : str
        ``"W1"``, ``"b1"``, ``"gamma1"``, ...
    shape : tuple of int
    checked : int
        Entries compared (all of them, or a random sample of ``max_per_tensor``).
    relative_error : float
        :func:`relative_error` of the numerical and backprop gradients over the
        checked entries (see :func:`check_gradients` for the floor).
    passed : bool
        ``relative_error <= threshold``.
    worst_index : tuple of int
        The checked entry where the two gradients differ most, e.g. ``(0, 3)``.
    worst_numerical, worst_backprop : float
        The two gradients at ``worst_index``, to show side by side.
    """

    name: str
    shape: tuple[int, ...]
    checked: int
    relative_error: float
    passed: bool
    worst_index: tuple[int, ...]
    worst_numerical: float
    worst_backprop: float


@dataclass(frozen=True)
class GradientReport:
    """What :func:`check_gradients` found, tensor by tensor in parameter order.

    Attributes
    ----------
    tensors : tuple of TensorCheck
        The tensors finished (all of them unless cancelled).
    threshold, h : float
        The pass mark and the central-difference step used.
    cancelled : bool
        True when the check stopped early; ``tensors`` then holds those done.
    """

    tensors: tuple[TensorCheck, ...]
    threshold: float
    h: float
    cancelled: bool

    @property
    def passed(self) -> bool:
        """Every tensor checked and within the threshold."""
        return not self.cancelled and all(c.passed for c in self.tensors)


def copy_network(network: Network) -> Network:
    """An independent network with the same class, spec, weights, statistics and penalty.

    ``type(network)(network.spec)`` builds it, so a subclass (a test double with
    a broken backward) is copied with its behaviour.
    """
    copy = type(network)(network.spec)
    copy.set_params(network.get_params())
    copy.set_buffers(network.get_buffers())
    copy.regularization = network.regularization
    copy.reg_rate = network.reg_rate
    return copy


def check_gradients(
    network: Network,
    x: np.ndarray,
    t: np.ndarray,
    rng: np.random.Generator,
    *,
    max_per_tensor: int = 200,
    threshold: float = 1e-5,
    h: float = 1e-4,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> GradientReport:
    """Compare central differences with backprop on a copy of ``network``.

    The live network is never touched: the check builds :func:`copy_network`
    and perturbs that. The function differentiated is the training-mode loss
    on ``(x, t)`` with the weight penalty; dropout masks are drawn once from
    ``rng`` and kept for the whole check (:func:`fixed_randomness`).

    Each checked entry costs two loss evaluations. Tensors with more than
    ``max_per_tensor`` entries are checked on a random sample of that many
    (from ``rng``). The relative error of a tensor uses the floor
    ``TENSOR_FLOOR * 2 * Σ‖backprop gradient‖`` over all tensors, so a tensor
    whose true gradient is 0 (the bias before batch norm) does not fail on
    roundoff.

    Parameters
    ----------
    network : Network
    x : ndarray, shape (N, n_inputs)
        A minibatch, N > 1 (with N = 1 batch norm passes trivially).
    t : ndarray, shape (N,) or (N, K)
    rng : numpy.random.Generator
        Chooses the sampled entries and the dropout masks.
    max_per_tensor : int
        At least 1.
    threshold : float
        A tensor passes when its relative error is at most this. Measured in
        float64 with h = 1e-4: a correct backward pass gives 1e-8 to 1e-11
        (tanh, sigmoid, ReLU, dropout, L1/L2); batch norm on batches of 4-30
        up to 3e-6 (strong curvature); a broken one 1e-3 and more. A ReLU
        pre-activation within about h of 0 (a kink) makes the *numerical*
        derivative wrong, 1e-2 for its tensor: a false alarm the book warns
        about, which a smaller h or another minibatch removes.
    h : float
    progress : callable(done, total), optional
        Called with ``(0, total)`` first, then after every checked entry;
        ``total`` is the number of entries to check.
    cancelled : callable() -> bool, optional
        Asked before every entry; True stops the check.

    Returns
    -------
    GradientReport
    """
    copy = copy_network(network)
    results: list[TensorCheck] = []
    job = check_gradients_stepwise(copy, x, t, rng, max_per_tensor=max_per_tensor,
                                   threshold=threshold, h=h, results=results)
    try:
        while True:
            done, total = next(job)
            if progress is not None:
                progress(done, total)
            if cancelled is not None and done < total and cancelled():
                return GradientReport(tuple(results), threshold, h, True)
    except StopIteration as finished:
        return finished.value


def check_gradients_stepwise(
    copy: Network,
    x: np.ndarray,
    t: np.ndarray,
    rng: np.random.Generator,
    *,
    max_per_tensor: int = 200,
    threshold: float = 1e-5,
    h: float = 1e-4,
    results: list | None = None,
):
    """:func:`check_gradients` one entry at a time, for callers that share their time.

    ``copy`` is perturbed while it runs (pass a copy). Yields ``(done, total)``
    first with ``done = 0``, then after every checked entry; returns the
    :class:`GradientReport`. Each finished tensor is appended to ``results``
    too (when given), so a caller that stops early keeps what was checked.
    """
    if isinstance(max_per_tensor, bool) or not isinstance(max_per_tensor, int) or max_per_tensor < 1:
        raise ValueError(f"max_per_tensor must be a whole number of at least 1; got {max_per_tensor!r}.")
    results = [] if results is None else results
    x = copy._inputs(x)
    t = copy._targets(t)
    names = list(copy.params)
    chosen = {}
    for name in names:
        size = copy.params[name].size
        chosen[name] = (
            np.arange(size) if size <= max_per_tensor
            else np.sort(rng.choice(size, max_per_tensor, replace=False))
        )
    total = sum(len(c) for c in chosen.values())
    done = 0
    yield 0, total
    with fixed_randomness(copy, x.shape[0], rng):
        analytic = copy.gradient(x, t)
        floor = max(1e-8, TENSOR_FLOOR * 2.0 * sum(float(np.linalg.norm(g)) for g in analytic.values()))
        for name in names:
            flat = copy.params[name].reshape(-1)  # a view: perturbing it changes the network
            numeric = np.empty(len(chosen[name]))
            for j, i in enumerate(chosen[name]):
                old = flat[i]
                flat[i] = old + h
                f_plus = copy.loss(x, t)
                flat[i] = old - h
                f_minus = copy.loss(x, t)
                flat[i] = old
                numeric[j] = (f_plus - f_minus) / (2.0 * h)
                done += 1
                if j < len(chosen[name]) - 1:
                    yield done, total
            backprop = analytic[name].reshape(-1)[chosen[name]]
            err = relative_error(numeric, backprop, floor)
            shape = tuple(copy.params[name].shape)
            worst = int(np.argmax(np.abs(numeric - backprop)))
            index = tuple(int(i) for i in np.unravel_index(chosen[name][worst], shape))
            results.append(TensorCheck(
                name, shape, len(chosen[name]), err, bool(err <= threshold),
                index, float(numeric[worst]), float(backprop[worst]),
            ))  # fmt: skip
            yield done, total  # a tensor's last entry: after its result is kept
    return GradientReport(tuple(results), threshold, h, False)
