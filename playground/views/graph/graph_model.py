"""What the computational-graph view shows, one step at a time (no Qt).

A :class:`GraphModel` is a list of value nodes in topological order (parents
first). Each node holds its forward value (a number, a vector or a matrix),
the operation that made it, its parents in operand order, the *local
derivative* with respect to each parent, and, once the whole backward pass is
known, what it sends down each edge (``upstream × local``) and its final
gradient. The view reveals these step by step:

* forward: one operation node at a time, inputs first (leaves are known from
  the start);
* backward: first the seed ``∂L/∂L = 1`` at the root, then one operation
  node at a time from the root towards the inputs, each sending its gradient
  times the local derivative to every parent. A value used twice (a fan-out)
  receives several terms, summed as they arrive, exactly like ``+=`` in
  :func:`engine.graph.backward_steps`.

The builders :func:`from_values` (engine :class:`~engine.graph.Value` graphs:
the book's examples, typed expressions, a small network's scalars) and
:mod:`playground.views.graph.network_graph` (a network layer by layer) fill it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from engine.graph import OP_SYMBOLS, Value, backward_steps, topological_order

#: Bubble text of ops the engine's table does not draw (custom nodes of the network graph).
EXTRA_SYMBOLS = {"sum": "+", "softmax_loss": "Softmax\nwith Loss", "mse_loss": "½ Σ(y−t)²",
                 "softmax": "Softmax", "leaky_relu": "Leaky\nReLU", "linear": "id",
                 "step": "step", "bn": "BN"}


@dataclass
class GraphNode:
    """One value of the graph and the operation that made it.

    Attributes
    ----------
    name : str
        Shown at the top of the box (``"apple"``, ``"W1[1,2]"``); may be empty.
    data : float or ndarray
        The forward value: a number, a vector ``(n,)`` or a matrix ``(r, c)``.
    op : str
        The bubble's text in front of the box; ``""`` for a leaf.
    parents : tuple of int
        Indices of the operands, in operand order (a node may appear twice: ``x*x``).
    local : tuple
        The local derivative ``∂(this)/∂(parent)`` per parent: a number, an
        array or a short text (``"·W2ᵀ"``) for the layer graph.
    sent : tuple
        ``upstream × local`` per parent, what backprop sends down each edge;
        empty when there is no backward pass (no target).
    grad : float or ndarray or None
        ``∂L/∂(this)`` after the whole backward pass; None without one.
    role : str
        ``"input"``, ``"param"``, ``"const"``, ``"value"`` or ``"loss"`` (colours).
    translatable : bool
        ``name`` is English text to translate (the book's graphs), not a symbol.
    note : str
        A short extra line under the name (e.g. the target ``t``).
    formula : str
        How the layer graph writes the operation (``"a1 = x·W1 + b1"``); empty
        for scalar nodes, whose formula the view words from the operands.
    """

    name: str
    data: object
    op: str = ""
    parents: tuple[int, ...] = ()
    local: tuple = ()
    sent: tuple = ()
    grad: object = None
    role: str = "value"
    translatable: bool = False
    note: str = ""
    formula: str = ""


@dataclass
class GraphModel:
    """A graph and how far the learner has stepped through it.

    Attributes
    ----------
    nodes : list of GraphNode
        Topological order: every parent before its children.
    root : int or None
        The node whose gradient is seeded with 1 (the loss); None when there is
        no backward pass (a network point without a target).
    forward : int
        Operation nodes computed so far (0 … :attr:`n_forward`).
    backward : int
        Backward steps taken (0 … :attr:`n_backward`); only after the whole forward.
    kind : str
        Which graph this is (the view's choice), for keeping positions.
    """

    nodes: list[GraphNode]
    root: int | None
    forward: int = 0
    backward: int = 0
    kind: str = ""
    consumers: list[list[tuple[int, int]]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.consumers = [[] for _ in self.nodes]
        for child, node in enumerate(self.nodes):
            for k, parent in enumerate(node.parents):
                self.consumers[parent].append((child, k))
        self.ops = [i for i, n in enumerate(self.nodes) if n.op]
        self._op_position = {i: k for k, i in enumerate(self.ops)}
        root = None if self.root is None else self.nodes[self.root]
        if root is not None and root.parents and not root.sent:
            self.root = None  # no backward pass was computed

    # -- positions ---------------------------------------------------------------
    @property
    def n_forward(self) -> int:
        """Forward steps: one per operation node."""
        return len(self.ops)

    @property
    def n_backward(self) -> int:
        """The seed plus one step per operation node; 0 without a backward pass."""
        return 0 if self.root is None else 1 + len(self.ops)

    @property
    def forward_done(self) -> bool:
        """Every operation node is computed."""
        return self.forward >= self.n_forward

    @property
    def done(self) -> bool:
        """Forward and backward passes are complete."""
        return self.forward_done and self.backward >= self.n_backward

    def step_forward(self) -> bool:
        """Compute the next operation node; False when the forward pass is complete."""
        if self.forward_done:
            return False
        self.forward += 1
        return True

    def step_backward(self) -> bool:
        """Take the next backward step; False before the forward end or at the inputs."""
        if not self.forward_done or self.backward >= self.n_backward:
            return False
        self.backward += 1
        return True

    def run_all(self) -> None:
        """Jump to the end: every value and gradient known."""
        self.forward, self.backward = self.n_forward, self.n_backward

    def reset(self) -> None:
        """Back to the start: only the leaves known."""
        self.forward = self.backward = 0

    def restore(self, forward: int, backward: int) -> None:
        """Take over another model's position (new numbers, same stepping place)."""
        self.forward = max(0, min(forward, self.n_forward))
        self.backward = max(0, min(backward, self.n_backward)) if self.forward_done else 0

    # -- what is known at this position -----------------------------------------------
    def backward_order(self) -> list[int]:
        """Operation nodes in the order they send their gradients (root first)."""
        return list(reversed(self.ops))

    def sent_by(self) -> list[int]:
        """Nodes that have sent their gradient to their parents so far, in order."""
        return self.backward_order()[: max(0, self.backward - 1)]

    def _received(self) -> dict[int, list]:
        """Node -> the terms it has received at this position (cached per position)."""
        key = (self.backward, self.forward)
        if getattr(self, "_cache_key", None) != key:
            received: dict[int, list] = {}
            if self.backward > 0 and self.root is not None:
                received[self.root] = [1.0]
            sent = self.sent_by()
            for child in sent:
                node = self.nodes[child]
                for k, parent in enumerate(node.parents):
                    received.setdefault(parent, []).append(node.sent[k])
            self._cache_key, self._cache, self._sent = key, received, set(sent)
        return self._cache

    def current(self) -> tuple[str, int] | None:
        """``("forward", node)``, ``("seed", root)``, ``("backward", node)`` or None."""
        if self.backward > 0:
            if self.backward == 1:
                return "seed", self.root
            return "backward", self.backward_order()[self.backward - 2]
        if self.forward > 0:
            return "forward", self.ops[self.forward - 1]
        return None

    def data_known(self, i: int) -> bool:
        """Whether node ``i``'s forward value is computed at this position."""
        return not self.nodes[i].op or self._op_position[i] < self.forward

    def grad_terms(self, i: int) -> list:
        """The gradient terms node ``i`` has received so far, in arrival order."""
        return list(self._received().get(i, ()))

    def n_terms(self, i: int) -> int:
        """How many gradient terms node ``i`` receives in the whole backward pass."""
        return len(self.consumers[i]) + (1 if i == self.root else 0)

    def grad_complete(self, i: int) -> bool:
        """Whether node ``i`` has received every gradient term."""
        return self.backward > 0 and len(self.grad_terms(i)) == self.n_terms(i)

    def grad_so_far(self, i: int):
        """The sum of the terms received (as ``+=`` adds them), or None if none yet."""
        terms = self.grad_terms(i)
        if not terms:
            return None
        total = terms[0]
        for term in terms[1:]:
            total = total + term
        return total

    def final_terms(self, i: int) -> list:
        """Every gradient term node ``i`` receives in the whole backward pass (cached)."""
        if getattr(self, "_final", None) is None:
            final: dict[int, list] = {} if self.root is None else {self.root: [1.0]}
            for child in self.backward_order():
                node = self.nodes[child]
                for k, parent in enumerate(node.parents):
                    if node.sent:
                        final.setdefault(parent, []).append(node.sent[k])
            self._final = final
        return list(self._final.get(i, ()))

    def edge_sent(self, child: int) -> bool:
        """Whether ``child`` has already sent its gradient down its edges."""
        self._received()
        return child in self._sent

    def index(self, name: str) -> int:
        """The node called ``name`` (the first one, if several share it)."""
        for i, node in enumerate(self.nodes):
            if node.name == name:
                return i
        raise KeyError(name)


def symbol(value: Value) -> str:
    """The bubble text of an engine node: ``"×"``, ``"^2"``, ``"tanh"`` …"""
    if value.op == "pow":
        return f"^{value.param:g}"
    return EXTRA_SYMBOLS.get(value.op) or OP_SYMBOLS.get(value.op, value.op)


def from_values(roots: list[Value], *, translatable: bool = False, seed: bool = True,
                roles: dict[int, str] | None = None, kind: str = "") -> GraphModel:
    """A model of the engine graph(s) ending at ``roots``.

    Parameters
    ----------
    roots : list of Value
        The outputs; with ``seed`` the first one is the loss backprop starts from.
    translatable : bool
        Node labels are English words (the book's graphs) to translate.
    seed : bool
        Run :func:`engine.graph.backward_steps` from ``roots[0]`` and keep what
        every edge sends; otherwise the graph has no backward pass.
    roles : dict, optional
        ``{id(value): role}`` for colouring; leaves default to ``"input"`` (a
        leaf whose label is its own number is a ``"const"``).
    """
    order: list[Value] = []
    seen: set[int] = set()
    for root in roots:
        for v in topological_order(root):
            if id(v) not in seen:
                seen.add(id(v))
                order.append(v)
    index = {id(v): k for k, v in enumerate(order)}
    sent: dict[int, tuple] = {}
    if seed:
        for step in backward_steps(roots[0]):
            sent[id(step.node)] = tuple(e.contribution for e in step.edges)
    roles = roles or {}
    nodes = []
    for v in order:
        role = roles.get(id(v))
        if role is None:
            role = ("const" if _is_number(v.label) else "input") if not v.op else "value"
        name = "" if role == "const" else v.label
        nodes.append(GraphNode(
            name=name, data=v.data, op=symbol(v) if v.op else "",
            parents=tuple(index[id(p)] for p in v.parents), local=tuple(v.local_grads),
            sent=sent.get(id(v), ()), grad=v.grad if seed else None, role=role,
            translatable=translatable and bool(name)))
    return GraphModel(nodes, index[id(roots[0])] if seed else None, kind=kind)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def as_array(value) -> np.ndarray | None:
    """``value`` as an array when it is a vector or matrix, else None (a number)."""
    if isinstance(value, np.ndarray) and value.ndim > 0:
        return value
    return None
