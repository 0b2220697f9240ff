"""Built-in 2-D data sets: TensorFlow Playground's, plus moons, blobs and logic gates.

Every generator has the signature ``fn(n_samples, noise, rng, n_classes=2)``
and returns ``(x, t)``: ``x`` of shape ``(N, 2)`` float64 and ``t`` of shape
``(N,)``, int64 class labels ``0..K-1`` for classification or float64 targets
in ``-1..1`` for regression. ``noise`` is a fraction ``0..0.5`` (TensorFlow
Playground's slider divided by 100) and means what it means there:

* circle, xor, and the regression sets compute the label at a *noisy* copy of
  the point, so noise flips labels near the boundary while the drawn point
  stays put;
* spiral and moons jitter the point itself, the label stays;
* gaussian and blobs widen the clusters (variance 0.5 -> 4).

TensorFlow Playground labels are -1/+1; here -1 becomes 0 and +1 becomes 1.
Points come out grouped by class; :func:`split` shuffles them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

#: The plane TensorFlow Playground draws and samples in.
TF_EXTENT = (-6.0, 6.0, -6.0, 6.0)
#: Logic gates live on the unit square; leave room around the four corners.
GATE_EXTENT = (-0.5, 1.5, -0.5, 1.5)
MIN_CLASSES = 2
MAX_CLASSES = 5
MAX_NOISE = 0.5

Generator = Callable[..., tuple[np.ndarray, np.ndarray]]


@dataclass(frozen=True)
class DatasetInfo:
    """One entry of :data:`DATASETS`.

    Attributes
    ----------
    name : str
        Registry key, also what settings and saved sessions store.
    label : str
        English display label (the GUI translates it).
    kind : str
        ``"classification"`` or ``"regression"``.
    fn : callable
        ``fn(n_samples, noise, rng, n_classes=2) -> (x (N, 2), t (N,))``.
    n_samples : int
        Default number of points.
    extent : tuple of float
        ``(xmin, xmax, ymin, ymax)``: the plane to draw and to evaluate grids on.
    multiclass : bool
        Whether ``n_classes`` 3..5 applies; other sets ignore it.
    splittable : bool
        False for the four-point logic gates: holding out a test point of a truth
        table teaches nothing, so the session should train on all four.
    """

    name: str
    label: str
    kind: str
    fn: Generator
    n_samples: int
    extent: tuple[float, float, float, float]
    multiclass: bool = False
    splittable: bool = True

    def classes_for(self, n_classes: int = 2) -> int:
        """Number of network outputs this set needs: 1 for regression, else K."""
        if self.kind == "regression":
            return 1
        if self.multiclass:
            _check_classes(n_classes)
            return int(n_classes)
        return 2


# --------------------------------------------------------------------------- checks


def _check_args(n_samples: int, noise: float) -> None:
    if isinstance(n_samples, bool) or not isinstance(n_samples, (int, np.integer)):
        raise ValueError(f"number of samples must be a whole number, got {n_samples!r}")
    if n_samples < 1:
        raise ValueError(f"number of samples must be at least 1, got {n_samples}")
    if not (np.isfinite(noise) and 0.0 <= noise <= MAX_NOISE):
        raise ValueError(f"noise must be a fraction between 0 and {MAX_NOISE}, got {noise}")


def _check_classes(n_classes: int) -> None:
    if not MIN_CLASSES <= n_classes <= MAX_CLASSES:
        raise ValueError(
            f"number of classes must be {MIN_CLASSES}…{MAX_CLASSES}, got {n_classes}"
        )


def _balanced_counts(n_samples: int, k: int) -> list[int]:
    """Split ``n_samples`` into ``k`` counts differing by at most one."""
    base, extra = divmod(int(n_samples), k)
    return [base + (1 if i < extra else 0) for i in range(k)]


def _stack(xs: list[np.ndarray], ts: list[np.ndarray], dtype) -> tuple[np.ndarray, np.ndarray]:
    x = np.ascontiguousarray(np.concatenate(xs, axis=0), dtype=np.float64).reshape(-1, 2)
    t = np.concatenate(ts).astype(dtype, copy=False)
    return x, t


def _gaussian_variance(noise: float) -> float:
    # TF Playground maps noise 0..0.5 linearly onto variance 0.5..4.
    return 0.5 + noise * (4.0 - 0.5) / 0.5


# ----------------------------------------------------------------- classification


def circle(n_samples: int, noise: float, rng: np.random.Generator, n_classes: int = 2):
    """Disc of class 1 (radius < 2.5) inside a ring of class 0 (radius 3.5..5)."""
    _check_args(n_samples, noise)
    radius = 5.0
    xs, ts = [], []
    for count, (r_lo, r_hi) in zip(
        _balanced_counts(n_samples, 2), [(0.0, 0.5 * radius), (0.7 * radius, radius)],
        strict=True,
    ):
        r = rng.uniform(r_lo, r_hi, count)
        angle = rng.uniform(0.0, 2.0 * np.pi, count)
        p = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
        jitter = rng.uniform(-radius, radius, (count, 2)) * noise
        # The label is read at the noisy position: noise flips labels, not points.
        inside = np.hypot(*(p + jitter).T) < 0.5 * radius
        xs.append(p)
        ts.append(inside.astype(np.int64))
    return _stack(xs, ts, np.int64)


def xor(n_samples: int, noise: float, rng: np.random.Generator, n_classes: int = 2):
    """Four quadrants; class 1 where x1 and x2 have the same sign."""
    _check_args(n_samples, noise)
    p = rng.uniform(-5.0, 5.0, (n_samples, 2))
    # Push points 0.3 away from the axes so noise-free classes have a visible gap.
    p += np.where(p > 0, 0.3, -0.3)
    jitter = rng.uniform(-5.0, 5.0, (n_samples, 2)) * noise
    q = p + jitter
    t = (q[:, 0] * q[:, 1] >= 0).astype(np.int64)
    return np.ascontiguousarray(p), t


def gaussian(n_samples: int, noise: float, rng: np.random.Generator, n_classes: int = 2):
    """Two Gaussian clusters: class 1 around (2, 2), class 0 around (-2, -2)."""
    _check_args(n_samples, noise)
    std = np.sqrt(_gaussian_variance(noise))
    xs, ts = [], []
    for count, (centre, label) in zip(
        _balanced_counts(n_samples, 2), [((2.0, 2.0), 1), ((-2.0, -2.0), 0)], strict=True
    ):
        xs.append(rng.normal(centre, std, (count, 2)))
        ts.append(np.full(count, label))
    return _stack(xs, ts, np.int64)


def spiral(n_samples: int, noise: float, rng: np.random.Generator, n_classes: int = 2):
    """K interleaved spiral arms of 1.75 turns out to radius 5, one class each.

    With ``n_classes=2`` this is TensorFlow Playground's spiral (class 1 starts
    at angle 0, class 0 at pi). Noise jitters every coordinate by up to
    ``±noise``.
    """
    _check_args(n_samples, noise)
    _check_classes(n_classes)
    xs, ts = [], []
    for k, count in enumerate(_balanced_counts(n_samples, n_classes)):
        # Offsets pi(1 + 2k/K) give TF's pair (pi for class 0, 2pi = 0 for class 1).
        delta = np.pi * (1.0 + 2.0 * k / n_classes)
        frac = np.arange(count) / count
        r = frac * 5.0
        angle = 1.75 * frac * 2.0 * np.pi + delta
        p = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
        p += rng.uniform(-1.0, 1.0, (count, 2)) * noise
        xs.append(p)
        ts.append(np.full(count, k))
    return _stack(xs, ts, np.int64)


def moons(n_samples: int, noise: float, rng: np.random.Generator, n_classes: int = 2):
    """Two interleaved half circles (class 0 on top, class 1 below), scaled to the plane.

    Noise is Gaussian jitter with standard deviation ``noise`` in units of the
    moons' radius (0.1 is the usual demo, 0.5 makes them overlap).
    """
    _check_args(n_samples, noise)
    scale = 3.5  # unit moons span x -1..2: 3 units * 3.5 = 10.5 of the 12-wide plane
    n_top, n_bottom = _balanced_counts(n_samples, 2)
    a = rng.uniform(0.0, np.pi, n_top)
    b = rng.uniform(0.0, np.pi, n_bottom)
    top = np.column_stack([np.cos(a), np.sin(a)])
    bottom = np.column_stack([1.0 - np.cos(b), 0.5 - np.sin(b)])
    p = np.concatenate([top, bottom]) - (0.5, 0.25)  # centre the pair on the origin
    p += rng.normal(0.0, 1.0, p.shape) * noise
    t = np.concatenate([np.zeros(n_top), np.ones(n_bottom)]).astype(np.int64)
    return np.ascontiguousarray(p * scale), t


def blobs(n_samples: int, noise: float, rng: np.random.Generator, n_classes: int = 2):
    """K Gaussian clusters evenly spaced on a circle of radius 4, one class each.

    Cluster k sits at angle ``pi/4 + 2 pi k / K``; the spread grows with noise
    exactly like :func:`gaussian` (variance 0.5 -> 4).
    """
    _check_args(n_samples, noise)
    _check_classes(n_classes)
    std = np.sqrt(_gaussian_variance(noise))
    xs, ts = [], []
    for k, count in enumerate(_balanced_counts(n_samples, n_classes)):
        angle = np.pi / 4 + 2.0 * np.pi * k / n_classes
        centre = (4.0 * np.cos(angle), 4.0 * np.sin(angle))
        xs.append(rng.normal(centre, std, (count, 2)))
        ts.append(np.full(count, k))
    return _stack(xs, ts, np.int64)


# --------------------------------------------------------------------- regression


def _noisy_uniform_plane(n_samples: int, noise: float, rng: np.random.Generator):
    """Points uniform on -6..6 and a noisy copy at which the target is read."""
    p = rng.uniform(-6.0, 6.0, (n_samples, 2))
    jitter = rng.uniform(-6.0, 6.0, (n_samples, 2)) * noise
    return p, p + jitter


def reg_plane(n_samples: int, noise: float, rng: np.random.Generator, n_classes: int = 2):
    """Target ``(x1 + x2) / 10`` read at a noisy position, clipped to -1..1.

    TF Playground maps x1 + x2 in -10..10 onto -1..1 without clamping, so its
    corners reach ±1.2 (more with noise); clipping keeps the contract's range
    and changes only the 3 % of the plane where ``|x1 + x2| > 10``.
    """
    _check_args(n_samples, noise)
    p, q = _noisy_uniform_plane(n_samples, noise, rng)
    t = np.clip((q[:, 0] + q[:, 1]) / 10.0, -1.0, 1.0)
    return np.ascontiguousarray(p), t


#: (centre x1, centre x2, sign) of TF Playground's six bumps.
_BUMPS = np.array(
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]],
    dtype=np.float64,
)


def reg_gaussian(n_samples: int, noise: float, rng: np.random.Generator, n_classes: int = 2):
    """Six cones of height ±1 and radius 2; the target is the strongest one here.

    Each bump contributes ``sign * max(0, 1 - d / 2)`` at distance ``d`` from its
    centre, read at a noisy position; the one largest in absolute value wins
    (the first one on ties, as in TF Playground).
    """
    _check_args(n_samples, noise)
    p, q = _noisy_uniform_plane(n_samples, noise, rng)
    d = np.hypot(q[:, :1] - _BUMPS[:, 0], q[:, 1:] - _BUMPS[:, 1])  # (N, 6)
    value = _BUMPS[:, 2] * np.clip(1.0 - d / 2.0, 0.0, 1.0)
    pick = np.argmax(np.abs(value), axis=1)
    t = value[np.arange(n_samples), pick]
    return np.ascontiguousarray(p), t


# --------------------------------------------------------------------- logic gates

_GATE_POINTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])


def _gate(truth_table: tuple[int, int, int, int]) -> Generator:
    def fn(n_samples: int, noise: float, rng: np.random.Generator, n_classes: int = 2):
        # A truth table has exactly four rows: sample count, noise and rng do not apply.
        return _GATE_POINTS.copy(), np.array(truth_table, dtype=np.int64)

    return fn


gate_and = _gate((0, 0, 0, 1))
gate_or = _gate((0, 1, 1, 1))
gate_nand = _gate((1, 1, 1, 0))
gate_xor = _gate((0, 1, 1, 0))


# ------------------------------------------------------------------------ registry

_C, _R = "classification", "regression"

#: Every built-in data set, in display order.
DATASETS: dict[str, DatasetInfo] = {
    info.name: info
    for info in [
        DatasetInfo("circle", "Circle", _C, circle, 500, TF_EXTENT),
        DatasetInfo("xor", "Exclusive or", _C, xor, 500, TF_EXTENT),
        DatasetInfo("gaussian", "Gaussian", _C, gaussian, 500, TF_EXTENT),
        DatasetInfo("spiral", "Spiral", _C, spiral, 500, TF_EXTENT, multiclass=True),
        DatasetInfo("moons", "Two moons", _C, moons, 500, TF_EXTENT),
        DatasetInfo("blobs", "Gaussian blobs", _C, blobs, 500, TF_EXTENT, multiclass=True),
        DatasetInfo("reg_plane", "Plane", _R, reg_plane, 1200, TF_EXTENT),
        DatasetInfo("reg_gaussian", "Multi Gaussian", _R, reg_gaussian, 1200, TF_EXTENT),
        DatasetInfo("gate_and", "AND gate", _C, gate_and, 4, GATE_EXTENT, splittable=False),
        DatasetInfo("gate_or", "OR gate", _C, gate_or, 4, GATE_EXTENT, splittable=False),
        DatasetInfo("gate_nand", "NAND gate", _C, gate_nand, 4, GATE_EXTENT, splittable=False),
        DatasetInfo("gate_xor", "XOR gate", _C, gate_xor, 4, GATE_EXTENT, splittable=False),
    ]
}


def make_dataset(
    name: str,
    rng: np.random.Generator,
    noise: float = 0.0,
    n_classes: int = 2,
    n_samples: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Generate data set ``name`` with its default size unless ``n_samples`` is given.

    Returns
    -------
    x : ndarray, shape (N, 2), float64
    t : ndarray, shape (N,), int64 labels or float64 targets
    """
    if name not in DATASETS:
        raise ValueError(f"unknown dataset {name!r}; choose one of {', '.join(DATASETS)}")
    info = DATASETS[name]
    return info.fn(info.n_samples if n_samples is None else n_samples, noise, rng, n_classes)


def split(
    x: np.ndarray, t: np.ndarray, train_ratio: float, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Shuffle and cut into a training and a test part.

    The training part gets ``round(train_ratio * N)`` samples (halves round up),
    at least one. The test part gets the rest, and at least one sample whenever
    ``N >= 5``; with fewer points (the logic gates) it may be empty when
    ``train_ratio * N`` rounds to ``N``, because taking a truth-table row away
    from training matters more than testing on it.

    Parameters
    ----------
    x : ndarray, shape (N, D)
    t : ndarray, shape (N,) or (N, K)
    train_ratio : float
        Fraction strictly between 0 and 1.
    rng : numpy.random.Generator
        Decides the shuffle.

    Returns
    -------
    x_train, t_train, x_test, t_test : ndarray
        Copies; ``x_test`` is ``(0, D)`` when the test part is empty.
    """
    x = np.asarray(x)
    t = np.asarray(t)
    n = x.shape[0]
    if t.shape[0] != n:
        raise ValueError(f"x has {n} samples but t has {t.shape[0]}")
    if not (np.isfinite(train_ratio) and 0.0 < train_ratio < 1.0):
        raise ValueError(f"train ratio must be between 0 and 1, got {train_ratio}")
    n_train = int(np.floor(train_ratio * n + 0.5))
    n_train = max(1, min(n, n_train)) if n else 0
    if n >= 5 and n_train == n:
        n_train = n - 1
    order = rng.permutation(n)
    train, test = order[:n_train], order[n_train:]
    return x[train], t[train], x[test], t[test]
