"""One person's part of a visit: the stops and travel legs that name them (personal programmes, calendars)."""

from __future__ import annotations

from briefing.model.visit import Stop, Visit


def stops_of(visit: Visit, person_id: str) -> list[Stop]:
    """The stops and travel legs whose attendees or greeters name ``person_id``, in programme order."""
    return [s for s in visit.ordered_stops() if person_id in s.attendees or person_id in s.met_by]


def known_ids(visit: Visit) -> list[str]:
    return [p.id for p in visit.attendees]


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
