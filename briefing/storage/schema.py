"""The fields of format version 1, in the spec's order: one table read by both reader and writer."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from briefing.model import (
    CATEGORIES,
    LANGUAGES,
    PRESS_ACCESS,
    STATUSES,
    Contact,
    Details,
    Message,
    Person,
    Question,
    Stop,
)

# Kinds of value
TEXT, DATE, TIME, COUNT, CHOICE, TEXTS, PHOTO = "text", "date", "time", "count", "choice", "texts", "photo"

# The largest whole number (a revision) read or written. One bound for both, so
# that whatever is saved opens again; 18 digits also keep int() of a hostile
# 5,000-digit text out of reach.
MAX_COUNT = 10**18 - 1


def count_problem(value: int) -> str | None:
    """Why a revision number cannot be used, or None."""
    if value < 1:
        return "a revision is a whole number from 1 up"
    if value > MAX_COUNT:
        return f"a revision number this large cannot be right (at most {MAX_COUNT})"
    return None


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    required: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Record:
    """A kind of mapping in the file and the dataclass it becomes."""

    cls: type
    fields: tuple[Field, ...]
    noun: str  # for messages: "a stop"

    @cached_property
    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    @cached_property
    def required(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.required)


DETAILS = Record(
    Details,
    (
        Field("title", TEXT, True),
        Field("principal", TEXT, True),
        Field("principal_role", TEXT),
        Field("start_date", DATE, True),
        Field("end_date", DATE),
        Field("location", TEXT),
        Field("timezone", TEXT),
        Field("language", CHOICE, choices=LANGUAGES),
        Field("classification", TEXT),
        Field("status", CHOICE, choices=STATUSES),
        Field("revision", COUNT),
        Field("prepared_by", TEXT),
        Field("objectives", TEXTS),
        Field("summary", TEXT),
    ),
    "the visit's details",
)
STOP = Record(
    Stop,
    (
        Field("id", TEXT, True),
        Field("date", DATE),
        Field("start", TIME, True),
        Field("end", TIME),
        Field("title", TEXT, True),
        Field("venue", TEXT),
        Field("address", TEXT),
        Field("press", CHOICE, choices=PRESS_ACCESS),
        Field("attendees", TEXTS),
        Field("notes", TEXT),
    ),
    "a stop",
)
PERSON = Record(
    Person,
    (
        Field("id", TEXT, True),
        Field("name", TEXT, True),
        Field("role", TEXT),
        Field("organisation", TEXT),
        Field("category", CHOICE, choices=CATEGORIES),
        Field("bio", TEXT),
        Field("pronunciation", TEXT),
        Field("phone", TEXT),
        Field("email", TEXT),
        Field("photo", PHOTO),
    ),
    "a person",
)
MESSAGE = Record(Message, (Field("headline", TEXT, True), Field("points", TEXTS), Field("stop", TEXT)), "a key message")
QUESTION = Record(Question, (Field("question", TEXT, True), Field("answer", TEXT, True)), "a question")
CONTACT = Record(
    Contact,
    (Field("name", TEXT, True), Field("role", TEXT), Field("phone", TEXT), Field("email", TEXT)),
    "a contact",
)

# Top-level sections after format, version and visit: key -> record (None: a list of text)
SECTIONS: dict[str, Record | None] = {
    "itinerary": STOP,
    "attendees": PERSON,
    "messages": MESSAGE,
    "qa": QUESTION,
    "sensitivities": None,
    "contacts": CONTACT,
}
TOP_KEYS = ("format", "version", "visit", *SECTIONS)

# Default values are omitted when saving; they come from the dataclasses themselves.
DEFAULTS = {r.cls: r.cls() for r in (DETAILS, STOP, PERSON, MESSAGE, QUESTION, CONTACT)}
