"""Space plays wherever the focus is, except in a text field; F5 always; Esc leaves fields."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from tests.playground.conftest import child


def press_space(widget) -> None:
    QTest.keyClick(widget, Qt.Key_Space)


def test_space_on_a_focused_check_box_plays_and_does_not_tick_it(window, qtbot):
    box = child(window, QWidget, "feature_x1sqCheck")
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    before = window.state.settings.features
    press_space(box)
    assert window.state.settings.features == before, "Space must not reset the network"
    assert window.controls.playButton.isChecked()
    press_space(box)
    assert not window.controls.playButton.isChecked()


def test_enter_still_ticks_a_focused_check_box(window, qtbot):
    box = child(window, QWidget, "showTestCheck")
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    before = box.isChecked()
    QTest.keyClick(box, Qt.Key_Return)
    assert box.isChecked() != before
    assert window.state.settings.show_test == box.isChecked()


def test_space_types_in_the_learning_rate_box_and_f5_plays_from_there(window, qtbot):
    combo = child(window, QComboBox, "learningRateCombo")
    edit = combo.lineEdit()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    QTest.keyClicks(edit, "0.1 ")
    assert edit.text() == "0.1 ", "in a text field Space types a space"
    assert not window.controls.playButton.isChecked()
    QTest.keyClick(edit, Qt.Key_F5)
    assert window.controls.playButton.isChecked(), "F5 plays even from a text field"
    QTest.keyClick(edit, Qt.Key_F5)
    assert not window.controls.playButton.isChecked()


def test_enter_in_the_learning_rate_box_applies_it_and_gives_the_keys_back(window, qtbot):
    combo = child(window, QComboBox, "learningRateCombo")
    edit = combo.lineEdit()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    QTest.keyClicks(edit, "0.05")
    QTest.keyClick(edit, Qt.Key_Return)
    assert window.state.settings.learning_rate == 0.05
    assert not edit.hasFocus()
    focus = QApplication.focusWidget() or window
    press_space(focus)
    assert window.controls.playButton.isChecked()


def test_typing_zero_is_refused_in_words_not_completed_to_a_listed_rate(window, qtbot):
    combo = child(window, QComboBox, "learningRateCombo")
    edit = combo.lineEdit()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "0.0")
    QTest.keyClick(edit, Qt.Key_Return)
    assert window.state.settings.learning_rate == 0.03, "0 is not a learning rate"
    assert window.banner.isVisible()
    assert "learning rate" in child(window, QWidget, "messageLabel").text()
    assert edit.text() == "0.03"


def test_escape_leaves_a_text_field(window, qtbot):
    edit = child(window, QComboBox, "learningRateCombo").lineEdit()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    QTest.keyClick(edit, Qt.Key_Escape)
    assert not edit.hasFocus()
    press_space(QApplication.focusWidget() or window)
    assert window.controls.playButton.isChecked()


def test_clicking_the_plane_after_typing_takes_the_keys_so_space_plays(window, qtbot):
    edit = child(window, QComboBox, "learningRateCombo").lineEdit()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    plot = window.boundary_view.plot_widget
    qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=plot.viewport().rect().center())
    qtbot.waitUntil(plot.hasFocus)
    press_space(plot)
    assert window.controls.playButton.isChecked()
    assert edit.text() == "0.03", "no space typed into the learning rate"


def test_held_space_does_not_flicker_play_and_pause(window, qtbot):
    target = QApplication.focusWidget() or window
    press_space(target)
    assert window.controls.playButton.isChecked()
    for _ in range(5):  # auto-repeat while the key is held
        repeat = QKeyEvent(QEvent.KeyPress, Qt.Key_Space, Qt.NoModifier, " ", True)
        QApplication.sendEvent(target, repeat)
    assert window.controls.playButton.isChecked()
