"""The architecture editor: how many hidden layers, and per layer its neurons
and activation function.

Sits above the network diagram. The per-layer widgets always mirror
``settings.hidden`` / ``settings.activations``: when the number of layers
changes (here, from a preset, or from a loaded session) the columns are added
or removed at the end and the rest are reused, so keyboard focus and the
learner's eye are not thrown around.

Layout: one header line (add / remove, the layer count, the output), then the
layer columns, each centred above its layer of the diagram. They scroll
sideways inside the editor when there are too many to fit, so the editor never
forces the window wider (four columns fit at 1280 px, three at 1024).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.datasets import DATASETS
from playground import catalogue
from playground.guard import guarded
from playground.panels.edits import state_gone
from playground.panels.labels import refresh_scaled_fonts, set_scaled_font
from playground.settings import ACTIVATION_NAMES, MAX_LAYERS, MAX_NEURONS
from playground.state import AppState
from playground.views.colors import MUTED_HEX

#: Neurons in a freshly added layer (TensorFlow Playground's choice).
NEW_LAYER_NEURONS = 2
#: Activation of the first layer added to a network with none (TF's default).
DEFAULT_ACTIVATION = "tanh"
_KEYS = frozenset({"hidden", "activations", "dataset", "n_classes"})


class _LayerColumn(QFrame):
    """Neurons spin box and activation combo of one hidden layer, stacked."""

    def __init__(self, index: int, parent: QWidget | None):
        super().__init__(parent)
        self.index = index
        self.setObjectName(f"layer{index}Column")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # As narrow as its widgets: four columns must fit above the diagram at 1280 px.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.neurons = QSpinBox(self)
        self.neurons.setObjectName(f"layer{index}NeuronsSpin")
        self.neurons.setRange(1, MAX_NEURONS)
        self.neurons.setKeyboardTracking(False)  # typing "12" must not build a 1 first
        self.activation = QComboBox(self)
        self.activation.setObjectName(f"layer{index}ActivationCombo")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.neurons)
        layout.addWidget(self.activation)


class NetworkEditor(QWidget):
    """Add / remove hidden layers; set each layer's width and activation.

    Parameters
    ----------
    state : AppState
        Bound to ``hidden`` and ``activations``; reads ``dataset`` and
        ``n_classes`` for the output description.
    """

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("networkEditor")
        self._state = state
        self._columns: list[_LayerColumn] = []
        self._build()
        self.set_style()
        self.retranslate()
        self._refresh(_KEYS)
        state.changed.connect(self._refresh)

    def layer_count(self) -> int:
        """Number of per-layer columns shown (always ``len(settings.hidden)``)."""
        return len(self._columns)

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        self.addLayerButton = QToolButton(self)
        self.addLayerButton.setObjectName("addLayerButton")
        self.addLayerButton.setText("+")
        self.addLayerButton.clicked.connect(self._on_add_layer)
        self.removeLayerButton = QToolButton(self)
        self.removeLayerButton.setObjectName("removeLayerButton")
        self.removeLayerButton.setText("−")
        self.removeLayerButton.clicked.connect(self._on_remove_layer)
        for button in (self.addLayerButton, self.removeLayerButton):
            set_scaled_font(button, 1.4, QFont.Weight.Bold)
            button.setCursor(Qt.CursorShape.PointingHandCursor)

        self.layersLabel = QLabel(self)
        self.layersLabel.setObjectName("layersLabel")
        self.layersLabel.setWordWrap(True)
        set_scaled_font(self.layersLabel, 1.0, QFont.Weight.DemiBold)

        self.outputLabel = QLabel(self)
        self._output_text = ""  # the whole description (the label may show it broken)
        self.outputLabel.setObjectName("outputLabel")
        self.outputLabel.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.outputLabel.setStyleSheet(f"color: {MUTED_HEX};")
        # It only sits beside the layer count when it fits there (see
        # _place_output_label), so its one-line width must not widen the editor.
        self.outputLabel.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 10)

        # A short header line: the layer columns below get the editor's full width,
        # and the output sits on the right, where the diagram draws it. When the
        # editor is too narrow, the output moves to a line of its own.
        self._header = QGridLayout()
        self._header.setHorizontalSpacing(4)
        self._header.setVerticalSpacing(2)
        self._header.addWidget(self.addLayerButton, 0, 0)
        self._header.addWidget(self.removeLayerButton, 0, 1)
        self._header.addWidget(self.layersLabel, 0, 2)
        self._header.setColumnStretch(2, 1)
        self._output_on_own_line: bool | None = None

        self._strip = QWidget(self)
        self._strip.setObjectName("hiddenLayerStrip")
        self._strip_layout = QGridLayout(self._strip)
        self._strip_layout.setContentsMargins(0, 0, 0, 0)
        # No grid spacing: the empty input and output cells must not get any, or
        # the cells stop being equal; each layer cell carries its own gap instead.
        self._strip_layout.setHorizontalSpacing(0)
        self.noHiddenLabel = QLabel(self._strip)
        self.noHiddenLabel.setObjectName("noHiddenLayersLabel")
        self.noHiddenLabel.setWordWrap(True)
        self.noHiddenLabel.setStyleSheet("color: palette(placeholder-text);")
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("hiddenLayerScroll")
        self._scroll.setWidget(self._strip)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._scroll.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 2)
        layout.setSpacing(4)
        layout.addLayout(self._header)
        layout.addWidget(self._scroll)

    def set_style(self, _style=None) -> None:
        """Buttons, columns and the strip's height follow the application font."""
        refresh_scaled_fonts(self)
        side = round(QFontMetrics(QApplication.font()).height() * 1.9)
        for button in (self.addLayerButton, self.removeLayerButton):
            button.setFixedSize(side, side)
        # A fixed height with room for the scroll bar: the strip never covers its own
        # combos when it scrolls, and the editor does not jump as layers come and go.
        probe = _LayerColumn(0, None)
        scrollbar = self._scroll.horizontalScrollBar().sizeHint().height()
        self._scroll.setFixedHeight(probe.sizeHint().height() + scrollbar + 2)
        probe.deleteLater()
        self.outputLabel.setMinimumWidth(
            QFontMetrics(QApplication.font()).horizontalAdvance("0") * 10)
        self._output_on_own_line = None
        if self._columns:
            self._resize_strip(len(self._columns))
        self._place_output_label()

    def retranslate(self) -> None:
        """Names, tips and the layer texts again, in the current language."""
        self.addLayerButton.setAccessibleName(self.tr("Add hidden layer"))
        self.addLayerButton.setToolTip(self.tr(
            "Add a hidden layer (up to %1). Each layer re-describes the data for the next, "
            "so deeper networks can bend the boundary more.").replace("%1", str(MAX_LAYERS)))
        self.removeLayerButton.setAccessibleName(self.tr("Remove hidden layer"))
        self.removeLayerButton.setToolTip(self.tr(
            "Remove the last hidden layer. With none left, the inputs feed the output "
            "directly: a single-layer model that can only draw straight boundaries."))
        self._scroll.setAccessibleName(self.tr("Hidden layers"))
        for column in self._columns:
            self._name_column(column)
        self._refresh_texts(len(self._columns))

    @guarded
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_output_label()

    def _place_output_label(self) -> None:
        """Output description beside the layer count if one line has room, else below."""
        fm = self.fontMetrics()
        margins = self.layout().contentsMargins()
        one_line = (margins.left() + margins.right() + 2 * self.addLayerButton.width()
                    + 3 * self._header.horizontalSpacing()
                    + QFontMetrics(self.layersLabel.font()).horizontalAdvance(
                        self.layersLabel.text())
                    + 2 * fm.averageCharWidth()
                    + fm.horizontalAdvance(self._output_text))
        own_line = self.width() < one_line
        # On its own line and still too long, it breaks after the activation: a
        # wrap chosen by Qt cuts Japanese anywhere, even inside a word (誤 / 差).
        room = self.width() - margins.left() - margins.right()
        shown = self._output_text
        if own_line and fm.horizontalAdvance(shown) > room:
            shown = shown.replace(" + ", "\n+ ", 1)
        if self.outputLabel.text() != shown:
            self.outputLabel.setText(shown)
        if own_line == self._output_on_own_line:
            return
        self._output_on_own_line = own_line
        self._header.removeWidget(self.outputLabel)
        self.outputLabel.setWordWrap(own_line)
        if own_line:
            self._header.addWidget(self.outputLabel, 1, 0, 1, 3)
        else:
            self._header.addWidget(self.outputLabel, 0, 3)

    def _set_output_text(self, text: str) -> None:
        """What the output layer is, placed (and broken) to fit the editor's width."""
        self._output_text = text
        self._place_output_label()

    def _new_column(self, index: int) -> _LayerColumn:
        column = _LayerColumn(index, self._strip)
        for key in ACTIVATION_NAMES:
            column.activation.addItem(key, key)
        self._name_column(column)
        column.neurons.valueChanged.connect(lambda v, i=index: self._on_neurons(i, v))
        column.activation.currentIndexChanged.connect(
            lambda _row, i=index: self._on_activation(i))
        return column

    def _name_column(self, column: _LayerColumn) -> None:
        n = column.index + 1
        column.title.setText(self.tr("Layer %1").replace("%1", str(n)))
        column.neurons.setSuffix(self.tr(" neurons"))
        column.neurons.setAccessibleName(
            self.tr("Neurons in hidden layer %1").replace("%1", str(n)))
        column.neurons.setToolTip(self.tr(
            "How many neurons hidden layer %1 has. Each neuron computes a = Σ xᵢwᵢ + b "
            "and passes on y = h(a); more neurons can draw more complex boundaries."
        ).replace("%1", str(n)))
        column.activation.setAccessibleName(
            self.tr("Activation function of hidden layer %1").replace("%1", str(n)))
        column.activation.setToolTip(self.tr(
            "Activation function h of hidden layer %1: the non-linearity applied to each "
            "neuron's a. Without one, stacked layers collapse into a single straight-line "
            "model.").replace("%1", str(n)))
        # The catalogue's names, so the combo and the diagram agree.
        for row in range(column.activation.count()):
            e = catalogue.entry("activation", column.activation.itemData(row)).translated(
                QCoreApplication.translate)
            column.activation.setItemText(row, e.name)
            column.activation.setItemData(row, e.tip, Qt.ItemDataRole.ToolTipRole)

    # -- user edits -> state ------------------------------------------------

    def _on_add_layer(self) -> None:
        s = self._state.settings
        last = s.activations[-1] if s.activations else DEFAULT_ACTIVATION
        if not self._state.update(hidden=s.hidden + (NEW_LAYER_NEURONS,),
                                  activations=s.activations + (last,)):
            self._refresh(_KEYS)

    def _on_remove_layer(self) -> None:
        s = self._state.settings
        if s.hidden and not self._state.update(hidden=s.hidden[:-1],
                                               activations=s.activations[:-1]):
            self._refresh(_KEYS)

    def _on_neurons(self, index: int, value: int) -> None:
        if state_gone(self._state):  # typed, then the window was destroyed
            return
        hidden = list(self._state.settings.hidden)
        if index >= len(hidden):
            return
        hidden[index] = value
        if not self._state.update(hidden=tuple(hidden)):
            self._refresh(_KEYS)

    def _on_activation(self, index: int) -> None:
        activations = list(self._state.settings.activations)
        if index >= len(activations):
            return
        activations[index] = self._columns[index].activation.currentData()
        if not self._state.update(activations=tuple(activations)):
            self._refresh(_KEYS)

    # -- state -> widgets ---------------------------------------------------

    def _refresh(self, keys) -> None:
        if not keys & _KEYS:
            return
        s = self._state.settings
        n = len(s.hidden)
        if n != len(self._columns) or not self._strip_layout.count():
            self._resize_strip(n)
        for column, neurons, activation in zip(self._columns, s.hidden, s.activations,
                                               strict=True):
            with QSignalBlocker(column.neurons), QSignalBlocker(column.activation):
                column.neurons.setValue(neurons)
                column.activation.setCurrentIndex(column.activation.findData(activation))
        self.addLayerButton.setEnabled(n < MAX_LAYERS)
        self.removeLayerButton.setEnabled(n > 0)
        self._refresh_texts(n)

    def _resize_strip(self, n: int) -> None:
        """Add or drop columns at the end, then re-space the strip.

        The strip is cut into ``n + 2`` equal cells, as the diagram below
        spreads its inputs, ``n`` hidden layers and outputs evenly; each
        column sits centred in its cell, so it stands above its own layer.
        When the columns do not fit, they pack together and the strip scrolls.
        """
        while len(self._columns) < n:
            self._columns.append(self._new_column(len(self._columns)))
        while len(self._columns) > n:
            column = self._columns.pop()
            self._strip_layout.removeWidget(column)
            column.hide()
            # Out of the widget tree at once, so findChild never sees a stale layer.
            column.setParent(None)
            column.deleteLater()
        grid = self._strip_layout
        while grid.count():
            grid.takeAt(0)  # layout items only; the widgets stay in the strip
        for cell in range(grid.columnCount()):
            grid.setColumnStretch(cell, 0)
            grid.setColumnMinimumWidth(cell, 0)
        if n == 0:
            grid.addWidget(self.noHiddenLabel, 0, 0)
            grid.setColumnStretch(0, 1)
            return
        cell_width = max(column.sizeHint().width() for column in self._columns) + 6
        for cell in range(n + 2):
            grid.setColumnStretch(cell, 1)
            grid.setColumnMinimumWidth(cell, cell_width if 0 < cell <= n else 0)
        for index, column in enumerate(self._columns):
            grid.addWidget(column, 0, index + 1, Qt.AlignmentFlag.AlignHCenter)
            column.show()  # the layout would only show it at the next event-loop turn

    def _refresh_texts(self, n: int) -> None:
        s = self._state.settings
        info = DATASETS[s.dataset]
        k = info.classes_for(s.n_classes)
        if n == 1:
            self.layersLabel.setText(self.tr("1 hidden layer"))
        else:
            self.layersLabel.setText(self.tr("%1 hidden layers").replace("%1", str(n)))
        if info.kind == "regression":
            self._set_output_text(self.tr("Output: identity + mean squared error"))
            self.outputLabel.setToolTip(self.tr(
                "Regression: the output neuron passes its value through unchanged, and the "
                "loss is the mean squared error ½ · mean of (y − t)² over the points (the ½ "
                "makes each point's gradient simply y − t)."))
            short = self.tr("0 hidden layers: linear model")
            limit = self.tr("it can only fit a flat (linear) function of the features.")
        else:
            self._set_output_text(self.tr(
                "Output: softmax + cross-entropy (%1 classes)").replace("%1", str(k)))
            self.outputLabel.setToolTip(self.tr(
                "Classification: one output neuron per class; softmax turns their scores "
                "into probabilities that add up to 1, and the cross-entropy loss is "
                "−log(probability of the right class)."))
            short = self.tr("0 hidden layers: logistic model")
            limit = self.tr("it can only draw straight boundaries in the features.")
        self.noHiddenLabel.setVisible(n == 0)
        if n == 0:
            self.layersLabel.setText(short)
            self.noHiddenLabel.setText(self.tr(
                "No hidden layer: the inputs feed the output directly, a single-layer model; "
                "%1 Press + to add a layer.").replace("%1", limit))
        self._place_output_label()
