"""How the diagram draws gradients: edges by ∂L/∂w, neuron frames by ∂L/∂a, badges.

:class:`GradientPainter` paints one
:class:`~playground.probes.step_gradients.StepGradients` result over a
:class:`~playground.views.diagram.network_view.NetworkView` (which then skips its
weights). Edges take their sign's colour (blue +, orange −) and a width in
proportion to ``|∂L/∂w|`` on one scale for the whole network, so the largest
is as wide as the layout allows and a gradient that shrinks on its way back
shows as thin edges on the left; an exact zero (a dead neuron's weights) is
grey. Frames come in :data:`LEVELS` steps, so a column of 64 dots takes a few
``drawPoints`` calls. The grouping of edges and frames into pens is planned
once per result, layout and style and reused by every later paint (a big
network's gradients wait for a pause, while its frames keep coming).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen

from playground.views.colors import INK_HEX, MUTED_HEX, NEGATIVE_HEX, POSITIVE_HEX
from playground.views.diagram import gradient_words as words
from playground.views.diagram.gradient_arithmetic import edge_gradients, largest, node_gradients
from playground.views.diagram.network_edges import (
    abs_w_for_width,
    bucket_edges,
    dot_pen,
    draw_lines,
    draw_points,
    edge_color,
    pair_fade,
    pen_width,
)

#: Frame widths and shades come in this many steps of |∂L/∂a|.
LEVELS = 4
_BAND = QColor(240, 194, 75, 70)
_ZERO = QColor("#c4c4c4")


def _mix(positive: bool, strength: float) -> QColor:
    """The sign's hue, from pale (weak) to full (strong)."""
    base = QColor(POSITIVE_HEX if positive else NEGATIVE_HEX)
    s = float(np.clip(strength, 0.0, 1.0))
    return QColor(*(round(255 + (c - 255) * s) for c in base.getRgb()[:3]))


class GradientPainter:
    """Paints a gradient result; remembers what it drew for tests.

    Attributes
    ----------
    painted : dict
        ``{"edges": [(pair, flat indices, sign, colour name, n_out)],
        "nodes": {(l, k): sign}, "badges": {(l, k): "sat" | "dead"}}`` of the
        last paint; sign is ``"+"``, ``"−"`` or ``"0"``.
    """

    def __init__(self, view):
        self.view = view
        self.painted: dict = {}
        self._plan_key = None
        self._plan = None

    def paint(self, p, lay, r, stage: int | None) -> None:
        """Everything the animation's ``stage`` has reached (None: everything)."""
        edges, frames = self._planned(r, lay)
        columns = lay.n_columns
        self.painted = {"edges": [], "nodes": {}, "badges": {}}
        for pair in range(columns - 1):
            at = 2 * (columns - 2 - pair) + 1  # the stage that reaches these weights
            if stage == at:
                self._band(p, lay, *self._pair_span(lay, pair))
            if stage is None or at <= stage:
                for pen, lines, record in edges[pair]:
                    p.setPen(pen)
                    draw_lines(p, lines)
                    self.painted["edges"].append(record)
        for c in range(1, columns):
            at = 2 * (columns - 1 - c)
            if stage == at:
                half = float(lay.node_sizes[c]) / 2 + self.view.view_style.width(6)
                self._band(p, lay, float(lay.xs[c]) - half, float(lay.xs[c]) + half)
            if stage is None or at <= stage:
                self._paint_frames(p, lay, c, frames[c - 1])
                if c < columns - 1:
                    self._paint_badges(p, lay, c, r.saturated[c - 1], r.dead[c - 1])

    def edge_signs(self) -> dict:
        """``{(pair, i, j): (sign, colour name)}`` of every edge the last paint drew."""
        out = {}
        for pair, flat, sign, color, n_out in self.painted.get("edges", ()):
            for k in flat.tolist():
                out[(pair, k // n_out, k % n_out)] = (sign, color)
        return out

    # -- planning ----------------------------------------------------------------------
    def _planned(self, r, lay):
        key = self._plan_key  # the objects themselves: an id could be reused
        style = self.view.view_style
        if key is None or key[0] is not r or key[1] is not lay or key[2] != style:
            grads, deltas = edge_gradients(r), node_gradients(r)
            gmax, dmax = largest(grads), largest(deltas)
            edges = [self._plan_pair(lay, pair, g, gmax) for pair, g in enumerate(grads)]
            frames = [self._plan_frames(d[: lay.layer_sizes[c + 1]], dmax)
                      for c, d in enumerate(deltas)]
            self._plan, self._plan_key = (edges, frames), (r, lay, style)
        return self._plan

    def _plan_pair(self, lay, pair: int, g: np.ndarray, gmax: float) -> list:
        """``[(pen, lines, record)]``: one scale for the network, the largest at full width."""
        scale = self.view.view_style.line_scale
        max_width = self.view.max_edge_width(lay, pair)
        finite = np.nan_to_num(g, nan=0.0, posinf=0.0, neginf=0.0)
        # The largest |∂L/∂w| gets the widest pen the pair allows.
        k = abs_w_for_width(max_width, scale) / gmax if gmax > 0 else 0.0
        buckets, _hidden = bucket_edges(finite * k, scale, max_width)
        zero = (finite == 0.0).ravel()
        lines = lay.edge_lines(pair)
        fade, n_out = pair_fade(g.size), g.shape[1]
        plan = []
        for b in buckets:
            for flat, sign, color, width in (
                    (b.indices[~zero[b.indices]], "+" if b.positive else "−",
                     edge_color(b.positive, b.width, scale, fade), pen_width(b.width, g.size)),
                    (b.indices[zero[b.indices]], "0", _ZERO, pen_width(1, g.size))):
                if flat.size:
                    pen = QPen(color, width)
                    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                    plan.append((pen, np.ascontiguousarray(lines[flat]),
                                 (pair, flat, sign, color.name(), n_out)))
        return plan

    def _plan_frames(self, d: np.ndarray, dmax: float) -> tuple:
        """Per column: signs, and the neurons of each (sign, level) group."""
        d = np.nan_to_num(np.asarray(d, dtype=np.float64))
        level = (np.ceil(np.abs(d) / dmax * LEVELS).astype(int) if dmax > 0
                 else np.zeros(d.shape, dtype=int))
        sign = np.sign(d).astype(int)
        groups = [(key, np.flatnonzero((sign == key[0]) & (level == key[1])))
                  for key in sorted(set(zip(sign.tolist(), level.tolist(), strict=True)))]
        return sign, groups

    # -- painting ----------------------------------------------------------------------
    @staticmethod
    def _pair_span(lay, pair: int) -> tuple[float, float]:
        return (float(lay.xs[pair] + lay.node_sizes[pair] / 2),
                float(lay.xs[pair + 1] - lay.node_sizes[pair + 1] / 2))

    def _band(self, p, lay, x0: float, x1: float) -> None:
        """The animation's highlight over the column or weights being reached."""
        top = float(min(ys.min() for ys in lay.ys)) - float(max(lay.node_sizes))
        bottom = float(max(ys.max() for ys in lay.ys)) + float(max(lay.node_sizes))
        p.fillRect(QRectF(x0, top, x1 - x0, bottom - top), _BAND)

    def _paint_frames(self, p, lay, c: int, planned) -> None:
        """A frame per neuron by ∂L/∂a: its sign's colour, thicker for larger."""
        sign, groups = planned
        self.painted["nodes"].update({(c, k): "+" if s > 0 else "−" if s < 0 else "0"
                                      for k, s in enumerate(sign.tolist())})
        style = self.view.view_style
        side = float(lay.node_sizes[c])
        p.setBrush(Qt.BrushStyle.NoBrush)
        for (s, level), ks in groups:
            strength = level / LEVELS
            width = style.width(1.0 + 2.0 * strength)
            color = _mix(s > 0, 0.35 + 0.65 * strength) if s else _ZERO
            grow = style.width(1.5) + width / 2
            if lay.shows_heatmap[c]:
                p.setPen(QPen(color, width))
                for k in ks.tolist():
                    p.drawRect(lay.node_rect(c, k).adjusted(-grow, -grow, grow, grow))
            else:  # a coloured disc under the dot: a ring of the frame's width
                p.setPen(dot_pen(color, side + 2 * (grow + width / 2)))
                draw_points(p, np.column_stack([np.full(ks.size, lay.xs[c]), lay.ys[c][ks]]))
        if not lay.shows_heatmap[c]:
            self.view.paint_dot_column(p, lay, c)  # the dots again, over their rings

    def _paint_badges(self, p, lay, c: int, saturated, dead) -> None:
        """"sat" / "dead" over a neuron's top right corner (a dotted square round a dot)."""
        style = self.view.view_style
        font = self.view.font()
        font.setPointSizeF(font.pointSizeF() * 0.8)
        font.setBold(True)
        fm = QFontMetricsF(font)
        for k in np.flatnonzero(np.asarray(saturated) | np.asarray(dead)).tolist():
            kind = "dead" if dead[k] else "sat"
            self.painted["badges"][(c, k)] = kind
            rect = lay.node_rect(c, k)
            if rect.width() < fm.height():
                grow = style.width(4)
                p.setPen(QPen(QColor(INK_HEX), style.width(1.5), Qt.PenStyle.DotLine))
                p.drawRect(rect.adjusted(-grow, -grow, grow, grow))
                continue
            text = words.badge_label(kind)
            w, h = fm.horizontalAdvance(text) + fm.height() * 0.5, fm.height()
            box = QRectF(rect.right() - w * 0.7, rect.top() - h * 0.55, w, h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(INK_HEX))
            p.drawRoundedRect(box, h * 0.3, h * 0.3)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setFont(font)
            p.setPen(QColor("white"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self.view.font())

    def caption(self, p, text: str) -> None:
        """A muted line along the diagram's bottom edge."""
        fm = QFontMetricsF(self.view.font())
        rect = QRectF(fm.height() * 0.4, self.view.height() - fm.height() * 1.3,
                      self.view.width(), fm.height() * 1.2)
        p.setPen(QColor(MUTED_HEX))
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
