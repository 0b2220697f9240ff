"""Select a weight on the diagram and set it by typing, dragging or the wheel; Ctrl+Z."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit

from playground.selection import Param
from playground.views.numbers import fmt
from tests.playground.conftest import child, wait_for_frame


def edge_point(view, layer: int, i: int, j: int, t: float = 0.3) -> QPoint:
    lay = view.diagram_layout()
    # Not the middle: two edges of a pair can cross there.
    x1, y1, x2, y2 = lay.edge_lines(layer)[i * lay.layer_sizes[layer + 1] + j]
    return QPointF(x1 + t * (x2 - x1), y1 + t * (y2 - y1)).toPoint()


def test_typing_a_weight_while_paused_changes_the_boundary_and_the_loss(window, qtbot):
    view = window.network_view
    qtbot.waitUntil(lambda: view.frame is not None)
    qtbot.wait(50)
    before = window.latest_frame
    image = window.boundary_view.heatmap.copy()
    field = child(window, QLineEdit, "paramEdit")
    hint = child(window, QLabel, "paramLabel")
    assert not field.isVisible() and "Click a neuron" in hint.text(), "nothing to type into yet"
    qtbot.mouseClick(view, Qt.LeftButton, pos=edge_point(view, 0, 1, 2))
    assert window.controller.selection.selected == Param(0, 2, 1)
    assert field.isVisible()
    assert field.text() == fmt(before.weights[0][0][1, 2])
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "3.5")
    QTest.keyClick(field, Qt.Key_Return)
    after = wait_for_frame(qtbot, window, lambda f: f.weights[0][0][1, 2] == 3.5)
    assert after.step == before.step, "an edit is not a training step"
    assert after.train_loss != before.train_loss
    qtbot.waitUntil(lambda: not np.array_equal(window.boundary_view.heatmap, image))
    assert field.text() == "3.5"

    # Ctrl+Z puts the old value back.
    window.findChild(QAction, "undoAction").trigger()
    restored = wait_for_frame(qtbot, window, lambda f: f.weights[0][0][1, 2] != 3.5)
    assert restored.weights[0][0][1, 2] == before.weights[0][0][1, 2]


def test_an_unusable_value_is_refused_in_words_and_nothing_changes(window, qtbot):
    window.controller.selection.set_selected((1, 0))  # hidden neuron 1: its bias
    qtbot.wait(20)
    field = child(window, QLineEdit, "paramEdit")
    old = window.latest_frame.weights[0][1][0]
    for text in ("abc", "1e9", "nan"):
        field.setText(text)
        QTest.keyClick(field, Qt.Key_Return)
        assert window.banner.isVisible() and "between" in window.banner.text()
    assert window.controller.undo_edit() is False, "nothing was sent, nothing to undo"
    qtbot.wait(100)
    assert window.latest_frame.weights[0][1][0] == old


def test_dragging_and_the_wheel_change_the_selected_weight_in_steps(window, qtbot):
    view = window.network_view
    qtbot.waitUntil(lambda: view.frame is not None)
    qtbot.wait(50)
    w0 = float(window.latest_frame.weights[1][0][0, 1])
    pos = edge_point(view, 1, 0, 1)
    QTest.mousePress(view, Qt.LeftButton, pos=pos)
    for dy in range(4, 44, 4):  # 40 px up: ten steps
        QTest.mouseMove(view, pos - QPoint(0, dy))
        qtbot.wait(5)
    QTest.mouseRelease(view, Qt.LeftButton, pos=pos - QPoint(0, 40))
    step = window.view("network").editing.step_size(Param(1, 1, 0))
    frame = wait_for_frame(qtbot, window,
                           lambda f: abs(f.weights[1][0][0, 1] - (w0 + 10 * step)) < 1e-6)
    assert frame.weights[1][0][0, 1] > w0
    # One Ctrl+Z undoes the whole drag.
    window.controller.undo_edit()
    wait_for_frame(qtbot, window, lambda f: f.weights[1][0][0, 1] == w0)


def test_a_selected_bias_is_ringed_on_its_node(window, qtbot):
    """The descent view can select a bias; the diagram outlines its node (the random
    user's seed 20: a bias was drawn as an edge and the paint raised)."""
    from playground.guard import problems

    view = window.network_view
    qtbot.waitUntil(lambda: view.frame is not None)
    before = problems().count
    window.controller.selection.set_selected(Param(0, 1))  # b1 of hidden neuron 2
    image = view.grab().toImage()
    assert problems().count == before
    rect = view.diagram_layout().node_rect(1, 1)
    ring = image.pixelColor(int(rect.left()) - 3, int(rect.center().y()))
    assert ring.red() > ring.blue(), "the node carries the selection's outline"
