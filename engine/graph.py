"""A scalar computational graph for the backpropagation lesson.

Every :class:`Value` is one node of the graph: a float, the operation that made
it and the operands (its *parents*) in the order they were written. Each node
also keeps the *local derivative* of itself with respect to each parent, because
the graph view shows backprop the way the book draws it: on every edge,
``upstream × local = downstream``.

``backward`` walks the graph in reverse topological order without recursion, so
a chain of many thousands of nodes is fine, and accumulates with ``+=`` so a
value used twice receives both contributions.

Examples
--------
>>> root, nodes = apple_graph()
>>> round(root.data, 6)
220.0
>>> root.backward()
>>> round(nodes["apple"].grad, 6)
2.2
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from numbers import Real

# An op turns the parents' data (and an optional number, the exponent of
# "pow") into the node's data and the local derivative w.r.t. each parent.
# One table serves both building a node and recomputing it after a leaf is edited.
_OpFn = Callable[[tuple[float, ...], float | None], tuple[float, tuple[float, ...]]]


def _pow(xs: tuple[float, ...], n: float | None) -> tuple[float, tuple[float, ...]]:
    (a,) = xs
    assert n is not None
    if a < 0 and not float(n).is_integer():
        raise ValueError(f"cannot raise a negative number ({a:g}) to a non-integer power ({n:g})")
    if a == 0 and n < 1:
        raise ValueError(f"0 to the power {n:g} has no finite derivative")
    return a**n, (n * a ** (n - 1),)


def _exp(xs: tuple[float, ...], _: float | None) -> tuple[float, tuple[float, ...]]:
    e = math.exp(xs[0])
    return e, (e,)


def _log(xs: tuple[float, ...], _: float | None) -> tuple[float, tuple[float, ...]]:
    (a,) = xs
    if a <= 0:
        raise ValueError(f"log needs a positive number, got {a:g}")
    return math.log(a), (1.0 / a,)


def _divide(xs: tuple[float, ...], _: float | None) -> tuple[float, tuple[float, ...]]:
    a, b = xs
    if b == 0:
        raise ZeroDivisionError(f"division of {a:g} by zero")
    return a / b, (1.0 / b, -a / (b * b))


def _tanh(xs: tuple[float, ...], _: float | None) -> tuple[float, tuple[float, ...]]:
    t = math.tanh(xs[0])
    return t, (1.0 - t * t,)


def _sigmoid(xs: tuple[float, ...], _: float | None) -> tuple[float, tuple[float, ...]]:
    (a,) = xs
    # Two branches so that exp never overflows for large |a|.
    if a >= 0:
        s = 1.0 / (1.0 + math.exp(-a))
    else:
        e = math.exp(a)
        s = e / (1.0 + e)
    return s, (s * (1.0 - s),)


def _relu(xs: tuple[float, ...], _: float | None) -> tuple[float, tuple[float, ...]]:
    (a,) = xs
    # At exactly 0 the derivative is taken as 0, as in the book's Relu layer.
    return (a if a > 0 else 0.0), ((1.0 if a > 0 else 0.0),)


OPS: dict[str, _OpFn] = {
    "+": lambda xs, _: (xs[0] + xs[1], (1.0, 1.0)),
    "-": lambda xs, _: (xs[0] - xs[1], (1.0, -1.0)),
    "*": lambda xs, _: (xs[0] * xs[1], (xs[1], xs[0])),
    "/": _divide,
    "neg": lambda xs, _: (-xs[0], (-1.0,)),
    "pow": _pow,
    "exp": _exp,
    "log": _log,
    "tanh": _tanh,
    "sigmoid": _sigmoid,
    "relu": _relu,
}

#: How each op is drawn in the small bubble in front of a node.
OP_SYMBOLS: dict[str, str] = {
    "": "", "+": "+", "-": "\u2212", "*": "\u00d7", "/": "\u00f7", "neg": "\u2212", "pow": "^",
    "exp": "exp", "log": "log", "tanh": "tanh", "sigmoid": "\u03c3", "relu": "ReLU",
}  # fmt: skip


class Value:
    """One scalar node of a computational graph.

    Nodes compare and hash by identity, so they can be dictionary keys (see
    :func:`layout`) even when two nodes hold the same number.

    Attributes
    ----------
    data : float
        The value computed in the forward pass.
    grad : float
        d(root) / d(this node) after :meth:`backward` on a root; 0.0 before.
    op : str
        The operation that made this node, a key of :data:`OPS`; ``""`` for a leaf.
    parents : tuple of Value
        The operands, in the order they were written (``a - b`` gives ``(a, b)``).
    local_grads : tuple of float
        d(this node) / d(parent) for each parent, same order as ``parents``.
    label : str
        Optional display name, e.g. ``"apple"``.
    param : float or None
        The exponent for ``"pow"``; None for every other op.
    """

    __slots__ = ("data", "grad", "op", "parents", "local_grads", "label", "param")

    def __init__(self, data: float, label: str = "") -> None:
        if not isinstance(data, Real) or isinstance(data, bool):
            raise TypeError(f"a Value holds a real number, not {type(data).__name__}")
        self.data = float(data)
        self.grad = 0.0
        self.op = ""
        self.parents: tuple[Value, ...] = ()
        self.local_grads: tuple[float, ...] = ()
        self.label = label
        self.param: float | None = None

    @classmethod
    def _apply(cls, op: str, parents: tuple[Value, ...], param: float | None = None) -> Value:
        data, local = OPS[op](tuple(p.data for p in parents), param)
        out = cls(data)
        out.op, out.parents, out.local_grads, out.param = op, parents, local, param
        return out

    def named(self, label: str) -> Value:
        """Set the display label and return this node (for building graphs inline)."""
        self.label = label
        return self

    @property
    def symbol(self) -> str:
        """The op as drawn in the graph view: ``"×"``, ``"+"``, ``"^2"``, ``""`` for a leaf."""
        if self.op == "pow":
            return f"^{self.param:g}"
        return OP_SYMBOLS[self.op]

    def __repr__(self) -> str:
        name = f", label={self.label!r}" if self.label else ""
        return f"Value(data={self.data:g}, grad={self.grad:g}, op={self.op!r}{name})"

    # -- operators ---------------------------------------------------------------
    # A plain number operand becomes a constant leaf so that it shows in the graph.

    def __add__(self, other: Value | float) -> Value:
        return Value._apply("+", (self, _as_value(other)))

    def __radd__(self, other: float) -> Value:
        return Value._apply("+", (_as_value(other), self))

    def __sub__(self, other: Value | float) -> Value:
        return Value._apply("-", (self, _as_value(other)))

    def __rsub__(self, other: float) -> Value:
        return Value._apply("-", (_as_value(other), self))

    def __mul__(self, other: Value | float) -> Value:
        return Value._apply("*", (self, _as_value(other)))

    def __rmul__(self, other: float) -> Value:
        return Value._apply("*", (_as_value(other), self))

    def __truediv__(self, other: Value | float) -> Value:
        return Value._apply("/", (self, _as_value(other)))

    def __rtruediv__(self, other: float) -> Value:
        return Value._apply("/", (_as_value(other), self))

    def __neg__(self) -> Value:
        return Value._apply("neg", (self,))

    def __pow__(self, exponent: float) -> Value:
        if not isinstance(exponent, Real) or isinstance(exponent, bool):
            raise TypeError("the exponent of a Value must be a plain number")
        return Value._apply("pow", (self,), float(exponent))

    def exp(self) -> Value:
        return Value._apply("exp", (self,))

    def log(self) -> Value:
        return Value._apply("log", (self,))

    def tanh(self) -> Value:
        return Value._apply("tanh", (self,))

    def sigmoid(self) -> Value:
        return Value._apply("sigmoid", (self,))

    def relu(self) -> Value:
        return Value._apply("relu", (self,))

    # -- gradients ---------------------------------------------------------------

    def backward(self, seed: float = 1.0) -> None:
        """Fill ``grad`` of every node this one depends on.

        Grads of the whole graph are reset first, so running backward twice
        gives the same numbers (within one pass contributions accumulate).
        """
        backward_steps(self, seed)

    def zero_grad(self) -> None:
        """Set ``grad`` to 0 on this node and every node it depends on."""
        for node in topological_order(self):
            node.grad = 0.0


def _as_value(x: Value | float) -> Value:
    if isinstance(x, Value):
        return x
    if isinstance(x, Real) and not isinstance(x, bool):
        return Value(float(x))
    raise TypeError(f"cannot combine a Value with {type(x).__name__}")


# -- walking the graph ---------------------------------------------------------


def topological_order(root: Value) -> list[Value]:
    """Every node ``root`` depends on, inputs first, ``root`` last.

    Depth-first over parents in operand order, with an explicit stack so deep
    graphs never reach Python's recursion limit. The order is the same every
    time for the same graph.
    """
    order: list[Value] = []
    seen = {id(root)}
    stack = [(root, iter(root.parents))]
    while stack:
        node, pending = stack[-1]
        for parent in pending:
            if id(parent) not in seen:
                seen.add(id(parent))
                stack.append((parent, iter(parent.parents)))
                break
        else:
            stack.pop()
            order.append(node)
    return order


@dataclass(frozen=True)
class ForwardStep:
    """One node recomputed: ``result = op(inputs)``; inputs in operand order."""

    node: Value
    inputs: tuple[float, ...]
    result: float


@dataclass(frozen=True)
class EdgeGrad:
    """What flows down one edge in backprop.

    ``contribution = upstream × local``; ``accumulated`` is the parent's grad
    right after adding it (differs from ``contribution`` for a value used twice).
    """

    parent: Value
    local: float
    contribution: float
    accumulated: float


@dataclass(frozen=True)
class BackwardStep:
    """One node in backprop: its final grad (``upstream``) sent to each parent."""

    node: Value
    upstream: float
    edges: tuple[EdgeGrad, ...]


def forward_steps(root: Value) -> list[ForwardStep]:
    """Recompute every node from its parents, inputs first, and record each step.

    Call after editing a leaf's ``data`` to update the whole graph.
    """
    steps = []
    for node in topological_order(root):
        inputs = tuple(p.data for p in node.parents)
        if node.op:
            node.data, node.local_grads = OPS[node.op](inputs, node.param)
        steps.append(ForwardStep(node, inputs, node.data))
    return steps


def backward_steps(root: Value, seed: float = 1.0) -> list[BackwardStep]:
    """Run backprop from ``root`` and record it one node at a time.

    Returns one step per node, output first, leaves last (with no edges). Sets
    ``grad`` on every node exactly as :meth:`Value.backward` does.
    """
    order = topological_order(root)
    for node in order:
        node.grad = 0.0
    root.grad = float(seed)
    steps = []
    for node in reversed(order):
        edges = []
        for parent, local in zip(node.parents, node.local_grads, strict=True):
            contribution = node.grad * local
            parent.grad += contribution
            edges.append(EdgeGrad(parent, local, contribution, parent.grad))
        steps.append(BackwardStep(node, node.grad, tuple(edges)))
    return steps


def layout(root: Value, *, inputs_first: bool = True) -> dict[Value, tuple[int, int]]:
    """Grid positions ``(column, row)`` for drawing the graph left to right.

    A node's column is one more than its furthest parent's, so every edge
    points right. With ``inputs_first`` every leaf sits in column 0; otherwise a
    leaf sits just left of the first node that uses it (shorter edges, like the
    book's figures where the tax enters at the last multiplication). Rows count
    down each column in topological order, so the layout is stable.
    """
    order = topological_order(root)
    column: dict[int, int] = {}
    for node in order:
        column[id(node)] = 1 + max((column[id(p)] for p in node.parents), default=-1)
    if not inputs_first:
        consumers_col: dict[int, int] = {}
        for node in order:
            for p in node.parents:
                c = consumers_col.get(id(p), column[id(node)])
                consumers_col[id(p)] = min(c, column[id(node)])
        for node in order:
            if not node.parents and id(node) in consumers_col:
                column[id(node)] = consumers_col[id(node)] - 1
    rows: dict[int, int] = {}
    positions = {}
    for node in order:
        col = column[id(node)]
        positions[node] = (col, rows.get(col, 0))
        rows[col] = rows.get(col, 0) + 1
    return positions


# -- the lesson's graphs ---------------------------------------------------------


def apple_graph() -> tuple[Value, dict[str, Value]]:
    """Buying apples: 2 apples at 100 each with 10 % tax, 220 in total.

    Returns the root and the named nodes ``apple, apple_count, apple_price, tax, price``.
    """
    apple = Value(100.0, "apple")
    apple_count = Value(2.0, "apple count")
    tax = Value(1.1, "tax")
    apple_price = (apple * apple_count).named("apple price")
    price = (apple_price * tax).named("price")
    return price, dict(apple=apple, apple_count=apple_count, apple_price=apple_price, tax=tax, price=price)


def apple_orange_graph() -> tuple[Value, dict[str, Value]]:
    """2 apples at 100 and 3 oranges at 150 with 10 % tax: 715 in total.

    Returns the root and the named nodes ``apple, apple_count, orange,
    orange_count, tax, apple_price, orange_price, all_price, price``.
    """
    apple = Value(100.0, "apple")
    apple_count = Value(2.0, "apple count")
    orange = Value(150.0, "orange")
    orange_count = Value(3.0, "orange count")
    tax = Value(1.1, "tax")
    apple_price = (apple * apple_count).named("apple price")
    orange_price = (orange * orange_count).named("orange price")
    all_price = (apple_price + orange_price).named("all price")
    price = (all_price * tax).named("price")
    named = (apple, apple_count, orange, orange_count, tax, apple_price, orange_price, all_price, price)
    keys = ("apple", "apple_count", "orange", "orange_count", "tax")
    keys += ("apple_price", "orange_price", "all_price", "price")
    return price, dict(zip(keys, named, strict=True))


def chain_rule_graph(x: float = 1.0, y: float = 2.0) -> tuple[Value, dict[str, Value]]:
    """The chain rule example ``z = t**2, t = x + y``, so ``dz/dx = 2t · 1``.

    Returns the root ``z`` and the named nodes ``x, y, t, z``.
    """
    xv = Value(x, "x")
    yv = Value(y, "y")
    t = (xv + yv).named("t")
    z = (t**2).named("z")
    return z, dict(x=xv, y=yv, t=t, z=z)
