"""Issuing a revision, and what changed since the last one issued (format version 2).

One module computes changes; the pack, the app and ``briefing diff`` word them
with ``words.describe``, so all three say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from briefing.model.visit import Person, Revision, Stop, Visit

# What a history entry keeps of a stop and of a person (the spec's lists).
SNAPSHOT_STOP_FIELDS = (
    "id", "kind", "date", "start", "end", "title", "venue", "press", "attendees", "met_by", "mode", "destination",
    "reference",
)  # fmt: skip
SNAPSHOT_PERSON_FIELDS = ("id", "name", "role", "organisation", "category")


def visit_uid(visit: Visit) -> str:
    """The visit's identity for calendars: its ``uid``, or the one the first issue will give it."""
    if visit.details.uid:
        return visit.details.uid
    import uuid  # only for calendars and issuing: keeps start-up light

    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:{visit.details.title}|{visit.details.principal}"))


def snapshot(visit: Visit, issued: dt.datetime, by: str = "", note: str = "") -> Revision:
    """The programme and people as they stand, recorded as the visit's current revision."""
    stops = []
    for stop in visit.ordered_stops():
        kept = {name: getattr(stop, name) for name in SNAPSHOT_STOP_FIELDS}
        kept["date"] = visit.stop_date(stop)  # a snapshot always writes each stop's date
        kept["attendees"], kept["met_by"] = list(stop.attendees), list(stop.met_by)
        stops.append(Stop(**kept))
    people = [Person(**{name: getattr(p, name) for name in SNAPSHOT_PERSON_FIELDS}) for p in visit.attendees]
    return Revision(visit.details.revision, issued.replace(microsecond=0), by, note, stops, people)


def issue(visit: Visit, issued: dt.datetime, by: str = "", note: str = "") -> Visit:
    """A copy of ``visit`` with revision N recorded in its history, its uid given, and revision N + 1."""
    details = replace(visit.details, uid=visit_uid(visit), revision=visit.details.revision + 1)
    history = [*visit.history, snapshot(visit, issued, by, note)]
    return replace(visit, details=details, history=history)


@dataclass(frozen=True)
class Change:
    """One difference between an issued revision and the visit now.

    ``what`` is a stable code: stop-added, stop-removed, stop-time, stop-venue,
    stop-renamed, stop-press, stop-attendees, stop-greeters, stop-reference,
    person-added, person-removed, person-renamed, person-role,
    person-organisation, person-category, and for ``diff`` the details:
    title, principal, dates, location. ``old`` and ``new`` are the values
    compared (for people lists: the ids taken out and put in).
    """

    what: str
    subject: str  # the stop's or person's name (the new one, for a rename)
    old: object = None
    new: object = None
    day: dt.date | None = None
    order: tuple = ()


def _minutes(t: dt.time | None) -> int:
    return -1 if t is None else t.hour * 60 + t.minute


def stop_changes(before: list[Stop], after: Visit, language: str) -> list[Change]:
    """Stops added, removed and changed, by day in programme order (a removed stop where it stood)."""
    old = {s.id: s for s in before}
    out: list[Change] = []
    seen = set()
    for stop in after.ordered_stops():
        seen.add(stop.id)
        day = after.stop_date(stop)
        order = (day or dt.date.max, _minutes(stop.start), 1)
        name = stop.name(language) or stop.id
        was = old.get(stop.id)
        if was is None:
            out.append(Change("stop-added", name, None, (stop.start, stop.end), day, order))
            continue
        if (was.date, was.start, was.end) != (day, stop.start, stop.end):
            out.append(
                Change("stop-time", name, (was.date, was.start, was.end), (day, stop.start, stop.end), day, order)
            )
        if was.name(language) != stop.name(language):
            out.append(Change("stop-renamed", name, was.name(language), name, day, order))
        if was.venue != stop.venue:
            out.append(Change("stop-venue", name, was.venue, stop.venue, day, order))
        if was.press != stop.press:
            out.append(Change("stop-press", name, was.press, stop.press, day, order))
        for what, field in (("stop-attendees", "attendees"), ("stop-greeters", "met_by")):
            before_ids, now_ids = getattr(was, field), getattr(stop, field)
            if set(before_ids) != set(now_ids):
                taken_out = [i for i in before_ids if i not in now_ids]
                put_in = [i for i in now_ids if i not in before_ids]
                out.append(Change(what, name, taken_out, put_in, day, order))
        if was.reference != stop.reference:
            out.append(Change("stop-reference", name, was.reference, stop.reference, day, order))
    for was in before:
        if was.id not in seen:
            order = (was.date or dt.date.max, _minutes(was.start), 0)
            out.append(
                Change("stop-removed", was.name(language) or was.id, (was.start, was.end), None, was.date, order)
            )
    out.sort(key=lambda c: c.order)  # stable: a stop's own changes keep their order
    return out


def people_changes(before: list[Person], after: list[Person]) -> list[Change]:
    old = {p.id: p for p in before}
    now_ids = {p.id for p in after}
    out: list[Change] = []
    for person in after:
        was = old.get(person.id)
        name = person.name or person.id
        if was is None:
            out.append(Change("person-added", name))
            continue
        if was.name != person.name:
            out.append(Change("person-renamed", name, was.name, person.name))
        for field in ("role", "organisation", "category"):
            if getattr(was, field) != getattr(person, field):
                out.append(Change(f"person-{field}", name, getattr(was, field), getattr(person, field)))
    out += [Change("person-removed", p.name or p.id) for p in before if p.id not in now_ids]
    return out


def changes_since(entry: Revision, visit: Visit, language: str | None = None) -> list[Change]:
    """What the pack's changes page lists: stops (by day, in programme order), then people."""
    language = language or visit.details.language
    return stop_changes(entry.itinerary, visit, language) + people_changes(entry.attendees, visit.attendees)


def detail_changes(old: Visit, new: Visit) -> list[Change]:
    """The visit's details that ``diff`` lists after the programme and people."""
    out = []
    a, b = old.details, new.details
    for field in ("title", "principal"):
        if getattr(a, field) != getattr(b, field):
            out.append(Change(field, getattr(b, field), getattr(a, field), getattr(b, field)))
    if (a.start_date, a.last_date) != (b.start_date, b.last_date):
        out.append(Change("dates", "", (a.start_date, a.last_date), (b.start_date, b.last_date)))
    if a.location != b.location:
        out.append(Change("location", b.location, a.location, b.location))
    return out


def compare_visits(old: Visit, new: Visit) -> list[Change]:
    """Everything ``diff`` lists from ``old`` to ``new``, in the order it prints them."""
    language = new.details.language
    old_stops = [replace(s, date=old.stop_date(s)) for s in old.itinerary]
    return (
        stop_changes(old_stops, new, language) + people_changes(old.attendees, new.attendees) + detail_changes(old, new)
    )
