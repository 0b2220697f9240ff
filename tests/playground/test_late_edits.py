"""An edit still being typed when the window is destroyed is dropped without an error.

Found by the random user (seed 25, 800 actions): a spin box or rate box commits
on focus-out, and a floating dock loses the focus only after the window's
controller and settings were deleted, which raised at quit.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

from playground.main_window import MainWindow
from playground.remembered import Remembered


@pytest.mark.parametrize("dock, name", [
    ("data", "learningRateCombo"),  # projector mode puts the hyperparameters in the data dock
    ("data", "batchSizeSpin"),
    ("data", "seedSpin"),
    ("network", "layer0NeuronsSpin"),
])
def test_destroying_the_window_mid_edit_in_a_floating_dock_raises_nothing(dock, name, qtbot):
    win = MainWindow(remembered=Remembered(fresh=True))
    win.show()
    qtbot.waitUntil(lambda: win.latest_frame is not None, timeout=30000)
    if name == "learningRateCombo":
        win.set_projector_mode(True)
    floating = win.docks.docks[dock]
    floating.setFloating(True)
    floating.show()
    floating.activateWindow()
    qtbot.waitUntil(floating.isActiveWindow)
    widget = win.findChild(QComboBox, name) or win.findChild(QAbstractSpinBox, name)
    assert widget.window() is floating
    target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    target.selectAll()
    QTest.keyClicks(target, "7")  # typed, not yet committed
    with qtbot.captureExceptions() as exceptions:
        win.close()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not exceptions, exceptions[0][1]


def test_an_edit_committed_on_focus_out_still_applies(window, qtbot):
    spin = window.findChild(QAbstractSpinBox, "batchSizeSpin")
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.selectAll()
    QTest.keyClicks(spin, "17")
    window.controls.playButton.setFocus()
    qtbot.waitUntil(lambda: window.state.settings.batch_size == 17)
    QTest.keyClick(window.controls.playButton, Qt.Key.Key_Escape)
