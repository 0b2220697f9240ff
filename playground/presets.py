"""Named starting points (resources/presets/*.json): a title and some settings.

A preset file holds ``{"title": str, "settings": {name: value, ...}}``; settings
it leaves out keep their defaults. Files are validated field by field and a bad
one raises :class:`PresetError` with a message naming the problem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

from playground.settings import Settings

PRESET_DIR = Path(__file__).resolve().parent.parent / "resources" / "presets"


class PresetError(ValueError):
    """A preset is missing or malformed."""


@dataclass(frozen=True)
class Preset:
    name: str
    title: str
    settings: Settings


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
    if not path.is_file():
        known = ", ".join(preset_names(directory)) or "none"
        raise PresetError(f"no preset named {name!r} (known: {known})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PresetError(f"preset {name!r} could not be read: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("settings"), dict):
        raise PresetError(f"preset {name!r} must be an object with a 'settings' object")
    title = data.get("title", name)
    if not isinstance(title, str):
        raise PresetError(f"preset {name!r}: 'title' must be text")
    known_fields = {f.name: f for f in fields(Settings)}
    changes = {}
    for key, value in data["settings"].items():
        if key not in known_fields:
            raise PresetError(f"preset {name!r}: unknown setting {key!r}")
        changes[key] = value
    try:
        settings = Settings().with_changes(**changes)
    except (TypeError, ValueError) as exc:
        raise PresetError(f"preset {name!r}: {exc}") from exc
    return Preset(name=name, title=title, settings=settings)
