"""Where a field is, in the app's words: "First day, on the Visit page".

Dialogs name fields as the user sees them in the window, never by their key
path in the file (``visit.start_date``). The labels are the editors' own, in
the editors' translation contexts, so a field is called the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# section -> (translation context of its editor, its page title)
PAGES = {
    "visit": ("DetailsEditor", "Visit"),
    "itinerary": ("ProgrammeEditor", "Programme"),
    "attendees": ("PeopleEditor", "People"),
    "messages": ("MessagesEditor", "Messages"),
    "qa": ("QuestionsEditor", "Questions"),
    "sensitivities": ("SensitivitiesEditor", "Sensitivities"),
    "contacts": ("ContactsEditor", "Contacts"),
}
# The editors' labels (same source text, same context, hence the same translation).
LABELS = {
    "visit": {
        "title": "Title",
        "principal": "Principal",
        "principal_role": "Principal's role",
        "location": "Location",
        "start_date": "First day",
        "end_date": "Last day",
        "timezone": "Time zone",
        "language": "Language",
        "classification": "Classification",
        "status": "Status",
        "revision": "Revision",
        "prepared_by": "Prepared by",
        "objectives": "Objectives",
        "summary": "Summary",
    },
    "itinerary": {
        "title": "Title",
        "date": "Date",
        "start": "Start",
        "end": "End",
        "venue": "Venue",
        "address": "Address",
        "press": "Press",
        "notes": "Notes",
    },
    "attendees": {
        "name": "Name",
        "role": "Role",
        "organisation": "Organisation",
        "category": "Category",
        "pronunciation": "Pronunciation",
        "phone": "Phone",
        "email": "Email",
        "bio": "Biography",
        "photo": "Photo",
        "id": "Reference",
    },
    "messages": {"headline": "Headline", "stop": "At stop"},
    "qa": {"question": "Question", "answer": "Answer"},
    "contacts": {"name": "Name", "role": "Role", "phone": "Phone", "email": "Email"},
}
ON_PAGE = QT_TRANSLATE_NOOP("FieldNames", "{field}, on the {page} page")
ON_PAGE_ITEM = QT_TRANSLATE_NOOP("FieldNames", "{field} of entry {n}, on the {page} page")
PAGE_ITEM = QT_TRANSLATE_NOOP("FieldNames", "entry {n} on the {page} page")
PAGE = QT_TRANSLATE_NOOP("FieldNames", "the {page} page")


def page_title(section: str) -> str:
    return QCoreApplication.translate("SectionEditor", PAGES[section][1])


def field_label(section: str, attr: str) -> str | None:
    if section not in PAGES:
        return None
    label = LABELS.get(section, {}).get(attr)
    if label is None:
        return None
    return QCoreApplication.translate(PAGES[section][0], label)


def field_place(path: tuple, exact: bool = False) -> str:
    """``("visit", "start_date")`` -> "First day, on the Visit page"; "" when unknown.

    With ``exact``, a field the window has no name for (a misspelt key) is
    unknown rather than named by its page alone.
    """
    translate = QCoreApplication.translate
    if not path or path[0] not in PAGES:
        return ""
    section, page = path[0], page_title(path[0])
    index = next((p for p in path[1:2] if isinstance(p, int)), None)
    attr = next((p for p in path[1:] if isinstance(p, str)), None)
    label = field_label(section, attr) if attr else None
    if label is None:
        if exact and attr:
            return ""
        if index is not None:
            return translate("FieldNames", PAGE_ITEM).format(n=index + 1, page=page)
        return translate("FieldNames", PAGE).format(page=page)
    if index is None:
        return translate("FieldNames", ON_PAGE).format(field=label, page=page)
    return translate("FieldNames", ON_PAGE_ITEM).format(field=label, n=index + 1, page=page)
