"""What each node of the diagram shows: its grid, its colour scale, its name.

Shared by the network diagram (small maps) and the boundary view (one map
enlarged while the user hovers a node), so both colour a neuron the same way.
Layers are numbered like the diagram's columns: 0 = input features,
1 … L = hidden layers, L + 1 = the output layer.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from playground.frame import Frame
from playground.views.heatmap import (
    diverging_rgb,
    single_class_rgb,
    symmetric_levels,
)

#: Display names of the input features (subscripts and superscripts, like TF).
FEATURE_LABELS = {
    "x1": "X₁",
    "x2": "X₂",
    "x1sq": "X₁²",
    "x2sq": "X₂²",
    "x1x2": "X₁X₂",
    "sin_x1": "sin X₁",
    "sin_x2": "sin X₂",
}

#: Activations whose output range is fixed, so their maps use fixed levels
#: (a neuron's colour then means the same thing from frame to frame).
#: Every map uses one colour language: white is 0, blue positive, orange
#: negative (as TF Playground). So sigmoid and step, which are never negative,
#: use −1…1 too, rather than painting an output of 0 full orange.
_FIXED_LEVELS = {"tanh": (-1.0, 1.0), "sigmoid": (-1.0, 1.0), "step": (-1.0, 1.0)}
_SIN_FEATURES = {"sin_x1", "sin_x2"}


def feature_label(name: str) -> str:
    """``"x1sq"`` -> ``"X₁²"``; unknown names are shown as they are."""
    return FEATURE_LABELS.get(name, name)


def activation_label(name: str) -> str:
    """A translated display name for an activation (or output) function.

    The one place these names are worded: the diagram, the enlarged view and
    the architecture editor's combo boxes all call it, so they cannot drift.
    The calls are written out literally so ``pyside6-lupdate`` finds them.
    """
    translate = QCoreApplication.translate
    labels = {
        "tanh": translate("NeuronMaps", "tanh"),
        "relu": translate("NeuronMaps", "ReLU"),
        "sigmoid": translate("NeuronMaps", "sigmoid"),
        "linear": translate("NeuronMaps", "linear"),
        "leaky_relu": translate("NeuronMaps", "leaky ReLU"),
        "step": translate("NeuronMaps", "step"),
        "softmax": translate("NeuronMaps", "softmax"),
    }
    return labels.get(name, name)


def output_activation(frame: Frame) -> str:
    """``"softmax"`` for classification, ``"linear"`` for regression."""
    return "softmax" if frame.is_classification else "linear"


def n_columns(frame: Frame) -> int:
    """Number of diagram columns: inputs, hidden layers, outputs."""
    return len(frame.layer_sizes)


def column_grids(frame: Frame, layer: int) -> np.ndarray | None:
    """All grids of one column, shape ``(g, g, n_layer)``, or None if absent."""
    last = n_columns(frame) - 1
    if layer == 0:
        grids = frame.feature_grids
    elif 1 <= layer < last:
        if layer - 1 >= len(frame.neuron_grids):
            return None
        grids = frame.neuron_grids[layer - 1]
    elif layer == last:
        grids = frame.output_grid
    else:
        return None
    if grids is None or grids.ndim != 3 or grids.shape[2] != frame.layer_sizes[layer]:
        return None
    return grids


def neuron_grid(frame: Frame | None, layer: int, index: int) -> np.ndarray | None:
    """One node's output over the plane, shape ``(g, g)``; None if out of range."""
    if frame is None or not 0 <= layer < n_columns(frame):
        return None
    grids = column_grids(frame, layer)
    if grids is None or not 0 <= index < grids.shape[2]:
        return None
    return grids[:, :, index]


def column_levels(frame: Frame, layer: int, grids: np.ndarray) -> tuple:
    """The diverging map's ``(lo, hi)`` for a column, each of shape ``(n,)``.

    Bounded activations use their fixed range. Unbounded ones (ReLU, linear)
    and input features get a symmetric range per neuron: with one shared range,
    a single large neuron washed every other map in the layer out to white, and
    the *pattern* of each map is what the learner reads (its scale is in the
    tooltip and the enlarged view).
    """
    n = grids.shape[2]
    last = n_columns(frame) - 1
    if layer == 0:
        lo, hi = symmetric_levels(grids, axis=(0, 1))
        for i, name in enumerate(frame.feature_names[:n]):
            if name in _SIN_FEATURES:
                lo[i], hi[i] = -1.0, 1.0
        return lo, hi
    if layer == last:
        # Regression output: targets live in −1…1.
        return np.full(n, -1.0), np.full(n, 1.0)
    act = frame.activations[layer - 1] if layer - 1 < len(frame.activations) else ""
    if act in _FIXED_LEVELS:
        lo, hi = _FIXED_LEVELS[act]
        return np.full(n, lo), np.full(n, hi)
    return symmetric_levels(grids, axis=(0, 1))


def column_rgb(frame: Frame, layer: int, grids: np.ndarray) -> np.ndarray:
    """Colour a whole column at once: shape ``(g, g, n, 3)`` uint8.

    Output nodes of a classifier show their class probability in the class
    colour; everything else uses the diverging map.
    """
    if layer == n_columns(frame) - 1 and frame.is_classification:
        return np.stack(
            [single_class_rgb(grids[:, :, k], k) for k in range(grids.shape[2])], axis=2
        )
    lo, hi = column_levels(frame, layer, grids)
    return diverging_rgb(grids, lo, hi)


def neuron_levels(frame: Frame, layer: int, index: int) -> tuple[float, float] | None:
    """The values a node's map spans from full orange to full blue, or None.

    For a classification output node the map is that class's probability, 0…1.
    """
    grids = column_grids(frame, layer) if frame is not None else None
    if grids is None or not 0 <= index < grids.shape[2]:
        return None
    if layer == n_columns(frame) - 1 and frame.is_classification:
        return 0.0, 1.0
    lo, hi = column_levels(frame, layer, grids)
    return float(lo[index]), float(hi[index])


def neuron_rgb(
    frame: Frame,
    layer: int,
    index: int,
    discretize: bool = False,
    grid: np.ndarray | None = None,
) -> np.ndarray | None:
    """One node's map as RGB ``(g, g, 3)``, coloured as in the diagram.

    ``grid`` replaces the frame's grid (e.g. an enlarged copy of it) while
    keeping the colour scale the diagram uses for that node.
    """
    if neuron_grid(frame, layer, index) is None:
        return None
    if grid is None:
        grid = neuron_grid(frame, layer, index)
    if layer == n_columns(frame) - 1 and frame.is_classification:
        if discretize:
            grid = _wins(frame.output_grid, index, grid.shape)
        return single_class_rgb(grid, index)
    grids = column_grids(frame, layer)
    lo, hi = column_levels(frame, layer, grids)
    return diverging_rgb(grid, lo[index], hi[index], discretize=discretize)


def _wins(output_grid: np.ndarray, k: int, shape: tuple[int, int]) -> np.ndarray:
    """1.0 where class ``k`` has the highest probability, else 0.0, at ``shape``.

    "Discretize" means "this class wins here"; with 3 or more classes that is
    not the same as p >= 1/K. The mask is resampled (nearest) to ``shape`` when
    the caller shows an enlarged map.
    """
    wins = (np.argmax(output_grid, axis=2) == k).astype(np.float64)
    if wins.shape != tuple(shape):
        rows = np.arange(shape[0]) * wins.shape[0] // shape[0]
        cols = np.arange(shape[1]) * wins.shape[1] // shape[1]
        wins = wins[np.ix_(rows, cols)]
    return wins


def neuron_title(frame: Frame | None, layer: int, index: int) -> str:
    """A human title for a node, e.g. ``"Hidden layer 1, neuron 3 (tanh)"``."""
    if frame is None or not 0 <= layer < n_columns(frame):
        return ""
    last = n_columns(frame) - 1
    if layer == 0:
        names = frame.feature_names
        name = names[index] if index < len(names) else str(index + 1)
        return QCoreApplication.translate("NeuronMaps", "Input feature %1").replace(
            "%1", feature_label(name))
    if layer == last:
        if frame.is_classification:
            return QCoreApplication.translate(
                "NeuronMaps", "Output: probability of class %1").replace("%1", str(index))
        return QCoreApplication.translate("NeuronMaps", "Output: predicted value")
    act = frame.activations[layer - 1] if layer - 1 < len(frame.activations) else ""
    return (
        QCoreApplication.translate("NeuronMaps", "Hidden layer %1, neuron %2 (%3)")
        .replace("%1", str(layer))
        .replace("%2", str(index + 1))
        .replace("%3", activation_label(act))
    )
