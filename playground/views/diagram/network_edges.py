"""How the diagram draws its weights: colour by sign, width by size, few draw calls.

Edges are grouped into buckets of equal (sign, width); each bucket is drawn with
one ``QPainter.drawLines`` call straight from a NumPy array of coordinates (no
Python object per line). Measured on this machine: opaque lines draw about 15×
faster than translucent ones, so "fading" mixes the colour toward white
instead of using alpha.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from playground.views.colors import NEGATIVE_HEX, POSITIVE_HEX

#: A layer pair with more weights than this draws only its strongest ones
#: (10 × 64 neurons would otherwise mean 37 000 lines and ~60 ms per frame).
MAX_EDGES_PER_PAIR = 400
#: Pairs up to this many edges are drawn at full colour; more are faded.
FULL_COLOR_EDGES = 64
#: Chunks per (width) group in dense pairs, so neither sign hides the other.
INTERLEAVE = 4
#: Pen width for 1 px edges of dense pairs. Qt draws a width-1 pen with its
#: cosmetic line stepper, pixel by pixel; a hair wider goes through the span
#: filler, measured 35 % faster for steep lines here (4x for shallow ones).
#: The price: near 45° such a line is 2 px thick in places, invisible among
#: hundreds of faded lines but not on a small network's few, which keep 1 px.
HAIRLINE_PX = 1.01
_WHITE = np.array([255.0, 255.0, 255.0])
_POS = np.array(QColor(POSITIVE_HEX).getRgb()[:3], dtype=np.float64)
_NEG = np.array(QColor(NEGATIVE_HEX).getRgb()[:3], dtype=np.float64)


_WIDTH_AT_0, _WIDTH_PER_W = 0.5, 1.6  # pen width / line scale = 0.5 + 1.6 |w|


def edge_widths(abs_w: np.ndarray, line_scale: float, max_width: float) -> np.ndarray:
    """Integer pen widths (px), growing linearly with ``|w|`` and clipped.

    ``|w| = 0`` gives 1 px, ``|w| = 1`` 2 px, ``|w| = 2`` 4 px, and
    ``|w| ≥ 3.5`` the maximum (6 px at laptop scale, less when nodes are
    packed tight).
    """
    raw = (_WIDTH_AT_0 + _WIDTH_PER_W * np.nan_to_num(abs_w, nan=0.0, posinf=10.0)) * line_scale
    top = max(1, int(max_width))
    return np.clip(np.rint(raw), 1, top).astype(np.int64)


def abs_w_for_width(width: float, line_scale: float) -> float:
    """The ``|w|`` that :func:`edge_widths` draws ``width`` px wide (its inverse)."""
    return max(0.0, (width / line_scale - _WIDTH_AT_0) / _WIDTH_PER_W)


def pair_fade(n_edges: int) -> float:
    """1.0 for a few edges, down to 0.3 for thousands (how far from white)."""
    if n_edges <= FULL_COLOR_EDGES:
        return 1.0
    return float(max(np.sqrt(FULL_COLOR_EDGES / n_edges), 0.3))


def pen_width(width: int, n_edges: int) -> float:
    """The pen width that paints an edge ``width`` px wide in a pair of
    ``n_edges`` edges (see HAIRLINE_PX)."""
    if width <= 1 and n_edges > FULL_COLOR_EDGES:
        return HAIRLINE_PX
    return float(width)


def edge_color(positive: bool, width: int, line_scale: float, fade: float) -> QColor:
    """The opaque colour of an edge: its sign's hue, paler when thin or faded.

    Thin (weak) edges are drawn paler than thick ones, so a glance shows which
    connections matter even where lines cross.
    """
    strength = min(0.45 + 0.55 * (width / line_scale - 1.0) / 2.0, 1.0) * fade
    base = _POS if positive else _NEG
    rgb = np.rint(_WHITE + (base - _WHITE) * strength).astype(int)
    return QColor(int(rgb[0]), int(rgb[1]), int(rgb[2]))


@dataclass(frozen=True)
class EdgeBucket:
    """Edges of one pair that share a pen: ``indices`` into ``W.ravel()``."""

    positive: bool
    width: int
    indices: np.ndarray


def bucket_edges(
    weights: np.ndarray, line_scale: float, max_width: float, max_edges: int = MAX_EDGES_PER_PAIR
) -> tuple[list[EdgeBucket], int]:
    """Group one weight matrix's edges by (sign, width), thinnest first.

    Parameters
    ----------
    weights : ndarray, shape (n_in, n_out)
    line_scale, max_width : float
        From the view style and the layout.
    max_edges : int
        When the matrix is larger, keep only the ``max_edges`` largest ``|w|``.

    Returns
    -------
    buckets : list of EdgeBucket
        In drawing order (thin under thick).
    n_hidden : int
        How many edges were left out.
    """
    w = np.nan_to_num(np.asarray(weights, dtype=np.float64).ravel())
    abs_w = np.abs(w)
    keep = np.arange(w.size)
    if w.size > max_edges:
        keep = np.argpartition(abs_w, w.size - max_edges)[w.size - max_edges:]
    widths = edge_widths(abs_w[keep], line_scale, max_width)
    # In a dense pair, whichever sign is drawn last would cover the other, so
    # equal widths are split into interleaved chunks (−, +, −, + …).
    chunks = INTERLEAVE if w.size > FULL_COLOR_EDGES else 1
    keys = (widths * chunks + keep % chunks) * 2 + (w[keep] >= 0)
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    ends = np.r_[starts[1:], sorted_keys.size]
    buckets = [
        EdgeBucket(bool(sorted_keys[a] % 2), int(sorted_keys[a] // 2 // chunks), keep[order[a:b]])
        for a, b in zip(starts, ends, strict=True)
    ]
    return buckets, int(w.size - keep.size)


def draw_lines(painter: QPainter, lines: np.ndarray) -> int:
    """Draw ``(n, 4)`` float64 segments in one call, without a QLineF per line.

    QLineF is four doubles, so a C-contiguous ``(n, 4)`` array *is* a QLineF
    array; shiboken hands its address to ``drawLines(const QLineF*, int)``.
    Returns the number of lines handed to the painter.
    """
    if lines.shape[0] == 0:
        return 0
    buf = np.ascontiguousarray(lines, dtype=np.float64)
    painter.drawLines(shiboken6.wrapInstance(buf.ctypes.data, QLineF), buf.shape[0])
    return int(buf.shape[0])


def dot_pen(color: QColor, diameter: float) -> QPen:
    """A round-capped pen: with :func:`draw_points` each point is a dot this wide."""
    pen = QPen(color, diameter)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def draw_points(painter: QPainter, points: np.ndarray) -> None:
    """Draw ``(n, 2)`` float64 points in one call (QPointF is two doubles).

    With a round-capped pen of width ``d`` each point is a dot of diameter
    ``d``: hundreds of dots for the price of one call.
    """
    if points.shape[0] == 0:
        return
    buf = np.ascontiguousarray(points, dtype=np.float64)
    painter.drawPoints(shiboken6.wrapInstance(buf.ctypes.data, QPointF), buf.shape[0])
