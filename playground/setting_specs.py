"""Every user setting, declared once: its type, range or choices, effect, name and tip.

This table is the single source :mod:`playground.settings` derives everything
from: the fields and defaults of ``Settings``, how a value is normalised and
checked, which keys reset the network (``RESET_KEYS`` …), the plain names that
messages use (``SETTING_NAMES``) and the tooltips. Adding a setting means adding
one :class:`SettingSpec` here (and its name and tip to
``resources/translations/runtime_strings.py``).

Pure data: no Qt, and no checking code (that lives beside ``SettingError`` in
``settings.py``). Names and tips are constant English; the GUI translates them
with ``QCoreApplication.translate("settings", text)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from engine.datasets import DATASETS, MAX_CLASSES, MAX_NOISE, MIN_CLASSES
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
DATASET_NAMES = tuple(DATASETS)
ALL_FEATURES = tuple(FEATURES)
ACTIVATION_NAMES = ("tanh", "relu", "sigmoid", "linear", "leaky_relu")
OPTIMIZER_NAMES = tuple(OPTIMIZERS)
REGULARIZATION_NAMES = tuple(REGULARIZATIONS)
INIT_NAMES = ("xavier", "he", "std", "uniform")

MAX_LAYERS = 10
MAX_NEURONS = 64
MAX_BATCH = 500
#: Seeds are what a spin box can show (NumPy takes any non-negative integer).
MAX_SEED = 2_147_483_647
#: A rate above this is a typing slip, not an experiment (the loss is NaN at once).
MAX_RATE = 100.0


@dataclass(frozen=True)
class SpeedLevel:
    """One notch of the speed slider.

    Attributes
    ----------
    label : str
        English text for the slider (translated in context ``"settings"``).
    steps_per_second : int
        Training-step rate limit; 0 means this level sets no step rate.
    epoch_per_frame : bool
        Train one epoch per displayed frame (TensorFlow Playground's pace,
        ~30 frames/s) instead of counting steps.
    """

    label: str
    steps_per_second: int = 0
    epoch_per_frame: bool = False

    @property
    def unlimited(self) -> bool:
        """True for "max": as fast as the machine can."""
        return self.steps_per_second == 0 and not self.epoch_per_frame


#: The speed slider, slowest first. One epoch per frame is the default: "max"
#: solved XOR 0.45 s after Play, before anyone had seen it learn; "max" stays
#: one notch to the right.
SPEED_LEVELS = (
    SpeedLevel("2 steps/s", 2),
    SpeedLevel("10 steps/s", 10),
    SpeedLevel("50 steps/s", 50),
    SpeedLevel("250 steps/s", 250),
    SpeedLevel("1000 steps/s", 1000),
    SpeedLevel("1 epoch per frame", epoch_per_frame=True),
    SpeedLevel("max"),
)
#: Steps per second of each speed level; 0 where no step rate is set.
SPEED_STEPS_PER_SECOND = tuple(level.steps_per_second for level in SPEED_LEVELS)
DEFAULT_SPEED = next(i for i, level in enumerate(SPEED_LEVELS) if level.epoch_per_frame)


class Effect(Enum):
    """What changing a setting does to a running session."""

    #: Applies at the next training step; the network and data are kept.
    LIVE = "live"
    #: Rebuilds data and network: a reset.
    NEW_NETWORK = "new network"
    #: Draws new data for the same network (the "Regenerate" button).
    NEW_DATA = "new data"
    #: Only changes how things are drawn.
    VIEW = "view"


class Kind(Enum):
    """What kind of value a setting (or one item of a list setting) holds."""

    NUMBER = float
    WHOLE = int
    FLAG = bool
    CHOICE = str
    LIST = tuple


@dataclass(frozen=True)
class SettingSpec:
    """Everything there is to know about one setting.

    Attributes
    ----------
    key : str
        Field name in ``Settings``, in setup files and in sessions.
    kind : Kind
        A list setting's items are of kind ``item_kind``; ``lo``, ``hi`` and
        ``choices`` then apply to each item.
    default : object
        The value of a fresh session (TensorFlow Playground's, where it has one).
    effect : Effect
    name : str
        Plain English name for messages ("learning rate"); fills ``{setting}``.
    tip : str
        English tooltip for the control.
    lo, hi : float or int, optional
        Allowed range, inclusive unless ``lo_open``.
    lo_open : bool
        The range excludes ``lo`` (a learning rate of 0 would never learn).
    choices : tuple of str
        Allowed names, in the order the GUI offers them.
    item_kind : Kind, optional
        Kind of each item of a ``LIST``.
    item_name : str
        Plain English name of one item ("neurons per layer").
    max_items : int, optional
        Longest allowed list.
    required : bool
        A list must have at least one item.
    as_set : bool
        Order does not matter: each choice may appear once and the list is
        kept in the order of ``choices``, so the same set is the same setting.
    suggested : tuple
        Values a combo box offers (free entry is allowed too).
    """

    key: str
    kind: Kind
    default: object
    effect: Effect
    name: str
    tip: str
    lo: float | None = None
    hi: float | None = None
    lo_open: bool = False
    choices: tuple[str, ...] = ()
    item_kind: Kind | None = None
    item_name: str = ""
    max_items: int | None = None
    required: bool = False
    as_set: bool = False
    suggested: tuple = ()

    @property
    def python_type(self) -> type:
        """The annotation of this setting's ``Settings`` field."""
        if self.kind is Kind.LIST:
            return tuple[self.item_kind.value, ...]
        return self.kind.value


_LIVE, _NETWORK, _DATA, _VIEW = Effect.LIVE, Effect.NEW_NETWORK, Effect.NEW_DATA, Effect.VIEW

#: Every setting, in the order settings are listed (the order of ``Settings``'
#: fields, of setup files, and of the controls from data to view).
SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "dataset", Kind.CHOICE, "circle", _NETWORK, "dataset",
        "Which points the network learns to separate, or for regression to predict. "
        "Each picture shows the dataset's points.",
        choices=DATASET_NAMES),
    SettingSpec(
        "noise", Kind.NUMBER, 0.0, _NETWORK, "noise",
        "Noise: blurs the data (flips labels near the boundary, or jitters points). "
        "A perfect fit to noisy data is overfitting.",
        lo=0.0, hi=MAX_NOISE),
    SettingSpec(
        "train_ratio", Kind.NUMBER, 0.5, _NETWORK, "ratio of training data",
        "Share of the points used for training; the rest are test points the network "
        "never learns from, to show how well it generalises.",
        lo=0.1, hi=0.9),
    SettingSpec(
        "n_classes", Kind.WHOLE, 2, _NETWORK, "number of classes",
        "Number of classes (colours) in this dataset. The output layer gets one neuron "
        "per class; softmax turns their scores into probabilities.",
        lo=MIN_CLASSES, hi=MAX_CLASSES),
    SettingSpec(
        "data_seed", Kind.WHOLE, 0, _DATA, "data seed",
        "Seed of the random points: the same seed gives the same points, so a session "
        "can be reproduced. Changing it draws new data for the same network; "
        "Regenerate picks the next seed.",
        lo=0, hi=MAX_SEED),
    SettingSpec(
        "batch_size", Kind.WHOLE, 10, _LIVE, "batch size",
        "Batch size: how many training points each gradient step averages over. "
        "Small batches give noisy, cheap steps; large ones smooth but slow steps. "
        "Changing it keeps the network.",
        lo=1, hi=MAX_BATCH),
    SettingSpec(
        "features", Kind.LIST, ("x1", "x2"), _NETWORK, "input features",
        "Which properties do you want to feed in?",
        choices=ALL_FEATURES, item_kind=Kind.CHOICE, item_name="input feature",
        required=True, as_set=True),
    SettingSpec(
        "hidden", Kind.LIST, (4, 2), _NETWORK, "hidden layers",
        "Hidden layers and their neurons. Each neuron computes a = Σ xᵢwᵢ + b and "
        "passes on y = h(a); more neurons and more layers can draw more complex "
        "boundaries.",
        lo=1, hi=MAX_NEURONS, item_kind=Kind.WHOLE, item_name="neurons per layer",
        max_items=MAX_LAYERS),
    SettingSpec(
        "activations", Kind.LIST, ("tanh", "tanh"), _NETWORK, "activation functions",
        "Activation function h of each hidden layer: the non-linearity applied to each "
        "neuron's a. Without one, stacked layers collapse into a single straight-line "
        "model.",
        choices=ACTIVATION_NAMES, item_kind=Kind.CHOICE, item_name="activation function",
        max_items=MAX_LAYERS),
    SettingSpec(
        "learning_rate", Kind.NUMBER, 0.03, _LIVE, "learning rate",
        "Learning rate η: the step size of gradient descent, W ← W − η·∂L/∂W. Too "
        "small and the loss falls slowly; too large and it jumps around or blows up "
        "to NaN. Changing it keeps the network. Pick a value or type one, e.g. 0.05.",
        lo=0.0, hi=MAX_RATE, lo_open=True, suggested=LEARNING_RATES),
    SettingSpec(
        "optimizer", Kind.CHOICE, "sgd", _LIVE, "optimizer",
        "Optimizer: how each gradient is turned into a weight update. Plain SGD steps "
        "straight downhill; the others remember past gradients or scale each step.",
        choices=OPTIMIZER_NAMES),
    SettingSpec(
        "regularization", Kind.CHOICE, "none", _LIVE, "regularization",
        "Regularization: adds a penalty for large weights to the loss, which "
        "discourages over-complicated boundaries (overfitting). Biases are not "
        "penalised.",
        choices=REGULARIZATION_NAMES),
    SettingSpec(
        "reg_rate", Kind.NUMBER, 0.0, _LIVE, "regularization rate",
        "Regularization rate λ: how strongly large weights are penalised. 0 turns the "
        "penalty off; too large and every weight is squeezed toward 0 (underfitting).",
        lo=0.0, hi=MAX_RATE, suggested=REG_RATES),
    SettingSpec(
        "init", Kind.CHOICE, "xavier", _NETWORK, "weight initialization",
        "Initial random weights, used at every reset. Xavier (std √(1/n)) suits "
        "tanh and sigmoid; He (std √(2/n)) suits ReLU; a fixed tiny std makes all "
        "neurons start nearly alike. Changing it resets the network.",
        choices=INIT_NAMES),
    SettingSpec(
        "init_seed", Kind.WHOLE, 0, _NETWORK, "initialization seed",
        "Seed of the initial random weights: the same seed gives the same starting "
        "network. Reset moves to the next seed, so each reset draws new weights.",
        lo=0, hi=MAX_SEED),
    SettingSpec(
        "speed", Kind.WHOLE, DEFAULT_SPEED, _LIVE, "speed",
        "How fast to train. Slow speeds let you watch each update; one epoch per frame "
        "is TensorFlow Playground's pace; 'max' trains as fast as this computer can.",
        lo=0, hi=len(SPEED_LEVELS) - 1),
    SettingSpec(
        "show_test", Kind.FLAG, False, _VIEW, "show test data",
        "Draw the held-out test points (hollow markers) on the boundary."),
    SettingSpec(
        "discretize", Kind.FLAG, False, _VIEW, "discretize output",
        "Colour each region by its winning class only, without confidence shading."),
    SettingSpec(
        "log_loss", Kind.FLAG, False, _VIEW, "log scale of the loss",
        "Plot the loss on a logarithmic axis, to see small late improvements."),
    SettingSpec(
        "loss_per_step", Kind.FLAG, False, _VIEW, "loss per minibatch step",
        "Plot the loss of every minibatch step (the book's iterations axis) instead of "
        "the whole-set loss after each epoch."),
)
