"""One widget that paints ``X``, ``W``, ``B``, ``A = XW + B``, ``Y = h(A)`` (and ``∂L/∂W``).

Painted with QPainter in one pass: each block is one small image (a pixel per
cell, scaled up without smoothing, so 64 × 64 weights cost one ``drawImage``),
then grid lines, then the numbers of the blocks whose numbers fit their cells.
Colours are the diagram's diverging scale (orange negative, blue positive, pale
near 0), each block scaled to its own largest ``|value|`` (``W`` and ``B``
share one). Hovering a cell of
``A`` outlines the row of ``X`` and the column of ``W`` it is made of.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from playground.guard import guarded
from playground.views.colors import INK_HEX, MUTED_HEX, ViewStyle
from playground.views.heatmap import diverging_rgb, symmetric_levels
from playground.views.inspect.matrix_layout import (
    BLOCKS,
    MatrixLayout,
    Sizes,
    compute_layout,
    minimum_size,
)
from playground.views.numbers import fmt

#: Grid lines are drawn only between cells at least this many pixels wide.
GRID_MIN_CELL = 7.0
#: Size of the numbers relative to the view's font.
NUMBER_SCALE = 0.9
#: Beyond this many cells in all, numbers never fit a screen: they are not even formatted.
MAX_TEXT_CELLS = 3000


@dataclass(frozen=True, eq=False)
class AffineNumbers:
    """The numbers of one Affine layer for some inputs, as the canvas shows them.

    Attributes
    ----------
    layer : int
        ``l``, counting from 1.
    activation : str
        ``h``: an activation key, ``"softmax"`` or ``"identity"``.
    W : ndarray, shape (n_in, n_out)
    B : ndarray, shape (n_out,)
    X : ndarray of shape (N, n_in), or None
        The layer's inputs (None: nothing picked yet).
    A : ndarray of shape (N, n_out), or None
        ``X·W + B`` as the engine computed it.
    Y : ndarray of shape (N, n_out), or None
        ``h(A)`` (``h(Z)`` under batch norm).
    dW : ndarray of shape (n_in, n_out), or None
        ``∂L/∂W`` for these inputs and their targets.
    """

    layer: int
    activation: str
    W: np.ndarray
    B: np.ndarray
    X: np.ndarray | None = None
    A: np.ndarray | None = None
    Y: np.ndarray | None = None
    dW: np.ndarray | None = None

    def block(self, name: str) -> np.ndarray | None:
        """Block ``name`` as a 2-D array (``B`` as one row), or None."""
        value = {"X": self.X, "W": self.W, "B": self.B, "A": self.A, "Y": self.Y,
                 "dW": self.dW}[name]
        return None if value is None else np.atleast_2d(value)


class AffineCanvas(QWidget):
    """Paints an :class:`AffineNumbers`; reports the hovered cell.

    Signals
    -------
    hoveredChanged(object)
        ``(block, row, col)`` under the mouse (0-based), or None.
    """

    hoveredChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("affineCanvas")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.numbers: AffineNumbers | None = None
        self.titles: dict[str, str] = {}
        self.hovered: tuple[str, int, int] | None = None
        self.marked_column: int | None = None  # the selected neuron
        self.marked_weight: tuple[int, int] | None = None  # the selected weight (i, j)
        self._style = ViewStyle()
        self._layout: MatrixLayout | None = None
        self._layout_key = None
        self._images: dict[str, tuple[QImage, np.ndarray]] = {}
        self._texts: dict[str, list[list[str]]] = {}  # block -> rows of formatted numbers
        #: What the last paint drew, for tests: ``{"text_rects": [...], "numbers": {block: bool}}``.
        self.last_paint: dict = {}
        self.set_style(self._style)

    # -- data ------------------------------------------------------------------
    def set_numbers(self, numbers: AffineNumbers | None) -> None:
        """Show ``numbers`` (None: nothing)."""
        old = self.numbers
        self.numbers = numbers
        self._images = {}
        self._texts = self._format(numbers)
        if old is None or numbers is None or self._shape_of(old) != self._shape_of(numbers):
            self._layout_key = None
            if self.hovered is not None:
                self._set_hovered(None)
            self.updateGeometry()
        self.update()

    def set_titles(self, titles: dict[str, str]) -> None:
        self.titles = dict(titles)
        self.update()

    def set_style(self, style: ViewStyle) -> None:
        self._style = style
        self.setFont(style.font())
        # Numbers a little smaller than titles: more of them fit, still legible.
        self._number_font = style.font(NUMBER_SCALE)
        self._layout_key = None
        self.updateGeometry()
        self.update()

    @staticmethod
    def _format(numbers: AffineNumbers | None) -> dict[str, list[list[str]]]:
        """Every number as text, or nothing when there are too many to ever fit."""
        if numbers is None:
            return {}
        blocks = {b: numbers.block(b) for b in BLOCKS if numbers.block(b) is not None}
        if sum(v.size for v in blocks.values()) > MAX_TEXT_CELLS:
            return {}
        return {b: [[fmt(x) for x in row] for row in v] for b, v in blocks.items()}

    @staticmethod
    def _shape_of(n: AffineNumbers) -> tuple:
        return tuple(None if n.block(b) is None else n.block(b).shape for b in BLOCKS)

    # -- geometry ----------------------------------------------------------------
    def _sizes(self) -> Sizes | None:
        n = self.numbers
        if n is None:
            return None
        fm, title = QFontMetricsF(self._number_font), QFontMetricsF(self.font())
        # At least the width of a usual number, so cells do not jitter while training.
        widest = max((fm.horizontalAdvance(t) for rows in self._texts.values()
                      for row in rows for t in row), default=math.inf)
        widest = max(widest, fm.horizontalAdvance("−0.0000"))
        return Sizes(n=0 if n.X is None else int(n.X.shape[0]), n_in=int(n.W.shape[0]),
                     n_out=int(n.W.shape[1]), show_dw=n.dW is not None,
                     number_w=widest + fm.height() * 0.4, number_h=fm.height() + 2,
                     title_h=title.height() * 1.3, gap=title.height() * 0.8)

    def matrix_layout(self) -> MatrixLayout | None:
        """The current placement of the blocks (for this widget's size)."""
        sizes = self._sizes()
        if sizes is None:
            return None
        key = (sizes, self.width(), self.height())
        if key != self._layout_key:
            self._layout = compute_layout(sizes, self.width(), self.height())
            self._layout_key = key
        return self._layout

    def cell_center(self, block: str, row: int, col: int):
        """Widget position of the centre of a cell (tests hover there)."""
        x, y, w, h = self.matrix_layout().cell_rect(block, row, col)
        return QRectF(x, y, w, h).center().toPoint()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(520, 360)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        sizes = self._sizes()
        if sizes is None:
            return QSize(120, 80)
        w, h = minimum_size(sizes)
        return QSize(int(w) + 1, int(h) + 1)

    # -- mouse -------------------------------------------------------------------
    @guarded
    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        lay = self.matrix_layout()
        pos = event.position()
        self._set_hovered(lay.cell_at(pos.x(), pos.y()) if lay else None)

    @guarded
    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._set_hovered(None)

    def _set_hovered(self, cell) -> None:
        if cell != self.hovered:
            self.hovered = cell
            self.update()
            self.hoveredChanged.emit(cell)

    # -- painting ----------------------------------------------------------------
    @guarded
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        lay = self.matrix_layout()
        painted = {"text_rects": [], "numbers": {}}
        if lay is not None:
            for name in BLOCKS:
                if lay.has(name):
                    self._paint_block(p, lay, name, painted)
            self._paint_marks(p, lay)
            self._paint_titles(p, lay)
        p.end()
        self.last_paint = painted

    def _image(self, name: str, values: np.ndarray) -> QImage:
        """One pixel per cell, coloured by sign and size (cached until new numbers)."""
        if name not in self._images:
            # W and B share one scale: a bias looks as big as a weight of the same size.
            lo, hi = symmetric_levels(np.concatenate([self.numbers.W.ravel(), self.numbers.B])
                                      if name in ("W", "B") else values)
            rgb = np.ascontiguousarray(diverging_rgb(values, lo, hi))
            rows, cols = values.shape
            image = QImage(rgb.data, cols, rows, 3 * cols, QImage.Format.Format_RGB888)
            self._images[name] = (image, rgb)  # QImage does not own the buffer: keep it
        return self._images[name][0]

    def _paint_block(self, p: QPainter, lay: MatrixLayout, name: str, painted: dict) -> None:
        values = self.numbers.block(name)
        x, y, w, h = lay.block_rect(name)
        target = QRectF(x, y, w, h)
        p.drawImage(target, self._image(name, values))
        if lay.cell_w >= GRID_MIN_CELL:
            path = QPainterPath()
            rows, cols = values.shape
            for c in range(1, cols):
                path.moveTo(x + c * lay.cell_w, y)
                path.lineTo(x + c * lay.cell_w, y + h)
            for r in range(1, rows):
                path.moveTo(x, y + r * lay.cell_h)
                path.lineTo(x + w, y + r * lay.cell_h)
            p.setPen(QPen(QColor(255, 255, 255, 200), 1))
            p.drawPath(path)
        p.setPen(QPen(QColor(MUTED_HEX), self._style.width(1)))
        p.drawRect(target)
        texts = self._texts.get(name) if lay.numbers else None
        painted["numbers"][name] = texts is not None
        if texts is None:
            return  # colours only: the value of a cell is told on hover
        rgb = self._images[name][1].astype(np.float64)
        light = (0.299 * rgb[..., 0] + 0.587 * rgb[..., 1] + 0.114 * rgb[..., 2]) > 140
        ink, paper = QColor(INK_HEX), QColor("white")
        p.setFont(self._number_font)
        fm = QFontMetricsF(self._number_font)
        for r, row in enumerate(texts):
            for c, text in enumerate(row):
                cx, cy, cw, ch = lay.cell_rect(name, r, c)
                tw = fm.horizontalAdvance(text)
                rect = QRectF(cx + (cw - tw) / 2, cy + (ch - fm.height()) / 2, tw, fm.height())
                p.setPen(ink if light[r, c] else paper)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                painted["text_rects"].append((rect.x(), rect.y(), rect.width(), rect.height()))

    def _paint_marks(self, p: QPainter, lay: MatrixLayout) -> None:
        """The selected neuron's column, the selected weight, and what the hovered cell uses."""
        if self.marked_column is not None:
            pen = QPen(QColor(MUTED_HEX), self._style.width(1.5), Qt.PenStyle.DashLine)
            for name in ("W", "B", "A", "Y", "dW"):
                if lay.has(name) and self.marked_column < lay.shapes[name][1]:
                    self._outline(p, lay, name, 0, self.marked_column,
                                  lay.shapes[name][0], 1, pen)
        if self.marked_weight is not None:
            i, j = self.marked_weight
            pen = QPen(QColor(INK_HEX), self._style.width(2.5))
            for name in ("W", "dW"):
                if lay.has(name) and i < lay.shapes[name][0] and j < lay.shapes[name][1]:
                    self._outline(p, lay, name, i, j, 1, 1, pen)
        if self.hovered is None:
            return
        # Ink, not a colour of the scale: orange and blue already mean a sign here.
        pen = QPen(QColor(INK_HEX), self._style.width(3))
        for name, r, c, rows, cols in self.highlighted(self.hovered):
            if lay.has(name):
                self._outline(p, lay, name, r, c, rows, cols, pen)

    def highlighted(self, cell) -> list[tuple[str, int, int, int, int]]:
        """What to outline for the hovered ``cell``: ``(block, row, col, rows, cols)`` runs."""
        name, r, c = cell
        n = self.numbers
        if n is None:
            return []
        n_in = n.W.shape[0]
        if name == "A":  # a_rc = Σ_k x_rk w_kc + b_c
            return [("X", r, 0, 1, n_in), ("W", 0, c, n_in, 1), ("B", 0, c, 1, 1),
                    ("A", r, c, 1, 1), ("Y", r, c, 1, 1)]
        if name == "Y":
            return [("A", r, c, 1, 1), ("Y", r, c, 1, 1)]
        if name in ("W", "dW"):
            return [("W", r, c, 1, 1), ("dW", r, c, 1, 1)]
        return [(name, r, c, 1, 1)]

    def _outline(self, p, lay, name, r, c, rows, cols, pen) -> None:
        x, y, _, _ = lay.cell_rect(name, r, c)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(x, y, cols * lay.cell_w, rows * lay.cell_h))

    def _paint_titles(self, p: QPainter, lay: MatrixLayout) -> None:
        p.setFont(self._style.font(bold=True))
        fm = QFontMetricsF(p.font())
        p.setPen(QColor(INK_HEX))
        starts = sorted((lay.origins[n][0], lay.origins[n][1], n) for n in lay.origins)
        for x, y, name in starts:
            # Room up to the next block to the right on the same line, or the edge.
            right = min((x2 for x2, y2, _ in starts if y2 == y and x2 > x),
                        default=float(self.width()))
            room = max(0.0, right - x - fm.height() * 0.4)
            rows, cols = lay.shapes[name]
            text = f"{self.titles.get(name, name)}  {rows}×{cols}"
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
            p.drawText(QRectF(x, y - lay.title_h, room, lay.title_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        p.setFont(self.font())
