"""The sentence under the graph: what the current step computed, in words and numbers.

Forward: ``apple price = apple × apple count = 100 × 2 = 200``. Backward: the
node's upstream gradient times each local derivative, the chain rule, one
line per input (``∂price/∂tax: 1 × 200 = 200``), and a word when a value used
twice has its gradients added. Every number through the one number format.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from playground.shortcuts import key_text
from playground.views.graph.graph_model import GraphModel
from playground.views.graph.graph_texts import inline, local_text

_BINARY = {"+", "−", "×", "÷"}
_PREFIX_RULES = ("·", "⊙")


class StepWording(QObject):
    """Words the graph's current step (translations in the context ``StepWording``)."""

    def describe(self, model: GraphModel, name: Callable[[int], str]) -> str:
        """The status line for ``model`` at its position; ``name(i)`` names node ``i``."""
        current = model.current()
        if model.done and model.n_backward:
            return self.tr("Done. Under each value is its gradient ∂%1/∂(value): how much %1 "
                           "changes when that value grows by a little, per unit.").replace(
                "%1", self._root_name(model, name))
        if current is None and model.forward_done and model.n_backward:
            return self.tr("The forward pass is complete. Now press Backward (%1).").replace(
                "%1", key_text("graphBackward"))
        if current is None:
            return self.tr("Press Forward (%1) to compute the graph one node at a time, from "
                           "the inputs to the output (forward propagation).").replace(
                "%1", key_text("graphForward"))
        kind, i = current
        if kind == "forward":
            text = self.tr("Forward: %1").replace("%1", self.formula(model, i, name))
            if model.forward_done:
                text += "\n" + (self.tr("The forward pass is complete. Now press Backward (%1).")
                                .replace("%1", key_text("graphBackward")) if model.n_backward
                                else self.tr("The forward pass is complete."))
            return text
        root = self._root_name(model, name)
        if kind == "seed":
            return self.tr("Backpropagation starts at the output: ∂%1/∂%1 = 1.").replace("%1", root)
        node = model.nodes[i]
        upstream = inline(model.grad_so_far(i))
        lines = [self.tr("Backward through %1: each input gets the upstream gradient %2 times its "
                         "local derivative (chain rule):").replace(
            "%1", node.op.replace("\n", " ")).replace("%2", upstream)]
        for k, parent in enumerate(node.parents):
            rule = local_text(node.local[k])
            product = f"{rule} {upstream}" if rule.endswith(_PREFIX_RULES) else f"{upstream} {rule}"
            lines.append(f"  ∂{root}/∂{self._label(model, parent, name)}: {product} = "
                         f"{inline(node.sent[k])}")
        for parent in dict.fromkeys(node.parents):
            uses = model.n_terms(parent)
            if uses > 1 and len(model.grad_terms(parent)) > 1:
                lines.append(self.tr("%1 is used %2 times: the gradients coming back are added.")
                             .replace("%1", self._label(model, parent, name))
                             .replace("%2", str(uses)))
        return "\n".join(lines)

    def forward_first(self) -> str:
        """Said when Backward is pressed before the forward pass is complete."""
        return self.tr("Backpropagation needs the forward values first: press Forward (%1) "
                       "or Run all (%2).").replace("%1", key_text("graphForward")).replace(
            "%2", key_text("graphRunAll"))

    def progress(self, model: GraphModel) -> str:
        """``forward 2/2 · backward 1/3``."""
        if not model.n_backward:
            return self.tr("forward %1/%2").replace("%1", str(model.forward)).replace(
                "%2", str(model.n_forward))
        return (self.tr("forward %1/%2 · backward %3/%4")
                .replace("%1", str(model.forward)).replace("%2", str(model.n_forward))
                .replace("%3", str(model.backward)).replace("%4", str(model.n_backward)))

    def formula(self, model: GraphModel, i: int, name: Callable[[int], str]) -> str:
        """``apple price = apple × apple count = 100 × 2 = 200`` (names, numbers, result)."""
        node = model.nodes[i]
        result = inline(node.data)
        if node.formula:
            return f"{node.formula} = {result}"
        names = [self._label(model, p, name) for p in node.parents]
        values = [inline(model.nodes[p].data) for p in node.parents]
        op = node.op.replace("\n", " ")
        symbolic, numeric = (self._apply(op, names), self._apply(op, values))
        parts = [name(i)] if name(i) else []
        if symbolic != numeric:
            parts.append(symbolic)
        return " = ".join(parts + [numeric, result])

    @staticmethod
    def _apply(op: str, args: list[str]) -> str:
        if op in _BINARY and len(args) == 2:
            return f"{args[0]} {op} {args[1]}"
        if op == "+":
            return " + ".join(args)
        if op.startswith("^"):
            base = args[0] if args[0].replace(".", "").isalnum() else f"({args[0]})"
            return f"{base}{op}"
        return f"{op}({', '.join(args)})"

    @staticmethod
    def _label(model: GraphModel, i: int, name: Callable[[int], str]) -> str:
        return name(i) or inline(model.nodes[i].data)

    def _root_name(self, model: GraphModel, name: Callable[[int], str]) -> str:
        return (name(model.root) if model.root is not None else "") or "f"
