"""A multilayer perceptron described by a frozen :class:`NetworkSpec`.

Layer order per hidden layer ``l``: Affine, [BatchNorm], activation, [Dropout];
then the output Affine and a fused output/loss layer (:mod:`engine.losses`).

Evaluation (``predict``, ``evaluate``, ``forward_trace``) runs through a second
chain of layer objects that share the parameters and batch-norm statistics
but own their buffers and caches. Layers reuse per-shape buffers and keep what
backward needs, so sharing one chain would let a prediction (a redraw of the
decision boundary, say) between :meth:`Network.loss` and
:meth:`Network.backward` silently change the gradients.

All parameters live in one flat float64 buffer and all gradients in another,
and ``params`` / ``grads`` hold views into them. Optimisers notice this (the
``flat`` attribute) and update every tensor with a handful of whole-buffer
operations instead of a few per tensor, which is most of what makes a training
step of a tiny network fast. In memory the weights ``W1, W2, ...`` come first
so weight decay also works on one contiguous slice.
"""

from __future__ import annotations

import math

import numpy as np

from engine.activations import ACTIVATIONS
from engine.initializers import INITIALIZERS
from engine.layers import Affine, BatchNorm, Dropout, Layer
from engine.losses import LOSSES
from engine.network_checks import check_inputs, check_targets
from engine.network_params import ParamDict, copy_in, layout_of
from engine.network_spec import NetworkSpec

__all__ = ["REGULARIZATIONS", "Network", "NetworkSpec", "ParamDict"]

REGULARIZATIONS = ("none", "l1", "l2")


class Network:
    """A multilayer perceptron built from a :class:`NetworkSpec`.

    Attributes
    ----------
    spec : NetworkSpec
    params, grads : ParamDict
        Live views, ordered ``W1, b1, [gamma1, beta1], W2, b2, ...``.
    layers : list of Layer
        Affine, [BatchNorm], activation, [Dropout] per hidden layer, then the
        output Affine: the training chain, used by :meth:`loss` / :meth:`backward`.
    output_layer : Layer
        The fused output/loss layer of the training chain.
    regularization : {"none", "l1", "l2"}
        Weight decay on the W's only: l2 adds ``0.5 * reg_rate * sum(W**2)``
        to the loss, l1 adds ``reg_rate * sum(|W|)``.
    reg_rate : float
    """

    def __init__(self, spec: NetworkSpec) -> None:
        spec.validate()
        self.spec = spec
        layout, size, n_weights = layout_of(spec)
        self.params = ParamDict(np.zeros(size), layout)
        self.grads = ParamDict(np.zeros(size), layout)
        rng = np.random.default_rng(spec.seed)
        dropout_rng = np.random.default_rng(np.random.SeedSequence(spec.seed).spawn(1)[0])
        init = INITIALIZERS[spec.init]
        sizes = spec.layer_sizes
        n_layers = len(sizes) - 1
        p, g = self.params, self.grads
        self.layers: list[Layer] = []
        self._affines: list[Affine] = []
        self._batchnorms: dict[int, BatchNorm] = {}
        self._dropouts: list[Dropout] = []
        for i in range(1, n_layers + 1):
            p[f"W{i}"] = init(sizes[i - 1], sizes[i], rng, spec.init_std)
            affine = Affine(p[f"W{i}"], p[f"b{i}"], g[f"W{i}"], g[f"b{i}"])
            self._affines.append(affine)
            self.layers.append(affine)
            if i == n_layers:
                break
            if spec.batchnorm:
                p[f"gamma{i}"][...] = 1.0
                bn = BatchNorm(p[f"gamma{i}"], p[f"beta{i}"], g[f"gamma{i}"], g[f"beta{i}"])
                self._batchnorms[i] = bn
                self.layers.append(bn)
            self.layers.append(ACTIVATIONS[spec.activations[i - 1]]())
            if spec.dropout > 0:
                dropout = Dropout(spec.dropout, dropout_rng)
                self._dropouts.append(dropout)
                self.layers.append(dropout)
        self._affines[0].need_dx = False  # its input is data: no gradient needed
        self._backward_layers = self.layers[::-1]
        self.output_layer = LOSSES[spec.output]()
        self.classification = bool(self.output_layer.classification)
        self._build_eval_chain()
        self._w = self.params.flat[:n_weights]
        self._dw = self.grads.flat[:n_weights]
        self._wtmp = np.empty(n_weights)
        self._reg = 0
        self.reg_rate = 0.0

    def _build_eval_chain(self) -> None:
        """Evaluation-mode twins of the layers: same parameter views, own buffers.

        Dropout is the identity in evaluation and is left out. The twins'
        gradient arrays are never read.
        """
        spec = self.spec
        self._eval_layers: list[Layer] = []
        self._eval_activation_at: list[int] = []
        self._eval_batchnorms: list[tuple[BatchNorm, BatchNorm]] = []  # (twin, trained)
        for i, affine in enumerate(self._affines, start=1):
            self._eval_layers.append(Affine(affine.W, affine.b))
            if i == len(self._affines):
                break
            bn = self._batchnorms.get(i)
            if bn is not None:
                twin = BatchNorm(bn.gamma, bn.beta, momentum=bn.momentum, eps=bn.eps)
                self._eval_batchnorms.append((twin, bn))
                self._eval_layers.append(twin)
            self._eval_activation_at.append(len(self._eval_layers))
            self._eval_layers.append(ACTIVATIONS[spec.activations[i - 1]]())
        self._eval_output = LOSSES[spec.output]()

    # ---------------------------------------------------------------- settings
    @property
    def regularization(self) -> str:
        return REGULARIZATIONS[self._reg]

    @regularization.setter
    def regularization(self, name: str) -> None:
        if name not in REGULARIZATIONS:
            raise ValueError(f"Unknown regularization {name!r}; choose one of {', '.join(REGULARIZATIONS)}.")
        self._reg = REGULARIZATIONS.index(name)

    @property
    def reg_rate(self) -> float:
        return self._reg_rate

    @reg_rate.setter
    def reg_rate(self, value: float) -> None:
        value = float(value)
        if not 0.0 <= value < math.inf:
            raise ValueError(f"The regularization rate must be 0 or more; got {value}.")
        self._reg_rate = value

    @property
    def dropouts(self) -> list[Dropout]:
        """The Dropout layers, in order (empty when ``spec.dropout == 0``)."""
        return list(self._dropouts)

    # ------------------------------------------------------------ training path
    def loss(self, x: np.ndarray, t: np.ndarray, train: bool = True) -> float:
        """Mean loss of ``x`` (N, n_inputs) against ``t``, plus the weight penalty.

        Caches what :meth:`backward` needs; ``train`` selects batch statistics
        and dropout. Calls to :meth:`predict`, :meth:`evaluate` or
        :meth:`forward_trace` in between do not disturb that cache.

        Parameters
        ----------
        x : ndarray, shape (N, n_inputs)
            Finite numbers.
        t : ndarray
            Classification: labels (N,) that are whole numbers 0..K-1, or
            one-hot rows (N, K). Regression: (N,) for one output, or (N, K).

        Raises
        ------
        ValueError
            For a label outside 0..K-1 (naming it and K), a label that is not
            a whole number, one-hot rows of the wrong width, NaN or infinite
            inputs or targets, or shapes that do not fit the network.
        """
        x = check_inputs(x, self.spec.n_inputs)
        t = check_targets(t, x.shape[0], self.spec.n_outputs, self.classification)
        return self._loss(x, t, train)

    def _loss(self, x: np.ndarray, t: np.ndarray, train: bool = True) -> float:
        """:meth:`loss` without the checks, for data checked once beforehand (the trainer's)."""
        y = x
        for layer in self.layers:
            y = layer.forward(y, train)
        loss = self.output_layer.forward(y, t)
        if self._reg:
            loss += self.penalty()
        return loss

    def penalty(self) -> float:
        """The weight-decay term currently added to the loss (0 for "none")."""
        if self._reg == 2:
            return 0.5 * self._reg_rate * float(np.vdot(self._w, self._w))
        if self._reg == 1:
            return self._reg_rate * float(np.abs(self._w, out=self._wtmp).sum())
        return 0.0

    def backward(self) -> None:
        """Fill :attr:`grads` for the most recent :meth:`loss` call."""
        d = self.output_layer.backward()
        for layer in self._backward_layers:
            d = layer.backward(d)
        if self._reg:
            tmp = self._wtmp
            if self._reg == 2:
                np.multiply(self._w, self._reg_rate, out=tmp)
            else:
                np.sign(self._w, out=tmp)
                np.multiply(tmp, self._reg_rate, out=tmp)
            np.add(self._dw, tmp, out=self._dw)

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Loss and backward in training mode; returns copies of the gradients."""
        self.loss(x, t)
        self.backward()
        return {k: v.copy() for k, v in self.grads.items()}

    # The checks as methods, for engine modules that check once and then call
    # loss() many times (gradcheck, slices).
    def _inputs(self, x) -> np.ndarray:
        """``x`` checked as in :meth:`loss`: float64 (N, n_inputs), finite."""
        return check_inputs(x, self.spec.n_inputs)

    def _targets(self, t) -> np.ndarray:
        """``t`` checked as in :meth:`loss` (one label per row of ``t``); (N,) targets stay (N,)."""
        t = np.asarray(t)
        checked = check_targets(t, t.shape[0] if t.ndim else -1, self.spec.n_outputs, self.classification)
        return checked.reshape(-1) if t.ndim == 1 else checked

    # --------------------------------------------------------------- read-outs
    def _forward_eval(self, x: np.ndarray) -> np.ndarray:
        """Scores (N, K) of the evaluation chain: a buffer it owns, overwritten next call."""
        self._sync_running_statistics()
        y = x
        for layer in self._eval_layers:
            y = layer.forward(y, False)
        return y

    def _sync_running_statistics(self) -> None:
        # Hand the twins the trained layers' running statistics on every call
        # (two attribute writes), so they follow them even if a layer rebinds
        # its arrays instead of updating them in place.
        for twin, bn in self._eval_batchnorms:
            twin.running_mean = bn.running_mean
            twin.running_var = bn.running_var

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Evaluation-mode output for ``x`` (N, n_inputs), a new array.

        Class probabilities (N, K) for softmax, predicted values (N, K) for mse.
        """
        x = check_inputs(x, self.spec.n_inputs)
        return self._eval_output.output(self._forward_eval(x))

    def evaluate(self, x: np.ndarray, t: np.ndarray) -> tuple[float, float]:
        """(loss without penalty, accuracy) in evaluation mode.

        Accuracy is the fraction of argmax hits, NaN for regression; both are
        NaN for an empty set. Labels are checked as in :meth:`loss`.
        """
        x = check_inputs(x, self.spec.n_inputs)
        t = check_targets(t, x.shape[0], self.spec.n_outputs, self.classification)
        return self._evaluate(x, t)

    def _evaluate(self, x: np.ndarray, t: np.ndarray) -> tuple[float, float]:
        """:meth:`evaluate` without the checks, for data checked once beforehand."""
        if x.shape[0] == 0:
            return math.nan, math.nan
        out = self._eval_output
        loss = float(out.forward(self._forward_eval(x), t))
        if not self.classification:
            return loss, math.nan
        labels = t if t.ndim == 1 else t.argmax(axis=1)
        hits = out.probabilities.argmax(axis=1) == labels
        return loss, float(np.count_nonzero(hits)) / x.shape[0]

    def forward_trace(self, x: np.ndarray, copy: bool = True,
                      ) -> list[tuple[np.ndarray, np.ndarray]]:
        """Every Affine layer's pre-activation and output, in evaluation mode.

        Parameters
        ----------
        x : ndarray
            Shape (N, n_inputs).
        copy : bool
            False hands out the hidden layers' ``y`` as the layers' own buffers
            (read them before the next evaluation-mode call, which overwrites
            them) and None for their ``a``; the output pair is new arrays as
            always. What a frame that keeps only a strided sample of each ``y``
            needs, without copying every layer whole.

        Returns
        -------
        list of (a, y)
            One pair per Affine layer, each (N, n_l) and, by default, a new array:
            ``a = x W + b`` and ``y = h(a)`` (after batch norm when enabled);
            for the output layer ``y`` is the probabilities or values.
        """
        y = check_inputs(x, self.spec.n_inputs)
        self._sync_running_statistics()
        trace, a = [], None
        activation_at = self._eval_activation_at
        for i, layer in enumerate(self._eval_layers):
            y = layer.forward(y, False)
            if isinstance(layer, Affine):
                a = y.copy() if copy or i == len(self._eval_layers) - 1 else y
            elif i in activation_at:
                trace.append((a, y.copy()) if copy else (None, y))
        trace.append((a, self._eval_output.output(a)))
        return trace

    def weights(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """Live (W (n_in, n_out), b (n_out,)) per Affine layer."""
        return [(aff.W, aff.b) for aff in self._affines]

    @property
    def layer_sizes(self) -> tuple[int, ...]:
        return self.spec.layer_sizes

    # ------------------------------------------------------------ state copies
    def get_params(self) -> dict[str, np.ndarray]:
        """Copies of every parameter, by name."""
        return {k: v.copy() for k, v in self.params.items()}

    def set_params(self, params: dict[str, np.ndarray]) -> None:
        """Copy ``params`` in; ValueError (and nothing changed) on a name or shape mismatch."""
        copy_in(self.params, params, "parameters")

    def buffers(self) -> dict[str, np.ndarray]:
        """Live non-trained state: batch norm ``running_mean{l}`` / ``running_var{l}``."""
        out = {}
        for i, bn in self._batchnorms.items():
            out[f"running_mean{i}"] = bn.running_mean
            out[f"running_var{i}"] = bn.running_var
        return out

    def get_buffers(self) -> dict[str, np.ndarray]:
        """Copies of :meth:`buffers` (empty without batch norm)."""
        return {k: v.copy() for k, v in self.buffers().items()}

    def set_buffers(self, buffers: dict[str, np.ndarray]) -> None:
        """Copy batch-norm running statistics in; ValueError (nothing changed) on a mismatch."""
        copy_in(self.buffers(), buffers, "batch-norm statistics")
