"""The diagram's words: a header over each column and the names beside inputs and outputs.

Painted with the diagram (one widget, one paint), in the context
``"NetworkView"`` of the translations. Long headers fall back to a count and a
short name when the columns are too narrow; names are left out where rows are
closer than a line of text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from playground.views.colors import INK_HEX
from playground.views.diagram import neuron_maps


def header_lines(view, layer: int, n: int, gap: float) -> tuple[str, str]:
    """Two header lines; a compact form when the columns are too narrow."""
    s = view.frame
    last = len(s.layer_sizes) - 1
    if layer == 0:
        count = (QCoreApplication.translate("NetworkView", "1 input") if n == 1
                 else QCoreApplication.translate("NetworkView", "%n inputs", "", n))
        full = (count, QCoreApplication.translate("NetworkView", "features"))
        short = QCoreApplication.translate("NetworkView", "in")
    elif layer == last:
        act = neuron_maps.output_activation(s)
        count = (QCoreApplication.translate("NetworkView", "1 output") if n == 1
                 else QCoreApplication.translate("NetworkView", "%n outputs", "", n))
        full = (count, neuron_maps.activation_label(act))
        short = QCoreApplication.translate("NetworkView", "out")
    else:
        act = s.activations[layer - 1] if layer - 1 < len(s.activations) else ""
        count = (QCoreApplication.translate("NetworkView", "1 neuron") if n == 1
                 else QCoreApplication.translate("NetworkView", "%n neurons", "", n))
        full = (count, neuron_maps.activation_label(act))
        short = neuron_maps.activation_label(act)
    fm = QFontMetricsF(view.font())
    if max(fm.horizontalAdvance(t) for t in full) <= gap:
        return full
    # Too many columns for words: the count alone, and a short name.
    return str(n), short if fm.horizontalAdvance(short) <= gap else ""

def paint_labels(view, p: QPainter, lay, left: list[str], right: list[str]) -> None:
    fm = QFontMetricsF(view.font())
    line_h = fm.height()
    gap = (lay.xs[1] - lay.xs[0]) * 0.95 if lay.n_columns > 1 else float(view.width())
    p.setPen(QColor(INK_HEX))
    top = line_h * 0.3
    for layer, x in enumerate(lay.xs):
        line1, line2 = header_lines(view, layer, lay.layer_sizes[layer], gap)
        for row, text in enumerate((line1, line2)):
            rect = QRectF(x - gap / 2, top + row * line_h, gap, line_h)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    last = lay.n_columns - 1

    def fits(layer: int) -> bool:
        # Rows closer than a line of text: labels would overlap.
        return lay.slots[layer] >= line_h * 0.9

    if fits(0):
        half = lay.node_sizes[0] / 2 + line_h * 0.35
        for k, text in enumerate(left[: lay.layer_sizes[0]]):
            y = lay.ys[0][k]
            rect = QRectF(0, y - line_h / 2, lay.xs[0] - half, line_h)
            p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       text)
    if fits(last):
        half = lay.node_sizes[last] / 2 + line_h * 0.35
        for k, text in enumerate(right[: lay.layer_sizes[last]]):
            y = lay.ys[last][k]
            x0 = lay.xs[last] + half
            rect = QRectF(x0, y - line_h / 2, view.width() - x0, line_h)
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       text)
