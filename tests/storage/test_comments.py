"""Comments in a hand-written file are found (a save writes the file anew, without them)."""

import pytest

from briefing.storage.comments import has_comments


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("format: briefing-visit\nversion: 1\n", False),
        ("# written by hand\nformat: briefing-visit\n", True),
        ("visit:\n  title: T  # to check\n", True),
        ("visit:\n  title: 'Salle #2'\n  summary: |\n    # not a comment\n    #2 either\n", False),
        ('visit:\n  title: "a # b"\n', False),
        ("visit:\n  summary: |-\n    text\n  # a comment after the block\n", True),
    ],
)
def test_has_comments(text, expected):
    assert has_comments(text) is expected
