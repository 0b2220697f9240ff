"""What every part of a lesson file is checked with: the refusal and small field readers.

A refusal is a :class:`LessonError` whose message says where, as a teacher
reading the file would look for it::

    03-affine.json: lesson 3, step 2, check.below: must be a number, got "x"
    03-affine.json: line 14, column 5: not valid JSON (Expecting ',' delimiter)

Like the other refusals of the app its template is constant English, translated
where it is shown (context ``"lessons"``), so a translation may reorder the
values. Pure Python, no Qt.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Mapping

from playground.json_text import short_json as short
from playground.settings import Phrase, TranslatableError, Translate, english

#: What an objectName or a view name looks like.
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class LessonError(TranslatableError):
    """A lesson file was refused; ``str(exc)`` is the English message.

    Attributes
    ----------
    field : str or None
        Path of the refused field inside the lesson or step, e.g. ``"check.below"``.
    source : str or None
        The file's name.
    lesson : int or None
        The lesson's number, once it is known.
    step : int or None
        The step, counted from 1 as the panel shows it.
    """

    context = "lessons"

    def __init__(self, template: str, field: str | None = None, *, source: str | None = None,
                 lesson: int | None = None, step: int | None = None, **values):
        self.field, self.source, self.lesson, self.step = field, source, lesson, step
        super().__init__(template, **values)

    def at(self, *, source: str | None = None, lesson: int | None = None,
           step: int | None = None) -> LessonError:
        """The same refusal with its place filled in (what is already known is kept)."""
        return LessonError(self.template, self.field, source=self.source or source,
                           lesson=self.lesson if self.lesson is not None else lesson,
                           step=self.step if self.step is not None else step, **self.values)

    def message(self, translate: Translate = english) -> str:
        body = super().message(translate)
        where = []
        if self.lesson is not None:
            where.append(translate("lessons", "lesson {number}").format(number=self.lesson))
        if self.step is not None:
            where.append(translate("lessons", "step {number}").format(number=self.step))
        if self.field:
            where.append(self.field)
        text = f"{', '.join(where)}: {body}" if where else body
        return f"{self.source}: {text}" if self.source else text


#: How a message names the kind of a JSON value.
_KINDS = {dict: Phrase("lessons", "an object"), list: Phrase("lessons", "a list"),
          str: Phrase("lessons", "text"), bool: Phrase("lessons", "true or false"),
          int: Phrase("lessons", "a number"), float: Phrase("lessons", "a number"),
          type(None): Phrase("lessons", "null")}


def kind(value) -> str:
    """The JSON kind of ``value`` in words."""
    return _KINDS.get(type(value), type(value).__name__)


def only(value, field: str, name: str) -> None:
    """Refuse any field of ``value`` beside ``name`` (a check or action of one key)."""
    for other in value:
        if other != name:
            raise LessonError("unknown field {name} beside {kind}", field, name=short(other),
                              kind=name)


def join(path: str, name) -> str:
    """``path.name`` or ``path[3]``."""
    if isinstance(name, int):
        return f"{path}[{name}]"
    return f"{path}.{name}" if path else str(name)


def need_object(value, field: str, allowed: tuple[str, ...] | None = None) -> Mapping:
    """``value`` if it is a JSON object with only ``allowed`` fields."""
    if not isinstance(value, Mapping):
        raise LessonError("must be an object, got {kind}", field, kind=kind(value))
    if allowed is not None:
        for name in value:
            if name not in allowed:
                raise LessonError("unknown field {name} (known: {known})", field,
                                  name=short(name), known=", ".join(allowed))
    return value


def need_list(value, field: str, lo: int = 0, hi: int | None = None) -> list:
    if not isinstance(value, list):
        raise LessonError("must be a list, got {kind}", field, kind=kind(value))
    if len(value) < lo:
        raise LessonError("needs at least {lo} item(s), got {count}", field, lo=lo,
                          count=len(value))
    if hi is not None and len(value) > hi:
        raise LessonError("takes at most {hi} items, got {count}", field, hi=hi,
                          count=len(value))
    return value


def need_number(value, field: str, lo: float = -math.inf, hi: float = math.inf) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise LessonError("must be a number, got {value}", field, value=short(value))
    if not lo <= value <= hi:
        raise LessonError("must be between {lo} and {hi}, got {value}", field, lo=f"{lo:g}",
                          hi=f"{hi:g}", value=short(value))
    return float(value)


def need_whole(value, field: str, lo: int = 0, hi: int = 1_000_000) -> int:
    if (isinstance(value, bool) or not isinstance(value, numbers.Real)
            or not math.isfinite(value) or not float(value).is_integer()):
        raise LessonError("must be a whole number, got {value}", field, value=short(value))
    if not lo <= value <= hi:
        raise LessonError("must be {lo}…{hi}, got {value}", field, lo=lo, hi=hi,
                          value=short(value))
    return int(value)


def need_true(value, field: str) -> bool:
    if value is not True:
        raise LessonError("must be true, got {value}", field, value=short(value))
    return True


def need_choice(value, field: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise LessonError("must be one of {choices}, got {value}", field,
                          choices=", ".join(choices), value=short(value))
    return value


def need_name(value, field: str) -> str:
    """An objectName or a view name."""
    if not isinstance(value, str) or not NAME.match(value):
        raise LessonError("must be a name like playButton, got {value}", field,
                          value=short(value))
    return value


def need_view(value, field: str, known_views) -> str:
    need_name(value, field)
    if known_views is not None and value not in known_views:
        raise LessonError("unknown view {value} (known: {known})", field, value=short(value),
                          known=", ".join(known_views))
    return value


def exactly_one(value: Mapping, field: str, names: tuple[str, ...], template: str) -> str:
    """The one key of ``names`` that ``value`` has (refused when none or several).

    ``template`` words the refusal with ``{names}`` and ``{count}``.
    """
    found = [n for n in names if n in value]
    if len(found) != 1:
        raise LessonError(template, field, names=", ".join(names), count=len(found))
    return found[0]
