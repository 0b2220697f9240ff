"""Probe ``layer_summary``: each layer's size, parameter count and activity.

The example probe of ``docs/ARCHITECTURE.md`` (its view is
``playground.views.inspect.layer_summary_view``). For the chosen split it runs the data
through the network once and reports, per layer, how big its weights are and
how its neurons respond: the mean |y| and the share of neurons that are
*stuck* — saturated (|tanh| or sigmoid at its ends) or dead (ReLU output 0) on
every point — which is why such a layer stops learning.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Numbers for a table: a few refreshes a second are plenty while training runs.
REFRESH_HZ = 5.0
#: A neuron is stuck when its output stays this close to a flat end on every point.
STUCK_MARGIN = 0.02


@dataclass(frozen=True)
class LayerRow:
    """One Affine layer and the activation after it.

    Attributes
    ----------
    n_in, n_out : int
        Shape of W: ``(n_in, n_out)``.
    n_params : int
        Weights plus biases.
    mean_abs_w : float
        Mean |w| over W.
    mean_abs_y : float
        Mean |y| over the points and the layer's neurons.
    stuck : int
        Neurons that are flat on every point (saturated or dead); 0 for the output.
    """

    n_in: int
    n_out: int
    n_params: int
    mean_abs_w: float
    mean_abs_y: float
    stuck: int


@dataclass(frozen=True)
class LayerSummary:
    split: str
    n_points: int
    rows: tuple[LayerRow, ...]


def compute(session, params: dict) -> LayerSummary:
    """Summarise every layer of ``session.network`` on ``params["split"]`` ("train" or "test")."""
    split = params.get("split", "train")
    if split not in ("train", "test"):
        raise ValueError(f"split must be 'train' or 'test', got {split!r}")
    x = session.x_train if split == "train" or not len(session.x_test) else session.x_test
    network = session.network
    trace = network.forward_trace(x)
    activations = tuple(network.spec.activations)
    rows = []
    for i, ((w, b), (_a, y)) in enumerate(zip(network.weights(), trace, strict=True)):
        hidden = i < len(activations)
        stuck = _stuck_neurons(y, activations[i]) if hidden and len(x) else 0
        rows.append(LayerRow(
            n_in=int(w.shape[0]), n_out=int(w.shape[1]), n_params=int(w.size + b.size),
            mean_abs_w=float(np.abs(w).mean()),
            mean_abs_y=float(np.abs(y).mean()) if len(x) else float("nan"),
            stuck=int(stuck),
        ))
    return LayerSummary(split=split, n_points=int(len(x)), rows=tuple(rows))


def _stuck_neurons(y: np.ndarray, activation: str) -> int:
    """Neurons whose output sits at a flat end of the activation on every point, ``y`` (N, n)."""
    if activation in ("relu",):
        flat = y <= 0.0
    elif activation == "tanh":
        flat = np.abs(y) >= 1.0 - STUCK_MARGIN
    elif activation == "sigmoid":
        flat = (y <= STUCK_MARGIN) | (y >= 1.0 - STUCK_MARGIN)
    else:  # linear and leaky ReLU never go flat
        return 0
    return int(np.count_nonzero(flat.all(axis=0)))
