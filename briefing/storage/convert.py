"""The tree of a visit file -> the model's dataclasses, noting every problem with its line and path."""

from __future__ import annotations

import binascii
import datetime as dt
import re

from briefing.model import UnreadPhoto, Visit, format_path
from briefing.storage.problems import Problem
from briefing.storage.schema import (
    CHOICE,
    COUNT,
    DATE,
    DATETIME,
    DETAILS,
    MAX_COUNT,
    MAX_MINUTES,
    MINUTES,
    PHOTO,
    RECORDS,
    SECTIONS,
    TEXT,
    TEXTS,
    TIME,
    TOP_KEYS,
    Record,
    count_problem,
    minutes_problem,
)
from briefing.storage.tree import BINARY_TAG, Mapping, Scalar, Sequence

NULLS = frozenset(("", "~", "null", "Null", "NULL"))
# ASCII digits only (\d would take any script's digits), spaces around tolerated.
_DATE = re.compile(r"\s*([0-9]{4})-([0-9]{2})-([0-9]{2})\s*\Z")
_TIME = re.compile(r"\s*([0-9]{1,2}):([0-9]{2})\s*\Z")
# An issued revision's moment: YYYY-MM-DDTHH:MM, seconds optional, a space for the T, no offset.
_DATETIME = re.compile(r"\s*([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?\s*\Z")
COUNT_TEXT = re.compile(r"[0-9]+\Z")
_ABSENT = object()
_SECTION_WORDS = {
    "itinerary": "stops",
    "attendees": "people",
    "messages": "key messages",
    "qa": "questions",
    "sensitivities": "texts",
    "contacts": "contacts",
    "history": "issued revisions",
}
_KIND_WORDS = {"event": "an event", "travel": "a travel leg"}


def describe(node) -> str:
    if node.__class__ is Mapping:
        return "a group of fields"
    if node.__class__ is Sequence:
        return "a list"
    text = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    return f"\u201c{text}\u201d"


class Converter:
    """Builds a Visit from a tree; problems go to ``self.problems``, the Visit is built regardless."""

    def __init__(self, problems: list[Problem], unfinished: bool = False):
        self.problems = problems
        # Recovery copies only: unfinished work (no first day yet, a stop without a start) is kept,
        # so a missing required field is no problem there; everything else is checked as usual.
        self.unfinished = unfinished

    def report(self, message: str, line: int | None, path: tuple, code: str) -> None:
        if self.unfinished and code == "missing":
            return
        self.problems.append(Problem(message, line, format_path(path), code))

    def visit(self, tree: Mapping) -> Visit:
        self.unknown_keys(tree, TOP_KEYS, ())
        visit = Visit()
        details = tree.get("visit")
        if details is None:
            self.report(
                "The visit's details (the \u201cvisit:\u201d section) are missing.", tree.line, ("visit",), "missing"
            )
        else:
            visit.details = self.record(details, DETAILS, ("visit",), tree.key_lines["visit"])
        for key, record in SECTIONS.items():
            node = tree.get(key)
            if node is None or _is_null(node):
                continue
            line = tree.key_lines[key]
            if node.__class__ is not Sequence:
                self.report(
                    f"\u201c{key}\u201d must be a list of {_SECTION_WORDS[key]} (lines starting with \u201c- \u201d), "
                    f"not {describe(node)}.",
                    line,
                    (key,),
                    "wrong-type",
                )
                continue
            if record is None:
                items = [self.text(item, (key, i), item.line) for i, item in enumerate(node)]
            else:
                items = [self.record(item, record, (key, i), item.line) for i, item in enumerate(node)]
            setattr(visit, key, [v for v in items if v is not _ABSENT])
        return visit

    def unknown_keys(self, node: Mapping, known, path: tuple) -> None:
        unknown = [key for key in node if key not in known]
        if not unknown:
            return
        import difflib  # only for files with a typo: keeps opening fast

        for key in unknown:
            close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
            hint = (
                f" \u2014 did you mean {close[0]}?" if close else f". The fields allowed here are: {', '.join(known)}."
            )
            shown = key if len(key) <= 40 else key[:37] + "..."
            self.report(f"Unknown field \u201c{shown}\u201d{hint}", node.key_lines[key], (*path, shown), "unknown-key")

    def record(self, node, record: Record, path: tuple, line: int | None):
        if node.__class__ is not Mapping:
            self.report(
                f"Expected {record.noun}, written as fields (\u201cname: value\u201d), but found {describe(node)}.",
                line,
                path,
                "wrong-type",
            )
            return record.cls()
        by_name = record.by_name
        values = {}
        key_lines = node.key_lines
        for key, value in node.items():
            spec = by_name.get(key)
            if spec is None:
                continue
            kind = spec.kind
            kline = key_lines[key]
            if kind is TEXT:
                if value.__class__ is Scalar and value.tag is None and not (value.plain and value.value in NULLS):
                    values[key] = value.value  # the common case, kept fast
                    continue
                result = self.text(value, (*path, key), kline)
            elif kind is TEXTS:
                result = self.texts(value, (*path, key), kline)
            elif kind is TIME:
                result = self.time(value, (*path, key), kline)
            elif kind is DATE:
                result = self.date(value, (*path, key), kline)
            elif kind is CHOICE:
                result = self.choice(value, spec.choices, (*path, key), kline)
            elif kind is COUNT:
                result = self.count(value, (*path, key), kline)
            elif kind is MINUTES:
                result = self.minutes(value, (*path, key), kline)
            elif kind is DATETIME:
                result = self.datetime(value, (*path, key), kline)
            elif kind is RECORDS:
                result = self.records(value, spec.record, (*path, key), kline)
            else:
                assert kind is PHOTO
                result = self.photo(value, (*path, key), kline)
            if result is not _ABSENT and result is not None:
                values[key] = result
        if len(values) != len(node):
            self.unknown_keys(node, by_name, path)
        if record.kinded and not ("kind" in node and "kind" not in values):  # a bad kind is reported already
            self.kind_rules(node, values, record, path)
        for spec in record.required:
            if spec.name not in values and spec.name not in node:
                self.report(
                    f"The required field \u201c{spec.name}\u201d is missing from {record.noun}.",
                    node.line if line is None else line,
                    path,
                    "missing",
                )
            elif spec.name not in values and _is_null(node[spec.name]):
                self.report(
                    f"The required field \u201c{spec.name}\u201d has no value.",
                    key_lines[spec.name],
                    (*path, spec.name),
                    "missing",
                )
        try:
            return record.cls(**values)
        except TypeError:  # pragma: no cover - the schema and the dataclasses disagree
            return record.cls()

    def kind_rules(self, node: Mapping, values: dict, record: Record, path: tuple) -> None:
        """Fields of the other kind of stop are errors; each kind's own required fields; a leg's press."""
        kind = values.get("kind", "event")
        for key in node:
            spec = record.by_name.get(key)
            if spec is not None and spec.only and spec.only != kind:
                values.pop(key, None)
                self.report(
                    f"\u201c{key}\u201d belongs to {_KIND_WORDS[spec.only]}, but this stop is {_KIND_WORDS[kind]}"
                    + (" (add \u201ckind: travel\u201d to make it one)." if spec.only == "travel" else "."),
                    node.key_lines[key],
                    (*path, key),
                    "wrong-kind",
                )
        for spec in record.fields:
            if spec.required_for != kind or spec.name in values:
                continue
            if spec.name in node:
                if _is_null(node[spec.name]):
                    self.report(
                        f"The required field \u201c{spec.name}\u201d has no value.",
                        node.key_lines[spec.name],
                        (*path, spec.name),
                        "missing",
                    )
            else:
                self.report(
                    f"The required field \u201c{spec.name}\u201d is missing from {_KIND_WORDS[kind]}.",
                    node.line,
                    path,
                    "missing",
                )
        if kind == "travel" and "press" not in values:
            values["press"] = ""

    def records(self, node, record: Record, path: tuple, line: int | None):
        if _is_null(node):
            return []
        if node.__class__ is not Sequence:
            self.report(
                f"Expected a list of {record.noun[2:]}s (lines starting with \u201c- \u201d), "
                f"but found {describe(node)}.",
                line,
                path,
                "wrong-type",
            )
            return None
        return [self.record(item, record, (*path, i), item.line) for i, item in enumerate(node)]

    def scalar(self, node, path: tuple, line: int | None, wanted: str):
        """The scalar's text, _ABSENT for a plain null, None (reported) for a list or group."""
        if node.__class__ is Scalar:
            if _is_null(node):
                return _ABSENT
            if node.tag == BINARY_TAG:
                self.report(f"Expected {wanted}, but found binary data (!!binary).", line, path, "wrong-type")
                return None
            return node.value
        self.report(f"Expected {wanted}, but found {describe(node)}.", line, path, "wrong-type")
        return None

    def text(self, node, path, line):
        return self.scalar(node, path, line, "text")

    def texts(self, node, path, line):
        if _is_null(node):
            return []
        if node.__class__ is not Sequence:
            self.report(
                f"Expected a list of texts (lines starting with \u201c- \u201d), but found {describe(node)}.",
                line,
                path,
                "wrong-type",
            )
            return None
        out = []
        for i, item in enumerate(node):
            value = self.scalar(item, (*path, i), item.line, "text")
            if value is not _ABSENT:  # a bare "-" or "- ~" is no item (a quoted "" is an empty one)
                out.append(value)
        return out

    def date(self, node, path, line):
        value = self.scalar(node, path, line, "a date")
        if value is _ABSENT or value is None:
            return value
        match = _DATE.match(value)
        if match:
            try:
                return dt.date(*map(int, match.groups()))
            except ValueError:
                pass
        self.report(
            f"\u201c{value}\u201d is not a valid date; write dates as YYYY-MM-DD, for example 2026-03-14.",
            line,
            path,
            "bad-date",
        )
        return None

    def time(self, node, path, line):
        value = self.scalar(node, path, line, "a time")
        if value is _ABSENT or value is None:
            return value
        match = _TIME.match(value)
        if match:
            hour, minute = int(match.group(1)), int(match.group(2))
            if hour < 24 and minute < 60:
                return dt.time(hour, minute)
        self.report(
            f'\u201c{value}\u201d is not a valid time; write times as HH:MM on the 24-hour clock, for example "09:30".',
            line,
            path,
            "bad-time",
        )
        return None

    def choice(self, node, choices, path, line):
        value = self.scalar(node, path, line, "one of " + ", ".join(choices))
        if value is _ABSENT or value is None:
            return value
        if value.strip().lower() in choices:
            return value.strip().lower()
        self.report(
            f"\u201c{value}\u201d is not allowed here; use one of: {', '.join(choices)}.", line, path, "bad-value"
        )
        return None

    def count(self, node, path, line):
        value = self.scalar(node, path, line, "a whole number")
        if value is _ABSENT or value is None:
            return value
        digits = value.strip()
        if not COUNT_TEXT.match(digits):
            problem = "a revision is a whole number from 1 up"
        elif len(digits.lstrip("0")) > len(str(MAX_COUNT)):
            problem = count_problem(MAX_COUNT + 1)  # too many digits to be worth converting
        else:
            problem = count_problem(int(digits))
            if problem is None:
                return int(digits)
        shown = describe(node)
        self.report(f"{shown} cannot be used: {problem}.", line, path, "bad-value")
        return None

    def minutes(self, node, path, line):
        value = self.scalar(node, path, line, "a number of minutes")
        if value is _ABSENT or value is None:
            return value
        digits = value.strip()
        if COUNT_TEXT.match(digits) and len(digits.lstrip("0")) <= len(str(MAX_MINUTES)):
            problem = minutes_problem(int(digits))
            if problem is None:
                return int(digits)
        else:
            problem = minutes_problem(-1) if digits.startswith("-") else "minutes are a whole number such as 10"
        self.report(f"{describe(node)} cannot be used: {problem}.", line, path, "bad-value")
        return None

    def datetime(self, node, path, line):
        value = self.scalar(node, path, line, "a date and time")
        if value is _ABSENT or value is None:
            return value
        match = _DATETIME.match(value)
        if match:
            try:
                return dt.datetime(*(int(g) for g in match.groups() if g is not None))
            except ValueError:
                pass
        self.report(
            f"\u201c{value}\u201d is not a valid date and time; write it as YYYY-MM-DDTHH:MM, "
            "for example 2027-03-10T16:30.",
            line,
            path,
            "bad-datetime",
        )
        return None

    def photo(self, node, path, line):
        if node.__class__ is not Scalar:
            self.report(f"Expected a photo (base64 text), but found {describe(node)}.", line, path, "wrong-type")
            return None
        if _is_null(node):
            return _ABSENT
        try:
            # Photos are written in lines: dropping the line ends is enough, and fast.
            return binascii.a2b_base64(node.value.replace("\n", ""), strict_mode=True)
        except (binascii.Error, ValueError):
            pass
        try:  # other whitespace (spaces, CR, tabs) of a hand-edited or re-wrapped photo
            return binascii.a2b_base64("".join(node.value.split()), strict_mode=True)
        except (binascii.Error, ValueError):
            # A warning (check_photos), not a refusal: the rest of the visit opens, and the text is kept.
            return UnreadPhoto(node.value)


def _is_null(node) -> bool:
    """A plain, untagged ``~``, ``null`` or nothing: the value is absent (``!!str`` makes it text)."""
    return node.__class__ is Scalar and node.plain and node.tag is None and node.value in NULLS


def line_at(tree, path: tuple) -> int | None:
    """The line of the node at ``path``, else of its nearest parent in the file."""
    node, line = tree, getattr(tree, "line", None)
    for part in path:
        if node.__class__ is Mapping and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif node.__class__ is Sequence and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            line = getattr(node, "line", line)
        else:
            break
    return line


def to_tree(data, line: int | None = None):
    """Plain data from an upgrade (dicts, lists, str, int, None, bytes, dates) -> tree nodes.

    Nodes already in the tree keep their lines; new values take their parent's.
    """
    if isinstance(data, Scalar):
        return data
    if isinstance(data, dict):
        out = Mapping(getattr(data, "line", line))
        old_lines = getattr(data, "key_lines", {})
        for key, value in data.items():
            kline = old_lines.get(key, out.line)
            out[str(key)] = to_tree(value, kline)
            out.key_lines[str(key)] = kline
        return out
    if isinstance(data, list | tuple):
        out = Sequence(getattr(data, "line", line))
        out.extend(to_tree(item, out.line) for item in data)
        return out
    if data is None:
        return Scalar("", True, None, line)
    if isinstance(data, bool):
        return Scalar("true" if data else "false", False, None, line)
    if isinstance(data, int):
        return Scalar(str(data), True, None, line)
    if isinstance(data, bytes):
        return Scalar(binascii.b2a_base64(data, newline=False).decode("ascii"), False, None, line)
    if isinstance(data, dt.time):
        return Scalar(f"{data:%H:%M}", False, None, line)
    if isinstance(data, dt.datetime):
        return Scalar(data.isoformat(timespec="minutes" if not data.second else "seconds"), False, None, line)
    if isinstance(data, dt.date):
        return Scalar(data.isoformat(), False, None, line)
    return Scalar(str(data), False, None, line)
