"""Whether a visit file holds YAML comments: saving it writes the file anew, without them."""

from __future__ import annotations

import yaml

from briefing.storage.tree import _Parser


def has_comments(text: str) -> bool:
    """A ``#`` that starts a line or follows a value, outside block texts and quotes."""
    if "#" not in text:
        return False
    lines = text.splitlines()
    inside: set[int] = set()  # lines that belong to a multi-line text (a # there is text)
    after: dict[int, int] = {}  # line -> column where the last value on it ends
    parser = _Parser(text)
    try:
        while True:
            event = parser.get_event()
            if isinstance(event, yaml.StreamEndEvent):
                break
            if isinstance(event, yaml.ScalarEvent):
                start, end = event.start_mark, event.end_mark
                if end.line > start.line:
                    inside.update(range(start.line + 1, end.line + (1 if end.column else 0)))
                after[end.line] = max(after.get(end.line, 0), end.column)
    except yaml.YAMLError:
        return False  # not readable: it will be refused before any save
    finally:
        if hasattr(parser, "dispose"):
            parser.dispose()
    for number, line in enumerate(lines):
        if number in inside:
            continue
        rest = line[after.get(number, 0) :] if number in after else line
        if rest.lstrip().startswith("#"):
            return True
    return False
