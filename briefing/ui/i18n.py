"""Which language the app speaks, and loading its translations.

Source strings are English; French comes from resources/translations/briefing_fr.qm
(built by tools/update_translations.py). Qt's own strings (standard buttons,
file dialogs) come from Qt's shipped qtbase translations when they exist.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefing.resources import resource

SHIPPED = ("fr",)


def effective_language(choice: str, system: QLocale | None = None) -> str:
    """``choice`` is "system", "fr" or "en"; the answer is "fr" or "en"."""
    if choice in ("fr", "en"):
        return choice
    locale = system if system is not None else QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def qm_path(language: str):
    return resource("translations", f"briefing_{language}.qm")


def install_translations(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Install the translators for ``choice``; returns them (keep a reference)."""
    language = effective_language(choice)
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
    installed: list[QTranslator] = []
    if language not in SHIPPED:
        return installed
    ours = QTranslator(app)
    if ours.load(str(qm_path(language))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
