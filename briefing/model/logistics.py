"""Warnings of format version 2: transfers that do not fit, greeters nobody is, a second principal.

Kept apart from checks.py's per-stop rules: these look at the day as a
sequence (the gap before each event) or at the people as a whole.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from briefing.model.checks import Finding
from briefing.model.visit import Stop, Visit


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _end_minutes(stop: Stop) -> int:
    """When the item is over, in minutes from the day's midnight (a night train's end is on the next day)."""
    start = _minutes(stop.start)
    if stop.end is None:
        return start
    end = _minutes(stop.end)
    return end + 24 * 60 if end < start and stop.is_travel else max(start, end)


def check_transfers(visit: Visit, language: str = "en") -> list[Finding]:
    """An event whose transfer takes longer than the gap before it (the spec's rule, linear after a sort)."""
    out: list[Finding] = []
    timed = [(i, s) for i, s in enumerate(visit.itinerary) if s.start is not None]
    timed.sort(key=lambda pair: (visit.stop_date(pair[1]) or dt.date.max, _minutes(pair[1].start)))
    for _day, group in groupby(timed, key=lambda pair: visit.stop_date(pair[1])):
        latest: tuple[int, Stop] | None = None  # the latest end among items that start earlier
        for _start, same_start in groupby(group, key=lambda pair: _minutes(pair[1].start)):
            same_start = list(same_start)
            for i, stop in same_start:
                if stop.is_travel or stop.transfer_minutes is None or latest is None:
                    continue
                gap = _minutes(stop.start) - latest[0]
                if 0 <= gap < stop.transfer_minutes:
                    before = latest[1].name(language) or latest[1].id
                    here = stop.name(language) or stop.id
                    out.append(
                        Finding(
                            "transfer-too-long",
                            ("itinerary", i, "transfer_minutes"),
                            f"Only {gap} min between \u201c{before}\u201d and \u201c{here}\u201d; "
                            f"the transfer takes {stop.transfer_minutes} min.",
                            {"stop": here, "other": before, "gap": gap, "transfer": stop.transfer_minutes},
                        )
                    )
            for _i, stop in same_start:
                end = _end_minutes(stop)
                if latest is None or end > latest[0]:
                    latest = (end, stop)
    return out


def check_greeters(visit: Visit, language: str = "en") -> list[Finding]:
    """A ``met_by`` id that no person has."""
    person_ids = {p.id for p in visit.attendees}
    out = []
    for i, stop in enumerate(visit.itinerary):
        for j, pid in enumerate(stop.met_by):
            if pid not in person_ids:
                name = stop.name(language) or stop.id
                out.append(
                    Finding(
                        "unknown-greeter",
                        ("itinerary", i, "met_by", j),
                        f"The stop \u201c{name}\u201d is met by the person id \u201c{pid}\u201d; nobody has it.",
                        {"stop": name, "id": pid},
                    )
                )
    return out


def check_principals(visit: Visit) -> list[Finding]:
    """At most one person is the principal."""
    principals = [(i, p) for i, p in enumerate(visit.attendees) if p.category == "principal"]
    if len(principals) < 2:
        return []
    first = principals[0][1]
    return [
        Finding(
            "second-principal",
            ("attendees", i, "category"),
            f"{person.name or person.id} is marked as the principal, but so is {first.name or first.id}; "
            "a visit has one principal.",
            {"name": person.name or person.id, "other": first.name or first.id},
        )
        for i, person in principals[1:]
    ]
