"""What the descent view says: which loss, the optimiser's formula with its numbers, a verdict.

Kept apart from the widgets so the wording can be read (and translated) in one
place. Every sentence goes through ``self.tr`` (context ``DescentWords``); the
names of weights reuse the network panel's wording (context ``NetworkPanel``),
so the diagram's field and this view say the same thing.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QCoreApplication, QObject

from playground.selection import Param
from playground.views.diagram import neuron_maps
from playground.views.numbers import fmt

#: An arrow shorter than this share of the plotted range is said to be too short to see.
VISIBLE_SHARE = 0.005


class DescentWords(QObject):
    """Sentences for a :class:`~playground.probes.loss_slice.LossSlice`."""

    def describe(self, frame, p: Param) -> str:
        """"weight w from Input feature X₁ to Hidden layer 1, neuron 2 (tanh)"."""
        to = neuron_maps.neuron_title(frame, p.layer + 1, p.j)
        if p.is_bias:
            return QCoreApplication.translate("NetworkPanel", "bias b of %1").replace("%1", to)
        source = neuron_maps.neuron_title(frame, p.layer, p.i)
        return (QCoreApplication.translate("NetworkPanel", "weight w from %1 to %2")
                .replace("%1", source).replace("%2", to))

    def loss_words(self, s) -> str:
        """"cross-entropy error on all 250 training points, no weight penalty"."""
        name = (self.tr("cross-entropy error") if s.loss_name == "softmax_cross_entropy"
                else self.tr("mean squared error"))
        if s.regularization == "l2" and s.reg_rate > 0:
            penalty = self.tr("plus the L2 penalty ½λΣW² (λ = %1)").replace("%1", fmt(s.reg_rate))
        elif s.regularization == "l1" and s.reg_rate > 0:
            penalty = self.tr("plus the L1 penalty λΣ|W| (λ = %1)").replace("%1", fmt(s.reg_rate))
        else:
            penalty = self.tr("no weight penalty")
        text = (self.tr("%1 on all %2 training points, %3").replace("%1", name)
                .replace("%2", str(s.n_points)).replace("%3", penalty))
        if s.dropout:
            text += self.tr(" (dropout: one fixed mask)")
        if s.batchnorm:
            text += self.tr(" (batch norm: statistics of these points)")
        return text

    def caption(self, s, name: str, description: str) -> str:
        return (self.tr(
            "The loss L along %1 (%2), every other weight fixed at its current value: a "
            "slice at step %3. L = %4. The tangent's slope is ∂L/∂w of this same L.")
            .replace("%1", name).replace("%2", description).replace("%3", str(s.step_count))
            .replace("%4", self.loss_words(s)))

    def formula(self, s, optimizer_name: str) -> str:
        """The update rule of the optimiser, with its memory for this weight."""
        st = s.step
        hyper, state = dict(st.hyper), dict(st.state)
        rules = {
            "sgd": self.tr("%1: Δw = −η·∂L/∂w = −%2 × %3"),
            "momentum": self.tr("%1: v ← α·v − η·∂L/∂w, then Δw = v (α = %2, v before = %3)"),
            "nesterov": self.tr("%1: v ← α·v − η·∂L/∂w, then Δw = α²·v − (1 + α)·η·∂L/∂w "
                                "(α = %2, v before = %3)"),
            "adagrad": self.tr("%1: h ← h + (∂L/∂w)², then Δw = −η·∂L/∂w / (√h + ε) "
                               "(h before = %2)"),
            "rmsprop": self.tr("%1: h ← ρ·h + (1 − ρ)·(∂L/∂w)², then Δw = −η·∂L/∂w / (√h + ε) "
                               "(ρ = %2, h before = %3)"),
            "adam": self.tr("%1: m ← m + (1 − β₁)(∂L/∂w − m), v ← v + (1 − β₂)((∂L/∂w)² − v), "
                            "then Δw = −η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + ε) "
                            "(t = %2, m before = %3, v before = %4)"),
        }
        values = {
            "sgd": (st.lr, s.slope),
            "momentum": (hyper.get("momentum", math.nan), state.get("v", 0.0)),
            "nesterov": (hyper.get("momentum", math.nan), state.get("v", 0.0)),
            "adagrad": (state.get("h", 0.0),),
            "rmsprop": (hyper.get("decay", math.nan), state.get("h", 0.0)),
            "adam": (st.iterations + 1, state.get("m", 0.0), state.get("v", 0.0)),
        }
        text = rules.get(st.optimizer, "%1").replace("%1", optimizer_name)
        for k, v in enumerate(values.get(st.optimizer, ()), start=2):
            text = text.replace(f"%{k}", str(v) if isinstance(v, int) else fmt(v))
        return text

    def verdict(self, s) -> str:
        d, l0, l1 = s.step.delta, s.loss0, s.loss_after
        if not (math.isfinite(d) and math.isfinite(l1)):
            return self.tr("The step lands where the loss is no longer a number: it diverges. "
                           "Make η smaller.")
        if d == 0:
            return self.tr("The step is 0: the slope is 0 here.")
        change = f"{fmt(l0)} → {fmt(l1)}"
        if d * s.slope > 0:
            text = self.tr("This step goes uphill along this weight (%1): the optimizer's memory "
                           "of earlier gradients outweighs the slope here.")
        elif l1 > l0:
            text = self.tr("Overshoot: the step jumps past the bottom of the valley and the loss "
                           "rises (%1). Steps like this blow up (diverge): make η smaller.")
        elif s.slope_after * s.slope < 0:
            text = self.tr("Overshoot, but downhill: the step passes the lowest point along this "
                           "weight and still lands lower (%1).")
        else:
            text = self.tr("Undershoot: the loss falls (%1) and the slope still points the same "
                           "way; a larger η would get further in one step.")
        text = text.replace("%1", change)
        span = float(s.values[-1] - s.values[0])
        if abs(d) < VISIBLE_SHARE * span:
            text += " " + self.tr("(The arrow is too short to see at this scale.)")
        return text

    def numbers(self, s, optimizer_name: str) -> str:
        """Rich text: the point and slope, the rule, the step, the verdict."""
        end = s.w0 + s.step.delta
        lines = [
            self.tr("w = %1, L = %2, ∂L/∂w = %3 (slope of the tangent)")
            .replace("%1", fmt(s.w0)).replace("%2", fmt(s.loss0)).replace("%3", fmt(s.slope)),
            self.formula(s, optimizer_name),
            self.tr("Next step: Δw = %1 with η = %2, to w = %3, where L = %4.")
            .replace("%1", fmt(s.step.delta)).replace("%2", fmt(s.step.lr))
            .replace("%3", fmt(end)).replace("%4", fmt(s.loss_after)),
        ]
        body = "<br>".join(html.escape(line) for line in lines)
        return f"{body}<br><b>{html.escape(self.verdict(s))}</b>"
