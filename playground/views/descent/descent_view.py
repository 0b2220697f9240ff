"""Gradient descent on one weight (dock ``descent``): the loss along it, its tangent, the step.

The weight is the one selected on the diagram (a selected neuron means its
bias), or chosen here. The worker (probe ``loss_slice``) computes the training
loss on the whole training set as this weight alone varies — a slice at the
current weights — with the tangent of slope ∂L/∂w and the step the optimiser
would take next (for SGD −η·∂L/∂w; for the others from a copy of their state),
which the plot draws as an arrow. η is the app's learning rate or one tried
here, so a learner sees the step fall short, overshoot or blow up. A second
weight adds contour lines over both (:mod:`playground.views.descent.descent_contours`).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from playground.catalogue import label
from playground.probes.loss_contours import LossContours
from playground.probes.loss_slice import LossSlice
from playground.selection import Param
from playground.views.base import PlaygroundView, ViewContext
from playground.views.descent.descent_contours import ContourPanel
from playground.views.descent.descent_plots import SlicePlot
from playground.views.descent.descent_words import DescentWords
from playground.views.descent.weight_picker import WeightPicker
from playground.views.diagram.diagram_editing import param_of
from playground.views.numbers import fmt, parse_number
from playground.views.plot_kit import WrappedLabel
from playground.worker.probe_runner import JobProgress, ProbeFailure

#: The η slider: log10(η) × 10 from 1e−4 to 100.
RATE_SLIDER = (-40, 20)
#: η typed here must lie in (0, MAX_RATE].
MAX_RATE = 1000.0


def param_text(param: Param) -> str:
    """``W1[0, 1]`` or ``b1[1]``: the engine's name and index, as the matrices show them."""
    return f"{param.name}[{', '.join(str(i) for i in param.index)}]"


class DescentView(PlaygroundView):
    """The loss along the selected weight, the tangent, the next step; contours for two."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("descentView")
        self.frame = None
        self.slice: LossSlice | None = None
        self._layer_sizes = None
        self._shown: Param | None = None  # the weight the plot is about
        self._lr = context.state.settings.learning_rate
        self.words = DescentWords()
        self.weight_label = QLabel(self)
        self.weight = WeightPicker("descentWeight", parent=self)
        self.second_label = QLabel(self)
        self.second = WeightPicker("descentSecond", allow_none=True, parent=self)
        self.weight.changed.connect(self._on_weight_chosen)
        self.second.changed.connect(lambda _p: self._pair_changed())
        self.app_rate = QCheckBox(self, objectName="descentAppRateCheck")
        self.app_rate.setChecked(True)
        self.app_rate.toggled.connect(self._on_app_rate)
        self.rate_label = QLabel("η =", self)
        self.rate = QLineEdit(self, objectName="descentRateEdit")
        self.rate.editingFinished.connect(self._on_rate_typed)
        self.slider = QSlider(Qt.Orientation.Horizontal, self, objectName="descentRateSlider")
        self.slider.setRange(*RATE_SLIDER)
        self.slider.valueChanged.connect(self._on_slider)
        self.caption = WrappedLabel(self, objectName="descentCaption")
        self.numbers = WrappedLabel(self, objectName="descentNumbers")
        for text in (self.caption, self.numbers):
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plot = SlicePlot(self, context.style)
        self.contours = ContourPanel(context.style, self)
        self.contours.requestChanged.connect(self.probesChanged.emit)
        self.contours.hide()
        top = QGridLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.weight_label, 0, 0)
        top.addWidget(self.weight, 0, 1)
        top.addWidget(self.second_label, 1, 0)
        top.addWidget(self.second, 1, 1)
        top.setColumnStretch(2, 1)
        rate = QHBoxLayout()
        for w in (self.app_rate, self.rate_label, self.rate):
            rate.addWidget(w)
        rate.addWidget(self.slider, 1)
        # Text and two plots need more height than a small dock has: they scroll
        # rather than overlap.
        body = QWidget(self)
        body.setObjectName("descentBody")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.caption)
        inner.addWidget(self.plot.widget, 3)
        inner.addWidget(self.numbers)
        inner.addWidget(self.contours, 4)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("descentScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(rate)
        layout.addWidget(self.scroll, 1)
        context.controller.selection.selectedChanged.connect(self._on_selected)
        context.state.changed.connect(self._on_settings)
        self._show_rate()
        self.set_style(context.style)
        self.retranslate()

    # -- what is looked at ------------------------------------------------------------
    @property
    def param(self) -> Param | None:
        return self.weight.param

    @property
    def second_param(self) -> Param | None:
        q = self.second.param
        return q if q != self.param else None

    def choose_second(self, param: Param | None) -> None:
        """Choose the second weight (None: one weight only), as the learner does."""
        self.second.set_param(param)
        self._pair_changed()

    @property
    def lr(self) -> float:
        return self._lr

    def set_lr(self, lr: float) -> None:
        """Try ``lr`` here (the app's learning rate stays as it is)."""
        self.app_rate.setChecked(False)
        self._set_lr(lr)

    def _set_lr(self, lr: float) -> None:
        if lr != self._lr:
            self._lr = float(lr)
            self._show_rate()
            self.probesChanged.emit()
            if self.second_param is not None and self.contours.train_only.isChecked():
                self.contours.ask()  # the path depends on η

    def probe_requests(self) -> dict:
        p = self.param
        if p is None:
            return {}
        out = {"slice": ("loss_slice", {"name": p.name, "index": list(p.index), "lr": self._lr})}
        q = self.second_param
        if q is not None and self.contours.wanted:
            out["contours"] = ("loss_contours", self.contours.params(
                (p.name, p.index), (q.name, q.index), self._lr))
        return out

    # -- frames -----------------------------------------------------------------------
    def set_frame(self, frame) -> None:
        self.frame = frame
        if frame.layer_sizes != self._layer_sizes:
            self._new_layers(frame)
        self.contours.set_frame_step(frame.step)
        s = frame.probes.get(self.context.probe_key("slice"))
        p = self.param
        if isinstance(s, LossSlice) and p is not None and (s.name, s.index) == (p.name, p.index):
            self.slice = s
            self.plot.show(s)
            self._fill_texts()
        elif isinstance(s, ProbeFailure):
            self.numbers.setText(self.tr("The loss along this weight could not be computed."))
        c = frame.probes.get(self.context.probe_key("contours"))
        if isinstance(c, JobProgress):
            self.contours.show_progress(c.done, c.total)
        elif isinstance(c, LossContours):
            if self.contours.take(c):
                self.probesChanged.emit()  # done: the request can go
        elif isinstance(c, ProbeFailure):
            self.contours.failed()
            self.probesChanged.emit()

    def _new_layers(self, frame) -> None:
        self._layer_sizes = frame.layer_sizes
        self.weight.set_layer_sizes(frame.layer_sizes)
        self.second.set_layer_sizes(frame.layer_sizes)
        selected = param_of(self.context.controller.selection.selected, frame.layer_sizes)
        if self.weight.fits(selected):
            self.weight.set_param(selected)
        self._shown = None
        self._pair_changed()

    # -- the learner's choices ----------------------------------------------------------
    def _on_selected(self, selected) -> None:
        if self._layer_sizes is None:
            return
        p = param_of(selected, self._layer_sizes)
        if self.weight.fits(p) and p != self.param:
            self.weight.set_param(p)
            self._pair_changed()

    def _on_weight_chosen(self, param) -> None:
        self.context.controller.selection.set_selected(param)
        self._pair_changed()

    def _pair_changed(self) -> None:
        p, q = self.param, self.second_param
        if p != self._shown:
            self._shown = p
            self.slice = None
            self.plot.clear()
            if p is not None:
                self.plot.set_labels(left=self.tr("loss L"), bottom=param_text(p))
        self.contours.setVisible(q is not None)
        if q is not None and (p, q) != self.contours.shown_pair:
            self.contours.set_names(param_text(p), param_text(q))
            self.contours.shown_pair = (p, q)
            self.contours.result = None
            self.contours.ask()  # emits probesChanged
        elif q is None:
            self.contours.shown_pair = None
            self.contours.wanted = False
            self.probesChanged.emit()
        else:
            self.probesChanged.emit()
        self._fill_texts()
        self._tips()

    def _on_app_rate(self, on: bool) -> None:
        if on:
            self._set_lr(self.context.state.settings.learning_rate)
        self._show_rate()

    def _on_settings(self, keys) -> None:
        if "learning_rate" in keys and self.app_rate.isChecked():
            self._set_lr(self.context.state.settings.learning_rate)
        self.retranslate_rate()

    def _on_rate_typed(self) -> None:
        value = parse_number(self.rate.text())
        if value is None or not 0 < value <= MAX_RATE:
            self.numbers.setText(self.tr("η must be a number above 0 and at most %1.")
                                 .replace("%1", fmt(MAX_RATE)))
            self._show_rate()
            return
        if value != self._lr:
            self.set_lr(value)

    def _on_slider(self, position: int) -> None:
        lr = float(f"{10.0 ** (position / 10.0):.2g}")
        if self.slider.signalsBlocked() or math.isclose(lr, self._lr, rel_tol=1e-9):
            return
        self.set_lr(lr)

    def _show_rate(self) -> None:
        self.rate.setText(fmt(self._lr))
        self.slider.blockSignals(True)
        position = round(10.0 * math.log10(self._lr)) if self._lr > 0 else RATE_SLIDER[0]
        self.slider.setValue(min(max(position, RATE_SLIDER[0]), RATE_SLIDER[1]))
        self.slider.blockSignals(False)

    # -- look and words -------------------------------------------------------------
    def set_style(self, style) -> None:
        self.plot.set_style(style)
        self.contours.set_style(style)
        font = style.font()
        for text in (self.caption, self.numbers, self.contours.note):
            text.setFont(font)
        self.rate.setFixedWidth(int(style.font_pt * 8))

    def retranslate(self) -> None:
        self.weight_label.setText(self.tr("Weight:"))
        self.weight.tensor.setAccessibleName(self.tr("Weight or bias to look along"))
        self.second_label.setText(self.tr("Second weight (contours):"))
        self.second.tensor.setAccessibleName(self.tr("Second weight for contour lines"))
        self.second.set_none_text(self.tr("none"))
        for picker in (self.weight, self.second):
            picker.row.setAccessibleName(self.tr("Row i: the neuron the weight comes from"))
            picker.column.setAccessibleName(self.tr("Column j: the neuron the weight goes to"))
        self.slider.setAccessibleName(self.tr("Learning rate η to try"))
        self.slider.setToolTip(self.tr(
            "Try another learning rate η here: the arrow shows the step it would give. "
            "Training keeps the app's learning rate."))
        self.rate.setAccessibleName(self.tr("Learning rate η to try"))
        self.rate.setToolTip(self.slider.toolTip())
        self.retranslate_rate()
        self.contours.retranslate()
        self.plot.widget.setAccessibleName(self.tr("Loss along the selected weight"))
        if self.param is not None:
            self.plot.set_labels(left=self.tr("loss L"), bottom=param_text(self.param))
        self._tips()
        self._fill_texts()

    def _tips(self) -> None:
        """Each picker's tooltip names its weight in words."""
        for picker, general in (
                (self.weight, self.tr("The weight (or bias) whose loss curve is drawn. Clicking "
                                      "an edge or a neuron on the network diagram chooses it too.")),
                (self.second, self.tr("Choose a second weight to see contour lines of the loss "
                                      "over both."))):
            p = picker.param
            tip = general if p is None else f"{param_text(p)}: {self._describe(p)}\n{general}"
            for w in (picker.tensor, picker.row, picker.column):
                w.setToolTip(tip)

    def retranslate_rate(self) -> None:
        self.app_rate.setText(self.tr("the app's learning rate (%1)")
                              .replace("%1", fmt(self.context.state.settings.learning_rate)))
        self.app_rate.setToolTip(self.tr(
            "Use the learning rate η that training uses; untick to try others here."))

    def _fill_texts(self) -> None:
        s, p = self.slice, self.param
        if p is None:
            self.caption.setText(self.tr("Select a weight or a neuron on the network diagram."))
            self.numbers.clear()
            return
        if s is None:
            self.caption.setText(self.tr("Computing the loss along %1…").replace("%1", param_text(p)))
            self.numbers.clear()
            return
        self.caption.setText(self.words.caption(s, param_text(p), self._describe(p)))
        self.numbers.setText(self.words.numbers(s, self._optimizer_name(s.step.optimizer)))

    def _describe(self, p: Param) -> str:
        return self.words.describe(self.frame, p) if self.frame is not None else param_text(p)

    @staticmethod
    def _optimizer_name(key: str) -> str:
        return label("optimizer", key, QCoreApplication.translate)
