"""What the views draw: a :class:`Build` once per network or data, a :class:`Frame` per update.

The training worker sends a ``Build`` whenever it builds a network or draws new
data (its points, feature names, layer sizes: everything that stays put while
training runs), then up to ~30 ``Frame`` values a second with what moves
(weights, losses, grids, the history). The GUI attaches the matching ``Build``
to each frame (``frame.build``), so a view reads ``frame.x_train`` without the
points crossing the pipe every frame.

Both are immutable and hold copies or read-only arrays, so no view ever reads an
array the trainer is still writing.

Inputs need not be 2-D points: ``Build.extent`` and the plane grids are None for
data that is not a plane (images come later), and ``x_train`` is ``(N, D)``.

Grid convention (plane data)
----------------------------
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
class Build:
    """What stays the same from one frame to the next until the next rebuild.

    Attributes
    ----------
    build_id : int
        Increases with every new network or new data (reset, architecture,
        regenerate). Frames name the build they belong to.
    problem : str
        ``"classification"`` or ``"regression"``.
    n_classes : int
        Number of classes (1 for regression).
    feature_names : tuple of str
        Names of the features fed to the network, e.g. ``("x1", "x2")``.
    layer_sizes : tuple of int
        Neurons per layer from the inputs to the outputs, e.g. ``(2, 4, 2, 2)``.
    activations : tuple of str
        Activation of each hidden layer (``len(layer_sizes) - 2`` entries).
    x_train, x_test : ndarray
        Shape ``(N, D)``: the raw inputs (for plane data, the 2-D points before
        feature expansion). Read-only.
    t_train, t_test : ndarray
        Shape ``(N,)``: integer class labels, or float targets for regression.
    extent : tuple of float or None
        ``(xmin, xmax, ymin, ymax)`` of the plane grids; None when the inputs
        are not points of a plane.
    feature_grids : ndarray or None
        Shape ``(g, g, F)``: each input feature over the plane (coarse grid).
    network_id : int
        The ``build_id`` of the first build of this network: new data alone
        keeps it, a reset or another architecture changes it.
    """

    build_id: int
    problem: str
    n_classes: int
    feature_names: tuple[str, ...]
    layer_sizes: tuple[int, ...]
    activations: tuple[str, ...]
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray
    extent: tuple[float, float, float, float] | None = None
    feature_grids: np.ndarray | None = None
    network_id: int = 0

    @property
    def is_classification(self) -> bool:
        return self.problem == "classification"


@dataclass(frozen=True)
class Frame:
    """Everything that moves while training, for one redraw.

    Attributes
    ----------
    build_id : int
        The :class:`Build` this frame belongs to.
    step, epoch : int
        Minibatch steps taken and whole epochs completed since the last reset.
    train_loss, test_loss, train_acc, test_acc : float
        Latest evaluation over the whole train / test split. Accuracy is in
        [0, 1]; NaN where it does not apply.
    history : HistoryArrays
        Loss curves, decimated to a bounded length by the producer.
    weights : tuple of (ndarray, ndarray)
        ``(W, b)`` per Affine layer; ``W`` has shape ``(n_in, n_out)`` and ``b``
        has shape ``(n_out,)``.
    output_grid : ndarray or None
        Shape ``(G, G, K)``: class probabilities, or the predicted value
        (``K == 1``) for regression, over the plane; None for non-plane data.
    neuron_grids : tuple of ndarray
        One array per hidden layer, shape ``(g, g, n_l)``: each neuron's output
        ``y = h(a)`` over the plane (coarse grid); empty for non-plane data.
    playing : bool
        Whether the worker was training freely when this was taken.
    divergence : Divergence or None
        Why and where training stopped on a non-finite loss, else None.
    steps_per_second : float
        Measured training rate over the last publishing interval.
    probes : dict
        Results the worker computed for views that asked (see
        ``playground.worker.probes``), keyed by the request's key; only results
        computed for this frame are present.
    build : Build or None
        Attached by the GUI side (``TrainingClient``); None while in the pipe.
    """

    build_id: int
    step: int
    epoch: int
    train_loss: float
    test_loss: float
    train_acc: float
    test_acc: float
    history: HistoryArrays
    weights: tuple[tuple[np.ndarray, np.ndarray], ...]
    output_grid: np.ndarray | None = None
    neuron_grids: tuple[np.ndarray, ...] = ()
    playing: bool = False
    divergence: Divergence | None = None
    steps_per_second: float = 0.0
    probes: dict = field(default_factory=dict)
    build: Build | None = None

    # What a view asks a frame about its build, asked of the frame itself.
    @property
    def problem(self) -> str:
        return self.build.problem

    @property
    def n_classes(self) -> int:
        return self.build.n_classes

    @property
    def feature_names(self) -> tuple[str, ...]:
        return self.build.feature_names

    @property
    def layer_sizes(self) -> tuple[int, ...]:
        return self.build.layer_sizes

    @property
    def activations(self) -> tuple[str, ...]:
        return self.build.activations

    @property
    def x_train(self) -> np.ndarray:
        return self.build.x_train

    @property
    def t_train(self) -> np.ndarray:
        return self.build.t_train

    @property
    def x_test(self) -> np.ndarray:
        return self.build.x_test

    @property
    def t_test(self) -> np.ndarray:
        return self.build.t_test

    @property
    def extent(self) -> tuple[float, float, float, float] | None:
        return self.build.extent

    @property
    def feature_grids(self) -> np.ndarray | None:
        return self.build.feature_grids

    @property
    def is_classification(self) -> bool:
        return self.build.problem == "classification"

    @property
    def has_test(self) -> bool:
        return self.build.x_test.shape[0] > 0 and not math.isnan(self.test_loss)

    @property
    def diverged(self) -> bool:
        return self.divergence is not None
