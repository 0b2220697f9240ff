"""The example plug-in view (dock ``layerSummary``): a table of the network's layers.

It shows how a view gets data the frame does not carry: it asks for the probe
``layer_summary`` (``playground/probes/layer_summary.py``) with a parameter
(which split to run through the network), and the worker computes it only
while this view is visible. ``docs/ARCHITECTURE.md`` walks through it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.views.base import PlaygroundView, ViewContext

PROBE = "layer_summary"


class LayerSummaryView(PlaygroundView):
    """Per layer: W's shape, parameters, mean |w|, mean |y| and stuck neurons."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("layerSummaryView")
        self.summary = None  # the last LayerSummary received
        self._split = QComboBox(self, objectName="layerSummarySplitCombo")
        self._split.addItem("", "train")
        self._split.addItem("", "test")
        self._split.currentIndexChanged.connect(lambda _row: self.probesChanged.emit())
        self._caption = QLabel(self)
        self._table = QTableWidget(0, 5, self)
        self._table.setObjectName("layerSummaryTable")
        self._table.verticalHeader().setVisible(False)
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._note = QLabel(self)
        self._note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self._caption)
        row.addWidget(self._split)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._note)
        self.retranslate()

    def probe_requests(self) -> dict:
        return {"summary": (PROBE, {"split": self._split.currentData()})}

    def set_frame(self, frame) -> None:
        result = frame.probes.get(self.context.probe_key("summary"))
        if result is None:
            return  # nothing new this frame: keep showing the last numbers
        if hasattr(result, "rows"):
            self.summary = result
            self._fill()
        else:
            self._note.setText(self.tr("These numbers could not be computed."))

    def retranslate(self) -> None:
        self._caption.setText(self.tr("Data run through the network:"))
        self._split.setItemText(0, self.tr("training points"))
        self._split.setItemText(1, self.tr("test points"))
        self._split.setAccessibleName(self.tr("Which points"))
        self._table.setHorizontalHeaderLabels([
            self.tr("Layer"), self.tr("W shape"), self.tr("Parameters"), self.tr("Mean |w|"),
            self.tr("Mean |y| (stuck neurons)")])
        self._note.setText(self.tr(
            "A stuck neuron gives a flat output on every point (tanh or sigmoid saturated, "
            "ReLU dead): its gradient is zero, so its weights stop learning."))
        self._fill()

    def _fill(self) -> None:
        s = self.summary
        if s is None:
            return
        self._table.setRowCount(len(s.rows))
        last = len(s.rows) - 1
        for i, row in enumerate(s.rows):
            name = self.tr("output") if i == last else self.tr("hidden %1").replace("%1", str(i + 1))
            y = "—" if math.isnan(row.mean_abs_y) else f"{row.mean_abs_y:.3f}"
            cells = (name, f"{row.n_in} × {row.n_out}", str(row.n_params),
                     f"{row.mean_abs_w:.3f}", f"{y} ({row.stuck})" if i < last else y)
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self._table.setItem(i, j, item)
