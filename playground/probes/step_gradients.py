"""Probe ``step_gradients``: ∂L/∂w for the diagram, and the update the last step applied.

The diagram's gradient mode draws every weight's ∂L/∂w and every neuron's
∂L/∂a (δ). Two sources, the learner's choice:

``"batch"``
    The minibatch of the last training step (``Trainer.last_batch``) at the
    weights that step started from (``Trainer.last_step_start``): the mean
    gradient the step itself used, in the book's form
    (:meth:`engine.book.BookNetwork.backward_trace`).
``"point"``
    The picked point at the weights now: the backward pass of the probe
    ``point_trace`` (the inspector's, so the two views agree).

Either way ``L`` is the loss without the weight penalty; the penalty's own
gradient (``λw`` or ``λ sign w``) comes beside it, because the optimizer
stepped along their sum. After a step the result also carries what the
optimizer did (:class:`StepUpdate`): the weights before and now, the gradient
it used, its hyperparameters and its state after the step (velocity,
squared-gradient sums, Adam's moments), as read-only copies, so a view can
write the update rule with the numbers of any weight.

It also flags the neurons whose weights (nearly) stop learning: a sigmoid or
tanh whose slope ``h′(a)`` is below 1 % of its largest on every sample shown
(saturated), and a ReLU that is not active on any training point (dead).

Parameters: ``{"source": "batch"}`` or
``{"source": "point", "xy": [x1, x2], "label": class or target or None}``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.book import BookNetwork
from engine.optimizers import optimizer_key
from playground.probes import point_trace
from playground.probes.batch_trace import network_before_step

#: A few refreshes a second while training; a step, an edit or a new pick recompute at once.
REFRESH_HZ = 5.0
#: A neuron whose slope is below this fraction of its activation's largest is saturated.
SATURATED = 0.01
#: The largest slope ``h′`` of the activations that saturate.
MAX_SLOPE = {"sigmoid": 0.25, "tanh": 1.0}
#: Activations that die: zero output and zero slope for every input below 0.
DYING = ("relu",)


@dataclass(frozen=True, eq=False)
class LayerGradient:
    """One Affine layer's part of the backward pass, as the diagram draws it.

    Attributes
    ----------
    activation : str
        The layer's ``h`` (``"softmax"`` or ``"identity"`` for the output layer).
    x : ndarray, shape (N, n_in)
        The layer's inputs (what each weight multiplies).
    y : ndarray, shape (N, n_out)
        The layer's outputs (for the output layer: the probabilities or values).
    dy : ndarray of shape (N, n_out), or None
        ``∂L/∂y``: the error arriving from the right; None for the output layer.
    slope : ndarray of shape (N, n_out), or None
        ``h′(a)``, the neuron's own slope; None for the output layer.
    delta : ndarray, shape (N, n_out)
        ``δ = ∂L/∂a = dy · slope`` (``(y − t)/N`` for the output layer).
    dW : ndarray, shape (n_in, n_out)
        ``∂L/∂W = Σₙ xₙᵀ δₙ``, the loss's part only (the penalty's is in
        :attr:`StepUpdate.grad_penalty`).
    db : ndarray, shape (n_out,)
        ``∂L/∂b = Σₙ δₙ``.
    """

    activation: str
    x: np.ndarray
    y: np.ndarray
    dy: np.ndarray | None
    slope: np.ndarray | None
    delta: np.ndarray
    dW: np.ndarray
    db: np.ndarray


@dataclass(frozen=True, eq=False)
class StepUpdate:
    """What the optimizer did at the last step, for every parameter.

    Attributes
    ----------
    optimizer : str
        A key of ``engine.optimizers.OPTIMIZERS``.
    hyper : dict of str to float
        Its settings now (``lr``, ``momentum``, ``beta1`` …) and ``iterations``.
    state : dict of str to ndarray
        Its state after the step, ``"v.W1"``, ``"h.b2"``, ``"m.W1"`` …
    start, now : dict of str to ndarray
        Every parameter when the step started, and now (later hand edits included).
    grad, grad_penalty : dict of str to ndarray
        The gradient the step used, split into the loss's part and the
        penalty's (only the W's, and only with a penalty); the optimizer
        stepped along their sum.
    regularization : str
    reg_rate : float
    training_differs : bool
        Dropout or batch norm: the step ran in training mode, so its gradient
        differs from this evaluation-mode one.
    """

    optimizer: str
    hyper: dict
    state: dict
    start: dict
    now: dict
    grad: dict
    grad_penalty: dict
    regularization: str
    reg_rate: float
    training_differs: bool


@dataclass(frozen=True, eq=False)
class StepGradients:
    """The diagram's gradients for one source, and the last step's update.

    Attributes
    ----------
    source : str
        ``"batch"`` or ``"point"``.
    build_id, step : int
        The network and the training step the numbers belong to.
    reason : str or None
        Why there are no gradients: ``"no step"`` (batch, before the first
        step) or ``"no target"`` (a location without a chosen class); else None.
    xy : tuple of float, label
        The picked point and its target (point source only).
    n : int
        Samples the gradient is the mean over (the minibatch's size, or 1).
    layers : tuple of LayerGradient
        Every Affine layer, the output layer last (empty when ``reason``).
    saturated, dead : tuple of ndarray of bool
        Per hidden layer, per neuron: saturated on every sample shown; a ReLU
        active on no training point (at the weights now).
    n_train : int
        Training points the dead check ran on.
    update : StepUpdate or None
        None before the first step (or after a divergence put older weights back).
    """

    source: str
    build_id: int
    step: int
    reason: str | None
    xy: tuple | None
    label: object
    n: int
    layers: tuple
    saturated: tuple
    dead: tuple
    n_train: int
    update: StepUpdate | None


def compute(session, params: dict) -> StepGradients:
    trainer = session.trainer
    source = params.get("source", "batch")
    at_start = network_before_step(trainer)
    batch = trainer.last_batch
    batch_trace = None
    if at_start is not None and batch is not None:
        batch_trace = at_start.backward_trace(np.asarray(batch[0]), np.asarray(batch[1]))
    reason, layers, n, xy, label = None, (), 0, None, None
    if source == "point":
        xy = tuple(float(v) for v in params["xy"])
        label = params.get("label")
        picked = point_trace.compute(session, {"xy": list(xy), "label": label})
        backward = picked.backward
        if backward is None:
            reason = "no target"
    else:
        backward = batch_trace
        if backward is None:
            reason = "no step"
    if backward is not None:
        layers = _layers(backward)
        n = int(layers[0].x.shape[0])
    return StepGradients(
        source=source, build_id=session.build_id, step=trainer.step_count, reason=reason,
        xy=xy, label=label, n=n, layers=layers, saturated=_saturated(layers),
        dead=_dead(session), n_train=int(len(session.x_train)),
        update=None if batch_trace is None else _update(
            session, at_start, batch_trace, layers if source != "point" else None),
    )


def _layers(backward) -> tuple[LayerGradient, ...]:
    out = []
    for lt, lg in zip(backward.forward.layers, backward.layers, strict=True):
        out.append(LayerGradient(
            activation=lt.activation, x=lt.x, y=lt.y, dy=lg.dy, slope=lg.slope, delta=lg.da,
            dW=_frozen(lg.dW), db=_frozen(lg.db),
        ))
    return tuple(out)


def saturated_mask(activation: str, slope: np.ndarray | None) -> np.ndarray:
    """Per neuron: the slope is below 1 % of its largest on every row of ``slope`` (N, n)."""
    top = MAX_SLOPE.get(activation)
    if slope is None or top is None or slope.shape[0] == 0:
        n = 0 if slope is None else slope.shape[1]
        return np.zeros(n, dtype=bool)
    return np.all(np.abs(slope) < SATURATED * top, axis=0)


def _saturated(layers) -> tuple[np.ndarray, ...]:
    return tuple(saturated_mask(lg.activation, lg.slope) for lg in layers[:-1])


def _dead(session) -> tuple[np.ndarray, ...]:
    """Per hidden layer: ReLU neurons whose output is 0 for every training point."""
    network = session.network
    acts = network.spec.activations
    if not any(a in DYING for a in acts) or len(session.x_train) == 0:
        return tuple(np.zeros(n, dtype=bool) for n in network.spec.hidden)
    trace = network.forward_trace(session.x_train, copy=False)  # only y is read, at once
    return tuple(
        np.all(y <= 0.0, axis=0) if act in DYING else np.zeros(y.shape[1], dtype=bool)
        for act, (_a, y) in zip(acts, trace[:-1], strict=True)
    )


def _frozen(a: np.ndarray) -> np.ndarray:
    """``a`` made read-only in place: every array here is already a fresh copy
    (traces, ``state_dict`` and ``get_params`` copy), and the same array
    appearing twice in a result crosses the pipe once."""
    a.flags.writeable = False
    return a


def _update(session, at_start: BookNetwork, backward, layers) -> StepUpdate:
    """The optimizer's rule, settings and state after the step, with the step's gradient.

    ``layers`` are the batch's :class:`LayerGradient` records when the diagram
    shows the batch: their arrays are shared, not copied."""
    trainer = session.trainer
    opt = trainer.optimizer
    name = optimizer_key(opt)
    state = opt.state_dict()
    grad, grad_penalty = {}, {}
    for idx, lg in enumerate(layers or _layers(backward), start=1):
        grad[f"W{idx}"], grad[f"b{idx}"] = lg.dW, lg.db
    if at_start.regularization != "none":  # biases are never penalised
        for idx, lg in enumerate(backward.layers, start=1):
            grad_penalty[f"W{idx}"] = _frozen(lg.dW_penalty)
    network = session.network
    return StepUpdate(
        optimizer=name,
        hyper={k: float(v) for k, v in state.items() if not isinstance(v, np.ndarray)},
        state={k: _frozen(v) for k, v in state.items() if isinstance(v, np.ndarray)},
        start={k: _frozen(v) for k, v in at_start.params.items()},  # its own copies
        now={k: _frozen(v) for k, v in network.get_params().items()},
        grad=grad, grad_penalty=grad_penalty,
        regularization=at_start.regularization, reg_rate=float(at_start.reg_rate),
        training_differs=bool(network.spec.dropout > 0 or network.spec.batchnorm),
    )
