"""Whether a visit file holds YAML comments, which a save does not keep.

The writer produces the file from the model, so comments written by hand are
lost on the first save; the app says so when such a file is opened.
"""

from __future__ import annotations

import re

from briefing.storage.pyyaml import yaml
from briefing.storage.tree import Parser

_MAYBE = re.compile(r"(?:^|\s)#")


def has_comments(text: str) -> bool:
    """True when ``text`` holds a ``#`` comment (a ``#`` inside a value is not one)."""
    index = text.find("#")
    # Most files: no "#" after a space or at a line start (searched from the
    # first "#": the pattern tried at every character costs ~1 ms on the sample).
    if index < 0 or not _MAYBE.search(text, max(index - 1, 0)):
        return False
    try:
        # libyaml's scanner when there is one: PyYAML's own took ~50 ms on the
        # 50 kB sample. Tokens come one at a time and in order, so the scan stops
        # at the first "#" outside them: a heading comment costs one token.
        for token in yaml.scan(text, Loader=Parser):
            start, end = token.start_mark.index, token.end_mark.index
            if end <= start:
                continue  # keys and block starts take no text
            if index < start:
                return True  # between tokens: YAML reads it as a comment
            if index < end:
                index = text.find("#", end)  # inside a value: on to the next "#"
                if index < 0:
                    return False
    except yaml.YAMLError:
        return False  # the reader has already said what is wrong with it
    return True  # after the last token
