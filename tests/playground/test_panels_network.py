"""The panels that define the model and how it learns: the network editor
(hidden layers, neurons, activations) and the hyperparameter strip.

Driven like a user would: clicks, keys, typed text; plus the layout checks
that matter at the window's real sizes (1024 and 1280 px wide), where the
editor must show its layer columns side by side without scrolling.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QScrollArea, QSpinBox, QWidget

from playground.panels.hyperparams_panel import HyperparamsPanel
from playground.panels.network_editor import NetworkEditor
from playground.settings import MAX_LAYERS
from tests.playground.conftest import Recorder, child, make_panel

#: The editor's width in a 1280 × 800 window (measured: 542 px for the spiral preset).
EDITOR_WIDTH_AT_1280 = 540


def resize(qtbot, panel: QWidget, width: int) -> None:
    """Give ``panel`` a width as the window's layout would, and let it settle."""
    panel.resize(width, panel.heightForWidth(width) if panel.hasHeightForWidth()
                 else panel.sizeHint().height())
    qtbot.waitUntil(lambda: panel.width() == width)
    qtbot.wait(1)  # the layouts of the children run on posted events


# ------------------------------------------------------------------ network editor


def layer_widget_names(editor):
    names = {w.objectName() for w in editor.findChildren(QWidget) if w.isVisibleTo(editor)}
    return {n for n in names if re.fullmatch(r"layer\d+(NeuronsSpin|ActivationCombo)", n)}


def expected_layer_names(n):
    return {f"layer{i}{kind}" for i in range(n) for kind in ("NeuronsSpin", "ActivationCombo")}


def test_add_and_remove_layers(qtbot, state):
    editor = make_panel(qtbot, NetworkEditor, state)
    add = child(editor, QAbstractButton, "addLayerButton")
    remove = child(editor, QAbstractButton, "removeLayerButton")
    assert add.accessibleName() == "Add hidden layer"
    state.update(activations=("tanh", "relu"))
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert state.settings.hidden == (4, 2, 2)
    assert state.settings.activations == ("tanh", "relu", "relu")  # previous layer's
    assert layer_widget_names(editor) == expected_layer_names(3)
    assert editor.layersLabel.text() == "3 hidden layers"
    for _ in range(3):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert state.settings.hidden == ()
    assert layer_widget_names(editor) == set()
    assert editor.findChild(QSpinBox, "layer0NeuronsSpin") is None
    assert "logistic" in editor.layersLabel.text()
    assert not remove.isEnabled()
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert state.settings.hidden == (2,)
    assert state.settings.activations == ("tanh",)
    assert layer_widget_names(editor) == expected_layer_names(1)


def test_add_button_disabled_at_the_layer_limit(qtbot, state):
    editor = make_panel(qtbot, NetworkEditor, state)
    state.update(hidden=(3,) * MAX_LAYERS, activations=("relu",) * MAX_LAYERS)
    assert not child(editor, QAbstractButton, "addLayerButton").isEnabled()
    assert editor.layer_count() == MAX_LAYERS
    assert layer_widget_names(editor) == expected_layer_names(MAX_LAYERS)


def test_editing_neurons_and_activation_per_layer(qtbot, state):
    editor = make_panel(qtbot, NetworkEditor, state)
    changes = Recorder(state.changed)
    spin = child(editor, QSpinBox, "layer1NeuronsSpin")
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert state.settings.hidden == (4, 3)
    combo = child(editor, QComboBox, "layer0ActivationCombo")
    combo.setCurrentIndex(combo.findData("relu"))
    assert state.settings.activations == ("relu", "tanh")
    assert len(changes.calls) == 2


def test_layer_widgets_follow_a_preset(qtbot, state):
    editor = make_panel(qtbot, NetworkEditor, state)
    changes = Recorder(state.changed)
    state.update(hidden=(8, 5, 3), activations=("sigmoid", "leaky_relu", "linear"))
    assert len(changes.calls) == 1
    assert layer_widget_names(editor) == expected_layer_names(3)
    assert [child(editor, QSpinBox, f"layer{i}NeuronsSpin").value() for i in range(3)] == [8, 5, 3]
    assert [child(editor, QComboBox, f"layer{i}ActivationCombo").currentData()
            for i in range(3)] == ["sigmoid", "leaky_relu", "linear"]


def test_output_label_follows_the_problem(qtbot, state):
    editor = make_panel(qtbot, NetworkEditor, state)
    assert editor.outputLabel.text() == "Output: softmax + cross-entropy (2 classes)"
    state.update(dataset="spiral", n_classes=4)
    assert editor.outputLabel.text() == "Output: softmax + cross-entropy (4 classes)"
    state.update(dataset="reg_plane")
    assert editor.outputLabel.text() == "Output: identity + mean squared error"



def columns_in_view(editor) -> list[bool]:
    """For each layer column: is it wholly inside the scroll area's viewport?"""
    view = child(editor, QScrollArea, "hiddenLayerScroll").viewport()
    inside = []
    for i in range(editor.layer_count()):
        column = child(editor, QWidget, f"layer{i}Column")
        left = column.mapTo(view, QPoint(0, 0)).x()
        inside.append(column.isVisible() and left >= 0 and left + column.width() <= view.width())
    return inside


def test_four_layer_columns_fit_side_by_side_at_1280(qtbot, state):
    editor = make_panel(qtbot, NetworkEditor, state)
    state.update(hidden=(6, 6, 6, 6), activations=("tanh", "relu", "sigmoid", "leaky_relu"))
    resize(qtbot, editor, EDITOR_WIDTH_AT_1280)
    scroll = child(editor, QScrollArea, "hiddenLayerScroll")
    assert scroll.horizontalScrollBar().maximum() == 0
    assert columns_in_view(editor) == [True] * 4


def test_many_layers_scroll_inside_the_editor(qtbot, state):
    editor = make_panel(qtbot, NetworkEditor, state)
    state.update(hidden=(3,) * MAX_LAYERS, activations=("leaky_relu",) * MAX_LAYERS)
    resize(qtbot, editor, EDITOR_WIDTH_AT_1280)
    assert editor.width() == EDITOR_WIDTH_AT_1280  # the editor itself did not widen
    bar = child(editor, QScrollArea, "hiddenLayerScroll").horizontalScrollBar()
    assert bar.maximum() > 0
    assert columns_in_view(editor)[0] and not columns_in_view(editor)[-1]
    bar.setValue(bar.maximum())
    assert columns_in_view(editor)[-1]


def test_editor_fits_the_network_column_of_a_1024_px_window(qtbot, state):
    editor = make_panel(qtbot, NetworkEditor, state)
    state.update(hidden=(4, 4, 4), activations=("tanh",) * 3)
    # 1024 − margins − left column (~260) − output column (320) leaves ~400 px.
    assert editor.minimumSizeHint().width() <= 300


def test_layer_columns_stand_above_their_layers(qtbot, state):
    editor = make_panel(qtbot, NetworkEditor, state)
    state.update(hidden=(8, 8, 6), activations=("tanh",) * 3)
    resize(qtbot, editor, 1180)  # the editor in a 1920 × 1080 window
    strip = child(editor, QWidget, "hiddenLayerStrip")
    # The diagram spreads inputs, 3 hidden layers and outputs evenly: layer j sits
    # at (j + 1) / 4 of the way from the inputs to the outputs.
    for j in range(3):
        column = child(editor, QWidget, f"layer{j}Column")
        centre = column.mapTo(strip, QPoint(column.width() // 2, 0)).x()
        assert abs(centre - (2 * j + 3) / 10 * strip.width()) < 0.03 * strip.width(), j


def test_output_label_gets_its_own_line_only_when_narrow(qtbot, state):
    editor = make_panel(qtbot, NetworkEditor, state)
    layers, output = editor.layersLabel, editor.outputLabel
    resize(qtbot, editor, EDITOR_WIDTH_AT_1280)
    assert abs(output.geometry().center().y() - layers.geometry().center().y()) <= 2
    assert output.geometry().left() > layers.geometry().left()
    resize(qtbot, editor, 290)  # the editor in a 1024 × 700 window
    assert output.geometry().top() >= layers.geometry().bottom()
    assert output.geometry().right() <= editor.width()
    resize(qtbot, editor, EDITOR_WIDTH_AT_1280)
    assert abs(output.geometry().center().y() - layers.geometry().center().y()) <= 2


# ---------------------------------------------------------------- hyperparameters


def type_rate(qtbot, combo, text):
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


def test_learning_rate_free_entry(qtbot, state):
    panel = make_panel(qtbot, HyperparamsPanel, state)
    combo = child(panel, QComboBox, "learningRateCombo")
    refusals = Recorder(state.rejected)
    type_rate(qtbot, combo, "0.05")
    assert state.settings.learning_rate == pytest.approx(0.05)
    assert combo.currentText() == "0.05"
    type_rate(qtbot, combo, "abc")
    assert state.settings.learning_rate == pytest.approx(0.05)
    assert combo.currentText() == "0.05"  # reverted
    assert len(refusals.calls) == 1 and "abc" in refusals.calls[0]
    type_rate(qtbot, combo, "-1")
    assert len(refusals.calls) == 2 and "learning rate" in refusals.calls[1]
    assert combo.currentText() == "0.05"
    assert combo.count() == 11  # typed values are not added to the list


def test_learning_rate_picked_from_the_list(qtbot, state):
    panel = make_panel(qtbot, HyperparamsPanel, state)
    combo = child(panel, QComboBox, "learningRateCombo")
    assert combo.currentText() == "0.03"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert state.settings.learning_rate == pytest.approx(0.1)
    state.update(learning_rate=0.00001)
    assert combo.currentText() == "0.00001"


def test_optimizer_regularization_and_init(qtbot, state):
    panel = make_panel(qtbot, HyperparamsPanel, state)
    rate = child(panel, QComboBox, "regRateCombo")
    assert not rate.isEnabled()
    reg = child(panel, QComboBox, "regularizationCombo")
    reg.setCurrentIndex(reg.findData("l2"))
    assert state.settings.regularization == "l2"
    assert state.settings.reg_rate > 0  # switching it on at λ = 0 would do nothing
    assert rate.isEnabled()
    opt = child(panel, QComboBox, "optimizerCombo")
    assert [opt.itemText(i) for i in range(opt.count())] == [
        "SGD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam"]
    opt.setCurrentIndex(opt.findData("adam"))
    assert state.settings.optimizer == "adam"
    init = child(panel, QComboBox, "initCombo")
    init.setCurrentIndex(init.findData("he"))
    assert state.settings.init == "he"
    state.update(regularization="none", optimizer="momentum")
    assert not rate.isEnabled()
    assert opt.currentText() == "Momentum"



def test_hyperparameter_boxes_do_not_stretch_across_a_wide_screen(qtbot, state):
    panel = make_panel(qtbot, HyperparamsPanel, state)
    panel.resize(1900, panel.sizeHint().height())
    qtbot.waitUntil(lambda: panel.width() == 1900)
    panel.layout().activate()
    for combo in panel.findChildren(QComboBox):
        # Spread evenly, each box would be a fifth of the screen, ~370 px for "0.03".
        assert combo.width() <= panel.width() / 8, combo.objectName()
    # Packed to the left, in reading order, under the transport buttons.
    xs = [panel.findChild(QComboBox, n).x() for n in (
        "learningRateCombo", "optimizerCombo", "regularizationCombo", "regRateCombo",
        "initCombo")]
    assert xs == sorted(xs) and xs[0] < 20
