"""What :class:`~engine.book.network.BookNetwork` reports about one forward and backward pass.

Plain frozen records of arrays, numbers and strings, made to cross a process
pipe (pickle) to the GUI's inspector and graph views. Every array is a fresh
copy that belongs to the record; nothing refers back to a live network.

Shapes: ``N`` samples (1 for a single point: the batch axis is always there),
``n_in`` / ``n_out`` a layer's input and output widths, ``K`` the outputs.
Layer ``l`` counts from 1, so its parameters are ``W{l}``, ``b{l}``,
``gamma{l}``, ``beta{l}``. All values are in evaluation mode (running batch-norm
statistics; dropout, which only acts in training, is the identity).

Equality is identity (``eq=False``): comparing arrays field by field has no
single truth value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class BatchNormTrace:
    """Batch normalisation between ``A`` and the activation, evaluation mode.

    Attributes
    ----------
    mean, var : ndarray, shape (n_out,)
        The running statistics used.
    eps : float
        Added to ``var`` under the square root.
    gamma, beta : ndarray, shape (n_out,)
        Scale and shift.
    a_hat : ndarray, shape (N, n_out)
        ``Â = (A - mean) / √(var + eps)``.
    z : ndarray, shape (N, n_out)
        ``Z = γ Â + β``, the activation's input.
    """

    mean: np.ndarray
    var: np.ndarray
    eps: float
    gamma: np.ndarray
    beta: np.ndarray
    a_hat: np.ndarray
    z: np.ndarray


@dataclass(frozen=True, eq=False)
class LayerTrace:
    """One Affine layer and what follows it, ``Y = h(X·W + B)``.

    Attributes
    ----------
    index : int
        ``l``, counting from 1.
    activation : str
        The name of ``h``: a key of ``engine.activations.ACTIVATIONS`` for a
        hidden layer, ``"softmax"`` or ``"identity"`` for the output layer.
    x : ndarray, shape (N, n_in)
        ``X``, the layer's input (the data for layer 1).
    W : ndarray, shape (n_in, n_out)
    b : ndarray, shape (n_out,)
    a : ndarray, shape (N, n_out)
        ``A = X·W + B``, the weighted sums (for the output layer: the scores).
    bn : BatchNormTrace or None
        Batch normalisation of ``A``, when the network has it (hidden layers only).
    y : ndarray, shape (N, n_out)
        ``Y = h(Z)`` with ``Z = A``, or ``bn.z`` under batch norm. For the
        output layer: the probabilities (softmax) or the values (identity).
    """

    index: int
    activation: str
    x: np.ndarray
    W: np.ndarray
    b: np.ndarray
    a: np.ndarray
    bn: BatchNormTrace | None
    y: np.ndarray


@dataclass(frozen=True, eq=False)
class OutputTrace:
    """The output function and the loss, step by step.

    Attributes
    ----------
    kind : str
        ``NetworkSpec.output``: ``"softmax_cross_entropy"`` or ``"mse"``.
    scores : ndarray, shape (N, K)
        ``a_k``, the last layer's ``A``.
    a_max : ndarray of shape (N,), or None
        Softmax only: each row's largest score.
    exp_a : ndarray of shape (N, K), or None
        Softmax only: ``exp(a_k - a_max)``.
    sum_exp_a : ndarray of shape (N,), or None
        Softmax only: ``Σ_k exp(a_k - a_max)``.
    y : ndarray, shape (N, K)
        Probabilities ``exp_a / sum_exp_a`` (softmax), or the values ``a`` (identity).
    t : ndarray of shape (N, K), or None
        The targets (one-hot for class labels); None when none were given.
    losses : ndarray of shape (N,), or None
        Per sample: ``-Σ_k t_k log y_k`` (softmax), or ``½ Σ_k (y_k - t_k)²``.
    loss : float or None
        Their mean: the loss ``Network.evaluate`` reports, penalty excluded.
    """

    kind: str
    scores: np.ndarray
    a_max: np.ndarray | None
    exp_a: np.ndarray | None
    sum_exp_a: np.ndarray | None
    y: np.ndarray
    t: np.ndarray | None
    losses: np.ndarray | None
    loss: float | None


@dataclass(frozen=True, eq=False)
class Trace:
    """A forward pass, evaluation mode (:meth:`BookNetwork.trace`).

    Attributes
    ----------
    layers : tuple of LayerTrace
        Every Affine layer in order, the output layer last.
    output : OutputTrace
    penalty : float
        The weight-decay term the training loss adds: ``½ λ Σ W²`` (l2),
        ``λ Σ |W|`` (l1) or 0 (none), over every W and no bias.
    regularization : str
        ``"none"``, ``"l1"`` or ``"l2"``.
    reg_rate : float
        ``λ``.
    """

    layers: tuple[LayerTrace, ...]
    output: OutputTrace
    penalty: float
    regularization: str
    reg_rate: float

    @property
    def total_loss(self) -> float | None:
        """``output.loss + penalty``, what training minimises; None without targets."""
        return None if self.output.loss is None else self.output.loss + self.penalty


@dataclass(frozen=True, eq=False)
class BatchNormGradients:
    """Batch normalisation's part of the backward pass, evaluation mode.

    Attributes
    ----------
    dz : ndarray, shape (N, n_out)
        ``∂L/∂Z = ∂L/∂Y ⊙ h'(Z)``.
    scale : ndarray, shape (n_out,)
        ``γ / √(var + eps)``: with fixed statistics ``∂L/∂A = ∂L/∂Z ⊙ scale``.
    dgamma, dbeta : ndarray, shape (n_out,)
        ``∂L/∂γ = Σ_n Â ⊙ ∂L/∂Z`` and ``∂L/∂β = Σ_n ∂L/∂Z``.
    """

    dz: np.ndarray
    scale: np.ndarray
    dgamma: np.ndarray
    dbeta: np.ndarray


@dataclass(frozen=True, eq=False)
class LayerGradients:
    """∂L/∂(every value) of one layer; ``L`` is the mean loss, penalty excluded.

    For a hidden layer ``δ = ∂L/∂A = ∂L/∂Y ⊙ h'(Z)`` (times ``bn.scale`` under
    batch norm), and ``∂L/∂Y`` is the next layer's ``∂L/∂X = δ_next · W_nextᵀ``:
    the error arriving from the right times the neuron's own slope.

    Attributes
    ----------
    index : int
        ``l``, counting from 1.
    dy : ndarray of shape (N, n_out), or None
        ``∂L/∂Y``; None for the output layer, whose ``δ`` comes straight from
        the fused loss: ``(y - t) / N``.
    slope : ndarray of shape (N, n_out), or None
        ``h'(Z)``, the activation's derivative at its input; None for the output layer.
    bn : BatchNormGradients or None
    da : ndarray, shape (N, n_out)
        ``δ = ∂L/∂A``.
    dW : ndarray, shape (n_in, n_out)
        ``∂L/∂W = Xᵀ·δ``, the loss's part only.
    dW_penalty : ndarray, shape (n_in, n_out)
        The penalty's gradient: ``λ W`` (l2), ``λ sign W`` (l1) or zeros.
        Training steps along ``dW + dW_penalty``.
    db : ndarray, shape (n_out,)
        ``∂L/∂b = Σ_n δ``.
    dx : ndarray, shape (N, n_in)
        ``∂L/∂X = δ·Wᵀ`` (for layer 1, the gradient with respect to the inputs).
    """

    index: int
    dy: np.ndarray | None
    slope: np.ndarray | None
    bn: BatchNormGradients | None
    da: np.ndarray
    dW: np.ndarray
    dW_penalty: np.ndarray
    db: np.ndarray
    dx: np.ndarray


@dataclass(frozen=True, eq=False)
class BackwardTrace:
    """A forward and a backward pass, evaluation mode (:meth:`BookNetwork.backward_trace`).

    Attributes
    ----------
    forward : Trace
        The forward pass the gradients belong to (with targets).
    layers : tuple of LayerGradients
        Every Affine layer in order, the output layer last (the backward pass
        computed them last to first).
    """

    forward: Trace
    layers: tuple[LayerGradients, ...]
