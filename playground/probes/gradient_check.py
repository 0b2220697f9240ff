"""Probe ``gradient_check`` (a job, on demand): central differences against backprop.

For the gradient-check view. The check of :func:`engine.gradcheck.check_gradients`,
step for step (same copy of the network, same sampling from the same generator,
same relative error and floor, same :class:`~engine.gradcheck.GradientReport`),
written as a generator so the worker can run it in slices between training
and the view can show progress and cancel it (dropping the request closes the
generator). ``tests/playground/test_gradcheck_view.py`` checks that both give
the same report.

The data: the minibatch of the training step just taken (``Trainer.last_batch``,
when the engine keeps it), else the first ``batch_size`` training points; the
result says which. Tensors with more than ``MAX_PER_TENSOR`` entries are
checked on a random sample of that many.

Parameters: ``{"run": 1, "seed": 1}`` (a new ``run`` asks again).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from engine.gradcheck import GradientReport, check_gradients_stepwise, copy_network

#: Computed once per request; the view's Run button asks again.
ON_DEMAND = True
#: Tensors larger than this are checked on a random sample of this many entries.
MAX_PER_TENSOR = 200
#: Pass mark: the engine's (a correct float64 backward gives 1e−8 … 1e−11).
THRESHOLD = 1e-5
#: The book's step of the central difference.
H = 1e-4


@dataclass(frozen=True, eq=False)
class GradientCheckResult:
    """A finished check and what it ran on.

    Attributes
    ----------
    report : GradientReport
    source : str
        ``"last_batch"`` (the minibatch of the last step) or ``"first_points"``.
    n_samples : int
        Rows of the batch checked.
    step : int
        The training step the weights were at.
    sizes : tuple of int
        Entries of each tensor, in the report's order.
    max_per_tensor : int
    activations : tuple of str
    batchnorm, dropout : bool
    """

    report: GradientReport
    source: str
    n_samples: int
    step: int
    sizes: tuple[int, ...]
    max_per_tensor: int
    activations: tuple[str, ...]
    batchnorm: bool
    dropout: bool


def batch_of(session) -> tuple[np.ndarray, np.ndarray, str]:
    """``(x, t, source)``: the last step's minibatch, or the first ``batch_size`` points."""
    last = session.trainer.last_batch  # None before the first step
    if last is not None:
        x, t = last
        return np.array(x, dtype=np.float64), np.array(t), "last_batch"
    n = max(1, min(session.trainer.batch_size, len(session.x_train)))
    return session.x_train[:n].copy(), session.t_train[:n].copy(), "first_points"


def compute(session, params: dict):
    x, t, source = batch_of(session)
    rng = np.random.default_rng(int(params.get("seed", 0)))
    max_per_tensor = int(params.get("max_per_tensor", MAX_PER_TENSOR))
    copy = copy_network(session.network)  # now: training may go on while the job runs
    spec = copy.spec
    job = check_gradients_stepwise(copy, x, t, rng, max_per_tensor=max_per_tensor,
                                   threshold=THRESHOLD, h=H)
    return _finish(job, GradientCheckResult(
        report=None, source=source, n_samples=int(len(x)), step=int(session.trainer.step_count),
        sizes=tuple(int(p.size) for p in copy.params.values()), max_per_tensor=max_per_tensor,
        activations=tuple(spec.activations), batchnorm=bool(spec.batchnorm),
        dropout=bool(spec.dropout)))


def _finish(job, template: GradientCheckResult):
    report = yield from job
    return replace(template, report=report)


