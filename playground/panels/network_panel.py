"""The network column (dock ``network``): the layer editor, the diagram, the weight field.

Click a node or an edge of the diagram to select it; drag, turn the wheel or
type in the field below to change that weight (or the neuron's bias). The
field always shows the engine's current value; Enter applies what was typed,
Esc gives up, Ctrl+Z undoes the last edit.

The check box "Values for the picked point" switches the diagram from
weights to one point's values (:mod:`playground.views.diagram.diagram_values`): each
node's value and each edge's ``x·w``; the panel then asks the worker for that
point's trace.

The check box "Gradients ∂L/∂w" beside it ("∇" in a narrow column) switches
the diagram to ∂L/∂w and ∂L/∂a (:mod:`playground.views.diagram.diagram_gradients`);
the two check boxes exclude each other, so the diagram shows weights, values
or gradients. In gradient mode a drop-down under the diagram chooses the last
training step's minibatch or the picked point, a legend says what the edges
mean, and a line explains the selected weight: ``∂L/∂w = δ · x`` with ``δ``
in its two factors, and the update the last step applied. Nothing of this
takes room while the mode is off.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from playground.guard import guarded
from playground.selection import Param
from playground.views.base import PlaygroundView, ViewContext
from playground.views.diagram import neuron_maps
from playground.views.diagram.diagram_editing import DiagramEditor, param_of
from playground.views.diagram.diagram_gradients import DiagramGradients, is_big
from playground.views.diagram.diagram_values import DiagramValues
from playground.views.diagram.network_view import NetworkView
from playground.views.numbers import fmt, parse_number


class NetworkPanel(PlaygroundView):
    """Build the network (editor), watch it (diagram), and set any weight by hand."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        from playground.panels.network_editor import NetworkEditor

        super().__init__(context, parent)
        self.setObjectName("networkColumn")  # the name it had before the docks
        self.editor = NetworkEditor(context.state)
        self.view = NetworkView()
        self.view.set_style(context.style)
        self.editing = DiagramEditor(self.view, context.controller)
        self.values = DiagramValues(self.view, context.controller.selection)
        self.paramLabel = QLabel(self, objectName="paramLabel")
        self.paramEdit = QLineEdit(self, objectName="paramEdit")
        self._fit_field()
        self.paramEdit.returnPressed.connect(self._on_typed)
        self.valuesCheck = QCheckBox(self, objectName="diagramValuesCheck")
        self.valuesCheck.toggled.connect(self._on_values_toggled)
        self.gradients = DiagramGradients(self.view, context.controller)
        self.gradientsCheck = QCheckBox(self, objectName="diagramGradientsCheck")
        self.gradientsCheck.toggled.connect(self._on_gradients_toggled)
        self.gradientSource = QComboBox(self, objectName="gradientSourceCombo")
        self.gradientSource.addItems(["", ""])
        self.gradientSource.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.gradientSource.currentIndexChanged.connect(self._on_source_changed)
        # Only in gradient mode: the diagram keeps its size (and its geometry) otherwise.
        self.gradientBar = QWidget(self, objectName="gradientBar")
        bar = QHBoxLayout(self.gradientBar)
        bar.setContentsMargins(8, 2, 8, 0)
        bar.addWidget(QLabel("∂L/∂w", self.gradientBar))  # math: the same in every language
        bar.addWidget(self.gradientSource)
        bar.addStretch(1)
        self.gradientBar.hide()
        self.gradientLegend = QLabel(self, objectName="gradientLegend")
        self.gradientDetail = QLabel(self, objectName="gradientDetail")
        for label in (self.gradientLegend, self.gradientDetail):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(8, 2, 8, 0)
            # Wrapped lines keep their height when the column is short (the diagram gives).
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
            label.hide()
        row = self._row = QHBoxLayout()
        row.setContentsMargins(8, 2, 8, 4)
        row.addWidget(self.paramLabel, 1)
        row.addWidget(self.paramEdit)
        row.addSpacing(12)
        row.addWidget(self.valuesCheck)
        row.addSpacing(6)
        row.addWidget(self.gradientsCheck)
        # In the same row (the diagram keeps its height); a long weight name is
        # shortened with "…" instead of squeezing the field (the whole name is its tip).
        self.paramLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.editor, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.gradientBar)
        layout.addWidget(self.gradientLegend)
        layout.addWidget(self.gradientDetail)
        layout.addLayout(row)
        selection = context.controller.selection
        self.view.neuronHovered.connect(lambda layer, i: selection.set_hovered((layer, i)))
        self.view.neuronLeft.connect(lambda: selection.set_hovered(None))
        selection.selectedChanged.connect(lambda _s: self._show_param())
        selection.pickChanged.connect(self._on_pick)
        context.controller.playingChanged.connect(self._on_playing)
        self.editing.typeRequested.connect(self._focus_field)
        self.retranslate()
        self.paramLabel.installEventFilter(self)  # after retranslate: the texts exist

    @property
    def param(self) -> Param | None:
        frame = self.view.frame
        selected = self.context.controller.selection.selected
        return param_of(selected, frame.layer_sizes) if frame is not None else None

    def probe_requests(self) -> dict:
        return {**self.values.probe_request(), **self.gradients.probe_request()}

    def set_frame(self, frame) -> None:
        result = frame.probes.get(self.context.probe_key("trace"))
        if result is not None:
            self.values.set_result(result)
        old = self.view.frame
        self.view.set_frame(frame)
        gradients = frame.probes.get(self.context.probe_key("gradients"))
        if gradients is not None:
            self.gradients.set_result(gradients, frame)
        if self.gradients.enabled and (old is None or is_big(old) != is_big(frame)):
            self.probesChanged.emit()  # a big network asks only while paused
        if not self.paramEdit.hasFocus():
            self._show_param()
        elif self.gradients.enabled:
            self._show_gradients()

    def set_style(self, style) -> None:
        self.editor.set_style(style)
        self.view.set_style(style)
        self._fit_field()
        self._fit_gradients_check()
        self._show_param()  # the label's shortening depends on the font

    def _fit_gradients_check(self) -> None:
        """"Gradients ∂L/∂w" where the row has room, else "∇" (a narrow projector column
        must not grow: the plane beside it keeps its share)."""
        check = self.gradientsCheck
        long, short = self.tr("Gradients ∂L/∂w"), "∇"
        advance = check.fontMetrics().horizontalAdvance
        frame = check.sizeHint().width() - advance(check.text())  # box, spacing, margins
        # The row's minimum as it would be with the short form.
        row_short = self._row.minimumSize().width() - check.minimumWidth() + frame + advance(short)
        room = self.width() - row_short - (advance(long) - advance(short))
        text = long if room >= 8 * check.fontMetrics().averageCharWidth() else short
        if check.text() != text:
            check.setText(text)
        # Shown whole or not at all: the long form never shrinks below its text (the
        # room was checked above), the short form lets a narrow column narrow further.
        check.setMinimumWidth(frame + advance(text))

    def _fit_field(self) -> None:
        """Room for a value like "−0.03141" in the current font (projector mode grows it)."""
        self.paramEdit.setMaximumWidth(self.paramEdit.fontMetrics().horizontalAdvance("0") * 12)

    def retranslate(self) -> None:
        self.editor.retranslate()
        self.view.retranslate()
        self.paramEdit.setAccessibleName(self.tr("Selected weight or bias"))
        self.paramEdit.setToolTip(self.tr(
            "Type a new value and press Enter. On the diagram you can also drag the selected "
            "weight up or down, or turn the mouse wheel over it. Ctrl+Z undoes."))
        self.valuesCheck.setText(self.tr("Values for the picked point"))
        self.valuesCheck.setAccessibleName(self.valuesCheck.text())
        self.valuesCheck.setToolTip(self.tr(
            "Show the picked point on the diagram: each node's value and, instead of the "
            "weights w, each connection's contribution x·w (blue positive, orange negative, "
            "wider for larger). Point at a neuron to read the x·w of its inputs."))
        self._fit_gradients_check()
        self.gradientsCheck.setAccessibleName(self.tr("Gradients on the diagram"))
        self.gradientsCheck.setToolTip(self.tr(
            "Show the gradient on the diagram (backpropagation): each connection's ∂L/∂w "
            "instead of its weight, each neuron's ∂L/∂a as a frame, and the neurons that "
            "barely learn. After a Step the backward pass runs right to left. Select a "
            "connection to read ∂L/∂w = δ·x by the chain rule; point at one for the "
            "update the optimizer applied."))
        self.gradientSource.setItemText(0, self.tr("of the last minibatch"))
        self.gradientSource.setItemText(1, self.tr("for the picked point"))
        self.gradientSource.setAccessibleName(self.tr("Gradients of"))
        self.gradientSource.setToolTip(self.tr(
            "The last minibatch: the mean gradient the last training step used, at the "
            "weights it started from. The picked point: the gradient of that point's loss "
            "alone, at the weights now."))
        self._show_param()

    # -- values of the picked point ---------------------------------------------------
    def _on_values_toggled(self, on: bool) -> None:
        if on:
            self.gradientsCheck.setChecked(False)
        self.values.set_enabled(on)
        self.probesChanged.emit()

    def _on_pick(self, _pick) -> None:
        if self.values.enabled or (self.gradients.enabled and self.gradients.source == "point"):
            self.probesChanged.emit()
        self._show_gradients()

    # -- gradients ----------------------------------------------------------------------
    def _on_gradients_toggled(self, on: bool) -> None:
        if on:
            self.valuesCheck.setChecked(False)
        self.gradients.set_enabled(on)
        self.gradientBar.setVisible(on)
        self.probesChanged.emit()
        self._show_gradients()

    def _on_source_changed(self, index: int) -> None:
        self.gradients.set_source("point" if index == 1 else "batch")
        if self.gradients.enabled:
            self.probesChanged.emit()
        self._show_gradients()

    def _on_playing(self, _on: bool) -> None:
        if self.gradients.enabled and is_big(self.view.frame):
            self.probesChanged.emit()
            self._show_gradients()

    def _show_gradients(self) -> None:
        """The legend and the selected weight's line, in gradient mode only."""
        on = self.gradients.enabled
        self.gradientLegend.setVisible(on)
        detail, tip = self.gradients.detail_html(self.param) if on else ("", "")
        self.gradientDetail.setVisible(bool(detail))
        if on:
            # A narrow column (a projector's network dock) gets the short legend.
            metrics = self.gradientLegend.fontMetrics()
            narrow = self.width() < 48 * metrics.averageCharWidth()
            self.gradientLegend.setText(self.gradients.legend_html(compact=narrow))
            self.gradientLegend.setToolTip(self.gradients.legend_tip())
            self.gradientDetail.setText(detail)
            self.gradientDetail.setToolTip(tip)

    # -- the field ----------------------------------------------------------------
    def _describe(self, param: Param) -> str:
        frame = self.view.frame
        to = neuron_maps.neuron_title(frame, param.layer + 1, param.j)
        if param.is_bias:
            return self.tr("bias b of %1").replace("%1", to)
        source = neuron_maps.neuron_title(frame, param.layer, param.i)
        return self.tr("weight w from %1 to %2").replace("%1", source).replace("%2", to)

    def _show_param(self) -> None:
        self._show_gradients()
        param = self.param
        value = self.context.controller.param_value(param) if param is not None else None
        self.paramEdit.setEnabled(value is not None)
        # An empty field beside the hint only takes the hint's room.
        self.paramEdit.setVisible(value is not None)
        if value is None:
            self._set_label(self.tr(
                "Click a neuron or a connection to select its bias or weight."),
                self.tr("Click a neuron or a connection"))
            self.paramEdit.clear()
            return
        short = self.tr("bias b =") if param.is_bias else self.tr("weight w =")
        self._set_label(self._describe(param) + " =", short)
        self.paramEdit.setText(fmt(value))

    def _set_label(self, text: str, short: str = "") -> None:
        """``text``, or ``short`` when it does not fit (the diagram's outline says which
        one), shortened with "…" if even that is too long; the whole text is the tip."""
        self._label_texts = (text, short)
        width = self.paramLabel.width()
        metrics = self.paramLabel.fontMetrics()
        shown = text
        if width > 0 and metrics.horizontalAdvance(text) > width:
            shown = metrics.elidedText(short or text, Qt.TextElideMode.ElideRight, width)
            if len(shown) < 8:  # "Clic…" says nothing: leave the room empty (the tip stays)
                shown = ""
        self.paramLabel.setText(shown)
        self.paramLabel.setToolTip(text if shown != text else "")

    @guarded(default=False)
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        # The label's width changes without the panel's (the field beside it is
        # shown or hidden): fit its text again.
        if obj is self.paramLabel and event.type() == QEvent.Type.Resize:
            self._set_label(*self._label_texts)
        return False

    @guarded
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if hasattr(self, "_label_texts"):  # set once everything is built
            self._fit_gradients_check()
            self._set_label(*self._label_texts)
            self._show_gradients()

    def _focus_field(self, _param) -> None:
        self.paramEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.paramEdit.selectAll()

    def _on_typed(self) -> None:
        param = self.param
        if param is None:
            return
        value = parse_number(self.paramEdit.text())
        if value is None:
            value = math.nan  # refused below, in words
        if self.context.controller.edit_param(param, value):
            self.view.setFocus()  # the keys go back to the diagram (Space plays)
        else:
            self.paramEdit.selectAll()
