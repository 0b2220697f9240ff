"""An immutable picture of a training session, made for the views.

The training worker builds one of these at most ~30 times a second and sends it
to the GUI, which renders the newest one and drops any older ones. A snapshot
holds copies of everything the trainer goes on changing (weights, grids,
history) and read-only arrays for what it shares (data points, feature grids),
so no view ever reads an array that is still being written.

Grid convention
---------------
Every grid covers ``extent = (xmin, xmax, ymin, ymax)`` in the 2-D input plane.
``grid[i, j]`` is the value at ``x1 = xs[j]`` and ``x2 = ys[i]`` where ``xs`` and
``ys`` run upward from the minimum, so row 0 is the *bottom* of the plane.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from engine.history import Divergence, HistoryArrays


@dataclass(frozen=True)
class Snapshot:
    """Everything the views need to draw one frame.

    Attributes
    ----------
    build_id : int
        Increases every time the network or data is rebuilt (reset, new
        architecture, new data). Views may cache per build.
    step, epoch : int
        Minibatch steps taken and whole epochs completed since the last reset.
    train_loss, test_loss, train_acc, test_acc : float
        Latest evaluation over the whole train / test split. Accuracy is in
        [0, 1]; NaN where it does not apply.
    history : HistoryArrays
        Per-epoch curve, decimated to a bounded length by the producer.
    problem : str
        ``"classification"`` or ``"regression"``.
    n_classes : int
        Number of classes (1 for regression).
    feature_names : tuple of str
        Names of the input features fed to the network, e.g. ``("x1", "x2")``.
    layer_sizes : tuple of int
        Neurons per layer from the inputs to the outputs, e.g. ``(2, 4, 2, 2)``.
    activations : tuple of str
        Activation name of each hidden layer (``len(layer_sizes) - 2`` entries).
    weights : tuple of (ndarray, ndarray)
        ``(W, b)`` per Affine layer; ``W`` has shape ``(n_in, n_out)`` and ``b``
        has shape ``(n_out,)``.
    extent : tuple of float
        ``(xmin, xmax, ymin, ymax)`` of every grid.
    output_grid : ndarray
        Shape ``(G, G, K)``: class probabilities for classification, or the
        predicted value (``K == 1``) for regression.
    feature_grids : ndarray
        Shape ``(g, g, F)``: each input feature over the plane (coarse grid).
    neuron_grids : tuple of ndarray
        One array per hidden layer, shape ``(g, g, n_l)``: each neuron's output
        ``y = h(a)`` over the plane (coarse grid).
    x_train, x_test : ndarray
        Shape ``(N, 2)``: the raw 2-D points (before feature expansion).
    t_train, t_test : ndarray
        Shape ``(N,)``: integer class labels, or float targets for regression.
    playing : bool
        Whether the worker was running freely when this was taken.
    diverged : str or None
        A plain-words (English) reason when training stopped because the loss
        became non-finite, else None.
    divergence : Divergence or None
        The same as data, for a translated message.
    steps_per_second : float
        Measured training rate over the last publishing interval.
    """

    build_id: int
    step: int
    epoch: int
    train_loss: float
    test_loss: float
    train_acc: float
    test_acc: float
    history: HistoryArrays
    problem: str
    n_classes: int
    feature_names: tuple[str, ...]
    layer_sizes: tuple[int, ...]
    activations: tuple[str, ...]
    weights: tuple[tuple[np.ndarray, np.ndarray], ...]
    extent: tuple[float, float, float, float]
    output_grid: np.ndarray
    feature_grids: np.ndarray
    neuron_grids: tuple[np.ndarray, ...]
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray
    playing: bool = False
    diverged: str | None = None
    divergence: Divergence | None = None
    steps_per_second: float = 0.0
    extra: dict = field(default_factory=dict)

    @property
    def is_classification(self) -> bool:
        return self.problem == "classification"

    @property
    def has_test(self) -> bool:
        return self.x_test.shape[0] > 0 and not math.isnan(self.test_loss)
