"""Input features computed from a 2-D point, and the evaluation grid over the plane.

TensorFlow Playground feeds its network any subset of seven features of the
point ``(x1, x2)``; so do we. :data:`FEATURES` drives the engine, the
features panel and the save format from one table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np


class Feature(NamedTuple):
    """A display label and an element-wise function ``fn(x1, x2) -> values``.

    ``fn`` works on arrays of any (matching) shape, so it serves both a batch
    of points and a whole grid.
    """

    label: str
    fn: Callable[[np.ndarray, np.ndarray], np.ndarray]


#: Every input feature, in display order.
FEATURES: dict[str, Feature] = {
    "x1": Feature("X₁", lambda x1, x2: x1),
    "x2": Feature("X₂", lambda x1, x2: x2),
    "x1sq": Feature("X₁²", lambda x1, x2: x1 * x1),
    "x2sq": Feature("X₂²", lambda x1, x2: x2 * x2),
    "x1x2": Feature("X₁X₂", lambda x1, x2: x1 * x2),
    "sin_x1": Feature("sin(X₁)", lambda x1, x2: np.sin(x1)),
    "sin_x2": Feature("sin(X₂)", lambda x1, x2: np.sin(x2)),
}


def check_feature_names(names: Sequence[str]) -> tuple[str, ...]:
    """Return ``names`` as a tuple, or raise ``ValueError`` saying what is wrong."""
    if isinstance(names, str):
        raise ValueError(f"feature names must be a sequence of names, got the string {names!r}")
    names = tuple(names)
    if not names:
        raise ValueError("pick at least one input feature")
    for name in names:
        if name not in FEATURES:
            raise ValueError(f"unknown feature {name!r}; choose from {', '.join(FEATURES)}")
    if len(set(names)) != len(names):
        raise ValueError(f"each feature may be used once, got {', '.join(names)}")
    return names


def make_features(xy: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Compute the chosen features of every point.

    Parameters
    ----------
    xy : ndarray, shape (N, 2)
        Raw points ``(x1, x2)``.
    names : sequence of str
        Keys of :data:`FEATURES`, in the order the network's inputs take them.

    Returns
    -------
    ndarray, shape (N, F), float64
        Column ``f`` is feature ``names[f]``.

    Raises
    ------
    ValueError
        For an unknown, repeated or missing feature name, or ``xy`` not ``(N, 2)``.
    """
    names = check_feature_names(names)
    xy = np.asarray(xy, dtype=np.float64)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise ValueError(f"points must have shape (N, 2), got {xy.shape}")
    x1, x2 = xy[:, 0], xy[:, 1]
    out = np.empty((xy.shape[0], len(names)), dtype=np.float64)
    for f, name in enumerate(names):
        out[:, f] = FEATURES[name].fn(x1, x2)
    return out


def make_grid(
    extent: Sequence[float], size: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Points of a ``size`` x ``size`` grid over the plane, row 0 at the bottom.

    The plane is cut into ``size`` equal cells per axis and each grid value sits
    at its cell's centre, so an image of the grid stretched over exactly
    ``extent`` shows every value where it was computed.

    Parameters
    ----------
    extent : (xmin, xmax, ymin, ymax)
    size : int
        Cells per axis, at least 1.

    Returns
    -------
    xy : ndarray, shape (size * size, 2)
        Point ``i * size + j`` is ``(xs[j], ys[i])``; reshaping any per-point
        result to ``(size, size, ...)`` gives ``grid[i, j]`` as in
        :mod:`playground.frame`.
    xs, ys : ndarray, shape (size,)
        Ascending cell-centre coordinates along x1 and x2.
    """
    if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or size < 1:
        raise ValueError(f"grid size must be a whole number of at least 1, got {size!r}")
    xmin, xmax, ymin, ymax = (float(v) for v in extent)
    if not all(np.isfinite([xmin, xmax, ymin, ymax])) or xmin >= xmax or ymin >= ymax:
        raise ValueError(f"extent must be finite (xmin, xmax, ymin, ymax) with min < max, "
                         f"got {tuple(extent)}")
    centres = (np.arange(size) + 0.5) / size
    xs = xmin + centres * (xmax - xmin)
    ys = ymin + centres * (ymax - ymin)
    gx, gy = np.meshgrid(xs, ys)  # gx[i, j] = xs[j], gy[i, j] = ys[i]
    xy = np.column_stack([gx.ravel(), gy.ravel()])
    return xy, xs, ys
