"""Which language the app speaks, and loading its translations.

Source strings are English; French comes from resources/translations/briefing_fr.qm
(built by tools/update_translations.py). Qt's own strings (standard buttons,
file dialogs) come from Qt's shipped qtbase translations when they exist.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

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


# Qt 6.12 gave these file dialog labels an accelerator; its shipped French
# (qtbase_fr.qm) still has them without, so they would show in English.
QT_GAPS = {
    "fr": {
        ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
        ("QFileDialog", "Files of &type:"): "&Type de fichier\u00a0:",
    }
}


class GapTranslator(QTranslator):
    """Asked last (installed first): only for what neither our nor Qt's .qm knows."""

    def __init__(self, table: dict, parent=None):
        super().__init__(parent)
        self.table = table

    def translate(self, context, source, disambiguation=None, n=-1):
        # None is a null QString: "not here, ask the next translator" ("" would
        # be an empty translation and blank out every string the others lack).
        return self.table.get((context, source))

    def isEmpty(self) -> bool:
        return not self.table


def default_locale(language: str) -> QLocale:
    """Dates and numbers in dialogs follow the chosen language (France's usage for French)."""
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_translations(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Install the translators for ``choice``; returns them (keep a reference)."""
    language = effective_language(choice)
    QLocale.setDefault(default_locale(language))
    installed: list[QTranslator] = []
    if language not in SHIPPED:
        return installed
    if language in QT_GAPS:
        gaps = GapTranslator(QT_GAPS[language], app)
        app.installTranslator(gaps)
        installed.append(gaps)
    ours = QTranslator(app)
    if ours.load(str(qm_path(language))):
        app.installTranslator(ours)
        installed.append(ours)
    from PySide6.QtCore import QLibraryInfo  # here: English needs no translation, nor its enums

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
