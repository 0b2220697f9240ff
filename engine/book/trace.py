"""Forward and backward traces of a BookNetwork: every value the inspector shows.

:func:`forward_trace` runs the network's own layers in evaluation mode and
keeps, per Affine layer, ``X``, ``W``, ``b``, ``A = X·W + B``, batch norm's
steps and ``Y = h(Z)``, then the softmax in its steps and the losses.
:func:`backward_trace` runs the same layers' backward methods and keeps, per
layer, ``∂L/∂Y``, ``h'(Z)``, ``δ = ∂L/∂A``, ``∂L/∂W``, ``∂L/∂b`` and ``∂L/∂X``,
so a view can show ``δ = (δ_next · W_nextᵀ) ⊙ h'(Z)`` with its factors.

``L`` is the mean loss over the N samples without the weight penalty (the
penalty does not depend on any activation, so every ``δ`` is the same with or
without it); the penalty's own gradient is reported beside ``∂L/∂W``.

Both return records from :mod:`engine.book.records` holding fresh copies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from engine.book.losses import softmax_steps
from engine.book.records import (
    BackwardTrace,
    BatchNormGradients,
    BatchNormTrace,
    LayerGradients,
    LayerTrace,
    OutputTrace,
    Trace,
)

if TYPE_CHECKING:
    from engine.book.network import BookNetwork


def _copy(a):
    return None if a is None else np.array(a, dtype=np.float64)


def forward_trace(net: BookNetwork, x, t=None) -> Trace:
    """Every value of one forward pass of ``net`` in evaluation mode.

    Parameters
    ----------
    net : BookNetwork
    x : ndarray, shape (N, n_inputs) or (n_inputs,)
        A batch, or one point (traced as a batch of one).
    t : ndarray, optional
        Targets as for :meth:`BookNetwork.loss`; with them the trace includes
        the per-sample losses and their mean.

    Returns
    -------
    Trace
    """
    x, t = net._batch(x, t)
    spec = net.spec
    records = []
    for idx in range(1, net.n_layers + 1):
        affine = net.layers[f"Affine{idx}"]
        a = affine.forward(x)
        bn_record = None
        if idx == net.n_layers:
            name = "softmax" if spec.output == "softmax_cross_entropy" else "identity"
            y = net.last_layer.output(a)
        else:
            z = a
            bn = net.layers.get(f"BatchNorm{idx}")
            if bn is not None:
                z = bn.forward(a, train_flg=False)
                bn_record = BatchNormTrace(
                    mean=_copy(bn.running_mean),
                    var=_copy(bn.running_var),
                    eps=float(bn.eps),
                    gamma=_copy(bn.gamma),
                    beta=_copy(bn.beta),
                    a_hat=_copy(bn.xn),
                    z=_copy(z),
                )
            name = spec.activations[idx - 1]
            y = net.layers[f"Activation_function{idx}"].forward(z)
        W, b = _copy(affine.W), _copy(affine.b)
        records.append(LayerTrace(idx, name, _copy(x), W, b, _copy(a), bn_record, _copy(y)))
        x = y
    return Trace(
        layers=tuple(records),
        output=_output_trace(net, a, t),
        penalty=net.penalty(),
        regularization=net.regularization,
        reg_rate=net.reg_rate,
    )


def _output_trace(net: BookNetwork, a, t) -> OutputTrace:
    """The softmax's steps (or the identity) and, with targets, the losses."""
    a_max = exp_a = sum_exp_a = None
    if net.spec.output == "softmax_cross_entropy":
        a_max, exp_a, sum_exp_a, y = softmax_steps(a)
        a_max, sum_exp_a = a_max[:, 0], sum_exp_a[:, 0]
    else:
        y = net.last_layer.output(a)
    t_k = losses = loss = None
    if t is not None:
        last = net.last_layer
        loss = last.forward(a, t)
        t_k, losses = last.t, last.losses
    return OutputTrace(
        kind=net.spec.output,
        scores=_copy(a),
        a_max=_copy(a_max),
        exp_a=_copy(exp_a),
        sum_exp_a=_copy(sum_exp_a),
        y=_copy(y),
        t=_copy(t_k),
        losses=_copy(losses),
        loss=loss,
    )


def backward_trace(net: BookNetwork, x, t) -> BackwardTrace:
    """Every ∂L/∂(value) of one pass of ``net`` in evaluation mode.

    Parameters
    ----------
    net : BookNetwork
    x : ndarray, shape (N, n_inputs) or (n_inputs,)
    t : ndarray
        Targets as for :meth:`BookNetwork.loss` (required: ``L`` needs them).

    Returns
    -------
    BackwardTrace
        With the forward :class:`Trace` the gradients belong to. ``∂L/∂W`` for
        one point equals ``Network.gradient`` of that point minus the
        penalty's gradient (``dW_penalty``), without batch norm or dropout;
        with them, the fast network's evaluation-mode ``loss`` and ``backward``.
    """
    if t is None:
        raise ValueError("A backward trace needs targets: the loss L depends on them.")
    forward = forward_trace(net, x, t)  # leaves every layer holding this pass's values
    # δ of the output layer: the fused loss's (y - t) / N.
    dout = net.last_layer.backward(1)
    records = []
    for idx in range(net.n_layers, 0, -1):
        affine = net.layers[f"Affine{idx}"]
        dy = slope = bn_record = None
        if idx == net.n_layers:
            da = dout
        else:
            dy = dout
            activation = net.layers[f"Activation_function{idx}"]
            # An element-wise layer's backward of 1 is its derivative at its input.
            slope = activation.backward(np.ones_like(dy))
            dz = activation.backward(dy)
            da = dz
            bn = net.layers.get(f"BatchNorm{idx}")
            if bn is not None:
                da = bn.backward(dz)
                scale = bn.gamma / bn.std
                bn_record = BatchNormGradients(_copy(dz), scale, _copy(bn.dgamma), _copy(bn.dbeta))
        dx = affine.backward(da)
        records.append(
            LayerGradients(
                index=idx,
                dy=_copy(dy),
                slope=_copy(slope),
                bn=bn_record,
                da=_copy(da),
                dW=_copy(affine.dW),
                dW_penalty=_copy(net.penalty_gradient(affine.W)),
                db=_copy(affine.db),
                dx=_copy(dx),
            )
        )
        dout = dx
    return BackwardTrace(forward=forward, layers=tuple(reversed(records)))
