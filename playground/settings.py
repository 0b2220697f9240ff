"""The user's choices as one immutable value, checked by one rule per setting.

Pure Python (no Qt): the GUI state model (``state.py``) wraps it, and the
training worker receives it whole. Each setting is declared once, in
:data:`playground.setting_specs.SPECS`; this module derives from that table the
fields and defaults of :class:`Settings`, normalisation and validation, the key
sets (``RESET_KEYS`` …) and the names (``SETTING_NAMES``). A ``Settings`` is
checked when it is made, so every value that exists is valid.

A refused value raises :class:`SettingError`: ``str(exc)`` is plain English,
and the GUI shows the same message in the interface language by translating
its constant template (``playground.state.translated_message``). Every
template, setting name and tip is listed in
``resources/translations/runtime_strings.py`` so ``pyside6-lupdate`` sees it.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields, make_dataclass, replace

from engine.datasets import DATASETS, MAX_CLASSES
from playground.setting_specs import (  # noqa: F401 (re-exported: panels import them from here)
    ACTIVATION_NAMES,
    ALL_FEATURES,
    DATASET_NAMES,
    DEFAULT_SPEED,
    INIT_NAMES,
    LEARNING_RATES,
    MAX_BATCH,
    MAX_LAYERS,
    MAX_NEURONS,
    MAX_RATE,
    MAX_SEED,
    OPTIMIZER_NAMES,
    REG_RATES,
    REGULARIZATION_NAMES,
    SPECS,
    SPEED_LEVELS,
    SPEED_STEPS_PER_SECOND,
    Effect,
    Kind,
    SettingSpec,
    SpeedLevel,
)

#: Each setting's declaration by key.
SPEC: dict[str, SettingSpec] = {spec.key: spec for spec in SPECS}
#: Plain English name of each setting, for messages that name it (``{setting}``).
SETTING_NAMES: dict[str, str] = {spec.key: spec.name for spec in SPECS}
#: Plain English name of one item of each list setting ("neurons per layer").
ITEM_NAMES: dict[str, str] = {spec.key: spec.item_name for spec in SPECS if spec.item_name}
#: English tooltip of each setting.
SETTING_TIPS: dict[str, str] = {spec.key: spec.tip for spec in SPECS}


def _keys(effect: Effect) -> frozenset[str]:
    return frozenset(spec.key for spec in SPECS if spec.effect is effect)


#: Changing any of these rebuilds data and network (a reset).
RESET_KEYS = _keys(Effect.NEW_NETWORK)
#: Changing any of these keeps the network and applies at the next step.
LIVE_KEYS = _keys(Effect.LIVE)
#: New data, same network (the "regenerate" button).
REGENERATE_KEYS = _keys(Effect.NEW_DATA)
#: Only how things are drawn.
VIEW_KEYS = _keys(Effect.VIEW)

#: ``translate(context, english) -> text``; Qt's ``QCoreApplication.translate`` fits.
Translate = Callable[[str, str], str]


def english(context: str, text: str) -> str:
    """The identity :data:`Translate`: messages stay in English."""
    return text


class Phrase(str):
    """A constant English word a message is filled with, translated along with it.

    E.g. the kind of a JSON value ("a list") in "must be an object, got a list".
    """

    def __new__(cls, context: str, text: str) -> Phrase:
        phrase = super().__new__(cls, text)
        phrase.context = context
        return phrase

    def message(self, translate: Translate = english) -> str:
        return translate(self.context, str(self))


class TranslatableError(ValueError):
    """A refusal whose message can be shown in any interface language.

    The message is a constant English ``template`` with ``{name}`` placeholders
    plus the ``values`` that fill them, so a translation may put the values in
    another order. ``str(exc)`` is the English message.

    Parameters
    ----------
    template : str
        Constant English text, e.g. ``"unknown setting(s): {names}"``; the key a
        translator looks up (with :attr:`context`).
    setting : str, optional
        Key of the setting the message is about; its plain name from
        :data:`SETTING_NAMES` fills ``{setting}``, translated too.
    **values
        Fill the other placeholders, already formatted. A value that is itself
        a :class:`TranslatableError` (a cause) or a :class:`Phrase` is translated
        along.
    """

    #: Translation context of :attr:`template`.
    context = "settings"

    def __init__(self, template: str, setting: str | None = None, **values):
        self.template = template
        self.setting = setting
        self.values = values
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        """The message in the language ``translate`` speaks (default English)."""
        values = {
            key: value.message(translate) if isinstance(value, TranslatableError | Phrase)
            else value
            for key, value in self.values.items()
        }
        values.update(self._names(translate))
        try:
            return translate(self.context, self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            if translate is english:
                raise  # the English template itself is wrong: a bug, say so at once
            # A translation with a broken placeholder must not hide the message.
            return self.message()

    def _names(self, translate: Translate) -> dict[str, str]:
        if self.setting is None:
            return {}
        return {"setting": translate("settings", SETTING_NAMES.get(self.setting, self.setting))}


class SettingError(TranslatableError):
    """A setting value was refused; the message names the setting.

    Parameters
    ----------
    template, setting, **values
        As :class:`TranslatableError`.
    index : int, optional
        Which item of a list setting was refused. ``{setting}`` is then the
        item's name ("neurons per layer"); ``{item}`` always is.
    """

    def __init__(self, template: str, setting: str | None = None, *,
                 index: int | None = None, **values):
        self.index = index
        super().__init__(template, setting, **values)

    @property
    def field(self) -> str | None:
        """Where the refused value sits: ``"hidden[2]"``, ``"noise"`` or None."""
        if self.setting is None or self.index is None:
            return self.setting
        return f"{self.setting}[{self.index}]"

    def _names(self, translate: Translate) -> dict[str, str]:
        names = super()._names(translate)
        item = ITEM_NAMES.get(self.setting or "")
        if item:
            names["item"] = translate("settings", item)
            if self.index is not None:
                names["setting"] = names["item"]
        return names


# -- one rule per setting ---------------------------------------------------------------


def check_value(key: str, value):
    """``value`` in its normal form for setting ``key``.

    Numbers become ``float``, whole numbers ``int`` (``10.0`` is accepted),
    lists ``tuple``; a set-like list is put in canonical order.

    Raises
    ------
    SettingError
        Naming the setting (and the item of a list), if ``value`` is refused.
    KeyError
        If ``key`` is not a setting.
    """
    spec = SPEC[key]
    if spec.kind is Kind.LIST:
        return _check_list(spec, value)
    return _check_item(spec, spec.kind, value, None)


def _check_item(spec: SettingSpec, kind: Kind, value, index: int | None):
    key = spec.key
    if kind is Kind.FLAG:
        if not isinstance(value, bool):
            raise SettingError("{setting} must be true or false, got {value}", key,
                               index=index, value=repr(value))
        return value
    if kind is Kind.CHOICE:
        if not isinstance(value, str) or value not in spec.choices:
            raise SettingError("unknown {setting} {value} (choose from {choices})", key,
                               index=index, value=repr(value), choices=", ".join(spec.choices))
        return value
    if kind is Kind.WHOLE:
        if not _is_whole(value):
            raise SettingError("{setting} must be a whole number, got {value}", key,
                               index=index, value=repr(value))
        value = int(value)
        if not spec.lo <= value <= spec.hi:
            raise SettingError("{setting} must be {lo}…{hi}, got {value}", key, index=index,
                               lo=spec.lo, hi=spec.hi, value=value)
        return value
    # Kind.NUMBER; JSON's true is not 1.0, and "0.1" is text the caller must parse.
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise SettingError("{setting} must be a number, got {value}", key,
                           index=index, value=repr(value))
    value = float(value)
    lo, hi = f"{spec.lo:g}", f"{spec.hi:g}"
    if spec.lo_open:
        if not (math.isfinite(value) and spec.lo < value <= spec.hi):
            raise SettingError("{setting} must be a number in ({lo}, {hi}], got {value}", key,
                               index=index, lo=lo, hi=hi, value=value)
    elif not (math.isfinite(value) and spec.lo <= value <= spec.hi):
        raise SettingError("{setting} must be between {lo} and {hi}, got {value}", key,
                           index=index, lo=lo, hi=hi, value=value)
    return value


def _check_list(spec: SettingSpec, value) -> tuple:
    key = spec.key
    # A string is a sequence too, but tuple("x1") would be ("x", "1").
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise SettingError("{setting} must be a list, got {value}", key, value=repr(value))
    if spec.max_items is not None and len(value) > spec.max_items:
        raise SettingError("at most {max} {setting}, got {count}", key,
                           max=spec.max_items, count=len(value))
    if spec.required and not value:
        raise SettingError("pick at least one {item}", key)
    items = tuple(_check_item(spec, spec.item_kind, v, i) for i, v in enumerate(value))
    if spec.as_set:
        for i, item in enumerate(items):
            if item in items[:i]:
                raise SettingError("{setting} {value} is listed twice", key, index=i,
                                   value=repr(item))
        items = tuple(choice for choice in spec.choices if choice in items)
    return items


def _is_whole(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, numbers.Integral):
        return True
    return isinstance(value, numbers.Real) and math.isfinite(value) and float(value).is_integer()


def _check_together(s: Settings) -> None:
    """The one rule that spans two settings."""
    if len(s.activations) != len(s.hidden):
        raise SettingError(
            "one activation per hidden layer is needed (hidden layers: {layers}, activations: {count})",
            "activations", count=len(s.activations), layers=len(s.hidden))


# -- the value ------------------------------------------------------------------------


_Fields = make_dataclass(
    "_Fields",
    [(spec.key, spec.python_type, field(default=spec.default)) for spec in SPECS],
    frozen=True,
)
_Fields.__module__ = __name__


@dataclass(frozen=True)
class Settings(_Fields):
    """Every user setting of a session (fields and defaults from ``SPECS``).

    Making one checks and normalises every value (:class:`SettingError` if
    refused), so a ``Settings`` that exists is valid. ``noise`` and
    ``train_ratio`` are fractions (the sliders show percent); ``activations``
    has one entry per hidden layer; ``speed`` indexes :data:`SPEED_LEVELS`.
    """

    def __post_init__(self) -> None:
        for spec in SPECS:
            object.__setattr__(self, spec.key, check_value(spec.key, getattr(self, spec.key)))
        _check_together(self)

    def with_changes(self, **changes) -> Settings:
        """Return a checked copy with ``changes`` applied.

        Raises
        ------
        SettingError
            Naming the offending setting, when a value is refused or a key is
            not a setting.
        """
        unknown = set(changes) - SPEC.keys()
        if unknown:
            raise SettingError("unknown setting(s): {names}", names=", ".join(sorted(unknown)))
        return replace(self, **changes)

    def validate(self) -> None:
        """Raise :class:`SettingError` if any value is unusable (never, once made)."""
        for spec in SPECS:
            check_value(spec.key, getattr(self, spec.key))
        _check_together(self)

    @property
    def problem(self) -> str:
        """``"classification"`` or ``"regression"``, from the dataset."""
        return DATASETS[self.dataset].kind

    @property
    def speed_level(self) -> SpeedLevel:
        """The chosen notch of the speed slider."""
        return SPEED_LEVELS[self.speed]

    @property
    def steps_per_second(self) -> float:
        """Training-step rate limit; 0 means no step rate (see :attr:`epoch_per_frame`)."""
        return float(self.speed_level.steps_per_second)

    @property
    def epoch_per_frame(self) -> bool:
        """Train one epoch per displayed frame rather than to a step rate."""
        return self.speed_level.epoch_per_frame

    def to_dict(self) -> dict:
        """Every setting by key (lists as tuples); ``Settings(**d)`` rebuilds it."""
        return asdict(self)


def changed_keys(old: Settings, new: Settings) -> frozenset[str]:
    """Names of the settings that differ between ``old`` and ``new``."""
    return frozenset(f.name for f in fields(old) if getattr(old, f.name) != getattr(new, f.name))


__all__ = [
    "ACTIVATION_NAMES", "ALL_FEATURES", "DATASET_NAMES", "DEFAULT_SPEED", "INIT_NAMES",
    "ITEM_NAMES", "LEARNING_RATES", "LIVE_KEYS", "MAX_BATCH", "MAX_CLASSES", "MAX_LAYERS",
    "MAX_NEURONS", "MAX_RATE", "MAX_SEED", "OPTIMIZER_NAMES", "Phrase", "REG_RATES", "REGENERATE_KEYS",
    "REGULARIZATION_NAMES", "RESET_KEYS", "SETTING_NAMES", "SETTING_TIPS", "SPEC", "SPECS",
    "SPEED_LEVELS", "SPEED_STEPS_PER_SECOND", "VIEW_KEYS", "Effect", "Kind", "SettingError",
    "SettingSpec", "Settings", "SpeedLevel", "Translate", "TranslatableError", "changed_keys",
    "check_value", "english",
]
