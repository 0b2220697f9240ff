"""Initial weights for an Affine layer (biases always start at zero).

Each initialiser is ``f(n_in, n_out, rng, std) -> W`` with ``W`` of shape
(n_in, n_out); ``std`` is used only by ``"std"``. The book's lesson: with a
fixed std of 1 sigmoid activations pile up at 0 and 1, with 0.01 they all sit
near 0.5, and Xavier (for sigmoid/tanh) or He (for ReLU) keep them spread.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

Initializer = Callable[[int, int, np.random.Generator, float], np.ndarray]


def fixed_std(n_in: int, n_out: int, rng: np.random.Generator, std: float = 0.01) -> np.ndarray:
    """Gaussian weights with a fixed standard deviation ``std``."""
    return std * rng.standard_normal((n_in, n_out))


def xavier(n_in: int, n_out: int, rng: np.random.Generator, std: float = 0.01) -> np.ndarray:
    """Gaussian weights with std ``sqrt(1 / n_in)`` (Xavier / Glorot, as in the book)."""
    return np.sqrt(1.0 / n_in) * rng.standard_normal((n_in, n_out))


def he(n_in: int, n_out: int, rng: np.random.Generator, std: float = 0.01) -> np.ndarray:
    """Gaussian weights with std ``sqrt(2 / n_in)`` (He, for ReLU)."""
    return np.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out))


def uniform(n_in: int, n_out: int, rng: np.random.Generator, std: float = 0.01) -> np.ndarray:
    """Weights uniform in [-0.5, 0.5) (TensorFlow Playground's initialisation)."""
    return rng.uniform(-0.5, 0.5, (n_in, n_out))


INITIALIZERS: dict[str, Initializer] = {
    "std": fixed_std,
    "xavier": xavier,
    "he": he,
    "uniform": uniform,
}
