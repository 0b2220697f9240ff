"""Probe ``layer_activity``: how a hidden layer's weighted sums spread over the data.

For layer ``l`` (1 = first hidden layer), the histogram of every neuron's
``a = Σ xᵢwᵢ + b`` over the training points, and the share of values in the
activation's flat parts (saturated sigmoid or tanh, negative ReLU), so the
activation view can draw the data behind the curve and show saturation.

Parameters: ``{"layer": l, "bins": 40}``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Refreshed a few times a second while training: a histogram needs no more.
REFRESH_HZ = 5.0
#: |a| beyond which tanh and sigmoid count as saturated (slope below ~1 % of the top).
SATURATION = {"tanh": 2.65, "sigmoid": 5.3}


def flat_mask(activation: str, a: np.ndarray) -> np.ndarray:
    """Where ``h′(a)`` is about 0: saturated tanh or sigmoid, ReLU at or below 0,
    the step function everywhere (its slope is 0 wherever it is defined)."""
    if activation in SATURATION:
        return np.abs(a) > SATURATION[activation]
    if activation == "relu":
        return a <= 0
    if activation == "step":
        return np.ones(a.shape, bool)
    return np.zeros(a.shape, bool)


@dataclass(frozen=True)
class LayerActivity:
    """Attributes: ``layer`` (1-based), ``activation``, ``counts`` (B,), ``edges`` (B + 1,),
    ``flat_share`` (0…1, values where h' is near 0), ``lo``/``hi`` (range of a)."""

    layer: int
    activation: str
    counts: np.ndarray
    edges: np.ndarray
    flat_share: float
    lo: float
    hi: float


def compute(session, params: dict) -> LayerActivity:
    layer = int(params.get("layer", 1))
    bins = int(params.get("bins", 40))
    activations = session.network.spec.activations
    if not 1 <= layer <= len(activations):
        raise ValueError(f"layer {layer} is not a hidden layer (1…{len(activations)})")
    a = session.network.forward_trace(session.x_train)[layer - 1][0].ravel()
    a = a[np.isfinite(a)]
    name = activations[layer - 1]
    if len(a) == 0:
        return LayerActivity(layer, name, np.zeros(bins), np.linspace(-1, 1, bins + 1), 0.0,
                             0.0, 0.0)
    lo, hi = float(a.min()), float(a.max())
    span = max(hi - lo, 1e-6)
    counts, edges = np.histogram(a, bins=bins, range=(lo - 0.02 * span, hi + 0.02 * span))
    flat = flat_mask(name, a)
    return LayerActivity(layer, name, counts.astype(np.float64), edges, float(flat.mean()),
                         lo, hi)
