"""The user's choices as one immutable value, with validation.

Pure Python (no Qt): the GUI state model (``state.py``) wraps it, and the
training worker receives it whole. Which keys reset the network and which apply
live is decided here, in one place.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace

#: TensorFlow Playground's learning-rate list; free entry is allowed too.
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
#: TensorFlow Playground's regularisation-rate list.
REG_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
ALL_FEATURES = ("x1", "x2", "x1sq", "x2sq", "x1x2", "sin_x1", "sin_x2")
ACTIVATION_NAMES = ("tanh", "relu", "sigmoid", "linear", "leaky_relu")
OPTIMIZER_NAMES = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
REGULARIZATION_NAMES = ("none", "l1", "l2")
INIT_NAMES = ("xavier", "he", "std", "uniform")

MAX_LAYERS = 10
MAX_NEURONS = 64
MAX_BATCH = 500
MAX_CLASSES = 5
#: Speed levels: training steps per second; 0 means flat out.
SPEED_STEPS_PER_SECOND = (2, 10, 50, 250, 1000, 0)

#: Changing any of these rebuilds data and network (a reset).
RESET_KEYS = frozenset(
    {"dataset", "noise", "train_ratio", "n_classes", "features", "hidden",
     "activations", "init", "init_seed"}
)
#: Changing any of these keeps the network and applies at the next step.
LIVE_KEYS = frozenset(
    {"learning_rate", "optimizer", "regularization", "reg_rate", "batch_size", "speed"}
)
#: New data, same network (the "regenerate" button).
REGENERATE_KEYS = frozenset({"data_seed"})
#: Only how things are drawn.
VIEW_KEYS = frozenset({"show_test", "discretize", "log_loss"})


@dataclass(frozen=True)
class Settings:
    """Every user setting of a session.

    Attributes mirror the controls. ``noise`` and ``train_ratio`` are fractions
    (the sliders show percent). ``activations`` has one entry per hidden layer.
    """

    dataset: str = "circle"
    noise: float = 0.0
    train_ratio: float = 0.5
    n_classes: int = 2
    data_seed: int = 0
    batch_size: int = 10
    features: tuple[str, ...] = ("x1", "x2")
    hidden: tuple[int, ...] = (4, 2)
    activations: tuple[str, ...] = ("tanh", "tanh")
    learning_rate: float = 0.03
    optimizer: str = "sgd"
    regularization: str = "none"
    reg_rate: float = 0.0
    init: str = "xavier"
    init_seed: int = 0
    speed: int = len(SPEED_STEPS_PER_SECOND) - 1
    show_test: bool = False
    discretize: bool = False
    log_loss: bool = False

    def with_changes(self, **changes) -> Settings:
        """Return a validated copy with ``changes`` applied.

        Raises
        ------
        ValueError
            Naming the offending setting, when a value is out of range.
        """
        unknown = set(changes) - {f.name for f in fields(self)}
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        try:
            new = replace(self, **_normalise(changes))
            new.validate()
        except TypeError as exc:  # e.g. a string where a number belongs
            raise ValueError(f"a setting has the wrong type: {exc}") from exc
        return new

    def validate(self) -> None:
        """Raise ``ValueError`` with a plain message if any value is unusable."""
        from engine.datasets import DATASETS  # local: keeps import light for tests

        if self.dataset not in DATASETS:
            raise ValueError(f"unknown dataset {self.dataset!r}")
        _check_range("noise", self.noise, 0.0, 0.5)
        _check_range("train_ratio", self.train_ratio, 0.1, 0.9)
        if not 2 <= self.n_classes <= MAX_CLASSES:
            raise ValueError(f"number of classes must be 2…{MAX_CLASSES}, got {self.n_classes}")
        if not 1 <= self.batch_size <= MAX_BATCH:
            raise ValueError(f"batch size must be 1…{MAX_BATCH}, got {self.batch_size}")
        if not self.features:
            raise ValueError("pick at least one input feature")
        for name in self.features:
            if name not in ALL_FEATURES:
                raise ValueError(f"unknown feature {name!r}")
        if len(self.hidden) > MAX_LAYERS:
            raise ValueError(f"at most {MAX_LAYERS} hidden layers")
        if len(self.activations) != len(self.hidden):
            raise ValueError("one activation per hidden layer is needed")
        for n in self.hidden:
            if not 1 <= n <= MAX_NEURONS:
                raise ValueError(f"neurons per layer must be 1…{MAX_NEURONS}, got {n}")
        for a in self.activations:
            if a not in ACTIVATION_NAMES:
                raise ValueError(f"unknown activation {a!r}")
        if not (math.isfinite(self.learning_rate) and 0 < self.learning_rate <= 100):
            raise ValueError(
                f"learning rate must be a number in (0, 100], got {self.learning_rate}"
            )
        if self.optimizer not in OPTIMIZER_NAMES:
            raise ValueError(f"unknown optimizer {self.optimizer!r}")
        if self.regularization not in REGULARIZATION_NAMES:
            raise ValueError(f"unknown regularization {self.regularization!r}")
        _check_range("regularization rate", self.reg_rate, 0.0, 100.0)
        if self.init not in INIT_NAMES:
            raise ValueError(f"unknown weight initialisation {self.init!r}")
        if not 0 <= self.speed < len(SPEED_STEPS_PER_SECOND):
            raise ValueError(f"speed level must be 0…{len(SPEED_STEPS_PER_SECOND) - 1}")

    @property
    def problem(self) -> str:
        """``"classification"`` or ``"regression"``, from the dataset."""
        from engine.datasets import DATASETS

        return DATASETS[self.dataset].kind

    @property
    def steps_per_second(self) -> float:
        """Training rate limit for the chosen speed; 0 means unlimited."""
        return float(SPEED_STEPS_PER_SECOND[self.speed])

    def to_dict(self) -> dict:
        return asdict(self)


def changed_keys(old: Settings, new: Settings) -> frozenset[str]:
    """Names of the settings that differ between ``old`` and ``new``."""
    return frozenset(f.name for f in fields(old) if getattr(old, f.name) != getattr(new, f.name))


def _normalise(changes: dict) -> dict:
    out = dict(changes)
    for key in ("features", "hidden", "activations"):
        if key in out:
            out[key] = tuple(out[key])
    for key in ("noise", "train_ratio", "learning_rate", "reg_rate"):
        if key in out:
            out[key] = float(out[key])
    for key in ("n_classes", "data_seed", "batch_size", "init_seed", "speed"):
        if key in out:
            if isinstance(out[key], bool) or int(out[key]) != out[key]:
                raise ValueError(f"{key} must be a whole number, got {out[key]!r}")
            out[key] = int(out[key])
    if "hidden" in out:
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in out["hidden"]):
            raise ValueError(f"neurons per layer must be whole numbers, got {out['hidden']}")
    if "features" in out:
        # One canonical order, so the same set of features is the same setting.
        out["features"] = tuple(f for f in ALL_FEATURES if f in out["features"]) + tuple(
            f for f in out["features"] if f not in ALL_FEATURES
        )
    for key in ("show_test", "discretize", "log_loss"):
        if key in out and not isinstance(out[key], bool):
            raise ValueError(f"{key} must be true or false, got {out[key]!r}")
    return out


def _check_range(name: str, value: float, lo: float, hi: float) -> None:
    if not (math.isfinite(value) and lo <= value <= hi):
        raise ValueError(f"{name} must be between {lo:g} and {hi:g}, got {value}")
