"""The diagram's gradient mode in words: legend, δ split, the optimizer's update, badges.

Everything here is translated (context ``"DiagramGradients"``; literal calls so
``pyside6-lupdate`` finds them) and every number goes through
:func:`~playground.views.numbers.fmt`. The numbers come from
:mod:`playground.views.diagram.gradient_arithmetic`; formulas are math, the same in
every language, and only the words around them are translated.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from playground import catalogue
from playground.views.colors import NEGATIVE_HEX, POSITIVE_HEX
from playground.views.diagram.gradient_arithmetic import (
    SplitTerms,
    UpdateTerms,
    edge_gradients,
    largest,
    split_terms,
    update_terms,
)
from playground.views.diagram.neuron_maps import activation_label
from playground.views.numbers import factor, fill, fmt


def legend_html(result, penalty: str, compact: bool = False) -> str:
    """One line: what the edges show, their colours and scale, the largest |∂L/∂w|.

    Parameters
    ----------
    result : StepGradients
        With gradients (``reason`` None).
    penalty : str
        ``"none"``, ``"l1"`` or ``"l2"``: said to be left out of the drawing.
    compact : bool
        For a narrow panel: colours and the largest value only (the tooltip,
        :func:`legend_tip`, says the rest).
    """
    if result.source == "point":
        what = QCoreApplication.translate("DiagramGradients", "∂L/∂w for the picked point")
    else:
        what = fill(QCoreApplication.translate(
            "DiagramGradients", "∂L/∂w of the last minibatch (step %1)"), result.step)
    if compact:
        scale = fill(html.escape(QCoreApplication.translate(
            "DiagramGradients", "%1 +, %2 −, largest %3")),
            f"<span style='color:{POSITIVE_HEX}'>■</span>",
            f"<span style='color:{NEGATIVE_HEX}'>■</span>",
            fmt(largest(edge_gradients(result))))
        if penalty in ("l1", "l2"):
            scale += html.escape("; " + QCoreApplication.translate(
                "DiagramGradients", "penalty not included"))
        return f"<b>{html.escape(what)}</b>: {scale}"
    blue = html.escape(QCoreApplication.translate("DiagramGradients", "blue"))
    orange = html.escape(QCoreApplication.translate("DiagramGradients", "orange"))
    scale = fill(html.escape(QCoreApplication.translate(
        "DiagramGradients", "%1 +, %2 −, width ∝ |∂L/∂w|, largest %3; frames: ∂L/∂a")),
        f"<span style='color:{POSITIVE_HEX}'>■ {blue}</span>",
        f"<span style='color:{NEGATIVE_HEX}'>■ {orange}</span>",
        fmt(largest(edge_gradients(result))))
    text = f"<b>{html.escape(what)}</b>: {scale}"
    if penalty in ("l1", "l2"):
        text += html.escape("; " + QCoreApplication.translate(
            "DiagramGradients", "penalty not included"))
    return text


def legend_tip(result, penalty: str) -> str:
    """The legend in full sentences (its tooltip)."""
    if result.source == "point":
        lines = [QCoreApplication.translate(
            "DiagramGradients", "Each connection shows ∂L/∂w for the picked point alone, at "
            "the weights now: the loss of that point, L, changes by about ∂L/∂w for each "
            "unit w grows. Each neuron's frame shows δ = ∂L/∂a.")]
    else:
        lines = [fill(QCoreApplication.translate(
            "DiagramGradients", "Each connection shows ∂L/∂w of the last training step: the "
            "mean over its minibatch of %1 points, at the weights the step started from, so "
            "exactly the gradient the step used. Each neuron's frame shows ∂L/∂a summed over "
            "the minibatch (= ∂L/∂b)."), result.n)]
    lines.append(QCoreApplication.translate(
        "DiagramGradients", "Width grows with |∂L/∂w| on one scale for the whole network: "
        "thin edges on the left mean the gradient shrinks on its way back."))
    if penalty == "l2":
        lines.append(QCoreApplication.translate(
            "DiagramGradients", "The L2 penalty's gradient λ·w is not included; the optimizer "
            "adds it (point at a connection to see its update)."))
    elif penalty == "l1":
        lines.append(QCoreApplication.translate(
            "DiagramGradients", "The L1 penalty's gradient λ·sign(w) is not included; the "
            "optimizer adds it (point at a connection to see its update)."))
    if any(m.any() for m in (*result.saturated, *result.dead)):
        lines.append(QCoreApplication.translate(
            "DiagramGradients", "“sat” (saturated) and “dead” neurons barely learn: point at "
            "one to read why."))
    return "\n".join(lines)


def status_text(reason: str) -> str:
    """Why the diagram shows no gradients (yet)."""
    if reason == "no step":
        return QCoreApplication.translate(
            "DiagramGradients", "No step yet: press Step to see the gradient of a minibatch, "
            "or show the gradients for the picked point.")
    if reason == "no target":
        return QCoreApplication.translate(
            "DiagramGradients", "This location has no target yet: choose its class (in the "
            "neuron inspector) to get a loss and its gradient.")
    if reason == "no pick":
        return QCoreApplication.translate(
            "DiagramGradients", "Pick a point on the plane (Pick tool) to see its gradients "
            "here.")
    if reason == "paused":
        return QCoreApplication.translate(
            "DiagramGradients", "For a network this big the gradients are computed while "
            "training pauses: press Step to see those of the next step.")
    return ""


def split_html(terms: SplitTerms, bias: bool) -> str:
    """``∂L/∂w = δ · x`` with numbers, and δ in its two factors (chain rule)."""
    if bias:
        first = fill("∂L/∂b = δ = %1", fmt(terms.grad))
    else:
        first = fill("∂L/∂w = δ · x = %1 × %2 = %3", fmt(terms.delta), factor(terms.x),
                     fmt(terms.grad))
    if terms.output:
        second = fill("δ = y − t = %1 − %2 = %3", fmt(terms.y), factor(terms.t),
                      fmt(terms.delta))
        why = QCoreApplication.translate("DiagramGradients", "(prediction − target)")
    else:
        second = fill("δ = ∂L/∂y · h′(a) = %1 × %2 = %3", fmt(terms.dy), factor(terms.slope),
                      fmt(terms.delta))
        why = QCoreApplication.translate("DiagramGradients", "(error from the right × slope)")
    return "<br>".join((html.escape(first), html.escape(second) + " " + html.escape(why)))


def split_tip(terms: SplitTerms) -> str:
    """The δ split in sentences (the line's tooltip)."""
    if terms.output:
        return QCoreApplication.translate(
            "DiagramGradients", "At the output, softmax with cross-entropy (or the identity "
            "with squared error) gives δ = y − t: the prediction minus the target.")
    return QCoreApplication.translate(
        "DiagramGradients", "Chain rule: δ = ∂L/∂a is the error arriving from the right, "
        "∂L/∂y = Σ w·δ over the next layer, times this neuron's own slope h′(a), its local "
        "derivative. ∂L/∂w = δ · x then multiplies in the input the weight carries.")


def batch_html(grad: float, n: int, bias: bool) -> str:
    """The minibatch's ∂L/∂w as a sum of per-point terms (its split needs one point)."""
    if bias:
        first = QCoreApplication.translate(
            "DiagramGradients", "∂L/∂b = Σ δ over the %1 points of the last minibatch = %2")
    else:
        first = QCoreApplication.translate(
            "DiagramGradients", "∂L/∂w = Σ δ·x over the %1 points of the last minibatch = %2")
    return html.escape(fill(first, n, fmt(grad)))


def update_lines(terms: UpdateTerms, step: int, bias: bool) -> list[str]:
    """The update the optimizer applied at the last step, its rule with numbers, its state."""
    w = "b" if bias else "w"
    name = catalogue.label("optimizer", terms.optimizer, QCoreApplication.translate)
    first = QCoreApplication.translate(
        "DiagramGradients", "Last step (%1, step %2): Δ%3 = %3 now − %3 before = %4 − %5 = %6")
    lines = [fill(first, name, step, w, fmt(terms.w_now), factor(terms.w_start),
                  fmt(terms.real_delta))]
    g = f"(∂L/∂{w})"
    if terms.g_penalty != 0.0:
        lines.append(fill("g = ∂L/∂w + ∂(penalty)/∂w = %1 + %2 = %3", fmt(terms.g_loss),
                          factor(terms.g_penalty), fmt(terms.g)))
        g = "g"
    lines += _rule_lines(terms, g, w)
    if terms.differs:
        lines.append(fill(QCoreApplication.translate(
            "DiagramGradients", "Changed by hand (or a setting) since that step: the step "
            "itself moved it by %1."), fmt(terms.rule_delta)))
    return lines


def _named(line: str, words: str) -> str:
    return line + " " + words


def _rule_lines(t: UpdateTerms, g: str, w: str) -> list[str]:
    """The optimizer's rule for one parameter with its numbers (state before → after)."""
    h, b, a, s = t.hyper, t.before, t.after, t.g
    lr = fmt(t.lr)
    bare = g[1:-1] if g.startswith("(") else g  # inside other parentheses
    if t.optimizer in ("momentum", "nesterov"):
        m = h["momentum"]
        lines = [_named(fill(f"v ← α·v − η·{g} = %1 × %2 − %3 × %4 = %5", fmt(m),
                             factor(b["v"]), lr, factor(s), fmt(a["v"])),
                        QCoreApplication.translate("DiagramGradients", "(velocity)"))]
        if t.optimizer == "momentum":
            return lines + [fill(f"Δ{w} = v = %1", fmt(t.rule_delta))]
        return lines + [fill(f"Δ{w} = α²·v − (1 + α)·η·{g} = %1 × %2 − %3 × %4 × %5 = %6",
                             fmt(m * m), factor(a["v"]), fmt(1 + m), lr, factor(s),
                             fmt(t.rule_delta))]
    if t.optimizer in ("adagrad", "rmsprop"):
        if t.optimizer == "adagrad":
            first = _named(fill(f"h ← h + {g}² = %1 + %2 = %3", fmt(b["h"]), fmt(s * s),
                                fmt(a["h"])),
                           QCoreApplication.translate(
                               "DiagramGradients", "(sum of squared gradients)"))
        else:
            d = h["decay"]
            first = _named(fill(f"h ← ρ·h + (1 − ρ)·{g}² = %1 × %2 + %3 × %4 = %5", fmt(d),
                                fmt(b["h"]), fmt(1 - d), fmt(s * s), fmt(a["h"])),
                           QCoreApplication.translate(
                               "DiagramGradients", "(moving average of squared gradients)"))
        return [first, fill(f"Δ{w} = −η·{g} / (√h + ε) = −%1 × %2 / (%3 + %4) = %5", lr,
                            factor(s), fmt(a["h"] ** 0.5), fmt(h["eps"]), fmt(t.rule_delta))]
    if t.optimizer == "adam":
        b1, b2, step = h["beta1"], h["beta2"], h.get("t", 0)
        correction = QCoreApplication.translate("DiagramGradients", "(bias correction, t = %1)")
        return [
            fill(f"m ← m + (1 − β₁)·({bare} − m) = %1 + %2 × (%3 − %4) = %5", fmt(b["m"]),
                 fmt(1 - b1), fmt(s), factor(b["m"]), fmt(a["m"])),
            fill(f"v ← v + (1 − β₂)·({g}² − v) = %1 + %2 × (%3 − %4) = %5", fmt(b["v"]),
                 fmt(1 - b2), fmt(s * s), factor(b["v"]), fmt(a["v"])),
            _named(fill("η_t = η·√(1 − β₂ᵗ) / (1 − β₁ᵗ) = %1 × √(1 − %2^%3) / (1 − %4^%3) = %5",
                        lr, fmt(b2), step, fmt(b1), fmt(t.extra["lr_t"])),
                   correction.replace("%1", str(step))),
            fill(f"Δ{w} = −η_t·m / (√v + ε) = −%1 × %2 / (%3 + %4) = %5", fmt(t.extra["lr_t"]),
                 factor(a["m"]), fmt(a["v"] ** 0.5), fmt(h["eps"]), fmt(t.rule_delta)),
        ]
    return [fill(f"Δ{w} = −η·{g} = −%1 × %2 = %3", lr, factor(s), fmt(t.rule_delta))]


def badge_label(kind: str) -> str:
    """The badge written on a node: ``"sat"`` or ``"dead"``."""
    if kind == "dead":
        return QCoreApplication.translate("DiagramGradients", "dead")
    return QCoreApplication.translate("DiagramGradients", "sat")


def badge_reason(kind: str, activation: str, n_train: int, source: str) -> str:
    """Why a badged neuron's weights stop learning."""
    if kind == "dead":
        return QCoreApplication.translate(
            "DiagramGradients", "Dead ReLU: a ≤ 0 on all %1 training points, so its output "
            "and its slope h′(a) are 0 everywhere. δ = ∂L/∂y · h′(a) is 0, no gradient "
            "reaches the weights into it, and they stop learning for good."
        ).replace("%1", str(n_train))
    if source == "point":
        where = QCoreApplication.translate("DiagramGradients", "for the picked point")
    else:
        where = QCoreApplication.translate(
            "DiagramGradients", "on every point of the last minibatch")
    return fill(QCoreApplication.translate(
        "DiagramGradients", "Saturated %1: its %2 sits near the end of its range, where the "
        "slope h′(a) is below 1 % of its largest. δ = ∂L/∂y · h′(a) is then almost 0 "
        "whatever error arrives from the right: the slope, not the error, stops the weights "
        "into it from learning."), where, activation_label(activation))


def node_lines(r, layer: int, k: int) -> list[str]:
    """A neuron's tooltip lines: its δ, why it is badged, its bias's last update."""
    lg = r.layers[layer - 1]
    value = fmt(lg.db[k])
    if r.source == "point":
        lines = ["δ = ∂L/∂a = " + value]
    else:
        lines = [QCoreApplication.translate(
            "DiagramGradients", "∂L/∂a summed over the minibatch = ∂L/∂b = %1").replace(
            "%1", value)]
    if layer < len(r.layers):
        kind = "dead" if r.dead[layer - 1][k] else "sat" if r.saturated[layer - 1][k] else ""
        if kind:
            lines.append(badge_reason(kind, lg.activation, r.n_train, r.source))
    return lines + _update(r, f"b{layer}", (k,), True)


def edge_lines(r, pair: int, i: int, j: int) -> list[str]:
    """An edge's tooltip lines: its ∂L/∂w and the update the last step applied."""
    g = fmt(r.layers[pair].dW[i, j])
    if r.source == "point":
        what = QCoreApplication.translate("DiagramGradients", "∂L/∂w = %1 for the picked point")
    else:
        what = QCoreApplication.translate("DiagramGradients", "∂L/∂w = %1 on the last minibatch")
    return [what.replace("%1", g), *_update(r, f"W{pair + 1}", (i, j), False)]


def _update(r, name: str, index: tuple, bias: bool) -> list[str]:
    if r.update is None:
        return []
    return update_lines(update_terms(r.update, name, index), r.step, bias)


def detail_html(r, param) -> tuple[str, str]:
    """The panel's line for the selected weight or bias, and its tooltip: ∂L/∂w in its
    factors (one point) or as a sum (the minibatch), and the Δw of the last step."""
    bias = param.is_bias
    lg = r.layers[param.layer]
    if r.source == "point":
        terms = split_terms(r, param.layer, param.j, param.i)
        text, tips = split_html(terms, bias), [split_tip(terms)]
    else:
        grad = lg.db[param.j] if bias else lg.dW[param.i, param.j]
        text, tips = batch_html(float(grad), r.n, bias), [QCoreApplication.translate(
            "DiagramGradients", "Show the gradients for the picked point to see one δ·x "
            "split into its factors.")]
    if r.update is not None:
        terms = update_terms(r.update, param.name, param.index)
        lines = update_lines(terms, r.step, bias)
        text += "<br>" + html.escape(lines[0])
        if terms.differs:
            text += "<br>" + html.escape(lines[-1])
        tips += lines
    return text, "\n".join(tips)
