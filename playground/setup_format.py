"""One versioned file format for a whole setup: every setting and seed, a title, views.

Presets use it now; lessons, saved sessions, setup strings and the command line
are meant to use it too, so it lives apart from all of them. A setup is JSON::

    {
      "format": "nn-playground-setup",
      "version": 1,
      "title": "XOR with two hidden layers",
      "settings": {"dataset": "xor", "hidden": [4, 4], ...},
      "views": ["network", "boundary"]
    }

``format`` and ``version`` are required; ``title``, ``settings`` and ``views``
are optional. Settings left out keep their defaults (or the caller's ``base``),
and :attr:`Setup.chosen` says which ones the file chose, so a caller can keep
the learner's own speed and display options where a file says nothing.

Reading validates field by field, and a refusal is a :class:`SetupError` whose
message names the field path (``settings.hidden[2]: neurons per layer must be
1…64, got 0``), the line and column of a JSON syntax error, an unknown field by
name, or a newer version in words. Like :class:`~playground.settings.SettingError`
its template is constant English, translated where it is shown (context
``"setup"``, listed in ``resources/translations/runtime_strings.py``).

Pure Python, no Qt, no pickle.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from playground.json_text import JsonTextError, decode_text, parse_json_text, short_json
from playground.settings import SPEC, SPECS, Phrase, SettingError, Settings, TranslatableError

#: The value of every setup's ``"format"`` field.
FORMAT = "nn-playground-setup"
#: The version this code writes, and the newest it reads.
VERSION = 1
#: Top-level fields, in the order they are written.
FIELDS = ("format", "version", "title", "settings", "views")
#: A file bigger than this is not a setup someone wrote (and is not read into memory).
MAX_SETUP_BYTES = 1_000_000
#: What a view name looks like (the window's dock names: "boundary", "layerSummary").
VIEW_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")

#: How a message names the kind of a JSON value (translated in context "setup").
_JSON_KINDS = {
    dict: Phrase("setup", "an object"),
    list: Phrase("setup", "a list"),
    tuple: Phrase("setup", "a list"),
    str: Phrase("setup", "text"),
    bool: Phrase("setup", "true or false"),
    int: Phrase("setup", "a number"),
    float: Phrase("setup", "a number"),
    type(None): Phrase("setup", "null"),
}


class SetupError(TranslatableError):
    """A setup was refused; ``str(exc)`` is the English message.

    Attributes
    ----------
    field : str or None
        Path of the refused field, e.g. ``"settings.hidden[2]"``; None when
        the whole text is at fault (not JSON, too large, unreadable).
    """

    context = "setup"

    def __init__(self, template: str, field: str | None = None, **values):
        self.field = field
        super().__init__(template, field=field, **values)


@dataclass(frozen=True)
class Setup:
    """A validated setup.

    Attributes
    ----------
    settings : Settings
        Every setting: the file's, and defaults (or ``base``) for the rest.
    title : str or None
        English title, or None if the file has none.
    chosen : frozenset of str
        Keys of the settings the file gave.
    views : tuple of str
        Views to show, in order; empty when the file does not say.
    """

    settings: Settings
    title: str | None = None
    chosen: frozenset[str] = frozenset()
    views: tuple[str, ...] = ()


# -- writing ---------------------------------------------------------------------------


def setup_to_dict(settings: Settings, title: str | None = None, views: Iterable[str] = (),
                  keys: Iterable[str] | None = None) -> dict:
    """The JSON-ready form of a setup.

    Parameters
    ----------
    settings : Settings
    title : str, optional
        Left out of the dict when None.
    views : iterable of str
        Left out when empty.
    keys : iterable of str, optional
        Write only these settings (a preset that leaves speed alone); default
        every setting, so the file reproduces the session exactly.
    """
    wanted = set(SPEC) if keys is None else set(keys)
    unknown = wanted - SPEC.keys()
    if unknown:
        raise SettingError("unknown setting(s): {names}", names=", ".join(sorted(unknown)))
    data: dict = {"format": FORMAT, "version": VERSION}
    if title is not None:
        data["title"] = title
    data["settings"] = {spec.key: _jsonable(getattr(settings, spec.key))
                        for spec in SPECS if spec.key in wanted}
    views = list(views)
    if views:
        data["views"] = views
    return data


def setup_to_text(settings: Settings, title: str | None = None, views: Iterable[str] = (),
                  keys: Iterable[str] | None = None) -> str:
    """A setup as JSON text: one setting a line, so files diff and read well."""
    data = setup_to_dict(settings, title, views, keys)
    lines = ["{"]
    for i, (name, value) in enumerate(data.items()):
        comma = "," if i < len(data) - 1 else ""
        if isinstance(value, dict):
            inner = [f"    {_dump(k)}: {_dump(v)}" for k, v in value.items()]
            body = "{\n" + ",\n".join(inner) + "\n  }" if inner else "{}"
            lines.append(f"  {_dump(name)}: {body}{comma}")
        else:
            lines.append(f"  {_dump(name)}: {_dump(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _jsonable(value):
    return list(value) if isinstance(value, tuple) else value


def _dump(value) -> str:
    # Python's shortest repr of a float reads back exactly: the round trip is lossless.
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


# -- reading ---------------------------------------------------------------------------


def load_setup(path: str | Path, *, known_views: Collection[str] | None = None,
               base: Settings | None = None) -> Setup:
    """Read and validate the setup file at ``path``.

    Raises
    ------
    SetupError
        Starting with the file's name, if it cannot be read or is refused.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_SETUP_BYTES:
            raise SetupError("{source} is too large for a setup ({size} bytes, at most {max})",
                             source=path.name, size=size, max=MAX_SETUP_BYTES)
        text = path.read_bytes()  # decoded (or refused as not UTF-8) with the JSON
    except OSError as exc:
        raise SetupError("could not read {source}: {reason}", source=path.name,
                         reason=exc.strerror or str(exc)) from exc
    return parse_setup(text, source=path.name, known_views=known_views, base=base)


def parse_setup(data: str | bytes | Mapping, source: str | None = None, *,
                known_views: Collection[str] | None = None,
                base: Settings | None = None) -> Setup:
    """Validate a setup given as JSON text or as an already parsed dict.

    Parameters
    ----------
    data : str, bytes or mapping
    source : str, optional
        Where the setup came from (a file name); refusals then start with it.
    known_views : collection of str, optional
        View names the caller can show; by default any well-formed name passes.
    base : Settings, optional
        Values of the settings the setup leaves out; default ``Settings()``.

    Raises
    ------
    SetupError
        Naming the field (or the line and column) and the problem.
    """
    try:
        if not isinstance(data, Mapping):
            data = _parse_json(data)
        return _read(data, known_views, base or Settings())
    except SetupError as exc:
        if source is None:
            raise
        raise SetupError("{source}: {reason}", exc.field, source=source, reason=exc) from exc


def _parse_json(data: str | bytes):
    try:
        text = decode_text(data)
        if len(text) > MAX_SETUP_BYTES:
            raise SetupError("a setup must be at most {max} characters, got {size}",
                             max=MAX_SETUP_BYTES, size=len(text))
        return parse_json_text(text)
    except JsonTextError as exc:
        raise SetupError("{reason}", reason=exc) from None


def _read(data: Mapping, known_views: Collection[str] | None, base: Settings) -> Setup:
    if not isinstance(data, Mapping):
        raise SetupError("a setup must be a JSON object, got {kind}", kind=_kind(data))
    # Format and version first: a newer file may well hold fields this code
    # does not know, and "update the app" is then the message that helps.
    if "format" not in data:
        raise SetupError("{field} is missing: this is not an nn-playground setup", "format")
    if data["format"] != FORMAT:
        raise SetupError("{field} must be {expected}, got {value}: this is not an "
                         "nn-playground setup", "format", expected=json.dumps(FORMAT),
                         value=short_json(data["format"]))
    version = data.get("version")
    if "version" not in data:
        raise SetupError("{field} is missing", "version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SetupError("{field} must be a whole number from 1, got {value}", "version",
                         value=short_json(version))
    if version > VERSION:
        raise SetupError("this setup is version {version}, newer than this nn-playground "
                         "reads (up to {supported}); update nn-playground to open it",
                         "version", version=version, supported=VERSION)
    for name in data:
        if name not in FIELDS:
            raise SetupError("{field}: unknown field (known: {known})", _show_key(name),
                             known=", ".join(FIELDS))
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        raise SetupError("{field} must be text, got {kind}", "title", kind=_kind(title))
    settings, chosen = _read_settings(data.get("settings", {}), base)
    views = _read_views(data.get("views", []), known_views)
    return Setup(settings=settings, title=title, chosen=chosen, views=views)


def _read_settings(given, base: Settings) -> tuple[Settings, frozenset[str]]:
    if not isinstance(given, Mapping):
        raise SetupError("{field} must be a JSON object, got {kind}", "settings",
                         kind=_kind(given))
    for key in given:
        if key not in SPEC:
            raise SetupError("{field}: unknown setting (known: {known})",
                             f"settings.{_show_key(key)}", known=", ".join(SPEC))
    try:
        settings = base.with_changes(**given)
    except SettingError as exc:
        raise SetupError("{field}: {reason}", f"settings.{exc.field}", reason=exc) from exc
    return settings, frozenset(given)


def _read_views(views, known_views: Collection[str] | None) -> tuple[str, ...]:
    if not isinstance(views, list | tuple):
        raise SetupError("{field} must be a list, got {kind}", "views", kind=_kind(views))
    for i, name in enumerate(views):
        where = f"views[{i}]"
        if not isinstance(name, str):
            raise SetupError("{field} must be text, got {kind}", where, kind=_kind(name))
        if known_views is not None and name not in known_views:
            raise SetupError("{field}: unknown view {value} (known: {known})", where,
                             value=short_json(name), known=", ".join(known_views))
        if not VIEW_NAME.match(name):
            raise SetupError("{field}: {value} is not a view name", where, value=short_json(name))
        if name in views[:i]:
            raise SetupError("{field}: view {value} is listed twice", where, value=short_json(name))
    return tuple(views)


def _kind(value) -> str:
    """The JSON kind of ``value`` in words a file's author recognises.

    Parsed JSON only holds the kinds in the table; a dict built by code may hold
    anything, and its Python type name is then the most precise word.
    """
    return _JSON_KINDS.get(type(value), type(value).__name__)


def _show_key(key) -> str:
    """A JSON key in a field path: plain when it is a name, quoted otherwise."""
    return key if isinstance(key, str) and re.fullmatch(r"\w+", key) else json.dumps(key)
