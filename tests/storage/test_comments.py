"""Telling hand-written comments from a # inside a value (issue 7 item 18)."""

import pytest

from briefing.storage.comments import has_comments


def test_comments_are_found():
    assert has_comments("# written by hand\nformat: briefing-visit\n")
    assert has_comments("visit:\n  title: T  # to check\n")


def test_a_hash_inside_a_value_is_not_a_comment():
    assert not has_comments('title: "Salle #3"\n')
    assert not has_comments("title: Salle#3\n")
    assert not has_comments("notes: |\n  # not a comment, part of the text\n")
    assert not has_comments("title: T\n")


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


def test_comments_are_looked_for_with_libyaml_when_there_is_one(monkeypatch):
    import yaml

    if not getattr(yaml, "__with_libyaml__", False):
        pytest.skip("this PyYAML has no libyaml")

    def pure_python(*_args):
        raise AssertionError("PyYAML's pure-Python scanner is ~50x slower than libyaml's")

    monkeypatch.setattr(yaml.scanner.Scanner, "check_token", pure_python)
    assert has_comments("visit:\n  title: 'Salle #2'  # to check\n")
    assert not has_comments("visit:\n  title: 'Salle #2'\n  summary: |\n    # not a comment\n")


def test_the_scan_stops_at_the_first_comment(monkeypatch):
    """Opening the sample (a comment on its first line) reads one token, not the whole file's."""
    import yaml

    pulled = []
    scan = yaml.scan

    def counting(*args, **kwargs):
        for token in scan(*args, **kwargs):
            pulled.append(token)
            yield token

    monkeypatch.setattr(yaml, "scan", counting)
    body = "".join(f"  item{n}: 'value #{n}'\n" for n in range(2000))
    assert has_comments("# written by hand\nvisit:\n" + body)
    assert len(pulled) < 10
    pulled.clear()
    assert has_comments("visit:\n  title: 'Salle #2'  # to check\n" + body)
    assert len(pulled) < 20
    assert not has_comments("visit:\n" + body)  # every "#" is inside a value: all of them looked at
