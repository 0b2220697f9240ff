"""The words of the matrix view: layer names, block titles, the formula, hover sentences.

Kept apart from :mod:`playground.views.inspect.affine_view` so the widget code stays
short. Every text is translated in the context ``"AffineView"`` (the view's own
``self.tr`` context), written out literally so ``pyside6-lupdate`` finds it;
numbers go in through ``%1`` placeholders and :func:`~playground.views.numbers.fmt`,
the one number format of every view. Rows and columns are counted from 1, as
the book writes ``w₁₁``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from playground.views.diagram.neuron_maps import activation_label, feature_label
from playground.views.inspect.affine_canvas import AffineNumbers
from playground.views.numbers import factor, fill, fmt

translate = QCoreApplication.translate

#: Up to this many inputs the hover sentence writes every product of a sum out.
MAX_TERMS = 4


def layer_name(layer: int, n_layers: int) -> str:
    """``"Layer 2: hidden 1 → output"`` for Affine layer ``layer`` of ``n_layers``."""
    source = translate("AffineView", "input") if layer == 1 else fill(
        translate("AffineView", "hidden %1"), layer - 1)
    target = translate("AffineView", "output") if layer == n_layers else fill(
        translate("AffineView", "hidden %1"), layer)
    return fill(translate("AffineView", "Layer %1: %2 → %3"), layer, source, target)


def _h(activation: str) -> str | None:
    """The name of ``h`` as the formulas write it; None for the identity (``Y = A``)."""
    if activation in ("identity", "linear"):
        return None
    return activation_label(activation)


def block_titles(numbers: AffineNumbers) -> dict[str, str]:
    """The title above each block (the canvas appends the shape); the legend names them."""
    h = _h(numbers.activation)
    return {"X": "X", "W": "W", "B": "B", "A": "A = XW + B",
            "Y": "Y = A" if h is None else f"Y = {h}(A)", "dW": "∂L/∂W"}


def formula(numbers: AffineNumbers, batch_step: int | None = None) -> str:
    """Two lines: ``"Y = tanh(XW + B):  1×2 · 2×4 + 1×4 → 1×4"`` and N, then the legend."""
    n_in, n_out = numbers.W.shape
    h = _h(numbers.activation)
    rows = "N" if numbers.X is None else str(numbers.X.shape[0])
    text = ("Y = XW + B" if h is None else f"Y = {h}(XW + B)") + \
        f":   {rows}×{n_in} · {n_in}×{n_out} + 1×{n_out} → {rows}×{n_out}"
    if numbers.X is not None and batch_step is None:
        text += "   " + translate("AffineView", "(N = 1: the picked point)")
    elif numbers.X is not None:
        text += "   " + fill(translate(
            "AffineView", "(N = %1: the minibatch of step %2)"), rows, batch_step)
    # The deck's own legend of Y = XW + B, plus A.
    return text + "\n" + translate(
        "AffineView", "X: inputs   W: weights   B: biases   A: weighted sums   Y: outputs")


def input_name(frame, layer: int, k: int) -> str:
    """Input ``k`` (0-based) of Affine layer ``layer``: a feature or a neuron before."""
    if layer == 1 and frame is not None and k < len(frame.feature_names):
        return fill(translate("AffineView", "feature %1"), feature_label(frame.feature_names[k]))
    return fill(translate("AffineView", "neuron %1 of hidden layer %2"), k + 1, layer - 1)


def _sum_text(n: AffineNumbers, r: int, c: int) -> str:
    """``0.5 × (−0.3) + 1.2 × 0.8 + 0.1 = 0.81``, or the sum in words for many inputs."""
    x, w, b, a = n.X[r], n.W[:, c], float(n.B[c]), float(n.A[r, c])
    if len(x) <= MAX_TERMS:
        terms = " + ".join(f"{factor(xi)} × {factor(wi)}" for xi, wi in zip(x, w, strict=True))
        return f"= {terms} + {factor(b)} = {fmt(a)}"
    return fill(translate("AffineView", "= (the sum of %1 products x × w: %2) + %3 = %4"),
                 len(x), fmt(float(np.dot(x, w))), factor(b), fmt(a))


def describe(n: AffineNumbers, cell: tuple[str, int, int], input_name_of) -> str:
    """A sentence (or two) about the hovered ``cell`` ``(block, row, col)``, 0-based.

    ``input_name_of(k)`` names input ``k`` of this layer.
    """
    name, r, c = cell
    if name == "A":
        head = fill(translate(
            "AffineView", "A[%1, %2] is row %1 of X times column %2 of W, plus B[%2]:"),
            r + 1, c + 1)
        return head + "\n" + _sum_text(n, r, c)
    if name == "Y":
        h = _h(n.activation)
        if h is None:
            return fill("Y[%1, %2] = A[%1, %2] = %3", r + 1, c + 1, fmt(n.Y[r, c]))
        if n.activation == "softmax":
            return fill(translate(
                "AffineView", "Y[%1, %2] = %3: softmax turns row %1 of A into probabilities "
                "that add up to 1; this is class %4's."), r + 1, c + 1, fmt(n.Y[r, c]), c)
        return fill("Y[%1, %2] = %3(A[%1, %2]) = %3(%4) = %5", r + 1, c + 1, h,
                     fmt(n.A[r, c]), fmt(n.Y[r, c]))
    if name == "X":
        return fill(translate("AffineView", "X[%1, %2] = %3: %4 of row %1"),
                     r + 1, c + 1, fmt(n.X[r, c]), input_name_of(c))
    if name == "W":
        text = fill(translate("AffineView", "W[%1, %2] = %3: the weight from %4 to neuron %2"),
                     r + 1, c + 1, fmt(n.W[r, c]), input_name_of(r))
        if n.dW is not None:
            text += "\n" + fill("∂L/∂W[%1, %2] = %3", r + 1, c + 1, fmt(n.dW[r, c]))
        return text
    if name == "B":
        return fill(translate("AffineView", "B[%1] = %2: the bias of neuron %1"),
                     c + 1, fmt(n.B[c]))
    if name == "dW":
        return fill(translate(
            "AffineView", "∂L/∂W[%1, %2] = %3: a step of gradient descent changes "
            "W[%1, %2] by −η × %3."), r + 1, c + 1, fmt(n.dW[r, c]))
    return ""
