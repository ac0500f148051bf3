"""Rules of the format that involve more than one value, checked on the model.

The reader applies the relations (unique ids, end date) after conversion; the
writer applies every rule, so that no file is ever saved that would be refused
when opened again.
"""

from __future__ import annotations

import datetime as dt

from briefing.model import UnreadPhoto, Visit, format_path
from briefing.storage.problems import Problem
from briefing.storage.schema import (
    CHOICE,
    COUNT,
    DATE,
    DATETIME,
    DETAILS,
    MINUTES,
    PHOTO,
    RECORDS,
    SECTIONS,
    TEXT,
    TEXTS,
    TIME,
    Record,
    applies,
    count_problem,
    default_of,
    minutes_problem,
)

Found = tuple[tuple, str, str]  # (path, message, code)


def relation_problems(visit: Visit) -> list[Found]:
    out: list[Found] = []
    d = visit.details
    if d.start_date and d.end_date and d.end_date < d.start_date:
        out.append(
            (
                ("visit", "end_date"),
                f"The visit ends ({d.end_date.isoformat()}) before it starts ({d.start_date.isoformat()}).",
                "end-before-start-date",
            )
        )
    _unique_ids(visit, (), out)
    revisions: dict[int, int] = {}
    for i, entry in enumerate(visit.history):
        where = ("history", i, "revision")
        if entry.revision in revisions:
            first = format_path(("history", revisions[entry.revision]))
            out.append((where, f"Revision {entry.revision} is already recorded by {first}.", "duplicate-revision"))
        else:
            revisions[entry.revision] = i
        if entry.revision >= d.revision:
            out.append(
                (
                    where,
                    f"Revision {entry.revision} is recorded as issued, but the visit is at revision {d.revision}: "
                    "an issued revision is always lower than the visit's.",
                    "bad-revision",
                )
            )
        _unique_ids(entry, ("history", i), out)
    return out


def _unique_ids(holder, path: tuple, out: list[Found]) -> None:
    """Each stop and each person of ``holder`` (a visit, or a history entry) has an id of its own."""
    for section, noun in (("itinerary", "stop"), ("attendees", "person")):
        seen: dict[str, int] = {}
        for i, item in enumerate(getattr(holder, section)):
            if item.id in seen:
                first = format_path((*path, section, seen[item.id]))
                out.append(
                    (
                        (*path, section, i, "id"),
                        f"The id \u201c{item.id}\u201d is already used by {first}; each {noun} needs an id of its own.",
                        "duplicate-id",
                    )
                )
            else:
                seen[item.id] = i


_TYPES = {
    TEXT: str,
    DATE: dt.date,
    TIME: dt.time,
    COUNT: int,
    MINUTES: int,
    CHOICE: str,
    PHOTO: (bytes, UnreadPhoto),
    DATETIME: dt.datetime,
}


def _record_problems(obj, record: Record, path: tuple) -> list[Found]:
    out: list[Found] = []
    if not isinstance(obj, record.cls):
        return [(path, f"Expected {record.noun}, found {type(obj).__name__}.", "wrong-type")]
    default = default_of(obj)
    for spec in record.fields:
        value = getattr(obj, spec.name)
        where = (*path, spec.name)
        if not applies(spec, obj):
            if value != getattr(default, spec.name):
                kind = "travel legs" if spec.only == "travel" else "events"
                out.append((where, f"\u201c{spec.name}\u201d is kept for {kind} only.", "wrong-kind"))
            continue
        if not spec.required and not spec.required_for and value == getattr(default, spec.name):
            continue  # a default is always valid (a travel leg's unwritten press is "")
        if spec.kind is RECORDS:
            if not isinstance(value, list):
                out.append((where, "Expected a list.", "wrong-type"))
            else:
                for i, item in enumerate(value):
                    out.extend(_record_problems(item, spec.record, (*where, i)))
            continue
        if spec.required_for and spec.required_for == getattr(obj, "kind", "") and spec.kind == CHOICE and not value:
            out.append(
                (where, f"A travel leg needs its \u201c{spec.name}\u201d before the visit can be saved.", "missing")
            )
            continue
        if value is None:
            if spec.kind in (DATE, TIME, DATETIME) and spec.required:
                what = {DATE: "a start date", TIME: "a start time", DATETIME: "the moment it was issued"}[spec.kind]
                subject = _subject(obj, record)
                when = "it" if record is DETAILS else "the visit"
                out.append((where, f"{subject} needs {what} before {when} can be saved.", "missing"))
            elif spec.kind not in (DATE, TIME, PHOTO, MINUTES):
                out.append(
                    (where, f"\u201c{spec.name}\u201d has no value; it must be text (it may be empty).", "wrong-type")
                )
            continue
        if spec.kind == TEXTS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                out.append((where, "Expected a list of texts.", "wrong-type"))
            continue
        wanted = _TYPES[spec.kind]
        if (
            not isinstance(value, wanted)
            or (wanted is dt.date and isinstance(value, dt.datetime))
            or isinstance(value, bool)
        ):
            out.append((where, f"Expected {spec.kind}, found {type(value).__name__}.", "wrong-type"))
        elif spec.kind == CHOICE and value not in spec.choices:
            out.append((where, f"\u201c{value}\u201d is not one of: {', '.join(spec.choices)}.", "bad-value"))
        elif spec.kind == COUNT and count_problem(value):
            out.append((where, f"The revision {value} cannot be used: {count_problem(value)}.", "bad-value"))
        elif spec.kind == MINUTES and minutes_problem(value):
            out.append((where, f"{value} minutes cannot be used: {minutes_problem(value)}.", "bad-value"))
        elif spec.kind == DATETIME and (value.microsecond or value.tzinfo):
            out.append((where, "A moment is kept to the second, without a time zone.", "bad-datetime"))
        elif spec.kind == TIME and (value.second or value.microsecond or value.tzinfo):
            out.append((where, "Times are kept to the minute, without a time zone.", "bad-time"))
    return out


def _subject(obj, record: Record) -> str:
    if record is DETAILS:
        return "The visit"
    label = getattr(obj, "title", "") or getattr(obj, "id", "")
    return f"The stop \u201c{label}\u201d" if label else record.noun.capitalize()


def save_problems(visit: Visit, unfinished: bool = False) -> list[Problem]:
    """Why this visit cannot be saved as it is (the file would be refused when opened), or [].

    ``unfinished``: as a recovery copy, where required fields may be missing.
    """
    found: list[Found] = _record_problems(visit.details, DETAILS, ("visit",))
    for key, record in SECTIONS.items():
        items = getattr(visit, key)
        if not isinstance(items, list):
            found.append(((key,), "Expected a list.", "wrong-type"))
            continue
        for i, item in enumerate(items):
            if record is None:
                if not isinstance(item, str):
                    found.append(((key, i), "Expected text.", "wrong-type"))
            else:
                found.extend(_record_problems(item, record, (key, i)))
    if unfinished:
        found = [f for f in found if f[2] != "missing"]
    if not found:
        found = relation_problems(visit)
    return [Problem(message, None, format_path(path), code) for path, message, code in found]
