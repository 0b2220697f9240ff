"""Gradient-descent optimisers with the book's update rules and defaults.

``opt.update(params, grads)`` changes ``params`` in place. The learning rate
``opt.lr`` (and any other hyperparameter) may change between steps; the
optimiser's state (velocity, squared-gradient sums, moments) is kept.

State is bound to the ``params`` mapping on the first update. When ``params``
and ``grads`` are a network's :class:`~engine.network.ParamDict` pair (views of
one flat buffer each, same layout), every update works on the whole flat
buffer at once: a few NumPy calls per step instead of a few per tensor. Any
other mappings of arrays work too, one tensor at a time. Handing ``update`` a
different ``params`` object starts fresh state.

``state_dict()`` gives plain floats and arrays (``"v.W1"`` is the velocity of
``W1``); ``load_state_dict`` accepts it before or after the first update.

Reading this beside the book: each ``_apply`` runs over rows ``(p, g, tmp,
*slots)`` (parameter, gradient, scratch, then the state named in ``slots``),
and every block of ``out=`` calls has the book's formula written above it.
:mod:`engine.book.optimizers` is the same rules in the book's form, one dict
entry at a time; a test checks the two step for step.
"""

from __future__ import annotations

import math

import numpy as np

_RANGES = {  # name -> (low, high, low inclusive)
    "lr": (0.0, math.inf, False),
    "momentum": (0.0, 1.0, True),
    "decay": (0.0, 1.0, True),
    "beta1": (0.0, 1.0, True),
    "beta2": (0.0, 1.0, True),
    "eps": (0.0, math.inf, False),
}


def _checked(name: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | np.floating | np.integer):
        raise ValueError(f"{name} must be a number; got {value!r}.")
    value = float(value)
    low, high, inclusive = _RANGES[name]
    if not ((value >= low if inclusive else value > low) and value < high):
        bracket = "[" if inclusive else "("
        raise ValueError(f"{name} must be in {bracket}{low:g}, {high:g}); got {value:g}.")
    return value


class Optimizer:
    """Base class. Subclasses set ``defaults``, ``slots`` and ``_apply``.

    Attributes
    ----------
    lr : float
        Learning rate, settable at any time.
    iterations : int
        Updates done so far (Adam's bias correction uses it).
    """

    defaults: dict[str, float] = {"lr": 0.01}
    slots: tuple[str, ...] = ()

    def __init__(self, lr: float | None = None, **hyper: float) -> None:
        unknown = sorted(set(hyper) - set(self.defaults))
        if unknown:
            raise ValueError(f"{type(self).__name__} has no setting {', '.join(unknown)}.")
        values = {**self.defaults, **hyper}
        if lr is not None:
            values["lr"] = lr
        for name, value in values.items():
            setattr(self, name, _checked(name, value))
        self.iterations = 0
        self._params = None
        self._grads = None
        self._rows: list[tuple[np.ndarray, ...]] = []
        self._views: dict[str, dict[str, np.ndarray]] = {s: {} for s in self.slots}
        self._pending: dict[str, np.ndarray] = {}
        self._pending_iterations = 0

    @property
    def lr(self) -> float:
        return self._lr

    @lr.setter
    def lr(self, value: float) -> None:
        self._lr = _checked("lr", value)

    def __repr__(self) -> str:
        settings = ", ".join(f"{k}={getattr(self, k):g}" for k in self.defaults)
        return f"{type(self).__name__}({settings})"

    # ------------------------------------------------------------------ update
    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        """One step: change every array in ``params`` using ``grads`` (same keys)."""
        if params is not self._params:
            self._bind(params)
        if grads is not self._grads:
            self._rows = self._make_rows(grads)
            self._grads = grads
        self.iterations += 1
        self._apply(self._rows)

    def _apply(self, rows) -> None:  # pragma: no cover
        raise NotImplementedError

    def bind(self, params: dict[str, np.ndarray]) -> None:
        """Attach fresh (zero) state to ``params`` now instead of at the first update.

        Loading saved state right after binding keeps it, ``iterations`` included.
        """
        self._bind(params)

    def _bind(self, params) -> None:
        flat = getattr(params, "flat", None)
        layout = getattr(params, "layout", None)
        self._params, self._grads = params, None
        # State loaded before binding (iterations included) is kept; else fresh.
        self.iterations = self._pending_iterations
        self._pending_iterations = 0
        if flat is not None and layout is not None:
            self._flat = {s: np.zeros_like(flat) for s in (*self.slots, "_tmp")}
            self._views = {
                s: {n: a[st : st + math.prod(sh)].reshape(sh) for n, st, sh in layout}
                for s, a in self._flat.items()
            }
        else:
            self._flat = None
            self._views = {
                s: {k: np.zeros_like(np.asarray(v, dtype=np.float64)) for k, v in params.items()}
                for s in (*self.slots, "_tmp")
            }
        if self._pending:
            pending, self._pending = self._pending, {}
            self._load_arrays(pending)

    def _make_rows(self, grads) -> list[tuple[np.ndarray, ...]]:
        """(param, grad, tmp, *slots) tuples the update rule runs over.

        One row holding the whole flat buffers for a network's ParamDict pair,
        else one row per tensor. ``tmp`` is scratch of the parameter's shape;
        the slots (``v``, ``h``, ``m``) are the optimiser's state.
        """
        p = self._params
        if self._flat is not None and getattr(grads, "layout", None) == p.layout:
            f = self._flat
            return [(p.flat, grads.flat, f["_tmp"], *(f[s] for s in self.slots))]
        v = self._views
        return [
            (p[k], np.asarray(grads[k], dtype=np.float64), v["_tmp"][k], *(v[s][k] for s in self.slots))
            for k in p
        ]

    # ------------------------------------------------------------------- state
    def state_dict(self) -> dict[str, float | np.ndarray]:
        """Hyperparameters and ``iterations`` as floats, state arrays as copies."""
        d: dict[str, float | np.ndarray] = {k: float(getattr(self, k)) for k in self.defaults}
        d["iterations"] = float(self.iterations)
        for s in self.slots:
            for k, a in self._views[s].items():
                d[f"{s}.{k}"] = a.copy()
        for k, a in self._pending.items():
            d.setdefault(k, a.copy())
        return d

    def load_state_dict(self, d: dict[str, float | np.ndarray]) -> None:
        """Restore :meth:`state_dict` output; ValueError names anything that does not fit."""
        arrays = {}
        for key, value in d.items():
            if key in self.defaults:
                continue
            if key == "iterations":
                if not float(value).is_integer() or float(value) < 0:
                    raise ValueError(f"iterations must be a whole number; got {value!r}.")
                continue
            slot, _, name = key.partition(".")
            if slot not in self.slots or not name:
                raise ValueError(f"{type(self).__name__} has no state {key!r}.")
            arrays[key] = np.array(value, dtype=np.float64)
        checked = {k: _checked(k, d[k]) for k in self.defaults if k in d}
        if self._params is not None:
            self._check_arrays(arrays)
        for k, v in checked.items():
            setattr(self, k, v)
        if "iterations" in d:
            self.iterations = int(d["iterations"])
            if self._params is None:
                self._pending_iterations = self.iterations
        if self._params is None:
            self._pending = arrays
        else:
            self._load_arrays(arrays)

    def _check_arrays(self, arrays) -> None:
        for key, a in arrays.items():
            slot, _, name = key.partition(".")
            target = self._views[slot].get(name)
            if target is None:
                raise ValueError(f"Saved optimizer state {key!r} matches no parameter.")
            if target.shape != a.shape:
                raise ValueError(f"Saved optimizer state {key!r} has shape {a.shape}, expected {target.shape}.")

    def _load_arrays(self, arrays) -> None:
        self._check_arrays(arrays)
        for key, a in arrays.items():
            slot, _, name = key.partition(".")
            self._views[slot][name][...] = a


class SGD(Optimizer):
    """``p -= lr * g``."""

    defaults = {"lr": 0.01}

    def _apply(self, rows):
        lr = self._lr
        for p, g, tmp in rows:
            # p ← p - lr g
            np.multiply(g, lr, out=tmp)
            np.subtract(p, tmp, out=p)


class Momentum(Optimizer):
    """``v = momentum * v - lr * g; p += v``."""

    defaults = {"lr": 0.01, "momentum": 0.9}
    slots = ("v",)

    def _apply(self, rows):
        lr, m = self._lr, self.momentum
        for p, g, tmp, v in rows:
            # v ← momentum v - lr g
            np.multiply(v, m, out=v)
            np.multiply(g, lr, out=tmp)
            np.subtract(v, tmp, out=v)
            # p ← p + v
            np.add(p, v, out=p)


class Nesterov(Optimizer):
    """Nesterov momentum in the book's form.

    ``v = m v - lr g;  p += m**2 v - (1 + m) lr g``.
    """

    defaults = {"lr": 0.01, "momentum": 0.9}
    slots = ("v",)

    def _apply(self, rows):
        lr, m = self._lr, self.momentum
        for p, g, tmp, v in rows:
            # v ← momentum v - lr g
            np.multiply(v, m, out=v)
            np.multiply(g, lr, out=tmp)
            np.subtract(v, tmp, out=v)
            # p ← p + momentum² v
            np.multiply(v, m * m, out=tmp)
            np.add(p, tmp, out=p)
            # p ← p - (1 + momentum) lr g
            np.multiply(g, (1.0 + m) * lr, out=tmp)
            np.subtract(p, tmp, out=p)


class AdaGrad(Optimizer):
    """``h += g**2; p -= lr * g / (sqrt(h) + eps)``."""

    defaults = {"lr": 0.01, "eps": 1e-7}
    slots = ("h",)

    def _apply(self, rows):
        lr, eps = self._lr, self.eps
        for p, g, tmp, h in rows:
            # h ← h + g²
            np.multiply(g, g, out=tmp)
            np.add(h, tmp, out=h)
            # p ← p - lr g / (√h + ε)
            _scaled_step(p, g, h, tmp, lr, eps)


class RMSprop(Optimizer):
    """``h = decay h + (1 - decay) g**2; p -= lr * g / (sqrt(h) + eps)``."""

    defaults = {"lr": 0.01, "decay": 0.99, "eps": 1e-7}
    slots = ("h",)

    def _apply(self, rows):
        lr, d, eps = self._lr, self.decay, self.eps
        for p, g, tmp, h in rows:
            # h ← decay h + (1 - decay) g²
            np.multiply(h, d, out=h)
            np.multiply(g, g, out=tmp)
            np.multiply(tmp, 1.0 - d, out=tmp)
            np.add(h, tmp, out=h)
            # p ← p - lr g / (√h + ε)
            _scaled_step(p, g, h, tmp, lr, eps)


def _scaled_step(p, g, h, tmp, lr, eps):
    """``p -= lr * g / (sqrt(h) + eps)`` using ``tmp`` as scratch."""
    # p ← p - (g / (√h + ε)) lr
    np.sqrt(h, out=tmp)
    np.add(tmp, eps, out=tmp)
    np.divide(g, tmp, out=tmp)
    np.multiply(tmp, lr, out=tmp)
    np.subtract(p, tmp, out=p)


class Adam(Optimizer):
    """Adam in the book's form, bias correction folded into the step size.

    ``m += (1 - b1)(g - m); v += (1 - b2)(g**2 - v);``
    ``p -= lr sqrt(1 - b2**i) / (1 - b1**i) * m / (sqrt(v) + eps)``.
    """

    defaults = {"lr": 0.001, "beta1": 0.9, "beta2": 0.999, "eps": 1e-7}
    slots = ("m", "v")

    def _apply(self, rows):
        b1, b2, eps, i = self.beta1, self.beta2, self.eps, self.iterations
        # lr_t = lr √(1 - β₂ⁱ) / (1 - β₁ⁱ): the bias correction of both moments
        lr_t = self._lr * math.sqrt(1.0 - b2**i) / (1.0 - b1**i)
        for p, g, tmp, m, v in rows:
            # m ← m + (1 - β₁)(g - m)
            np.subtract(g, m, out=tmp)
            np.multiply(tmp, 1.0 - b1, out=tmp)
            np.add(m, tmp, out=m)
            # v ← v + (1 - β₂)(g² - v)
            np.multiply(g, g, out=tmp)
            np.subtract(tmp, v, out=tmp)
            np.multiply(tmp, 1.0 - b2, out=tmp)
            np.add(v, tmp, out=v)
            # p ← p - (m / (√v + ε)) lr_t
            np.sqrt(v, out=tmp)
            np.add(tmp, eps, out=tmp)
            np.divide(m, tmp, out=tmp)
            np.multiply(tmp, lr_t, out=tmp)
            np.subtract(p, tmp, out=p)


OPTIMIZERS: dict[str, type[Optimizer]] = {
    "sgd": SGD,
    "momentum": Momentum,
    "nesterov": Nesterov,
    "adagrad": AdaGrad,
    "rmsprop": RMSprop,
    "adam": Adam,
}


def optimizer_key(optimizer: Optimizer) -> str:
    """The :data:`OPTIMIZERS` key of ``optimizer``'s class, e.g. ``"adam"``.

    Raises
    ------
    ValueError
        For a class that is not one of the engine's optimisers.
    """
    for key, cls in OPTIMIZERS.items():
        if type(optimizer) is cls:
            return key
    raise ValueError(f"{type(optimizer).__name__} is not one of the engine's optimisers.")


def make_optimizer(name: str, lr: float | None = None, **hyper: float) -> Optimizer:
    """Build optimiser ``name`` with the book's defaults for anything not given.

    Examples
    --------
    >>> make_optimizer("adam").lr
    0.001
    """
    if name not in OPTIMIZERS:
        raise ValueError(f"Unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}.")
    return OPTIMIZERS[name](lr=lr, **hyper)
