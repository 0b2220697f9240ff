"""The app's settings model: one ``Settings`` value plus a change signal.

Panels call ``update(...)`` when the user edits a control and listen to
``changed`` to refresh themselves (with their widgets' signals blocked, so a
refresh never loops back into an update). The main window listens too and tells
the training worker what to do.

Refusals reach the user in the interface language: :func:`translated_message`
translates a :class:`~playground.settings.TranslatableError`'s template.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from playground.settings import Settings, TranslatableError, changed_keys


def translated_message(exc: BaseException) -> str:
    """``exc``'s message in the interface language.

    A :class:`~playground.settings.TranslatableError` (a refused setting, a bad
    preset) is translated through its template; anything else is shown as
    ``str(exc)``. English when no translator is installed.
    """
    if isinstance(exc, TranslatableError):
        return exc.message(QCoreApplication.translate)
    return str(exc)


class AppState(QObject):
    """Holds the current :class:`Settings` and announces changes.

    Signals
    -------
    changed(object)
        Emitted with a ``frozenset`` of changed setting names after every
        successful update.
    rejected(str)
        Emitted with a plain-words reason, in the interface language, when an
        update is refused; the settings stay as they were.
    """

    changed = Signal(object)
    rejected = Signal(str)

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings or Settings()
        self._settings.validate()

    @property
    def settings(self) -> Settings:
        return self._settings

    def update(self, **changes) -> bool:
        """Apply ``changes``; return True if accepted (even if nothing changed)."""
        try:
            new = self._settings.with_changes(**changes)
        except ValueError as exc:
            self.rejected.emit(translated_message(exc))
            return False
        keys = changed_keys(self._settings, new)
        self._settings = new
        if keys:
            self.changed.emit(keys)
        return True

    def replace_all(self, settings: Settings) -> None:
        """Swap in a whole new settings value (presets, loading a session)."""
        settings.validate()
        keys = changed_keys(self._settings, settings)
        self._settings = settings
        if keys:
            self.changed.emit(keys)
