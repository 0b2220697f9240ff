"""The book's chapter 2: a perceptron with two inputs, its gates, and XOR.

A perceptron computes ``a = w1 x1 + w2 x2 + b`` and outputs ``y = h(a)`` with
the step function (1 when ``a > 0``, else 0, as the book writes it) or,
optionally, the sigmoid. The line ``w1 x1 + w2 x2 + b = 0`` splits the plane
into the side that outputs 1 and the side that outputs 0.

The book's weights give AND, NAND and OR. No single perceptron computes XOR:
XOR needs ``a(0,1) > 0`` and ``a(1,0) > 0``, so ``w1 + w2 + 2b > 0``; and
``a(0,0) = b <= 0`` and ``a(1,1) = w1 + w2 + b <= 0``, so ``w1 + w2 + 2b <= b
<= 0``, a contradiction: no straight line separates (0,1), (1,0) from (0,0),
(1,1). Two layers do: XOR(x) = AND(NAND(x), OR(x)) (:data:`XOR`).

Everything here is a small frozen value of plain numbers, safe to send to the
GUI; edit weights with :func:`dataclasses.replace`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

ACTIVATIONS = ("step", "sigmoid")

#: The four inputs of a two-input logic gate, counting in binary (the book
#: lists (1, 0) before (0, 1); every gate here treats the two alike).
GATE_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
GATE_INPUTS.flags.writeable = False

#: What each gate outputs for :data:`GATE_INPUTS`.
EXPECTED: dict[str, tuple[int, int, int, int]] = {
    "AND": (0, 0, 0, 1),
    "NAND": (1, 1, 1, 0),
    "OR": (0, 1, 1, 1),
    "XOR": (0, 1, 1, 0),
}


@dataclass(frozen=True)
class BoundaryLine:
    """The line ``w1 x1 + w2 x2 + b = 0`` in a form that can be drawn.

    Attributes
    ----------
    point : (float, float)
        The point of the line closest to the origin.
    direction : (float, float)
        Unit vector along the line.
    normal : (float, float)
        Unit vector across the line, pointing to the side where ``a > 0``
        (output 1): ``(w1, w2) / |w|``.
    """

    point: tuple[float, float]
    direction: tuple[float, float]
    normal: tuple[float, float]

    @property
    def vertical(self) -> bool:
        """True when ``w2 = 0``: the line is ``x1 = const``."""
        return self.direction[0] == 0.0

    @property
    def slope_intercept(self) -> tuple[float, float] | None:
        """``(m, c)`` with ``x2 = m x1 + c``, the book's form; None for a vertical line."""
        if self.vertical:
            return None
        (px, py), (dx, dy) = self.point, self.direction
        m = dy / dx
        return m, py - m * px

    def clip(
        self, box: tuple[float, float, float, float]
    ) -> tuple[tuple[float, float], tuple[float, float]] | None:
        """The segment of the line inside ``box = (x1_min, x1_max, x2_min, x2_max)``.

        Returns the two end points, or None when the line misses the box.
        """
        (px, py), (dx, dy) = self.point, self.direction
        lo, hi = -math.inf, math.inf
        # Liang-Barsky: the parameter s of point + s * direction, clipped per axis.
        for p, d, a, b in ((px, dx, box[0], box[1]), (py, dy, box[2], box[3])):
            if d == 0.0:
                if not a <= p <= b:
                    return None
                continue
            s1, s2 = (a - p) / d, (b - p) / d
            lo, hi = max(lo, min(s1, s2)), min(hi, max(s1, s2))
        if lo > hi:
            return None
        return (px + lo * dx, py + lo * dy), (px + hi * dx, py + hi * dy)


def _step(a: np.ndarray) -> np.ndarray:
    return (a > 0).astype(np.float64)


def _sigmoid(a: np.ndarray) -> np.ndarray:
    # exp of a negative number only, so large |a| never overflows.
    e = np.exp(-np.abs(a))
    return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


@dataclass(frozen=True)
class Perceptron:
    """``y = h(w1 x1 + w2 x2 + b)`` with ``h`` the step function or the sigmoid.

    Attributes
    ----------
    w1, w2, b : float
    activation : {"step", "sigmoid"}
    """

    w1: float
    w2: float
    b: float
    activation: str = "step"

    def __post_init__(self) -> None:
        for name in ("w1", "w2", "b"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float | np.number):
                raise ValueError(f"{name} must be a number; got {value!r}.")
            if not math.isfinite(value):
                raise ValueError(f"{name} must be a finite number; got {value!r}.")
            object.__setattr__(self, name, float(value))
        if self.activation not in ACTIVATIONS:
            raise ValueError(f"Unknown activation {self.activation!r}; choose one of {', '.join(ACTIVATIONS)}.")

    def weighted_sum(self, x: np.ndarray) -> np.ndarray:
        """``a = w1 x1 + w2 x2 + b`` for ``x`` of shape (..., 2); returns shape (...)."""
        x = _points(x)
        return self.w1 * x[..., 0] + self.w2 * x[..., 1] + self.b

    def __call__(self, x: np.ndarray) -> np.ndarray:
        """The output ``y = h(a)``, shape (...): 0.0 / 1.0 for step, in (0, 1) for sigmoid."""
        a = self.weighted_sum(x)
        return _step(a) if self.activation == "step" else _sigmoid(a)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The class, 1 where ``a > 0`` else 0 (int64, shape (...)), for either activation."""
        return (self.weighted_sum(x) > 0).astype(np.int64)

    def boundary_line(self) -> BoundaryLine | None:
        """The line ``w1 x1 + w2 x2 + b = 0``; None when ``w1 = w2 = 0``.

        With both weights 0 the output is the same everywhere (1 if ``b > 0``)
        and there is no line to draw. With ``w2 = 0`` the line is vertical,
        ``x1 = -b / w1``.
        """
        w1, w2, b = self.w1, self.w2, self.b
        norm = math.hypot(w1, w2)
        if norm == 0.0:
            return None
        nx, ny = w1 / norm, w2 / norm
        # Closest point to the origin: -b w / |w|^2 = (-b / |w|) * unit normal.
        point = (-b / norm * nx, -b / norm * ny)
        # "+ 0.0" turns -0.0 into 0.0, so a vertical line has direction (0, ±1) exactly.
        return BoundaryLine(point, (-ny + 0.0, nx + 0.0), (nx, ny))


def _points(x) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    if x.shape[-1:] != (2,):
        raise ValueError(f"A perceptron takes points of shape (..., 2); got {x.shape}.")
    return x


#: The book's gates, one click each.
AND = Perceptron(0.5, 0.5, -0.7)
NAND = Perceptron(-0.5, -0.5, 0.7)
OR = Perceptron(0.5, 0.5, -0.2)
GATES: dict[str, Perceptron] = {"AND": AND, "NAND": NAND, "OR": OR}


@dataclass(frozen=True)
class TwoLayerPerceptron:
    """Two perceptrons feeding a third: a hand-set 2-2-1 step network.

    Attributes
    ----------
    hidden : (Perceptron, Perceptron)
        Their outputs ``s1, s2`` are the output perceptron's inputs.
    output : Perceptron
    """

    hidden: tuple[Perceptron, Perceptron]
    output: Perceptron

    def hidden_outputs(self, x: np.ndarray) -> np.ndarray:
        """``(s1, s2)`` for ``x`` of shape (..., 2); returns shape (..., 2)."""
        return np.stack([p(x) for p in self.hidden], axis=-1)

    def weighted_sum(self, x: np.ndarray) -> np.ndarray:
        """The output perceptron's ``a``, shape (...)."""
        return self.output.weighted_sum(self.hidden_outputs(x))

    def __call__(self, x: np.ndarray) -> np.ndarray:
        return self.output(self.hidden_outputs(x))

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.output.predict(self.hidden_outputs(x))

    def weights(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """``(W1 (2, 2), b1 (2,), W2 (2, 1), b2 (1,))`` in the engine's ``x W + b`` layout."""
        p, q = self.hidden
        w1 = np.array([[p.w1, q.w1], [p.w2, q.w2]])
        return w1, np.array([p.b, q.b]), np.array([[self.output.w1], [self.output.w2]]), np.array([self.output.b])


#: XOR = AND(NAND(x1, x2), OR(x1, x2)), the book's two-layer perceptron.
XOR = TwoLayerPerceptron((NAND, OR), AND)


@dataclass(frozen=True, eq=False)
class TruthTable:
    """A perceptron (or the two-layer one) on the four gate inputs.

    Attributes
    ----------
    inputs : ndarray, shape (4, 2)
        :data:`GATE_INPUTS`: (0,0), (0,1), (1,0), (1,1).
    weighted_sum : ndarray, shape (4,)
        ``a`` of the (output) perceptron.
    output : ndarray, shape (4,)
        ``y = h(a)``.
    predicted : ndarray of int64, shape (4,)
        The class, 0 or 1.
    hidden : ndarray, shape (4, 2) or None
        ``s1, s2`` of a two-layer perceptron (the book's table); None for one.
    expected : dict of str to tuple of int
        :data:`EXPECTED`: every gate's outputs, to compare with.
    """

    inputs: np.ndarray
    weighted_sum: np.ndarray
    output: np.ndarray
    predicted: np.ndarray
    hidden: np.ndarray | None
    expected: dict[str, tuple[int, int, int, int]]

    @property
    def gates(self) -> tuple[str, ...]:
        """The gates this perceptron computes (an empty tuple for none)."""
        got = tuple(int(v) for v in self.predicted)
        return tuple(name for name, want in self.expected.items() if want == got)

    def correct(self, gate: str) -> np.ndarray:
        """Per input, whether the prediction is ``gate``'s answer: bool, shape (4,)."""
        return self.predicted == np.array(self.expected[gate])


def truth_table(perceptron: Perceptron | TwoLayerPerceptron) -> TruthTable:
    """Run ``perceptron`` on (0,0), (0,1), (1,0), (1,1) and set it beside every gate."""
    x = np.array(GATE_INPUTS)
    hidden = perceptron.hidden_outputs(x) if isinstance(perceptron, TwoLayerPerceptron) else None
    return TruthTable(
        inputs=x,
        weighted_sum=perceptron.weighted_sum(x),
        output=perceptron(x),
        predicted=perceptron.predict(x),
        hidden=hidden,
        expected=dict(EXPECTED),
    )
