"""The network diagram: features, hidden neurons and outputs, joined by weights.

A plain QWidget painted with QPainter (far cheaper than one graphics item per
edge). Each node shows a small heatmap of its output over the input plane; the
edges are coloured by sign and drawn wider for larger weights. Hovering a node
emits :attr:`NetworkView.neuronHovered`, so the boundary view can show that
node's map large; hovering an edge shows its weight in a tooltip.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from playground.frame import Frame
from playground.guard import guarded
from playground.views.colors import INK_HEX, MUTED_HEX, ViewStyle, class_color
from playground.views.diagram import neuron_maps
from playground.views.diagram.network_edges import (
    bucket_edges,
    dot_pen,
    draw_lines,
    draw_points,
    edge_color,
    pair_fade,
    pen_width,
)
from playground.views.diagram.network_labels import paint_labels
from playground.views.diagram.network_layout import Margins, NetworkLayout, compute_layout
from playground.views.heatmap import to_qimage
from playground.views.numbers import fmt

#: Thumbnails of big output grids are subsampled to about this side first.
THUMB_SIDE = 32


class NetworkView(QWidget):
    """Draws the frame's architecture, weights and per-neuron maps.

    Signals
    -------
    neuronHovered(int, int)
        ``(layer, index)`` of the node under the mouse: layer 0 = inputs,
        1 … L = hidden layers, L + 1 = outputs.
    neuronLeft()
        The mouse left the last hovered node.
    """

    neuronHovered = Signal(int, int)
    neuronLeft = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("networkView")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._frame: Frame | None = None
        self._style = ViewStyle()
        self._layout: NetworkLayout | None = None
        self._layout_key: tuple | None = None
        self._images: dict[int, tuple] | None = None
        self._hover: tuple[int, int] | None = None
        #: Counts from the last paint, for tests and benchmarks.
        self.last_paint_stats: dict = {}
        #: ``painter(p, layout)`` callables drawn over the diagram, in order.
        self.overlays: list = []
        #: ``() -> bool``: True while an overlay draws other edges in place of the
        #: weights (the gradients), so the weights are not drawn just to be covered.
        self.hide_weights = None
        self.set_style(self._style)
        self.retranslate()

    def retranslate(self) -> None:
        """Name, headers and labels again, in the current language (on the next paint)."""
        self.setAccessibleName(self.tr("Network diagram"))
        self._layout_key = None
        self.update()

    # -- public API ---------------------------------------------------------

    @property
    def frame(self) -> Frame | None:
        return self._frame

    @property
    def view_style(self) -> ViewStyle:
        return self._style

    def set_frame(self, frame: Frame) -> None:
        """Keep the frame and schedule a repaint (heatmaps are built lazily)."""
        old = self._frame
        self._frame = frame
        self._images = None
        if self._hover is not None and (old is None or old.layer_sizes != frame.layer_sizes):
            # A new architecture: the hovered node means something else now.
            self._hover = None
            self.neuronLeft.emit()
        self.update()

    def set_style(self, style: ViewStyle) -> None:
        """Apply font size and line widths (e.g. projector mode)."""
        self._style = style
        self.setFont(style.font())
        self._layout_key = None
        self.updateGeometry()
        self.update()

    def neuron_grid(self, layer: int, index: int) -> np.ndarray | None:
        """The node's output over the plane, ``(g, g)``, row 0 = bottom; None if invalid."""
        return neuron_maps.neuron_grid(self._frame, layer, index)

    def neuron_title(self, layer: int, index: int) -> str:
        """A title for the node, e.g. ``"Hidden layer 1, neuron 3 (tanh)"``."""
        return neuron_maps.neuron_title(self._frame, layer, index)

    def diagram_layout(self) -> NetworkLayout | None:
        """The current geometry (computed for the widget's size)."""
        return self._ensure_layout()

    def node_at(self, pos: QPointF) -> tuple[int, int] | None:
        """Hit test: the ``(layer, index)`` of the node at ``pos``, or None."""
        lay = self._ensure_layout()
        return lay.node_at(pos.x(), pos.y()) if lay else None

    def edge_at(self, pos: QPointF) -> tuple[int, int, int] | None:
        """Hit test: the ``(pair, i, j)`` of the weight drawn at ``pos``, or None."""
        lay = self._ensure_layout()
        if lay is None:
            return None
        return lay.edge_at(pos.x(), pos.y(), tolerance=max(4.0, self._style.width(3)))

    def node_center(self, layer: int, index: int) -> QPointF:
        lay = self._ensure_layout()
        return QPointF(float(lay.xs[layer]), float(lay.ys[layer][index]))

    def edge_style(self, layer: int, i: int, j: int) -> tuple[QColor, int]:
        """Colour and pen width of the edge from node ``i`` of column ``layer``
        to node ``j`` of column ``layer + 1``, as painted."""
        lay = self._ensure_layout()
        w = self._frame.weights[layer][0]
        buckets, _ = bucket_edges(w, self._style.line_scale, self.max_edge_width(lay, layer))
        flat = i * w.shape[1] + j
        for b in buckets:
            if flat in b.indices:
                return edge_color(b.positive, b.width, self._style.line_scale,
                                  pair_fade(w.size)), b.width
        raise KeyError((layer, i, j))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(560, 380)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(220, 160)

    # -- layout ---------------------------------------------------------------

    def _labels(self) -> tuple[list[str], list[str]]:
        s = self._frame
        left = [neuron_maps.feature_label(n) for n in s.feature_names]
        if s.is_classification:
            right = [self.tr("class %1").replace("%1", str(k)) for k in range(s.n_classes)]
        else:
            right = [self.tr("value")]
        return left, right

    def _ensure_layout(self) -> NetworkLayout | None:
        s = self._frame
        if s is None:
            return None
        key = (self.width(), self.height(), s.layer_sizes, s.feature_names, s.n_classes,
               s.problem, self._style)
        if key != self._layout_key:
            fm = QFontMetricsF(self.font())
            left, right = self._labels()
            pad = fm.height() * 0.5
            margins = Margins(
                top=2.4 * fm.height() + pad,
                left=max((fm.horizontalAdvance(t) for t in left), default=0) + 2 * pad,
                right=max((fm.horizontalAdvance(t) for t in right), default=0) + 2 * pad,
                bottom=pad,
            )
            self._layout = compute_layout(s.layer_sizes, self.width(), self.height(), margins,
                                          max_node=46.0 * max(1.0, self._style.font_pt / 9.0))
            self._layout_key = key
            self._images = None
        return self._layout

    def max_edge_width(self, lay: NetworkLayout, pair: int) -> float:
        """Thick edges only where both columns' rows leave room for them."""
        return max(1.0, min(6.0 * self._style.line_scale, lay.pair_slot(pair) * 0.22))

    # -- painting ----------------------------------------------------------------

    @guarded
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        lay = self._ensure_layout()
        stats = {"edges": 0, "edges_hidden": 0, "edge_calls": 0, "heatmaps": 0,
                 "heatmap_columns": (), "node_px": ()}
        if lay is not None:
            if not (self.hide_weights and self.hide_weights()):
                self._paint_edges(p, lay, stats)
            self._paint_nodes(p, lay, stats)
            self._paint_text(p, lay)
            for overlay in self.overlays:  # selection, values of a picked point, …
                overlay(p, lay)
            stats["node_px"] = tuple(float(n) for n in lay.node_sizes)
        else:
            p.setPen(QColor(MUTED_HEX))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No network yet"))
        p.end()
        self.last_paint_stats = stats

    def _paint_edges(self, p: QPainter, lay: NetworkLayout, stats: dict) -> None:
        scale = self._style.line_scale
        for pair, (w, _b) in enumerate(self._frame.weights[: lay.n_columns - 1]):
            if w.shape != (lay.layer_sizes[pair], lay.layer_sizes[pair + 1]):
                continue
            lines = lay.edge_lines(pair)
            fade = pair_fade(w.size)
            buckets, hidden = bucket_edges(w, scale, self.max_edge_width(lay, pair))
            for b in buckets:
                pen = QPen(edge_color(b.positive, b.width, scale, fade), pen_width(b.width, w.size))
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                p.setPen(pen)
                stats["edges"] += draw_lines(p, lines[b.indices])
                stats["edge_calls"] += 1
            stats["edges_hidden"] += hidden

    def _column_images(self, lay: NetworkLayout) -> dict[int, tuple]:
        """Per heatmap column: (QImage atlas of all its maps side by side, buffer,
        tile side). Columns drawn as dots are skipped: colouring 64 maps that
        nobody sees would cost more than the whole paint."""
        if self._images is None:
            images = {}
            s = self._frame
            for layer in range(lay.n_columns):
                if not lay.shows_heatmap[layer]:
                    continue
                grids = neuron_maps.column_grids(s, layer)
                if grids is None:
                    continue
                stride = max(1, grids.shape[0] // THUMB_SIDE)
                grids = grids[::stride, ::stride]
                rgb = neuron_maps.column_rgb(s, layer, grids)  # (g, g, n, 3)
                g, _, n, _ = rgb.shape
                atlas = rgb.transpose(0, 2, 1, 3).reshape(g, n * g, 3)
                image, buffer = to_qimage(atlas)
                images[layer] = (image, buffer, g)
            self._images = images
        return self._images

    def _paint_nodes(self, p: QPainter, lay: NetworkLayout, stats: dict) -> None:
        border = QPen(QColor(MUTED_HEX), self._style.width(1))
        images = self._column_images(lay) if any(lay.shows_heatmap) else {}
        painted = []
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for layer in range(lay.n_columns):
            if lay.shows_heatmap[layer]:
                self._paint_heatmap_column(p, lay, layer, images.get(layer), border)
                stats["heatmaps"] += lay.layer_sizes[layer]
            else:
                self.paint_dot_column(p, lay, layer)
            painted.append(lay.shows_heatmap[layer] and layer in images)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        stats["heatmap_columns"] = tuple(painted)
        if self._hover is not None and self._hover[0] < lay.n_columns:
            layer, k = self._hover
            if k < lay.layer_sizes[layer]:
                p.setPen(QPen(QColor(INK_HEX), self._style.width(2.5)))
                p.setBrush(Qt.BrushStyle.NoBrush)
                grow = self._style.width(2)
                p.drawRect(lay.node_rect(layer, k).adjusted(-grow, -grow, grow, grow))

    def _paint_heatmap_column(self, p: QPainter, lay: NetworkLayout, layer: int,
                              entry: tuple | None, border: QPen) -> None:
        """Each node as a framed square showing its map (grey if the map is missing)."""
        for k in range(lay.layer_sizes[layer]):
            rect = lay.node_rect(layer, k)
            if entry is not None:
                image, _buf, g = entry
                # Texel centres on the node's edges: the grid's corner
                # samples lie exactly on the plane's corners.
                p.drawImage(rect, image, QRectF(k * g + 0.5, 0.5, g - 1.0, g - 1.0))
            else:
                p.fillRect(rect, QColor(MUTED_HEX))
            p.setPen(border)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)

    def paint_dot_column(self, p: QPainter, lay: NetworkLayout, layer: int) -> None:
        """Plain dots in one drawPoints call (a round pen as wide as the dot):
        640 dots cost about as much as a few ellipses. Classifier outputs keep
        their class colours."""
        side = float(lay.node_sizes[layer])
        pts = np.column_stack([np.full(lay.layer_sizes[layer], lay.xs[layer]), lay.ys[layer]])
        if layer == lay.n_columns - 1 and self._frame.is_classification:
            for k in range(len(pts)):
                p.setPen(dot_pen(class_color(k), side))
                draw_points(p, pts[k:k + 1])
        else:
            p.setPen(dot_pen(QColor(MUTED_HEX), side))
            draw_points(p, pts)

    def _paint_text(self, p: QPainter, lay: NetworkLayout) -> None:
        paint_labels(self, p, lay, *self._labels())

    # -- interaction -----------------------------------------------------------

    def hover_at(self, pos: QPointF) -> None:
        """Update the hovered node from a position (what mouse moves call)."""
        hit = self.node_at(pos)
        if hit == self._hover:
            return
        had = self._hover is not None
        self._hover = hit
        self.update()
        if hit is not None:
            self.neuronHovered.emit(hit[0], hit[1])
        elif had:
            self.neuronLeft.emit()

    @guarded
    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.hover_at(event.position())
        super().mouseMoveEvent(event)

    @guarded
    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._hover is not None:
            self._hover = None
            self.update()
            self.neuronLeft.emit()
        super().leaveEvent(event)

    @guarded
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._layout_key = None
        super().resizeEvent(event)

    def tooltip_text(self, pos: QPointF) -> str:
        """What the tooltip says at ``pos``: a node's name and bias, or an edge's weight."""
        lay = self._ensure_layout()
        if lay is None:
            return ""
        hit = lay.node_at(pos.x(), pos.y())
        s = self._frame
        if hit is not None:
            layer, k = hit
            text = self.neuron_title(layer, k)
            if layer >= 1 and layer - 1 < len(s.weights):
                bias = float(s.weights[layer - 1][1][k])
                text += "\n" + self.tr("bias b = %1").replace("%1", fmt(bias))
            return text
        edge = lay.edge_at(pos.x(), pos.y(), tolerance=max(4.0, self._style.width(3)))
        if edge is None:
            return ""
        pair, i, j = edge
        w = float(s.weights[pair][0][i, j])
        return self.tr("weight w = %1\nfrom %2\nto %3").replace("%1", fmt(w)).replace(
            "%2", self.neuron_title(pair, i)).replace("%3", self.neuron_title(pair + 1, j))

    @guarded(default=False)
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_text(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


