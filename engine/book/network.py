"""BookNetwork: the book's multilayer network, built from a NetworkSpec and its weights.

The same network as :class:`engine.network.Network` (same spec, same parameter
names ``W1, b1, [gamma1, beta1], W2, ...``, same penalty), written as the book's
``MultiLayerNetExtend``: an ordered dict of plain layers from
:mod:`engine.book.layers`, a last layer from :mod:`engine.book.losses`, and a
backward pass that is a loop over the layers in reverse.

Use it to read what the fast network computes, to inspect a point or a batch
(:meth:`BookNetwork.trace`, :meth:`BookNetwork.backward_trace`), and to check the
fast network against it. Train with the fast one: this one allocates at every step.

Dropout is left out: in evaluation mode (inverted dropout) it is the identity,
and evaluation mode is what this network is for. A spec with dropout can still
be traced and evaluated; only training-mode calls refuse it.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np

from engine.book.layers import ACTIVATION_LAYERS, Affine, BatchNormalization
from engine.book.losses import LOSS_LAYERS
from engine.book.records import BackwardTrace, Trace
from engine.network_spec import NetworkSpec

REGULARIZATIONS = ("none", "l1", "l2")


def parameter_shapes(spec: NetworkSpec) -> dict[str, tuple[int, ...]]:
    """Name -> shape of every parameter, in the fast network's order."""
    sizes = spec.layer_sizes
    n_layers = len(sizes) - 1
    shapes = {}
    for idx in range(1, n_layers + 1):
        shapes[f"W{idx}"] = (sizes[idx - 1], sizes[idx])
        shapes[f"b{idx}"] = (sizes[idx],)
        if spec.batchnorm and idx < n_layers:
            shapes[f"gamma{idx}"] = (sizes[idx],)
            shapes[f"beta{idx}"] = (sizes[idx],)
    return shapes


def _checked_copies(given, shapes, what):
    """Float copies of ``given[name]`` for every name in ``shapes``; ValueError on a mismatch."""
    missing = [k for k in shapes if k not in given]
    extra = [str(k) for k in given if k not in shapes]
    if missing or extra:
        raise ValueError(
            f"The {what} do not fit this network"
            + (f"; missing {', '.join(missing)}" if missing else "")
            + (f"; unexpected {', '.join(extra)}" if extra else "")
            + "."
        )
    copies = {k: np.array(given[k], dtype=np.float64) for k in shapes}
    for k, v in copies.items():
        if v.shape != shapes[k]:
            raise ValueError(f"{k} must have shape {shapes[k]}; got {v.shape}.")
    return copies


class BookNetwork:
    """A network of the book's plain layers, equal to a fast :class:`~engine.network.Network`.

    Parameters
    ----------
    spec : NetworkSpec
    params : dict of str to ndarray
        Every parameter by name (e.g. ``Network.get_params()``); copied, so the
        caller's arrays are never changed.
    buffers : dict of str to ndarray, optional
        Batch-norm running statistics ``running_mean{l}``, ``running_var{l}``
        (e.g. ``Network.get_buffers()``); zeros and ones when omitted.
    regularization : {"none", "l1", "l2"}
    reg_rate : float
        ``λ`` of the weight penalty, which (like the fast network's) touches the W's only.

    Attributes
    ----------
    params : dict of str to ndarray
        This network's own parameters; optimisers update them in place.
    layers : OrderedDict
        ``Affine1``, [``BatchNorm1``], ``Activation_function1``, ..., ``Affine{L}``
        (the book's keys).
    last_layer : SoftmaxWithLoss or MeanSquaredError

    Notes
    -----
    As in the book, :meth:`loss` evaluates (``train_flg=False``) unless told
    otherwise and :meth:`gradient` trains (``train_flg=True``: batch statistics,
    running statistics moved).
    """

    def __init__(self, spec, params, buffers=None, regularization="none", reg_rate=0.0):
        spec.validate()
        self.spec = spec
        self.regularization = regularization
        self.reg_rate = reg_rate
        self.params = _checked_copies(params, parameter_shapes(spec), "parameters")
        n_hidden = len(spec.hidden)
        stats = {}
        if spec.batchnorm:
            stat_shapes = {}
            for idx, width in enumerate(spec.hidden, start=1):
                stat_shapes[f"running_mean{idx}"] = stat_shapes[f"running_var{idx}"] = (width,)
            if buffers is not None:
                stats = _checked_copies(buffers, stat_shapes, "batch-norm statistics")
        elif buffers:
            raise ValueError("This network has no batch norm, so it takes no running statistics.")

        self.layers = OrderedDict()
        for idx in range(1, n_hidden + 1):
            self.layers[f"Affine{idx}"] = Affine(self.params[f"W{idx}"], self.params[f"b{idx}"])
            if spec.batchnorm:
                self.layers[f"BatchNorm{idx}"] = BatchNormalization(
                    self.params[f"gamma{idx}"],
                    self.params[f"beta{idx}"],
                    running_mean=stats.get(f"running_mean{idx}"),
                    running_var=stats.get(f"running_var{idx}"),
                )
            activation = ACTIVATION_LAYERS[spec.activations[idx - 1]]
            self.layers[f"Activation_function{idx}"] = activation()
        idx = n_hidden + 1
        self.layers[f"Affine{idx}"] = Affine(self.params[f"W{idx}"], self.params[f"b{idx}"])
        self.last_layer = LOSS_LAYERS[spec.output]()

    @classmethod
    def from_network(cls, network) -> BookNetwork:
        """The plain twin of a fast network: its spec, weights, statistics and penalty, copied."""
        return cls(
            network.spec,
            network.get_params(),
            network.get_buffers(),
            network.regularization,
            network.reg_rate,
        )

    @property
    def regularization(self) -> str:
        """``"none"``, ``"l1"`` or ``"l2"``, settable (checked: a typo must not mean "none")."""
        return self._regularization

    @regularization.setter
    def regularization(self, name):
        if name not in REGULARIZATIONS:
            known = ", ".join(REGULARIZATIONS)
            raise ValueError(f"Unknown regularization {name!r}; choose one of {known}.")
        self._regularization = name

    @property
    def reg_rate(self) -> float:
        """``λ``, settable, 0 or more."""
        return self._reg_rate

    @reg_rate.setter
    def reg_rate(self, value):
        value = float(value)
        if not 0.0 <= value < np.inf:
            raise ValueError(f"The regularization rate must be 0 or more; got {value}.")
        self._reg_rate = value

    @property
    def n_layers(self) -> int:
        """Number of Affine layers, the output layer included."""
        return len(self.spec.hidden) + 1

    # ------------------------------------------------------------------ forward
    def scores(self, x, train_flg=False):
        """The last Affine layer's output ``a`` (N, K): what the book's ``predict`` returns."""
        self._check_mode(train_flg)
        x, _ = self._batch(x)
        for key, layer in self.layers.items():
            if "BatchNorm" in key:
                x = layer.forward(x, train_flg)
            else:
                x = layer.forward(x)
        return x

    def predict(self, x):
        """Probabilities (softmax) or values (identity), (N, K), evaluation mode.

        Like ``Network.predict`` (the book's ``predict`` stops at the scores;
        see :meth:`scores`). ``x`` is (N, n_inputs), or (n_inputs,) for one point.
        """
        return self.last_layer.output(self.scores(x))

    def loss(self, x, t, train_flg=False):
        """Mean loss of ``x`` against ``t`` plus the weight penalty (the book's ``loss``).

        ``train_flg`` selects batch statistics for batch norm, as in the book.
        """
        x, t = self._batch(x, t)
        a = self.scores(x, train_flg)
        return self.last_layer.forward(a, t) + self.penalty()

    def penalty(self):
        """``½ λ Σ W²`` (l2), ``λ Σ |W|`` (l1) or 0, summed over every layer's W."""
        total = 0.0
        for idx in range(1, self.n_layers + 1):
            W = self.params[f"W{idx}"]
            if self.regularization == "l2":
                total += 0.5 * self.reg_rate * np.sum(W**2)
            elif self.regularization == "l1":
                total += self.reg_rate * np.sum(np.abs(W))
        return float(total)

    def penalty_gradient(self, W):
        """``∂(penalty)/∂W`` for one weight matrix: ``λ W``, ``λ sign W`` or zeros."""
        if self.regularization == "l2":
            return self.reg_rate * W
        if self.regularization == "l1":
            return self.reg_rate * np.sign(W)
        return np.zeros_like(W)

    # ----------------------------------------------------------------- backward
    def loss_and_gradient(self, x, t, train_flg=True):
        """:meth:`loss` and :meth:`gradient` from one forward pass (batch norm's
        running statistics move once, as in one fast training step)."""
        loss = self.loss(x, t, train_flg)

        dout = 1
        dout = self.last_layer.backward(dout)
        layers = list(self.layers.values())
        layers.reverse()
        for layer in layers:
            dout = layer.backward(dout)

        grads = {}
        for idx in range(1, self.n_layers + 1):
            affine = self.layers[f"Affine{idx}"]
            grads[f"W{idx}"] = affine.dW + self.penalty_gradient(self.params[f"W{idx}"])
            grads[f"b{idx}"] = affine.db
            if f"BatchNorm{idx}" in self.layers:
                grads[f"gamma{idx}"] = self.layers[f"BatchNorm{idx}"].dgamma
                grads[f"beta{idx}"] = self.layers[f"BatchNorm{idx}"].dbeta
        return loss, grads

    def gradient(self, x, t, train_flg=True):
        """Backpropagation: name -> ∂(loss + penalty)/∂(parameter), new arrays.

        Training mode by default, like the book's ``gradient`` and ``Network.gradient``.
        """
        return self.loss_and_gradient(x, t, train_flg)[1]

    # ------------------------------------------------------------------ inspect
    def trace(self, x, t=None) -> Trace:
        """Every value of a forward pass in evaluation mode; see :mod:`engine.book.trace`."""
        from engine.book.trace import forward_trace

        return forward_trace(self, x, t)

    def backward_trace(self, x, t) -> BackwardTrace:
        """Every ∂L/∂(value) of a pass in evaluation mode; see :mod:`engine.book.trace`."""
        from engine.book.trace import backward_trace

        return backward_trace(self, x, t)

    def get_buffers(self):
        """Copies of the batch-norm running statistics, named as ``Network.get_buffers``."""
        out = {}
        for idx in range(1, self.n_layers):
            bn = self.layers.get(f"BatchNorm{idx}")
            if bn is not None:
                out[f"running_mean{idx}"] = bn.running_mean.copy()
                out[f"running_var{idx}"] = bn.running_var.copy()
        return out

    # ------------------------------------------------------------------- checks
    def _check_mode(self, train_flg):
        if train_flg and self.spec.dropout > 0:
            raise ValueError(
                "The plain network has no dropout in training mode; "
                "use train_flg=False (evaluation, where dropout does nothing)."
            )

    def _batch(self, x, t=None):
        """``x`` as float (N, n_inputs) and ``t`` as the last layer takes it.

        One point (n_inputs,) becomes a batch of one, and its target gains the
        batch axis too (a label or value: scalar; one-hot or K values: (K,)).
        Labels: (N,) whole numbers 0..K-1 or one-hot (N, K) for softmax;
        values: (N,) for one output or (N, K) for mse.
        """
        point = np.ndim(x) == 1
        x = np.asarray(x, dtype=np.float64)
        if point:
            x = x.reshape(1, -1)
        if x.ndim != 2 or x.shape[1] != self.spec.n_inputs:
            raise ValueError(f"Inputs must have shape (N, {self.spec.n_inputs}); got {x.shape}.")
        if t is None:
            return x, None
        t = np.asarray(t)
        if point:
            t = t[np.newaxis]
        n, k = x.shape[0], self.spec.n_outputs
        if self.spec.output == "softmax_cross_entropy" and t.ndim == 1:
            if t.shape != (n,) or np.any(t != np.round(t)) or np.any((t < 0) | (t >= k)):
                raise ValueError(f"Class labels must be {n} whole numbers from 0 to {k - 1}.")
            return x, t.astype(np.int64)
        t = t.astype(np.float64)
        if t.ndim == 1 and k == 1:
            t = t.reshape(-1, 1)
        if t.shape != (n, k):
            raise ValueError(f"Targets must have shape ({n},) or ({n}, {k}); got {t.shape}.")
        return x, t
