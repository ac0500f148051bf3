"""The content of a visit file, format version 1, as dataclasses.

Optional text fields are "" when absent and optional dates/times are None, so
that load -> save -> load compares equal with plain ``==``. Field order
follows ../shared/spec/visit-file.md; storage writes keys in this order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PRESS_ACCESS = ("open", "pool", "photo-op", "closed")
CATEGORIES = ("principal", "official", "host", "partner", "guest", "press", "staff")
LANGUAGES = ("fr", "en")
STATUSES = ("draft", "final")
DEFAULT_TIMEZONE = "Europe/Paris"


@dataclass
class Details:
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

    def duration_minutes(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


@dataclass
class Person:
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
    # kept even when unreadable, so a save never destroys what it cannot show.
    photo: bytes | None = None


@dataclass
class Message:
    headline: str = ""
    points: list[str] = field(default_factory=list)
    stop: str = ""


@dataclass
class Question:
    question: str = ""
    answer: str = ""


@dataclass
class Contact:
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class Visit:
    details: Details = field(default_factory=Details)
    itinerary: list[Stop] = field(default_factory=list)
    attendees: list[Person] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    qa: list[Question] = field(default_factory=list)
    sensitivities: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)

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

    def new_id(self, prefix: str, taken: set[str]) -> str:
        """A fresh id such as ``stop-3`` that is not in ``taken``."""
        n = len(taken) + 1
        while f"{prefix}-{n}" in taken:
            n += 1
        return f"{prefix}-{n}"
