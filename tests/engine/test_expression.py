"""Typed expressions: the graphs they build, their gradients, and every refusal."""

from __future__ import annotations

import math

import pytest

from engine.expression import MAX_DEPTH, MESSAGES, ExpressionError, parse_expression
from engine.graph import (
    Value,
    apple_graph,
    apple_orange_graph,
    chain_rule_graph,
    forward_steps,
    topological_order,
)


def _grads(parsed) -> dict[str, float]:
    parsed.root.backward()
    return {name: v.grad for name, v in parsed.inputs.items()}


# -- the book's graphs, typed ---------------------------------------------------------


def test_apple_typed_equals_the_hand_built_graph():
    parsed = parse_expression("apple=100, apple_count=2, tax=1.1: apple*apple_count*tax")
    root, nodes = apple_graph()
    root.backward()
    assert parsed.root.data == root.data  # same operations in the same order: same bits
    assert round(parsed.root.data, 10) == 220.0
    grads = _grads(parsed)
    for name in ("apple", "apple_count", "tax"):
        assert grads[name] == nodes[name].grad
    assert grads["apple"] == pytest.approx(2.2)
    assert grads["apple_count"] == pytest.approx(110.0)
    assert grads["tax"] == pytest.approx(200.0)
    # The apple price node (apple * count) receives 1.1, as in the book.
    apple_price = parsed.root.parents[0]
    assert apple_price.op == "*" and apple_price.grad == pytest.approx(1.1)


def test_apple_and_orange_typed_equals_the_hand_built_graph():
    parsed = parse_expression(
        "apple=100, apple_count=2, orange=150, orange_count=3, tax=1.1: "
        "(apple*apple_count + orange*orange_count) * tax"
    )
    root, nodes = apple_orange_graph()
    root.backward()
    assert parsed.root.data == root.data == pytest.approx(715.0)
    grads = _grads(parsed)
    for name in ("apple", "apple_count", "orange", "orange_count", "tax"):
        assert grads[name] == nodes[name].grad
    assert grads["orange_count"] == pytest.approx(165.0)
    assert grads["tax"] == pytest.approx(650.0)


@pytest.mark.parametrize("x, y", [(1.0, 2.0), (-0.5, 3.0)])
def test_chain_rule_typed_has_the_hand_built_shape_and_gradients(x, y):
    parsed = parse_expression(f"x={x}, y={y}: (x+y)^2")
    root, nodes = chain_rule_graph(x, y)
    assert [n.op for n in topological_order(parsed.root)] == [n.op for n in topological_order(root)]
    assert parsed.root.symbol == "^2"
    root.backward()
    grads = _grads(parsed)
    assert grads == {"x": nodes["x"].grad, "y": nodes["y"].grad}
    assert grads["x"] == pytest.approx(2 * (x + y))


@pytest.mark.parametrize(
    "text",
    [
        "x=0.3, y=-1.2: tanh(x*y) + sigmoid(x)/exp(y) - log(x^2 + 1) * relu(y + 2)",
        "x=2, y=3: x/y - y^-2 + (x*y)^0.5 - x·y÷(x−y×x)",
        "a=0.7: a*a*a - 1/a",
    ],
)
def test_gradients_equal_central_differences(text):
    parsed = parse_expression(text)
    grads = _grads(parsed)
    h = 1e-6
    for name, leaf in parsed.inputs.items():
        x0 = leaf.data
        leaf.data = x0 + h
        f_plus = forward_steps(parsed.root)[-1].result
        leaf.data = x0 - h
        f_minus = forward_steps(parsed.root)[-1].result
        leaf.data = x0
        assert grads[name] == pytest.approx((f_plus - f_minus) / (2 * h), rel=1e-7, abs=1e-9)


# -- precedence and associativity ---------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("2^3^2", 512.0),  # right-associative: 2^(3^2)
        ("2**3**2", 512.0),
        ("(2^3)^2", 64.0),
        ("x=2: -x^2", -4.0),  # the minus binds looser than the power, as in maths
        ("-2^2", -4.0),
        ("(-2)^2", 4.0),
        ("2^-1", 0.5),
        ("1-2-3", -4.0),  # left-associative
        ("8/4/2", 1.0),
        ("2+3*4", 14.0),
        ("2*3^2", 18.0),
        ("-2*3", -6.0),
        ("1e-3*1000", 1.0),
        (".5 + 1.", 1.5),
        ("6÷3×2−1·2", 2.0),
        ("--3", 3.0),
        ("+3", 3.0),
        ("x=4: x^(1/2)", 2.0),
        ("2^(1+1)^-1", 2.0**0.5),
    ],
)
def test_precedence_and_associativity(text, value):
    assert parse_expression(text).root.data == pytest.approx(value)


def test_minus_power_builds_negation_above_the_power():
    root = parse_expression("x=3: -x^2").root
    assert root.op == "neg" and root.parents[0].op == "pow" and root.parents[0].param == 2.0


def test_a_constant_exponent_is_a_number_on_the_power_node_not_nodes():
    parsed = parse_expression("x=4: x^(1/2)")
    assert parsed.root.op == "pow" and parsed.root.param == 0.5
    assert len(topological_order(parsed.root)) == 2  # x and x^0.5: no 1, 2 or "/" nodes
    assert _grads(parsed)["x"] == pytest.approx(0.25)


def test_unary_plus_adds_no_node():
    parsed = parse_expression("x=1: +x")
    assert parsed.root is parsed.inputs["x"]


def test_labels_names_and_constants():
    parsed = parse_expression("x=1, y=-2.5, unused=7: 1e-3 * x + y")
    assert list(parsed.inputs) == ["x", "y", "unused"]
    assert [v.label for v in parsed.inputs.values()] == ["x", "y", "unused"]
    assert parsed.inputs["y"].data == -2.5
    leaves = [n for n in topological_order(parsed.root) if not n.parents]
    assert [n.label for n in leaves] == ["1e-3", "x", "y"]
    assert parsed.inputs["unused"] not in leaves


def test_full_width_and_japanese_names():
    parsed = parse_expression("りんご＝１００，個数＝２：りんご×個数")
    assert parsed.root.data == 200.0
    assert _grads(parsed) == {"りんご": 2.0, "個数": 100.0}


def test_values_may_be_constant_expressions():
    parsed = parse_expression("x = -1/4, y = 2^3: x*y")
    assert parsed.inputs["x"].data == -0.25 and parsed.inputs["y"].data == 8.0


def test_a_long_sum_and_deep_but_allowed_nesting_work():
    text = "x=1: " + "+".join(["x"] * 3000)
    parsed = parse_expression(text)
    assert parsed.root.data == 3000.0
    assert _grads(parsed)["x"] == 3000.0
    nested = "(" * (MAX_DEPTH - 1) + "1" + ")" * (MAX_DEPTH - 1)
    assert parse_expression(nested).root.data == 1.0


# -- refusals, each at its column ---------------------------------------------------------

ERRORS = [
    ("", "empty", 1),
    ("   ", "empty", 4),
    ("x=3:", "empty", 5),
    ("x=3:  ", "empty", 7),
    ("x=3: x+", "ends", 8),
    ("x=3: (x+1", "close", 10),
    ("x=3: x+1)", "stray_close", 9),
    ("x=3: x y", "operator", 8),
    ("2x", "operator", 2),
    ("x=3: x(2)", "operator", 7),
    ("sin(1)", "function", 1),
    ("__import__(1)", "function", 1),
    ("open('f')", "character", 6),
    ("1 + exp", "needs_parens", 5),
    ("x=2: x + y", "no_value", 10),
    ("x=1, x=2: x", "duplicate", 6),
    ("x=2: 2^x", "exponent", 8),
    ("x=2: 2^(1+x)", "exponent", 11),
    ("x=-1: log(x)", "log", 7),
    ("log(0)", "log", 1),
    ("x=0: 1/x", "division", 7),
    ("2 # 3", "character", 3),
    ("1.2.3", "number", 1),
    ("x=1: 1e+", "number", 6),
    ("x=3 y=2: x", "binding_end", 5),
    ("exp=3: 1", "reserved", 1),
    ("x=y: x", "constant_value", 3),
    ("x=3: x=2", "equals", 7),
    ("x=3", "equals", 2),
    ("x+y=3", "equals", 4),
    ("1 = 2", "equals", 3),
    ("exp(1, 2)", "one_argument", 6),
    ("(-8)^0.5", "negative_power", 5),
    ("0^-1", "zero_power", 2),
    ("exp(1000)", "too_large", 1),
    ("1e400", "too_large", 1),
    ("x=1e200: x*x", "too_large", 11),
    ("2 * / 3", "unexpected", 5),
    (":x", "binding_name", 1),
    ("x=3,: x", "binding_name", 5),
    ("x: x", "binding_equals", 2),
    ("x=: x", "unexpected", 3),
    ("x=3: x:", "stray", 7),
    ("×3", "unexpected", 1),
    ("x=3: x × )", "unexpected", 10),
    ("(" * (MAX_DEPTH + 5) + "1" + ")" * (MAX_DEPTH + 5), "nested", MAX_DEPTH + 1),
]


@pytest.mark.parametrize("text, key, column", ERRORS)
def test_each_error_names_its_column(text, key, column):
    with pytest.raises(ExpressionError) as info:
        parse_expression(text)
    err = info.value
    assert (err.key, err.column) == (key, column), str(err)
    assert err.template == MESSAGES[key]
    assert str(err) == err.template.format(**err.values)
    assert isinstance(err, ValueError)


def test_every_message_is_reachable_by_a_test():
    assert {key for _, key, _ in ERRORS} == set(MESSAGES)


def test_messages_show_the_text_as_typed():
    with pytest.raises(ExpressionError) as info:
        parse_expression("x=3: x ÷ ×")
    assert info.value.values == {"text": "×"}
    assert str(info.value) == "Expected a number, a name or '(' but found '×'."


def test_an_error_translates_its_template_and_keeps_values():
    with pytest.raises(ExpressionError) as info:
        parse_expression("x=1: x + apple")
    err = info.value
    assert err.values == {"name": "apple"}
    table = {MESSAGES["no_value"]: "{name} の値がありません。"}
    assert err.message(lambda context, s: table.get(s, s) if context == "expression" else s) == (
        "apple の値がありません。"
    )
    assert err.message() == "No value given for apple."


def test_no_value_is_ever_infinite_or_nan_in_a_parsed_graph():
    # Overflow in a local derivative (not only in the value) is refused too.
    with pytest.raises(ExpressionError) as info:
        parse_expression("x=1e-200: 1/x")  # 1e200, but d/dx = -1e400
    assert info.value.key == "too_large"
    parsed = parse_expression("x=2: sigmoid(-1000) + tanh(1000) + relu(-x)")
    assert all(math.isfinite(n.data) for n in topological_order(parsed.root))
    assert isinstance(parsed.root, Value)
