"""The content of a visit file, format versions 1 and 2, as dataclasses.

Optional text fields are "" when absent and optional dates/times are None, so
that load -> save -> load compares equal with plain ``==``. Storage writes keys
in the spec's order (storage/schema.py), whatever the order here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PRESS_ACCESS = ("open", "pool", "photo-op", "closed")
CATEGORIES = ("principal", "official", "host", "partner", "guest", "press", "staff")
LANGUAGES = ("fr", "en")
STATUSES = ("draft", "final")
DEFAULT_TIMEZONE = "Europe/Paris"
KINDS = ("event", "travel")
MODES = ("car", "walk", "train", "plane", "boat", "other")
# Words for a travel leg's mode, in the pack's languages: a leg without a title is named from them.
MODE_WORDS = {
    "fr": {"car": "Voiture", "walk": "À pied", "train": "Train", "plane": "Avion", "boat": "Bateau", "other": "Trajet"},
    "en": {"car": "Car", "walk": "Walk", "train": "Train", "plane": "Flight", "boat": "Boat", "other": "Journey"},
}


@dataclass
class Details:
    """What the visit is, who goes, when and where, and how its pack is marked."""

    title: str = ""
    principal: str = ""
    principal_role: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    location: str = ""
    timezone: str = DEFAULT_TIMEZONE
    language: str = "fr"
    classification: str = ""
    status: str = "draft"
    revision: int = 1
    prepared_by: str = ""
    objectives: list[str] = field(default_factory=list)
    summary: str = ""
    uid: str = ""
    distribution: list[str] = field(default_factory=list)

    @property
    def last_date(self) -> dt.date | None:
        """The last day of the visit: ``end_date`` when given, else ``start_date``."""
        return self.end_date or self.start_date

    def days(self) -> list[dt.date]:
        if self.start_date is None:
            return []
        last = self.last_date
        if last is None or last < self.start_date:
            return [self.start_date]
        return [self.start_date + dt.timedelta(days=n) for n in range((last - self.start_date).days + 1)]


@dataclass
class Stop:
    """An item of the programme: an event (the default) or, from format version 2, a travel leg.

    A travel leg's ``press`` is "" unless written: nothing is said about the
    press on a journey unless a travelling pool is planned.
    """

    id: str = ""
    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    title: str = ""
    venue: str = ""
    address: str = ""
    press: str = "closed"
    attendees: list[str] = field(default_factory=list)
    notes: str = ""
    # Format version 2 (after the version 1 fields, so that positional construction keeps its meaning;
    # the file's key order is the schema's, not this one).
    kind: str = "event"
    end_timezone: str = ""
    mode: str = ""
    destination: str = ""
    reference: str = ""
    transfer_minutes: int | None = None
    transfer_mode: str = "car"
    arrival: str = ""
    met_by: list[str] = field(default_factory=list)
    speaking_minutes: int | None = None
    speaking_notes: str = ""
    dress: str = ""
    on_site_contact: str = ""

    @property
    def is_travel(self) -> bool:
        return self.kind == "travel"

    @property
    def speaks(self) -> bool:
        """The principal speaks here: minutes or notes are written."""
        return self.speaking_minutes is not None or bool(self.speaking_notes)

    def name(self, language: str = "fr") -> str:
        """How the stop is named everywhere: its title, or for a travel leg "Train Paris → Marseille"."""
        if self.title or not self.is_travel:
            return self.title
        words = MODE_WORDS.get(language, MODE_WORDS["fr"])
        mode = words.get(self.mode, words["other"])
        places = " \u2192 ".join(p for p in (self.venue, self.destination) if p)
        return f"{mode} {places}" if places else mode

    def duration_minutes(self) -> int | None:
        """Minutes from start to end; a travel leg that ends before it starts arrives the next day."""
        if self.start is None or self.end is None:
            return None
        minutes = (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)
        if minutes < 0 and self.is_travel:
            minutes += 24 * 60
        return minutes


class UnreadPhoto(str):
    """A photo's text that is not valid base64: kept exactly as written, left out of the pack, warned about."""

    __slots__ = ()


@dataclass
class Person:
    """Someone the principal meets or travels with: host, official, partner, guest, press or staff."""

    id: str = ""
    name: str = ""
    role: str = ""
    organisation: str = ""
    category: str = "guest"
    bio: str = ""
    pronunciation: str = ""
    phone: str = ""
    email: str = ""
    # The image file's bytes exactly as found in the visit file (JPEG or PNG);
    # kept even when unreadable, so a save never destroys what it cannot show
    # (text that is not even base64 is kept as an UnreadPhoto).
    photo: bytes | UnreadPhoto | None = None


@dataclass
class Message:
    """A key message: its headline, its points, and what to say if pressed; tied to a stop or not."""

    headline: str = ""
    points: list[str] = field(default_factory=list)
    stop: str = ""
    if_pressed: list[str] = field(default_factory=list)
    background: list[str] = field(default_factory=list)


@dataclass
class Question:
    """A question the principal may be asked, with the answer to give."""

    question: str = ""
    answer: str = ""


@dataclass
class Contact:
    """Someone to call on the day."""

    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class Revision:
    """An issued revision (format version 2): when it went out, and the programme and people as they stood.

    The snapshot's stops and people hold only the keys the spec lists for a
    history entry; their other fields keep their defaults.
    """

    revision: int = 1
    issued: dt.datetime | None = None
    by: str = ""
    note: str = ""
    itinerary: list[Stop] = field(default_factory=list)
    attendees: list[Person] = field(default_factory=list)


@dataclass
class Visit:
    """A whole visit file: its details, programme, people, messages, Q&A, sensitivities, contacts and history."""

    details: Details = field(default_factory=Details)
    itinerary: list[Stop] = field(default_factory=list)
    attendees: list[Person] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    qa: list[Question] = field(default_factory=list)
    sensitivities: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    history: list[Revision] = field(default_factory=list)

    def stop_date(self, stop: Stop) -> dt.date | None:
        """The day a stop happens: its own date, else the visit's first day."""
        return stop.date or self.details.start_date

    def ordered_stops(self) -> list[Stop]:
        """The programme in date and time order; stable for equal times."""
        far = dt.date.max
        return sorted(
            self.itinerary,
            key=lambda s: (self.stop_date(s) or far, s.start or dt.time.max),
        )

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.attendees if p.id == person_id), None)

    def stop(self, stop_id: str) -> Stop | None:
        return next((s for s in self.itinerary if s.id == stop_id), None)

    def messages_for(self, stop_id: str) -> list[Message]:
        return [m for m in self.messages if m.stop and m.stop == stop_id]

    def ids_ever_used(self, section: str) -> set[str]:
        """The ids of ``section`` ("itinerary" or "attendees") in the visit and in its history.

        A new id must avoid all of them (the spec's Identity rule): the history,
        ``diff`` and calendars match stops and people by id.
        """
        ids = {item.id for item in getattr(self, section)}
        for entry in self.history:
            ids.update(item.id for item in getattr(entry, section))
        return ids

    def issued_before(self, revision: int | None = None) -> Revision | None:
        """The history entry of the highest revision lower than ``revision`` (default: the visit's)."""
        limit = self.details.revision if revision is None else revision
        earlier = [h for h in self.history if h.revision < limit]
        return max(earlier, key=lambda h: h.revision) if earlier else None

    def new_id(self, prefix: str, taken: set[str]) -> str:
        """A fresh id such as ``stop-3`` that is not in ``taken``."""
        n = len(taken) + 1
        while f"{prefix}-{n}" in taken:
            n += 1
        return f"{prefix}-{n}"
