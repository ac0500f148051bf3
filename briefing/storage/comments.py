"""Whether a visit file holds YAML comments, which a save does not keep.

The writer produces the file from the model, so comments written by hand are
lost on the first save; the app says so when such a file is opened.
"""

from __future__ import annotations

import re

import yaml

from briefing.storage.tree import Parser

_MAYBE = re.compile(r"(?:^|\s)#")


def has_comments(text: str) -> bool:
    """True when ``text`` holds a ``#`` comment (a ``#`` inside a value is not one)."""
    if not _MAYBE.search(text):
        return False  # most files: no "#" after a space or at a line start
    try:
        # libyaml's scanner when there is one: PyYAML's own took ~50 ms on the
        # 50 kB sample, the largest part of opening it at start-up.
        tokens = list(yaml.scan(text, Loader=Parser))
    except yaml.YAMLError:
        return False  # the reader has already said what is wrong with it
    covered = []
    for token in tokens:
        start, end = token.start_mark.index, token.end_mark.index
        if end > start:
            covered.append((start, end))
    covered.sort()
    spans = iter(covered)
    span = next(spans, None)
    for index, char in enumerate(text):
        if char != "#":
            continue
        while span is not None and span[1] <= index:
            span = next(spans, None)
        if span is None or index < span[0]:
            return True  # outside every token: YAML reads it as a comment
    return False
