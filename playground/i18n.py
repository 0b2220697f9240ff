"""Interface language: English (the source strings) or Japanese.

Every user-visible string goes through ``self.tr`` / ``QCoreApplication.translate``;
``resources/translations/nn_playground_ja.ts`` holds the Japanese, compiled to a
``.qm`` file by ``pyside6-lrelease`` (see ``resources/translations/README.md``).
Japanese terms follow the seed deck (活性化関数, 損失関数, 学習率 …).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("en", "ja")


def system_language() -> str:
    """``"ja"`` when the system locale is Japanese, else ``"en"``."""
    return "ja" if QLocale.system().language() == QLocale.Japanese else "en"


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the translation for ``language`` into ``app``.

    Returns the installed translator (keep a reference), or None for English
    or when no compiled translation is found (the UI then stays English).
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS_DIR / f"nn_playground_{language}.qm")):
        return None
    app.installTranslator(translator)
    return translator
