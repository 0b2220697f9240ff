"""A horizontal probability bar and the grid of softmax rows it sits in.

The softmax tab shows one row per class: its score ``a_k``, ``exp(a_k − max a)``,
the probability ``y_k`` as a bar in the class colour with its number, and the
target ``t_k``. The rows are labels in a grid, made once per number of classes
and then only re-filled, so following a point while training stays cheap and
the text grows with the font in projector mode.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from playground.guard import guarded
from playground.views.colors import MUTED_HEX, ViewStyle, class_color
from playground.views.numbers import fmt

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: Columns: class, a_k, exp(a_k − max a), bar, y_k, t_k.
COLUMNS = 6


class ProbabilityBar(QWidget):
    """A bar from 0 to ``value`` (0…1) in a class colour, on a faint track."""

    def __init__(self, k: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.k = k
        self.value = 0.0
        self._line = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, value: float) -> None:
        self.value = float(value) if math.isfinite(value) else 0.0
        self.update()

    def set_line_scale(self, scale: float) -> None:
        self._line = scale
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        h = self.fontMetrics().height()
        return QSize(h * 8, h)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        h = self.fontMetrics().height()
        return QSize(h * 3, h)

    @guarded
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        r = QRectF(self.rect()).adjusted(0.5, 2.5, -0.5, -2.5)
        p.fillRect(r, QColor(238, 238, 234))
        filled = QRectF(r.left(), r.top(), r.width() * min(max(self.value, 0.0), 1.0), r.height())
        p.fillRect(filled, class_color(self.k))
        p.setPen(QPen(QColor(MUTED_HEX), self._line))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r)
        p.end()


class SoftmaxRows(QWidget):
    """Header plus one row per class; :meth:`fill` updates the numbers in place."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("softmaxRows")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(3)
        self.header = [self._label(0, c, muted=True) for c in range(COLUMNS)]
        # "probability yₖ" heads the bar and its number together.
        self._grid.addWidget(self.header[3], 0, 3, 1, 2)
        self.header[3].setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rows: list[tuple[QLabel, QLabel, QLabel, ProbabilityBar, QLabel, QLabel]] = []
        self._style = ViewStyle()

    def _label(self, row: int, col: int, muted: bool = False) -> QLabel:
        label = QLabel(self)
        label.setAlignment(_LEFT if col == 0 else _RIGHT)
        if muted:
            label.setStyleSheet(f"color: {MUTED_HEX}")
        self._grid.addWidget(label, row, col)
        return label

    def set_headers(self, names: tuple[str, ...]) -> None:
        for label, text in zip(self.header, names, strict=True):
            label.setText(text)

    def set_style(self, style: ViewStyle) -> None:
        self._style = style
        font = style.font(1.1)
        for label in self.findChildren(QLabel):
            label.setFont(font)
        for bar in self.findChildren(ProbabilityBar):
            bar.setFont(font)
            bar.set_line_scale(style.width(1))
        self._grid.setHorizontalSpacing(int(style.font_pt * 1.4))

    def fill(self, class_names: list[str], scores, exp_a, y, t, predicted: int,
             target: int | None) -> None:
        """One row per class; the predicted class is bold, the target's t is 1.

        ``t`` may be None (no target yet): the last column stays empty.
        """
        while len(self.rows) < len(class_names):
            row = len(self.rows) + 1
            cells = [self._label(row, c) for c in range(3)]
            bar = ProbabilityBar(row - 1, self)
            self._grid.addWidget(bar, row, 3)
            cells += [bar, self._label(row, 4), self._label(row, 5)]
            self.rows.append(tuple(cells))
            self.set_style(self._style)
        for k, (name, a, e, bar, prob, target_cell) in enumerate(self.rows):
            visible = k < len(class_names)
            for w in (name, a, e, bar, prob, target_cell):
                w.setVisible(visible)
            if not visible:
                continue
            name.setText(f'<span style="color:{class_color(k).name()}">■</span> '
                         + class_names[k])
            a.setText(fmt(scores[k]))
            e.setText(fmt(exp_a[k]))
            bar.set_value(y[k])
            prob.setText(fmt(y[k]))
            target_cell.setText("" if t is None else fmt(t[k]))
            font = QFont(self._style.font(1.1))
            font.setBold(k == predicted)
            for w in (name, a, e, prob):
                w.setFont(font)
            mark = QFont(self._style.font(1.1))
            mark.setBold(target is not None and k == target)
            target_cell.setFont(mark)

    def texts(self) -> list[list[str]]:
        """The visible rows' texts (bars excluded), for tests."""
        return [[w.text() for w in (r[0], r[1], r[2], r[4], r[5])] for r in self.rows
                if r[0].isVisibleTo(self)]
