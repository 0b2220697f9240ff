"""The network's own computational graph for one picked point (no Qt).

Two forms, both from the probe ``point_trace`` (:mod:`playground.probes.point_trace`):

:func:`layer_graph`
    One node per layer operation, each holding its vector: ``x → Affine →
    activation → … → Affine → Softmax-with-Loss`` (or squared error). Values,
    gradients and what each edge sends come straight from the engine's
    :class:`~engine.book.records.Trace` and :class:`~engine.book.records.BackwardTrace`.
:func:`scalar_graph`
    For a small network (at most :data:`MAX_SCALAR_WEIGHTS` weights): one
    node per multiply ``xᵢ × wᵢⱼ``, one add per neuron (``Σ + b``), one per
    activation, built from engine :class:`~engine.graph.Value` nodes with the
    layer's ``W``, ``b`` and ``x``. The loss stays one node whose local
    derivatives are known: ``∂L/∂aₖ = yₖ − tₖ`` for one point. Backprop through
    these scalars gives the engine's ``∂L/∂W`` for that point (the tests check
    it to 1e-9).

``L`` is the data loss of this one point; the weight penalty (L1/L2) is not
part of either graph (the view says so when it is on).
"""

from __future__ import annotations

import math

import numpy as np

from engine.activations import activation_derivative, activation_function
from engine.graph import Value
from playground.views.graph.graph_model import EXTRA_SYMBOLS, GraphModel, GraphNode, from_values

#: Up to this many weights the network is drawn one multiply and add at a time.
MAX_SCALAR_WEIGHTS = 24

#: Activations the engine's Value has as operations; others become nodes with known slopes.
_VALUE_OPS = {"tanh": Value.tanh, "sigmoid": Value.sigmoid, "relu": Value.relu}


def n_weights(trace) -> int:
    """Number of weights (biases not counted) of the traced network."""
    return int(sum(layer.W.size for layer in trace.layers))


def _loss_op(kind: str) -> str:
    return "softmax_loss" if kind == "softmax_cross_entropy" else "mse_loss"


def target_note(point) -> str:
    """``"t = (0, 1)"``: the one-hot target (or the value) the loss compares with."""
    t = point.trace.output.t
    if t is None:
        return ""
    return "t = " + ", ".join(f"{v:g}" for v in t[0])


def layer_graph(point, feature_labels: list[str]) -> GraphModel:
    """The network as layer operations on vectors, for the picked point.

    Parameters
    ----------
    point : PointTrace
        The probe's result (``backward`` None when the pick has no target).
    feature_labels : list of str
        How the inputs are named (``"X₁"``), for the input box's note.
    """
    trace, back = point.trace, point.backward
    nodes: list[GraphNode] = []

    def add(node: GraphNode) -> int:
        nodes.append(node)
        return len(nodes) - 1

    first = trace.layers[0]
    dx0 = back.layers[0].dx[0] if back else None
    prev = add(GraphNode("x", first.x[0], role="input", grad=dx0, note=", ".join(feature_labels)))
    prev_name = "x"
    last = len(trace.layers)
    for lt in trace.layers:
        n = lt.index
        g = back.layers[n - 1] if back else None
        w = add(GraphNode(f"W{n}", lt.W, role="param", grad=None if g is None else g.dW))
        b = add(GraphNode(f"b{n}", lt.b, role="param", grad=None if g is None else g.db))
        a = add(GraphNode(
            f"a{n}", lt.a[0], op="Affine", parents=(prev, w, b),
            local=(f"· W{n}ᵀ", f"{prev_name}ᵀ ·", "× 1"),
            sent=() if g is None else (g.dx[0], g.dW, g.db),
            grad=None if g is None else g.da[0], formula=f"a{n} = {prev_name}·W{n} + b{n}"))
        if n == last:
            prev = a
            break
        z, z_name = a, f"a{n}"
        if lt.bn is not None:
            gamma = add(GraphNode(f"γ{n}", lt.bn.gamma, role="param",
                                  grad=None if g is None else g.bn.dgamma))
            beta = add(GraphNode(f"β{n}", lt.bn.beta, role="param",
                                 grad=None if g is None else g.bn.dbeta))
            z = add(GraphNode(
                f"z{n}", lt.bn.z[0], op="BN", parents=(a, gamma, beta),
                local=("⊙ γ/√(σ²+ε)", f"â{n} ⊙", "× 1"),
                sent=() if g is None else (g.da[0], g.bn.dgamma, g.bn.dbeta),
                grad=None if g is None else g.bn.dz[0],
                formula=f"z{n} = γ{n}·(a{n} − μ)/√(σ²+ε) + β{n}"))
            z_name = f"z{n}"
        dz = None if g is None else (g.bn.dz[0] if g.bn is not None else g.da[0])
        prev = add(GraphNode(
            f"y{n}", lt.y[0], op=_act_symbol(lt.activation), parents=(z,),
            local=(None if g is None else g.slope[0],), sent=() if dz is None else (dz,),
            grad=None if g is None else g.dy[0],
            formula=f"y{n} = {lt.activation}({z_name})"))
        prev_name = f"y{n}"
    out = trace.output
    if back is None:
        op = "Softmax" if out.kind == "softmax_cross_entropy" else "id"
        add(GraphNode("y", out.y[0], op=op, parents=(prev,), formula=f"y = {op}(a{last})"))
        return GraphModel(nodes, None)
    loss = add(GraphNode(
        "L", float(out.losses[0]), op=_symbol(_loss_op(out.kind)), parents=(prev,),
        local=("× (y − t)",),
        sent=(back.layers[-1].da[0],), grad=1.0, role="loss", note=target_note(point),
        formula=f"L = loss(a{last}, t)"))
    return GraphModel(nodes, loss)


def scalar_graph(point, feature_labels: list[str]) -> GraphModel:
    """The network one multiply and add at a time, as engine ``Value`` nodes.

    Parameters
    ----------
    point : PointTrace
    feature_labels : list of str
        Names of the input leaves (``"X₁"``).
    """
    trace = point.trace
    roles: dict[int, str] = {}
    prev = [Value(float(v), name) for v, name in zip(trace.layers[0].x[0], feature_labels,
                                                     strict=True)]
    roles.update({id(v): "input" for v in prev})
    last = len(trace.layers)
    for lt in trace.layers:
        n = lt.index
        n_in, n_out = lt.W.shape
        weights = [[Value(float(lt.W[i, j]), f"W{n}[{i + 1},{j + 1}]") for j in range(n_out)]
                   for i in range(n_in)]
        biases = [Value(float(lt.b[j]), f"b{n}[{j + 1}]") for j in range(n_out)]
        roles.update({id(v): "param" for row in weights for v in row})
        roles.update({id(v): "param" for v in biases})
        outs = []
        for j in range(n_out):
            terms = [prev[i] * weights[i][j] for i in range(n_in)] + [biases[j]]
            total = math.fsum(t.data for t in terms)
            a = _custom("sum", terms, total, [1.0] * len(terms), f"a{n}[{j + 1}]")
            if n == last:
                outs.append(a)
                continue
            z = a
            if lt.bn is not None:
                z = _batch_norm(lt.bn, j, a, f"z{n}[{j + 1}]", n, roles)
            outs.append(_activation(lt.activation, z, f"y{n}[{j + 1}]"))
        prev = outs
    out = trace.output
    if point.backward is None:
        model = from_values(prev, seed=False, roles=roles)
        op = "Softmax" if out.kind == "softmax_cross_entropy" else "id"
        parents = tuple(model.index(v.label) for v in prev)
        model.nodes.append(GraphNode("y", out.y[0], op=op, parents=parents))
        return GraphModel(model.nodes, None)
    slopes = out.y[0] - out.t[0]  # ∂L/∂aₖ of the fused loss for one point
    loss = _custom(_loss_op(out.kind), prev, float(out.losses[0]), slopes, "L")
    roles[id(loss)] = "loss"
    model = from_values([loss], roles=roles)
    model.nodes[model.root].note = target_note(point)
    return model


def _custom(op: str, parents, data: float, local, label: str) -> Value:
    """An engine node for an operation the engine's table lacks, with its local derivatives."""
    v = Value(float(data), label)
    v.op, v.parents, v.local_grads = op, tuple(parents), tuple(float(g) for g in local)
    return v


def _batch_norm(bn, j: int, a: Value, label: str, layer: int, roles: dict) -> Value:
    """``z = γ (a − μ)/√(σ² + ε) + β`` with the running statistics (evaluation mode)."""
    gamma = Value(float(bn.gamma[j]), f"γ{layer}[{j + 1}]")
    beta = Value(float(bn.beta[j]), f"β{layer}[{j + 1}]")
    roles.update({id(gamma): "param", id(beta): "param"})
    scale = 1.0 / math.sqrt(float(bn.var[j]) + bn.eps)
    a_hat = (a.data - float(bn.mean[j])) * scale
    return _custom("bn", (a, gamma, beta), gamma.data * a_hat + beta.data,
                   (gamma.data * scale, a_hat, 1.0), label)


def _activation(name: str, z: Value, label: str) -> Value:
    if name in _VALUE_OPS:
        return _VALUE_OPS[name](z).named(label)
    x = np.array(z.data)
    y = float(activation_function(name)(x))
    return _custom(name, (z,), y, (float(activation_derivative(name)(x)),), label)


def _act_symbol(name: str) -> str:
    return {"tanh": "tanh", "sigmoid": "σ", "relu": "ReLU"}.get(name) or _symbol(name)


def _symbol(op: str) -> str:
    return EXTRA_SYMBOLS.get(op, op)
