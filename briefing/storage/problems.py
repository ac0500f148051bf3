"""What reading a visit file can report: problems with a place, and the error that carries them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from briefing.model import Visit, check_visit, format_path


# A NamedTuple rather than a frozen dataclass: the app defines it as it starts, and
# Python 3.11 compiles each of a dataclass's methods apart (~0.4 ms a class).
class Problem(NamedTuple):
    """One thing wrong in a visit file, with where it is.

    ``line`` counts from 1 (None when unknown); ``path`` is the key path such as
    ``itinerary[3].start`` with list indexes from 0; ``code`` is stable so that
    the app can word it in the user's language.

    Codes of refusals: not-found, not-regular, unreadable, not-utf8, not-yaml, empty,
    wrong-format, newer-version, several-documents, too-deep, forbidden-tag,
    anchor, alias, bad-key, duplicate-key, unknown-key, missing, wrong-type,
    bad-value, bad-date, bad-time, bad-photo-data, duplicate-id,
    end-before-start-date, more (the list was cut); of failed saves:
    unsavable-text, save-failed (and the refusal codes, for a visit the reader
    would refuse). Warnings carry the model's codes (briefing.model.checks).
    """

    message: str
    line: int | None = None
    path: str = ""
    code: str = ""

    def __str__(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.path:
            where.append(self.path)
        return f"{', '.join(where)}: {self.message}" if where else self.message


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """By line, problems without a line last; stable otherwise."""
    return sorted(problems, key=lambda p: (p.line is None, p.line or 0))


class VisitFileError(Exception):
    """A visit file that cannot be opened (or a visit that cannot be saved)."""

    def __init__(self, problems: list[Problem] | Problem | str, source: str = ""):
        if isinstance(problems, str):
            problems = [Problem(problems, code="error")]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = sort_problems(list(problems))
        self.source = str(source)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        prefix = f"{self.source}: " if self.source else ""
        return "\n".join(prefix + str(p) for p in self.problems)

    def __str__(self) -> str:
        return self.message


class FileBytes(NamedTuple):
    """A file's bytes as read, with its modification time and size at that moment."""

    data: bytes
    mtime_ns: int
    size: int


@dataclass
class Loaded:
    """A visit read from a file, and the warnings about it (the file opened)."""

    visit: Visit
    warnings: list[Problem] = field(default_factory=list)
    # What load_visit read, when asked to keep it: the app tells a later change on
    # disk, and looks for comments, from these bytes instead of reading the file again.
    read: FileBytes | None = field(default=None, repr=False, compare=False)


def check_warnings(visit: Visit) -> list[Problem]:
    """The model's findings as problems without line numbers (for a visit being edited)."""
    return [Problem(f.message, None, format_path(f.path), f.code) for f in check_visit(visit)]
