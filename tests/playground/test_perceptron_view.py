"""The perceptron by hand: the book's gates in one click, weights by slider or typing, the
line where w·x + b = 0, the truth table against a gate, the two-layer XOR, and no Play."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QDoubleSpinBox,
    QPushButton,
    QSlider,
)

from engine.perceptron import GATES
from playground.i18n import install_language
from playground.views.base import ViewContext
from playground.views.colors import ViewStyle
from playground.views.lessons.perceptron_view import PerceptronView
from tests.playground.conftest import child


@pytest.fixture
def view(qtbot):
    v = PerceptronView(ViewContext(controller=None, style=ViewStyle(), name="perceptron"))
    qtbot.addWidget(v)
    v.resize(420, 900)
    v.show()
    return v


def on_line(view, w1, w2, b):
    """Both ends of every drawn segment satisfy w1 x1 + w2 x2 + b = 0."""
    assert view.plane.segments, "a line is drawn"
    for end in view.plane.segments[0]:
        assert abs(w1 * end[0] + w2 * end[1] + b) < 1e-9, end
    (ax, ay), (bx, by) = view.plane.segments[0]
    assert np.hypot(bx - ax, by - ay) > 1.0, "it crosses the plane"
    data = view.plane.line_items[0].getData()
    assert (data[0][0], data[1][0]) == view.plane.segments[0][0]


@pytest.mark.parametrize("gate, classes", [("AND", (0, 0, 0, 1)), ("NAND", (1, 1, 1, 0)),
                                           ("OR", (0, 1, 1, 1))])
def test_the_books_weights_in_one_click_classify_all_four_points(view, qtbot, gate, classes):
    qtbot.mouseClick(child(view, QAbstractButton, f"perceptron{gate.title()}Button"),
                     Qt.LeftButton)
    p = GATES[gate]
    assert (view.model.perceptron.w1, view.model.perceptron.w2, view.model.perceptron.b) == (
        p.w1, p.w2, p.b)
    assert view.model.target == gate and view.model.computes(gate)
    assert view.table.marks == ["✓"] * 4
    assert view.plane.point_classes == classes, "the points are coloured by the output"
    on_line(view, p.w1, p.w2, p.b)
    assert "✓" in view.verdictLabel.text()
    assert child(view, QDoubleSpinBox, "perceptronBSpin").value() == pytest.approx(p.b)


def test_and_with_the_books_weights_draws_the_line_where_w_x_plus_b_is_zero(view, qtbot):
    qtbot.mouseClick(child(view, QAbstractButton, "perceptronAndButton"), Qt.LeftButton)
    on_line(view, 0.5, 0.5, -0.7)
    # x2 = 1.4 - x1: it passes (0.7, 0.7) and crosses the plane's border at x = 1.5 → y = -0.1.
    ends = sorted(view.plane.segments[0])
    assert ends[0] == pytest.approx((-0.1, 1.5)) and ends[1] == pytest.approx((1.5, -0.1))
    table = view.model.table()
    assert list(table.weighted_sum) == pytest.approx([-0.7, -0.2, -0.2, 0.3])


def test_typing_and_sliding_set_the_weights_and_the_table_follows(view, qtbot):
    spin = child(view, QDoubleSpinBox, "perceptronW1Spin")
    spin.setValue(1.0)
    assert view.model.perceptron.w1 == 1.0
    assert child(view, QSlider, "perceptronW1Slider").value() == 100, "the slider follows"
    slider = child(view, QSlider, "perceptronBSlider")
    slider.setValue(-150)
    assert view.model.perceptron.b == -1.5
    assert child(view, QDoubleSpinBox, "perceptronBSpin").value() == -1.5
    # w = (1, -0.4), b = -1.5: nothing reaches a > 0, a gate of none.
    assert view.model.table().gates == ()
    assert view.table.marks.count("✗") == 1  # only (1, 1) differs from AND
    assert "1 of 4" in view.verdictLabel.text()


def test_a_vertical_line_when_w2_is_zero(view):
    view.model.apply({"w1": 1.0, "w2": 0.0, "b": -0.5})
    (ax, ay), (bx, by) = view.plane.segments[0]
    assert ax == bx == pytest.approx(0.5) and {ay, by} == {-0.5, 1.5}
    view.model.apply({"w1": 0.0, "w2": 0.0, "b": 0.3})
    assert view.plane.segments == [], "no line when both weights are 0"
    assert view.plane.point_classes == (1, 1, 1, 1)


def test_xor_cannot_be_set_and_the_two_layer_network_gets_all_four(view, qtbot):
    view.model.apply({"target": "XOR"})
    for gate in GATES:
        view.model.apply({"example": gate, "target": "XOR"})
        assert "✗" in view.table.marks, f"{gate}'s weights do not make XOR"
    qtbot.mouseClick(child(view, QPushButton, "perceptronTwoLayerButton"), Qt.LeftButton)
    assert view.model.mode == "two_layer" and view.model.computes("XOR")
    assert view.table.marks == ["✓"] * 4
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert headers[:4] == ["x₁", "x₂", "s₁", "s₂"]
    table = view.model.table()
    assert table.hidden.tolist() == [[1, 0], [1, 1], [1, 1], [0, 1]], "s1 = NAND, s2 = OR"
    assert len(view.plane.segments) == 2, "NAND's line and OR's line"
    for (w1, w2, b), segment in zip(((-0.5, -0.5, 0.7), (0.5, 0.5, -0.2)), view.plane.segments,
                                    strict=True):
        for x, y in segment:
            assert abs(w1 * x + w2 * y + b) < 1e-9
    assert view.plane.point_classes == (0, 1, 1, 0)
    assert view.xorDiagram.isVisible()
    qtbot.mouseClick(child(view, QPushButton, "perceptronSingleButton"), Qt.LeftButton)
    assert view.model.mode == "single" and len(view.plane.segments) == 1


def test_play_is_off_here_and_one_sentence_says_why(view):
    play = child(view, QPushButton, "perceptronPlayButton")
    assert not play.isEnabled()
    why = view.noPlayLabel.text()
    assert "step function" in why and "slope is 0" in why and why.count(". ") <= 1


def test_sigmoid_outputs_values_between_0_and_1_and_the_class_is_still_a_gt_0(view):
    view.model.apply({"example": "AND", "activation": "sigmoid"})
    table = view.model.table()
    assert ((table.output > 0) & (table.output < 1)).all()
    assert view.model.computes("AND")
    assert "sigmoid" in view.formulaLabel.text()


def test_projector_and_language_switch_in_place(view, qtbot):
    plane, table = view.plane, view.table
    before = view.table.sizeHint().height()
    QApplication.setFont(QApplication.font())  # unchanged font: set_style must still work
    view.set_style(ViewStyle.projector())
    assert view.plane is plane and view.table is table, "nothing is rebuilt"
    view.set_style(ViewStyle.laptop())
    assert view.table.sizeHint().height() == before
    app = QApplication.instance()
    try:
        install_language(app, "ja")
        view.retranslate()
        assert view.playButton.text()  # every text is set again (English until translated)
    finally:
        install_language(app, "en")
        view.retranslate()
    assert view.singleButton.text() == "One perceptron"


def test_the_perceptron_dock_in_the_window(qtbot):
    from playground.main_window import MainWindow
    from playground.remembered import Remembered

    # Not remembered: later tests must not inherit an open Perceptron dock.
    window = MainWindow(remembered=Remembered(fresh=True))
    qtbot.addWidget(window)
    window.show()
    try:
        dock = window.findChild(QDockWidget, "perceptronDock")
        assert dock is not None and not dock.isVisible(), "hidden until asked for"
        assert dock.windowTitle() == "Perceptron"
        dock.show()
        view = window.docks.content("perceptron")
        assert view.objectName() == "perceptronView"
        qtbot.mouseClick(child(window, QAbstractButton, "perceptronOrButton"), Qt.LeftButton)
        assert view.model.computes("OR")
    finally:
        window.close()
