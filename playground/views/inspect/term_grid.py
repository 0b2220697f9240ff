"""The inspector's table of a weighted sum: one row per term ``x_i · w_i``, then ``b`` and ``a``.

A grid of labels rather than a table widget: the rows grow with the font in
projector mode, nothing scrolls inside it, and the labels are made once and
re-used (rows beyond the current neuron's inputs are hidden, not deleted).
An input's name is a link: clicking it selects the neuron (or feature) it
comes from, so a learner can walk a point back through the layers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from playground.views.colors import MUTED_HEX, ViewStyle
from playground.views.numbers import fmt

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: Columns: the input's name, x, w, x·w.
COLUMNS = 4


class TermGrid(QWidget):
    """Rows ``name | x | w | x·w``, a row for the terms not written out, ``b`` and ``a``.

    Signals
    -------
    nodeClicked(int, int)
        The ``(layer, index)`` of the input whose name was clicked.
    """

    nodeClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inspectorTerms")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(2)
        self.header = [self._label(0, c, header=True) for c in range(COLUMNS)]
        self._rows: list[list[QLabel]] = []  # one per term, made when first needed
        self._extra = {}  # "more", "bias", "sum": made once, moved to the end
        self._rule = QFrame(self)
        self._rule.setFrameShape(QFrame.Shape.HLine)
        self._rule.setStyleSheet(f"color: {MUTED_HEX}")
        self._highlight: int | None = None

    def _label(self, row: int, col: int, header: bool = False) -> QLabel:
        label = QLabel(self)
        label.setAlignment(_LEFT if col == 0 else _RIGHT)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        if header:
            label.setStyleSheet(f"color: {MUTED_HEX}")
        if col == 0:
            label.linkActivated.connect(self._on_link)
        self._grid.addWidget(label, row, col)
        return label

    def set_style(self, style: ViewStyle) -> None:
        """Fonts for the current mode (a bit larger than body text: these are the numbers)."""
        font = style.font(1.1)
        for label in self.findChildren(QLabel):
            label.setFont(font)
        self._grid.setHorizontalSpacing(int(style.font_pt * 1.6))

    def set_headers(self, names: tuple[str, str, str, str]) -> None:
        for label, text in zip(self.header, names, strict=True):
            label.setText(text)

    def set_terms(self, names: list[str], links: list[tuple[int, int] | None],
                  x: list[float], w: list[float], products: list[float],
                  more: tuple[str, float] | None, bias: tuple[str, float],
                  total: tuple[str, float], highlight: int | None = None) -> None:
        """Fill the rows (existing labels are reused; surplus rows are hidden).

        Parameters
        ----------
        names, links, x, w, products : list
            One entry per written-out term; ``links`` gives the node each name selects.
        more : (str, float) or None
            The line for the terms not written out and their sum.
        bias, total : (str, float)
            The bias line and the sum line (``a``).
        highlight : int or None
            Position in ``names`` of the row to emphasise (the selected weight).
        """
        n = len(names)
        while len(self._rows) < n:
            row = len(self._rows) + 1
            self._rows.append([self._label(row, c) for c in range(COLUMNS)])
        font = self.header[0].font()
        for k, cells in enumerate(self._rows):
            visible = k < n
            for cell in cells:
                cell.setVisible(visible)
            if not visible:
                continue
            link = links[k]
            name = names[k]
            cells[0].setText(f'<a href="{link[0]}:{link[1]}">{name}</a>' if link else name)
            for cell, value in zip(cells[1:], (x[k], w[k], products[k]), strict=True):
                cell.setText(fmt(value))
            emphasis = QFont(font)
            emphasis.setBold(highlight == k)
            for cell in cells:
                cell.setFont(emphasis)
        row = n + 1
        lines = (("more", more), ("bias", bias), ("sum", total))
        for key, content in lines:
            cells = self._extra.get(key)
            if cells is None:
                cells = self._extra[key] = [QLabel(self) for _ in range(2)]
                cells[0].setAlignment(_LEFT)
                cells[1].setAlignment(_RIGHT)
                cells[0].setFont(font)
                cells[1].setFont(font)
            if key == "sum":
                self._grid.addWidget(self._rule, row, 0, 1, COLUMNS)
                row += 1
            self._grid.addWidget(cells[0], row, 0, 1, COLUMNS - 1)
            self._grid.addWidget(cells[1], row, COLUMNS - 1)
            for cell in cells:
                cell.setVisible(content is not None)
            if content is not None:
                cells[0].setText(content[0])
                cells[1].setText(fmt(content[1]))
                row += 1
        for cell in self._extra["sum"]:
            bold = QFont(font)
            bold.setBold(True)
            cell.setFont(bold)

    def texts(self) -> list[list[str]]:
        """What the visible rows say, cell by cell (for tests and screen readers)."""
        rows = [[c.text() for c in cells] for cells in self._rows if cells[0].isVisibleTo(self)]
        for cells in self._extra.values():
            if cells[0].isVisibleTo(self):
                rows.append([cells[0].text(), cells[1].text()])
        return rows

    def _on_link(self, href: str) -> None:
        layer, _, index = href.partition(":")
        self.nodeClicked.emit(int(layer), int(index))
