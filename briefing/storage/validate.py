"""Rules of the format that involve more than one value, checked on the model.

The reader applies the relations (unique ids, end date) after conversion; the
writer applies every rule, so that no file is ever saved that would be refused
when opened again.
"""

from __future__ import annotations

import datetime as dt

from briefing.model import Visit, format_path
from briefing.storage.problems import Problem
from briefing.storage.schema import (
    CHOICE,
    COUNT,
    DATE,
    DETAILS,
    PHOTO,
    SECTIONS,
    TEXT,
    TEXTS,
    TIME,
    Record,
    count_problem,
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
    for section, noun in (("itinerary", "stop"), ("attendees", "person")):
        seen: dict[str, int] = {}
        for i, item in enumerate(getattr(visit, section)):
            if item.id in seen:
                first = format_path((section, seen[item.id]))
                out.append(
                    (
                        (section, i, "id"),
                        f"The id \u201c{item.id}\u201d is already used by {first}; each {noun} needs an id of its own.",
                        "duplicate-id",
                    )
                )
            else:
                seen[item.id] = i
    return out


_TYPES = {TEXT: str, DATE: dt.date, TIME: dt.time, COUNT: int, CHOICE: str, PHOTO: bytes}


def _record_problems(obj, record: Record, path: tuple, allow_missing: bool = False) -> list[Found]:
    out: list[Found] = []
    if not isinstance(obj, record.cls):
        return [(path, f"Expected {record.noun}, found {type(obj).__name__}.", "wrong-type")]
    for spec in record.fields:
        value = getattr(obj, spec.name)
        where = (*path, spec.name)
        if value is None:
            if spec.kind in (DATE, TIME) and spec.required:
                if allow_missing:
                    continue
                what = "a start date" if spec.kind == DATE else "a start time"
                subject = _subject(obj, record)
                when = "it" if record is DETAILS else "the visit"
                out.append((where, f"{subject} needs {what} before {when} can be saved.", "missing"))
            elif spec.kind not in (DATE, TIME, PHOTO):
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
        elif spec.kind == TIME and (value.second or value.microsecond or value.tzinfo):
            out.append((where, "Times are kept to the minute, without a time zone.", "bad-time"))
    return out


def _subject(obj, record: Record) -> str:
    if record is DETAILS:
        return "The visit"
    label = getattr(obj, "title", "") or getattr(obj, "id", "")
    return f"The stop \u201c{label}\u201d" if label else record.noun.capitalize()


def save_problems(visit: Visit, *, allow_missing: bool = False) -> list[Problem]:
    """Why this visit cannot be saved as it is (the file would be refused when opened), or [].

    ``allow_missing``: a recovery copy, where a required date or time may still be missing.
    """
    found: list[Found] = _record_problems(visit.details, DETAILS, ("visit",), allow_missing)
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
                found.extend(_record_problems(item, record, (key, i), allow_missing))
    if not found:
        found = relation_problems(visit)
    return [Problem(message, None, format_path(path), code) for path, message, code in found]
