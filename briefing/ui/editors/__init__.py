"""The section editors, in the order the main window shows them.

``EDITORS`` is the contract with the main window: (section key, editor class).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from briefing.ui.editors.base import SectionEditor
from briefing.ui.editors.details import DetailsEditor
from briefing.ui.editors.lists import ContactsEditor, QuestionsEditor, SensitivitiesEditor
from briefing.ui.editors.messages import MessagesEditor
from briefing.ui.editors.people import PeopleEditor
from briefing.ui.editors.programme import ProgrammeEditor

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


EDITORS: list[tuple[str, type[SectionEditor]]] = [
    ("details", DetailsEditor),
    ("itinerary", ProgrammeEditor),
    ("attendees", PeopleEditor),
    ("messages", MessagesEditor),
    ("qa", QuestionsEditor),
    ("sensitivities", SensitivitiesEditor),
    ("contacts", ContactsEditor),
]

__all__ = ["EDITORS", "SectionEditor"]
