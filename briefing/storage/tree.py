"""YAML text -> a light tree of mappings, lists and scalars that remembers lines.

PyYAML's resolver and constructors are not used at all: they read ``14:30`` as
870 and ``NO`` as False, keep the last of two identical keys, expand aliases
(a small file can grow to millions of items) and raise ValueError or
RecursionError on some input. Here the parser's events are read one by one,
anchors, aliases and any tag but ``!!str``/``!!binary`` are refused before
anything is built, duplicate keys are found while building, and scalars keep
the text exactly as written. The loop is iterative, so no input can overflow
the stack.
"""

from __future__ import annotations

from briefing.storage.pyyaml import yaml  # before PyYAML's own modules: see pyyaml.py

# isort: split
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from briefing.model import format_path
from briefing.storage.problems import Problem

STR_TAG = "tag:yaml.org,2002:str"
BINARY_TAG = "tag:yaml.org,2002:binary"
ALLOWED_TAGS = frozenset((STR_TAG, BINARY_TAG))
MAX_DEPTH = 50
MAX_PROBLEMS = 100


class PurePythonParser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    """PyYAML's own parser, for an installation built without libyaml (about ten times slower)."""

    def __init__(self, stream):
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)


if getattr(yaml, "__with_libyaml__", False):
    from yaml._yaml import CParser as Parser
else:  # pragma: no cover - depends on how PyYAML was built
    Parser = PurePythonParser


class Scalar:
    """A scalar as written: its text, whether it was plain (unquoted), its tag and line."""

    __slots__ = ("line", "plain", "tag", "value")

    def __init__(self, value: str, plain: bool, tag: str | None, line: int):
        self.value = value
        self.plain = plain
        self.tag = tag
        self.line = line

    def __repr__(self) -> str:
        return f"Scalar({self.value!r}, plain={self.plain}, line={self.line})"


class Mapping(dict):
    """A mapping from key text to node; ``line`` is where it starts, ``key_lines`` where each key is."""

    __slots__ = ("key_lines", "line")

    def __init__(self, line: int | None = None):
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}


class Sequence(list):
    __slots__ = ("line",)

    def __init__(self, line: int | None = None):
        super().__init__()
        self.line = line


class TooManyProblems(Exception):
    pass


class _Builder:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        # Each frame: [container, path, pending key or None, pending key line]
        self.stack: list[list] = []
        self.root = None
        self.documents = 0

    def report(self, message: str, line: int, path: tuple, code: str) -> None:
        self.problems.append(Problem(message, line, format_path(path), code))
        if len(self.problems) >= MAX_PROBLEMS:
            raise TooManyProblems

    def here(self) -> tuple:
        """The key path of the node about to be added."""
        if not self.stack:
            return ()
        container, path, key, _ = self.stack[-1]
        if isinstance(container, Mapping):
            return (*path, key) if key is not None else path
        return (*path, len(container))


def build(text: str, parser_class=None) -> tuple[Mapping | Sequence | Scalar | None, list[Problem]]:
    """Parse ``text``; return the tree (None when empty) and every problem found.

    YAML errors from the parser are left to the caller, which knows the words
    for them; the problems returned here are those of the visit format.
    """
    b = _Builder()
    parser = (parser_class or Parser)(text)
    get_event = parser.get_event
    stack = b.stack
    try:
        while True:
            event = get_event()
            cls = event.__class__
            if cls is ScalarEvent:
                line = event.start_mark.line + 1
                if event.anchor is not None:
                    _anchor(b, event, line)
                tag = event.tag
                if tag is not None and tag not in ALLOWED_TAGS:
                    _bad_tag(b, tag, line)
                node = Scalar(event.value, not event.style, tag, line)
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                line = event.start_mark.line + 1
                if event.anchor is not None:
                    _anchor(b, event, line)
                if event.tag is not None:
                    _bad_tag(b, event.tag, line)
                path = b.here()
                if len(stack) >= MAX_DEPTH:
                    b.report("The file is nested far too deeply to be a visit file.", line, path[:2], "too-deep")
                    raise TooManyProblems
                container = Mapping(line) if cls is MappingStartEvent else Sequence(line)
                _add(b, container, line)
                stack.append([container, path, None, 0])
                continue
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                stack.pop()
                continue
            elif cls is AliasEvent:
                line = event.start_mark.line + 1
                b.report(
                    f"An alias (*{event.anchor}) repeats a value written elsewhere; visit files do not "
                    "allow anchors and aliases. Write the value out in full.",
                    line,
                    b.here(),
                    "alias",
                )
                node = Scalar("", True, None, line)
            elif cls is DocumentStartEvent:
                b.documents += 1
                if b.documents > 1:
                    b.report(
                        "The file holds more than one YAML document (a line with ---); a visit file holds one.",
                        event.start_mark.line + 1,
                        (),
                        "several-documents",
                    )
                    raise TooManyProblems
                continue
            elif cls is StreamEndEvent:
                break
            else:
                continue
            _add(b, node, line)
    except TooManyProblems:
        pass
    except yaml.YAMLError as error:
        # Not YAML from here on: the caller words it, along with what was found before.
        error.problems_before = b.problems
        raise
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose:
            dispose()
    return b.root, b.problems


def _add(b: _Builder, node, line: int) -> None:
    stack = b.stack
    if not stack:
        if b.root is None:
            b.root = node
        return
    frame = stack[-1]
    container = frame[0]
    if container.__class__ is Sequence:
        container.append(node)
        return
    key = frame[2]
    if key is None:
        # A key: only text may name a field.
        if node.__class__ is not Scalar:
            b.report("A key here is a list or a section; keys must be plain names.", line, frame[1], "bad-key")
            frame[2], frame[3] = _IGNORED, line
            return
        frame[2], frame[3] = node.value, line
        return
    frame[2] = None
    if key is _IGNORED:
        return
    if key in container:
        first = container.key_lines[key]
        b.report(
            f"\u201c{key}\u201d is written twice in the same section (first on line {first}); keep only one.",
            frame[3],
            (*frame[1], key),
            "duplicate-key",
        )
        return
    container[key] = node
    container.key_lines[key] = frame[3]


class _Ignored(str):
    pass


_IGNORED = _Ignored("")


def _anchor(b: _Builder, event, line: int) -> None:
    b.report(
        f"An anchor (&{event.anchor}) marks a value for reuse; visit files do not allow anchors and "
        "aliases. Remove it and write values out in full.",
        line,
        b.here(),
        "anchor",
    )


def _bad_tag(b: _Builder, tag: str, line: int) -> None:
    shown = tag.replace("tag:yaml.org,2002:", "!!")
    danger = " (it asks for a program object to be created)" if "python" in tag else ""
    b.report(
        f"The YAML tag \u201c{shown}\u201d is not allowed in a visit file{danger}. Remove it; "
        "only !!str, and !!binary for photos, may be used.",
        line,
        b.here(),
        "forbidden-tag",
    )
