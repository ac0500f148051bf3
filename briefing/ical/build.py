"""Stops and travel legs -> VEVENTs that Outlook, Google Calendar and Apple Calendar import.

Each event's UID is made from the stop's id and the visit's uid (or the uid the
first issue will give it), so that importing a later calendar of the same visit
updates its events, also after the visit has moved to other dates. SEQUENCE is
the visit's revision. Times carry the visit's zone, with its VTIMEZONE; a zone
this computer does not know gives floating times and a warning.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

import icalendar

from briefing import __version__
from briefing.model import Finding, Stop, Visit, words
from briefing.model.people import stops_of
from briefing.model.revisions import visit_uid

PRODID = f"-//Briefing//Briefing {__version__}//FR"


@dataclass
class Calendar:
    data: bytes
    events: int
    warnings: list[Finding] = field(default_factory=list)


def event_uid(visit: Visit, stop: Stop) -> str:
    """The same for a stop across revisions and date changes, and before and after the first issue."""
    return f"{stop.id}.{visit_uid(visit)}@briefing"


def _zone(name: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _moments(visit: Visit, stop: Stop, zone, end_zone) -> tuple[dt.datetime, dt.datetime | None]:
    day = visit.stop_date(stop)
    start = dt.datetime.combine(day, stop.start, zone)
    if stop.end is None:
        return start, None
    end_day = day + dt.timedelta(days=1) if stop.is_travel and stop.end < stop.start else day
    end = dt.datetime.combine(end_day, stop.end, end_zone)
    if end < start and not stop.is_travel:
        end = start  # an event that ends before it starts (a warning in the checks): no negative length
    return start, end


def _description(visit: Visit, stop: Stop, lang: str) -> str:
    names = {p.id: p.name or p.id for p in visit.attendees}
    colon = "\u00a0: " if lang == "fr" else ": "
    lines = []

    def add(key: str, text: str) -> None:
        if text:
            lines.append(f"{words.label(lang, key)}{colon}{text}")

    if stop.press:
        add("press", words.press(lang, stop.press))
    add("reference", stop.reference)
    if stop.transfer_minutes is not None:
        add("transfer", f"{stop.transfer_minutes}\u00a0{words.label(lang, 'minutes')}")
    add("arrival", stop.arrival)
    add("met_by", ", ".join(names.get(i, i) for i in stop.met_by))
    if stop.speaks:
        length = f"{stop.speaking_minutes}\u00a0{words.label(lang, 'minutes')}" if stop.speaking_minutes else ""
        add("speaks", " \u2014 ".join(t for t in (length, stop.speaking_notes) if t) or "\u2713")
    add("dress", stop.dress)
    add("on_site_contact", stop.on_site_contact)
    add("travellers" if stop.is_travel else "attendees", ", ".join(names.get(i, i) for i in stop.attendees))
    if stop.notes.strip():
        lines += ["", stop.notes.strip()]
    return "\n".join(lines)


def _location(stop: Stop) -> str:
    if stop.is_travel:
        return " \u2192 ".join(p for p in (stop.venue, stop.destination) if p)
    return ", ".join(p for p in (stop.venue, stop.address) if p)


def build_calendar(visit: Visit, person_id: str | None = None, now: dt.datetime | None = None) -> Calendar:
    """The calendar of the whole visit, or of one person's own stops and travel legs."""
    lang = visit.details.language
    warnings: list[Finding] = []
    zone = _zone(visit.details.timezone)
    if zone is None:
        warnings.append(
            Finding(
                "unknown-timezone",
                ("visit", "timezone"),
                f"The time zone \u201c{visit.details.timezone}\u201d is not known on this computer; "
                "the calendar's times are written without a zone (floating).",
                {"timezone": visit.details.timezone},
            )
        )
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = visit.details.title
    if person_id is not None:
        person = visit.person(person_id)
        name = f"{name} \u2014 {person.name if person else person_id}"
    cal.add("x-wr-calname", name)
    if zone is not None:
        cal.add("x-wr-timezone", visit.details.timezone)
    stops = visit.ordered_stops() if person_id is None else stops_of(visit, person_id)
    count = 0
    for stop in stops:
        if stop.start is None or visit.stop_date(stop) is None:
            continue
        end_zone = zone
        if stop.is_travel and stop.end_timezone:
            end_zone = _zone(stop.end_timezone) or zone
        start, end = _moments(visit, stop, zone, end_zone)
        event = icalendar.Event()
        event.add("uid", event_uid(visit, stop))
        event.add("dtstamp", stamp)
        event.add("sequence", visit.details.revision)
        event.add("summary", stop.name(lang) or stop.id)
        event.add("dtstart", start)
        if end is not None:
            event.add("dtend", end)
        if location := _location(stop):
            event.add("location", location)
        if description := _description(visit, stop, lang):
            event.add("description", description)
        event.add("status", "CONFIRMED" if visit.details.status == "final" else "TENTATIVE")
        event.add("transp", "OPAQUE")
        cal.add_component(event)
        count += 1
    if zone is not None and count:
        cal.add_missing_timezones()
    return Calendar(cal.to_ical(), count, warnings)
