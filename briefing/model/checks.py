"""Warnings about a visit that opens but does not hang together.

Each finding carries a stable ``code`` and ``params`` so that the desktop app
can word it in the user's language, and an English ``message`` for the
command line. ``path`` points at the item, e.g. ``("itinerary", 3, "end")``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.model.photos import photo_problem
from briefing.model.visit import Stop, UnreadPhoto, Visit

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


_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def parse_path(text: str) -> Path:
    """``itinerary[3].start`` -> ``("itinerary", 3, "start")``: the inverse of format_path."""
    return tuple(int(index) if index else name for name, index in _PATH_PART.findall(text or ""))


@dataclass(frozen=True)
class Finding:
    """A warning about the visit: its code, where it is (a path into the visit) and its words."""

    code: str
    path: Path
    message: str
    params: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def where(self) -> str:
        return format_path(self.path)

    def __str__(self) -> str:
        """The English line the command line prints: ``visit.timezone: The time zone ...``."""
        return f"{self.where}: {self.message}" if self.path else self.message

    def to_dict(self) -> dict:
        """Plain data, for a finding that crosses to another process as JSON."""
        return {"code": self.code, "path": list(self.path), "message": self.message, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: dict) -> Finding:
        return cls(str(data["code"]), tuple(data["path"]), str(data["message"]), dict(data.get("params") or {}))


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


# Warnings of one kind beyond this many are counted, not listed: a file of a few kilobytes can hold
# thousands of stops at one hour, and listing every pair of them took seconds and gigabytes.
MAX_OF_A_KIND = 50
_KIND_NOUNS = {"overlap": "overlaps"}


def more_finding(code: str, count: int) -> Finding:
    noun = _KIND_NOUNS.get(code, "warnings like these")
    return Finding("more", (), f"\u2026and {count:,} more {noun}.", {"code": code, "count": count})


def cap_findings(findings: list[Finding], limit: int = MAX_OF_A_KIND) -> list[Finding]:
    """At most ``limit`` findings of each code, then one that counts the rest."""
    kept: list[Finding] = []
    seen: dict[str, int] = {}
    extra: dict[str, int] = {}
    for finding in findings:
        if finding.code == "more":
            extra[finding.params["code"]] = extra.get(finding.params["code"], 0) + finding.params["count"]
            continue
        seen[finding.code] = seen.get(finding.code, 0) + 1
        if seen[finding.code] <= limit:
            kept.append(finding)
        else:
            extra[finding.code] = extra.get(finding.code, 0) + 1
    return kept + [more_finding(code, count) for code, count in extra.items()]


def _overlaps(itinerary: list[Stop], indexes: list[int], wanted: int) -> tuple[list[Finding], int]:
    """The first ``wanted`` overlapping pairs of one day (in time order) and how many pairs there are.

    Sorted once, then swept: only stops still under way are compared, and the
    pairs are counted with binary searches, never enumerated.
    """
    from bisect import bisect_right

    spans = [(_span(itinerary[i]), i) for i in indexes]
    spans.sort(key=lambda item: (item[0][0], item[0][1], item[1]))
    found: list[Finding] = []
    active: list[tuple[tuple[int, int], int]] = []
    for (start, end), j in spans:
        if len(found) >= wanted:
            break
        # A stop ending at this start, or a moment before it, is over.
        active = [(span, i) for span, i in active if span[1] > start or (span[0] == span[1] == start)]
        for _span_i, i in active:
            a, b = itinerary[i], itinerary[j]
            if stops_overlap(a, b) and len(found) < wanted:
                found.append(
                    Finding(
                        "overlap",
                        ("itinerary", j, "start"),
                        f"The stops \u201c{_label(a)}\u201d and \u201c{_label(b)}\u201d overlap.",
                        {"stop": _label(b), "other": _label(a), "other_index": i},
                    )
                )
        active.append(((start, end), j))
    # Count every overlapping pair (the spec's rule) without listing them.
    intervals = [(s, e) for (s, e), _ in spans if e > s]
    moments = [s for (s, e), _ in spans if e == s]
    starts = sorted(s for s, _ in intervals)
    ends = sorted(e for _, e in intervals)
    n = len(intervals)
    # Two intervals overlap unless one starts when or after the other ends (exactly one way round).
    apart = sum(len(starts) - bisect_right(starts, e - 1) for _, e in intervals)
    total = n * (n - 1) // 2 - apart
    # A moment overlaps the intervals under way at it: started at or before, not yet ended.
    total += sum(bisect_right(starts, t) - bisect_right(ends, t) for t in moments)
    # Moments at the same minute overlap each other.
    counts: dict[int, int] = {}
    for t in moments:
        counts[t] = counts.get(t, 0) + 1
    total += sum(k * (k - 1) // 2 for k in counts.values())
    return found, total


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
        if stop.start is not None:
            by_day.setdefault(visit.stop_date(stop), []).append(i)
    more = 0
    for indexes in by_day.values():
        found, total = _overlaps(visit.itinerary, indexes, MAX_OF_A_KIND - sum(f.code == "overlap" for f in out))
        out += found
        more += total - len(found)
    if more:
        out.append(more_finding("overlap", more))
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
        name = person.name or person.id
        if isinstance(person.photo, UnreadPhoto):
            out.append(
                Finding(
                    "bad-photo-data",
                    ("attendees", i, "photo"),
                    f"The photo of {name} is damaged: it is not valid base64 text. It is left out of the pack "
                    "and kept in the file as written; add the photo again in Briefing.",
                    {"name": name},
                )
            )
            continue
        problem = photo_problem(person.photo, decode)
        if problem:
            out.append(
                Finding(
                    "bad-photo",
                    ("attendees", i, "photo"),
                    f"The photo of {name} cannot be used: {problem}. It is left out of the pack and kept in the file.",
                    {"name": name, "problem": problem},
                )
            )
    return out


@lru_cache(maxsize=64)
def zone_known(name: str) -> bool:
    """Whether this computer knows the IANA time zone ``name`` (remembered: checks run as the user types)."""
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def check_timezone(visit: Visit) -> list[Finding]:
    name = visit.details.timezone
    if not name or zone_known(name):
        return []
    return [
        Finding(
            "unknown-timezone",
            ("visit", "timezone"),
            f"The time zone \u201c{name}\u201d is not known on this computer; the pack prints times as written, "
            "without a zone, and calendars get floating times.",
            {"timezone": name},
        )
    ]


def check_programme(visit: Visit) -> list[Finding]:
    """The checks that walk the programme (overlaps, transfers, greeters).

    What they find depends only on the stops, the visit's dates and language
    and the people's ids, so a caller may keep it while other things change
    (on a large visit the overlap sweep is most of a keystroke's time).
    """
    from briefing.model.logistics import check_greeters, check_transfers

    lang = visit.details.language
    return check_stops(visit) + check_transfers(visit, lang) + check_greeters(visit, lang)


def check_visit(visit: Visit, *, decode_photos: bool = True, programme: list[Finding] | None = None) -> list[Finding]:
    """Every warning for a visit, in file order of sections.

    ``programme``: what :func:`check_programme` found, when the caller knows
    that nothing it depends on has changed since.
    """
    from briefing.model.logistics import check_principals
    from briefing.model.principal import check_principal_text

    if programme is None:
        programme = check_programme(visit)
    return cap_findings(
        check_timezone(visit)
        + programme
        + check_messages(visit)
        + check_principals(visit)
        + check_principal_text(visit)
        + check_photos(visit, decode_photos)
    )
