"""Realistic synthetic :class:`playground.frame.Snapshot` values for view tests.

Self-contained on purpose (NumPy only, no engine modules), so the view tests do
not depend on the trainer: a tiny full-batch MLP is trained here for a few
hundred steps when a realistic-looking boundary is wanted (the demo PNGs), or
left at its random initial weights when a test only needs shapes. Data sets
mimic TensorFlow Playground's on the −6…6 plane.
"""

from __future__ import annotations

import numpy as np

from engine.history import HistoryArrays
from playground.frame import Snapshot

EXTENT = (-6.0, 6.0, -6.0, 6.0)

_FEATURES = {
    "x1": lambda x, y: x,
    "x2": lambda x, y: y,
    "x1sq": lambda x, y: x * x,
    "x2sq": lambda x, y: y * y,
    "x1x2": lambda x, y: x * y,
    "sin_x1": lambda x, y: np.sin(x),
    "sin_x2": lambda x, y: np.sin(y),
}

_ACTS = {
    "tanh": (np.tanh, lambda a, y: 1.0 - y * y),
    "relu": (lambda a: np.maximum(a, 0.0), lambda a, y: (a > 0).astype(float)),
    "sigmoid": (lambda a: 1.0 / (1.0 + np.exp(-a)), lambda a, y: y * (1.0 - y)),
    "linear": (lambda a: a, lambda a, y: np.ones_like(a)),
    "leaky_relu": (lambda a: np.where(a > 0, a, 0.01 * a), lambda a, y: np.where(a > 0, 1.0, 0.01)),
}


def make_data(name: str, n: int, n_classes: int, rng: np.random.Generator):
    """Points ``(n, 2)`` and labels ``(n,)`` for a named toy problem."""
    if name == "circle":
        r = np.concatenate([rng.uniform(0, 2.5, n // 2), rng.uniform(3.5, 5.0, n - n // 2)])
        ang = rng.uniform(0, 2 * np.pi, n)
        x = np.stack([r * np.cos(ang), r * np.sin(ang)], axis=1)
        return x, (r < 3.0).astype(np.int64)
    if name == "xor":
        x = rng.uniform(-5, 5, (n, 2))
        x += np.sign(x) * 0.3
        return x, (x[:, 0] * x[:, 1] >= 0).astype(np.int64)
    if name == "gauss":
        t = rng.integers(0, n_classes, n)
        centres = 3.0 * np.stack(
            [np.cos(2 * np.pi * t / n_classes), np.sin(2 * np.pi * t / n_classes)], axis=1
        )
        return centres + rng.normal(0, 1.0, (n, 2)), t.astype(np.int64)
    if name == "spiral":
        t = np.arange(n) % n_classes
        s = rng.uniform(0.05, 1.0, n)
        ang = 1.75 * 2 * np.pi * s + 2 * np.pi * t / n_classes
        x = np.stack([5 * s * np.cos(ang), 5 * s * np.sin(ang)], axis=1)
        return x + rng.normal(0, 0.15, (n, 2)), t.astype(np.int64)
    if name == "plane":
        x = rng.uniform(-6, 6, (n, 2))
        return x, np.clip((x[:, 0] + x[:, 1]) / 12.0, -1.0, 1.0)
    raise ValueError(f"unknown data set {name!r}")


def features(xy: np.ndarray, names) -> np.ndarray:
    """Expand raw points ``(N, 2)`` into features ``(N, F)``."""
    return np.stack([_FEATURES[f](xy[:, 0], xy[:, 1]) for f in names], axis=1)


def _forward(weights, acts, x, regression):
    """Return the post-activation of every layer (hidden..., output)."""
    ys, h = [], x
    for li, (w, b) in enumerate(weights):
        a = h @ w + b
        if li < len(acts):
            h = _ACTS[acts[li]][0](a)
        elif regression:
            h = a
        else:
            e = np.exp(a - a.max(axis=1, keepdims=True))
            h = e / e.sum(axis=1, keepdims=True)
        ys.append(h)
    return ys


def _loss(y, t, regression):
    if regression:
        return float(0.5 * np.mean((y[:, 0] - t) ** 2))
    return float(-np.mean(np.log(y[np.arange(len(t)), t] + 1e-7)))


def _train(weights, acts, x, t, regression, steps, lr, record):
    """Full-batch Adam; calls ``record()`` every 10 steps (one 'epoch')."""
    m = [(np.zeros_like(w), np.zeros_like(b)) for w, b in weights]
    v = [(np.zeros_like(w), np.zeros_like(b)) for w, b in weights]
    for step in range(1, steps + 1):
        ys = _forward(weights, acts, x, regression)
        if regression:
            d = (ys[-1] - t[:, None]) / len(t)
        else:
            d = ys[-1].copy()
            d[np.arange(len(t)), t] -= 1.0
            d /= len(t)
        for li in range(len(weights) - 1, -1, -1):
            w, b = weights[li]
            h_in = ys[li - 1] if li > 0 else x
            gw, gb = h_in.T @ d, d.sum(axis=0)
            if li > 0:
                a_prev = ys[li - 1]
                d = (d @ w.T) * _ACTS[acts[li - 1]][1](a_prev, a_prev)
            for k, (p, g) in enumerate(((w, gw), (b, gb))):
                m[li][k][...] = 0.9 * m[li][k] + 0.1 * g
                v[li][k][...] = 0.999 * v[li][k] + 0.001 * g * g
                mh = m[li][k] / (1 - 0.9**step)
                vh = v[li][k] / (1 - 0.999**step)
                p -= lr * mh / (np.sqrt(vh) + 1e-8)
        if step % 10 == 0:
            record()


def make_snapshot(
    dataset: str = "circle",
    hidden: tuple[int, ...] = (4, 2),
    activations: tuple[str, ...] | None = None,
    feature_names: tuple[str, ...] = ("x1", "x2"),
    n_classes: int = 2,
    train_steps: int = 0,
    grid: int = 50,
    coarse: int = 20,
    n_points: int = 200,
    build_id: int = 1,
    history_points: int = 40,
    weights: list | None = None,
    seed: int = 0,
) -> Snapshot:
    """Build a snapshot the way the worker would, from a tiny NumPy MLP.

    Parameters
    ----------
    dataset : {"circle", "xor", "gauss", "spiral", "plane"}
        ``"plane"`` is regression (one linear output, targets in −1…1).
    hidden, activations, feature_names
        The architecture; activations default to tanh everywhere.
    n_classes : int
        Classes for ``gauss`` / ``spiral`` (circle and xor are always 2).
    train_steps : int
        Full-batch Adam steps (0 keeps the random initial weights; then the
        history is a made-up falling curve of ``history_points`` epochs).
    grid, coarse : int
        Side of the output grid (G) and of the per-neuron grids (g).
    weights : list of (W, b), optional
        Use these weights instead of random ones (shapes must match).
    """
    rng = np.random.default_rng(seed)
    regression = dataset == "plane"
    k = 1 if regression else (2 if dataset in ("circle", "xor") else n_classes)
    acts = tuple(activations or ("tanh",) * len(hidden))
    sizes = (len(feature_names), *hidden, k)
    if weights is None:
        weights = [
            (rng.normal(0, np.sqrt(1.0 / n_in), (n_in, n_out)), np.zeros(n_out))
            for n_in, n_out in zip(sizes[:-1], sizes[1:], strict=True)
        ]
    weights = [(np.array(w, dtype=float), np.array(b, dtype=float)) for w, b in weights]

    x, t = make_data(dataset, n_points, k, rng)
    order = rng.permutation(n_points)
    x, t = x[order], t[order]
    half = n_points // 2
    x_tr, t_tr, x_te, t_te = x[:half], t[:half], x[half:], t[half:]
    f_tr, f_te = features(x_tr, feature_names), features(x_te, feature_names)

    rows = []

    def evaluate():
        y_tr = _forward(weights, acts, f_tr, regression)[-1]
        y_te = _forward(weights, acts, f_te, regression)[-1]
        if regression:
            acc_tr = acc_te = float("nan")
        else:
            acc_tr = float(np.mean(y_tr.argmax(1) == t_tr))
            acc_te = float(np.mean(y_te.argmax(1) == t_te))
        return _loss(y_tr, t_tr, regression), _loss(y_te, t_te, regression), acc_tr, acc_te

    if train_steps:
        _train(weights, acts, f_tr, t_tr, regression, train_steps, 0.03,
               lambda: rows.append(evaluate()))
    else:
        e = np.arange(1, history_points + 1, dtype=float)
        base = 0.05 + 0.6 * np.exp(-e / 12.0)
        accs = np.nan if regression else 1.0 - base
        rows = [
            (base[i], base[i] * 1.2, accs if regression else accs[i],
             accs if regression else accs[i] * 0.97)
            for i in range(len(e))
        ]
    hist = np.array(rows, dtype=float).reshape(-1, 4)
    history = HistoryArrays(
        epoch=np.arange(1, len(hist) + 1, dtype=float),
        train_loss=hist[:, 0], test_loss=hist[:, 1], train_acc=hist[:, 2], test_acc=hist[:, 3],
    )

    def plane(side):
        xs = np.linspace(EXTENT[0], EXTENT[1], side)
        ys = np.linspace(EXTENT[2], EXTENT[3], side)
        gx, gy = np.meshgrid(xs, ys)  # row i = ys[i]: row 0 is the bottom
        return np.stack([gx.ravel(), gy.ravel()], axis=1)

    out = _forward(weights, acts, features(plane(grid), feature_names), regression)[-1]
    f_coarse = features(plane(coarse), feature_names)
    layers = _forward(weights, acts, f_coarse, regression)[:-1]
    tr_loss, te_loss, tr_acc, te_acc = evaluate()
    return Snapshot(
        build_id=build_id, step=train_steps, epoch=len(hist),
        train_loss=tr_loss, test_loss=te_loss, train_acc=tr_acc, test_acc=te_acc,
        history=history,
        problem="regression" if regression else "classification",
        n_classes=k, feature_names=tuple(feature_names), layer_sizes=sizes,
        activations=acts, weights=tuple((w.copy(), b.copy()) for w, b in weights),
        extent=EXTENT,
        output_grid=out.reshape(grid, grid, k),
        feature_grids=f_coarse.reshape(coarse, coarse, len(feature_names)),
        neuron_grids=tuple(y.reshape(coarse, coarse, -1) for y in layers),
        x_train=x_tr, t_train=t_tr, x_test=x_te, t_test=t_te,
    )
