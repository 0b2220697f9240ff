"""The words and numbers a graph box or edge shows at the current step (no Qt).

Every number goes through :func:`playground.views.numbers.fmt`, so the book's
``220.00000000000003`` reads ``220`` as in every other view. A box's text is
a list of lines, each a list of cells (a matrix row has several), so the
canvas can right-align the columns of a matrix.

``boxes_final`` gives what a box will show once every step is taken: the
canvas sizes boxes for it, so nothing moves while the learner steps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.views.graph.graph_model import GraphModel, as_array
from playground.views.numbers import fmt, fmt_signed

#: A vector shows at most this many entries (then "⋮" and the last one).
MAX_ROWS = 8
#: A matrix shows at most this many columns (then "…").
MAX_COLS = 4
#: Inline vectors show at most this many entries (on an edge: EDGE_INLINE).
MAX_INLINE = 4
EDGE_INLINE = 2

Lines = list[list[str]]


@dataclass(frozen=True)
class BoxText:
    """What one box shows: its name, the value's lines and the gradient's lines.

    Attributes
    ----------
    name : str
    note : str
    data : Lines
        ``[["?"]]`` while the forward pass has not reached the node.
    grad : Lines
        Empty before the backward pass; the terms of a fan-out as they arrive,
        then their sum.
    data_known, grad_known : bool
        Whether ``data`` / ``grad`` are the node's real numbers (not "?").
    """

    name: str
    note: str
    data: Lines
    grad: Lines
    data_known: bool
    grad_known: bool


def cells(value) -> Lines:
    """A number, vector or matrix as lines of cells, shortened to fit a box."""
    arr = as_array(value)
    if arr is None:
        return [[fmt(value)]]
    if arr.ndim == 1:
        return [[text] for text in _shortened([fmt(v) for v in arr], "⋮")]
    rows = []
    for r in _row_indices(arr.shape[0]):
        if r is None:
            rows.append(["⋮"])
            continue
        row = [fmt(v) for v in arr[r, :MAX_COLS]]
        rows.append(row + (["…"] if arr.shape[1] > MAX_COLS else []))
    return rows


def _row_indices(n: int) -> list[int | None]:
    return list(range(n)) if n <= MAX_ROWS else list(range(MAX_ROWS - 2)) + [None, n - 1]


def _shortened(texts: list[str], gap: str) -> list[str]:
    if len(texts) <= MAX_ROWS:
        return texts
    return texts[: MAX_ROWS - 2] + [gap, texts[-1]]


def inline(value, entries: int = MAX_INLINE) -> str:
    """A short one-line form: ``0.25``, ``(0.1, −0.2, …)``, ``2×4`` (a matrix by its shape)."""
    arr = as_array(value)
    if arr is None:
        return fmt(value)
    if arr.ndim > 1:
        return "×".join(str(n) for n in arr.shape)
    shown = ", ".join(fmt(v) for v in arr[:entries])
    return f"({shown}{', …' if arr.size > entries else ''})"


def full(value) -> str:
    """Every entry, for a tooltip."""
    arr = as_array(value)
    if arr is None:
        return fmt(value)
    if arr.ndim == 1:
        return "(" + ", ".join(fmt(v) for v in arr) + ")"
    return "\n".join("  ".join(fmt(v) for v in row) for row in arr)


def local_text(local) -> str:
    """The local derivative on an edge: ``× 1.1``, ``⊙ (0.9, 0.4)`` or a written rule."""
    if local is None:
        return ""
    if isinstance(local, str):
        return local
    if as_array(local) is not None:
        return "⊙ " + inline(local, EDGE_INLINE)
    return "× " + fmt(local)


def edge_lines(model: GraphModel, child: int, k: int, final: bool = False) -> list[str]:
    """The label on the edge from ``child``'s ``k``-th parent, or [] if nothing was sent yet."""
    node = model.nodes[child]
    if not node.sent or not (final or model.edge_sent(child)):
        return []
    return [local_text(node.local[k]), "= " + inline(node.sent[k], EDGE_INLINE)]


def box_text(model: GraphModel, i: int, name: str, final: bool = False) -> BoxText:
    """What box ``i`` shows at the model's position (or at the end, with ``final``)."""
    node = model.nodes[i]
    known = final or model.data_known(i)
    data = cells(node.data) if known else [["?"]]
    grad: Lines = []
    grad_known = False
    receives = model.n_terms(i)
    if model.root is not None and receives and (final or model.backward > 0):
        terms = model.final_terms(i) if final else model.grad_terms(i)
        if receives > 1 and as_array(node.data) is None:
            grad = [[fmt_signed(t)] for t in terms] + [["+ ?"]] * (receives - len(terms))
            if len(terms) == receives:
                total = node.grad if final else model.grad_so_far(i)
                grad.append(["= " + fmt(total)])
                grad_known = True
        elif terms:
            grad, grad_known = cells(model.grad_so_far(i) if not final else node.grad), True
        else:
            grad = [["?"]]
    return BoxText(name, node.note, data, grad, known, grad_known)


def gradient_of(model: GraphModel, name: str):
    """``∂L/∂(name)`` as the view shows it so far (None if not reached), for tests and tooltips."""
    i = model.index(name)
    if not model.grad_complete(i):
        return None
    value = model.grad_so_far(i)
    return np.array(value) if as_array(value) is not None else float(value)
