"""Probe ``loss_slice``: the loss along one weight, its tangent, and the optimiser's next step.

For the descent view (``playground/views/descent/descent_view.py``). Which loss, exactly:
the **training loss on the whole training set** (every training point, not a
minibatch), in training mode, **with** the weight penalty (½λΣW² or λΣ|W|)
when regularisation is on: the function :meth:`Network.gradient`
differentiates and :mod:`engine.slices` slices. With dropout, one mask
(``default_rng(DROPOUT_SEED)``) is kept for the slice, the tangent and the step,
so all three see the same function.

* the slice: that loss while the chosen entry takes ``POINTS`` values around its
  current one, every other weight held where training left it;
* the tangent: ``(L, ∂L/∂w)`` at the current value (:func:`engine.slices.tangent`);
* the step: what the live optimiser would do to this weight in its next update if
  its gradient were this full-set gradient. A copy of the network and of the
  optimiser (settings, state, iteration count; η replaced by the view's) makes
  one update and the change of this entry is read off. For SGD that is
  ``−η·∂L/∂w``; for the others it includes their memory (velocity, squared-gradient
  averages, moments).

It runs as a job (the probe returns a generator): a small network's slice
takes a few milliseconds, but 121 full-set losses of a 10 × 64 network on 450
points would hold the worker for a second. The network and the optimiser are
copied when the job starts, since training goes on between its slices; a big
network gets fewer samples (at least ``MIN_POINTS``), so one slice costs about
``BUDGET_SECONDS`` of the worker's time.

Parameters: ``{"name": "W1", "index": [0, 1], "lr": 0.03, "points": 121}``
(``lr`` None: the live optimiser's).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from engine.gradcheck import copy_network, fixed_randomness
from engine.optimizers import Optimizer, optimizer_key
from engine.slices import loss_slice_1d, tangent

#: While training runs, redraw the curve at most this often (at once after a step or edit).
REFRESH_HZ = 3.0
#: Samples along the weight (odd: the middle one is the current value) ...
POINTS = 121
#: ... fewer when that would cost more than BUDGET_SECONDS, but never fewer than MIN_POINTS.
BUDGET_SECONDS = 0.1
MIN_POINTS = 41
#: The job hands the worker back its time about this often.
YIELD_SECONDS = 0.005
#: The slice spans at least ± this around the current value ...
MIN_HALF_WIDTH = 1.0
#: ... and at least this many times the step, so the landing point is on the plot ...
STEP_MARGIN = 1.5
#: ... but never more than ± this (a weight may be set to at most ±1000 anyway).
MAX_HALF_WIDTH = 1000.0
#: Seed of the fixed dropout mask shared by slice, tangent and step.
DROPOUT_SEED = 0


@dataclass(frozen=True, eq=False)
class OptimizerStep:
    """The live optimiser's next update of one entry, computed on copies.

    Attributes
    ----------
    optimizer : str
        Key of :data:`engine.optimizers.OPTIMIZERS` (``"sgd"``, ``"adam"`` …).
    lr : float
        The η used.
    hyper : tuple of (str, float)
        Its other settings (momentum, decay, beta1 …).
    iterations : int
        Updates the live optimiser has made so far (Adam's bias correction uses it).
    state : tuple of (str, float)
        Its memory for this entry before the step, e.g. ``(("v", 0.01),)``.
    state_after : tuple of (str, float)
        The same after the step.
    delta : float
        The change of the entry: the arrow.
    """

    optimizer: str
    lr: float
    hyper: tuple[tuple[str, float], ...]
    iterations: int
    state: tuple[tuple[str, float], ...]
    state_after: tuple[tuple[str, float], ...]
    delta: float


@dataclass(frozen=True, eq=False)
class LossSlice:
    """The loss along one entry, the tangent at its value and the next step.

    ``values`` (V,) and ``losses`` (V,) are the curve; ``w0``, ``loss0``,
    ``slope`` the tangent; ``step`` the arrow, landing at ``w0 + step.delta``
    where the loss (others fixed) is ``loss_after`` with slope ``slope_after``.
    ``n_points`` training points; ``regularization`` and ``reg_rate`` say whether
    the penalty is in the loss; ``loss_name`` is the output loss's key.
    """

    name: str
    index: tuple[int, ...]
    values: np.ndarray
    losses: np.ndarray
    w0: float
    loss0: float
    slope: float
    step: OptimizerStep
    loss_after: float
    slope_after: float
    n_points: int
    loss_name: str
    regularization: str
    reg_rate: float
    dropout: bool
    batchnorm: bool
    step_count: int


def copy_optimizer(optimizer: Optimizer, params, lr: float | None = None) -> Optimizer:
    """A new optimiser of the same kind and settings, bound to ``params``, with its state."""
    copy = type(optimizer)(**{k: getattr(optimizer, k) for k in optimizer.defaults})
    copy.bind(params)
    copy.load_state_dict(optimizer.state_dict())
    if lr is not None:
        copy.lr = lr
    return copy


def _entry_state(optimizer: Optimizer, name: str, index: tuple[int, ...]) -> tuple:
    state = optimizer.state_dict()
    return tuple((slot, float(np.asarray(state[f"{slot}.{name}"])[index]))
                 for slot in optimizer.slots if f"{slot}.{name}" in state)


def next_step(network, optimizer: Optimizer, x, t, name: str, index: tuple[int, ...],
              lr: float) -> OptimizerStep:
    """One update of copies of ``network`` and ``optimizer`` with the full-set gradient."""
    copy = copy_network(network)
    opt = copy_optimizer(optimizer, copy.params, lr)
    before = _entry_state(opt, name, index)
    w0 = float(copy.params[name][index])
    with fixed_randomness(copy, len(x), np.random.default_rng(DROPOUT_SEED)):
        copy.loss(x, t)
        copy.backward()
        with np.errstate(over="ignore", invalid="ignore"):
            opt.update(copy.params, copy.grads)
    hyper = tuple((k, float(getattr(opt, k))) for k in opt.defaults if k != "lr")
    return OptimizerStep(
        optimizer=optimizer_key(optimizer), lr=float(lr), hyper=hyper,
        iterations=int(optimizer.iterations), state=before,
        state_after=_entry_state(opt, name, index),
        delta=float(copy.params[name][index]) - w0,
    )


def check_entry(network, name: str, index) -> tuple[int, ...]:
    """``index`` as a tuple that lies inside ``network.params[name]``; ValueError if not."""
    if name not in network.params:
        raise ValueError(f"the network has no parameter {name!r}")
    index = tuple(int(i) for i in index)
    shape = network.params[name].shape
    if len(index) != len(shape) or not all(0 <= i < n for i, n in zip(index, shape, strict=True)):
        raise ValueError(f"{name}{list(index)} is outside its shape {shape}")
    return index


def compute(session, params: dict):
    """Check the request, copy what moves, and return the job that computes the slice."""
    live_net = session.network
    name = str(params["name"])
    index = check_entry(live_net, name, params["index"])
    live = session.trainer.optimizer
    lr = live.lr if params.get("lr") is None else float(params["lr"])
    # Copies now: training goes on between the job's slices.
    network = copy_network(live_net)
    optimizer = copy_optimizer(live, network.params, lr)  # refuses a bad η here
    return _job(network, optimizer, session.x_train, session.t_train, name, index,
                int(params.get("points", POINTS)), int(session.trainer.step_count))


def _job(network, optimizer, x, t, name, index, points, step_count):
    w0 = float(network.params[name][index])
    yield 0, 4
    with np.errstate(over="ignore", invalid="ignore"):
        started = time.perf_counter()
        loss0, slope = tangent(network, x, t, name, index, dropout_seed=DROPOUT_SEED)
        per_loss = (time.perf_counter() - started) / 2.0  # a forward and a backward
        yield 1, 4
        step = next_step(network, optimizer, x, t, name, index, optimizer.lr)
        delta = step.delta
        half = MIN_HALF_WIDTH
        if math.isfinite(delta):
            half = min(MAX_HALF_WIDTH, max(half, STEP_MARGIN * abs(delta)))
        # A big network on many points gets fewer samples (never under MIN_POINTS).
        affordable = int(BUDGET_SECONDS / max(per_loss, 1e-9)) | 1
        points = max(MIN_POINTS, min(points, affordable))
        total = points + 3
        yield 2, total
        values = w0 + np.linspace(-half, half, points)
        losses = np.empty(points)
        last = time.perf_counter()
        for k, value in enumerate(values):
            losses[k] = loss_slice_1d(network, x, t, name, index, [value],
                                      dropout_seed=DROPOUT_SEED)[0]
            if time.perf_counter() - last > YIELD_SECONDS:
                yield 2 + k + 1, total
                last = time.perf_counter()
        loss_after = slope_after = math.nan
        if math.isfinite(w0 + delta):
            landed = copy_network(network)
            landed.params[name][index] = w0 + delta
            loss_after, slope_after = tangent(landed, x, t, name, index,
                                              dropout_seed=DROPOUT_SEED)
    yield total, total
    spec = network.spec
    return LossSlice(
        name=name, index=index, values=values, losses=losses, w0=w0, loss0=float(loss0),
        slope=float(slope), step=step, loss_after=float(loss_after),
        slope_after=float(slope_after), n_points=int(len(x)), loss_name=spec.output,
        regularization=network.regularization, reg_rate=float(network.reg_rate),
        dropout=bool(spec.dropout), batchnorm=bool(spec.batchnorm), step_count=step_count,
    )
