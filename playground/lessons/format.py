"""Lesson files: one JSON file per lesson, read and checked field by field (no Qt).

The format is documented for teachers in ``resources/lessons/README.md``, with a
complete example. In short::

    {
      "format": "nn-playground-lesson", "version": 1, "number": 1,
      "title": {"en": "...", "ja": "..."},
      "goal": {"en": "...", "ja": "..."},                       (optional)
      "setup": {"settings": {...}, "views": ["perceptron"]},    (optional; the setup format)
      "start": [action, ...],                                   (optional)
      "steps": [
        {"do": {"en": "...", "ja": "..."},                       what to do
         "look": {"en": "...", "ja": "..."},                     what to look at (optional)
         "highlight": "learningRateCombo",                       a control or "<view>Dock"
         "check": {...},                                         (optional, see checks.py)
         "show_me": [action, ...]}                               (needed with a check)
      ]
    }

A refusal names the place: the line and column of a JSON syntax error, or the
lesson, step and field (``lesson 3, step 2, check.below: must be a number``).
:func:`load_lessons` loads every file of a folder and lets a broken one cost only
itself.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from playground.json_text import JsonTextError, parse_json_text
from playground.lessons.actions import validate_actions
from playground.lessons.checks import validate_check
from playground.lessons.fields import (
    LessonError,
    join,
    need_list,
    need_name,
    need_object,
    need_whole,
    short,
)
from playground.setup_format import FORMAT as SETUP_FORMAT
from playground.setup_format import VERSION as SETUP_VERSION
from playground.setup_format import Setup, SetupError, parse_setup

FORMAT = "nn-playground-lesson"
VERSION = 1
LANGUAGES = ("en", "ja")
LESSON_DIR = Path(__file__).resolve().parents[2] / "resources" / "lessons"
FIELDS = ("format", "version", "number", "title", "goal", "setup", "start", "steps")
STEP_FIELDS = ("do", "look", "highlight", "check", "show_me")
MAX_STEPS = 12
MAX_TEXT = 2000
MAX_LESSON_BYTES = 300_000
#: Views a lesson may name before they exist (the panel then says "not in this version
#: yet"). Every view the lessons name is built now; a lesson written ahead of its view
#: (handwritten digits, layer statistics) adds its name here.
PLANNED_VIEWS: tuple[str, ...] = ()


@dataclass(frozen=True)
class Text:
    """A text in each language the file gives; :meth:`get` falls back to the other one."""

    en: str | None = None
    ja: str | None = None

    def get(self, language: str) -> str:
        own = self.ja if language == "ja" else self.en
        return own if own is not None else (self.en if self.en is not None else self.ja)


@dataclass(frozen=True, eq=False)
class Step:
    do: Text
    look: Text | None = None
    highlight: str | None = None
    check: dict | None = None
    show_me: tuple[dict, ...] = ()


@dataclass(frozen=True, eq=False)
class Lesson:
    """A validated lesson.

    Attributes
    ----------
    id : str
        The file name without ``.json``: progress is remembered under it.
    number : int
    title, goal : Text (goal may be None)
    setup : Setup or None
        Settings and views to start from; None keeps the learner's.
    start : tuple of dict
        Actions run after the setup (e.g. the Perceptron view's weights).
    steps : tuple of Step
    path : Path or None
        Where it was read from (for Reload).
    """

    id: str
    number: int
    title: Text
    goal: Text | None
    setup: Setup | None
    start: tuple[dict, ...]
    steps: tuple[Step, ...]
    path: Path | None = None


def parse_lesson(text: str | bytes, lesson_id: str = "lesson", source: str | None = None, *,
                 known_views: Collection[str] | None = None, path: Path | None = None) -> Lesson:
    """Read and validate one lesson from its JSON text.

    Raises
    ------
    LessonError
        Naming the file (``source``), and the line and column or the lesson, step
        and field.
    """
    try:
        data = _parse_json(text)
    except LessonError as exc:
        raise exc.at(source=source) from None
    is_lesson = isinstance(data, Mapping) and data.get("format") == FORMAT
    number = data.get("number") if is_lesson else None
    known = number if isinstance(number, int) and not isinstance(number, bool) else None
    try:
        return _read(data, lesson_id, known_views, path)
    except LessonError as exc:
        raise exc.at(source=source, lesson=known) from None


def load_lesson(path: str | Path, *, known_views: Collection[str] | None = None) -> Lesson:
    """Read the lesson file at ``path`` (its id is the file name without ``.json``)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_LESSON_BYTES:
            raise LessonError("too large for a lesson ({size} bytes, at most {max})",
                              source=path.name, size=path.stat().st_size, max=MAX_LESSON_BYTES)
        text = path.read_bytes()  # decoded (or refused as not UTF-8) with the JSON
    except OSError as exc:
        raise LessonError("could not be read: {reason}", source=path.name,
                          reason=exc.strerror or str(exc)) from exc
    return parse_lesson(text, path.stem, path.name, known_views=known_views, path=path)


def load_lessons(directory: Path = LESSON_DIR, *, known_views: Collection[str] | None = None,
                 ) -> tuple[tuple[Lesson, ...], tuple[LessonError, ...]]:
    """Every lesson of ``directory`` that loads, by number, and each refusal."""
    lessons, errors = [], []
    for path in sorted(Path(directory).glob("*.json")):
        try:
            lessons.append(load_lesson(path, known_views=known_views))
        except LessonError as exc:
            errors.append(exc)
    lessons.sort(key=lambda lesson: (lesson.number, lesson.id))
    return tuple(lessons), tuple(errors)


def _parse_json(text: str | bytes):
    try:
        return parse_json_text(text)
    except JsonTextError as exc:
        raise LessonError("{reason}", reason=exc) from None


def _read(data, lesson_id: str, known_views, path: Path | None) -> Lesson:
    if not isinstance(data, Mapping):
        raise LessonError("a lesson must be a JSON object, got {kind}",
                          kind=type(data).__name__)
    if data.get("format") != FORMAT:
        raise LessonError("must be {expected}: this is not an nn-playground lesson", "format",
                          expected=json.dumps(FORMAT))
    version = need_whole(data.get("version"), "version", 1, 1_000_000)
    if version > VERSION:
        raise LessonError("this lesson is version {version}, newer than this nn-playground "
                          "reads (up to {supported}); update nn-playground to open it",
                          "version", version=version, supported=VERSION)
    need_object(data, "", FIELDS)
    number = need_whole(data.get("number"), "number", 1, 999)
    if "title" not in data:
        raise LessonError("is missing", "title")
    title = read_text(data["title"], "title")
    goal = read_text(data["goal"], "goal") if "goal" in data else None
    setup = _setup(data["setup"], known_views) if "setup" in data else None
    start = validate_actions(data.get("start", []), "start", known_views)
    if "steps" not in data:
        raise LessonError("is missing", "steps")
    steps = need_list(data["steps"], "steps", 1, MAX_STEPS)
    read = []
    for i, step in enumerate(steps):
        try:
            read.append(_step(step, known_views))
        except LessonError as exc:
            raise exc.at(step=i + 1) from None
    return Lesson(lesson_id, number, title, goal, setup, start, tuple(read), path)


def _setup(value, known_views) -> Setup:
    need_object(value, "setup", ("title", "settings", "views"))
    try:
        return parse_setup({"format": SETUP_FORMAT, "version": SETUP_VERSION, **value},
                           known_views=known_views)
    except SetupError as exc:
        raise LessonError("{reason}", "setup", reason=exc) from exc


def _step(value, known_views) -> Step:
    need_object(value, "", STEP_FIELDS)
    if "do" not in value:
        raise LessonError("is missing: say what to do", "do")
    do = read_text(value["do"], "do")
    look = read_text(value["look"], "look") if "look" in value else None
    highlight = need_name(value["highlight"], "highlight") if "highlight" in value else None
    check = validate_check(value["check"], "check", known_views) if "check" in value else None
    show_me = validate_actions(value.get("show_me", []), "show_me", known_views)
    if check is not None and not show_me:
        raise LessonError("a step with a check needs its solution in show_me", "show_me")
    return Step(do, look, highlight, check, show_me)


def read_text(value, field: str) -> Text:
    """``{"en": ..., "ja": ...}`` (at least one of the two), or plain text for English."""
    if isinstance(value, str):
        value = {"en": value}
    need_object(value, field, LANGUAGES)
    if not value:
        raise LessonError("give the text in at least one of {languages}", field,
                          languages=", ".join(LANGUAGES))
    for language, text in value.items():
        where = join(field, language)
        if not isinstance(text, str) or not text.strip():
            raise LessonError("must be text, got {value}", where, value=short(text))
        if len(text) > MAX_TEXT:
            raise LessonError("is too long ({count} characters, at most {max})", where,
                              count=len(text), max=MAX_TEXT)
    return Text(value.get("en"), value.get("ja"))
