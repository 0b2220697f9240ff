"""The diagram's values for the picked point: each node's output and each edge's ``x·w``.

An overlay painter for :attr:`NetworkView.overlays` (switched on by the
network panel's check box "Values for the picked point"). While it is on and
a point is picked, it repaints every edge by its *contribution* ``x_i·w_ij``
for that point instead of its weight ``w_ij`` (same colours: blue positive,
orange negative; wider for larger), writes each node's value (an input's
feature value, a neuron's output ``y``) beside it, and writes the ``x·w`` of
the inputs of the neuron under the mouse (or the selected one). A learner
sees which paths carry this point's signal and can follow it layer by layer.

The numbers come from the probe ``point_trace`` (see :func:`probe_request`),
the same the inspector uses, so the two always agree.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen

from playground.views.colors import INK_HEX, MUTED_HEX
from playground.views.diagram.network_edges import bucket_edges, draw_lines, edge_color, pair_fade
from playground.views.inspect import picked_point
from playground.views.numbers import fmt

#: Where along an edge (0 = its source) its number may sit, in order of preference:
#: the first place that covers no node, no value and no other number wins.
LABEL_AT = (0.45, 0.35, 0.55, 0.25, 0.65)
_BOX = QColor(255, 255, 255, 225)


class DiagramValues(QObject):
    """Paints a picked point's values over a :class:`NetworkView`.

    Parameters
    ----------
    view : NetworkView
    selection : Selection
        For the pick, the hovered and the selected node.
    """

    def __init__(self, view, selection):
        super().__init__(view)
        self.view = view
        self.selection = selection
        self.enabled = False
        self.result = None
        self._taken: list[QRectF] = []  # rectangles already covered by nodes and numbers
        #: What the last paint wrote: ``{"nodes": {(l, i): text}, "edges": {(l, i, j): text}}``.
        self.painted: dict = {}
        # First in line, so the selection's outline is drawn over these edges.
        view.overlays.insert(0, self.paint)
        selection.pickChanged.connect(lambda _p: view.update())
        selection.hoveredChanged.connect(lambda _h: self.enabled and view.update())

    def probe_request(self) -> dict:
        """The point trace to ask the worker for while on (nothing while off)."""
        return picked_point.probe_request(self.selection.pick) if self.enabled else {}

    def set_enabled(self, on: bool) -> None:
        self.enabled = bool(on)
        self.view.update()

    def set_result(self, result) -> None:
        self.result = result
        if self.enabled:
            self.view.update()

    # -- painting ------------------------------------------------------------------
    def paint(self, p, lay) -> None:
        """Contribution edges, node values and edge numbers (called inside paintEvent)."""
        self.painted = {}
        if not self.enabled:
            return
        pick = self.selection.pick
        if pick is None:
            return self._caption(p, QCoreApplication.translate(
                "DiagramValues", "Pick a point on the plane (Pick tool) to see its values here."))
        if not picked_point.fits(self.result, pick):
            return
        trace = self.result.trace
        sizes = (trace.layers[0].x.shape[1], *(lt.W.shape[1] for lt in trace.layers))
        if tuple(sizes) != tuple(lay.layer_sizes):
            return  # a new architecture: its trace is on the way
        self.painted = {"nodes": {}, "edges": {}}
        ring = self.view.view_style.width(5)  # the selection ring drawn around a node
        self._taken = [lay.node_rect(layer, k).adjusted(-ring, -ring, ring, ring)
                       for layer in range(lay.n_columns) for k in range(lay.layer_sizes[layer])]
        for pair, lt in enumerate(trace.layers):
            self._paint_pair(p, lay, pair, lt.x[0][:, None] * lt.W)
        values = [trace.layers[0].x[0]] + [lt.y[0] for lt in trace.layers]
        self._paint_node_values(p, lay, values)
        node = self.selection.hovered or self.selection.selected_node
        if node is not None and 1 <= node[0] < lay.n_columns and node[1] < lay.layer_sizes[node[0]]:
            lt = trace.layers[node[0] - 1]
            self._paint_edge_values(p, lay, node, lt.x[0] * lt.W[:, node[1]])

    def _paint_pair(self, p, lay, pair: int, contributions: np.ndarray) -> None:
        """Blank the pair's weight edges and draw its contributions instead."""
        style = self.view.view_style
        lines = lay.edge_lines(pair)
        x0 = float(lay.xs[pair] + lay.node_sizes[pair] / 2)
        x1 = float(lay.xs[pair + 1] - lay.node_sizes[pair + 1] / 2)
        margin = style.width(6)
        top = float(min(lay.ys[pair].min(), lay.ys[pair + 1].min())) - margin
        bottom = float(max(lay.ys[pair].max(), lay.ys[pair + 1].max())) + margin
        inset = style.width(3)  # leaves the hover and selection outlines around nodes alone
        p.fillRect(QRectF(x0 + inset, top, max(x1 - x0 - 2 * inset, 0.0), bottom - top),
                   QColor("white"))
        scale = style.line_scale
        slot = lay.pair_slot(pair)
        max_width = max(1.0, min(6.0 * scale, slot * 0.22))
        buckets, _hidden = bucket_edges(contributions, scale, max_width)
        fade = pair_fade(contributions.size)
        for b in buckets:
            pen = QPen(edge_color(b.positive, b.width, scale, fade), float(b.width))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            draw_lines(p, lines[b.indices])

    def _paint_node_values(self, p, lay, values: list[np.ndarray]) -> None:
        """Each node's value under it (or over its lower edge when rows are tight)."""
        fm = QFontMetricsF(self.view.font())
        line_h = fm.height()
        ring = self.view.view_style.width(4) + 1  # the selection ring around a node
        focus = {self.selection.hovered, self.selection.selected_node}
        for layer, column in enumerate(values):
            if lay.slots[layer] < line_h * 1.05:
                continue  # rows closer than a line of text: numbers would overlap
            half = float(lay.node_sizes[layer]) / 2
            room = lay.slots[layer] - 2 * half >= line_h * 1.1 + ring
            big = 2 * half >= 2.2 * line_h  # a label over its lower edge leaves most map
            for k, value in enumerate(column[: lay.layer_sizes[layer]]):
                if not (room or big or (layer, k) in focus):
                    continue  # a label over every small node would hide their maps
                text = fmt(value)
                cx, cy = float(lay.xs[layer]), float(lay.ys[layer][k])
                # Below the node where the rows leave room (and the widget ends
                # later), else over the node's lower edge.
                y = cy + half + ring + line_h * 0.5
                if not room or y + line_h / 2 > self.view.height():
                    y = cy + half - line_h * 0.55
                self._box(p, fm, QPointF(cx, y), text)
                self.painted["nodes"][(layer, k)] = text

    def _paint_edge_values(self, p, lay, node: tuple[int, int], products: np.ndarray) -> None:
        """The x·w of the inputs of ``node`` along their edges, as many as find room."""
        fm = QFontMetricsF(self.view.font())
        pair, j = node[0] - 1, node[1]
        if lay.slots[pair] < fm.height() * 1.05:
            return
        lines = lay.edge_lines(pair)
        n_out = lay.layer_sizes[pair + 1]
        # The largest terms first: where numbers would pile up, the ones that
        # decide the sum get the room (the inspector lists every term).
        for i in np.argsort(-np.abs(np.nan_to_num(products, nan=np.inf)), kind="stable"):
            x1, y1, x2, y2 = lines[i * n_out + j]
            text = fmt(products[i])
            places = [QPointF(x1 + t * (x2 - x1), y1 + t * (y2 - y1)) for t in LABEL_AT]
            free = [c for c in places if not any(
                self._rect(fm, c, text).intersects(r) for r in self._taken)]
            if free:
                self._box(p, fm, free[0], text, emphasis=True)
                self.painted["edges"][(pair, int(i), j)] = text

    @staticmethod
    def _rect(fm, centre: QPointF, text: str) -> QRectF:
        w, h = fm.horizontalAdvance(text) + fm.height() * 0.4, fm.height()
        return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)

    def _box(self, p, fm, centre: QPointF, text: str, emphasis: bool = False) -> None:
        """A number in a small white box; its place is then taken for later numbers."""
        style = self.view.view_style
        rect = self._rect(fm, centre, text)
        h = rect.height()
        self._taken.append(rect)
        p.setPen(QPen(QColor(INK_HEX if emphasis else MUTED_HEX), style.width(1)))
        p.setBrush(_BOX)
        p.drawRoundedRect(rect, h * 0.25, h * 0.25)
        p.setPen(QColor(INK_HEX))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _caption(self, p, text: str) -> None:
        fm = QFontMetricsF(self.view.font())
        rect = QRectF(0, self.view.height() - fm.height() * 1.3, self.view.width(),
                      fm.height() * 1.2)
        p.setPen(QColor(MUTED_HEX))
        p.drawText(rect.adjusted(fm.height() * 0.4, 0, 0, 0),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
