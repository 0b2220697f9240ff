"""Where the matrices of ``Y = h(XW + B)`` go on the canvas, and which cell is where.

Pure geometry (no Qt), so it can be reasoned about and tested on its own.
The blocks are placed the way one multiplies by hand (Falk's scheme): ``W``
sits above ``A`` and ``X`` to its left, so the row of ``X`` and the column of
``W`` that make a cell of ``A`` meet exactly at that cell::

              W  (n_in × n_out)    ∂L/∂W  (beside W, optional)
              B  (1 × n_out)
    X (N × n_in)  A = XW + B  (N × n_out)   Y = h(A)  (N × n_out)

In a dock too narrow for the numbers side by side, ``Y`` goes below ``A``
(and ``∂L/∂W`` below ``W``), keeping every neuron's numbers in one column.

Every cell has one size. Numbers are written in a block only if its widest
number fits that size; otherwise the block is drawn as colours alone (the
canvas then tells each value on hover), so a 64 × 64 layer stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Blocks in painting order.
BLOCKS = ("X", "W", "dW", "B", "A", "Y")
#: The smallest cell side (pixels) before the canvas asks for scroll bars.
MIN_CELL = 5.0
#: Colour-only cells never grow beyond this side: huge squares tell nothing more.
MAX_COLOR_CELL = 26.0


@dataclass(frozen=True)
class Sizes:
    """What the layout must fit, in matrix terms and in pixels.

    Attributes
    ----------
    n, n_in, n_out : int
        ``X`` is ``(n, n_in)`` (``n`` may be 0: no input chosen yet), ``W`` is ``(n_in, n_out)``.
    show_dw : bool
        Put ``∂L/∂W`` beside ``W``.
    number_w, number_h : float
        A cell that shows the widest number needs at least this size.
    title_h : float
        Height of the title line above each block.
    gap : float
        Space between blocks.
    """

    n: int
    n_in: int
    n_out: int
    show_dw: bool
    number_w: float
    number_h: float
    title_h: float
    gap: float


@dataclass(frozen=True)
class MatrixLayout:
    """Cell size and the top-left corner of every block.

    Attributes
    ----------
    cell_w, cell_h : float
        Size of every cell.
    numbers : bool
        Whether cells this size can show the widest number.
    origins : dict of str to (float, float)
        ``(left, top)`` of each present block's first cell.
    shapes : dict of str to (int, int)
        ``(rows, cols)`` of each present block.
    width, height : float
        The whole drawing.
    title_h : float
    stacked : bool
        ``Y`` (and ``∂L/∂W``) below rather than beside (a narrow dock).
    """

    cell_w: float
    cell_h: float
    numbers: bool
    origins: dict
    shapes: dict
    width: float
    height: float
    title_h: float
    stacked: bool = False

    def has(self, name: str) -> bool:
        return name in self.origins

    def block_rect(self, name: str) -> tuple[float, float, float, float]:
        """``(x, y, w, h)`` of the whole block ``name``."""
        (x, y), (rows, cols) = self.origins[name], self.shapes[name]
        return x, y, cols * self.cell_w, rows * self.cell_h

    def cell_rect(self, name: str, row: int, col: int) -> tuple[float, float, float, float]:
        """``(x, y, w, h)`` of cell ``(row, col)`` of block ``name``."""
        x, y = self.origins[name]
        return x + col * self.cell_w, y + row * self.cell_h, self.cell_w, self.cell_h

    def cell_at(self, px: float, py: float) -> tuple[str, int, int] | None:
        """The ``(block, row, col)`` under the point ``(px, py)``, or None."""
        for name in BLOCKS:
            if name not in self.origins:
                continue
            x, y = self.origins[name]
            rows, cols = self.shapes[name]
            col = int((px - x) // self.cell_w)
            row = int((py - y) // self.cell_h)
            if 0 <= row < rows and 0 <= col < cols and px >= x and py >= y:
                return name, row, col
        return None


def _place(s: Sizes, stacked: bool, cw: float, ch: float) -> tuple[dict, float, float]:
    """``{block: (left, top)}``, width and height for cells of ``cw`` × ``ch``.

    Side by side: ``Y`` right of ``A`` and ``∂L/∂W`` right of ``W``. Stacked
    (for a narrow dock): one column of ``W``, ``∂L/∂W``, ``B``, ``A``, ``Y``,
    all ``n_out`` wide, so a neuron's numbers still line up down one column.
    """
    g, t = s.gap, s.title_h
    x_mid = g + ((s.n_in * cw + g) if s.n else 0)
    x_right = x_mid + s.n_out * cw + g
    o = {"W": (x_mid, g + t)}
    y = g + t + s.n_in * ch + g + t
    if s.show_dw:
        if stacked:
            o["dW"] = (x_mid, y)
            y += s.n_in * ch + g + t
        else:
            o["dW"] = (x_right, g + t)
    o["B"] = (x_mid, y)
    y += ch + g
    if s.n:
        y += t
        o.update(X=(g, y), A=(x_mid, y))
        if stacked:
            y += s.n * ch + g + t
            o["Y"] = (x_mid, y)
        else:
            o["Y"] = (x_right, y)
        y += s.n * ch + g
    right = x_mid if stacked or not (s.show_dw or s.n) else x_right
    return o, right + s.n_out * cw + g, y


def _units(s: Sizes, stacked: bool) -> tuple[float, float, float, float]:
    """Columns, rows, fixed width and fixed height: the extent is linear in the cell size."""
    _, w0, h0 = _place(s, stacked, 0.0, 0.0)
    _, w1, h1 = _place(s, stacked, 1.0, 1.0)
    return w1 - w0, h1 - h0, w0, h0


def minimum_size(s: Sizes) -> tuple[float, float]:
    """The smallest drawing that still shows every cell (colours, :data:`MIN_CELL` each)."""
    _, w, h = _place(s, False, MIN_CELL, MIN_CELL)
    return w, h


def compute_layout(s: Sizes, width: float, height: float) -> MatrixLayout:
    """Place the blocks of ``s`` in a ``width`` × ``height`` drawing.

    Side by side if the numbers fit so, else stacked if they fit so; cells
    take the room there is, up to the size a number needs. If numbers fit
    neither way, cells become squares (colours only, in the arrangement that
    gives the bigger ones) between :data:`MIN_CELL` and :data:`MAX_COLOR_CELL`.
    """
    for stacked in (False, True):
        cols, rows, fixed_w, fixed_h = _units(s, stacked)
        fit_w = (width - fixed_w) / max(cols, 1)
        fit_h = (height - fixed_h) / max(rows, 1)
        if fit_w >= s.number_w and fit_h >= s.number_h:
            # A little air around the digits, but no stretching to fill a big dock.
            cell_w, cell_h = min(fit_w, s.number_w * 1.25), min(fit_h, s.number_h * 1.4)
            return _layout(s, stacked, cell_w, cell_h, True)
    fits = []
    for stacked in (False, True):  # colours: whichever arrangement gives bigger cells
        cols, rows, fixed_w, fixed_h = _units(s, stacked)
        fits.append((min((width - fixed_w) / max(cols, 1), (height - fixed_h) / max(rows, 1)),
                     -stacked))
    fit, stacked = max(fits)
    side = max(MIN_CELL, min(fit, MAX_COLOR_CELL))
    return _layout(s, bool(stacked), side, side, False)


def _layout(s: Sizes, stacked: bool, cw: float, ch: float, numbers: bool) -> MatrixLayout:
    origins, w, h = _place(s, stacked, cw, ch)
    shapes = {"W": (s.n_in, s.n_out), "B": (1, s.n_out), "dW": (s.n_in, s.n_out),
              "X": (s.n, s.n_in), "A": (s.n, s.n_out), "Y": (s.n, s.n_out)}
    return MatrixLayout(cell_w=cw, cell_h=ch, numbers=numbers, origins=origins,
                        shapes={k: shapes[k] for k in origins}, width=w, height=h,
                        title_h=s.title_h, stacked=stacked)


def rects_overlap(rects: list[tuple[float, float, float, float]]) -> bool:
    """Whether any two of ``(x, y, w, h)`` rectangles share interior area (tests use it)."""
    ordered = sorted(rects)
    for i, (x1, y1, w1, h1) in enumerate(ordered):
        for x2, y2, _w2, h2 in ordered[i + 1:]:
            if x2 >= x1 + w1 - 1e-9:
                break  # sorted by x: no later rectangle reaches back into this one
            if y1 < y2 + h2 - 1e-9 and y2 < y1 + h1 - 1e-9:
                return True
    return False
