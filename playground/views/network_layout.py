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

    Attributes
    ----------
    layer_sizes : tuple of int
    node : float
        Side of a node's square (heatmap) or diameter of its dot, px.
    slot : float
        Vertical distance between neighbouring node centres, px.
    heatmaps : bool
        Whether nodes are large enough to show their heatmaps.
    xs : ndarray, shape (L,)
        Column centres.
    ys : tuple of ndarray
        Node centres of each column, shape ``(n_l,)``.
    """

    layer_sizes: tuple[int, ...]
    node: float
    slot: float
    heatmaps: bool
    xs: np.ndarray
    ys: tuple[np.ndarray, ...]
    _edges: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def n_columns(self) -> int:
        return len(self.layer_sizes)

    def node_rect(self, layer: int, index: int) -> QRectF:
        """The square a node occupies."""
        h = self.node / 2
        return QRectF(self.xs[layer] - h, self.ys[layer][index] - h, self.node, self.node)

    def hit_half(self) -> float:
        """Half-size of a node's hover area: at least a few px, even for dots."""
        return max(self.node / 2, min(self.slot / 2, 7.0))

    def node_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The ``(layer, index)`` under the point, or None."""
        half = self.hit_half()
        for layer, cx in enumerate(self.xs):
            if abs(x - cx) <= half:
                ys = self.ys[layer]
                k = int(np.argmin(np.abs(ys - y)))
                if abs(ys[k] - y) <= half:
                    return layer, k
        return None

    def edge_lines(self, pair: int) -> np.ndarray:
        """Segments ``(n_in * n_out, 4)`` as ``x1, y1, x2, y2`` rows (cached)."""
        lines = self._edges.get(pair)
        if lines is None:
            ya, yb = self.ys[pair], self.ys[pair + 1]
            xa, xb = self.xs[pair] + self.node / 2, self.xs[pair + 1] - self.node / 2
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
            xa = self.xs[pair] + self.node / 2
            xb = self.xs[pair + 1] - self.node / 2
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

    Nodes share one size, set by the tallest column (so rows line up) and by
    the column spacing (so edges keep room to be seen); each column is centred
    vertically.
    """
    sizes = tuple(int(n) for n in layer_sizes)
    n_cols = max(len(sizes), 2)
    avail_w = max(width - margins.left - margins.right, 20.0)
    avail_h = max(height - margins.top - margins.bottom, 20.0)
    tallest = max(max(sizes, default=1), 1)
    slot = avail_h / tallest
    gap = avail_w / (n_cols - 1)
    node = float(max(min(max_node, slot * 0.8, gap * 0.42), 2.0))
    heatmaps = node >= MIN_HEATMAP_PX
    if not heatmaps:
        # Dots: keep them small enough to leave gaps between neighbours.
        node = float(max(min(node, slot * 0.7, 10.0), 2.0))
    xs = margins.left + node / 2 + np.arange(len(sizes)) * (avail_w - node) / (n_cols - 1)
    centre = margins.top + avail_h / 2
    ys = tuple(centre + (np.arange(n) - (n - 1) / 2) * slot for n in sizes)
    return NetworkLayout(sizes, node, slot, heatmaps, xs, ys)
