"""Where the boxes of a computational graph go: left to right, few crossings (no Qt).

Columns follow the data: a node sits one column right of its furthest parent,
and a leaf (an input, a weight) sits just left of the first node that uses it,
the way the book draws the tax entering at the last multiplication. Within a
column the order starts as the topological order (so the same graph always
looks the same) and is improved by a few barycentre sweeps; then each column's
boxes are placed as near as possible to the average height of their
neighbours without overlapping (an isotonic fit), which keeps edges straight.

Edge labels (what backprop sends) sit in the gap before the child's column, on
their edge, nudged apart vertically when they would overlap.
"""

from __future__ import annotations

from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # x, y, width, height


@dataclass(frozen=True)
class Sizes:
    """Spacing of the layout, in pixels (scaled with the font by the canvas)."""

    gap_x: float = 28.0  # the least horizontal gap between columns
    gap_y: float = 14.0  # between boxes of a column
    link: float = 8.0  # between an op bubble and its box
    margin: float = 12.0
    label_pad: float = 10.0  # around an edge label inside a gap


@dataclass
class GraphLayout:
    """Rectangles of every box, bubble and edge label, and the whole size.

    Attributes
    ----------
    boxes, bubbles : list of Rect
        Per node; a leaf's bubble has zero width.
    labels : dict
        ``(child, k) -> Rect`` of the label on the edge from the child's
        ``k``-th parent.
    columns : list of int
        Each node's column.
    width, height : float
    """

    boxes: list[Rect]
    bubbles: list[Rect]
    labels: dict[tuple[int, int], Rect]
    columns: list[int]
    width: float
    height: float

    def edge_points(self, child: int, parent: int) -> tuple[float, float, float, float]:
        """``(x0, y0, x1, y1)``: from the parent box's right side to the child's bubble."""
        px, py, pw, ph = self.boxes[parent]
        bx, by, bw, bh = self.bubbles[child]
        if bw == 0:
            bx, by, bw, bh = self.boxes[child]
        return px + pw, py + ph / 2, bx, by + bh / 2


def columns_of(parents: list[tuple[int, ...]]) -> list[int]:
    """Column per node (``parents`` in topological order); leaves just left of their first use."""
    col = [0] * len(parents)
    for i, ps in enumerate(parents):
        col[i] = 1 + max((col[p] for p in ps), default=-1)
    first_use: dict[int, int] = {}
    for i, ps in enumerate(parents):
        for p in ps:
            first_use[p] = min(first_use.get(p, col[i]), col[i])
    for i, ps in enumerate(parents):
        if not ps and i in first_use:
            col[i] = first_use[i] - 1
    return col


def isotonic_tops(desired: list[float], heights: list[float], gap: float) -> list[float]:
    """Tops nearest (least squares) to ``desired`` that keep the order without overlap."""
    offsets, total = [], 0.0
    for h in heights:
        offsets.append(total)
        total += h + gap
    blocks: list[list[float]] = []  # [sum, count] of pooled targets
    for d, off in zip(desired, offsets, strict=True):
        blocks.append([d - off, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            s, n = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += n
    values = [v for s, n in blocks for v in [s / n] * int(n)]
    return [v + off for v, off in zip(values, offsets, strict=True)]


def compute_layout(parents: list[tuple[int, ...]], boxes: list[tuple[float, float]],
                   bubbles: list[tuple[float, float]],
                   labels: dict[tuple[int, int], tuple[float, float]],
                   sizes: Sizes = Sizes()) -> GraphLayout:
    """Place a graph given the size of every box, bubble and edge label.

    Parameters
    ----------
    parents : list of tuple of int
        Per node in topological order, its parents.
    boxes, bubbles : list of (width, height)
        Per node; a leaf's bubble is ``(0, 0)``.
    labels : dict
        ``(child, k) -> (width, height)`` of the largest label that edge will carry.
    sizes : Sizes
    """
    n = len(parents)
    col = columns_of(parents)
    n_cols = max(col, default=-1) + 1
    neighbours: list[list[int]] = [list(ps) for ps in parents]
    for i, ps in enumerate(parents):
        for p in ps:
            neighbours[p].append(i)
    order = [[i for i in range(n) if col[i] == c] for c in range(n_cols)]
    for sweep in range(4):  # barycentre ordering, alternating directions
        cols = range(1, n_cols) if sweep % 2 == 0 else range(n_cols - 2, -1, -1)
        rank = {i: k / max(1, len(o)) for o in order for k, i in enumerate(o)}
        for c in cols:
            def key(i, c=c, rank=rank):
                near = [rank[j] for j in neighbours[i] if col[j] != c]
                return sum(near) / len(near) if near else rank[i]
            order[c].sort(key=key)
            rank.update({i: k / max(1, len(order[c])) for k, i in enumerate(order[c])})
    heights = [max(boxes[i][1], bubbles[i][1]) for i in range(n)]
    center = [0.0] * n
    for o in order:  # first guess: each column stacked around 0
        tops = isotonic_tops([0.0] * len(o), [heights[i] for i in o], sizes.gap_y)
        for i, t in zip(o, tops, strict=True):
            center[i] = t + heights[i] / 2
    for sweep in range(8):
        cols = range(n_cols) if sweep % 2 == 0 else range(n_cols - 1, -1, -1)
        for c in cols:
            o = order[c]
            desired = []
            for i in o:
                near = [center[j] for j in neighbours[i]]
                target = sum(near) / len(near) if near else center[i]
                desired.append(target - heights[i] / 2)
            tops = isotonic_tops(desired, [heights[i] for i in o], sizes.gap_y)
            for i, t in zip(o, tops, strict=True):
                center[i] = t + heights[i] / 2
    top = min((center[i] - heights[i] / 2 for i in range(n)), default=0.0)
    shift = sizes.margin - top

    # Columns: bubbles right-aligned against the boxes' common left edge.
    gap_before = [sizes.gap_x] * n_cols
    for (child, _k), (w, _h) in labels.items():
        c = col[child]
        gap_before[c] = max(gap_before[c], w + 2 * sizes.label_pad)
    box_left, col_left, x = [0.0] * n_cols, [0.0] * n_cols, sizes.margin
    for c in range(n_cols):
        if c:
            x += gap_before[c]
        col_left[c] = x
        bubble_w = max((bubbles[i][0] for i in order[c]), default=0.0)
        box_left[c] = x + (bubble_w + sizes.link if bubble_w else 0.0)
        x = box_left[c] + max((boxes[i][0] for i in order[c]), default=0.0)
    box_rects, bubble_rects = [], []
    for i in range(n):
        cy = center[i] + shift
        bw, bh = boxes[i]
        left = box_left[col[i]]
        box_rects.append((left, cy - bh / 2, bw, bh))
        uw, uh = bubbles[i]
        bubble_rects.append((left - sizes.link - uw if uw else left, cy - uh / 2, uw, uh))
    layout = GraphLayout(box_rects, bubble_rects, {}, col, x + sizes.margin, 0.0)
    layout.labels = _place_labels(layout, parents, labels, gap_before, col_left, sizes)
    bottoms = [r[1] + r[3] for r in box_rects + bubble_rects + list(layout.labels.values())]
    layout.height = max(bottoms, default=0.0) + sizes.margin
    return layout


def _place_labels(layout: GraphLayout, parents, labels, gap_before, col_left,
                  sizes: Sizes) -> dict[tuple[int, int], Rect]:
    """Each label in the gap before its child's column, on its edge, without overlaps."""
    by_column: dict[int, list[tuple[float, tuple[int, int]]]] = {}
    anchor: dict[tuple[int, int], float] = {}
    for (child, k), (_w, h) in labels.items():
        c = layout.columns[child]
        x0, y0, x1, y1 = layout.edge_points(child, parents[child][k])
        ax = col_left[c] - gap_before[c] / 2
        t = 0.5 if x1 == x0 else min(1.0, max(0.0, (ax - x0) / (x1 - x0)))
        y = y0 + (y1 - y0) * (3 * t * t - 2 * t * t * t)  # the edge's S-curve
        anchor[(child, k)] = ax
        by_column.setdefault(c, []).append((y - h / 2, (child, k)))
    placed = {}
    for items in by_column.values():
        items.sort()
        keys = [key for _, key in items]
        tops = isotonic_tops([t for t, _ in items], [labels[key][1] for key in keys], 2.0)
        for key, top in zip(keys, tops, strict=True):
            w, h = labels[key]
            placed[key] = (anchor[key] - w / 2, max(sizes.margin / 2, top), w, h)
    return placed
