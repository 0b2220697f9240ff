"""The computational graph: the book's numbers, typed expressions, the network's own
graph for a picked point (equal to the engine's backprop), keys, language and projector."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget

from engine.expression import parse_expression
from engine.features import make_features
from engine.network import Network
from playground.selection import Pick
from playground.views.graph.graph_texts import gradient_of
from tests.playground.conftest import click, wait_for_frame


@pytest.fixture
def graph(window, qtbot):
    """The graph dock, shown and raised; its view."""
    dock = window.findChild(QDockWidget, "graphDock")
    dock.show()
    dock.raise_()
    view = window.docks.content("graph")
    qtbot.waitUntil(view.isVisible)
    return view


def box(view, name: str) -> tuple[str, str]:
    """``(value, gradient)`` as the box called ``name`` shows them (last line of each)."""
    shown = view.canvas.box_text(view.model.index(name))
    value = " ".join(" ".join(line) for line in shown.data)
    grad = shown.grad[-1][0].removeprefix("= ") if shown.grad else ""
    return value, grad


def painted(view) -> set[str]:
    view.canvas.grab()  # paints the whole graph now, also what is scrolled away
    return set(view.canvas.painted_texts)


def test_apple_graph_forward_then_backward_shows_the_books_numbers(graph, qtbot):
    graph.choose("apple")
    assert box(graph, "price") == ("?", ""), "nothing computed before the first step"
    click(qtbot, graph, "graphForwardButton")
    assert box(graph, "apple price") == ("200", "")
    click(qtbot, graph, "graphForwardButton")
    assert box(graph, "price") == ("220", ""), "220.00000000000003 is shown as 220"
    assert "220" in painted(graph)
    assert "220.00000000000003" not in painted(graph)
    click(qtbot, graph, "graphBackwardButton")
    assert box(graph, "price")[1] == "1", "backprop starts with ∂L/∂L = 1"
    assert box(graph, "tax")[1] == "?"
    click(qtbot, graph, "graphBackwardButton")
    assert (box(graph, "apple price")[1], box(graph, "tax")[1]) == ("1.1", "200")
    assert {"× 1.1", "= 1.1", "× 200", "= 200"} <= painted(graph), "local × and what is sent"
    assert "1 × 200 = 200" in graph.status.text()
    click(qtbot, graph, "graphBackwardButton")
    assert (box(graph, "apple")[1], box(graph, "apple count")[1]) == ("2.2", "110")
    assert {"1.1", "200", "2.2", "110", "220"} <= painted(graph)
    assert not graph.buttons["graphBackward"].isEnabled(), "done"
    assert graph.canvas.tooltip(graph.model.index("tax")) == "tax = 1.1\n∂price/∂tax = 200"


def test_apples_and_oranges(graph, qtbot):
    graph.choose("apple_orange")
    for _ in range(graph.model.n_forward):
        click(qtbot, graph, "graphForwardButton")
    assert box(graph, "price")[0] == "715"
    click(qtbot, graph, "graphRunAllButton")
    grads = {n: box(graph, n)[1] for n in ("tax", "all price", "apple", "apple count",
                                           "orange", "orange count")}
    assert grads == {"tax": "650", "all price": "1.1", "apple": "2.2", "apple count": "110",
                     "orange": "3.3", "orange count": "165"}
    assert {"715", "650", "3.3", "165"} <= painted(graph)
    click(qtbot, graph, "graphResetButton")
    assert box(graph, "price") == ("?", "")


def test_the_chain_rule_graph(graph):
    graph.choose("chain")
    graph.run_all()
    # z = t², t = x + y with x = 1, y = 2: ∂z/∂x = 2t · 1 = 6.
    assert [box(graph, n) for n in ("t", "z", "x")] == [("3", "6"), ("9", "1"), ("1", "6")]


def type_expression(graph, qtbot, text: str) -> None:
    edit = graph.expression.edit
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key_Return)


EXPRESSION = "a=0.5, b=-1.5, c=2: tanh(a*b) + sigmoid(c)/exp(a) - log(c)^2 + relu(b+c)*a"


def test_a_typed_expression_has_the_engine_graphs_gradients(graph, qtbot):
    graph.choose("expression")
    type_expression(graph, qtbot, EXPRESSION)
    assert graph.expression.error is None
    click(qtbot, graph, "graphRunAllButton")
    engine = parse_expression(EXPRESSION)
    engine.root.backward()
    for name, leaf in engine.inputs.items():
        assert gradient_of(graph.model, name) == leaf.grad, name
    assert graph.model.nodes[graph.model.root].data == engine.root.data
    # a is used three times: its gradient is shown as the sum of three terms.
    shown = graph.canvas.box_text(graph.model.index("a"))
    assert len(shown.grad) == 4 and shown.grad[-1][0].startswith("= ")


def test_space_types_in_the_expression_and_keys_step_from_the_canvas(window, graph, qtbot):
    graph.choose("expression")
    type_expression(graph, qtbot, "x=3: x * x")
    assert graph.expression.edit.text() == "x=3: x * x", "Space types a space there"
    assert not window.controls.playButton.isChecked()
    canvas = graph.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    QTest.keyClick(canvas, Qt.Key_F7)
    assert graph.model.forward == 1
    QTest.keyClick(canvas, Qt.Key_F6)
    assert graph.model.backward == 1
    QTest.keyClick(canvas, Qt.Key_F6)
    assert box(graph, "x") == ("3", "6"), "x·x: 3 + 3 comes back to x"
    QTest.keyClick(canvas, Qt.Key_F8, Qt.ShiftModifier)
    assert (graph.model.forward, graph.model.backward) == (0, 0)
    QTest.keyClick(canvas, Qt.Key_F8)
    assert graph.model.done
    QTest.keyClick(canvas, Qt.Key_Space)
    assert window.controls.playButton.isChecked(), "Space still plays from the graph"
    QTest.keyClick(canvas, Qt.Key_Space)
    assert not window.controls.playButton.isChecked()


@pytest.mark.parametrize(("text", "column", "words"), [
    ("x=3, y=2: (x+y$)^2", 15, "Unexpected character '$'"),
    ("x=3: (x+", 9, "ends too early"),
    ("x=3: log(x-3)", 6, "log needs a positive number, got 0"),
    ("x=3: x*y", 8, "No value given for y"),
])
def test_an_error_shows_its_column_underlined_and_in_words(graph, qtbot, text, column, words):
    graph.choose("expression")
    type_expression(graph, qtbot, text)
    field = graph.expression
    assert field.error is not None and field.error.column == column
    assert field.message.isVisible() and field.echo.isVisible()
    assert f"Column {column}: " in field.message.text() and words in field.message.text()
    assert "underline" in field.echo.text()
    assert field.edit.cursorPosition() == min(column - 1, len(text)), "Enter goes to the problem"
    assert graph.model is None, "no graph of an earlier text"
    assert graph.canvas.empty_text in painted(graph)


class _Marker(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "expression" and source.startswith("Unexpected character"):
            return "[JA] {char} は使えない文字です。"
        return None


def test_the_error_message_is_translated_from_its_template(graph, qtbot):
    graph.choose("expression")
    translator = _Marker()
    QCoreApplication.installTranslator(translator)
    try:
        type_expression(graph, qtbot, "x=3: x$")
        assert "[JA] $ は使えない文字です。" in graph.expression.message.text()
    finally:
        QCoreApplication.removeTranslator(translator)


def pick_point(window, qtbot, index: int = 0):
    frame = window.latest_frame
    pick = Pick(tuple(float(v) for v in frame.x_train[index]), "train", index,
                int(frame.t_train[index]))
    window.controller.selection.set_pick(pick)
    return pick


def engine_gradients(window, point) -> dict:
    """``Network.gradient`` of the picked point alone, on the traced weights, penalty removed."""
    settings = window.state.settings
    from playground.worker.session import TrainingSession

    net: Network = TrainingSession(settings).network
    for (w, b), layer in zip(net.weights(), point.trace.layers, strict=True):
        w[...], b[...] = layer.W, layer.b
    x = make_features(np.array([point.xy]), settings.features)
    grads = net.gradient(x, np.array([point.label]))
    for n, layer in enumerate(point.backward.layers, start=1):
        grads[f"W{n}"] = grads[f"W{n}"] - layer.dW_penalty
    return grads


def test_the_networks_graph_for_a_picked_point_equals_the_engines_backprop(window, graph, qtbot):
    window.state.update(regularization="l2", reg_rate=0.01)
    wait_for_frame(qtbot, window, lambda f: True)
    pick_point(window, qtbot, 5)
    graph.choose("network_scalars")
    qtbot.waitUntil(lambda: graph.model is not None and graph.network.point.trace.regularization
                    == "l2", timeout=20000)
    point = graph.network.point
    assert "L2 penalty" in graph.network.notes.text() and "not in this graph" in \
        graph.network.notes.text()
    click(qtbot, graph, "graphRunAllButton")
    expected = engine_gradients(window, point)
    for n, layer in enumerate(point.trace.layers, start=1):
        n_in, n_out = layer.W.shape
        shown = np.array([[gradient_of(graph.model, f"W{n}[{i + 1},{j + 1}]")
                           for j in range(n_out)] for i in range(n_in)])
        np.testing.assert_allclose(shown, point.backward.layers[n - 1].dW, rtol=0, atol=1e-9)
        np.testing.assert_allclose(shown, expected[f"W{n}"], rtol=0, atol=1e-9)
        biases = np.array([gradient_of(graph.model, f"b{n}[{j + 1}]") for j in range(n_out)])
        np.testing.assert_allclose(biases, expected[f"b{n}"], rtol=0, atol=1e-9)
    # The layer form shows the same numbers as vectors and matrices.
    graph.choose("network_layers")
    qtbot.waitUntil(lambda: graph.model is not None and graph.model.kind == "network_layers")
    graph.run_all()
    np.testing.assert_allclose(gradient_of(graph.model, "W1"), expected["W1"], atol=1e-9)


def test_the_graph_follows_training_and_keeps_the_stepping_position(window, graph, qtbot):
    pick_point(window, qtbot, 3)
    graph.choose("network_scalars")
    qtbot.waitUntil(lambda: graph.model is not None, timeout=20000)
    assert graph.model.forward_done, "the network graph opens with its forward values"
    for _ in range(4):
        QTest.keyClick(graph.canvas, Qt.Key_F6)
    assert graph.model.backward == 4
    before = graph.network.point
    window.controller.step(5)
    qtbot.waitUntil(lambda: graph.network.point is not before, timeout=20000)
    assert graph.network.point.step > before.step
    assert graph.model.backward == 4, "new numbers, same place"
    w_new = graph.network.point.trace.layers[0].W[0, 0]
    assert graph.model.nodes[graph.model.index("W1[1,1]")].data == w_new


def test_a_location_offers_the_target_classes(window, graph, qtbot):
    graph.choose("network_layers")
    window.controller.selection.set_pick(Pick((0.25, -4.5)))
    combo = graph.network.target
    qtbot.waitUntil(lambda: graph.model is not None, timeout=20000)
    assert combo.isVisible() and combo.count() == 3, "choose…, class 0, class 1"
    assert graph.model.root is None and not graph.buttons["graphBackward"].isEnabled()
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert window.controller.selection.pick.label == 1
    qtbot.waitUntil(lambda: graph.model is not None and graph.model.root is not None,
                    timeout=20000)
    graph.run_all()
    assert gradient_of(graph.model, "L") == 1.0


def test_projector_and_language_switch_in_place(window, graph, qtbot):
    graph.choose("apple")
    graph.run_all()
    width = graph.canvas.sizeHint().width()
    window.set_projector_mode(True)
    assert graph.canvas.sizeHint().width() > 1.2 * width, "bigger text, wider boxes"
    window.set_projector_mode(False)
    assert graph.canvas.sizeHint().width() == width
    window.set_language("ja")
    try:
        assert graph.findChild(type(graph.choice), "graphChoiceCombo") is graph.choice
        assert graph.model.done, "the language switch keeps the position"
    finally:
        window.set_language("en")
    assert graph.choice.currentText().startswith("Buying apples")
    assert graph.buttons["graphForward"].toolTip().endswith("(F7).")
    QApplication.processEvents()


@pytest.mark.parametrize(("activations", "output", "batchnorm"), [
    (("leaky_relu", "sigmoid"), "softmax_cross_entropy", True),
    (("linear", "relu"), "mse", False),
    (("step", "tanh"), "softmax_cross_entropy", False),
])
def test_both_network_forms_equal_the_books_backprop(activations, output, batchnorm):
    """Batch norm, activations the engine's Value lacks, squared error: every gradient."""
    from engine.book import BookNetwork
    from engine.network_spec import NetworkSpec
    from playground.probes.point_trace import PointTrace
    from playground.views.graph.network_graph import layer_graph, scalar_graph

    rng = np.random.default_rng(3)
    k = 2 if output != "mse" else 1
    spec = NetworkSpec(n_inputs=2, hidden=(3, 2), activations=activations, n_outputs=k,
                       output=output, batchnorm=batchnorm)
    params = Network(spec).get_params()
    params = {name: rng.normal(size=v.shape) for name, v in params.items()}
    buffers = {}
    if batchnorm:
        for n, width in enumerate(spec.hidden, start=1):
            buffers[f"running_mean{n}"] = rng.normal(size=width)
            buffers[f"running_var{n}"] = rng.uniform(0.5, 2.0, size=width)
    book = BookNetwork(spec, params, buffers or None)
    x, t = np.array([[0.7, -1.2]]), (np.array([1]) if k == 2 else np.array([[0.4]]))
    back = book.backward_trace(x, t)
    point = PointTrace((0.7, -1.2), ("x1", "x2"), 1 if k == 2 else 0.4, back.forward, back, 0)
    scalars, layers = scalar_graph(point, ["X₁", "X₂"]), layer_graph(point, ["X₁", "X₂"])
    for model in (scalars, layers):
        model.run_all()
    for n, g in enumerate(back.layers, start=1):
        shown = np.array([[gradient_of(scalars, f"W{n}[{i + 1},{j + 1}]")
                           for j in range(g.dW.shape[1])] for i in range(g.dW.shape[0])])
        np.testing.assert_allclose(shown, g.dW, rtol=0, atol=1e-9)
        np.testing.assert_allclose(gradient_of(layers, f"W{n}"), g.dW, rtol=0, atol=1e-12)
        np.testing.assert_allclose(gradient_of(layers, f"b{n}"), g.db, rtol=0, atol=1e-12)
        if g.bn is not None:
            gammas = [gradient_of(scalars, f"γ{n}[{j + 1}]") for j in range(g.db.size)]
            np.testing.assert_allclose(gammas, g.bn.dgamma, rtol=0, atol=1e-9)
            np.testing.assert_allclose(gradient_of(layers, f"β{n}"), g.bn.dbeta, atol=1e-12)
    np.testing.assert_allclose([gradient_of(scalars, "X₁"), gradient_of(scalars, "X₂")],
                               back.layers[0].dx[0], rtol=0, atol=1e-9)
    assert scalars.nodes[scalars.root].data == pytest.approx(back.forward.output.loss)
