"""The section editors, in the order the main window shows them.

``SECTION_EDITORS`` is the contract with the main window: (section key, editor
class or a stand-in for it). The stand-ins import their module when the
section is first shown, so start-up loads only the editor on screen.
``EDITORS`` gives the classes themselves (importing them all).
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from briefing.ui.editors.base import SectionEditor

# Source strings for pyside6-lupdate; SectionEditor.title() translates them.
_TITLES = (
    QT_TRANSLATE_NOOP("SectionEditor", "Visit"),
    QT_TRANSLATE_NOOP("SectionEditor", "Programme"),
    QT_TRANSLATE_NOOP("SectionEditor", "People"),
    QT_TRANSLATE_NOOP("SectionEditor", "Messages"),
    QT_TRANSLATE_NOOP("SectionEditor", "Questions"),
    QT_TRANSLATE_NOOP("SectionEditor", "Sensitivities"),
    QT_TRANSLATE_NOOP("SectionEditor", "Contacts"),
)


class LazyEditor:
    """An editor class, imported when its section is first built."""

    def __init__(self, module: str, name: str, title: str):
        self.module, self.name, self.TITLE = f"briefing.ui.editors.{module}", name, title

    def load(self) -> type[SectionEditor]:
        return getattr(import_module(self.module), self.name)

    def title(self) -> str:
        return QCoreApplication.translate("SectionEditor", self.TITLE)

    def __call__(self, doc, parent=None) -> SectionEditor:
        return self.load()(doc, parent)


SECTION_EDITORS: list[tuple[str, LazyEditor]] = [
    ("details", LazyEditor("details", "DetailsEditor", "Visit")),
    ("itinerary", LazyEditor("programme", "ProgrammeEditor", "Programme")),
    ("attendees", LazyEditor("people", "PeopleEditor", "People")),
    ("messages", LazyEditor("messages", "MessagesEditor", "Messages")),
    ("qa", LazyEditor("lists", "QuestionsEditor", "Questions")),
    ("sensitivities", LazyEditor("lists", "SensitivitiesEditor", "Sensitivities")),
    ("contacts", LazyEditor("lists", "ContactsEditor", "Contacts")),
]


def __getattr__(name: str):
    if name == "EDITORS":
        return [(key, lazy.load()) for key, lazy in SECTION_EDITORS]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EDITORS", "SECTION_EDITORS", "LazyEditor", "SectionEditor"]
