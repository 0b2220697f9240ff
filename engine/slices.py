"""The loss along one or two weights of a network, all others held fixed.

A network's loss is a function of every weight at once; a learner can only
look at it one or two weights at a time. A *slice* evaluates the loss while
one entry (or two) takes a range of values and everything else stays where
training left it: a curve for one weight, a contour map for two. The tangent
at the current value is the gradient entry backprop computes, and
:func:`train_selected` moves only the chosen entries, so its path can be drawn
on the 2-D slice and truly follows its contours.

The loss is the *training* loss, exactly what :meth:`Network.gradient`
differentiates and the optimiser descends: training mode on the given set
(batch norm uses the statistics of that set), **with** the weight penalty
(L1/L2) when the network has one. With dropout a random mask would make the
surface jitter, so each call draws one mask per dropout layer from
``default_rng(dropout_seed)`` and keeps it: a slice and a tangent with the same
seed see the same function.

Every function here puts the weights (and gradients, and batch-norm running
statistics) back exactly as they were, even when interrupted by an exception;
only :func:`train_selected` changes the network, on purpose.

An entry is ``(name, index)``: ``name`` a key of ``network.params`` and
``index`` a tuple with one int per axis (``("W1", (0, 1))``) or one int, the
flat row-major position (``("b2", 1)``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from engine.gradcheck import fixed_randomness
from engine.network import Network
from engine.optimizers import Optimizer

Index = int | tuple[int, ...]


def _entry(network: Network, name: str, index: Index) -> tuple[np.ndarray, int]:
    """(flat live view of the tensor, position of the entry in it)."""
    if name not in network.params:
        raise ValueError(f"The network has no parameter {name!r}; it has {', '.join(network.params)}.")
    tensor = network.params[name]
    if isinstance(index, int | np.integer) and not isinstance(index, bool):
        pos = int(index)
        if not 0 <= pos < tensor.size:
            raise ValueError(f"{name} has {tensor.size} entries; position {pos} is outside.")
    else:
        index = tuple(index)
        if len(index) != tensor.ndim or not all(0 <= int(i) < n for i, n in zip(index, tensor.shape, strict=True)):
            raise ValueError(f"{name} has shape {tensor.shape}; index {index} is outside.")
        pos = int(np.ravel_multi_index(tuple(int(i) for i in index), tensor.shape))
    flat = tensor.reshape(-1)
    if not np.may_share_memory(flat, network.params.flat):
        raise ValueError(f"{name} is not a live view of the network's weights.")
    return flat, pos


def _values(values, what: str) -> np.ndarray:
    v = np.asarray(values, dtype=np.float64)
    if v.ndim != 1 or v.size == 0 or not np.all(np.isfinite(v)):
        raise ValueError(f"{what} must be a non-empty 1-D array of finite numbers; got shape {v.shape}.")
    return v


@contextmanager
def _held(network: Network, x: np.ndarray, dropout_seed: int) -> Iterator[None]:
    """Fix dropout masks; on exit restore weights, gradients and statistics exactly."""
    params = network.params.flat.copy()
    grads = network.grads.flat.copy()
    try:
        with fixed_randomness(network, x.shape[0], np.random.default_rng(dropout_seed)):
            yield
    finally:
        np.copyto(network.params.flat, params)
        np.copyto(network.grads.flat, grads)


def loss_slice_1d(
    network: Network,
    x: np.ndarray,
    t: np.ndarray,
    name: str,
    index: Index,
    values,
    *,
    dropout_seed: int = 0,
) -> np.ndarray:
    """The training loss (with penalty) as entry ``name[index]`` takes each of ``values``.

    Parameters
    ----------
    network : Network
    x : ndarray, shape (N, n_inputs)
    t : ndarray, shape (N,) or (N, K)
    name, index
        The entry, e.g. ``"W1", (0, 1)``.
    values : array_like, shape (V,)

    Returns
    -------
    ndarray, shape (V,)
    """
    x, t = network._inputs(x), network._targets(t)
    flat, pos = _entry(network, name, index)
    values = _values(values, "values")
    out = np.empty(values.size)
    with _held(network, x, dropout_seed):
        for i, v in enumerate(values):
            flat[pos] = v
            out[i] = network.loss(x, t)
    return out


def loss_slice_2d(
    network: Network,
    x: np.ndarray,
    t: np.ndarray,
    entry_a: tuple[str, Index],
    entry_b: tuple[str, Index],
    values_a,
    values_b,
    *,
    dropout_seed: int = 0,
) -> np.ndarray:
    """The training loss (with penalty) over a grid of two entries' values.

    Parameters
    ----------
    entry_a, entry_b : (name, index)
        Two different entries.
    values_a : array_like, shape (Va,)
    values_b : array_like, shape (Vb,)

    Returns
    -------
    ndarray, shape (Vb, Va)
        ``out[j, i]`` is the loss at ``a = values_a[i]``, ``b = values_b[j]``:
        rows follow ``b``, as an image with ``a`` across and ``b`` up.
    """
    x, t = network._inputs(x), network._targets(t)
    flat_a, pos_a = _entry(network, *entry_a)
    flat_b, pos_b = _entry(network, *entry_b)
    if (entry_a[0], pos_a) == (entry_b[0], pos_b):
        raise ValueError(f"The two entries are the same weight ({entry_a[0]} {entry_a[1]}).")
    values_a, values_b = _values(values_a, "values_a"), _values(values_b, "values_b")
    out = np.empty((values_b.size, values_a.size))
    with _held(network, x, dropout_seed):
        for j, vb in enumerate(values_b):
            flat_b[pos_b] = vb
            for i, va in enumerate(values_a):
                flat_a[pos_a] = va
                out[j, i] = network.loss(x, t)
    return out


def tangent(
    network: Network, x: np.ndarray, t: np.ndarray, name: str, index: Index, *, dropout_seed: int = 0
) -> tuple[float, float]:
    """The loss and its slope along entry ``name[index]`` at the current weights.

    The slope is backprop's gradient entry, computed as :meth:`Network.gradient`
    does (training mode, penalty included), so the tangent line
    ``loss + slope * (w - w0)`` touches :func:`loss_slice_1d` at ``w0``.

    Returns
    -------
    (float, float)
        ``(loss, dL/dw)``.
    """
    x, t = network._inputs(x), network._targets(t)
    _, pos = _entry(network, name, index)
    grad_flat = network.grads[name].reshape(-1)
    with _held(network, x, dropout_seed):
        loss = network.loss(x, t)
        network.backward()
        slope = float(grad_flat[pos])
    return float(loss), slope


@dataclass(frozen=True, eq=False)
class SelectedTraining:
    """What :func:`train_selected` did.

    Attributes
    ----------
    path : ndarray, shape (steps_done + 1, S)
        The selected entries' values, in the order given: at the start, then
        after each update.
    losses : ndarray, shape (steps_done,)
        The minibatch loss (with penalty) at ``path[k]``, before update ``k + 1``.
    diverged : bool
        True when a minibatch loss was not finite: training stopped there and
        the selected entries went back to the last point with a finite loss
        (the end of ``path``). The optimiser's state is not rewound.
    """

    path: np.ndarray
    losses: np.ndarray
    diverged: bool


def train_selected(
    network: Network,
    optimizer: Optimizer,
    x: np.ndarray,
    t: np.ndarray,
    batch_size: int,
    rng: np.random.Generator,
    selected: Sequence[tuple[str, Index]],
    steps: int,
) -> SelectedTraining:
    """Train only the ``selected`` entries for ``steps`` minibatch updates.

    Minibatches are drawn as the Trainer draws them: a permutation from
    ``rng`` at the start of each pass, cut into consecutive batches of
    ``batch_size`` (the last one shorter). Each step computes every gradient,
    sets those of the other entries to zero, and lets ``optimizer`` update.

    A zero gradient alone does not hold an entry still when the optimiser
    carries state from earlier training: a Momentum or Nesterov velocity, or
    Adam's first moment, keeps moving a weight whose gradient is 0 (a rolling
    ball does not stop when the slope vanishes). So after each update the other
    entries are also written back to their values: they never move. Their
    optimiser state still evolves (velocities and moments decay towards 0,
    RMSprop's average decays, AdaGrad's sum stays; Adam's step counter advances
    for all), so resuming full training with the same optimiser is not the
    same as if these steps had not happened. Pass a fresh optimiser for a clean
    experiment: then the others' state stays exactly 0.

    With ``batch_size >= N`` and no dropout every step descends the very
    function :func:`loss_slice_2d` draws, so a 2-D path follows its contours;
    with smaller batches it follows each minibatch's contours, as SGD does.
    Dropout draws new masks every step, as in training, and batch norm's running
    statistics are updated, as in training.

    Returns
    -------
    SelectedTraining
    """
    x, t = network._inputs(x), network._targets(t)
    if isinstance(steps, bool) or not isinstance(steps, int | np.integer) or steps < 0:
        raise ValueError(f"The number of steps must be a whole number 0 or more; got {steps!r}.")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int | np.integer) or batch_size < 1:
        raise ValueError(f"The batch size must be a whole number of at least 1; got {batch_size!r}.")
    if len(selected) == 0:
        raise ValueError("Select at least one weight to train.")
    offsets = {n: s for n, s, _ in network.params.layout}
    where = []
    for name, index in selected:
        _, pos = _entry(network, name, index)
        where.append(offsets[name] + pos)
    where = np.array(where)
    if len(set(where.tolist())) != len(where):
        raise ValueError("The same weight is selected twice.")
    keep = np.ones(network.params.flat.size, dtype=bool)
    keep[where] = False
    held = network.params.flat.copy()
    pflat, gflat = network.params.flat, network.grads.flat
    n = x.shape[0]
    path = [pflat[where].copy()]
    losses = []
    perm, pos = None, n
    for _ in range(int(steps)):
        if pos >= n:
            perm, pos = rng.permutation(n), 0
        batch = perm[pos : pos + batch_size]
        pos += batch_size
        loss = network.loss(x[batch], t[batch])
        if not math.isfinite(loss):
            if len(path) > 1:
                path.pop()
                losses.pop()
                pflat[where] = path[-1]
            return SelectedTraining(np.array(path), np.array(losses), True)
        network.backward()
        gflat[keep] = 0.0
        optimizer.update(network.params, network.grads)
        np.copyto(pflat, held, where=keep)
        path.append(pflat[where].copy())
        losses.append(loss)
    return SelectedTraining(np.array(path), np.array(losses, dtype=np.float64), False)
