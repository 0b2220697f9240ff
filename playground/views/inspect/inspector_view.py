"""The neuron inspector (dock ``inspector``): one neuron's two formulas with the real numbers.

For the picked point and the neuron selected on the diagram it writes out the
deck's ``a = x₁·w₁ + x₂·w₂ + … + b`` term by term (the inputs are the previous
layer's outputs for that point, each a link to its neuron) and ``y = h(a)``
with the activation's name and a small plot of ``h`` with ``(a, y)`` marked.
The numbers come from the probe ``point_trace`` (evaluation mode), refreshed
with the frames while training and at once after a step, an edit or a new
pick; the selection alone only changes which neuron of that trace is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from playground import catalogue
from playground.selection import Param
from playground.views.base import PlaygroundView, ViewContext
from playground.views.colors import MUTED_HEX, ViewStyle
from playground.views.diagram import neuron_maps
from playground.views.inspect import picked_point
from playground.views.inspect.inspector_plot import ActivationPlot
from playground.views.inspect.neuron_numbers import NeuronNumbers, numbers_for, subscript
from playground.views.inspect.term_grid import TermGrid
from playground.views.numbers import fmt, fmt_signed


class InspectorView(PlaygroundView):
    """``a = Σ xᵢwᵢ + b`` and ``y = h(a)`` of the selected neuron for the picked point.

    Attributes
    ----------
    numbers : NeuronNumbers or None
        What is shown now (None while there is nothing to show).
    """

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("inspectorView")
        self.selection = context.controller.selection
        self.numbers: NeuronNumbers | None = None
        self._result = None  # the newest point_trace (or ProbeFailure) received
        self._classification = True
        body = QWidget()
        self.title = self._make_label(body, "inspectorTitle")
        self.pickLabel = self._make_label(body, "inspectorPick", muted=True)
        self.message = self._make_label(body, "inspectorMessage")
        self.modeNote = self._make_label(body, "inspectorMode", muted=True)
        self.sumHeading = self._make_label(body, "inspectorSumHeading")
        self.terms = TermGrid(body)
        self.sumLine = self._make_label(body, "inspectorSum")
        self.bnHeading = self._make_label(body, "inspectorBnHeading")
        self.bnLine = self._make_label(body, "inspectorBn")
        self.actHeading = self._make_label(body, "inspectorActivationHeading")
        self.actLine = self._make_label(body, "inspectorActivation")
        self.plot = ActivationPlot(body)
        self.tip = self._make_label(body, "inspectorTip", muted=True)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 6)
        for w in (self.title, self.pickLabel, self.message, self.modeNote, self.sumHeading,
                  self.terms, self.sumLine, self.bnHeading, self.bnLine, self.actHeading,
                  self.actLine, self.plot, self.tip):
            layout.addWidget(w, 3 if w is self.plot else 0)
        layout.addStretch(1)  # a tall dock gives most of its height to the plot
        scroll = QScrollArea(self)
        scroll.setObjectName("inspectorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.terms.nodeClicked.connect(lambda layer, i: self.selection.set_selected((layer, i)))
        self.selection.pickChanged.connect(self._on_pick)
        self.selection.selectedChanged.connect(lambda _s: self._render())
        self.set_style(context.style)
        self.retranslate()

    @staticmethod
    def _make_label(parent: QWidget, name: str, muted: bool = False) -> QLabel:
        label = QLabel(parent, objectName=name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if muted:
            label.setStyleSheet(f"color: {MUTED_HEX}")
        return label

    # -- plug-in interface ----------------------------------------------------------
    def probe_requests(self) -> dict:
        return picked_point.probe_request(self.selection.pick)

    def set_frame(self, frame) -> None:
        self._classification = frame.is_classification
        result = frame.probes.get(self.context.probe_key("trace"))
        if result is not None:
            self._result = result
            self._render()

    def set_style(self, style: ViewStyle) -> None:
        self.title.setFont(style.font(1.3, bold=True))
        for label in (self.sumHeading, self.bnHeading, self.actHeading):
            label.setFont(style.font(1.1, bold=True))
        for label in (self.sumLine, self.bnLine, self.actLine):
            label.setFont(style.font(1.2))
        for label in (self.pickLabel, self.message, self.modeNote, self.tip):
            label.setFont(style.font())
        self.terms.set_style(style)
        self.plot.set_style(style)
        self.plot.setMinimumHeight(int(style.font_pt * 18))
        self.plot.setMaximumHeight(int(style.font_pt * 45))
        self._render()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Neuron inspector"))
        self.terms.set_headers((self.tr("input from"), self.tr("input x"), self.tr("weight w"),
                                self.tr("x · w")))
        self.terms.setToolTip(self.tr(
            "Each input x is the output of a neuron of the previous layer for the picked "
            "point. Click its name to inspect that neuron."))
        self._render()

    # -- showing -------------------------------------------------------------------------
    def _on_pick(self, _pick) -> None:
        self.probesChanged.emit()  # the worker computes the new point with the next frame
        self._render()

    def _render(self) -> None:
        pick = self.selection.pick
        node = self.selection.selected_node
        result = self._result
        self.numbers = None
        if pick is None:
            return self._say(self.tr("Neuron inspector"), picked_point.no_pick_text())
        described = picked_point.describe(pick, self._classification)
        if picked_point.failed(result):
            return self._say(self.tr("Neuron inspector"),
                             self.tr("These numbers could not be computed."), described)
        if not picked_point.fits(result, pick):
            return self._say(self.tr("Neuron inspector"), self.tr("Working it out…"), described)
        described += " · " + self.tr("after step %1").replace("%1", str(result.step))
        numbers = numbers_for(result.trace, *node) if node is not None else None
        if numbers is None:
            return self._say(self.tr("Neuron inspector"), self.tr(
                "Select a neuron: click it on the network diagram. Its weighted sum a and "
                "its output y for the picked point appear here."), described)
        self.numbers = numbers
        self.title.setText(self._node_title(result, numbers.layer, numbers.index))
        self.pickLabel.setText(described)
        self.pickLabel.show()
        if numbers.kind == "input":
            return self._show_input(result, numbers)
        self.message.hide()
        self._show_mode_note(numbers)
        self._show_sum(result, numbers)
        self._show_batch_norm(numbers)
        self._show_activation(numbers)

    def _say(self, title: str, text: str, described: str = "") -> None:
        """Only a title and a sentence: nothing to show yet, and why."""
        self.title.setText(title)
        self.pickLabel.setText(described)
        self.pickLabel.setVisible(bool(described))
        self.message.setText(text)
        self.message.show()
        for w in (self.modeNote, self.sumHeading, self.terms, self.sumLine, self.bnHeading,
                  self.bnLine, self.actHeading, self.actLine, self.plot, self.tip):
            w.hide()

    def _show_input(self, result, n: NeuronNumbers) -> None:
        self._say(self.title.text(), "", self.pickLabel.text())
        name = self._input_name(result, 0, n.index)
        raw = ", ".join(f"x{subscript(i + 1)} = {fmt(v)}" for i, v in enumerate(result.xy))
        self.message.setText(self.tr(
            "%1 = %2 for this point (%3). An input has no weights of its own: it passes "
            "its value to every neuron of the next layer, which multiplies it by its "
            "weight w.").replace("%1", name).replace("%2", fmt(n.y)).replace("%3", raw))

    def _show_mode_note(self, n: NeuronNumbers) -> None:
        notes = []
        if n.bn is not None:
            notes.append(self.tr("Batch normalisation is on: it uses the running mean and "
                                 "variance here (evaluation mode), as predictions do."))
        if getattr(self.context.state.settings, "dropout", 0):
            notes.append(self.tr("Dropout is on: it switches neurons off only while "
                                 "training; these are evaluation-mode values, every neuron on."))
        self.modeNote.setText(" ".join(notes))
        self.modeNote.setVisible(bool(notes))

    def _show_sum(self, result, n: NeuronNumbers) -> None:
        count = len(n.x)
        if count <= 3:
            terms = " + ".join(f"x{subscript(i + 1)}·w{subscript(i + 1)}" for i in range(count))
        else:
            terms = f"x₁·w₁ + x₂·w₂ + … + x{subscript(count)}·w{subscript(count)}"
        self.sumHeading.setText(self.tr("1. Weighted sum of the inputs: a = %1 + b")
                                .replace("%1", terms))
        names = [self._input_name(result, n.layer - 1, i) for i in n.shown]
        links = [(n.layer - 1, i) for i in n.shown]
        selected = self.selection.selected
        highlight = None
        if isinstance(selected, Param) and not selected.is_bias and selected.i in n.shown:
            highlight = n.shown.index(selected.i)
        more = None
        if n.rest_count:
            more = (self.tr("… and %1 more terms").replace("%1", str(n.rest_count)), n.rest_sum)
        self.terms.set_terms(
            names, links, [n.x[i] for i in n.shown], [n.w[i] for i in n.shown],
            [n.products[i] for i in n.shown], more, (self.tr("bias b"), n.b),
            (self.tr("a (the sum)"), n.a), highlight)
        parts = [fmt(n.products[n.shown[0]])] if n.shown else []
        parts += [fmt_signed(n.products[i]) for i in n.shown[1:]]
        if n.rest_count:
            parts.append("…" + fmt_signed(n.rest_sum))
        parts.append(fmt_signed(n.b))
        self.sumLine.setText(f"a = {' '.join(parts)} = <b>{fmt(n.a)}</b>")
        for w in (self.sumHeading, self.terms, self.sumLine):
            w.show()

    def _show_batch_norm(self, n: NeuronNumbers) -> None:
        bn = n.bn
        self.bnHeading.setVisible(bn is not None)
        self.bnLine.setVisible(bn is not None)
        if bn is None:
            return
        self.bnHeading.setText(self.tr("Batch normalisation: z = γ·(a − μ) / √(σ² + ε) + β"))
        self.bnLine.setText(
            f"â = ({fmt(n.a)} {fmt_signed(-bn.mean)}) / √({fmt(bn.var)} + {fmt(bn.eps)}) "
            f"= {fmt(bn.a_hat)}<br>z = {fmt(bn.gamma)} · {fmt(bn.a_hat)} {fmt_signed(bn.beta)}"
            f" = <b>{fmt(bn.z)}</b>")

    def _show_activation(self, n: NeuronNumbers) -> None:
        arg = "a" if n.bn is None else "z"
        name = n.activation
        if name == "softmax":
            self.actHeading.setText(self.tr("2. Output: softmax function y = exp(a) / Σ exp(aᵢ)"))
            self.actLine.setText(
                f"y = exp({fmt(n.a)} {fmt_signed(-float(n.scores.max()))}) / "
                f"{fmt(n.sum_exp_a)} = {fmt(n.exp_a)} / {fmt(n.sum_exp_a)} = <b>{fmt(n.y)}</b>")
            self.tip.setText(self.tr(
                "Softmax uses every output's score; the largest score is subtracted first so "
                "that exp cannot overflow (it cancels out). The curve is y of this class as "
                "its own score a changes, the other scores held fixed. The Softmax and loss "
                "view shows every step."))
            self.plot.set_axis_labels(self.tr("a (other scores fixed)"), "y")
            self.plot.show_function("softmax", n.a, n.y, n.scores, n.index)
        elif name == "identity":
            self.actHeading.setText(self.tr("2. Output: identity function y = a"))
            self.actLine.setText(f"y = a = <b>{fmt(n.y)}</b>")
            self.tip.setText(self.tr("A regression output passes its weighted sum through "
                                     "unchanged: the prediction is a itself."))
            self.plot.set_axis_labels("a", "y")
            self.plot.show_function("identity", n.a, n.y)
        else:
            label = neuron_maps.activation_label(name)
            self.actHeading.setText(self.tr("2. Activation function h: y = h(%1)")
                                    .replace("%1", arg))
            self.actLine.setText(f"y = {label}({fmt(n.z)}) = <b>{fmt(n.y)}</b>")
            tip = catalogue.entry("activation", name).tip if name in catalogue.keys(
                "activation") else ""
            self.tip.setText(self.tr("%1 is this layer's activation function.")
                             .replace("%1", label) + (" " + self._catalogue(tip) if tip else ""))
            self.plot.set_axis_labels(arg, f"y = {label}({arg})")
            self.plot.show_function(name, n.z, n.y)
        for w in (self.actHeading, self.actLine, self.plot, self.tip):
            w.show()

    # -- names ------------------------------------------------------------------------------
    @staticmethod
    def _catalogue(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(catalogue.CONTEXT, text)

    def _node_title(self, result, layer: int, index: int) -> str:
        n_layers = len(result.trace.layers)
        if layer == 0:
            return self.tr("Input %1").replace("%1", self._input_name(result, 0, index))
        if layer == n_layers:
            if result.trace.output.kind == "softmax_cross_entropy":
                return self.tr("Output neuron of class %1").replace("%1", str(index))
            return self.tr("Output neuron (predicted value)")
        return self.tr("Hidden layer %1, neuron %2").replace("%1", str(layer)).replace(
            "%2", str(index + 1))

    def _input_name(self, result, layer: int, index: int) -> str:
        """An input of column ``layer``: a feature's name, or "layer 1, neuron 3"."""
        if layer == 0:
            names = result.feature_names
            return neuron_maps.feature_label(names[index]) if index < len(names) else str(index)
        return self.tr("layer %1, neuron %2").replace("%1", str(layer)).replace(
            "%2", str(index + 1))
