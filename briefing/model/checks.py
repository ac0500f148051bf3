"""Warnings about a visit that opens but does not hang together.

Each finding carries a stable ``code`` and ``params`` so that the desktop app
can word it in the user's language, and an English ``message`` for the
command line. ``path`` points at the item, e.g. ``("itinerary", 3, "end")``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import combinations

from briefing.model.photos import photo_problem
from briefing.model.visit import Stop, Visit

Path = tuple[str | int, ...]


def format_path(path: Path) -> str:
    """``("itinerary", 3, "start")`` -> ``itinerary[3].start`` (indexes from 0)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


@dataclass(frozen=True)
class Finding:
    code: str
    path: Path
    message: str
    params: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def where(self) -> str:
        return format_path(self.path)


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _span(stop: Stop) -> tuple[int, int] | None:
    if stop.start is None:
        return None
    start = _minutes(stop.start)
    end = _minutes(stop.end) if stop.end is not None else start
    if end < start and stop.is_travel:
        end += 24 * 60  # a night train arrives the next day
    return start, max(start, end)


def stops_overlap(a: Stop, b: Stop) -> bool:
    """The spec's rule: one starts before the other ends; a stop without end is a moment."""
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return False
    (a0, a1), (b0, b1) = sa, sb
    if a0 == a1 and b0 == b1:
        return a0 == b0
    if a0 == a1:
        return b0 <= a0 < b1
    if b0 == b1:
        return a0 <= b0 < a1
    return a0 < b1 and b0 < a1


def _label(stop: Stop) -> str:
    return stop.name() or stop.id


def check_stops(visit: Visit) -> list[Finding]:
    out: list[Finding] = []
    first, last = visit.details.start_date, visit.details.last_date
    person_ids = {p.id for p in visit.attendees}
    for i, stop in enumerate(visit.itinerary):
        if stop.start and stop.end and stop.end < stop.start and not stop.is_travel:
            out.append(
                Finding(
                    "end-before-start",
                    ("itinerary", i, "end"),
                    f"The stop \u201c{_label(stop)}\u201d ends ({stop.end:%H:%M}) before it starts ({stop.start:%H:%M}).",
                    {"stop": _label(stop), "start": f"{stop.start:%H:%M}", "end": f"{stop.end:%H:%M}"},
                )
            )
        day = visit.stop_date(stop)
        if stop.date and first and last and not (first <= day <= max(first, last)):
            out.append(
                Finding(
                    "stop-outside-dates",
                    ("itinerary", i, "date"),
                    f"The stop \u201c{_label(stop)}\u201d is on {day.isoformat()}, outside the visit's dates.",
                    {"stop": _label(stop), "date": day.isoformat()},
                )
            )
        for j, pid in enumerate(stop.attendees):
            if pid not in person_ids:
                out.append(
                    Finding(
                        "unknown-attendee",
                        ("itinerary", i, "attendees", j),
                        f"The stop \u201c{_label(stop)}\u201d names the person id \u201c{pid}\u201d; nobody has it.",
                        {"stop": _label(stop), "id": pid},
                    )
                )
    by_day: dict[dt.date | None, list[int]] = {}
    for i, stop in enumerate(visit.itinerary):
        by_day.setdefault(visit.stop_date(stop), []).append(i)
    for indexes in by_day.values():
        for i, j in combinations(indexes, 2):
            a, b = visit.itinerary[i], visit.itinerary[j]
            if stops_overlap(a, b):
                out.append(
                    Finding(
                        "overlap",
                        ("itinerary", j, "start"),
                        f"The stops \u201c{_label(a)}\u201d and \u201c{_label(b)}\u201d overlap.",
                        {"stop": _label(b), "other": _label(a), "other_index": i},
                    )
                )
    return out


def check_messages(visit: Visit) -> list[Finding]:
    stop_ids = {s.id for s in visit.itinerary}
    return [
        Finding(
            "unknown-stop",
            ("messages", i, "stop"),
            f"The message \u201c{m.headline}\u201d names the stop id \u201c{m.stop}\u201d, but no stop has it.",
            {"headline": m.headline, "id": m.stop},
        )
        for i, m in enumerate(visit.messages)
        if m.stop and m.stop not in stop_ids
    ]


def check_photos(visit: Visit, decode: bool = True) -> list[Finding]:
    """With ``decode=False`` photos are checked without decoding pixels (see photo_problem)."""
    out = []
    for i, person in enumerate(visit.attendees):
        if person.photo is None:
            continue
        problem = photo_problem(person.photo, decode)
        if problem:
            out.append(
                Finding(
                    "bad-photo",
                    ("attendees", i, "photo"),
                    f"The photo of {person.name or person.id} cannot be used: {problem}. "
                    "It is left out of the pack and kept in the file.",
                    {"name": person.name or person.id, "problem": problem},
                )
            )
    return out


def check_visit(visit: Visit, *, decode_photos: bool = True) -> list[Finding]:
    """Every warning for a visit, in file order of sections."""
    from briefing.model.logistics import check_greeters, check_principals, check_transfers

    lang = visit.details.language
    return (
        check_stops(visit)
        + check_transfers(visit, lang)
        + check_greeters(visit, lang)
        + check_messages(visit)
        + check_principals(visit)
        + check_photos(visit, decode_photos)
    )
