"""The numbers behind the diagram's gradient texts: a δ split and an optimizer's update.

Pure arithmetic on a :class:`~playground.probes.step_gradients.StepGradients`
result (no Qt, no words; :mod:`playground.views.diagram.gradient_words` writes them):

* :func:`split_terms`: one weight's ``∂L/∂w = δ · x`` for the picked point,
  with ``δ = ∂L/∂y · h′(a)`` in its two factors (or ``δ = y − t`` at the output).
* :func:`update_terms`: one parameter's update at the last step, the rule of
  its optimizer with the state before and after, the ``Δw`` that rule gives
  and the real change ``w now − w before``, and whether they differ (a hand
  edit or a changed setting since the step).

The rules are the engine's (:mod:`engine.optimizers`), written in the same
order of operations, so the rule's ``Δw`` reproduces the real one to rounding.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

#: Relative difference between the rule's Δw and the real one that counts as "changed since".
DIFFERS = 1e-6


@dataclass(frozen=True)
class SplitTerms:
    """``∂L/∂w = δ · x`` of one weight for one point (``x`` is 1 for a bias).

    ``output`` layers have ``δ = y − t`` (``y``, ``t`` given; ``dy``, ``slope`` None);
    hidden ones ``δ = dy · slope``.
    """

    grad: float
    delta: float
    x: float
    dy: float | None = None
    slope: float | None = None
    y: float | None = None
    t: float | None = None
    activation: str = ""

    @property
    def output(self) -> bool:
        return self.dy is None


def split_terms(result, layer: int, j: int, i: int | None = None) -> SplitTerms:
    """The factors of ``∂L/∂W[i, j]`` (or ``∂L/∂b[j]`` when ``i`` is None) of Affine
    layer ``layer`` (0-based) for a result of one sample."""
    lg = result.layers[layer]
    delta = float(lg.delta[0, j])
    x = 1.0 if i is None else float(lg.x[0, i])
    grad = float(lg.db[j] if i is None else lg.dW[i, j])
    if lg.dy is None:
        y = float(lg.y[0, j])
        return SplitTerms(grad, delta, x, y=y, t=y - delta * result.n, activation=lg.activation)
    return SplitTerms(grad, delta, x, dy=float(lg.dy[0, j]), slope=float(lg.slope[0, j]),
                      activation=lg.activation)


@dataclass(frozen=True)
class UpdateTerms:
    """One parameter's update at the last step.

    Attributes
    ----------
    optimizer : str
    g_loss, g_penalty, g : float
        The loss's gradient, the penalty's and their sum (what the optimizer used).
    w_start, w_now : float
    lr : float
    hyper : dict
        The optimizer's other settings (``momentum``, ``decay``, ``beta1`` …, ``t``).
    before, after : dict
        Its state for this parameter before and after the step (``v``, ``h``, ``m``).
    extra : dict
        Intermediate numbers of the rule (Adam's ``lr_t``).
    rule_delta : float
        The Δw the rule gives.
    real_delta : float
        ``w_now − w_start``.
    """

    optimizer: str
    g_loss: float
    g_penalty: float
    g: float
    w_start: float
    w_now: float
    lr: float
    hyper: dict = field(default_factory=dict)
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
    rule_delta: float = 0.0

    @property
    def real_delta(self) -> float:
        return self.w_now - self.w_start

    @property
    def differs(self) -> bool:
        """The weight moved otherwise than the step moved it (edited since, or settings)."""
        gap = abs(self.real_delta - self.rule_delta)
        scale = max(1.0, abs(self.w_start), abs(self.w_now))
        return not gap <= DIFFERS * abs(self.rule_delta) + 1e-14 * scale


def update_terms(update, name: str, index: tuple[int, ...]) -> UpdateTerms:
    """The update of parameter ``name`` (``"W2"``, ``"b1"``) at ``index`` by the last step.

    Parameters
    ----------
    update : StepUpdate
    name : str
    index : tuple of int
    """
    g_loss = float(update.grad[name][index])
    penalty = update.grad_penalty.get(name)  # none for biases or without a penalty
    g_pen = 0.0 if penalty is None else float(penalty[index])
    g = g_loss + g_pen
    hyper = dict(update.hyper)
    lr = hyper.pop("lr")
    t = int(hyper.pop("iterations", 0))
    state = {slot: float(update.state[f"{slot}.{name}"][index])
             for slot in ("v", "h", "m") if f"{slot}.{name}" in update.state}
    rule = _RULES.get(update.optimizer, _sgd)
    before, after, extra, delta = rule(g, lr, hyper, state, t)
    if update.optimizer in ("adam",):
        hyper["t"] = t
    return UpdateTerms(
        optimizer=update.optimizer, g_loss=g_loss, g_penalty=g_pen, g=g,
        w_start=float(update.start[name][index]), w_now=float(update.now[name][index]),
        lr=lr, hyper=hyper, before=before, after=after, extra=extra, rule_delta=delta,
    )


# Each rule: (g, lr, hyper, state after, t) -> (state before, state after, extra, Δw).
# The state before is worked back from the state after (the step overwrote it).

def _sgd(g, lr, hyper, state, t):
    # p ← p - lr g
    return {}, {}, {}, -(g * lr)


def _momentum(g, lr, hyper, state, t):
    a, v = hyper["momentum"], state["v"]
    # v ← momentum v - lr g;  p ← p + v
    before = (v + g * lr) / a if a > 0 else 0.0
    return {"v": before}, {"v": v}, {}, v


def _nesterov(g, lr, hyper, state, t):
    a, v = hyper["momentum"], state["v"]
    before = (v + g * lr) / a if a > 0 else 0.0
    # p ← p + momentum² v - (1 + momentum) lr g
    return {"v": before}, {"v": v}, {}, v * (a * a) - g * ((1.0 + a) * lr)


def _adagrad(g, lr, hyper, state, t):
    h = state["h"]
    # h ← h + g²;  p ← p - lr g / (√h + ε)
    return {"h": h - g * g}, {"h": h}, {}, -((g / (math.sqrt(h) + hyper["eps"])) * lr)


def _rmsprop(g, lr, hyper, state, t):
    d, h = hyper["decay"], state["h"]
    before = (h - g * g * (1.0 - d)) / d if d > 0 else 0.0
    # h ← decay h + (1 - decay) g²;  p ← p - lr g / (√h + ε)
    return {"h": before}, {"h": h}, {}, -((g / (math.sqrt(h) + hyper["eps"])) * lr)


def _adam(g, lr, hyper, state, t):
    b1, b2, eps = hyper["beta1"], hyper["beta2"], hyper["eps"]
    m, v = state["m"], state["v"]
    m0 = (m - (1.0 - b1) * g) / b1 if b1 > 0 else 0.0
    v0 = (v - (1.0 - b2) * g * g) / b2 if b2 > 0 else 0.0
    # lr_t = lr √(1 - β₂ᵗ) / (1 - β₁ᵗ);  p ← p - lr_t m / (√v + ε)
    lr_t = lr * math.sqrt(1.0 - b2**t) / (1.0 - b1**t) if t > 0 else math.nan
    delta = -((m / (math.sqrt(v) + eps)) * lr_t)
    return {"m": m0, "v": v0}, {"m": m, "v": v}, {"lr_t": lr_t}, delta


_RULES = {"sgd": _sgd, "momentum": _momentum, "nesterov": _nesterov, "adagrad": _adagrad,
          "rmsprop": _rmsprop, "adam": _adam}


def edge_gradients(result) -> list[np.ndarray]:
    """Per layer pair, ``∂L/∂W`` (the loss's part) as the diagram draws it."""
    return [lg.dW for lg in result.layers]


def node_gradients(result) -> list[np.ndarray]:
    """Per column 1 … L, ``∂L/∂a`` summed over the samples (``= ∂L/∂b``; δ for one point)."""
    return [lg.db for lg in result.layers]


def largest(arrays) -> float:
    """The largest finite ``|value|`` over ``arrays`` (0 when none)."""
    tops = [float(np.max(np.abs(a[np.isfinite(a)]))) for a in arrays
            if a.size and np.isfinite(a).any()]
    return max(tops, default=0.0)
