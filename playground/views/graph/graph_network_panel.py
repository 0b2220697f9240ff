"""The graph view's part for the network itself: the picked point, its target, the notes.

It asks the worker for the probe ``point_trace`` of the picked point (only
while the network graph is chosen and the view is visible), keeps the newest
result that belongs to the current pick, and builds the network's graph from
it (:mod:`playground.views.graph.network_graph`). A location picked on the plane has
no label: a drop-down offers the target classes (or a box takes a target
value for regression), which becomes the pick's label for every view. Notes
say what the graph leaves out: the weight penalty, dropout and batch
statistics (evaluation mode), every multiply of a big network.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.views.diagram.neuron_maps import feature_label
from playground.views.graph.graph_model import GraphModel
from playground.views.graph.network_graph import (
    MAX_SCALAR_WEIGHTS,
    layer_graph,
    n_weights,
    scalar_graph,
)
from playground.views.numbers import fmt

PROBE = "point_trace"


class NetworkChoice(QWidget):
    """Pick, target and notes for the network's graph.

    Signals
    -------
    changed()
        New numbers or a new state: the view builds the graph again.
    probesChanged()
        The probe request changed (a new pick or target, the graph chosen or left).
    """

    changed = Signal()
    probesChanged = Signal()

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphNetworkPanel")
        self.context = context
        self.selection = context.controller.selection
        self.point = None  # the newest PointTrace of the current pick
        self.build = None
        self.failed = False
        self.active = self.scalars = False
        self.info = QLabel(self, objectName="graphPointLabel")
        self.info.setWordWrap(True)
        self.target = QComboBox(self, objectName="graphTargetCombo")
        self.target.activated.connect(self._on_target)
        self.value = QDoubleSpinBox(self, objectName="graphTargetSpin")
        self.value.setRange(-1000.0, 1000.0)
        self.value.setDecimals(3)
        self.value.setSingleStep(0.1)
        self.value.editingFinished.connect(self._on_value)
        self.notes = QLabel(self, objectName="graphNoteLabel")
        self.notes.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.info, 1)
        row.addWidget(self.target)
        row.addWidget(self.value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.notes)
        self.selection.pickChanged.connect(self._on_pick)
        self.retranslate()

    # -- the view's calls -------------------------------------------------------------
    def set_active(self, active: bool, scalars: bool) -> None:
        """The network graph is chosen (``active``), one node per multiply (``scalars``)."""
        self.active, self.scalars = active, scalars
        self.setVisible(active)
        self._update()

    def probe_requests(self) -> dict:
        """``point_trace`` of the picked point while the network graph is chosen."""
        pick = self.selection.pick
        if not self.active or pick is None:
            return {}
        return {"point": (PROBE, {"xy": [float(v) for v in pick.xy], "label": pick.label})}

    def set_frame(self, frame, key: str) -> None:
        """Keep the frame's build; take the probe's result if it is for the current pick."""
        if frame.build is not self.build:
            self.build = frame.build
            self._update()
        result = frame.probes.get(key)
        if result is None:
            return
        pick = self.selection.pick
        if hasattr(result, "trace"):
            if pick is None or tuple(result.xy) != tuple(pick.xy) or result.label != pick.label:
                return  # computed for an earlier pick; the next one is on its way
            self.point, self.failed = result, False
        elif hasattr(result, "detail"):
            self.failed = True
        self._update()
        self.changed.emit()

    def build_model(self) -> GraphModel | None:
        """The network's graph for the picked point, or None (no pick, not computed yet)."""
        point = self.point
        if point is None or self.selection.pick is None:
            return None
        labels = [feature_label(n) for n in point.feature_names]
        if self.scalars and n_weights(point.trace) <= MAX_SCALAR_WEIGHTS:
            return scalar_graph(point, labels)
        return layer_graph(point, labels)

    def empty_text(self) -> str:
        """What the canvas says while there is no graph to show."""
        if self.selection.pick is None:
            return self.tr("Pick a point on the output plane (click it, or use the arrow keys "
                           "there) to see the network's computational graph for that point.")
        if self.failed:
            return self.tr("The graph of this point could not be computed.")
        return self.tr("Computing the graph of the picked point…")

    def set_style(self, style) -> None:
        """Projector mode: the texts follow the application font."""
        self._update()

    def retranslate(self) -> None:
        """Every text again in the interface language."""
        self.target.setAccessibleName(self.tr("Target class of the picked location"))
        self.target.setToolTip(self.tr("A location has no label: choose the class the loss "
                                       "compares the output with."))
        self.value.setAccessibleName(self.tr("Target value of the picked location"))
        self.value.setToolTip(self.tr("A location has no label: type the value the loss "
                                      "compares the output with, then press Enter."))
        self._update()

    # -- reacting -------------------------------------------------------------------------
    def _on_pick(self, pick) -> None:
        if pick is None:
            self.point = None
        self.failed = False
        self._update()
        self.probesChanged.emit()
        self.changed.emit()

    def _on_target(self, row: int) -> None:
        label = self.target.itemData(row)
        if label is not None:
            self.selection.set_pick_label(int(label))

    def _on_value(self) -> None:
        self.selection.set_pick_label(float(self.value.value()))

    def _update(self) -> None:
        """Point, target chooser and notes for the current pick and numbers."""
        pick, build = self.selection.pick, self.build
        location = pick is not None and not pick.is_data_point
        classes = build is None or build.is_classification
        self.target.setVisible(location and classes)
        self.value.setVisible(location and not classes)
        if location and classes:
            self._fill_targets(pick, build)
        elif location and pick.label is not None and not self.value.hasFocus():
            self.value.blockSignals(True)
            self.value.setValue(float(pick.label))
            self.value.blockSignals(False)
        self.info.setText(self._point_text(pick, classes))
        self.notes.setText("\n".join(self._notes()))
        self.notes.setVisible(bool(self.notes.text()))

    def _fill_targets(self, pick, build) -> None:
        n = build.n_classes if build is not None else 2
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(self.tr("choose the target…"), None)
        for k in range(n):
            self.target.addItem(self.tr("class %1").replace("%1", str(k)), k)
        self.target.setCurrentIndex(0 if pick.label is None else self.target.findData(pick.label))
        self.target.blockSignals(False)

    def _point_text(self, pick, classes: bool) -> str:
        if pick is None:
            return self.tr("No point picked.")
        where = ", ".join(fmt(v) for v in pick.xy)
        if pick.is_data_point:
            which = (self.tr("Training point %1") if pick.split == "train"
                     else self.tr("Test point %1")).replace("%1", str(pick.index))
        else:
            which = self.tr("Location")
        if pick.label is None:
            target = self.tr("no target yet: choose one to see the loss and backpropagation")
        elif classes:
            target = self.tr("target class %1").replace("%1", str(pick.label))
        else:
            target = self.tr("target %1").replace("%1", fmt(pick.label))
        return f"{which} ({where}) · {target}"

    def _notes(self) -> list[str]:
        point = self.point
        if point is None or not self.active:
            return []
        notes = []
        trace = point.trace
        if self.scalars and n_weights(trace) > MAX_SCALAR_WEIGHTS:
            notes.append(self.tr("This network has %1 weights: one node per multiply and add is "
                                 "drawn for up to %2 weights, so it is shown layer by layer.")
                         .replace("%1", str(n_weights(trace)))
                         .replace("%2", str(MAX_SCALAR_WEIGHTS)))
        if point.backward is not None:
            if trace.output.kind == "softmax_cross_entropy":
                notes.append(self.tr("L is the loss of this one point: softmax and cross-entropy "
                                     "error in one node, whose local derivatives are y − t."))
            else:
                notes.append(self.tr("L is the loss of this one point: the squared error "
                                     "½ Σ (y − t)², whose local derivatives are y − t."))
        if trace.regularization != "none" and trace.reg_rate > 0:
            penalty = "λ·W" if trace.regularization == "l2" else "λ·sign(W)"
            notes.append(self.tr("The %1 penalty (λ = %2) is not in this graph: the gradients "
                                 "are of this point's loss alone; training adds %3 to ∂L/∂W.")
                         .replace("%1", trace.regularization.upper())
                         .replace("%2", fmt(trace.reg_rate)).replace("%3", penalty))
        if any(layer.bn is not None for layer in trace.layers):
            notes.append(self.tr("Evaluation mode: batch norm uses its running statistics."))
        return notes
