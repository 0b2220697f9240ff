"""Small pieces the gradient-descent views share: a quiet plot, contour lines, levels.

``make_plot`` gives a white pyqtgraph plot that does not steal the keyboard (a
click must not take Space away from Play) and has no context menu or zoom
buttons; ``style_plot`` applies a :class:`ViewStyle` (fonts and line widths for
projector mode) and the axis titles in place; ``contour_lines`` turns a sampled
function into one drawable polyline per plot (levels separated by NaN, so a
single item draws them all, as DESIGN.md asks).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from playground.guard import guarded
from playground.views.colors import INK_HEX, MUTED_HEX, ViewStyle

#: Contour lines and the heat map under them: light, so paths stand out.
CONTOUR_HEX = "#8a8a8a"
#: Paths, arrows and markers of the descent (Okabe–Ito blue and vermillion).
STEP_HEX = "#0072B2"
TANGENT_HEX = "#D55E00"


class WrappedLabel(QLabel):
    """A word-wrapped label whose last line is never cut off.

    Japanese glyphs come from a fallback font whose lines are taller than the
    label's own font reckons with, so a label asks for half a line more than
    its text needs, and keeps its text at the top.
    """

    def __init__(self, parent=None, objectName: str = ""):  # noqa: N803 (Qt's keyword)
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    @guarded(default=-1)
    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return super().heightForWidth(width) + self.fontMetrics().height() // 2


def make_plot(parent, name: str) -> pg.PlotWidget:
    """A white, fixed (no mouse zoom or pan), menu-less plot called ``name``."""
    plot = pg.PlotWidget(parent, background="w")
    plot.setObjectName(name)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.getViewBox().setMouseEnabled(x=False, y=False)
    for side in ("left", "bottom"):
        item.getAxis(side).enableAutoSIPrefix(False)  # ticks show the real numbers
    return plot


def style_plot(plot: pg.PlotWidget, style: ViewStyle, labels: dict[str, str],
               title: str | None = None) -> None:
    """Fonts, axis pens and the axis titles ``{"left": ..., "bottom": ...}``."""
    item = plot.getPlotItem()
    font = style.font()
    for side, text in labels.items():
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen(MUTED_HEX, width=style.width(1)))
        axis.setTextPen(pg.mkPen(INK_HEX))
        axis.setStyle(tickFont=font)
        axis.setLabel(text, **{"font-size": f"{style.font_pt:.0f}pt", "color": INK_HEX})
    if title is not None:
        item.setTitle(title, size=f"{style.font_pt:.0f}pt", color=INK_HEX)


def contour_lines(xs: np.ndarray, ys: np.ndarray, z: np.ndarray,
                  levels) -> tuple[np.ndarray, np.ndarray]:
    """Iso-lines of ``z[j, i] = f(xs[i], ys[j])`` at ``levels``, as one NaN-separated polyline.

    Returns
    -------
    (X, Y) : ndarray, shape (M,)
        Plot with ``connect="finite"``; empty when no level crosses the grid.
    """
    xs, ys = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    z = np.asarray(z, dtype=np.float64)
    finite = np.isfinite(z)
    if not finite.any():
        return np.zeros(0), np.zeros(0)
    data = np.where(finite, z, z[finite].max())  # overflowed corners: the highest ground
    data = np.ascontiguousarray(data.T)  # pyqtgraph indexes [x, y]
    px, py = [], []
    for level in levels:
        for line in pg.functions.isocurve(data, float(level), connected=True):
            pts = np.asarray(line, dtype=np.float64) - 0.5  # pixel centres -> indices
            px.extend((np.interp(pts[:, 0], np.arange(len(xs)), xs), [np.nan]))
            py.extend((np.interp(pts[:, 1], np.arange(len(ys)), ys), [np.nan]))
    if not px:
        return np.zeros(0), np.zeros(0)
    return np.concatenate(px), np.concatenate(py)


def spread_levels(z: np.ndarray, n: int = 12) -> np.ndarray:
    """``n`` levels that spread over the values of ``z`` (quantiles, so steep and flat
    parts both get lines); empty when ``z`` has fewer than two distinct finite values."""
    finite = np.asarray(z, dtype=np.float64)
    finite = finite[np.isfinite(finite)]
    if finite.size < 2 or finite.min() == finite.max():
        return np.zeros(0)
    levels = np.quantile(finite, np.linspace(0.02, 0.98, n) ** 1.5)
    return np.unique(levels)


def light_lut() -> np.ndarray:
    """256×3 look-up table from white (low) to a light grey-blue (high) for heat maps."""
    t = np.linspace(0.0, 1.0, 256)[:, None]
    low, high = np.array([255.0, 255.0, 255.0]), np.array([196.0, 210.0, 226.0])
    return np.round(low + (high - low) * t).astype(np.uint8)


def clip_path(points: np.ndarray, limit: float) -> np.ndarray:
    """``points`` (K, 2) up to the first one beyond ``limit`` (or not finite).

    That point is pulled back along its ray from the origin to ``limit``, so the
    line visibly leaves the plot in the right direction; Qt cannot draw 1e128.
    """
    points = np.asarray(points, dtype=np.float64)
    size = np.max(np.abs(points), axis=1)
    out = np.flatnonzero(~(size <= limit))
    if out.size == 0:
        return points
    k = int(out[0])
    if k == 0 or not np.isfinite(points[k]).all():
        return points[:k]
    return np.vstack([points[:k], points[k] * (limit / size[k])])


def curve_pen(hex_color: str, style: ViewStyle, px: float = 2.0, dashed: bool = False):
    """A pen of ``px`` (scaled for projector mode), solid or dashed."""
    pen = pg.mkPen(hex_color, width=style.width(px))
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen
