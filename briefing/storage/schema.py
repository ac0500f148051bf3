"""The fields of format versions 1 and 2, in the spec's order: one table read by both reader and writer.

A field marked ``v2`` exists from format version 2: a visit is written as
version 2 only when such a field is left after leaving out defaults (the
spec's "lowest version that holds the visit"). A field with ``only`` belongs
to one kind of stop; ``required_for`` is required for that kind only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from briefing.model import (
    CATEGORIES,
    KINDS,
    LANGUAGES,
    MODES,
    PRESS_ACCESS,
    STATUSES,
    Contact,
    Details,
    Message,
    Person,
    Question,
    Revision,
    Stop,
)

# Kinds of value
TEXT, DATE, TIME, COUNT, CHOICE, TEXTS, PHOTO = "text", "date", "time", "count", "choice", "texts", "photo"
MINUTES, DATETIME, RECORDS = "minutes", "datetime", "records"

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


MAX_MINUTES = 100_000  # about ten weeks: more is a typing slip, and int() stays cheap


def minutes_problem(value: int) -> str | None:
    """Why a number of minutes cannot be used, or None."""
    if value < 0:
        return "minutes are a whole number from 0 up"
    if value > MAX_MINUTES:
        return f"a number of minutes this large cannot be right (at most {MAX_MINUTES})"
    return None


# A NamedTuple (see problems.Problem): the schema makes some sixty at import.
class Field(NamedTuple):
    """A key of the file: its name, its kind of value, and when it is required or allowed."""

    name: str
    kind: str
    required: bool = False
    choices: tuple[str, ...] = ()
    v2: bool = False
    only: str = ""  # the kind of stop that may hold this field ("event", "travel"); "" for any
    required_for: str = ""  # the kind of stop for which it is required
    record: Record | None = None  # for RECORDS: what each item of the list is


@dataclass(frozen=True)
class Record:
    """A kind of mapping in the file and the dataclass it becomes."""

    cls: type
    fields: tuple[Field, ...]
    noun: str  # for messages: "a stop"

    @cached_property
    def kinded(self) -> bool:
        """Its items are events or travel legs (a ``kind`` field decides which fields apply)."""
        return "kind" in self.by_name

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
        Field("uid", TEXT, v2=True),
        Field("distribution", TEXTS, v2=True),
    ),
    "the visit's details",
)
_STOP_FIELDS = (
    Field("id", TEXT, True),
    Field("kind", CHOICE, choices=KINDS, v2=True),
    Field("date", DATE),
    Field("start", TIME, True),
    Field("end", TIME),
    Field("end_timezone", TEXT, v2=True, only="travel"),
    Field("title", TEXT, required_for="event"),
    Field("venue", TEXT),
    Field("address", TEXT),
    Field("press", CHOICE, choices=PRESS_ACCESS),
    Field("attendees", TEXTS),
    Field("notes", TEXT),
    Field("mode", CHOICE, choices=MODES, v2=True, only="travel", required_for="travel"),
    Field("destination", TEXT, v2=True, only="travel"),
    Field("reference", TEXT, v2=True, only="travel"),
    Field("transfer_minutes", MINUTES, v2=True, only="event"),
    Field("transfer_mode", CHOICE, choices=MODES, v2=True, only="event"),
    Field("arrival", TEXT, v2=True, only="event"),
    Field("met_by", TEXTS, v2=True, only="event"),
    Field("speaking_minutes", MINUTES, v2=True, only="event"),
    Field("speaking_notes", TEXT, v2=True, only="event"),
    Field("dress", TEXT, v2=True, only="event"),
    Field("on_site_contact", TEXT, v2=True, only="event"),
)
STOP = Record(Stop, _STOP_FIELDS, "a stop")
_PERSON_FIELDS = (
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
)
PERSON = Record(Person, _PERSON_FIELDS, "a person")
MESSAGE = Record(
    Message,
    (
        Field("headline", TEXT, True),
        Field("points", TEXTS),
        Field("stop", TEXT),
        Field("if_pressed", TEXTS, v2=True),
        Field("background", TEXTS, v2=True),
    ),
    "a key message",
)
QUESTION = Record(Question, (Field("question", TEXT, True), Field("answer", TEXT, True)), "a question")
CONTACT = Record(
    Contact,
    (Field("name", TEXT, True), Field("role", TEXT), Field("phone", TEXT), Field("email", TEXT)),
    "a contact",
)

# An issued revision keeps the programme and people as they stood, with these keys only.
_SNAPSHOT_STOP_KEYS = (
    "id", "kind", "date", "start", "end", "title", "venue", "press", "attendees", "met_by", "mode", "destination",
    "reference",
)  # fmt: skip
SNAPSHOT_STOP = Record(
    Stop, tuple(f for f in _STOP_FIELDS if f.name in _SNAPSHOT_STOP_KEYS), "a stop of an issued revision"
)
SNAPSHOT_PERSON = Record(
    Person,
    tuple(f for f in _PERSON_FIELDS if f.name in ("id", "name", "role", "organisation", "category")),
    "a person of an issued revision",
)
REVISION = Record(
    Revision,
    (
        Field("revision", COUNT, True),
        Field("issued", DATETIME, True),
        Field("by", TEXT),
        Field("note", TEXT),
        Field("itinerary", RECORDS, True, record=SNAPSHOT_STOP),
        Field("attendees", RECORDS, True, record=SNAPSHOT_PERSON),
    ),
    "an issued revision",
)

# Top-level sections after format, version and visit: key -> record (None: a list of text)
SECTIONS: dict[str, Record | None] = {
    "itinerary": STOP,
    "attendees": PERSON,
    "messages": MESSAGE,
    "qa": QUESTION,
    "sensitivities": None,
    "contacts": CONTACT,
    "history": REVISION,
}
V2_SECTIONS = frozenset(("history",))
TOP_KEYS = ("format", "version", "visit", *SECTIONS)

# Default values are omitted when saving; they come from the dataclasses themselves.
DEFAULTS = {r.cls: r.cls() for r in (DETAILS, STOP, PERSON, MESSAGE, QUESTION, CONTACT, REVISION)}
# A travel leg's press has no default: absent means nothing is said about the press.
TRAVEL_DEFAULT = Stop(kind="event", press="")


def default_of(obj):
    """The object whose values a field equal to is left out when writing ``obj``.

    A travel leg's ``kind`` differs from this default's only for an event, so
    "travel" is always written.
    """
    if obj.__class__ is Stop and obj.kind == "travel":
        return TRAVEL_DEFAULT
    return DEFAULTS[obj.__class__]


def applies(spec: Field, obj) -> bool:
    """Whether ``spec`` is a field of ``obj``'s kind (every field, for records without kinds)."""
    return not spec.only or getattr(obj, "kind", "event") == spec.only


def v2_paths(obj, record: Record, path: tuple):
    """The paths of the format-version-2 fields that ``obj`` holds, once defaults are left out."""
    default = default_of(obj)
    for spec in record.fields:
        value = getattr(obj, spec.name)
        if spec.kind is RECORDS:
            for i, item in enumerate(value):
                yield from v2_paths(item, spec.record, (*path, spec.name, i))
        elif spec.v2 and value != getattr(default, spec.name):
            yield (*path, spec.name)


def visit_v2_paths(visit):
    """Where ``visit`` needs format version 2, in file order (nothing: version 1 holds it)."""
    yield from v2_paths(visit.details, DETAILS, ("visit",))
    for key, record in SECTIONS.items():
        items = getattr(visit, key)
        if key in V2_SECTIONS and items:
            yield (key,)
        elif record is not None:
            for i, item in enumerate(items):
                yield from v2_paths(item, record, (key, i))


def version_needed(visit) -> int:
    """The lowest format version that holds ``visit``."""
    return 2 if next(visit_v2_paths(visit), None) else 1
