"""Display names and tips of everything a learner picks from a list, in one place.

Datasets, input features, activation functions, optimizers, weight
initialisations, regularisations and output losses: one entry per key of the
engine's registries (``tests/playground/test_catalogue.py`` checks they match),
so the data picker, the feature toggles, the combo boxes and the network
diagram all say the same thing ("sin X₁", never also "sin(X₁)").

The texts are constant English. The GUI translates them with
``QCoreApplication.translate("catalogue", text)``, or passes that function as
``translate`` to :func:`names` / :meth:`CatalogueEntry.translated`; every text
is listed in ``resources/translations/runtime_strings.py``. Pure Python (no
Qt), so scripts and the worker may use it too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

#: Translation context of every catalogue text.
CONTEXT = "catalogue"

#: ``translate(context, english) -> text``; Qt's ``QCoreApplication.translate`` fits.
Translate = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class CatalogueEntry:
    """How one choice is shown.

    Attributes
    ----------
    key : str
        The registry key (``"sin_x1"``), as settings and files store it.
    name : str
        Display name (``"sin X₁"``).
    short : str
        Name for a tight spot, e.g. under a dataset thumbnail; often ``name``.
    tip : str
        One or two sentences for a tooltip.
    """

    key: str
    name: str
    short: str
    tip: str

    def translated(self, translate: Translate = _english) -> CatalogueEntry:
        """A copy with name, short name and tip in the language of ``translate``."""
        return replace(self, name=translate(CONTEXT, self.name),
                       short=translate(CONTEXT, self.short), tip=translate(CONTEXT, self.tip))


def _entries(*rows: tuple[str, ...]) -> dict[str, CatalogueEntry]:
    """``(key, name, tip)`` or ``(key, name, tip, short)`` rows, in display order."""
    return {row[0]: CatalogueEntry(row[0], row[1], row[3] if len(row) > 3 else row[1], row[2])
            for row in rows}


_CATALOGUE: dict[str, dict[str, CatalogueEntry]] = {
    # Names as engine.datasets labels them; order as engine.datasets.DATASETS.
    "dataset": _entries(
        ("circle", "Circle", "One class inside a ring of the other. No straight line "
         "separates them: add X₁² and X₂², or a hidden layer."),
        ("xor", "Exclusive or", "Opposite quadrants share a class. Needs X₁X₂ or a hidden "
         "layer: a single neuron draws only one straight line.", "XOR"),
        ("gaussian", "Gaussian", "Two clouds of points: a straight line separates them, "
         "so even a network without hidden layers succeeds.", "Gauss"),
        ("spiral", "Spiral", "Interleaved spiral arms, the hardest set: try several "
         "hidden layers, or sin X₁, sin X₂. Supports 2–5 classes."),
        ("moons", "Two moons", "Two interleaved half circles: a curved boundary.", "Moons"),
        ("blobs", "Gaussian blobs", "Clusters around a circle, one per class (2–5): "
         "softmax with several outputs.", "Blobs"),
        ("reg_plane", "Plane", "Regression: the target rises linearly with X₁ + X₂."),
        ("reg_gaussian", "Multi Gaussian", "Regression: six positive and negative bumps.",
         "Bumps"),
        ("gate_and", "AND gate", "The AND truth table (4 points): one neuron is enough.",
         "AND"),
        ("gate_or", "OR gate", "The OR truth table (4 points): one neuron is enough.", "OR"),
        ("gate_nand", "NAND gate", "The NAND truth table (4 points): one neuron is enough.",
         "NAND"),
        ("gate_xor", "XOR gate", "The XOR truth table (4 points): one neuron cannot do "
         "it; XOR = AND(NAND, OR) needs a hidden layer.", "XOR"),
    ),
    "feature": _entries(
        ("x1", "X₁", "X₁: the horizontal coordinate of the point, as it is."),
        ("x2", "X₂", "X₂: the vertical coordinate of the point, as it is."),
        ("x1sq", "X₁²", "X₁²: large on both the left and the right edge. With X₂², "
         "one neuron can draw a circle (the Circle dataset)."),
        ("x2sq", "X₂²", "X₂²: large at both the top and the bottom edge."),
        ("x1x2", "X₁X₂", "X₁X₂: positive in two opposite quadrants, negative in the "
         "others, which solves XOR with no hidden layer."),
        ("sin_x1", "sin X₁", "sin X₁: stripes that repeat left to right; helps with "
         "the spiral."),
        ("sin_x2", "sin X₂", "sin X₂: stripes that repeat bottom to top."),
    ),
    # The GUI's order (settings.ACTIVATION_NAMES), then the step function it does
    # not offer for training but the diagram may still have to name.
    "activation": _entries(
        ("tanh", "tanh", "tanh(a): squashes into −1…1, centred on 0."),
        ("relu", "ReLU", "ReLU: max(0, a). Fast to train; a neuron whose a stays "
         "negative stops learning (\"dead\")."),
        ("sigmoid", "sigmoid", "sigmoid: 1 / (1 + e^−a), squashes into 0…1. Saturates, so "
         "gradients vanish in deep networks."),
        ("linear", "linear", "linear: h(a) = a. Layers of linear neurons add up to one "
         "linear model."),
        ("leaky_relu", "leaky ReLU", "leaky ReLU: a for a > 0, else 0.01·a, so it never "
         "quite dies."),
        ("step", "step", "step: 1 for a > 0, else 0. Its gradient is 0 almost everywhere, "
         "so gradient descent cannot train it."),
    ),
    "optimizer": _entries(
        ("sgd", "SGD", "Stochastic gradient descent: W ← W − η·∂L/∂W."),
        ("momentum", "Momentum", "Momentum: builds up speed like a ball rolling downhill, "
         "smoothing the zig-zag of SGD (β = 0.9)."),
        ("nesterov", "Nesterov", "Nesterov: momentum that looks ahead before stepping."),
        ("adagrad", "AdaGrad", "AdaGrad: shrinks the step of weights that have already "
         "moved a lot."),
        ("rmsprop", "RMSprop", "RMSprop: like AdaGrad, but forgets old gradients, so "
         "steps do not shrink to nothing."),
        ("adam", "Adam", "Adam: momentum plus per-weight step sizes; a robust "
         "default (try η = 0.001…0.01)."),
    ),
    "init": _entries(
        ("xavier", "Xavier", "Xavier: normal with std √(1/n_in); for tanh and sigmoid."),
        ("he", "He", "He: normal with std √(2/n_in); for ReLU."),
        ("std", "Fixed std 0.01", "Normal with a fixed std of 0.01: with sigmoid, "
         "activations all sit near 0.5 and learning is slow."),
        ("uniform", "Uniform ±0.5", "Uniform between −0.5 and +0.5."),
    ),
    "regularization": _entries(
        ("none", "None", "No penalty: the loss is the data loss only."),
        ("l1", "L1", "L1: adds λ·Σ|W|, pushing unneeded weights to exactly zero."),
        ("l2", "L2", "L2 (weight decay): adds ½λ·ΣW², shrinking all weights a "
         "little every step."),
    ),
    # The output layer's function and loss; short is what the diagram's output
    # node shows (the regression output is the activation "linear").
    "loss": _entries(
        ("softmax_cross_entropy", "softmax + cross-entropy", "Classification: one output "
         "neuron per class; softmax turns their scores into probabilities that add up "
         "to 1, and the cross-entropy loss is −log(probability of the right class).",
         "softmax"),
        ("mse", "identity + mean squared error", "Regression: the output neuron passes "
         "its value through unchanged, and the loss is the mean squared error ½ · mean "
         "of (y − t)² over the points (the ½ makes each point's gradient simply y − t).",
         "linear"),
    ),
}

#: Every kind of choice the catalogue describes.
KINDS: tuple[str, ...] = tuple(_CATALOGUE)


def _kind(kind: str) -> dict[str, CatalogueEntry]:
    try:
        return _CATALOGUE[kind]
    except KeyError:
        raise KeyError(f"no catalogue kind {kind!r}; kinds are {', '.join(KINDS)}") from None


def keys(kind: str) -> tuple[str, ...]:
    """The keys of ``kind`` (``"dataset"``, ``"feature"`` …), in display order."""
    return tuple(_kind(kind))


def entry(kind: str, key: str) -> CatalogueEntry:
    """The English entry of ``key``; ``KeyError`` naming both if there is none."""
    entries = _kind(kind)
    try:
        return entries[key]
    except KeyError:
        raise KeyError(f"no {kind} {key!r} in the catalogue") from None


def label(kind: str, key: str, translate: Translate = _english) -> str:
    """Display name of ``key``, translated; an unknown key is shown as it is."""
    found = _kind(kind).get(key)
    return translate(CONTEXT, found.name) if found else key


def names(kind: str, translate: Translate = _english, short: bool = False) -> dict[str, str]:
    """``{key: display name}`` of ``kind`` in display order, translated."""
    return {key: translate(CONTEXT, e.short if short else e.name)
            for key, e in _kind(kind).items()}


def texts() -> list[str]:
    """Every distinct English text of the catalogue, for the translation lists."""
    seen: dict[str, None] = {}
    for entries in _CATALOGUE.values():
        for e in entries.values():
            seen.update(dict.fromkeys((e.name, e.short, e.tip)))
    return list(seen)
