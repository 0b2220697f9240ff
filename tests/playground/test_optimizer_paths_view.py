"""The optimizers dock: the book's gradient method and its comparison of optimisers, live.

Tab 1 must give the book's numbers (η = 0.1 reaches the minimum, η = 10 blows
up, the book's numerical gradient stops at (−2.58e13, −1.29e12)); tab 2 must
draw, for every optimiser, the path of the book's update rule, written out here
once more in plain Python.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QLineEdit

from playground.views.numbers import fmt
from tests.playground.conftest import child


def show(window, name):
    dock = window.findChild(QDockWidget, f"{name}Dock")
    dock.show()
    dock.raise_()
    return window.docks.content(name)


# -- the book's update rules, one coordinate at a time, for f = x²/20 + y² ------------

def grad(p):
    return [p[0] / 10.0, 2.0 * p[1]]


def reference_path(name: str, lr: float, start, steps: int = 30) -> np.ndarray:
    p = [float(start[0]), float(start[1])]
    v, h, m = [0.0, 0.0], [0.0, 0.0], [0.0, 0.0]
    out = [list(p)]
    for it in range(1, steps + 1):
        g = grad(p)
        for k in range(2):
            if name == "sgd":
                p[k] -= lr * g[k]
            elif name == "momentum":
                v[k] = 0.9 * v[k] - lr * g[k]
                p[k] += v[k]
            elif name == "nesterov":
                v[k] = 0.9 * v[k] - lr * g[k]
                p[k] += 0.9 * 0.9 * v[k]
                p[k] -= (1 + 0.9) * lr * g[k]
            elif name == "adagrad":
                h[k] += g[k] * g[k]
                p[k] -= lr * g[k] / (math.sqrt(h[k]) + 1e-7)
            elif name == "rmsprop":
                h[k] = 0.99 * h[k] + (1 - 0.99) * g[k] * g[k]
                p[k] -= lr * g[k] / (math.sqrt(h[k]) + 1e-7)
            elif name == "adam":
                lr_t = lr * math.sqrt(1.0 - 0.999 ** it) / (1.0 - 0.9 ** it)
                m[k] += (1 - 0.9) * (g[k] - m[k])
                h[k] += (1 - 0.999) * (g[k] ** 2 - h[k])
                p[k] -= lr_t * m[k] / (math.sqrt(h[k]) + 1e-7)
        out.append(list(p))
    return np.array(out)


BOOK = {"sgd": 0.95, "momentum": 0.1, "adagrad": 1.5, "adam": 0.3, "nesterov": 0.1,
        "rmsprop": 0.1}


def test_the_gradient_method_with_the_books_learning_rates(window, qtbot):
    view = show(window, "optimizers")
    tab = view.method
    tab.set_rate("0.1")
    end = tab.path.points[-1]
    assert len(tab.path.points) == 101
    assert np.all(np.abs(end) < 1e-9), end
    assert "(−6.111e−10, 8.148e−10)" in tab.result.text()
    xs, ys = tab.line.getData()
    np.testing.assert_array_equal(np.column_stack([xs, ys]), tab.path.points)
    assert "it shrinks towards the minimum" in tab.why.text()

    tab.set_rate("1e-10")
    assert np.allclose(tab.path.points[-1], (-3.0, 4.0), atol=1e-6), "barely moves"
    assert "barely moves" in tab.why.text()

    tab.set_rate("10")
    assert np.all(np.abs(tab.path.points[-1]) > 1e100)
    assert "1 − 2η = −19" in tab.why.text() and "diverges" in tab.why.text()
    xs, _ = tab.line.getData()
    assert np.all(np.isfinite(xs)) and np.max(np.abs(xs)) <= 1e4, "Qt is never asked to draw 1e128"

    qtbot.mouseClick(tab.numerical, Qt.LeftButton)
    assert tab.numerical.isChecked() and tab.path.numerical
    x0, x1 = tab.path.points[-1]
    assert float(f"{x0:.2g}") == -2.6e13 and float(f"{x1:.2g}") == -1.3e12
    assert "(−2.59e13, −1.295e12)" in tab.result.text()
    assert "lost to rounding" in tab.why.text()


def test_each_optimizers_path_is_the_books_rule(window, qtbot):
    view = show(window, "optimizers")
    view.tabs.setCurrentIndex(1)
    tab = view.compare
    assert tab.step == 30
    for name, lr in BOOK.items():
        ref = reference_path(name, lr, (-7.0, 2.0))
        np.testing.assert_allclose(tab.paths[name].points, ref, rtol=0, atol=1e-12,
                                   err_msg=name)
        xs, ys = tab.lines[name].getData()
        np.testing.assert_allclose(np.column_stack([xs, ys]), ref, rtol=0, atol=1e-12)
    # SGD at 0.95 zig-zags across the valley: y changes sign at every step.
    y = tab.paths["sgd"].points[:, 1]
    assert np.all(np.sign(y[1:]) != np.sign(y[:-1]))

    # Any η: typed in the optimiser's field.
    field = child(view, QLineEdit, "optimizerRate_adam")
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "0.05")
    QTest.keyClick(field, Qt.Key_Return)
    np.testing.assert_allclose(tab.paths["adam"].points, reference_path("adam", 0.05, (-7, 2)),
                               rtol=0, atol=1e-12)


def test_the_slider_scrubs_and_a_click_moves_the_start(window, qtbot):
    view = show(window, "optimizers")
    view.tabs.setCurrentIndex(1)
    tab = view.compare
    qtbot.waitUntil(lambda: tab.plots["momentum"].isVisible())
    tab.slider.setValue(5)
    xs, ys = tab.lines["momentum"].getData()
    assert len(xs) == 6
    nx, ny = tab.now["momentum"].getData()
    np.testing.assert_array_equal([nx[0], ny[0]], tab.paths["momentum"].points[5])
    assert tab.step_label.text() == "Step 5 of 30"

    plot = tab.plots["rmsprop"]
    box = plot.getPlotItem().getViewBox()
    pos = plot.mapFromScene(box.mapViewToScene(QPointF(4.0, -3.0)))
    qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=pos)
    assert tab.start == pytest.approx((4.0, -3.0), abs=0.11)
    for name, lr in BOOK.items():
        np.testing.assert_allclose(tab.paths[name].points, reference_path(name, lr, tab.start),
                                   rtol=0, atol=1e-12)
    assert f"from ({fmt(tab.start[0])}, {fmt(tab.start[1])})" in tab.start_label.text()

    tab.book.click()
    assert tab.start == (-7.0, 2.0)


def test_projector_mode_and_language_switch_the_three_docks_in_place(window, qtbot):
    from playground.guard import problems

    views = {name: show(window, name) for name in ("descent", "optimizers", "gradcheck")}
    plot = views["optimizers"].compare.plots["sgd"]
    axis = plot.getPlotItem().getAxis("bottom")
    laptop = axis.style["tickFont"].pointSizeF()
    slice_plot = views["descent"].plot.widget
    reported = problems().count
    window.set_projector_mode(True)
    assert views["optimizers"].compare.plots["sgd"] is plot, "restyled, not rebuilt"
    assert axis.style["tickFont"].pointSizeF() > laptop
    assert views["descent"].plot.widget is slice_plot
    assert views["descent"].caption.font().pointSizeF() > 9.0
    window.set_language("ja")
    window.set_language("en")
    assert views["optimizers"].tabs.tabText(0) == "Gradient method"
    assert views["gradcheck"].run_button.text() == "Run the check"
    assert views["descent"].weight_label.text() == "Weight:"
    window.set_projector_mode(False)
    assert axis.style["tickFont"].pointSizeF() == pytest.approx(laptop)
    assert problems().count == reported, "nothing went wrong on the way"
