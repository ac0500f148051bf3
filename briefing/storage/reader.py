"""Reading a visit file: text -> tree (tree.py) -> upgraded plain data -> Visit, or every problem found."""

from __future__ import annotations

import os
import stat

from briefing.model import check_visit, format_path
from briefing.storage import versions
from briefing.storage.convert import COUNT_TEXT, Converter, line_at, to_tree
from briefing.storage.problems import FileBytes, Loaded, Problem, VisitFileError, sort_problems
from briefing.storage.pyyaml import yaml
from briefing.storage.schema import visit_v2_paths
from briefing.storage.tree import MAX_PROBLEMS, Mapping, Scalar, build
from briefing.storage.validate import relation_problems

# A visit with three hundred portraits is about 25 MB: anything this big is some other file.
MAX_FILE_BYTES = 200_000_000
READ_STEP = 1 << 20  # a pipe's, or a growing file's, bytes are read a megabyte at a time


def load_visit(path: str | os.PathLike, *, regular_only: bool = False, keep_read: bool = False) -> Loaded:
    """Open a visit file; raise VisitFileError (and only that) when it cannot be used.

    ``regular_only`` (the app) refuses a named pipe, a device or a socket before
    reading: reading one could wait for ever. The command line may read a pipe on purpose.
    ``keep_read`` (the app) keeps the bytes read, with the file's time and size, as ``Loaded.read``.
    """
    source = os.fspath(path)
    try:
        with _open(source, regular_only) as handle:
            info = os.fstat(handle.fileno())
            data = read_capped(handle, info.st_size if stat.S_ISREG(info.st_mode) else 0)
    except FileNotFoundError:
        raise VisitFileError(Problem("The file does not exist.", code="not-found"), source) from None
    except _NotRegular:
        raise VisitFileError(
            Problem(
                "This is not a regular file (a pipe, a device or a socket), so it is not a visit file.",
                code="not-regular",
            ),
            source,
        ) from None
    except IsADirectoryError:
        raise VisitFileError(Problem("This is a folder, not a visit file.", code="unreadable"), source) from None
    except PermissionError:
        raise VisitFileError(
            Problem("You do not have permission to read this file.", code="unreadable"), source
        ) from None
    except (OSError, ValueError, MemoryError) as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise VisitFileError(Problem(f"The file could not be read ({reason}).", code="unreadable"), source) from None
    if len(data) > MAX_FILE_BYTES:
        raise VisitFileError(
            Problem(
                f"The file is far too large to be a visit file (more than {MAX_FILE_BYTES // 1_000_000} MB).",
                code="unreadable",
            ),
            source,
        )
    loaded = read_visit(data, source)
    if keep_read:
        loaded.read = FileBytes(data, info.st_mtime_ns, info.st_size)
    return loaded


def read_capped(handle, expected: int = 0) -> bytes:
    """What ``handle`` holds, up to MAX_FILE_BYTES + 1 bytes (one more says "too large").

    Not read(MAX_FILE_BYTES + 1): Python sets aside a buffer of the size asked
    for before reading, 200 MB for every file opened, which a machine short of
    memory refuses. ``expected`` (a regular file's size) is read in one go;
    anything beyond it (a file still growing, a pipe) comes in steps.
    ``handle`` is buffered (open(..., "rb"), sys.stdin.buffer).
    """
    limit = MAX_FILE_BYTES + 1
    chunks, total = [], 0
    step = min(max(expected, 0) + 1, limit)
    while total < limit:
        asked = min(step, limit - total)
        chunk = handle.read(asked)
        if chunk:
            chunks.append(chunk)
            total += len(chunk)
        # A buffered read comes back short only at the end. A terminal's end
        # (Ctrl+D) is one empty read: reading on would wait for a second one.
        if not chunk or len(chunk) < asked:
            break
        step = READ_STEP
    return b"".join(chunks)


def _open(source: str, regular_only: bool):
    if not regular_only:
        return open(source, "rb")
    # Opening a pipe for reading waits for a writer unless told not to.
    fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            if stat.S_ISDIR(os.fstat(fd).st_mode):
                raise IsADirectoryError(source)
            raise _NotRegular(source)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class _NotRegular(OSError):
    pass


def read_visit(text: str | bytes, source: str = "", *, unfinished: bool = False) -> Loaded:
    """Read the text of a visit file; raise VisitFileError (and only that) when it cannot be used.

    ``unfinished`` is for recovery copies only: required fields may be missing
    (a visit without its first day yet, a stop without a start); everything
    else is checked as in any visit file.
    """
    try:
        return _read(text, source, unfinished)
    except VisitFileError:
        raise
    except RecursionError:
        raise VisitFileError(
            Problem("The file is nested far too deeply to be a visit file.", code="too-deep"), source
        ) from None
    except Exception as error:  # PyYAML and Pillow raise many kinds on hostile input
        raise VisitFileError(
            Problem(f"The file could not be read as a visit file ({type(error).__name__}: {error}).", code="not-yaml"),
            source,
        ) from None


def _read(text: str | bytes, source: str, unfinished: bool = False) -> Loaded:
    if isinstance(text, bytes | bytearray | memoryview):
        text = _decode(bytes(text), source)
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        tree, problems = build(text)
    except yaml.YAMLError as error:
        before = getattr(error, "problems_before", [])
        raise VisitFileError([*before, _yaml_problem(error, text)], source) from None
    # Tags, anchors and aliases stop reading before anything is built from the tree,
    # and so does a tree left unfinished because the problems were too many.
    if len(problems) >= MAX_PROBLEMS:
        raise VisitFileError(
            [*problems, Problem(f"Reading stopped after {MAX_PROBLEMS} problems.", None, "", "more")], source
        )
    if (problems and tree is None) or any(p.code in _STOPPERS for p in problems):
        raise VisitFileError(problems, source)
    if tree is None:
        raise VisitFileError(Problem("The file is empty.", 1, "", "empty"), source)
    if tree.__class__ is not Mapping:
        raise VisitFileError(
            [
                *problems,
                Problem(
                    _NOT_VISIT + "it does not start with fields such as “format: briefing-visit”.",
                    1,
                    "",
                    "wrong-format",
                ),
            ],
            source,
        )
    version, stop = _check_header(tree)
    if stop:
        raise VisitFileError(stop + problems, source)
    if version < versions.FORMAT_VERSION:
        upgraded = versions.migrate(tree, version)
        if upgraded is not tree:  # an upgrade that changes nothing (1 -> 2) costs nothing
            tree = to_tree(upgraded, tree.line)
    visit = Converter(problems, unfinished).visit(tree)
    # Unique ids and the end date, unless the item is already reported (a missing id, say).
    reported = [p.path for p in problems]
    for path, message, code in relation_problems(visit):
        where = format_path(path)
        if not any(where == r or where.startswith((r + ".", r + "[")) for r in reported if r):
            problems.append(Problem(message, line_at(tree, path), where, code))
    if problems:
        raise VisitFileError(_at_most(problems), source)
    warnings = [
        Problem(f.message, line_at(tree, f.path), format_path(f.path), f.code)
        for f in check_visit(visit, decode_photos=False)
    ]
    if version < 2:
        warnings += _newer_fields(visit, tree, version)
    return Loaded(visit, sort_problems(warnings))


def _newer_fields(visit, tree, version: int) -> list[Problem]:
    """A version 1 file that holds version 2 fields opens, with a warning for each field it uses."""
    first: dict[str, tuple] = {}
    for path in visit_v2_paths(visit):
        name = next((part for part in reversed(path) if isinstance(part, str)), "")
        if path[0] == "history":
            name = "history"
        first.setdefault(name, path)
    return [
        Problem(
            f"The file says format version {version}, but \u201c{name}\u201d is a field of format version 2: "
            "older releases of Briefing cannot open it. It will be saved as version 2.",
            line_at(tree, path),
            format_path(path),
            "newer-field",
        )
        for name, path in first.items()
    ]


def _at_most(problems: list[Problem], limit: int = 100) -> list[Problem]:
    """A file that is not a visit at all can have thousands of problems: the first hundred say enough."""
    if len(problems) <= limit:
        return problems
    kept = sort_problems(problems)[:limit]
    return [*kept, Problem(f"\u2026 and {len(problems) - limit} more problems.", None, "", "more")]


_TOO_DEEP = "The file is nested far too deeply to be a visit file."
_STOPPERS = frozenset(("forbidden-tag", "anchor", "alias", "too-deep", "several-documents"))
_NOT_VISIT = "This is not a Briefing visit file: "


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise VisitFileError(
            Problem(
                "The file is not UTF-8 text (it may be a Word document, a PDF or text saved in another "
                "encoding). Save it as UTF-8 and try again.",
                line,
                "",
                "not-utf8",
            ),
            source,
        ) from None


_YAML_HINTS = {
    # libyaml's words on the left (and the pure-Python parser's where they differ)
    "found a tab character that violates indentation": "a tab is used for indentation; indent with spaces",
    "found character '\\t' that cannot start any token": "a tab is used for indentation; indent with spaces",
    "mapping values are not allowed in this context": "a value holds \u201c: \u201d; put the whole value in quotes",
    "mapping values are not allowed here": "a value holds \u201c: \u201d; put the whole value in quotes",
    "could not find expected ':'": "a line above is missing the \u201c:\u201d after its field name",
    "found unexpected end of stream": "a quote is opened and never closed",
    "did not find expected key": "the indentation is not consistent, or a quote inside a quoted value is not doubled",
    "did not find expected '-' indicator": "a list item is not lined up with the others",
    "did not find expected ',' or ']'": "a list opened with \u201c[\u201d is not closed",
    "did not find expected ',' or '}'": "a group opened with \u201c{\u201d is not closed",
    "found character that cannot start any token": "a value starts with a character YAML reserves (such as @, ` or %); put the value in quotes",
    "found undefined tag handle": "a \u201c!\u201d starts a tag that YAML does not know; put the value in quotes",
}


def _yaml_problem(error: yaml.YAMLError, text: str) -> Problem:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if "end of stream" in str(getattr(error, "problem", "")) and getattr(error, "context_mark", None):
        mark = error.context_mark  # an unclosed quote: point where it opens, not at the end of the file
    line = mark.line + 1 if mark is not None else None
    if isinstance(error, yaml.reader.ReaderError):
        line = text[: error.position].count("\n") + 1 if isinstance(error.position, int) else None
        char = error.character
        code = f"#x{ord(char) if isinstance(char, str) else char:04x}"
        return Problem(
            f"The file contains a control character ({code}) that a visit file cannot hold; remove it.",
            line,
            "",
            "not-yaml",
        )
    raw = getattr(error, "problem", None) or str(error)
    if "nesting depth" in raw:
        return Problem(_TOO_DEEP, line, "", "too-deep")
    hint = _YAML_HINTS.get(raw)
    if mark is not None and raw == "found character that cannot start any token" and _tab_at(text, mark):
        # libyaml says the same of a tab as of an @: the tab is the likelier mistake.
        hint = _YAML_HINTS["found a tab character that violates indentation"]
    detail = f"{hint} ({raw})." if hint else f"{raw}. Check the indentation, colons and quotes."
    return Problem(f"The text is not valid YAML here: {detail}", line, "", "not-yaml")


def _tab_at(text: str, mark) -> bool:
    """Whether the character YAML stopped at is a tab (marks count lines and columns in characters)."""
    lines = text.split("\n", mark.line + 1)
    return mark.line < len(lines) and lines[mark.line][mark.column : mark.column + 1] == "\t"


def _check_header(tree: Mapping) -> tuple[int, list[Problem]]:
    """The format and version; problems that stop reading at once (not a visit file, a newer version)."""
    fmt = tree.get("format")
    if fmt is None:
        return 0, [
            Problem(
                _NOT_VISIT + "the line \u201cformat: briefing-visit\u201d is missing.",
                tree.line,
                "format",
                "wrong-format",
            )
        ]
    if fmt.__class__ is not Scalar or fmt.value != versions.FORMAT_NAME:
        shown = f"\u201c{fmt.value}\u201d" if fmt.__class__ is Scalar else "not a text"
        return 0, [
            Problem(
                _NOT_VISIT + f"its format is {shown}, not \u201c{versions.FORMAT_NAME}\u201d.",
                tree.key_lines["format"],
                "format",
                "wrong-format",
            )
        ]
    node = tree.get("version")
    line = tree.key_lines.get("version", tree.line)
    if node is None:
        return 0, [
            Problem(
                "The format version is missing; add \u201cversion: 1\u201d under \u201cformat\u201d.",
                tree.line,
                "version",
                "missing",
            )
        ]
    if (
        node.__class__ is not Scalar
        or not COUNT_TEXT.match(node.value)
        or len(node.value) > 18  # int() of a 5,000-digit text raises
        or int(node.value) < 1
    ):
        return 0, [Problem("The format version must be a whole number such as 1.", line, "version", "wrong-type")]
    version = int(node.value)
    if version > versions.FORMAT_VERSION:
        return version, [
            Problem(
                f"This file was written by a newer release of Briefing (format version {version}); this release "
                f"reads format versions up to {versions.FORMAT_VERSION}. Update Briefing to open it.",
                line,
                "version",
                "newer-version",
            )
        ]
    return version, []
