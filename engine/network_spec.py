"""The description of a network: :class:`NetworkSpec`, a frozen, validated value.

A spec is everything needed to rebuild a network's architecture and initial
weights (it carries the seed); :mod:`engine.io` saves it as JSON.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

import numpy as np

from engine.activations import ACTIVATIONS
from engine.initializers import INITIALIZERS
from engine.losses import LOSSES


@dataclass(frozen=True)
class NetworkSpec:
    """Everything needed to build a network; a saved network stores this."""

    n_inputs: int
    hidden: tuple[int, ...] = (4, 2)
    activations: tuple[str, ...] = ("tanh", "tanh")
    n_outputs: int = 2
    output: str = "softmax_cross_entropy"
    init: str = "xavier"
    init_std: float = 0.01
    dropout: float = 0.0
    batchnorm: bool = False
    seed: int = 0

    def __post_init__(self) -> None:
        # Lists from JSON become tuples so a spec stays hashable and immutable.
        for name in ("hidden", "activations"):
            value = getattr(self, name)
            if isinstance(value, list):
                object.__setattr__(self, name, tuple(value))

    def validate(self) -> None:
        """Raise ValueError with a plain message if the spec cannot be built."""

        def is_int(v):
            return isinstance(v, int | np.integer) and not isinstance(v, bool)

        if not is_int(self.n_inputs) or self.n_inputs < 1:
            raise ValueError(f"The network needs at least one input; got {self.n_inputs!r}.")
        if not isinstance(self.hidden, tuple) or not all(is_int(n) and n >= 1 for n in self.hidden):
            raise ValueError(f"Every hidden layer needs at least one neuron; got {self.hidden!r}.")
        if not isinstance(self.activations, tuple) or len(self.activations) != len(self.hidden):
            raise ValueError(
                f"Give one activation per hidden layer: {len(self.hidden)} hidden layers "
                f"but activations {self.activations!r}."
            )
        for name in self.activations:
            if name not in ACTIVATIONS:
                raise ValueError(f"Unknown activation {name!r}; choose one of {', '.join(ACTIVATIONS)}.")
        if self.output not in LOSSES:
            raise ValueError(f"Unknown output {self.output!r}; choose one of {', '.join(LOSSES)}.")
        least = 2 if self.output == "softmax_cross_entropy" else 1
        if not is_int(self.n_outputs) or self.n_outputs < least:
            raise ValueError(f"Output {self.output!r} needs at least {least} outputs; got {self.n_outputs!r}.")
        if self.init not in INITIALIZERS:
            raise ValueError(f"Unknown initialisation {self.init!r}; choose one of {', '.join(INITIALIZERS)}.")
        if not isinstance(self.init_std, int | float) or not (0 < self.init_std < math.inf):
            raise ValueError(f"The initial weight std must be a positive number; got {self.init_std!r}.")
        if not isinstance(self.dropout, int | float) or not 0 <= self.dropout < 1:
            raise ValueError(f"The dropout ratio must be at least 0 and below 1; got {self.dropout!r}.")
        if not isinstance(self.batchnorm, bool):
            raise ValueError(f"batchnorm must be true or false; got {self.batchnorm!r}.")
        if not is_int(self.seed) or self.seed < 0:
            raise ValueError(f"The seed must be a whole number 0 or more; got {self.seed!r}.")

    @property
    def layer_sizes(self) -> tuple[int, ...]:
        """Neurons per layer from the inputs to the outputs, e.g. (2, 4, 2, 2)."""
        return (self.n_inputs, *self.hidden, self.n_outputs)

    def to_dict(self) -> dict:
        """Plain JSON-ready values (tuples become lists)."""
        return {f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v for f in fields(self)}

    @classmethod
    def from_dict(cls, d: dict) -> NetworkSpec:
        """Build and validate a spec from :meth:`to_dict` output; ValueError if invalid."""
        if not isinstance(d, dict):
            raise ValueError("A network spec must be a mapping of field names to values.")
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - names)
        if unknown:
            raise ValueError(f"Unknown network spec field(s): {', '.join(unknown)}.")
        if "n_inputs" not in d:
            raise ValueError("The network spec is missing n_inputs.")
        kwargs = dict(d)
        for name in ("hidden", "activations"):
            if name in kwargs:
                if not isinstance(kwargs[name], list | tuple):
                    raise ValueError(f"{name} must be a list; got {kwargs[name]!r}.")
                kwargs[name] = tuple(kwargs[name])
        spec = cls(**kwargs)
        spec.validate()
        return spec
