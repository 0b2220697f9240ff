"""Dock ``activation``: the activation functions h(a), their slopes, and where a neuron's a is.

Step, sigmoid, tanh, ReLU, leaky ReLU and linear on one plot with their
derivatives (dashed), each behind a check box. The chosen hidden layer's
function is drawn bold; the picked point's ``a`` for the chosen neuron is
marked on it (probe ``point_trace``), and a faint histogram of the layer's
``a`` over the training data lies behind (probe ``layer_activity``), so a
learner sees when most of the data sits where ``h′ ≈ 0`` — saturated or
dead neurons, which stop learning. Layer and neuron follow the node selected
on the network diagram.

It repaints only when a probe result arrives: while training that is at most
10 times a second (the probes' ``REFRESH_HZ``), after a step or edit at once.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from engine.activations import activation_derivative
from playground.guard import guarded
from playground.views.base import PlaygroundView, ViewContext
from playground.views.diagram.neuron_maps import activation_label
from playground.views.inspect.activation_plot import COLORS, FUNCTIONS, ActivationPlot
from playground.views.numbers import fill, fmt, fmt_percent

#: Bins of the histogram of a.
BINS = 40


class ActivationView(PlaygroundView):
    """Layer and neuron choosers, a check box per function, the plot and a caption."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("activationView")
        self.selection = context.controller.selection
        self.frame = None
        self.point = None  # the PointTrace of the current pick, when it has arrived
        self.activity = None  # the LayerActivity of the current layer
        self.mark: tuple[float, float] | None = None  # (a, y) marked, for tests
        self._asked: dict | None = None  # what probe_requests last answered
        self._point_failed = False
        self._fresh = False  # answers collected since the last redraw

        self.layerCombo = QComboBox(self, objectName="activationLayerCombo")
        self.neuronCombo = QComboBox(self, objectName="activationNeuronCombo")
        self._layer_caption, self._neuron_caption = QLabel(self), QLabel(self)
        self.checks: dict[str, QCheckBox] = {}
        # The check boxes flow onto as many lines as the dock's width needs (see _reflow).
        self._check_rows = QVBoxLayout()
        self._check_rows.setContentsMargins(4, 0, 4, 0)
        self._check_rows.setSpacing(0)
        self._rows_of: list[int] = []
        for name in FUNCTIONS:
            box = QCheckBox(self, objectName=f"{name}FunctionCheck")
            box.setChecked(True)
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(COLORS[name]))
            box.setIcon(QIcon(swatch))
            box.toggled.connect(lambda _on: self._on_toggled())
            self.checks[name] = box
        self.derivativeCheck = QCheckBox(self, objectName="derivativeCheck")
        self.derivativeCheck.setChecked(True)
        self.derivativeCheck.toggled.connect(lambda _on: self._on_toggled())
        self.plot = ActivationPlot(self)
        self.plot.set_style(context.style)
        self.caption = QLabel(self, objectName="activationCaption")
        self.caption.setWordWrap(True)
        self.caption.setContentsMargins(6, 0, 4, 2)

        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 0)
        for w in (self._layer_caption, self.layerCombo, self._neuron_caption, self.neuronCombo):
            row.addWidget(w)
        row.addSpacing(12)
        row.addWidget(self.derivativeCheck)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(self._check_rows)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)

        self.layerCombo.currentIndexChanged.connect(lambda _i: self._on_layer())
        self.neuronCombo.currentIndexChanged.connect(lambda _i: self.update_numbers())
        context.controller.frameReady.connect(self._collect)
        self.selection.pickChanged.connect(self._on_pick)
        self.selection.selectedChanged.connect(self._on_selected)
        self.retranslate()

    # -- plug-in interface -----------------------------------------------------------
    def probe_requests(self) -> dict:
        self._asked = self._requests()
        return self._asked

    def _requests(self) -> dict:
        requests = {}
        if self.layerCombo.count():
            requests["activity"] = ("layer_activity", {"layer": self.layer, "bins": BINS})
        pick = self.selection.pick
        if pick is not None:
            requests["point"] = ("point_trace", {"xy": [float(v) for v in pick.xy],
                                                 "label": pick.label})
        return requests

    def set_frame(self, frame) -> None:
        if not isValid(self):
            return  # the window closed and took this view along; a frame was still queued
        rebuilt = self.frame is None or (self.frame.layer_sizes, self.frame.activations) != (
            frame.layer_sizes, frame.activations)
        self.frame = frame
        fresh = self._collect(frame) or self._fresh
        self._fresh = False
        if rebuilt:
            self._fill_choices()
            if self._requests() != self._asked:
                self.probesChanged.emit()  # e.g. the first frame: now there is a layer to ask about
        if rebuilt or fresh:
            self.update_numbers()

    def _collect(self, frame) -> bool:
        """Keep this view's probe answers from ``frame``; whether there were any.

        Called for every frame the controller receives, not only for those the
        dock host hands over: the host gives a busy dock only the newest frame,
        and an answer computed once while paused must not be lost with a
        skipped one. The plot is redrawn with the next frame the host gives.
        """
        if not isValid(self):
            return False
        point = frame.probes.get(self.context.probe_key("point"))
        activity = frame.probes.get(self.context.probe_key("activity"))
        if point is not None:
            self.point = point if hasattr(point, "trace") else None
            self._point_failed = hasattr(point, "detail")  # a ProbeFailure (logged)
        if activity is not None:
            self.activity = activity if hasattr(activity, "counts") else None
        self._fresh = self._fresh or point is not None or activity is not None
        return point is not None or activity is not None

    def set_style(self, style) -> None:
        self.plot.set_style(style)
        self._reflow()

    @guarded
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """Put the check boxes on lines that fit the width (a projector font needs more lines)."""
        boxes = list(self.checks.values())
        room = max(1, self.width() - 12)
        rows, used = [], room + 1
        for box in boxes:
            w = box.sizeHint().width() + 8
            if used + w > room:
                rows.append(0)
                used = 0
            rows[-1] += 1
            used += w
        if rows == self._rows_of:
            return
        self._rows_of = rows
        while self._check_rows.count():
            line = self._check_rows.takeAt(0).layout()
            while line is not None and line.count():
                line.takeAt(0)
        it = iter(boxes)
        for n in rows:
            line = QHBoxLayout()
            for _ in range(n):
                line.addWidget(next(it))
            line.addStretch(1)
            self._check_rows.addLayout(line)

    def retranslate(self) -> None:
        self._layer_caption.setText(self.tr("Layer:"))
        self._neuron_caption.setText(self.tr("Neuron:"))
        self.layerCombo.setAccessibleName(self.tr("Hidden layer"))
        self.neuronCombo.setAccessibleName(self.tr("Neuron"))
        self.layerCombo.setToolTip(self.tr(
            "Whose activation function to highlight; follows the neuron selected on the "
            "network diagram."))
        for name, box in self.checks.items():
            box.setText(activation_label(name))
            box.setAccessibleName(activation_label(name))
            box.setToolTip(self.tr("Show %1 and its derivative.").replace(
                "%1", activation_label(name)))
        self.derivativeCheck.setText(self.tr("derivatives h′(a) (dashed)"))
        self.derivativeCheck.setAccessibleName(self.tr("Show the derivatives"))
        self.derivativeCheck.setToolTip(self.tr(
            "The slope h′(a) of each function, dashed. Where it is about 0, the gradient "
            "through the neuron vanishes and its weights stop learning."))
        self.plot.plot.setAccessibleName(self.tr("Plot of the activation functions"))
        self._reflow()
        self._fill_choices()
        self.update_numbers()

    # -- choices -------------------------------------------------------------------
    @property
    def layer(self) -> int:
        """The chosen hidden layer (1-based)."""
        return self.layerCombo.currentData() or 1

    @property
    def neuron(self) -> int:
        """The chosen neuron of that layer (0-based)."""
        return self.neuronCombo.currentData() or 0

    def choose(self, layer: int, neuron: int) -> None:
        """Choose hidden layer ``layer`` (1-based) and its neuron ``neuron`` (0-based)."""
        i = self.layerCombo.findData(int(layer))
        if i >= 0:
            self.layerCombo.setCurrentIndex(i)
        j = self.neuronCombo.findData(int(neuron))
        if j >= 0:
            self.neuronCombo.setCurrentIndex(j)

    def _fill_choices(self) -> None:
        frame = self.frame
        if frame is None:
            return
        keep_layer, keep_neuron = self.layer, self.neuron
        self.layerCombo.blockSignals(True)
        self.layerCombo.clear()
        for layer, act in enumerate(frame.activations, start=1):
            self.layerCombo.addItem(
                fill(self.tr("hidden %1 (%2)"), layer, activation_label(act)), layer)
        self.layerCombo.setCurrentIndex(min(keep_layer, self.layerCombo.count()) - 1)
        self.layerCombo.blockSignals(False)
        self._fill_neurons(keep_neuron)

    def _fill_neurons(self, keep: int = 0) -> None:
        self.neuronCombo.blockSignals(True)
        self.neuronCombo.clear()
        if self.frame is not None and self.layerCombo.count():
            for j in range(self.frame.layer_sizes[self.layer]):
                self.neuronCombo.addItem(str(j + 1), j)
            self.neuronCombo.setCurrentIndex(min(keep, self.neuronCombo.count() - 1))
        self.neuronCombo.blockSignals(False)

    def _on_layer(self) -> None:
        self._fill_neurons(self.neuron)
        self.activity = None  # another layer's histogram must not stay up
        self.probesChanged.emit()
        self.update_numbers()

    def _on_pick(self, _pick) -> None:
        self.point, self._point_failed = None, False
        self.probesChanged.emit()
        self.update_numbers()

    def _on_selected(self, _item) -> None:
        node = self.selection.selected_node
        if node is not None and self.frame is not None and 1 <= node[0] <= len(
                self.frame.activations):
            self.choose(node[0], node[1])

    def _on_toggled(self) -> None:
        self.plot.shown = {n for n, box in self.checks.items() if box.isChecked()}
        self.plot.show_derivatives = self.derivativeCheck.isChecked()
        self.plot.redraw()

    # -- numbers -------------------------------------------------------------------
    def _point_layer(self):
        """The picked point's trace of the chosen layer, if it is current."""
        pick, point, frame = self.selection.pick, self.point, self.frame
        if pick is None or point is None or frame is None or tuple(point.xy) != tuple(pick.xy):
            return None
        layers = point.trace.layers
        if len(layers) != len(frame.layer_sizes) - 1 or self.layer > len(layers) - 1:
            return None
        lt = layers[self.layer - 1]
        return lt if lt.a.shape[1] == frame.layer_sizes[self.layer] else None

    def update_numbers(self) -> None:
        """Highlight, histogram, mark and caption from the newest results."""
        frame = self.frame
        has_hidden = frame is not None and len(frame.activations) > 0
        act = frame.activations[self.layer - 1] if has_hidden else None
        self.plot.highlight = act
        activity = self.activity
        if activity is not None and (activity.layer != self.layer or activity.activation != act):
            activity = None
        self.plot.activity = activity
        lt = self._point_layer() if has_hidden else None
        self.mark = None
        lines = []
        if not has_hidden:
            lines.append(self.tr("This network has no hidden layer, so no activation "
                                 "function acts inside it."))
        elif lt is None:
            if self.selection.pick is None:
                lines.append(self.tr("Pick a point to see its a."))
            elif self._point_failed:
                lines.append(self.tr("These numbers could not be computed."))
            else:
                lines.append(self.tr("Computing…"))
        else:
            j = min(self.neuron, lt.a.shape[1] - 1)
            # Under batch normalisation h acts on z = BN(a): mark where h really is evaluated.
            a = float(lt.a[0, j] if lt.bn is None else lt.bn.z[0, j])
            y = float(lt.y[0, j])
            slope = float(activation_derivative(act)(np.array([a]))[0])
            self.mark = (a, y)
            lines.append(fill(self.tr(
                "Neuron %1 of hidden layer %2 for the picked point: a = %3, "
                "y = h(a) = %4, h′(a) = %5"), j + 1, self.layer, fmt(a), fmt(y), fmt(slope)))
            if lt.bn is not None:
                lines.append(self.tr("With batch normalisation, h acts on the normalised a."))
        if activity is not None:
            lines.append(fill(self.tr(
                "h′(a) ≈ 0 for %1 of this layer's a over the training data (the histogram "
                "behind the curves; its flat part in orange)."),
                fmt_percent(activity.flat_share)))
        self.plot.mark = None if self.mark is None else (*self.mark, slope)
        self.caption.setText("\n".join(lines))
        self.plot.redraw()
