"""One person's part of a visit: the stops and travel legs that name them (personal programmes, calendars)."""

from __future__ import annotations

from briefing.model.visit import Stop, Visit


def stops_of(visit: Visit, person_id: str) -> list[Stop]:
    """The stops and travel legs whose attendees or greeters name ``person_id``, in programme order."""
    return [s for s in visit.ordered_stops() if person_id in s.attendees or person_id in s.met_by]


def known_ids(visit: Visit) -> list[str]:
    return [p.id for p in visit.attendees]
