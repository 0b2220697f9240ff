"""A multilayer perceptron described by a frozen :class:`NetworkSpec`.

Layer order per hidden layer ``l``: Affine, [BatchNorm], activation, [Dropout];
then the output Affine and a fused output/loss layer (:mod:`engine.losses`).

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
from engine.network_spec import NetworkSpec

REGULARIZATIONS = ("none", "l1", "l2")


class ParamDict(dict):
    """Name -> live view into one flat buffer.

    Assigning ``d[name] = array`` copies into the existing view (so everything
    holding the view sees the new values); names cannot be added or removed.

    Attributes
    ----------
    flat : ndarray, shape (P,)
        The buffer every view shares.
    layout : tuple of (name, start, shape)
        Where each view lives in ``flat``; two dicts with equal layouts line up.
    """

    def __init__(self, flat: np.ndarray, layout: tuple[tuple[str, int, tuple[int, ...]], ...]):
        super().__init__()
        self.flat = flat
        self.layout = layout
        for name, start, shape in layout:
            dict.__setitem__(self, name, flat[start : start + math.prod(shape)].reshape(shape))

    def __setitem__(self, name, value):
        if name not in self:
            raise KeyError(f"No parameter named {name!r}.")
        target = dict.__getitem__(self, name)
        value = np.asarray(value, dtype=np.float64)
        if value.shape != target.shape:
            raise ValueError(f"{name} must have shape {target.shape}; got {value.shape}.")
        target[...] = value

    def __delitem__(self, name):
        raise TypeError("Parameters cannot be removed from a network.")


def _layout(spec: NetworkSpec):
    """(dict-order layout, number of weight entries): W's first in memory."""
    sizes = spec.layer_sizes
    n_layers = len(sizes) - 1
    entries = []
    for i in range(1, n_layers + 1):
        entries.append((f"W{i}", (sizes[i - 1], sizes[i])))
        entries.append((f"b{i}", (sizes[i],)))
        if spec.batchnorm and i < n_layers:
            entries.append((f"gamma{i}", (sizes[i],)))
            entries.append((f"beta{i}", (sizes[i],)))
    starts, pos = {}, 0
    for name, shape in sorted(entries, key=lambda e: not e[0].startswith("W")):
        starts[name] = pos
        pos += math.prod(shape)
    n_weights = sum(math.prod(s) for n, s in entries if n.startswith("W"))
    return tuple((n, starts[n], s) for n, s in entries), pos, n_weights


class Network:
    """A multilayer perceptron built from a :class:`NetworkSpec`.

    Attributes
    ----------
    spec : NetworkSpec
    params, grads : ParamDict
        Live views, ordered ``W1, b1, [gamma1, beta1], W2, b2, ...``.
    layers : list of Layer
        Affine, [BatchNorm], activation, [Dropout] per hidden layer, then the output Affine.
    output_layer : Layer
        The fused output/loss layer.
    regularization : {"none", "l1", "l2"}
        Weight decay on the W's only: l2 adds ``0.5 * reg_rate * sum(W**2)``
        to the loss, l1 adds ``reg_rate * sum(|W|)``.
    reg_rate : float
    """

    def __init__(self, spec: NetworkSpec) -> None:
        spec.validate()
        self.spec = spec
        layout, size, n_weights = _layout(spec)
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
        self._activation_at: list[int] = []  # index in layers of each hidden activation
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
            self._activation_at.append(len(self.layers))
            self.layers.append(ACTIVATIONS[spec.activations[i - 1]]())
            if spec.dropout > 0:
                dropout = Dropout(spec.dropout, dropout_rng)
                self._dropouts.append(dropout)
                self.layers.append(dropout)
        self._affines[0].need_dx = False  # its input is data: no gradient needed
        self._backward_layers = self.layers[::-1]
        self.output_layer = LOSSES[spec.output]()
        self.classification = bool(self.output_layer.classification)
        self._w = self.params.flat[:n_weights]
        self._dw = self.grads.flat[:n_weights]
        self._wtmp = np.empty(n_weights)
        self._reg = 0
        self.reg_rate = 0.0

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
        and dropout. Labels: (N,) ints or (N, K) one-hot; regression (N,) or (N, K).
        """
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
        self.loss(self._inputs(x), self._targets(t))
        self.backward()
        return {k: v.copy() for k, v in self.grads.items()}

    # --------------------------------------------------------------- read-outs
    def _inputs(self, x) -> np.ndarray:
        x = np.asarray(x, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != self.spec.n_inputs:
            raise ValueError(f"Inputs must have shape (N, {self.spec.n_inputs}); got {x.shape}.")
        return x

    def _targets(self, t) -> np.ndarray:
        t = np.asarray(t)
        if self.classification and t.ndim == 1:
            return t.astype(np.int64, copy=False)
        return t.astype(np.float64, copy=False)

    def _forward_eval(self, x: np.ndarray) -> np.ndarray:
        y = x
        for layer in self.layers:
            y = layer.forward(y, False)
        return y

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Evaluation-mode output for ``x`` (N, n_inputs), a new array.

        Class probabilities (N, K) for softmax, predicted values (N, K) for mse.
        """
        return self.output_layer.output(self._forward_eval(self._inputs(x)))

    def evaluate(self, x: np.ndarray, t: np.ndarray) -> tuple[float, float]:
        """(loss without penalty, accuracy) in evaluation mode.

        Accuracy is the fraction of argmax hits, NaN for regression; both are
        NaN for an empty set.
        """
        x, t = self._inputs(x), self._targets(t)
        if x.shape[0] == 0:
            return math.nan, math.nan
        loss = float(self.output_layer.forward(self._forward_eval(x), t))
        if not self.classification:
            return loss, math.nan
        labels = t if t.ndim == 1 else t.argmax(axis=1)
        hits = self.output_layer.probabilities.argmax(axis=1) == labels
        return loss, float(np.count_nonzero(hits)) / x.shape[0]

    def forward_trace(self, x: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """Every Affine layer's pre-activation and output, in evaluation mode.

        Returns
        -------
        list of (a, y)
            One pair per Affine layer, each (N, n_l) and a new array:
            ``a = x W + b`` and ``y = h(a)`` (after batch norm when enabled);
            for the output layer ``y`` is the probabilities or values.
        """
        y = self._inputs(x)
        trace, a = [], None
        for i, layer in enumerate(self.layers):
            y = layer.forward(y, False)
            if isinstance(layer, Affine):
                a = y.copy()
            elif i in self._activation_at:
                trace.append((a, y.copy()))
        trace.append((a, self.output_layer.output(a)))
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
        _copy_in(self.params, params, "parameters")

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
        _copy_in(self.buffers(), buffers, "batch-norm statistics")


def _copy_in(live: dict[str, np.ndarray], new: dict, what: str) -> None:
    """Copy every array of ``new`` into ``live`` after checking all names and shapes."""
    missing = [k for k in live if k not in new]
    extra = [str(k) for k in new if k not in live]
    if missing or extra:
        raise ValueError(
            f"The {what} do not fit this network"
            + (f"; missing {', '.join(missing)}" if missing else "")
            + (f"; unexpected {', '.join(extra)}" if extra else "")
            + "."
        )
    arrays = {k: np.asarray(new[k], dtype=np.float64) for k in live}
    for k, v in arrays.items():
        if v.shape != live[k].shape:
            raise ValueError(f"{k} must have shape {live[k].shape}; got {v.shape}.")
    for k, v in arrays.items():
        live[k][...] = v
