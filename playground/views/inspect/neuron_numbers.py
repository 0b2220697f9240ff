"""One neuron's numbers for one point, read from a trace: what the inspector writes out.

The deck's two formulas for a neuron, ``a = x₁·w₁ + x₂·w₂ + … + b`` and
``y = h(a)``, need every input ``x_i`` (the previous layer's outputs for the
picked point), the neuron's weights ``w_i`` and bias ``b``, the sum ``a``
and the output ``y``. They are all in an :class:`engine.book.records.Trace`;
this module picks one neuron's share out of it, with no Qt, so tests can check
it against the engine directly. A sum of many terms is shortened to its
largest terms (by size) and the rest, whose sum is kept so the total is exact.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Terms written out one by one; beyond this the largest are shown and the rest summed.
MAX_TERMS = 8
#: Unicode subscript digits, for x₁, w₁₂.
_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def subscript(n: int) -> str:
    """``12`` → ``"₁₂"``."""
    return str(n).translate(_SUB)


@dataclass(frozen=True)
class BatchNormStep:
    """Batch normalisation of ``a`` in evaluation mode: ``z = γ·(a − μ)/√(σ² + ε) + β``."""

    mean: float
    var: float
    eps: float
    gamma: float
    beta: float
    a_hat: float
    z: float


@dataclass(frozen=True)
class NeuronNumbers:
    """Everything the inspector shows for node ``(layer, index)`` and one point.

    Attributes
    ----------
    layer, index : int
        The node as the diagram numbers it (0 = inputs, last = outputs).
    kind : str
        ``"input"``, ``"hidden"`` or ``"output"``.
    activation : str
        ``h``: an activation key, ``"softmax"`` or ``"identity"``; ``""`` for an input.
    x, w, products : ndarray, shape (n_in,)
        Inputs (the previous layer's outputs), weights and ``x·w``; empty for an input.
    shown : tuple of int
        Which terms are written out, in the order shown (all, when few).
    rest_count : int
        Terms not written out.
    rest_sum : float
        Their sum (so the written terms, the rest and ``b`` add up to ``a``).
    b, a, y : float
        Bias, weighted sum and output; for an input ``a`` is NaN and ``y`` its value.
    bn : BatchNormStep or None
        The normalisation between ``a`` and ``h``, when the network has it.
    scores : ndarray or None
        Output neurons of a classifier: every score ``a_k`` (softmax needs them all).
    exp_a, sum_exp_a : float or None
        Softmax outputs: ``exp(a_k − max a)`` and ``Σ_i exp(a_i − max a)``.
    """

    layer: int
    index: int
    kind: str
    activation: str
    x: np.ndarray
    w: np.ndarray
    products: np.ndarray
    shown: tuple[int, ...]
    rest_count: int
    rest_sum: float
    b: float
    a: float
    y: float
    bn: BatchNormStep | None = None
    scores: np.ndarray | None = None
    exp_a: float | None = None
    sum_exp_a: float | None = None

    @property
    def z(self) -> float:
        """The activation's input: ``a``, or the normalised ``z`` under batch norm."""
        return self.a if self.bn is None else self.bn.z


def numbers_for(trace, layer: int, index: int) -> NeuronNumbers | None:
    """The numbers of node ``(layer, index)`` for the first point of ``trace``; None if absent.

    Parameters
    ----------
    trace : engine.book.records.Trace
        A forward pass of one point (``N == 1``).
    layer, index : int
        The diagram's numbering: column 0 holds the input features, column
        ``l ≥ 1`` the outputs of Affine layer ``l`` (``trace.layers[l - 1]``).
    """
    n_layers = len(trace.layers)
    if not 0 <= layer <= n_layers or index < 0:
        return None
    empty = np.zeros(0)
    if layer == 0:
        x = trace.layers[0].x[0]
        if index >= x.shape[0]:
            return None
        return NeuronNumbers(layer, index, "input", "", empty, empty, empty, (), 0, 0.0, 0.0,
                             float("nan"), float(x[index]))
    lt = trace.layers[layer - 1]
    if index >= lt.W.shape[1]:
        return None
    x = lt.x[0].copy()
    w = lt.W[:, index].copy()
    products = x * w
    shown, rest = _terms(products)
    rest_sum = float(products[rest].sum()) if len(rest) else 0.0
    bn = None
    if lt.bn is not None:
        r = lt.bn
        bn = BatchNormStep(float(r.mean[index]), float(r.var[index]), float(r.eps),
                           float(r.gamma[index]), float(r.beta[index]),
                           float(r.a_hat[0, index]), float(r.z[0, index]))
    output = layer == n_layers
    scores = exp_a = sum_exp_a = None
    if output and trace.output.exp_a is not None:
        scores = trace.output.scores[0].copy()
        exp_a = float(trace.output.exp_a[0, index])
        sum_exp_a = float(trace.output.sum_exp_a[0])
    return NeuronNumbers(
        layer=layer, index=index, kind="output" if output else "hidden",
        activation=lt.activation, x=x, w=w, products=products, shown=shown,
        rest_count=len(rest), rest_sum=rest_sum, b=float(lt.b[index]),
        a=float(lt.a[0, index]), y=float(lt.y[0, index]), bn=bn, scores=scores,
        exp_a=exp_a, sum_exp_a=sum_exp_a,
    )


def _terms(products: np.ndarray) -> tuple[tuple[int, ...], np.ndarray]:
    """The terms to write out and the indices of the rest.

    Few terms are written in their own order (x₁ before x₂, as the deck
    writes them); many are cut to the largest ``MAX_TERMS − 1`` by size, which
    decide the sum, and one line for the rest.
    """
    n = products.shape[0]
    if n <= MAX_TERMS:
        return tuple(range(n)), np.zeros(0, dtype=np.int64)
    magnitude = np.where(np.isfinite(products), np.abs(products), np.inf)
    order = np.argsort(-magnitude, kind="stable")
    keep = MAX_TERMS - 1
    return tuple(int(i) for i in order[:keep]), np.sort(order[keep:])


def softmax_curve(scores: np.ndarray, k: int, a: np.ndarray) -> np.ndarray:
    """``y_k`` as a function of its own score ``a`` with the other scores held fixed.

    ``y_k = e^a / (e^a + Σ_{i≠k} e^{a_i})`` is a sigmoid of ``a − log Σ_{i≠k} e^{a_i}``,
    which the inspector plots as the output neuron's ``h``.
    """
    others = np.delete(np.asarray(scores, dtype=np.float64), k)
    top = others.max()
    shift = top + np.log(np.exp(others - top).sum())
    return 0.5 * np.tanh(0.5 * (np.asarray(a) - shift)) + 0.5
