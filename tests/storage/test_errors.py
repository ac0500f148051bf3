"""Every kind of bad file the spec names is refused with its line, its key path and plain words."""

from __future__ import annotations

import os
import textwrap

import pytest

from briefing.storage import VisitFileError, load_visit

# (extra text after the 6-line minimal file, line, path, words in the message, code)
CASES = {
    "not yaml": ("itinerary:\n  - id: a\n    title: 'not closed\n", 9, "", "not valid YAML", "not-yaml"),
    "bad indentation": ("itinerary:\n  - id: a\n   start: x\n", 9, "", "not valid YAML", "not-yaml"),
    "tab for indentation": ("\tlocation: Marseille\n", 7, "", "a tab is used for indentation", "not-yaml"),
    "missing field": (
        "itinerary:\n  - id: a\n    start: '09:00'\n",
        8,
        "itinerary[0]",
        "\u201ctitle\u201d is missing",
        "missing",
    ),
    "required field empty": (
        "attendees:\n  - id: p\n    name:\n",
        9,
        "attendees[0].name",
        "\u201cname\u201d has no value",
        "missing",
    ),
    "wrong type: list expected": ("sensitivities: grève\n", 7, "sensitivities", "must be a list", "wrong-type"),
    "wrong type: text expected": (
        "attendees:\n  - id: p\n    name: [a, b]\n",
        9,
        "attendees[0].name",
        "Expected text, but found a list",
        "wrong-type",
    ),
    "wrong type: item not a mapping": (
        "itinerary:\n  - just text\n",
        8,
        "itinerary[0]",
        "Expected a stop",
        "wrong-type",
    ),
    "unknown key with a typo": (
        "atendees:\n  - id: p\n    name: P\n",
        7,
        "atendees",
        "did you mean attendees?",
        "unknown-key",
    ),
    "unknown key deep": (
        "itinerary:\n  - id: a\n    start: '09:00'\n    title: T\n    veneu: Mairie\n",
        11,
        "itinerary[0].veneu",
        "did you mean venue?",
        "unknown-key",
    ),
    "unknown key without a match": ("zzz: 1\n", 7, "zzz", "The fields allowed here are", "unknown-key"),
    "key written twice": ("  title: Encore\n", 7, "visit.title", "written twice", "duplicate-key"),
    "duplicate stop id": (
        "itinerary:\n  - {id: a, start: '09:00', title: T}\n  - {id: a, start: '10:00', title: U}\n",
        9,
        "itinerary[1].id",
        "\u201ca\u201d is already used by itinerary[0]",
        "duplicate-id",
    ),
    "duplicate person id": (
        "attendees:\n  - id: p\n    name: P\n  - id: p\n    name: Q\n",
        10,
        "attendees[1].id",
        "already used by attendees[0]",
        "duplicate-id",
    ),
    "bad date": ("  end_date: 2026-02-30\n", 7, "visit.end_date", "not a valid date", "bad-date"),
    "date in French order": (
        "itinerary:\n  - {id: a, date: 12/03/2026, start: '09:00', title: T}\n",
        8,
        "itinerary[0].date",
        "YYYY-MM-DD",
        "bad-date",
    ),
    "bad time": (
        "itinerary:\n  - {id: a, start: '25:00', title: T}\n",
        8,
        "itinerary[0].start",
        "not a valid time",
        "bad-time",
    ),
    "time in French style": (
        "itinerary:\n  - {id: a, start: 9h30, title: T}\n",
        8,
        "itinerary[0].start",
        "HH:MM",
        "bad-time",
    ),
    "end date before start date": (
        "  end_date: 2026-03-11\n",
        7,
        "visit.end_date",
        "ends (2026-03-11) before it starts (2026-03-12)",
        "end-before-start-date",
    ),
    "python tag": (
        "sensitivities:\n  - !!python/object/apply:os.system ['echo hacked']\n",
        8,
        "sensitivities[0]",
        "not allowed",
        "forbidden-tag",
    ),
    "any other tag": (
        "  location: !!int 12\n",
        7,
        "visit.location",
        "\u201c!!int\u201d is not allowed",
        "forbidden-tag",
    ),
    "anchor": ("  location: &here Marseille\n", 7, "visit.location", "anchors and aliases", "anchor"),
    "alias": ("  location: &here Marseille\n  prepared_by: *here\n", 8, "visit.prepared_by", "alias", "alias"),
    "value not in the list": (
        "itinerary:\n  - {id: a, start: '09:00', title: T, press: public}\n",
        8,
        "itinerary[0].press",
        "open, pool, photo-op, closed",
        "bad-value",
    ),
    "revision zero": ("  revision: 0\n", 7, "visit.revision", "whole number", "bad-value"),
    "revision absurdly large": ("  revision: 1000000000000000000\n", 7, "visit.revision", "this large", "bad-value"),
    "revision of 5,000 digits": ("  revision: " + "9" * 5000 + "\n", 7, "visit.revision", "this large", "bad-value"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_file_refused_with_line_path_and_words(case, text_with, refuse):
    extra, line, path, words, code = CASES[case]
    error = refuse(text_with(extra))
    match = [p for p in error.problems if p.code == code]
    assert match, str(error)
    problem = match[0]
    assert problem.line == line
    assert problem.path == path
    assert words in problem.message
    # The readable message carries all three.
    assert f"line {line}" in str(error)
    assert path in str(error)


def test_problem_text_has_line_then_path():
    from briefing.storage import Problem

    assert str(Problem("Bad.", 12, "itinerary[3].start", "bad-time")) == "line 12, itinerary[3].start: Bad."
    assert str(Problem("Bad.", None, "visit", "x")) == "visit: Bad."
    assert str(Problem("Bad.", 3, "", "x")) == "line 3: Bad."


@pytest.mark.parametrize(
    "head, line, path, words, code",
    [
        ("format: briefing-agenda\nversion: 1\n", 1, "format", "not a Briefing visit file", "wrong-format"),
        ("version: 1\nvisit: {}\n", 1, "format", "format: briefing-visit", "wrong-format"),
        (
            "format: briefing-visit\nversion: 7\n",
            2,
            "version",
            "written by a newer release of Briefing",
            "newer-version",
        ),
        ("format: briefing-visit\nversion: one\n", 2, "version", "whole number", "wrong-type"),
        ("format: briefing-visit\nversion: " + "9" * 5000 + "\n", 2, "version", "whole number", "wrong-type"),
        ("format: briefing-visit\n", 1, "version", "version is missing", "missing"),
        # libyaml reports this tab as "a character that cannot start any token"
        ("format: briefing-visit\nversion: 1\nvisit:\n\ttitle: T\n", 4, "", "a tab is used", "not-yaml"),
        ("format: briefing-visit\nversion: 1\n", 1, "visit", "are missing", "missing"),
        (
            "format: briefing-visit\nversion: 1\nvisit:\n  title: T\n",
            3,
            "visit",
            "\u201cprincipal\u201d is missing",
            "missing",
        ),
        ("- format: briefing-visit\n", 1, "", "not a Briefing visit file", "wrong-format"),
        ("", 1, "", "empty", "empty"),
        ("# only a comment\n", 1, "", "empty", "empty"),
        ("format: briefing-visit\nversion: 1\n---\nformat: x\n", 3, "", "more than one", "several-documents"),
    ],
)
def test_header_problems(head, line, path, words, code, refuse):
    error = refuse(head)
    problem = next(p for p in error.problems if p.code == code)
    assert (problem.line, problem.path) == (line, path)
    assert words in problem.message


def test_newer_version_is_refused_before_its_unknown_fields():
    # A newer release may add fields: do not call them typos.
    from briefing.storage import read_visit

    text = "format: briefing-visit\nversion: 3\nvisit:\n  title: T\n  principal: P\n  start_date: 2026-01-01\n  mood: calm\n"
    with pytest.raises(VisitFileError) as info:
        read_visit(text)
    assert [p.code for p in info.value.problems] == ["newer-version"]


def test_every_problem_is_reported_sorted_by_line(text_with, refuse):
    text = text_with(
        textwrap.dedent(
            """\
        itinerary:
          - id: a
            start: 25:00
            title: T
            veneu: x
        attendees:
          - id: p
            name: P
            name: Q
          - id: p
            name: R
        """
        )
    )
    text = text.replace("start_date: 2026-03-12", "start_date: 2026-13-01")
    error = refuse(text)
    codes = [(p.line, p.code) for p in error.problems]
    assert codes == [
        (6, "bad-date"),
        (9, "bad-time"),
        (11, "unknown-key"),
        (15, "duplicate-key"),
        (16, "duplicate-id"),
    ]
    assert str(error).count("\n") == 4


def test_python_tag_never_runs(monkeypatch, text_with, refuse):
    def boom(*args):
        raise AssertionError("os.system was called")

    monkeypatch.setattr(os, "system", boom)
    error = refuse(text_with("sensitivities:\n  - !!python/object/apply:os.system ['touch /tmp/x']\n"))
    assert "python/object/apply:os.system" in str(error)
    assert "program object" in str(error)


def test_python_tag_on_a_section_is_refused(text_with, refuse):
    error = refuse(text_with("contacts: !!python/object:briefing.model.Contact {name: x}\n"))
    assert [(p.line, p.code) for p in error.problems] == [(7, "forbidden-tag")]


def test_billion_laughs_is_refused():
    lines = ["format: briefing-visit", "version: 1", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        refs = ",".join([f"*a{n - 1}"] * 9)
        lines.append(f"a{n}: &a{n} [{refs}]")
    from briefing.storage import read_visit

    with pytest.raises(VisitFileError) as info:
        read_visit("\n".join(lines) + "\n")
    codes = {p.code for p in info.value.problems}
    assert {"anchor", "alias"} <= codes
    assert len(info.value.problems) <= 101  # reported, not expanded


def test_deep_nesting_is_refused_not_a_recursion_error(text_with, refuse):
    error = refuse(text_with("summary: " + "[" * 5000 + "]" * 5000 + "\n"))
    assert any(p.code == "too-deep" for p in error.problems)
    error = refuse(text_with("summary:\n" + "".join("  " * i + "- \n" for i in range(1, 300))))
    assert any(p.code in ("too-deep", "not-yaml") for p in error.problems)


@pytest.mark.parametrize(
    "data, words",
    [
        (b"format: briefing-visit\nversion: 1\nvisit:\n  title: Visite \xe0 Lyon\n", "not UTF-8"),
        (b"%PDF-1.4\n\xff\xfe\x00\x01binary", "not UTF-8"),
        (b"format: briefing-visit\nversion: 1\nvisit:\n  title: a\x07b\n", "control character"),
        (b"format: briefing-visit\x00\n", "control character"),
    ],
)
def test_unreadable_bytes(data, words, refuse):
    error = refuse(data)
    assert words in str(error)
    assert error.problems[0].line is not None


def test_not_utf8_points_at_the_line(refuse):
    error = refuse(b"format: briefing-visit\nversion: 1\nvisit:\n  title: Visite \xe0 Lyon\n")
    assert error.problems[0].line == 4


def test_refused_file_is_left_untouched(tmp_path, text_with):
    path = tmp_path / "bad.visit.yaml"
    data = text_with("  title: twice\n").encode()
    path.write_bytes(data)
    stamp = path.stat().st_mtime_ns
    with pytest.raises(VisitFileError) as info:
        load_visit(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == data
    assert path.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.visit.yaml"]


def test_missing_file(tmp_path):
    with pytest.raises(VisitFileError, match="does not exist"):
        load_visit(tmp_path / "nothing.visit.yaml")


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(VisitFileError, match="folder"):
        load_visit(tmp_path)


def test_permission_denied(tmp_path, monkeypatch):
    # Root ignores file modes, so the refusal is simulated where the file is opened.
    import builtins

    path = tmp_path / "locked.visit.yaml"
    path.write_text("format: briefing-visit\n")
    real_open = builtins.open

    def locked(file, *args, **kwargs):
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", locked)
    with pytest.raises(VisitFileError, match="permission"):
        load_visit(path)


def test_other_read_errors(tmp_path, monkeypatch):
    import builtins

    def failing(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(builtins, "open", failing)
    with pytest.raises(VisitFileError, match="could not be read"):
        load_visit(tmp_path / "x.visit.yaml")


def test_duplicate_id_reported_even_when_a_similar_path_has_a_problem(text_with, refuse):
    people = "".join(f"  - id: p{i}\n    name: P\n" for i in range(10))
    people = people.replace("  - id: p1\n    name: P\n", "  - id: p1\n")  # the problem is at attendees[1]
    error = refuse(text_with("attendees:\n" + people + "  - id: p0\n    name: Q\n"))
    assert [(p.path, p.code) for p in error.problems] == [
        ("attendees[1]", "missing"),
        ("attendees[10].id", "duplicate-id"),
    ]


def test_problems_before_a_syntax_error_are_kept(text_with, refuse):
    error = refuse(text_with("  title: again\nitinerary:\n  - id: 'open\n"))
    assert [(p.line, p.code) for p in error.problems] == [(7, "duplicate-key"), (9, "not-yaml")]


def test_a_hundred_duplicate_keys_stop_reading_without_inventing_more(text_with, refuse):
    error = refuse(text_with("".join("  title: again\n" for _ in range(150)) + "itinerary: 12\n"))
    assert len(error.problems) == 101
    assert {p.code for p in error.problems[:100]} == {"duplicate-key"}
    assert error.problems[100].message == "Reading stopped after 100 problems."


def test_a_huge_file_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    from briefing.storage import reader

    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "film.visit.yaml"
    path.write_bytes(b"# " + b"x" * 5000 + b"\n")
    with pytest.raises(VisitFileError, match="far too large"):
        load_visit(path)


def test_a_very_long_unknown_key_is_shortened(text_with, refuse):
    error = refuse(text_with("k" * 1000 + ": x\n"))  # YAML allows keys up to 1024 characters
    assert len(str(error)) < 400
    assert error.problems[0].path == "k" * 37 + "..."


def test_a_photo_that_is_not_base64_is_a_warning_and_kept_exactly_as_written(tmp_path):
    """The spec: left out of the pack, kept in the file as written; the rest of the visit opens."""
    from briefing.model import UnreadPhoto
    from briefing.storage import dump_visit, load_visit, save_visit

    path = tmp_path / "v.visit.yaml"
    path.write_text(
        "format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\n  start_date: 2026-03-12\n"
        "attendees:\n  - id: p\n    name: Anne\n    photo: not*base64!\n",
        encoding="utf-8",
    )
    loaded = load_visit(path)
    (warning,) = loaded.warnings
    assert (warning.code, warning.path, warning.line) == ("bad-photo-data", "attendees[0].photo", 10)
    assert isinstance(loaded.visit.attendees[0].photo, UnreadPhoto)
    save_visit(loaded.visit, path)
    again = load_visit(path).visit
    assert again.attendees[0].photo == "not*base64!"
    assert dump_visit(again) == path.read_text(encoding="utf-8")
