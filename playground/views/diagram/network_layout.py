"""Geometry of the network diagram: where nodes and edges go, and hit tests.

Pure arithmetic on NumPy arrays (no painting), recomputed only when the widget
size, the architecture or the style changes. Columns are numbered like the
snapshot's ``layer_sizes``: 0 = inputs, then hidden layers, last = outputs.
Edge ``pair`` ``l`` joins column ``l`` to column ``l + 1``; its edges are
ordered like ``W.ravel()`` for ``W`` of shape ``(n_l, n_{l+1})``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QRectF

#: Below this side (px) a node is a plain dot instead of a heatmap.
MIN_HEATMAP_PX = 16.0


@dataclass(frozen=True)
class Margins:
    """Space reserved around the node area (px): headers on top, labels at the sides."""

    top: float
    left: float
    right: float
    bottom: float


@dataclass(frozen=True)
class NetworkLayout:
    """Node centres and sizes for one widget size and architecture.

    Every column has its own node size: a column of 2 inputs keeps big
    heatmaps next to a column of 64 neurons drawn as dots.

    Attributes
    ----------
    layer_sizes : tuple of int
    node_sizes : ndarray, shape (L,)
        Per column: side of a node's square (heatmap) or diameter of its dot, px.
    slots : ndarray, shape (L,)
        Per column: vertical distance between neighbouring node centres, px.
    shows_heatmap : tuple of bool
        Per column: whether its nodes are large enough to show their heatmaps.
    xs : ndarray, shape (L,)
        Column centres.
    ys : tuple of ndarray
        Node centres of each column, shape ``(n_l,)``.
    """

    layer_sizes: tuple[int, ...]
    node_sizes: np.ndarray
    slots: np.ndarray
    shows_heatmap: tuple[bool, ...]
    xs: np.ndarray
    ys: tuple[np.ndarray, ...]
    _edges: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def n_columns(self) -> int:
        return len(self.layer_sizes)

    def node_rect(self, layer: int, index: int) -> QRectF:
        """The square a node occupies."""
        side = float(self.node_sizes[layer])
        h = side / 2
        return QRectF(self.xs[layer] - h, self.ys[layer][index] - h, side, side)

    def hit_half(self, layer: int) -> float:
        """Half-size of a node's hover area in a column: at least a few px, even for dots."""
        return float(max(self.node_sizes[layer] / 2, min(self.slots[layer] / 2, 7.0)))

    def pair_slot(self, pair: int) -> float:
        """The tighter row spacing of the two columns an edge pair joins (px)."""
        return float(min(self.slots[pair], self.slots[pair + 1]))

    def node_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The ``(layer, index)`` under the point, or None."""
        for layer, cx in enumerate(self.xs):
            half = self.hit_half(layer)
            if abs(x - cx) <= half:
                ys = self.ys[layer]
                k = int(np.argmin(np.abs(ys - y)))
                if abs(ys[k] - y) <= half:
                    return layer, k
        return None

    def _pair_span(self, pair: int) -> tuple[float, float]:
        """x where the pair's edges leave column ``pair`` and reach ``pair + 1``:
        the right border of one node and the left border of the other."""
        return (float(self.xs[pair] + self.node_sizes[pair] / 2),
                float(self.xs[pair + 1] - self.node_sizes[pair + 1] / 2))

    def edge_lines(self, pair: int) -> np.ndarray:
        """Segments ``(n_in * n_out, 4)`` as ``x1, y1, x2, y2`` rows (cached)."""
        lines = self._edges.get(pair)
        if lines is None:
            ya, yb = self.ys[pair], self.ys[pair + 1]
            xa, xb = self._pair_span(pair)
            y1, y2 = np.meshgrid(ya, yb, indexing="ij")
            lines = np.empty((y1.size, 4))
            lines[:, 0] = xa
            lines[:, 1] = y1.ravel()
            lines[:, 2] = xb
            lines[:, 3] = y2.ravel()
            self._edges[pair] = lines
        return lines

    def edge_at(self, x: float, y: float, tolerance: float = 4.0) -> tuple[int, int, int] | None:
        """The ``(pair, i, j)`` of the edge nearest the point, within ``tolerance`` px."""
        for pair in range(self.n_columns - 1):
            xa, xb = self._pair_span(pair)
            if not xa < x < xb:
                continue
            t = (x - xa) / (xb - xa)
            ya, yb = self.ys[pair][:, None], self.ys[pair + 1][None, :]
            on_line = ya + (yb - ya) * t
            slope = (yb - ya) / (xb - xa)
            # Perpendicular distance from the point to each (infinite) line.
            dist = np.abs(y - on_line) / np.sqrt(1.0 + slope * slope)
            i, j = np.unravel_index(int(np.argmin(dist)), dist.shape)
            if dist[i, j] <= tolerance:
                return pair, int(i), int(j)
            return None
        return None


def compute_layout(
    layer_sizes: tuple[int, ...],
    width: float,
    height: float,
    margins: Margins,
    max_node: float = 46.0,
) -> NetworkLayout:
    """Fit the columns into ``width × height``.

    Each column gets the largest node its own count allows (capped by
    ``max_node`` and by the column spacing, so edges keep room to be seen).
    Rows are spaced as in the tallest column unless a column's larger nodes
    need more room; each column is centred vertically. When every node hits
    the cap (small networks) all columns share one size and one spacing.
    """
    sizes = tuple(int(n) for n in layer_sizes)
    n_cols = max(len(sizes), 2)
    avail_w = max(width - margins.left - margins.right, 20.0)
    avail_h = max(height - margins.top - margins.bottom, 20.0)
    shared_slot = avail_h / max(max(sizes, default=1), 1)
    gap = avail_w / (n_cols - 1)
    counts = np.maximum(np.array(sizes, dtype=np.float64), 1.0)
    room = avail_h / counts  # the slot a column would have if it filled the height
    nodes = np.maximum(np.minimum(np.minimum(room * 0.8, gap * 0.42), max_node), 2.0)
    heat = nodes >= MIN_HEATMAP_PX
    # Dots stay small enough to leave gaps between neighbours.
    nodes = np.where(heat, nodes, np.maximum(np.minimum(np.minimum(nodes, room * 0.7), 10.0),
                                             2.0))
    # Rows keep the tallest column's spacing (so equal nodes stay in step); a
    # column with larger nodes spreads just enough to keep the tallest
    # column's proportions, never beyond its ``room`` (the 2 px minimum dot
    # may not fit a tiny widget).
    slots = np.minimum(room, np.maximum(shared_slot, nodes / np.where(heat, 0.8, 0.7)))
    if sizes:
        first = margins.left + nodes[0] / 2
        last = margins.left + avail_w - nodes[-1] / 2
        xs = first + np.arange(len(sizes)) * (last - first) / (n_cols - 1)
    else:
        xs = np.zeros(0)
    centre = margins.top + avail_h / 2
    ys = tuple(centre + (np.arange(n) - (n - 1) / 2) * slot
               for n, slot in zip(sizes, slots, strict=True))
    return NetworkLayout(sizes, nodes, slots, tuple(bool(h) for h in heat), xs, ys)
