"""The perceptron by hand (dock ``perceptron``): the book's chapter 2, set with sliders.

Two inputs, one output, ``a = w₁x₁ + w₂x₂ + b`` and ``y = h(a)`` with the step
function (or the sigmoid). The learner sets the weights and the bias with
sliders or by typing, or takes the book's AND, NAND and OR in one click; the
small plane shows the line ``w₁x₁ + w₂x₂ + b = 0`` and the four gate inputs
coloured by the output, and the truth table marks each row ✓/✗ against the
chosen gate. XOR cannot be set this way; the second mode shows the book's
hand-set two-layer network (NAND and OR feeding AND) that computes it.

There is no training here: the step function's slope is 0 wherever it is
defined, so gradient descent has nothing to follow. The model lives in
:class:`PerceptronModel`, which the lessons read (and set) too.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.perceptron import GATES, XOR, Perceptron, truth_table
from playground.lessons.actions import MAX_PERCEPTRON_WEIGHT
from playground.lessons.checks import GATES as GATE_NAMES
from playground.views.base import PlaygroundView, ViewContext
from playground.views.lessons.perceptron_parts import PerceptronPlane, TruthTableWidget, XorDiagram
from playground.views.numbers import fmt, fmt_signed

#: The sliders cover ±2 in steps of 0.01; typing reaches ±MAX_PERCEPTRON_WEIGHT.
SLIDER_RANGE, SLIDER_SCALE = 2.0, 100
WEIGHTS = ("w1", "w2", "b")


class PerceptronModel(QObject):
    """The hand-set perceptron, the chosen gate and the mode (one perceptron or two layers).

    Signals
    -------
    changed()
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.mode = "single"
        self.perceptron = Perceptron(0.3, -0.4, 0.1)
        self.network = XOR
        self.target = "AND"

    def current(self):
        return self.network if self.mode == "two_layer" else self.perceptron

    def table(self):
        return truth_table(self.current())

    def computes(self, gate: str) -> bool:
        """Whether the shown perceptron (or network) gets all four rows of ``gate`` right."""
        return bool(self.table().correct(gate).all())

    def set_weights(self, **values: float) -> None:
        new = replace(self.perceptron, **{k: float(v) for k, v in values.items()})
        if new != self.perceptron:
            self.perceptron = new
            self.changed.emit()

    def apply(self, given: dict) -> None:
        """A lesson's ``perceptron`` action (see :mod:`playground.lessons.actions`)."""
        p = self.perceptron
        if "example" in given:
            p = replace(GATES[given["example"]], activation=p.activation)
            self.target = given["example"]
        p = replace(p, **{k: float(given[k]) for k in WEIGHTS if k in given})
        if "activation" in given:
            p = replace(p, activation=given["activation"])
        self.perceptron = p
        self.target = given.get("target", self.target)
        self.mode = given.get("mode", self.mode)
        self.changed.emit()


class PerceptronView(PlaygroundView):
    """Sliders for w₁, w₂, b; the line on a small plane; the truth table with ✓/✗."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("perceptronView")
        self.model = PerceptronModel(self)
        self._build()
        self.model.changed.connect(self._refresh)
        self.set_style(context.style)
        self.retranslate()
        self._refresh()

    # -- building ---------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(objectName="perceptronBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 4, 6, 4)
        column.setSpacing(6)

        self.singleButton = self._mode_button("perceptronSingleButton", "single")
        self.twoLayerButton = self._mode_button("perceptronTwoLayerButton", "two_layer")
        self._modes = QButtonGroup(self)
        modes = QHBoxLayout()
        for button in (self.singleButton, self.twoLayerButton):
            self._modes.addButton(button)
            modes.addWidget(button)
        modes.addStretch(1)
        column.addLayout(modes)

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._single_page())
        xor_page = QWidget()
        xor = QVBoxLayout(xor_page)
        xor.setContentsMargins(0, 0, 0, 0)
        self.xorDiagram = XorDiagram(self.model.network)
        self.xorNote = QLabel(objectName="perceptronXorNote", wordWrap=True)
        xor.addWidget(self.xorDiagram, 1)
        xor.addWidget(self.xorNote)
        self._pages.addWidget(xor_page)
        column.addWidget(self._pages)

        self.formulaLabel = QLabel(objectName="perceptronFormulaLabel", wordWrap=True)
        self.formulaLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.formulaLabel)
        self.plane = PerceptronPlane(self)
        self.plane.setMinimumHeight(170)
        column.addWidget(self.plane, 1)
        self.lineLegend = QLabel(objectName="perceptronLineLegend", wordWrap=True)
        column.addWidget(self.lineLegend)

        gate_row = QHBoxLayout()
        self.gateCaption = QLabel()
        self.gateCombo = QComboBox(objectName="perceptronGateCombo")
        for gate in GATE_NAMES:
            self.gateCombo.addItem(gate, gate)
        self.gateCombo.currentIndexChanged.connect(self._on_gate)
        self.gateCaption.setBuddy(self.gateCombo)
        self.verdictLabel = QLabel(objectName="perceptronVerdictLabel", wordWrap=True)
        gate_row.addWidget(self.gateCaption)
        gate_row.addWidget(self.gateCombo)
        gate_row.addWidget(self.verdictLabel, 1)
        column.addLayout(gate_row)
        self.table = TruthTableWidget(self)
        column.addWidget(self.table)

        play_row = QHBoxLayout()
        self.playButton = QPushButton(objectName="perceptronPlayButton")
        self.playButton.setEnabled(False)
        self.noPlayLabel = QLabel(objectName="perceptronNoPlayLabel", wordWrap=True)
        play_row.addWidget(self.playButton, 0, Qt.AlignmentFlag.AlignTop)
        play_row.addWidget(self.noPlayLabel, 1)
        column.addLayout(play_row)

        scroll = QScrollArea(objectName="perceptronScroll")
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _mode_button(self, name: str, mode: str) -> QPushButton:
        button = QPushButton(objectName=name)
        button.setCheckable(True)
        button.clicked.connect(lambda _checked=False, m=mode: self.model.apply({"mode": m}))
        return button

    def _single_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        self.examplesCaption = QLabel()
        examples = QHBoxLayout()
        examples.addWidget(self.examplesCaption)
        self.exampleButtons = {}
        for gate in GATES:
            # Tool buttons: no minimum width, so three gate names fit a narrow column.
            button = QToolButton(objectName=f"perceptron{gate.title()}Button")
            button.setText(gate)
            button.clicked.connect(lambda _checked=False, g=gate: self.model.apply({"example": g}))
            examples.addWidget(button)
            self.exampleButtons[gate] = button
        examples.addStretch(1)
        grid.addLayout(examples, 0, 0, 1, 3)
        self.sliders, self.spins, self._weight_labels = {}, {}, {}
        for row, key in enumerate(WEIGHTS, start=1):
            label = QLabel({"w1": "w₁", "w2": "w₂", "b": "b"}[key])
            slider = QSlider(Qt.Orientation.Horizontal, objectName=f"perceptron{key.upper()}Slider")
            limit = int(SLIDER_RANGE * SLIDER_SCALE)
            slider.setRange(-limit, limit)
            slider.setSingleStep(1)
            slider.setPageStep(10)
            slider.valueChanged.connect(lambda v, k=key: self._on_slider(k, v))
            spin = QDoubleSpinBox(objectName=f"perceptron{key.upper()}Spin")
            spin.setRange(-MAX_PERCEPTRON_WEIGHT, MAX_PERCEPTRON_WEIGHT)
            spin.setDecimals(2)
            spin.setSingleStep(0.05)
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(lambda v, k=key: self.model.set_weights(**{k: v}))
            label.setBuddy(spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(spin, row, 2)
            self.sliders[key], self.spins[key], self._weight_labels[key] = slider, spin, label
        act_row = QHBoxLayout()
        self.activationCaption = QLabel()
        self.activationCombo = QComboBox(objectName="perceptronActivationCombo")
        self.activationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activationCombo.addItem("", "step")
        self.activationCombo.addItem("", "sigmoid")
        self.activationCombo.currentIndexChanged.connect(
            lambda _row: self.model.apply({"activation": self.activationCombo.currentData()}))
        self.activationCaption.setBuddy(self.activationCombo)
        act_row.addWidget(self.activationCaption)
        act_row.addWidget(self.activationCombo)
        act_row.addStretch(1)
        grid.addLayout(act_row, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        return page

    # -- reactions ------------------------------------------------------------------
    def _on_slider(self, key: str, value: int) -> None:
        self.model.set_weights(**{key: value / SLIDER_SCALE})

    def _on_gate(self, _row: int) -> None:
        gate = self.gateCombo.currentData()
        if gate and gate != self.model.target:
            self.model.target = gate
            self.model.changed.emit()

    def _refresh(self) -> None:
        m = self.model
        two = m.mode == "two_layer"
        p = m.perceptron
        for key in WEIGHTS:
            value = getattr(p, key)
            with QSignalBlocker(self.spins[key]):
                self.spins[key].setValue(value)
            with QSignalBlocker(self.sliders[key]):
                self.sliders[key].setValue(round(value * SLIDER_SCALE))
        with QSignalBlocker(self.activationCombo):
            self.activationCombo.setCurrentIndex(self.activationCombo.findData(p.activation))
        with QSignalBlocker(self.gateCombo):
            self.gateCombo.setCurrentIndex(self.gateCombo.findData(m.target))
        self.singleButton.setChecked(not two)
        self.twoLayerButton.setChecked(two)
        self._pages.setCurrentIndex(1 if two else 0)
        for i in range(self._pages.count()):
            # The hidden page must not lend the shown one its height.
            policy = QSizePolicy.Policy.Preferred if i == self._pages.currentIndex() else (
                QSizePolicy.Policy.Ignored)
            self._pages.widget(i).setSizePolicy(policy, policy)
        self._pages.updateGeometry()
        self.plane.show_model(m.current())
        self._fill_texts()

    def _fill_texts(self) -> None:
        m = self.model
        two = m.mode == "two_layer"
        table = m.table()
        headers = ["x₁", "x₂"] + (["s₁", "s₂"] if two else []) + [
            "a", "y", m.target, "✓/✗"]
        self.table.fill(table, m.target, headers)
        wrong = self.table.marks.count("✗")
        if wrong == 0:
            self.verdictLabel.setText(self.tr("✓ All four rows are %1.").replace("%1", m.target))
            self.verdictLabel.setStyleSheet("color: #007A5A; font-weight: 600;")
        else:
            self.verdictLabel.setText(self.tr("✗ %1 of 4 rows differ from %2.")
                                      .replace("%1", str(wrong)).replace("%2", m.target))
            self.verdictLabel.setStyleSheet("color: #C0392B; font-weight: 600;")
        p = m.perceptron
        h = p.activation  # a function's name in a formula, like exp: not translated
        if two:
            self.formulaLabel.setText(self.tr(
                "s₁ = NAND(x₁, x₂), s₂ = OR(x₁, x₂), y = AND(s₁, s₂): two layers of "
                "perceptrons, each with the step function."))
            self.lineLegend.setText(self.tr(
                "<span style='color:#009E73'>━ ━</span> s₁ (NAND) line &nbsp; "
                "<span style='color:#CC79A7'>━ ━</span> s₂ (OR) line"))
        else:
            self.formulaLabel.setText(
                f"a = {fmt(p.w1)}·x₁ {fmt_signed(p.w2)}·x₂ {fmt_signed(p.b)},  "
                f"y = {h}(a)")
            self.lineLegend.setText(self.tr("━ the line w₁x₁ + w₂x₂ + b = 0: y = 1 on the "
                                            "blue side, 0 on the orange side"))

    # -- plug-in interface --------------------------------------------------------------
    def set_style(self, style) -> None:
        self.plane.set_style(style)
        self.xorDiagram.set_style(style)
        self.table.fit_height()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Perceptron"))
        self.singleButton.setText(self.tr("One perceptron"))
        self.singleButton.setToolTip(self.tr("Set w₁, w₂ and b of one perceptron by hand."))
        self.twoLayerButton.setText(self.tr("Two layers (XOR)"))
        self.twoLayerButton.setToolTip(self.tr(
            "The book's XOR: NAND and OR feed AND. One perceptron cannot do it."))
        self.examplesCaption.setText(self.tr("The book's weights:"))
        for gate, button in self.exampleButtons.items():
            button.setAccessibleName(self.tr("Set the weights of %1").replace("%1", gate))
            button.setToolTip(self.tr("Set the book's weights for %1").replace("%1", gate))
        for key, name in (("w1", self.tr("Weight w₁")), ("w2", self.tr("Weight w₂")),
                          ("b", self.tr("Bias b"))):
            self.spins[key].setAccessibleName(name)
            self.sliders[key].setAccessibleName(name)
            self.spins[key].setToolTip(self.tr("Type a value or use the slider."))
        self.activationCaption.setText(self.tr("Activation function h:"))
        self.activationCombo.setItemText(0, self.tr("step"))
        self.activationCombo.setItemText(1, self.tr("sigmoid"))
        self.activationCombo.setAccessibleName(self.tr("Activation function"))
        self.gateCaption.setText(self.tr("Compare with:"))
        self.gateCombo.setAccessibleName(self.tr("Gate to compare with"))
        self.table.setAccessibleName(self.tr("Truth table"))
        self.plane.setAccessibleName(self.tr("The perceptron's plane"))
        self.xorNote.setText(self.tr(
            "No single line separates (0, 1) and (1, 0) from (0, 0) and (1, 1). Two lines "
            "do: s₁ and s₂ each draw one, and the last perceptron combines them."))
        self.playButton.setText(self.tr("▶ Play"))
        self.playButton.setAccessibleName(self.tr("Play (not available here)"))
        self.noPlayLabel.setText(self.tr(
            "No training here: the step function's slope is 0 everywhere except at its jump, "
            "so gradient descent has nothing to follow. Set the weights by hand."))
        self._fill_texts()
