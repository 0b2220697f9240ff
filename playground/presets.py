"""Named starting points: the setup files in resources/presets/.

Every preset is a setup file (:mod:`playground.setup_format`): a title and the
settings it chooses; settings it leaves out keep their defaults, and
:attr:`Preset.chosen` names the ones it sets, so the window can keep the
learner's speed and display options where a preset says nothing. A bad file
raises :class:`PresetError` naming the preset, the field and the problem; like
a refused setting, its template is translated where it is shown
(``playground.state.translated_message``) and listed in
``resources/translations/runtime_strings.py``. One broken preset never hides
the others (:func:`load_all_presets`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from playground.settings import Settings, TranslatableError
from playground.setup_format import MAX_SETUP_BYTES, SetupError, parse_setup

PRESET_DIR = Path(__file__).resolve().parent.parent / "resources" / "presets"


class PresetError(TranslatableError):
    """A preset is missing or malformed; ``str(exc)`` is the English message."""

    context = "presets"


@dataclass(frozen=True)
class Preset:
    """A validated preset.

    Attributes
    ----------
    name : str
        File name without ``.json``.
    title : str
        English title (the GUI translates it in context ``"presets"``); the
        name when the file has none.
    settings : Settings
    chosen : frozenset of str
        The settings the file sets.
    views : tuple of str
        Views the preset asks to show; empty when it does not say.
    """

    name: str
    title: str
    settings: Settings
    chosen: frozenset[str] = frozenset()
    views: tuple[str, ...] = ()


def preset_names(directory: Path = PRESET_DIR) -> list[str]:
    """Names of the presets in ``directory``, sorted."""
    return sorted(p.stem for p in directory.glob("*.json"))


def load_preset(name: str, directory: Path = PRESET_DIR, *,
                known_views: Collection[str] | None = None) -> Preset:
    """Read and validate one preset.

    Parameters
    ----------
    name : str
        One of :func:`preset_names`.
    directory : Path
    known_views : collection of str, optional
        View names the window can show (see :func:`~playground.setup_format.parse_setup`).

    Raises
    ------
    PresetError
        If the file is missing or unreadable, or its setup is refused; the
        message names the preset and the field.
    """
    path = directory / f"{name}.json"
    quoted = repr(name)
    if not path.is_file():
        known = ", ".join(preset_names(directory))
        if not known:
            raise PresetError("no preset named {name}; there are no presets", name=quoted)
        raise PresetError("no preset named {name} (known: {known})", name=quoted, known=known)
    try:
        if path.stat().st_size > MAX_SETUP_BYTES:
            raise PresetError("preset {name} is too large ({size} bytes)", name=quoted,
                              size=path.stat().st_size)
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PresetError("preset {name} could not be read: {reason}",
                          name=quoted, reason=str(exc)) from exc
    try:
        setup = parse_setup(text, known_views=known_views)
    except SetupError as exc:
        raise PresetError("preset {name}: {reason}", name=quoted, reason=exc) from exc
    return Preset(name=name, title=setup.title if setup.title is not None else name,
                  settings=setup.settings, chosen=setup.chosen, views=setup.views)


def load_all_presets(directory: Path = PRESET_DIR, *,
                     known_views: Collection[str] | None = None,
                     ) -> tuple[tuple[Preset, ...], tuple[PresetError, ...]]:
    """Every preset that loads, and the refusal of each one that does not.

    For a menu: list the presets, report the errors, and let one broken file
    cost only itself.
    """
    presets, errors = [], []
    for name in preset_names(directory):
        try:
            presets.append(load_preset(name, directory, known_views=known_views))
        except PresetError as exc:
            errors.append(exc)
    return tuple(presets), tuple(errors)
