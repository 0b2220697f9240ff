"""Probe ``point_trace``: everything the network computes for one picked input.

Runs the picked point through the network in the book's plain form
(:mod:`engine.book`): per layer its inputs, ``a = Σ xᵢwᵢ + b`` and
``y = h(a)``; the softmax (or identity) output step by step; and, when the
pick has a target, the loss and the backward pass (∂L/∂ every value). The
inspector, softmax, affine and graph views read it. Evaluation mode: dropout
off, batch norm with its running statistics (the views say so).

Parameters: ``{"xy": [x1, x2], "label": class or target or None}``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.book import BookNetwork
from engine.book.records import BackwardTrace, Trace
from engine.features import make_features

#: Number views refresh at most this often while training (at once after a step or edit).
REFRESH_HZ = 10.0


@dataclass(frozen=True, eq=False)
class PointTrace:
    """One point through the network.

    Attributes
    ----------
    xy : tuple of float
        The raw input (the point of the plane).
    feature_names : tuple of str
        What the first layer's inputs are (``trace.layers[0].x`` holds their values).
    label : int or float or None
        The target used for the loss, if any.
    trace : Trace
        The forward pass with targets when ``label`` is given.
    backward : BackwardTrace or None
        ∂L/∂ every value for this single point, when ``label`` is given.
    step : int
        The training step the weights are at.
    """

    xy: tuple[float, ...]
    feature_names: tuple[str, ...]
    label: int | float | None
    trace: Trace
    backward: BackwardTrace | None
    step: int


def targets(label, problem: str, n_classes: int) -> np.ndarray:
    """The label as the engine's targets for one sample: class ``(1,)`` or value ``(1, 1)``."""
    if problem == "classification":
        k = int(label)
        if not 0 <= k < n_classes:
            raise ValueError(f"class {k} is not one of 0…{n_classes - 1}")
        return np.array([k])
    return np.array([[float(label)]])


def compute(session, params: dict) -> PointTrace:
    xy = np.asarray(params["xy"], dtype=np.float64).reshape(1, -1)
    label = params.get("label")
    x = make_features(xy, session.settings.features)
    net = BookNetwork.from_network(session.network)
    if label is None:
        trace, backward = net.trace(x), None
    else:
        t = targets(label, session.problem, session.n_classes)
        backward = net.backward_trace(x, t)
        trace = backward.forward
    return PointTrace(
        xy=tuple(float(v) for v in xy[0]), feature_names=tuple(session.settings.features),
        label=label, trace=trace, backward=backward, step=session.trainer.step_count,
    )
