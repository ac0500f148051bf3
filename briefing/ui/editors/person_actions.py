"""What renaming, deleting and giving a photo to a person do, as undo commands.

A person's id is how stops name them, so renaming or deleting a person also
updates every stop that names them, in the same undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from briefing.model import Person
from briefing.model.photos import PhotoError, prepare_photo
from briefing.ui.commands import RemoveItem, SetValue
from briefing.ui.document import VisitDocument

# Larger files are not photos a press officer means to embed.
MAX_PHOTO_FILE = 60 * 1024 * 1024
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff")


translate = QCoreApplication.translate


def rename_person(doc: VisitDocument, person: Person, new_id: str, text: str) -> None:
    """Give ``person`` the id ``new_id`` and update the stops that name them (one step)."""
    old = person.id
    stack = doc.undo_stack
    stack.beginMacro(text)
    doc.push(SetValue(doc, "attendees", person, "id", new_id, text, merge=False))
    for stop in doc.visit.itinerary:
        for attr in ("attendees", "met_by"):  # who takes part, and who greets
            if old in getattr(stop, attr):
                ids = [new_id if pid == old else pid for pid in getattr(stop, attr)]
                doc.push(SetValue(doc, "itinerary", stop, attr, ids, text, merge=False))
    stack.endMacro()


def delete_person(doc: VisitDocument, person: Person) -> None:
    """Remove the person and take them out of every stop (one step)."""
    text = translate("PeopleEditor", "Remove person")  # as the button says
    visit = doc.visit
    stack = doc.undo_stack
    stack.beginMacro(text)
    for stop in visit.itinerary:
        for attr in ("attendees", "met_by"):
            if person.id in getattr(stop, attr):
                ids = [pid for pid in getattr(stop, attr) if pid != person.id]
                doc.push(SetValue(doc, "itinerary", stop, attr, ids, text, merge=False))
    index = next(i for i, p in enumerate(visit.attendees) if p is person)
    doc.push(RemoveItem(doc, "attendees", visit.attendees, index, text))
    stack.endMacro()


def read_photo_file(path: str | Path) -> bytes:
    """The bytes to embed for an image file; PhotoError says why not."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PHOTO_FILE:
            raise PhotoError(
                translate("PeopleEditor", "the file is too large ({size} MB)").format(size=size // (1024 * 1024))
            )
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoError(exc.strerror or str(exc)) from exc
    return prepare_photo(data)


def set_photo(doc: VisitDocument, person: Person, data: bytes | None) -> None:
    text = translate("PeopleEditor", "Remove photo") if data is None else translate("PeopleEditor", "Set photo")
    doc.push(SetValue(doc, "attendees", person, "photo", data, text, merge=False))
