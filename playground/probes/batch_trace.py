"""Probe ``batch_trace``: the minibatch of the last training step through the network.

The loss chart plots one number per step: the mean loss of that step's
minibatch, penalty included, computed with the weights the step *started*
from (the update comes after it). This probe hands a view that minibatch
(``Trainer.last_batch``), traced in the book's form (:mod:`engine.book`) with
its targets, so the view can list each sample's loss and show that their mean
plus the penalty is that number. It traces the batch twice when it can: with
the weights the step started from (``trace_at_step``: its mean is the step's
loss) and with the weights now (``trace``: after the update and any edit, what
the matrices of the affine view show).

Evaluation mode, like every trace: with dropout or batch norm the step itself
ran in training mode (random masks, batch statistics), so its loss differs
from these numbers; ``training_differs`` says so.

Parameters: none (``{}``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.book import BookNetwork
from engine.book.records import Trace

#: A table of numbers: a few refreshes a second while training are plenty.
REFRESH_HZ = 10.0


@dataclass(frozen=True, eq=False)
class BatchTrace:
    """The last step's minibatch and what the network makes of it.

    Attributes
    ----------
    x_raw : ndarray, shape (N, D)
        The samples as raw inputs (for plane data the points, before features).
    t : ndarray, shape (N,)
        Their labels (classes) or targets (regression).
    trace : Trace
        The minibatch through the weights now, with its targets.
    penalty : float
        The weight penalty at the weights now (``trace.penalty``).
    step : int
        The step that used this minibatch (``step_count`` after it).
    trace_at_step : Trace or None
        The minibatch through the weights the step started from: its mean loss
        plus its penalty is the step's loss. None when the trainer no longer
        holds those weights (e.g. after a divergence put older ones back).
    training_differs : bool
        Dropout or batch norm: the step ran in training mode, so its own loss
        differs from these evaluation-mode numbers.
    """

    x_raw: np.ndarray
    t: np.ndarray
    trace: Trace
    penalty: float
    step: int
    trace_at_step: Trace | None
    training_differs: bool


@dataclass(frozen=True)
class NoBatch:
    """No minibatch to show: no step yet on this network and data (``reason == "no step"``)."""

    reason: str
    step: int


def compute(session, params: dict) -> BatchTrace | NoBatch:
    trainer = session.trainer
    batch = trainer.last_batch
    if batch is None or trainer.step_count == 0:
        return NoBatch("no step", trainer.step_count)
    x, t = (np.array(a) for a in batch[:2])
    network = session.network
    trace = BookNetwork.from_network(network).trace(x, t)
    before = network_before_step(trainer)
    return BatchTrace(
        x_raw=_raw_inputs(session, x), t=t, trace=trace, penalty=trace.penalty,
        step=trainer.step_count,
        trace_at_step=before.trace(x, t) if before is not None else None,
        training_differs=bool(network.spec.dropout > 0 or network.spec.batchnorm),
    )


def network_before_step(trainer) -> BookNetwork | None:
    """The network as the last step found it (``Trainer.last_step_start``), or None."""
    state = trainer.last_step_start
    if state is None:
        return None
    params, buffers = state
    network = trainer.network
    return BookNetwork(network.spec, params, buffers or None, network.regularization,
                       network.reg_rate)


def _raw_inputs(session, x: np.ndarray) -> np.ndarray:
    """The raw points of the minibatch's feature rows, found among the training data."""
    features = session.x_train
    rows = {features[i].tobytes(): i for i in range(features.shape[0] - 1, -1, -1)}
    found = [rows.get(np.ascontiguousarray(row).tobytes()) for row in x]
    if any(i is None for i in found):  # not training rows (cannot happen): show the features
        return x.copy()
    return np.array(session.xy_train[np.array(found, dtype=np.int64)])
