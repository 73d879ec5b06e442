"""The UI languages: Vietnamese (the default) and English.

Source strings are English. Switching language installs the application's catalogue and Qt's own
(for the buttons and menus of Qt's dialogs) and sets the default locale for numbers and dates;
Qt then sends every widget a LanguageChange event, on which windows retranslate themselves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sxsh_desktop.paths import resource

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
LOCALES = {
    "vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translations_dir() -> Path:
    return resource("translations")


def _catalogues(language: str) -> list[Path]:
    """The application's catalogue, then Qt's: PySide6's own if it has one for ``language``,
    otherwise the one shipped here (Qt has no Vietnamese)."""
    ours = translations_dir()
    qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"
    qt_catalogue = qt_own if qt_own.exists() else ours / f"qt_{language}.qm"
    return [ours / f"sxsh_{language}.qm", qt_catalogue]


def normalized(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def install_language(language: str) -> str:
    """Make ``language`` the UI language (an unknown one means the default); returns the one used."""
    global _current
    language = normalized(language)
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs the application object"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for path in _catalogues(language):
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(LOCALES[language])
    _current = language
    return language


def current_language() -> str:
    return _current
