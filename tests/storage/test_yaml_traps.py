"""Values read as written, never as YAML 1.1 would guess them; BOM, CRLF; nothing but VisitFileError escapes."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.storage import VisitFileError, read_visit


def person(text_with, fields: str):
    return read_visit(text_with(f"attendees:\n  - id: p\n    name: P\n{fields}")).visit.attendees[0]


@pytest.mark.parametrize(
    "written, expected",
    [
        ("12345", "12345"),
        ("0612345678", "0612345678"),
        ("NO", "NO"),
        ("no", "no"),
        ("on", "on"),
        ("Yes", "Yes"),
        ("true", "true"),
        ("1e3", "1e3"),
        ("0x1F", "0x1F"),
        ("12:30:00", "12:30:00"),
        ("2026-03-12", "2026-03-12"),
        (".inf", ".inf"),
        ("'0612345678'", "0612345678"),
        ('"+33 6 12 34 56 78"', "+33 6 12 34 56 78"),
        ("!!str 012", "012"),
    ],
)
def test_text_fields_take_the_text_as_written(written, expected, text_with):
    assert person(text_with, f"    phone: {written}\n").phone == expected


def test_names_and_ids_are_text(text_with):
    visit = read_visit(
        text_with(
            "attendees:\n  - id: 007\n    name: 12345\nitinerary:\n  - {id: 1, start: 9:05, title: 1.5, attendees: [007]}\n"
        )
    ).visit
    assert visit.attendees[0].id == "007"
    assert visit.attendees[0].name == "12345"
    assert visit.itinerary[0].id == "1"
    assert visit.itinerary[0].title == "1.5"
    assert visit.itinerary[0].attendees == ["007"]


@pytest.mark.parametrize(
    "written, expected",
    [("14:30", dt.time(14, 30)), ('"14:30"', dt.time(14, 30)), ("9:05", dt.time(9, 5)), ("'00:00'", dt.time(0, 0))],
)
def test_times_plain_or_quoted(written, expected, text_with):
    visit = read_visit(text_with(f"itinerary:\n  - id: a\n    start: {written}\n    title: T\n")).visit
    assert visit.itinerary[0].start == expected


@pytest.mark.parametrize("written", ["1", '"1"', "'1'"])
def test_version_as_number_or_text(written):
    text = f"format: briefing-visit\nversion: {written}\nvisit:\n  title: T\n  principal: P\n  start_date: 2026-01-01\n  revision: {written.replace('1', '4')}\n"
    assert read_visit(text).visit.details.revision == 4


def test_empty_sections_are_empty_lists(text_with):
    visit = read_visit(text_with("itinerary:\nattendees: ~\nmessages: null\nqa: []\nsensitivities:\ncontacts:\n")).visit
    assert visit.itinerary == [] and visit.attendees == [] and visit.qa == [] and visit.sensitivities == []


def test_null_optional_values_mean_absent(text_with):
    text = text_with("  location:\n  end_date: ~\n  revision: null\n  objectives:\n  status: Null\n")
    details = read_visit(text).visit.details
    assert (details.location, details.end_date, details.revision, details.objectives, details.status) == (
        "",
        None,
        1,
        [],
        "draft",
    )


def test_quoted_null_is_text(text_with):
    assert read_visit(text_with('  location: "null"\n')).visit.details.location == "null"
    assert read_visit(text_with("  location: '~'\n")).visit.details.location == "~"


def test_choices_ignore_case(text_with):
    visit = read_visit(text_with("  status: Final\n  language: EN\n")).visit
    assert (visit.details.status, visit.details.language) == ("final", "en")


def test_photo_as_base64_text_or_binary_tag(text_with):
    data = bytes(range(256)) * 3
    wrapped = base64.encodebytes(data).decode()
    block = "".join("      " + line + "\n" for line in wrapped.splitlines())
    assert person(text_with, "    photo: |\n" + block).photo == data
    assert person(text_with, "    photo: !!binary |\n" + block).photo == data
    assert person(text_with, f"    photo: {base64.b64encode(data).decode()}\n").photo == data


def test_binary_tag_on_text_is_a_wrong_type(text_with, refuse):
    error = refuse(text_with("attendees:\n  - id: p\n    name: !!binary aGVsbG8=\n"))
    assert [(p.line, p.path, p.code) for p in error.problems] == [(9, "attendees[0].name", "wrong-type")]


def test_duplicate_keys_in_flow_and_block(text_with, refuse):
    error = refuse(text_with("itinerary:\n  - {id: a, id: b, start: '09:00', title: T}\n"))
    assert [(p.line, p.path, p.code) for p in error.problems] == [(8, "itinerary[0].id", "duplicate-key")]
    error = refuse(text_with("itinerary: []\nitinerary: []\n"))
    assert [(p.line, p.path, p.code) for p in error.problems] == [(8, "itinerary", "duplicate-key")]


def test_a_list_as_key_is_refused(text_with, refuse):
    error = refuse(text_with("? [a, b]\n: c\n"))
    assert error.problems[0].code == "bad-key"


BYTES = (
    "format: briefing-visit\nversion: 1\nvisit:\n  title: Visite à Saint-Étienne\n  principal: Mme X\n"
    "  start_date: 2026-03-12\n  summary: |\n    Première ligne.\n    Deuxième ligne.\n"
    "itinerary:\n  - id: a\n    start: 14:30\n    title: Café\n    notes: 'deux\n\n      paragraphes'\n"
)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_bom_and_crlf(bom, newline):
    data = bom + BYTES.encode().replace(b"\n", newline)
    visit = read_visit(data).visit
    assert visit.details.title == "Visite à Saint-Étienne"
    assert visit.details.summary == "Première ligne.\nDeuxième ligne.\n"
    assert visit.itinerary[0].start == dt.time(14, 30)
    assert visit.itinerary[0].notes == "deux\nparagraphes"
    # and as text already decoded
    assert read_visit(data.decode("utf-8")).visit == visit


def test_crlf_keeps_line_numbers(refuse):
    data = BYTES.replace("start: 14:30", "start: 14:75").replace("\n", "\r\n").encode()
    error = refuse(b"\xef\xbb\xbf" + data)
    assert [(p.line, p.path) for p in error.problems] == [(12, "itinerary[0].start")]


VALID = BYTES.encode()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_no_other_exception_escapes(data):
    """Damaged files (bytes cut, changed, inserted) give a Visit or VisitFileError, nothing else."""
    raw = bytearray(VALID)
    for _ in range(data.draw(st.integers(1, 6))):
        pos = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["cut", "byte", "insert"]))
        if action == "cut":
            del raw[pos : pos + data.draw(st.integers(1, 40))]
        elif action == "byte" and pos < len(raw):
            raw[pos] = data.draw(st.integers(0, 255))
        else:
            raw[pos:pos] = data.draw(
                st.sampled_from(
                    [
                        b"&a ",
                        b"*a",
                        b"!!python/name:os.system ",
                        b"[",
                        b"{",
                        b"- ",
                        b": ",
                        b"\t",
                        b"'",
                        b"\xff",
                        b"---\n",
                        b"? ",
                    ]
                )
            )
    try:
        read_visit(bytes(raw))
    except VisitFileError as error:
        assert error.problems
        assert all(p.message for p in error.problems)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_visit_or_visit_file_error(text):
    try:
        loaded = read_visit(text)
    except VisitFileError as error:
        assert error.problems
    else:
        assert loaded.visit.details.start_date is not None


def test_explicit_str_tag_makes_an_empty_value_text(text_with):
    visit = read_visit(text_with("attendees:\n  - id: p\n    name: !!str\n    role: !!str null\n")).visit
    assert (visit.attendees[0].name, visit.attendees[0].role) == ("", "null")


def test_thousands_of_problems_are_cut_to_a_readable_list(text_with, refuse):
    error = refuse(text_with("".join(f"unknown{i}: x\n" for i in range(500))))
    assert len(error.problems) == 101
    assert error.problems[-1].message == "\u2026 and 400 more problems."
    assert error.problems[0].line == 7


def test_pure_python_parser_builds_the_same_tree():
    """Where PyYAML lacks libyaml, the same tree (values, plain or quoted, lines) and problems come out."""
    from pathlib import Path

    from briefing.storage.tree import PurePythonParser, Scalar, build

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "v1" / "full.visit.yaml"
    text = fixture.read_text(encoding="utf-8") + "extra: &a [1, *a]\nextra: !!python/name:os.system x\n"

    def flat(node):
        if isinstance(node, Scalar):
            return (node.value, node.plain, node.tag, node.line)
        if isinstance(node, dict):
            return (node.line, [(k, node.key_lines[k], flat(v)) for k, v in node.items()])
        return (node.line, [flat(v) for v in node])

    fast, fast_problems = build(text)
    slow, slow_problems = build(text, PurePythonParser)
    assert flat(fast) == flat(slow)
    assert fast_problems == slow_problems
    assert [p.code for p in fast_problems] == ["anchor", "alias", "forbidden-tag", "duplicate-key"]


def test_empty_list_items_are_dropped_but_quoted_empty_text_is_kept(text_with):
    visit = read_visit(
        text_with("  objectives:\n    -\n    - ~\n    - ''\n    - a\nsensitivities:\n  -\n  - b\n")
    ).visit
    assert visit.details.objectives == ["", "a"]
    assert visit.sensitivities == ["b"]


def test_spaces_around_dates_times_and_choices_are_tolerated(text_with):
    visit = read_visit(
        text_with(
            "  end_date: ' 2026-03-13 '\n  status: ' final'\nitinerary:\n  - {id: a, start: ' 9:30 ', title: T}\n"
        )
    ).visit
    assert visit.details.end_date == dt.date(2026, 3, 13)
    assert visit.details.status == "final"
    assert visit.itinerary[0].start == dt.time(9, 30)


@pytest.mark.parametrize(
    "written", ["'٢٠٢٦-٠٣-١٢'", "'２０２６-０３-１２'", "2026-3-12", "20260312", "2026-03-12T10:00"]
)
def test_only_iso_dates_with_ascii_digits(written, text_with, refuse):
    error = refuse(text_with(f"  end_date: {written}\n"))
    assert [(p.path, p.code) for p in error.problems] == [("visit.end_date", "bad-date")]


def test_photo_base64_with_spaces_tabs_and_crlf(text_with):
    data = bytes(range(200))
    encoded = base64.b64encode(data).decode()
    messy = " ".join(encoded[i : i + 10] for i in range(0, len(encoded), 10))
    assert person(text_with, f'    photo: "{messy}"\n').photo == data
    block = "".join(f"      {encoded[i : i + 30]} \t\n" for i in range(0, len(encoded), 30))
    text = text_with("attendees:\n  - id: p\n    name: P\n    photo: |\n" + block)
    assert read_visit(text.replace("\n", "\r\n").encode()).visit.attendees[0].photo == data
