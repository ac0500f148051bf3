"""Writing a visit file: the model -> YAML text, emitted here field by field, then saved atomically.

The text is written by this module rather than by PyYAML's dumper so that
the layout is exact and stable: keys in the spec's order, defaults left out,
times in quotes, dates as YYYY-MM-DD, several lines as a literal block,
photos as ``!!binary`` base64 in 76-character lines (so that other YAML tools
read bytes). emit.py decides how each text is quoted.
"""

from __future__ import annotations

import base64
import os
from functools import lru_cache

from briefing.atomic import atomic_write
from briefing.model import Visit, format_path
from briefing.storage.emit import UnsavableText, flow_list, text_value
from briefing.storage.problems import Problem, VisitFileError
from briefing.storage.schema import (
    COUNT,
    DATE,
    DATETIME,
    DETAILS,
    MINUTES,
    PHOTO,
    RECORDS,
    SECTIONS,
    SNAPSHOT_STOP,
    TEXTS,
    TIME,
    Record,
    applies,
    default_of,
    version_needed,
)
from briefing.storage.validate import save_problems
from briefing.storage.versions import FORMAT_NAME


def dump_visit(visit: Visit, *, unfinished: bool = False) -> str:
    """The YAML text of ``visit``; VisitFileError if it could not be read back (a stop without a start, say).

    ``unfinished`` writes a recovery copy (read back with ``read_visit(...,
    unfinished=True)``): required fields may be missing.
    """
    problems = save_problems(visit, unfinished)
    if problems:
        raise VisitFileError(problems)
    # The lowest version that holds the visit, so that older releases still open what needs nothing newer.
    out: list[str] = [f"format: {FORMAT_NAME}\n", f"version: {version_needed(visit)}\n", "\n", "visit:\n"]
    try:
        _record(out, visit.details, DETAILS, "  ", "  ", ("visit",))
        for key, record in SECTIONS.items():
            items = getattr(visit, key)
            if not items:
                continue
            _blank_line(out)
            out.append(f"{key}:\n")
            for i, item in enumerate(items):
                if record is None:
                    _item(out, item, "  ", (key, i))
                else:
                    _record(out, item, record, "  - ", "    ", (key, i))
    except _Unsavable as error:
        raise VisitFileError(
            Problem(
                "This text holds a character that cannot be saved (a broken character, often from a bad "
                "copy and paste); retype it.",
                None,
                format_path(error.path),
                "unsavable-text",
            )
        ) from None
    return "".join(out)


def save_visit(visit: Visit, path: str | os.PathLike) -> None:
    """Write ``visit`` to ``path`` atomically, keeping the previous file as ``path~``.

    The whole text is made before the file is touched; on any failure the old
    file is left as it was and no temporary file remains.
    """
    data = dump_visit(visit).encode("utf-8")
    try:
        atomic_write(path, data, backup=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise VisitFileError(
            Problem(f"The visit could not be saved ({reason}); the file on disk was not changed.", code="save-failed"),
            os.fspath(path),
        ) from error


class _Unsavable(Exception):
    def __init__(self, path: tuple):
        super().__init__(path)
        self.path = path


def _text(text: str, indent: str, path: tuple) -> str:
    try:
        return text_value(text, indent)
    except UnsavableText:
        raise _Unsavable(path) from None


def _blank_line(out: list[str]) -> None:
    """A blank line between sections, for the eye; not after a ``|+`` block, which would take it in."""
    if not out[-1].endswith("\n\n"):
        out.append("\n")


def _item(out: list[str], text: str, indent: str, path: tuple) -> None:
    """One text in a list: ``- value`` at ``indent``; a block's lines go under the dash."""
    out.append(f"{indent}-{_text(text, indent, path)}")


def _record(out: list[str], obj, record: Record, first: str, indent: str, path: tuple) -> None:
    """The fields of ``obj``; the first line starts with ``first`` (``"  - "`` for a list item)."""
    default = default_of(obj)
    lead = first
    wrote = False
    for spec in record.fields:
        name = spec.name
        value = getattr(obj, name)
        if not applies(spec, obj):
            continue
        if (
            not spec.required
            and value == getattr(default, name)
            and not (spec.required_for and spec.required_for == obj.kind)
            and not (record is SNAPSHOT_STOP and name == "date")  # a snapshot always writes each stop's date
        ):
            continue
        kind = spec.kind
        if kind is RECORDS:
            out.append(f"{lead}{name}:{' []' if not value else ''}\n")
            for i, item in enumerate(value):
                _record(out, item, spec.record, indent + "  - ", indent + "    ", (*path, name, i))
            lead, wrote = indent, True
            continue
        if value is None:
            continue  # an unset date of a snapshot stop (cannot happen once issued: the day is filled in)
        if kind is TEXTS:
            flow = flow_list(value) if name in ("attendees", "met_by") else None
            if flow:
                out.append(f"{lead}{name}: {flow}\n")
                lead, wrote = indent, True
                continue
            out.append(f"{lead}{name}:\n")
            for i, text in enumerate(value):
                _item(out, text, indent + "  ", (*path, name, i))
        elif kind is DATE:
            out.append(f"{lead}{name}: {value.isoformat()}\n")
        elif kind is TIME:
            out.append(f'{lead}{name}: "{value:%H:%M}"\n')
        elif kind is COUNT or kind is MINUTES:
            out.append(f"{lead}{name}: {value}\n")
        elif kind is DATETIME:
            out.append(f'{lead}{name}: "{value.isoformat(timespec="seconds" if value.second else "minutes")}"\n')
        elif kind is PHOTO and isinstance(value, str):
            out.append(f"{lead}{name}:{_text(value, indent, (*path, name))}")  # not base64: as written
        elif kind is PHOTO:
            if value:
                out.append(f"{lead}{name}: !!binary |\n{_binary_lines(value, indent)}")
            else:
                out.append(f'{lead}{name}: !!binary ""\n')
        else:  # text and choices
            out.append(f"{lead}{name}:{_text(value, indent, (*path, name))}")
        lead = indent
        wrote = True
    if not wrote:  # every field was a default: still write the item
        out.append(first.rstrip() + " {}\n")


@lru_cache(maxsize=256)
def _binary_lines(value: bytes, indent: str) -> str:
    """A photo's base64 block. Remembered: the preview writes the whole visit
    on the GUI thread for each rebuild, and its photos are most of the bytes
    and rarely change (a bytes object keeps its hash, so a lookup is cheap)."""
    wrapped = base64.encodebytes(value).decode("ascii")
    return "".join(f"{indent}  {line}\n" for line in wrapped.splitlines())
