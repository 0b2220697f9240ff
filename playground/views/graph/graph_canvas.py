"""The painted computational graph: value boxes, operation bubbles, edges, one widget.

micrograd's look drawn with a ``QPainter``: each value is a box with its name,
its forward value above a line and its gradient below (red, the colour of the
book's backward arrows), an operation bubble in front of it, and edges left to
right. The node of the current step is outlined (blue forward, red backward);
the edges a backward step has used carry the local derivative and what was
sent (``× local`` over ``= upstream × local``).

Boxes are sized for the texts they will show at the end of the backward pass
and never shrink while the graph keeps its shape, so nothing moves while the
learner steps or while the numbers follow training. ``painted_texts`` lists
every string of the last paint (tests read it).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from playground.guard import guarded
from playground.views.colors import INK_HEX, MUTED_HEX, POSITIVE_HEX, ViewStyle
from playground.views.graph import graph_texts as texts
from playground.views.graph.graph_layout import GraphLayout, Sizes, compute_layout
from playground.views.graph.graph_model import GraphModel

#: Gradients, the current backward step and the edges it used.
GRAD_HEX = "#C62828"
#: A small graph is drawn up to this much larger to fill the view (never smaller: it scrolls).
MAX_ZOOM = 2.2
#: Box fill per role.
FILLS = {"input": "#E6F0FA", "param": "#FFF3DC", "const": "#F1F1EE", "value": "#FFFFFF",
         "loss": "#FCE9E7"}


class GraphCanvas(QWidget):
    """Paints a :class:`~playground.views.graph.graph_model.GraphModel` at its current position."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.model: GraphModel | None = None
        self.empty_text = ""
        self.painted_texts: list[str] = []
        self._style = ViewStyle()
        self._layout: GraphLayout | None = None
        self._shape = None  # the graph's structure the remembered widths belong to
        self._widths: dict[int, float] = {}
        self._offset = QPointF(0, 0)
        self._zoom = 1.0
        self._font_set = None
        self._sizes = None  # the sizes the current layout was made for

    # -- input -------------------------------------------------------------------
    def set_model(self, model: GraphModel | None) -> None:
        """Show ``model`` (None: the empty text); measured and placed again."""
        self.model = model
        self.relayout()

    def set_style(self, style: ViewStyle) -> None:
        """Projector or laptop sizes: fonts and lines, measured again in place."""
        self._style = style
        self._widths, self._layout = {}, None
        self.relayout()

    def relayout(self) -> None:
        """Measure and place again (new numbers, language or sizes), then repaint."""
        self._layout = self._compute_layout() if self.model is not None else None
        if self._layout is None:
            self._sizes = None
        size = self.sizeHint()
        self.setMinimumSize(size)
        self.updateGeometry()
        self.update()

    def name(self, i: int) -> str:
        """Node ``i``'s name as shown (the book's words translated)."""
        node = self.model.nodes[i]
        return QCoreApplication.translate("GraphView", node.name) if node.translatable else node.name

    def box_text(self, i: int, final: bool = False) -> texts.BoxText:
        """What box ``i`` shows now (or at the end, ``final``), with its name translated."""
        return texts.box_text(self.model, i, self.name(i), final)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """The whole graph at zoom 1 (the scroll area scrolls when it is larger)."""
        if self._layout is None:
            return QSize(320, 200)
        return QSize(math.ceil(self._layout.width), math.ceil(self._layout.height))

    # -- geometry ----------------------------------------------------------------
    def _fonts(self) -> dict:
        """The fonts of names, values, edge labels and bubbles, and their metrics (cached)."""
        if self._font_set is None or self._font_set[0] != self._style:
            s = self._style
            fonts = {"name": s.font(0.85), "value": s.font(1.0), "label": s.font(0.85),
                     "op": s.font(0.95, bold=True)}
            fonts.update({f"fm_{k}": QFontMetricsF(f) for k, f in list(fonts.items())})
            self._font_set = (s, fonts)
        return self._font_set[1]

    def _block_size(self, fm: QFontMetricsF, lines: texts.Lines) -> tuple[float, float]:
        widths = _column_widths(fm, lines)
        gap = fm.horizontalAdvance("  ")
        return (sum(widths) + gap * max(0, len(widths) - 1), fm.height() * len(lines))

    def _compute_layout(self) -> GraphLayout:
        fonts = self._fonts()
        fm_name, fm_value, fm_label, fm_op = (fonts[k] for k in ("fm_name", "fm_value",
                                                                  "fm_label", "fm_op"))
        em = fm_value.height()
        model = self.model
        shape = tuple((n.name, n.op, n.parents, getattr(n.data, "shape", ())) for n in model.nodes)
        if shape != self._shape:
            self._shape, self._widths, self._layout = shape, {}, None
        boxes, bubbles, labels = [], [], {}
        for i, node in enumerate(model.nodes):
            final = self.box_text(i, final=True)
            data_w, data_h = self._block_size(fm_value, final.data)
            grad_w, grad_h = self._block_size(fm_value, final.grad or [[""]])
            width = max(data_w, grad_w, fm_name.horizontalAdvance(final.name),
                        fm_name.horizontalAdvance(final.note), 2.4 * em) + 0.9 * em
            width = math.ceil(width / (0.5 * em)) * 0.5 * em  # steps, so numbers rarely move it
            width = self._widths[i] = max(width, self._widths.get(i, 0.0))
            height = data_h + (grad_h if model.root is not None else 0) + 0.5 * em
            height += fm_name.height() * (bool(final.name) + bool(final.note))
            boxes.append((width, height))
            if node.op:
                lines = node.op.split("\n")
                w = max(fm_op.horizontalAdvance(t) for t in lines) + 0.7 * em
                h = fm_op.height() * len(lines) + 0.35 * em
                bubbles.append((max(w, h), h) if len(lines) > 1 or w > 1.6 * em
                               else (1.6 * em, 1.6 * em))
            else:
                bubbles.append((0.0, 0.0))
            for k in range(len(node.parents)):
                lines = texts.edge_lines(model, i, k, final=True)
                if lines:
                    w = max(fm_label.horizontalAdvance(t) for t in lines) + 0.6 * em
                    w = self._widths[(i, k)] = max(w, self._widths.get((i, k), 0.0))
                    labels[(i, k)] = (w, fm_label.height() * len(lines) + 0.2 * em)
        if self._layout is not None and self._sizes == (boxes, bubbles, labels):
            return self._layout  # same shape, nothing grew: everything stays where it is
        self._sizes = (boxes, bubbles, labels)
        sizes = Sizes(gap_x=2.2 * em, gap_y=0.8 * em, link=0.5 * em, margin=0.8 * em,
                      label_pad=0.8 * em)
        return compute_layout([n.parents for n in model.nodes], boxes, bubbles, labels, sizes)

    def node_rect(self, i: int) -> QRectF:
        """Box and bubble of node ``i`` in widget coordinates."""
        rect = QRectF(*self._layout.boxes[i]).united(QRectF(*self._layout.bubbles[i]))
        z = self._zoom
        return QRectF(rect.x() * z, rect.y() * z, rect.width() * z,
                      rect.height() * z).translated(self._offset)

    def node_at(self, pos: QPointF) -> int | None:
        """The node whose box or bubble is at ``pos`` (widget coordinates), or None."""
        if self._layout is None:
            return None
        for i in range(len(self.model.nodes)):
            if self.node_rect(i).contains(pos):
                return i
        return None

    def current_rect(self) -> QRectF | None:
        """Where the current step happens (to scroll it into view)."""
        current = self.model.current() if self.model is not None else None
        return None if current is None or self._layout is None else self.node_rect(current[1])

    # -- painting ------------------------------------------------------------------
    @guarded
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Edges, labels, bubbles and boxes that meet the exposed rectangle."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), QColor("white"))
        self.painted_texts = []
        lay = self._layout
        if lay is None:
            p.setPen(QColor(MUTED_HEX))
            p.setFont(self._fonts()["value"])
            p.drawText(self.rect().adjusted(12, 12, -12, -12),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            self.painted_texts.append(self.empty_text)
        else:
            self._zoom = z = max(1.0, min(MAX_ZOOM, self.width() / lay.width,
                                          self.height() / lay.height))
            self._offset = QPointF(max(0.0, (self.width() - z * lay.width) / 2),
                                   max(0.0, (self.height() - z * lay.height) / 2))
            p.save()
            p.translate(self._offset)
            p.scale(z, z)
            r = QRectF(event.rect())
            exposed = QRectF((r.x() - self._offset.x()) / z, (r.y() - self._offset.y()) / z,
                             r.width() / z, r.height() / z)
            self._paint_graph(p, lay, exposed)
            p.restore()
        if self.hasFocus():
            pen = QPen(QColor(POSITIVE_HEX), self._style.width(2), Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.visibleRegion().boundingRect()).adjusted(1, 1, -1, -1))
        p.end()

    def _paint_graph(self, p: QPainter, lay: GraphLayout, exposed: QRectF) -> None:
        """Everything that meets ``exposed`` (layout coordinates): the rest is scrolled away."""
        model, fonts, lw = self.model, self._fonts(), self._style.width
        seen = exposed.adjusted(-4, -4, 4, 4).intersects
        current = model.current()
        cur_kind, cur = current if current else ("", None)
        sent = set(model.sent_by())
        for child, node in enumerate(model.nodes):
            for parent in node.parents:
                x0, y0, x1, y1 = lay.edge_points(child, parent)
                if not seen(QRectF(QPointF(x0, y0), QPointF(x1, y1)).normalized()
                            .adjusted(-8, -8, 8, 8)):
                    continue
                if cur_kind == "backward" and child == cur:
                    pen = QPen(QColor(GRAD_HEX), lw(2.6))
                elif cur_kind == "forward" and child == cur:
                    pen = QPen(QColor(POSITIVE_HEX), lw(2.6))
                elif child in sent:
                    pen = QPen(QColor(GRAD_HEX), lw(1.2))
                else:
                    pen = QPen(QColor("#9a9a9a"), lw(1.2))
                _edge(p, pen, x0, y0, x1, y1)
            if node.op:
                bx, by, bw, bh = lay.bubbles[child]
                box = lay.boxes[child]
                p.setPen(QPen(QColor("#9a9a9a"), lw(1.2)))
                p.drawLine(QPointF(bx + bw, by + bh / 2), QPointF(box[0], by + bh / 2))
        p.setFont(fonts["label"])
        for (child, k), rect in lay.labels.items():
            lines = texts.edge_lines(model, child, k) if seen(QRectF(*rect)) else []
            if lines:
                self._paint_label(p, QRectF(*rect), lines, fonts["fm_label"], child == cur)
        for i, node in enumerate(model.nodes):
            if not (seen(QRectF(*lay.boxes[i])) or seen(QRectF(*lay.bubbles[i]))):
                continue
            if node.op:
                self._paint_bubble(p, QRectF(*lay.bubbles[i]), node.op, fonts["op"])
            state = ""
            if i == cur:
                state = "forward" if cur_kind == "forward" else "backward"
            self._paint_box(p, QRectF(*lay.boxes[i]), i, fonts, state)

    def _paint_label(self, p, rect: QRectF, lines, fm, current: bool) -> None:
        p.setPen(QPen(QColor(GRAD_HEX), self._style.width(1.6 if current else 0.8)))
        p.setBrush(QColor("#FFF6F5") if current else QColor("#FFFFFF"))
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(QColor(GRAD_HEX))
        y = rect.top() + 0.1 * fm.height()
        for line in lines:
            p.drawText(QRectF(rect.left(), y, rect.width(), fm.height()),
                       Qt.AlignmentFlag.AlignCenter, line)
            self.painted_texts.append(line)
            y += fm.height()

    def _paint_bubble(self, p, rect: QRectF, op: str, font) -> None:
        p.setPen(QPen(QColor(MUTED_HEX), self._style.width(1.2)))
        p.setBrush(QColor("#F4F4F1"))
        radius = min(rect.width(), rect.height()) / 2
        p.drawRoundedRect(rect, radius, radius)
        p.setFont(font)
        p.setPen(QColor(INK_HEX))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, op)
        self.painted_texts.append(op)

    def _paint_box(self, p, rect: QRectF, i: int, fonts, state: str) -> None:
        node = self.model.nodes[i]
        shown = self.box_text(i)
        lw = self._style.width
        color = {"forward": POSITIVE_HEX, "backward": GRAD_HEX}.get(state, MUTED_HEX)
        p.setPen(QPen(QColor(color), lw(3.0 if state else 1.2)))
        p.setBrush(QColor(FILLS.get(node.role, "#FFFFFF")))
        p.drawRoundedRect(rect, 5, 5)
        fm_name, fm = fonts["fm_name"], fonts["fm_value"]
        y = rect.top() + 0.2 * fm.height()
        p.setFont(fonts["name"])
        p.setPen(QColor(MUTED_HEX))
        for text in (shown.name, shown.note):
            if text:
                p.drawText(QRectF(rect.left(), y, rect.width(), fm_name.height()),
                           Qt.AlignmentFlag.AlignCenter, text)
                self.painted_texts.append(text)
                y += fm_name.height()
        p.setFont(fonts["value"])
        ink = QColor(INK_HEX) if shown.data_known else QColor("#b0b0b0")
        y = self._paint_block(p, rect, y, shown.data, fm, ink)
        if self.model.root is not None:
            y += 0.1 * fm.height()
            p.setPen(QPen(QColor("#c8c8c8"), lw(1.0)))
            p.drawLine(QPointF(rect.left() + 4, y), QPointF(rect.right() - 4, y))
            ink = QColor(GRAD_HEX) if shown.grad_known else QColor("#d9a5a5")
            self._paint_block(p, rect, y + 0.1 * fm.height(), shown.grad, fm, ink)

    def _paint_block(self, p, rect: QRectF, y: float, lines, fm, ink: QColor) -> float:
        """Lines of cells centred in the box, columns right-aligned; returns the new y."""
        widths = _column_widths(fm, lines)
        gap = fm.horizontalAdvance("  ")
        total = sum(widths) + gap * max(0, len(widths) - 1)
        p.setPen(ink)
        for line in lines:
            x = rect.center().x() - total / 2
            for c, cell in enumerate(line):
                w = widths[c] if len(line) > 1 else total
                p.drawText(QRectF(x, y, w, fm.height()),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                           if len(line) > 1 else Qt.AlignmentFlag.AlignCenter, cell)
                self.painted_texts.append(cell)
                x += w + gap
            y += fm.height()
        return y

    # -- tooltips -------------------------------------------------------------------
    @guarded(default=False)
    def event(self, event) -> bool:
        """Tooltips: every number of the node under the mouse."""
        if event.type() == QEvent.Type.ToolTip and self.model is not None:
            i = self.node_at(QPointF(event.pos()))
            if i is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(i), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip(self, i: int) -> str:
        """Every number of node ``i`` (boxes shorten long vectors)."""
        node, name = self.model.nodes[i], self.name(i) or "·"
        text = f"{name} = {texts.full(node.data)}"
        if node.grad is not None and self.model.grad_complete(i):
            root = self.name(self.model.root) or "f"
            text += f"\n∂{root}/∂{name} = {texts.full(self.model.grad_so_far(i))}"
        return text


def _column_widths(fm: QFontMetricsF, lines) -> list[float]:
    """Width of each cell column over ``lines`` (a one-cell line spans them all)."""
    n = max((len(line) for line in lines), default=0)
    widths = [0.0] * n
    for line in lines:
        if len(line) == 1 and n > 1:
            continue
        for c, cell in enumerate(line):
            widths[c] = max(widths[c], fm.horizontalAdvance(cell))
    single = max((fm.horizontalAdvance(line[0]) for line in lines if len(line) == 1), default=0.0)
    if n <= 1:
        return [single]
    return widths if sum(widths) >= single else widths[:-1] + [widths[-1] + single - sum(widths)]


def _edge(p: QPainter, pen: QPen, x0: float, y0: float, x1: float, y1: float) -> None:
    """An S-shaped edge from the parent to the child's bubble, with an arrowhead."""
    path = QPainterPath(QPointF(x0, y0))
    mid = (x0 + x1) / 2
    path.cubicTo(QPointF(mid, y0), QPointF(mid, y1), QPointF(x1, y1))
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    size = 3.0 + pen.widthF()
    p.setBrush(pen.color())
    p.drawPolygon(QPolygonF([QPointF(x1, y1), QPointF(x1 - 1.6 * size, y1 - size),
                             QPointF(x1 - 1.6 * size, y1 + size)]))
