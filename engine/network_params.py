"""The flat parameter buffer behind a network's ``params`` and ``grads``.

All parameters of a :class:`~engine.network.Network` live in one float64
buffer and all gradients in another; :class:`ParamDict` maps names to live
views into it. Optimisers notice the shared buffer (the ``flat`` attribute)
and update every tensor with a handful of whole-buffer operations instead of
a few per tensor, which is most of what makes a training step of a tiny
network fast.
"""

from __future__ import annotations

import math

import numpy as np

from engine.network_spec import NetworkSpec


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


def layout_of(spec: NetworkSpec):
    """Where each parameter of ``spec`` lives in the flat buffer.

    Returns
    -------
    layout : tuple of (name, start, shape)
        In dict order ``W1, b1, [gamma1, beta1], W2, ...``.
    size : int
        Length of the flat buffer.
    n_weights : int
        How many leading entries are weights: the W's come first in memory,
        so weight decay works on one contiguous slice.
    """
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


def copy_in(live: dict[str, np.ndarray], new: dict, what: str) -> None:
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
