"""The user's choices as one immutable value, with validation.

Pure Python (no Qt): the GUI state model (``state.py``) wraps it, and the
training worker receives it whole. Which keys reset the network and which apply
live is decided here, in one place.

A refused value raises :class:`SettingError`: ``str(exc)`` is plain English,
and the GUI shows the same message in the interface language by translating
its constant template (``playground.state.translated_message``). Every
template and every name in :data:`SETTING_NAMES` is listed in
``resources/translations/runtime_strings.py`` so ``pyside6-lupdate`` sees it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace

from engine.datasets import MAX_CLASSES
from engine.features import FEATURES
from engine.network import REGULARIZATIONS
from engine.optimizers import OPTIMIZERS

#: TensorFlow Playground's learning-rate list; free entry is allowed too.
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
#: TensorFlow Playground's regularisation-rate list.
REG_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
# The engine's registries are the single source of names; the GUI only picks
# an order for its drop-downs (tanh and Xavier first, as TF Playground) and
# leaves out the step function, which has no gradient to train with.
ALL_FEATURES = tuple(FEATURES)
ACTIVATION_NAMES = ("tanh", "relu", "sigmoid", "linear", "leaky_relu")
OPTIMIZER_NAMES = tuple(OPTIMIZERS)
REGULARIZATION_NAMES = REGULARIZATIONS
INIT_NAMES = ("xavier", "he", "std", "uniform")

MAX_LAYERS = 10
MAX_NEURONS = 64
MAX_BATCH = 500
#: Seeds are what a spin box can show (NumPy takes any non-negative integer).
MAX_SEED = 2_147_483_647
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

#: Plain English name of each setting, for messages that name it (``{setting}``).
SETTING_NAMES = {
    "dataset": "dataset",
    "noise": "noise",
    "train_ratio": "ratio of training data",
    "n_classes": "number of classes",
    "data_seed": "data seed",
    "batch_size": "batch size",
    "features": "input features",
    "hidden": "hidden layers",
    "activations": "activation functions",
    "learning_rate": "learning rate",
    "optimizer": "optimizer",
    "regularization": "regularization",
    "reg_rate": "regularization rate",
    "init": "weight initialization",
    "init_seed": "initialization seed",
    "speed": "speed",
    "show_test": "show test data",
    "discretize": "discretize output",
    "log_loss": "log scale of the loss",
}

#: ``translate(context, english) -> text``; Qt's ``QCoreApplication.translate`` fits.
Translate = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


class TranslatableError(ValueError):
    """A refusal whose message can be shown in any interface language.

    The message is a constant English ``template`` with ``{name}`` placeholders
    plus the ``values`` that fill them, so a translation may put the values in
    another order. ``str(exc)`` is the English message.

    Parameters
    ----------
    template : str
        Constant English text, e.g. ``"unknown optimizer {value}"``; the key a
        translator looks up (with :attr:`context`).
    setting : str, optional
        Field name of the setting the message is about; its plain name from
        :data:`SETTING_NAMES` fills ``{setting}``, translated too.
    **values
        Fill the other placeholders, already formatted. A value that is itself
        a :class:`TranslatableError` (a cause) is translated along.
    """

    #: Translation context of :attr:`template`.
    context = "settings"

    def __init__(self, template: str, setting: str | None = None, **values):
        self.template = template
        self.setting = setting
        self.values = values
        super().__init__(self.message())

    def message(self, translate: Translate = _english) -> str:
        """The message in the language ``translate`` speaks (default English)."""
        values = {
            key: value.message(translate) if isinstance(value, TranslatableError) else value
            for key, value in self.values.items()
        }
        if self.setting is not None:
            values["setting"] = translate(
                "settings", SETTING_NAMES.get(self.setting, self.setting))
        try:
            return translate(self.context, self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            if translate is _english:
                raise  # the English template itself is wrong: a bug, say so at once
            # A translation with a broken placeholder must not hide the message.
            return self.message()


class SettingError(TranslatableError):
    """A setting value was refused; the message names the setting."""


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
        SettingError
            Naming the offending setting, when a value is out of range or of
            the wrong type.
        """
        unknown = set(changes) - {f.name for f in fields(self)}
        if unknown:
            raise SettingError("unknown setting(s): {names}", names=", ".join(sorted(unknown)))
        try:
            new = replace(self, **_normalise(changes))
            new.validate()
        except TypeError as exc:  # a wrong type _normalise lets through, e.g. a list as dataset
            raise SettingError("a setting has the wrong type: {reason}", reason=str(exc)) from exc
        return new

    def validate(self) -> None:
        """Raise :class:`SettingError` with a plain message if any value is unusable."""
        from engine.datasets import DATASETS  # local: keeps import light for tests

        if not isinstance(self.dataset, str) or self.dataset not in DATASETS:
            raise SettingError("unknown dataset {value}", value=repr(self.dataset))
        _check_range("noise", self.noise, 0.0, 0.5)
        _check_range("train_ratio", self.train_ratio, 0.1, 0.9)
        if not 2 <= self.n_classes <= MAX_CLASSES:
            raise SettingError("number of classes must be 2…{max}, got {value}",
                               max=MAX_CLASSES, value=self.n_classes)
        if not 1 <= self.batch_size <= MAX_BATCH:
            raise SettingError("batch size must be 1…{max}, got {value}",
                               max=MAX_BATCH, value=self.batch_size)
        for key in ("data_seed", "init_seed"):
            if not 0 <= getattr(self, key) <= MAX_SEED:
                raise SettingError("{setting} must be 0…{max}, got {value}", key,
                                   max=MAX_SEED, value=getattr(self, key))
        if not self.features:
            raise SettingError("pick at least one input feature")
        for name in self.features:
            if name not in ALL_FEATURES:
                raise SettingError("unknown feature {value}", value=repr(name))
        if len(self.hidden) > MAX_LAYERS:
            raise SettingError("at most {max} hidden layers", max=MAX_LAYERS)
        if len(self.activations) != len(self.hidden):
            raise SettingError("one activation per hidden layer is needed")
        for n in self.hidden:
            if not 1 <= n <= MAX_NEURONS:
                raise SettingError("neurons per layer must be 1…{max}, got {value}",
                                   max=MAX_NEURONS, value=n)
        for a in self.activations:
            if a not in ACTIVATION_NAMES:
                raise SettingError("unknown activation {value}", value=repr(a))
        if not (math.isfinite(self.learning_rate) and 0 < self.learning_rate <= 100):
            raise SettingError("learning rate must be a number in (0, 100], got {value}",
                               value=self.learning_rate)
        if self.optimizer not in OPTIMIZER_NAMES:
            raise SettingError("unknown optimizer {value}", value=repr(self.optimizer))
        if self.regularization not in REGULARIZATION_NAMES:
            raise SettingError("unknown regularization {value}", value=repr(self.regularization))
        _check_range("reg_rate", self.reg_rate, 0.0, 100.0)
        if self.init not in INIT_NAMES:
            raise SettingError("unknown weight initialization {value}", value=repr(self.init))
        if not 0 <= self.speed < len(SPEED_STEPS_PER_SECOND):
            raise SettingError("speed level must be 0…{max}, got {value}",
                               max=len(SPEED_STEPS_PER_SECOND) - 1, value=self.speed)

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
            if isinstance(out[key], str):  # tuple("x1") would be ("x", "1")
                raise SettingError("{setting} must be a list, got {value}", key,
                                   value=repr(out[key]))
            try:
                out[key] = tuple(out[key])
            except TypeError:
                raise SettingError("{setting} must be a list, got {value}", key,
                                   value=repr(out[key])) from None
    for key in ("noise", "train_ratio", "learning_rate", "reg_rate"):
        if key in out:
            try:
                out[key] = float(out[key])
            except (TypeError, ValueError):
                raise SettingError("{setting} must be a number, got {value}", key,
                                   value=repr(out[key])) from None
    for key in ("n_classes", "data_seed", "batch_size", "init_seed", "speed"):
        if key in out:
            if not _is_whole(out[key]):
                raise SettingError("{setting} must be a whole number, got {value}", key,
                                   value=repr(out[key]))
            out[key] = int(out[key])
    if "hidden" in out:
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in out["hidden"]):
            raise SettingError("neurons per layer must be whole numbers, got {value}",
                               value=repr(out["hidden"]))
    if "features" in out:
        # One canonical order, so the same set of features is the same setting.
        out["features"] = tuple(f for f in ALL_FEATURES if f in out["features"]) + tuple(
            f for f in out["features"] if f not in ALL_FEATURES
        )
    for key in ("show_test", "discretize", "log_loss"):
        if key in out and not isinstance(out[key], bool):
            raise SettingError("{setting} must be true or false, got {value}", key,
                               value=repr(out[key]))
    return out


def _is_whole(value) -> bool:
    if isinstance(value, bool):
        return False
    try:
        return int(value) == value
    except (TypeError, ValueError, OverflowError):  # "x", None, nan, inf
        return False


def _check_range(key: str, value: float, lo: float, hi: float) -> None:
    if not (math.isfinite(value) and lo <= value <= hi):
        raise SettingError("{setting} must be between {lo} and {hi}, got {value}", key,
                           lo=f"{lo:g}", hi=f"{hi:g}", value=value)
