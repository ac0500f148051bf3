"""One person's part of a visit: the stops and travel legs that name them (personal programmes, calendars)."""

from __future__ import annotations

from dataclasses import replace

from briefing.model.visit import Stop, Visit

# Who gets the key messages of the stops they attend in their own programme.
BRIEFED = frozenset(("principal", "official", "staff"))


def stops_of(visit: Visit, person_id: str) -> list[Stop]:
    """The stops and travel legs whose attendees or greeters name ``person_id``, in programme order."""
    return [s for s in visit.ordered_stops() if person_id in s.attendees or person_id in s.met_by]


def known_ids(visit: Visit) -> list[str]:
    return [p.id for p in visit.attendees]


def personal_visit(visit: Visit, person_id: str) -> Visit:
    """The visit as one person's programme shows it: their own stops only, and nobody else's schedule.

    Officials and staff (and the principal) keep the key messages of the stops
    they attend; questions and answers and sensitivities are the principal's
    and are left out.
    """
    person = visit.person(person_id)
    stops = stops_of(visit, person_id)
    ids = {s.id for s in stops}
    briefed = person is not None and person.category in BRIEFED
    messages = [m for m in visit.messages if m.stop in ids] if briefed else []
    return replace(visit, itinerary=stops, messages=messages, qa=[], sensitivities=[], history=[])


def slug(name: str) -> str:
    """``Élisabeth Borne`` -> ``elisabeth-borne``."""
    import re
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… : the first not in ``taken`` (which holds the history's ids too)."""
    base = base or "person"
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
