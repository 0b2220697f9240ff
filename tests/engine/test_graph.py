"""The scalar computational graph: the book's numbers, gradients, and GUI helpers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.graph import (
    Value,
    apple_graph,
    apple_orange_graph,
    backward_steps,
    chain_rule_graph,
    forward_steps,
    layout,
    topological_order,
)

approx = pytest.approx


# -- the book's examples ---------------------------------------------------------


def test_apple_forward_is_220_with_float_noise():
    root, _ = apple_graph()
    assert root.data == approx(220.0)
    assert root.data != 220.0  # the book's point: floating point gives 220.00000000000003
    assert round(root.data, 10) == 220.0


def test_apple_backward_matches_the_book():
    root, n = apple_graph()
    root.backward()
    assert root.grad == 1.0
    assert n["apple_price"].grad == approx(1.1)
    assert n["tax"].grad == approx(200.0)
    assert n["apple"].grad == approx(2.2)
    assert n["apple_count"].grad == approx(110.0)


def test_apple_orange_forward_and_backward_match_the_book():
    root, n = apple_orange_graph()
    assert root.data == approx(715.0)
    root.backward()
    assert n["tax"].grad == approx(650.0)
    assert n["all_price"].grad == approx(1.1)
    assert n["apple"].grad == approx(2.2)
    assert n["apple_count"].grad == approx(110.0)
    assert n["orange"].grad == approx(3.3)
    assert n["orange_count"].grad == approx(165.0)


@pytest.mark.parametrize("x, y", [(1.0, 2.0), (-0.5, 3.0), (2.0, -7.0)])
def test_chain_rule_dz_dx_is_2t(x, y):
    root, n = chain_rule_graph(x, y)
    root.backward()
    t = x + y
    assert root.data == approx(t * t)
    assert n["t"].grad == approx(2 * t)
    assert n["x"].grad == approx(2 * t * 1.0)
    assert n["y"].grad == approx(2 * t * 1.0)
    assert n["z"].local_grads == approx((2 * t,))


def test_lesson_graphs_carry_display_labels():
    _, n = apple_orange_graph()
    assert n["apple_count"].label == "apple count"
    assert n["price"].label == "price"
    assert n["apple_price"].symbol == "\u00d7"
    assert n["all_price"].symbol == "+"


# -- every op's gradient against central differences ---------------------------

H = 1e-6


def _numeric(f, *args):
    grads = []
    for i in range(len(args)):
        hi = list(args)
        lo = list(args)
        hi[i] += H
        lo[i] -= H
        grads.append((f(*hi) - f(*lo)) / (2 * H))
    return grads


def _check(build, *args):
    leaves = [Value(a) for a in args]
    out = build(*leaves)
    out.backward()
    expected = _numeric(lambda *xs: build(*[Value(x) for x in xs]).data, *args)
    for leaf, want in zip(leaves, expected, strict=True):
        assert leaf.grad == approx(want, rel=1e-5, abs=1e-6)


moderate = st.floats(-5, 5)
positive = st.floats(0.1, 10)
away_from_zero = st.one_of(st.floats(-10, -0.5), st.floats(0.5, 10))


@settings(max_examples=40, deadline=None)
@given(a=moderate, b=moderate)
def test_add_sub_mul_grads(a, b):
    _check(lambda x, y: x + y, a, b)
    _check(lambda x, y: x - y, a, b)
    _check(lambda x, y: x * y, a, b)


@settings(max_examples=40, deadline=None)
@given(a=moderate, b=away_from_zero)
def test_div_grads(a, b):
    _check(lambda x, y: x / y, a, b)


@settings(max_examples=40, deadline=None)
@given(a=positive, n=st.floats(-3, 3))
def test_pow_grads(a, n):
    _check(lambda x: x**n, a)


@settings(max_examples=40, deadline=None)
@given(a=moderate)
def test_unary_grads(a):
    _check(lambda x: -x, a)
    _check(lambda x: x.exp(), a)
    _check(lambda x: x.tanh(), a)
    _check(lambda x: x.sigmoid(), a)


@settings(max_examples=40, deadline=None)
@given(a=positive)
def test_log_grad(a):
    _check(lambda x: x.log(), a)


@settings(max_examples=40, deadline=None)
@given(a=st.one_of(st.floats(-5, -0.01), st.floats(0.01, 5)))
def test_relu_grad_away_from_the_kink(a):
    _check(lambda x: x.relu(), a)


@settings(max_examples=40, deadline=None)
@given(a=moderate, b=away_from_zero, c=positive)
def test_composite_expression_grads(a, b, c):
    _check(lambda x, y, z: ((x * y + 3) / y - z.log() * x).tanh() + (2 - x).sigmoid() * y, a, b, c)


def test_numbers_on_either_side_become_constant_leaves():
    x = Value(3.0)
    for out, want, dx in [
        (2 + x, 5.0, 1.0),
        (2 - x, -1.0, -1.0),
        (2 * x, 6.0, 2.0),
        (6 / x, 2.0, -6 / 9),
        (x - 2, 1.0, 1.0),
        (x / 2, 1.5, 0.5),
    ]:
        out.backward()
        assert out.data == approx(want)
        assert x.grad == approx(dx)
        assert len(out.parents) == 2
        const = [p for p in out.parents if p is not x][0]
        assert const.op == "" and const.parents == ()


# -- accumulation, order, depth ----------------------------------------------------


def test_value_used_twice_gets_both_contributions():
    a = Value(3.0)
    b = a * a  # d/da = 2a
    b.backward()
    assert a.grad == approx(6.0)
    c = Value(2.0)
    d = c + c * 5  # d/dc = 1 + 5
    d.backward()
    assert c.grad == approx(6.0)


def test_backward_twice_gives_the_same_grads():
    root, n = apple_graph()
    root.backward()
    root.backward()
    assert n["apple"].grad == approx(2.2)


def test_zero_grad_clears_the_whole_graph():
    root, n = apple_orange_graph()
    root.backward()
    root.zero_grad()
    assert all(v.grad == 0.0 for v in n.values())


def test_parents_keep_operand_order():
    a, b = Value(1.0, "a"), Value(2.0, "b")
    assert (a - b).parents == (a, b)
    assert (b - a).parents == (b, a)
    assert (b / a).parents == (b, a)
    assert (a * b).local_grads == (2.0, 1.0)


def test_topological_order_is_inputs_first_and_stable():
    root, n = apple_graph()
    order = topological_order(root)
    assert order == topological_order(root)
    assert order[-1] is root
    assert [v.label for v in order] == ["apple", "apple count", "apple price", "tax", "price"]
    position = {id(v): i for i, v in enumerate(order)}
    for v in order:
        assert all(position[id(p)] < position[id(v)] for p in v.parents)


def test_deep_chain_does_not_hit_the_recursion_limit():
    x = Value(1.0)
    y = x
    for _ in range(10_000):
        y = y * 1.0 + 0.0  # two nodes (plus two constants) per round
    y.backward()
    assert x.grad == 1.0
    assert len(layout(y)) == len(topological_order(y))
    assert len(forward_steps(y)) > 20_000


# -- the activation values the lesson quotes --------------------------------------


def test_activation_known_values():
    assert Value(0.0).tanh().data == 0.0
    assert Value(0.0).sigmoid().data == 0.5
    assert Value(0.0).sigmoid().local_grads == (0.25,)
    assert Value(1.0).tanh().data == approx(math.tanh(1.0))
    assert Value(-3.0).relu().data == 0.0
    assert Value(2.5).relu().data == 2.5
    assert Value(0.0).relu().local_grads == (0.0,)  # the book's choice at the kink
    assert Value(800.0).sigmoid().data == 1.0  # no overflow
    assert Value(-800.0).sigmoid().data == approx(0.0, abs=1e-300)


def test_invalid_operations_say_why():
    with pytest.raises(ValueError, match="positive"):
        Value(-1.0).log()
    with pytest.raises(ZeroDivisionError):
        Value(1.0) / 0.0
    with pytest.raises(ValueError, match="non-integer"):
        Value(-2.0) ** 0.5
    with pytest.raises(TypeError):
        Value(2.0) ** Value(2.0)
    with pytest.raises(TypeError):
        Value("3")  # type: ignore[arg-type]


# -- helpers for the graph view --------------------------------------------------


def test_backward_steps_show_upstream_times_local():
    root, n = apple_graph()
    steps = backward_steps(root)
    assert [s.node for s in steps] == list(reversed(topological_order(root)))
    first = steps[0]
    assert first.node is root and first.upstream == 1.0
    assert [e.parent for e in first.edges] == [n["apple_price"], n["tax"]]
    assert [e.local for e in first.edges] == approx([1.1, 200.0])
    assert [e.contribution for e in first.edges] == approx([1.1, 200.0])
    by_node = {id(s.node): s for s in steps}
    step = by_node[id(n["apple_price"])]
    assert step.upstream == approx(1.1)
    assert [e.contribution for e in step.edges] == approx([2.2, 110.0])
    assert all(s.edges == () for s in steps if not s.node.parents)
    assert n["apple"].grad == approx(2.2)  # also runs the pass


def test_backward_steps_accumulate_for_a_value_used_twice():
    a = Value(3.0)
    b = a * a
    (edge1, edge2) = backward_steps(b)[0].edges
    assert edge1.contribution == edge2.contribution == 3.0
    assert (edge1.accumulated, edge2.accumulated) == (3.0, 6.0)


def test_forward_steps_recompute_after_editing_a_leaf():
    root, n = apple_orange_graph()
    n["apple_count"].data = 4.0
    steps = forward_steps(root)
    assert steps[-1].node is root and steps[-1].result == approx((400 + 450) * 1.1)
    by_node = {id(s.node): s for s in steps}
    assert by_node[id(n["apple_price"])].inputs == (100.0, 4.0)
    root.backward()
    assert n["apple_count"].grad == approx(110.0)
    assert n["apple"].grad == approx(4.4)  # local grads were refreshed too


def test_layout_is_left_to_right_with_inputs_in_column_zero():
    root, n = apple_orange_graph()
    pos = layout(root)
    assert all(pos[n[k]][0] == 0 for k in ("apple", "apple_count", "orange", "orange_count", "tax"))
    assert pos[n["apple_price"]][0] == 1 and pos[n["all_price"]][0] == 2
    assert pos[root] == (3, 0)
    for v in pos:
        assert all(pos[p][0] < pos[v][0] for p in v.parents)
    assert len(set(pos.values())) == len(pos)  # no two nodes share a cell
    assert layout(root) == pos


def test_layout_can_place_leaves_next_to_their_use():
    root, n = apple_graph()
    pos = layout(root, inputs_first=False)
    assert pos[n["tax"]][0] == 1  # beside the final multiplication, like the book's figure
    assert pos[n["apple"]][0] == 0
    assert len(set(pos.values())) == len(pos)
