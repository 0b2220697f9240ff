"""Interface language: English (the source strings) or Japanese, switchable at run time.

Every user-visible string goes through ``self.tr`` / ``QCoreApplication.translate``;
``resources/translations/nn_playground_ja.ts`` holds the Japanese, compiled to a
``.qm`` file by ``pyside6-lrelease`` (see ``resources/translations/README.md``).
Japanese terms follow the seed deck (活性化関数, 損失関数, 学習率 …).

Switching language swaps the installed translator; the window then asks every
panel and view to ``retranslate()`` (nothing is rebuilt).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("en", "ja")

_installed: dict[int, tuple[str, QTranslator | None]] = {}
_qt_own: dict[int, QTranslator] = {}


def system_language() -> str:
    """``"ja"`` when the system locale is Japanese, else ``"en"``."""
    return "ja" if QLocale.system().language() == QLocale.Japanese else "en"


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Make ``language`` the interface language of ``app`` (replacing any other).

    Returns the installed translator, or None for English or when no compiled
    translation is found (the UI then stays English).
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")
    _, old = _installed.pop(id(app), (None, None))
    if old is not None:
        app.removeTranslator(old)
    qt_old = _qt_own.pop(id(app), None)
    if qt_old is not None:
        app.removeTranslator(qt_old)
    translator = None
    if language != "en":
        # Qt's own words too (a dock's Close and Float buttons, a text field's menu).
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", folder):
            app.installTranslator(qt_own)
            _qt_own[id(app)] = qt_own
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS_DIR / f"nn_playground_{language}.qm")):
            app.installTranslator(translator)
        else:
            translator = None
    _installed[id(app)] = (language if translator is not None else "en", translator)
    return translator


def current_language(app: QCoreApplication | None = None) -> str:
    """The language last installed into ``app`` (default: the running application)."""
    app = app or QCoreApplication.instance()
    return _installed.get(id(app), ("en", None))[0]
