"""Small helpers for grids on the input plane: axis ticks and smooth enlarging."""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np


def nice_ticks(lo: float, hi: float, max_ticks: int = 7) -> list[tuple[float, str]]:
    """Round tick positions covering ``lo…hi``, e.g. −6, −4, … 6 for −6…6.

    Returns
    -------
    list of (value, label)
        In the form pyqtgraph's ``AxisItem.setTicks`` takes for one level.
    """
    span = hi - lo
    if not span > 0 or not math.isfinite(span):
        return [(lo, f"{lo:g}")]
    magnitude = 10.0 ** math.floor(math.log10(span / max_ticks))
    for mult in (1, 2, 2.5, 5, 10):
        step = mult * magnitude
        if span / step <= max_ticks - 1:
            break
    first = math.ceil(lo / step - 1e-9) * step
    values = np.arange(first, hi + step * 1e-6, step)
    return [(float(v), f"{0.0 if abs(v) < step * 1e-9 else v:g}") for v in values]


@lru_cache(maxsize=16)
def _interp_matrix(n_in: int, n_out: int) -> np.ndarray:
    """``(n_out, n_in)`` linear-interpolation weights between two even samplings."""
    pos = np.linspace(0.0, n_in - 1.0, n_out)
    left = np.clip(np.floor(pos).astype(int), 0, max(n_in - 2, 0))
    frac = pos - left
    m = np.zeros((n_out, n_in))
    rows = np.arange(n_out)
    m[rows, left] = 1.0 - frac
    if n_in > 1:
        m[rows, left + 1] += frac
    return m


def upsample(grid: np.ndarray, side: int) -> np.ndarray:
    """Bilinearly resample a square grid ``(g, g)`` to ``(side, side)``.

    Corner samples stay on the corners (both grids span the same extent), and
    row 0 stays the bottom. NaN spreads to its neighbours, which keeps a
    diverged map visibly grey.
    """
    g = grid.shape[0]
    if g == side or g < 2:
        return grid
    m = _interp_matrix(g, side)
    return m @ grid @ _interp_matrix(grid.shape[1], side).T
