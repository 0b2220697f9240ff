"""What the app remembers between runs, in one place (``QSettings``).

Remembered: the dock arrangement and window geometry (with a version, so an
arrangement saved by an older layout is ignored rather than misapplied), the
interface language and projector mode, whether the lessons were offered once,
and each lesson's progress (the step reached and the steps done). Not
remembered: training settings (sessions come with their own files).

Where: the platform's usual place (``~/.config/nn-playground`` on Linux);
``NN_PLAYGROUND_CONFIG`` names another folder (the tests use a temporary one);
``--fresh`` starts with nothing remembered and writes nothing back.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QByteArray, QSettings

#: Bump when the docks or their default arrangement change meaningfully.
LAYOUT_VERSION = 2
ORGANIZATION = APPLICATION = "nn-playground"


class Remembered:
    """Read and write the remembered state.

    Parameters
    ----------
    fresh : bool
        Ignore anything stored and store nothing (``--fresh``).
    """

    def __init__(self, fresh: bool = False):
        self.fresh = fresh
        folder = os.environ.get("NN_PLAYGROUND_CONFIG")
        if folder:
            self._store = QSettings(os.path.join(folder, "nn-playground.ini"),
                                    QSettings.Format.IniFormat)
        else:
            self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                    ORGANIZATION, APPLICATION)

    @property
    def path(self) -> str:
        return self._store.fileName()

    # -- reading ----------------------------------------------------------------
    def _get(self, key: str, default=None):
        if self.fresh:
            return default
        return self._store.value(key, default)

    def layout(self) -> tuple[QByteArray, QByteArray] | None:
        """``(geometry, dock state)`` of an arrangement the learner made, or None.

        None also when the saved one came from another layout version, or was
        the default arrangement (which is recomputed for the window instead).
        """
        if int(self._get("layout/version", 0) or 0) != LAYOUT_VERSION:
            return None
        if str(self._get("layout/custom", "false")).lower() != "true":
            return None
        geometry, state = self._get("layout/geometry"), self._get("layout/state")
        if not isinstance(geometry, QByteArray) or not isinstance(state, QByteArray):
            return None
        return geometry, state

    def language(self) -> str | None:
        value = self._get("ui/language")
        return value if value in ("en", "ja") else None

    def projector(self) -> bool:
        return str(self._get("ui/projector", "false")).lower() == "true"

    # -- writing ----------------------------------------------------------------
    def _set(self, key: str, value) -> None:
        if not self.fresh:
            self._store.setValue(key, value)

    def save_layout(self, geometry: QByteArray, state: QByteArray, custom: bool) -> None:
        """Keep the arrangement; ``custom`` says the learner changed the default one."""
        self._set("layout/version", LAYOUT_VERSION)
        self._set("layout/custom", "true" if custom else "false")
        self._set("layout/geometry", geometry)
        self._set("layout/state", state)

    def forget_layout(self) -> None:
        if not self.fresh:
            self._store.remove("layout")

    def save_language(self, language: str) -> None:
        self._set("ui/language", language)

    def save_projector(self, on: bool) -> None:
        self._set("ui/projector", "true" if on else "false")

    # -- lessons ----------------------------------------------------------------
    def should_welcome(self) -> bool:
        """Offer lesson 1 now: on the first run only, and never with ``--fresh``
        (demos and screenshots start clean, without a welcome on top)."""
        return not self.fresh and str(self._get("lessons/welcomed", "false")).lower() != "true"

    def save_welcomed(self) -> None:
        self._set("lessons/welcomed", "true")

    def lesson_progress(self, lesson_id: str) -> tuple[int, frozenset[int]]:
        """``(step reached, steps done)`` of a lesson, counted from 0; ``(0, {})`` if new."""
        key = _lesson_key(lesson_id)
        try:
            step = max(0, int(self._get(f"lessons/{key}/step", 0) or 0))
        except (TypeError, ValueError):
            step = 0
        done = str(self._get(f"lessons/{key}/done", "") or "")
        return step, frozenset(int(v) for v in done.split(",") if v.strip().isdigit())

    def save_lesson_progress(self, lesson_id: str, step: int, done) -> None:
        key = _lesson_key(lesson_id)
        self._set(f"lessons/{key}/step", int(step))
        self._set(f"lessons/{key}/done", ",".join(str(i) for i in sorted(done)))

    def last_lesson(self) -> str | None:
        value = self._get("lessons/last")
        return str(value) if value else None

    def save_last_lesson(self, lesson_id: str) -> None:
        self._set("lessons/last", lesson_id)

    def sync(self) -> None:
        if not self.fresh:
            self._store.sync()


def _lesson_key(lesson_id: str) -> str:
    """A lesson's id as one QSettings key (a teacher's file may be called anything)."""
    return "progress_" + re.sub(r"[^A-Za-z0-9_-]", "_", lesson_id)
