"""Probe ``loss_contours`` (a job, on demand): the loss over two weights, all others fixed.

For the descent view's second weight. The loss is the one of
:mod:`playground.probes.loss_slice`: the training loss on the whole training
set, training mode, with the weight penalty when regularisation is on. A
``GRID × GRID`` slice around the two current values costs ``GRID²`` full-set
losses (2 500 for 50 × 50), so it runs as a job: one row per slice of the
worker's time, with progress, cancelled when the view drops the request. A
very big network gets a coarser grid (at least ``MIN_GRID`` a side), so the job
costs about ``BUDGET_SECONDS`` at most.

With ``train_only`` it first trains **only these two weights** on a copy of the
network, from the current weights: ``steps`` updates (default 100) of a fresh optimiser
of the live kind with the view's η, each on the whole training set
(:func:`engine.slices.train_selected` with ``batch_size = N``). Every step then
descends the very function the contours draw, so the path follows them. The
grid is widened to hold the whole path.

The network is copied when the job starts: training may go on meanwhile; the
result says at which step it was taken.

Parameters: ``{"a": ["W1", [0, 1]], "b": ["b1", [1]], "lr": 0.03,
"train_only": false, "steps": 100, "run": 0}`` (``run`` changes to ask again).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from engine.gradcheck import copy_network
from engine.optimizers import make_optimizer, optimizer_key
from engine.slices import loss_slice_2d, tangent, train_selected
from playground.probes.loss_slice import DROPOUT_SEED, check_entry

#: Computed once per request: the view asks again (new ``run``) to recompute.
ON_DEMAND = True
#: Samples along each weight ...
GRID = 50
#: ... fewer when the grid would cost more than BUDGET_SECONDS, never fewer than MIN_GRID.
BUDGET_SECONDS = 8.0
MIN_GRID = 20
#: Updates of the two weights drawn as the path (default; at most MAX_PATH_STEPS) ...
PATH_STEPS = 100
MAX_PATH_STEPS = 5000
#: ... run a few at a time, so the job hands the worker back its time about this often.
YIELD_SECONDS = 0.008
MAX_CHUNK = 50
#: The grid spans at least ± this around the current values ...
MIN_HALF_WIDTH = 1.0
#: ... and holds the path with this margin, up to ± MAX_HALF_WIDTH.
PATH_MARGIN = 1.15
MAX_HALF_WIDTH = 1000.0


@dataclass(frozen=True, eq=False)
class LossContours:
    """The loss over a grid of two entries' values.

    ``losses[j, i]`` is the loss at ``a = values_a[i]``, ``b = values_b[j]``
    (rows follow b). ``path`` (K + 1, 2) holds (a, b) from the start after each
    update when only these two were trained, else None; ``diverged`` when that
    training hit a non-finite loss. ``gradient`` is (∂L/∂a, ∂L/∂b) at the start.
    """

    a: tuple[str, tuple[int, ...]]
    b: tuple[str, tuple[int, ...]]
    a0: float
    b0: float
    loss0: float
    gradient: tuple[float, float]
    values_a: np.ndarray
    values_b: np.ndarray
    losses: np.ndarray
    path: np.ndarray | None
    diverged: bool
    optimizer: str
    lr: float
    n_points: int
    step_count: int


def _entry(network, value) -> tuple[str, tuple[int, ...]]:
    name, index = value
    return str(name), check_entry(network, str(name), index)


def compute(session, params: dict):
    live_net = session.network
    a, b = _entry(live_net, params["a"]), _entry(live_net, params["b"])
    if a == b:
        raise ValueError("the two weights are the same")
    live = session.trainer.optimizer
    lr = live.lr if params.get("lr") is None else float(params["lr"])
    hyper = {k: getattr(live, k) for k in live.defaults if k != "lr"}
    make_optimizer(optimizer_key(live), lr, **hyper)  # refuse a bad η now, not in the job
    # Copies now: training may go on while the job runs.
    network = copy_network(live_net)
    steps = min(MAX_PATH_STEPS, max(1, int(params.get("steps", PATH_STEPS))))
    return _job(network, session.x_train, session.t_train, a, b, lr, optimizer_key(live), hyper,
                steps if params.get("train_only") else 0, int(params.get("grid", GRID)),
                int(session.trainer.step_count))


def _job(network, x, t, a, b, lr, optimizer, hyper, steps, grid, step_count):
    """Progress counts the path's updates, then the grid's rows."""
    total = steps + grid
    yield 0, total
    a0 = float(network.params[a[0]][a[1]])
    b0 = float(network.params[b[0]][b[1]])
    path, diverged = None, False
    if steps:
        walker = copy_network(network)
        opt = make_optimizer(optimizer, lr, **hyper)
        rng = np.random.default_rng(0)
        pieces = [np.array([[a0, b0]])]
        done, chunk = 0, 1  # the first update alone, to learn how long one takes
        with np.errstate(over="ignore", invalid="ignore"):
            while done < steps and not diverged:
                started = time.perf_counter()
                run = train_selected(walker, opt, x, t, len(x), rng, [a, b],
                                     min(chunk, steps - done))
                pieces.append(run.path[1:])
                diverged = run.diverged
                done += len(run.path) - 1 if not diverged else chunk
                per_step = (time.perf_counter() - started) / max(1, len(run.path) - 1)
                chunk = int(min(MAX_CHUNK, max(1, YIELD_SECONDS / max(per_step, 1e-9))))
                yield min(done, steps), total
        path = np.concatenate(pieces)
    half_a = half_b = MIN_HALF_WIDTH
    if path is not None:
        finite = path[np.isfinite(path).all(axis=1)]
        half_a = max(half_a, PATH_MARGIN * float(np.abs(finite[:, 0] - a0).max()))
        half_b = max(half_b, PATH_MARGIN * float(np.abs(finite[:, 1] - b0).max()))
    half_a, half_b = min(half_a, MAX_HALF_WIDTH), min(half_b, MAX_HALF_WIDTH)
    with np.errstate(over="ignore", invalid="ignore"):
        started = time.perf_counter()
        loss0, ga = tangent(network, x, t, *a, dropout_seed=DROPOUT_SEED)
        per_loss = (time.perf_counter() - started) / 2.0  # a forward and a backward
        _, gb = tangent(network, x, t, *b, dropout_seed=DROPOUT_SEED)
        # A very big network gets a coarser grid, so the job ends within the budget.
        affordable = int(math.sqrt(BUDGET_SECONDS / max(per_loss, 1e-9)))
        grid = max(MIN_GRID, min(grid, affordable))
        total = steps + grid
        yield steps, total
        values_a = a0 + np.linspace(-half_a, half_a, grid)
        values_b = b0 + np.linspace(-half_b, half_b, grid)
        losses = np.empty((grid, grid))
        cols = int(max(1, YIELD_SECONDS / max(per_loss, 1e-9)))  # a big network: part rows
        for j, vb in enumerate(values_b):
            for i in range(0, grid, cols):
                losses[j, i:i + cols] = loss_slice_2d(network, x, t, a, b, values_a[i:i + cols],
                                                      [vb], dropout_seed=DROPOUT_SEED)[0]
                yield steps + j + (i + cols >= grid), total
    return LossContours(
        a=a, b=b, a0=a0, b0=b0, loss0=float(loss0), gradient=(float(ga), float(gb)),
        values_a=values_a, values_b=values_b, losses=losses, path=path,
        diverged=diverged or (path is not None and not math.isfinite(float(path[-1].sum()))),
        optimizer=optimizer, lr=float(lr), n_points=int(len(x)), step_count=step_count,
    )
