"""The book's gradient-descent toy problems, run by the engine's own optimisers.

Two functions of a point ``(x0, x1)``:

``square_sum``
    ``f = x0² + x1²``, the book's first example of the gradient method: from
    (−3, 4), 100 steps of plain SGD. η = 0.1 reaches about (−6.1e−10, 8.1e−10);
    η = 1e−10 barely moves; η = 10 multiplies the point by 1 − 2η = −19 every
    step and blows up.
``elongated_bowl``
    ``f = x0²/20 + x1²``, the book's comparison of optimisers: from (−7, 2),
    30 steps. Its valley is 20 times flatter along x0 than along x1, so SGD
    zig-zags across it while the others find their way along it.

Every run uses an :mod:`engine.optimizers` class on a one-entry parameter dict
``{"p": array([x0, x1])}``, exactly as training updates a network, so the
paths shown in the lesson are those of the code that trains the networks.

Results are :class:`DescentPath` values (plain arrays and numbers) that can be
sent across a process pipe.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.gradcheck import numerical_gradient
from engine.optimizers import OPTIMIZERS, make_optimizer


def square_sum(p: np.ndarray) -> np.ndarray:
    """``x0² + x1²`` for points ``p`` of shape (..., 2); returns shape (...)."""
    p = np.asarray(p, dtype=np.float64)
    return p[..., 0] ** 2 + p[..., 1] ** 2


def square_sum_gradient(p: np.ndarray) -> np.ndarray:
    """``(2 x0, 2 x1)``, shape (..., 2)."""
    return 2.0 * np.asarray(p, dtype=np.float64)


def elongated_bowl(p: np.ndarray) -> np.ndarray:
    """``x0²/20 + x1²`` for points ``p`` of shape (..., 2); returns shape (...)."""
    p = np.asarray(p, dtype=np.float64)
    return p[..., 0] ** 2 / 20.0 + p[..., 1] ** 2


def elongated_bowl_gradient(p: np.ndarray) -> np.ndarray:
    """``(x0/10, 2 x1)``, shape (..., 2)."""
    p = np.asarray(p, dtype=np.float64)
    return np.stack([p[..., 0] / 10.0, 2.0 * p[..., 1]], axis=-1)


#: name -> (f, gradient of f), both on points of shape (..., 2).
FUNCTIONS: dict[str, tuple[Callable[[np.ndarray], np.ndarray], Callable[[np.ndarray], np.ndarray]]] = {
    "square_sum": (square_sum, square_sum_gradient),
    "elongated_bowl": (elongated_bowl, elongated_bowl_gradient),
}

#: The book's learning rates for the optimiser comparison on ``elongated_bowl``.
#: The book shows only the first four. Nesterov gets Momentum's 0.1 so the two
#: compare directly (Nesterov damps the overshoot past x0 = 0); RMSprop gets 0.1,
#: which slides smoothly along the valley like AdaGrad (0.2 and above jump
#: straight to x1 = 0 on the first step, hiding the adaptation).
BOOK_RATES: dict[str, float] = {
    "sgd": 0.95,
    "momentum": 0.1,
    "adagrad": 1.5,
    "adam": 0.3,
    "nesterov": 0.1,
    "rmsprop": 0.1,
}

GRADIENT_METHOD_START = (-3.0, 4.0)
OPTIMIZER_START = (-7.0, 2.0)


@dataclass(frozen=True, eq=False)
class DescentPath:
    """Where an optimiser went.

    Attributes
    ----------
    points : ndarray, shape (steps + 1, 2)
        The start, then the point after each step. After an overflow (a huge
        learning rate) entries may be inf or NaN.
    values : ndarray, shape (steps + 1,)
        ``f`` at each point.
    function : str
        Key of :data:`FUNCTIONS`.
    optimizer : str
        Key of :data:`engine.optimizers.OPTIMIZERS`.
    lr : float
    numerical : bool
        Whether the gradient was the central difference instead of the formula.
    """

    points: np.ndarray
    values: np.ndarray
    function: str
    optimizer: str
    lr: float
    numerical: bool = False


def descend(
    function: str,
    optimizer: str,
    lr: float,
    start: tuple[float, float],
    steps: int,
    *,
    numerical: bool = False,
    h: float = 1e-4,
    **hyper: float,
) -> DescentPath:
    """Run ``steps`` updates of the engine's optimiser ``optimizer`` on ``function``.

    Parameters
    ----------
    function : str
        Key of :data:`FUNCTIONS`.
    optimizer : str
        Key of :data:`engine.optimizers.OPTIMIZERS`.
    lr : float
        Learning rate η (validated by the optimiser).
    start : (float, float)
    steps : int
    numerical : bool
        Use the book's numerical gradient (central difference with step ``h``,
        perturbing the point in place) instead of the exact one; see
        :func:`gradient_method`.
    **hyper
        Other settings of the optimiser (momentum, decay, beta1, ...).

    Returns
    -------
    DescentPath
    """
    if function not in FUNCTIONS:
        raise ValueError(f"Unknown function {function!r}; choose one of {', '.join(FUNCTIONS)}.")
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"Unknown optimizer {optimizer!r}; choose one of {', '.join(OPTIMIZERS)}.")
    if isinstance(steps, bool) or not isinstance(steps, int | np.integer) or steps < 0:
        raise ValueError(f"The number of steps must be a whole number 0 or more; got {steps!r}.")
    point = np.array(start, dtype=np.float64)
    if point.shape != (2,) or not np.all(np.isfinite(point)):
        raise ValueError(f"The start must be two finite numbers; got {start!r}.")
    f, grad = FUNCTIONS[function]
    opt = make_optimizer(optimizer, lr, **hyper)
    params = {"p": point}
    grads = {"p": np.zeros(2)}  # filled in place: the optimiser keeps its arrays
    opt.bind(params)
    path = np.empty((steps + 1, 2))
    path[0] = point
    # A huge η overflows to inf and then NaN: that is the lesson, not a warning.
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(steps):
            if numerical:
                grads["p"][...] = numerical_gradient(lambda: float(f(point)), point, h)
            else:
                grads["p"][...] = grad(point)
            opt.update(params, grads)
            path[i + 1] = point
        values = f(path)
    return DescentPath(path, values, function, optimizer, float(lr), bool(numerical))


def gradient_method(
    lr: float = 0.1,
    steps: int = 100,
    start: tuple[float, float] = GRADIENT_METHOD_START,
    *,
    numerical: bool = False,
    h: float = 1e-4,
) -> DescentPath:
    """The book's gradient method: SGD on ``x0² + x1²`` from (−3, 4).

    With the exact gradient ``2x`` each step multiplies the point by
    ``1 − 2η``: η = 0.1 gives 0.8¹⁰⁰ ≈ 2e−10 of the start, (−6.1e−10, 8.1e−10);
    η = 10 gives (−19)¹⁰⁰ ≈ 7.5e127 of it.

    The book prints (−2.58e13, −1.29e12) for η = 10 instead, and
    ``numerical=True`` reproduces it. The book's numerical gradient is
    ``(f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h`` with h = 1e−4, where the difference
    should be ``4·xᵢ·h``. Each f is rounded to float64's 16 significant digits:
    after 9 steps |x| ≈ 1e12, f ≈ 2.6e24 and one rounding step of f (2^29 ≈ 5e8)
    is as large as ``4·xᵢ·h`` (≈ 5e8), so the difference is mostly rounding
    error: catastrophic cancellation of two nearly equal large numbers. x1's
    difference rounds to exactly 0 and x0's comes out wrong (step 10 lands on
    x0 = −2.59e13 instead of −1.84e13). From then on f ≈ 7e26, its rounding step
    (≈ 1e11) dwarfs ``4·x0·h`` (≈ 1e10), and ``x0 ± h`` even round to x0 itself:
    both differences are exactly 0, the "gradient" is 0, and the point stays
    where it is for the remaining 90 steps.

    Returns
    -------
    DescentPath
        ``points`` (steps + 1, 2) and ``values`` (steps + 1,).
    """
    return descend("square_sum", "sgd", lr, start, steps, numerical=numerical, h=h)


def optimizer_path(
    name: str,
    lr: float | None = None,
    start: tuple[float, float] = OPTIMIZER_START,
    steps: int = 30,
    **hyper: float,
) -> DescentPath:
    """One optimiser on ``x0²/20 + x1²``, as in the book's comparison.

    ``lr=None`` takes :data:`BOOK_RATES`; other settings (momentum, ...) take
    the engine's defaults, which are the book's.

    Returns
    -------
    DescentPath
        ``points`` (steps + 1, 2) and ``values`` (steps + 1,).
    """
    if lr is None:
        if name not in BOOK_RATES:
            raise ValueError(f"Unknown optimizer {name!r}; choose one of {', '.join(BOOK_RATES)}.")
        lr = BOOK_RATES[name]
    return descend("elongated_bowl", name, lr, start, steps, **hyper)


def optimizer_paths(
    start: tuple[float, float] = OPTIMIZER_START,
    steps: int = 30,
    rates: dict[str, float] | None = None,
) -> dict[str, DescentPath]:
    """Every optimiser of :data:`BOOK_RATES` (or of ``rates``) from the same start."""
    rates = dict(BOOK_RATES if rates is None else rates)
    return {name: optimizer_path(name, lr, start, steps) for name, lr in rates.items()}


def contour_grid(
    function: str,
    box: tuple[float, float, float, float] = (-10.0, 10.0, -5.0, 5.0),
    nx: int = 201,
    ny: int = 101,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``f`` sampled on a regular grid, for drawing contours or a heat map.

    Parameters
    ----------
    function : str
        Key of :data:`FUNCTIONS`.
    box : (x_min, x_max, y_min, y_max)
        Both ends included.
    nx, ny : int
        Samples along x0 and x1, at least 2 each.

    Returns
    -------
    xs : ndarray, shape (nx,)
    ys : ndarray, shape (ny,)
    z : ndarray, shape (ny, nx)
        ``z[j, i] = f(xs[i], ys[j])``: rows follow x1, as an image is stored.
    """
    if function not in FUNCTIONS:
        raise ValueError(f"Unknown function {function!r}; choose one of {', '.join(FUNCTIONS)}.")
    x_min, x_max, y_min, y_max = (float(v) for v in box)
    if not (math.isfinite(x_min) and math.isfinite(x_max) and x_min < x_max):
        raise ValueError(f"The box needs x_min < x_max, both finite; got {box!r}.")
    if not (math.isfinite(y_min) and math.isfinite(y_max) and y_min < y_max):
        raise ValueError(f"The box needs y_min < y_max, both finite; got {box!r}.")
    if int(nx) < 2 or int(ny) < 2:
        raise ValueError(f"The grid needs at least 2 samples a side; got {nx} x {ny}.")
    xs = np.linspace(x_min, x_max, int(nx))
    ys = np.linspace(y_min, y_max, int(ny))
    grid = np.stack(np.meshgrid(xs, ys), axis=-1)  # (ny, nx, 2)
    return xs, ys, FUNCTIONS[function][0](grid)
