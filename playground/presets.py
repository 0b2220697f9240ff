"""Named starting points (resources/presets/*.json): a title and some settings.

A preset file holds ``{"title": str, "settings": {name: value, ...}}``; settings
it leaves out keep their defaults. Files are validated field by field and a bad
one raises :class:`PresetError` with a message naming the problem; like a
refused setting, its template is translated where it is shown
(``playground.state.translated_message``) and listed in
``resources/translations/runtime_strings.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

from playground.settings import Settings, TranslatableError

PRESET_DIR = Path(__file__).resolve().parent.parent / "resources" / "presets"


class PresetError(TranslatableError):
    """A preset is missing or malformed; ``str(exc)`` is the English message."""

    context = "presets"


@dataclass(frozen=True)
class Preset:
    """A validated preset; ``chosen`` names the settings its file sets."""

    name: str
    title: str
    settings: Settings
    chosen: frozenset[str] = frozenset()


def preset_names(directory: Path = PRESET_DIR) -> list[str]:
    """Names of the shipped presets, sorted."""
    return sorted(p.stem for p in directory.glob("*.json"))


def load_preset(name: str, directory: Path = PRESET_DIR) -> Preset:
    """Read and validate one preset.

    Raises
    ------
    PresetError
        If the file is missing, not JSON, or holds an unknown or invalid setting.
    """
    path = directory / f"{name}.json"
    quoted = repr(name)
    if not path.is_file():
        known = ", ".join(preset_names(directory))
        if not known:
            raise PresetError("no preset named {name}; there are no presets", name=quoted)
        raise PresetError("no preset named {name} (known: {known})", name=quoted, known=known)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PresetError("preset {name} could not be read: {reason}",
                          name=quoted, reason=str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("settings"), dict):
        raise PresetError("preset {name} must be an object with a 'settings' object", name=quoted)
    title = data.get("title", name)
    if not isinstance(title, str):
        raise PresetError("preset {name}: 'title' must be text", name=quoted)
    known_fields = {f.name: f for f in fields(Settings)}
    changes = {}
    for key, value in data["settings"].items():
        if key not in known_fields:
            raise PresetError("preset {name}: unknown setting {key}", name=quoted, key=repr(key))
        changes[key] = value
    try:
        settings = Settings().with_changes(**changes)
    except TranslatableError as exc:
        raise PresetError("preset {name}: {reason}", name=quoted, reason=exc) from exc
    except (TypeError, ValueError) as exc:
        raise PresetError("preset {name}: {reason}", name=quoted, reason=str(exc)) from exc
    return Preset(name=name, title=title, settings=settings, chosen=frozenset(changes))
