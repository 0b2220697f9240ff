"""Dock ``affine``: one layer as a matrix product, ``Y = h(XW + B)``, with live numbers.

For the chosen layer it shows ``X`` (the picked point, through probe
``point_trace``, or the minibatch of the last step, through probe
``batch_trace``), the weights ``W``, the bias ``B``, the weighted sums
``A = XW + B`` and ``Y = h(A)``, with their shapes. ``A``, ``Y`` and the
matrices beside them are the engine's own numbers (the probe's trace), never
recomputed here. Hovering a cell of ``A`` outlines the row of ``X`` and the
column of ``W`` it comes from and writes the sum out below. With a labelled
pick, "show ∂L/∂W" puts the gradient beside ``W``.

While training runs the numbers change at most :data:`MAX_HZ` times a second;
after a step, an edit or a new pick they change at once.
"""

from __future__ import annotations

import importlib.util
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from playground.selection import Param
from playground.views.base import PlaygroundView, ViewContext
from playground.views.inspect import affine_words as words
from playground.views.inspect.affine_canvas import AffineCanvas, AffineNumbers

#: Number views refresh at most this often while training (once more after it stops).
MAX_HZ = 10.0
#: The probe of the last step's minibatch (it reads ``Trainer.last_batch``).
BATCH_PROBE = "batch_trace"


def batch_probe_available() -> bool:
    """Whether the worker can answer ``batch_trace`` (its module exists)."""
    return importlib.util.find_spec(f"playground.probes.{BATCH_PROBE}") is not None


class AffineView(PlaygroundView):
    """A layer combo, the source of ``X``, "show ∂L/∂W", the matrices and a status line."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("affineView")
        self.selection = context.controller.selection
        self.frame = None
        self.results: dict[str, object] = {"point": None, "batch": None}
        self.answers: dict[str, object] = {}  # the newest answer per probe, traces or not
        self.numbers: AffineNumbers | None = None
        self.shown_result = None  # the probe answer the numbers on screen come from
        self._shown_at = -1e9
        self._later = QTimer(self, singleShot=True)
        self._later.timeout.connect(self.refresh)

        self.layerCombo = QComboBox(self, objectName="affineLayerCombo")
        self.sourceCombo = QComboBox(self, objectName="affineSourceCombo")
        self.sourceCombo.addItem("", "point")
        self.sourceCombo.addItem("", "batch")
        self.gradientCheck = QCheckBox(self, objectName="affineGradientCheck")
        self._layer_caption = QLabel(self)
        self._source_caption = QLabel(self)
        self.formula = QLabel(self, objectName="affineFormula")
        self.canvas = AffineCanvas()
        self.canvas.set_style(context.style)
        scroll = QScrollArea(self, objectName="affineScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.canvas)
        self.status = QLabel(self, objectName="affineStatus")
        self.status.setWordWrap(True)

        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 0)
        for w in (self._layer_caption, self.layerCombo, self._source_caption, self.sourceCombo,
                  self.gradientCheck):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.formula)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        self.formula.setContentsMargins(6, 0, 4, 0)
        self.status.setContentsMargins(6, 0, 4, 0)

        self.layerCombo.currentIndexChanged.connect(lambda _i: self._on_choice())
        self.sourceCombo.currentIndexChanged.connect(lambda _i: self._on_source())
        self.gradientCheck.toggled.connect(lambda _on: self.refresh())
        self.canvas.hoveredChanged.connect(self._on_hovered)
        context.controller.frameReady.connect(self._collect)
        self.selection.pickChanged.connect(self._on_pick)
        self.selection.selectedChanged.connect(self._on_selected)
        self.retranslate()

    # -- plug-in interface -----------------------------------------------------------
    def probe_requests(self) -> dict:
        if self.source == "batch":
            return {"batch": (BATCH_PROBE, {})} if batch_probe_available() else {}
        pick = self.selection.pick
        if pick is None:
            return {}
        return {"point": ("point_trace", {"xy": [float(v) for v in pick.xy],
                                          "label": pick.label})}

    def set_frame(self, frame) -> None:
        if not isValid(self):
            return  # the window closed and took this view along; a frame was still queued
        new_sizes = self.frame is None or self.frame.layer_sizes != frame.layer_sizes
        self.frame = frame
        self._collect(frame)
        if new_sizes:
            self._fill_layers()
        wait = self._shown_at + 1.0 / MAX_HZ - time.monotonic()
        if frame.playing and wait > 0:
            if not self._later.isActive():
                self._later.start(int(wait * 1000) + 1)
            return
        self.refresh()

    def _collect(self, frame) -> None:
        """Keep this view's probe answers from ``frame``.

        Called for every frame the controller receives, not only for those the
        dock host hands over: the host gives a busy dock only the newest frame,
        and an answer computed once while paused must not be lost with a
        skipped one.
        """
        if not isValid(self):
            return
        for suffix in self.results:
            answer = frame.probes.get(self.context.probe_key(suffix))
            if answer is not None:
                # A trace, or a NoBatch / ProbeFailure saying why there is none.
                self.answers[suffix] = answer
                self.results[suffix] = answer if hasattr(answer, "trace") else None

    def set_style(self, style) -> None:
        self.canvas.set_style(style)

    def retranslate(self) -> None:
        self._layer_caption.setText(self.tr("Layer:"))
        self.layerCombo.setAccessibleName(self.tr("Layer"))
        self.layerCombo.setToolTip(self.tr(
            "The layer to show; it follows the neuron selected on the network diagram."))
        self._source_caption.setText(self.tr("X:"))
        self.sourceCombo.setItemText(0, self.tr("the picked point"))
        self.sourceCombo.setItemText(1, self.tr("the last minibatch"))
        self.sourceCombo.setAccessibleName(self.tr("Input rows X"))
        self.sourceCombo.setToolTip(self.tr(
            "The rows of X: the point picked on the output map, or every point of the "
            "minibatch the last training step used."))
        self.gradientCheck.setText(self.tr("show ∂L/∂W"))
        self.gradientCheck.setAccessibleName(self.tr("show ∂L/∂W"))
        self.gradientCheck.setToolTip(self.tr(
            "Beside W, the gradient of the loss with respect to each weight for the picked "
            "point and its label: gradient descent moves each weight by −η × this."))
        self.canvas.setAccessibleName(self.tr("Matrices of the layer: X, W, B, A and Y"))
        self._fill_layers()
        self.refresh()

    # -- choices -------------------------------------------------------------------
    @property
    def source(self) -> str:
        return self.sourceCombo.currentData()

    @property
    def layer(self) -> int:
        """The chosen Affine layer ``l`` (1-based); 1 when there is none yet."""
        return self.layerCombo.currentData() or 1

    def set_layer(self, layer: int) -> None:
        index = self.layerCombo.findData(int(layer))
        if index >= 0:
            self.layerCombo.setCurrentIndex(index)

    def _fill_layers(self) -> None:
        if self.frame is None:
            return
        keep = self.layer
        n = len(self.frame.layer_sizes) - 1
        self.layerCombo.blockSignals(True)
        self.layerCombo.clear()
        for layer in range(1, n + 1):
            self.layerCombo.addItem(words.layer_name(layer, n), layer)
        self.layerCombo.setCurrentIndex(max(0, min(keep, n) - 1))
        self.layerCombo.blockSignals(False)
        batch = self.sourceCombo.model().item(1)
        batch.setEnabled(batch_probe_available())
        if not batch_probe_available():
            batch.setToolTip(self.tr("Not available yet: the minibatch probe is still to come."))

    def _on_choice(self) -> None:
        self._mark_selection()
        self.refresh()

    def _on_source(self) -> None:
        self.probesChanged.emit()
        self.refresh()

    def _on_pick(self, _pick) -> None:
        # The numbers of the old pick must not stay up while the new ones are computed.
        self.results["point"] = self.answers["point"] = None
        self.probesChanged.emit()
        self.refresh()

    def _on_selected(self, _item) -> None:
        node = self.selection.selected_node
        if node is not None:
            self.set_layer(max(1, node[0]))
        self._mark_selection()
        self.canvas.update()

    def _mark_selection(self) -> None:
        item, node = self.selection.selected, self.selection.selected_node
        self.canvas.marked_column = node[1] if node and node[0] == self.layer else None
        self.canvas.marked_weight = None
        if isinstance(item, Param) and not item.is_bias and item.layer + 1 == self.layer:
            self.canvas.marked_weight = (item.i, item.j)

    # -- numbers -------------------------------------------------------------------
    def _result(self):
        """The probe result for the current source if it fits the current pick and network."""
        result = self.results.get(self.source)
        if result is None or self.frame is None:
            return None
        layers = result.trace.layers
        sizes = tuple([layers[0].W.shape[0]] + [lt.W.shape[1] for lt in layers])
        if sizes != tuple(self.frame.layer_sizes):
            return None  # computed for the network before a rebuild
        pick = self.selection.pick
        if self.source == "point" and (pick is None or tuple(result.xy) != tuple(pick.xy)):
            return None
        return result

    def refresh(self) -> None:
        """Show the chosen layer's numbers from the newest result and frame."""
        self._later.stop()
        self._shown_at = time.monotonic()
        frame = self.frame
        if frame is None:
            return
        layer = min(self.layer, len(frame.weights))
        result = self.shown_result = self._result()
        if result is not None:
            lt = result.trace.layers[layer - 1]
            backward = getattr(result, "backward", None)
            dw = backward.layers[layer - 1].dW if backward is not None else None
            self.numbers = AffineNumbers(layer, lt.activation, lt.W, lt.b, lt.x, lt.a, lt.y,
                                         dw if self.gradientCheck.isChecked() else None)
        else:
            w, b = frame.weights[layer - 1]
            last = layer == len(frame.weights)
            act = ("softmax" if frame.is_classification else "identity") if last \
                else frame.activations[layer - 1]
            self.numbers = AffineNumbers(layer, act, w, b)
        self._mark_selection()
        self.canvas.set_titles(words.block_titles(self.numbers))
        self.canvas.set_numbers(self.numbers)
        step = getattr(result, "step", None) if self.source == "batch" else None
        self.formula.setText(words.formula(self.numbers, step))
        self._on_hovered(self.canvas.hovered)

    def _on_hovered(self, cell) -> None:
        text = "" if cell is None or self.numbers is None else words.describe(
            self.numbers, cell, self._input_name)
        self.canvas.setToolTip(text)
        self.status.setText(text or self._hint())

    def _input_name(self, k: int) -> str:
        """What input ``k`` of the chosen layer is: a feature, or a neuron of the layer before."""
        return words.input_name(self.frame, self.layer, k)

    def _hint(self) -> str:
        result, pick = self._result(), self.selection.pick
        if self.source == "point" and pick is None:
            return self.tr("Pick a point on the output map to see X, A = XW + B and Y.")
        if result is None and hasattr(self.answers.get(self.source), "detail"):
            return self.tr("These numbers could not be computed.")  # a ProbeFailure (logged)
        if self.source == "batch" and result is None:
            if getattr(self.answers.get("batch"), "reason", "") == "unavailable":
                return self.tr("This version cannot show the minibatch yet.")
            return self.tr("Take a training step to see its minibatch.")
        if result is None:
            return self.tr("Computing…")
        if self.gradientCheck.isChecked() and getattr(result, "backward", None) is None:
            return self.tr("∂L/∂W is shown for a picked point with a label (choose its class).")
        return self.tr("Hover over a cell of A to see the row of X and the column of W "
                       "it is made of.")
