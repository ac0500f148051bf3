"""load -> save -> load gives the same visit, for any text a user could type; the layout is stable and readable."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.model import (
    CATEGORIES,
    LANGUAGES,
    MODES,
    PRESS_ACCESS,
    STATUSES,
    Contact,
    Details,
    Message,
    Person,
    Question,
    Revision,
    Stop,
    Visit,
)
from briefing.storage import VisitFileError, dump_visit, load_visit, read_visit
from briefing.storage.schema import MAX_COUNT, version_needed

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "v1" / "full.visit.yaml"

PIECES = [
    "a", "é", "Visite", " ", "  ", "\t", "\n", "\n\n", "'", '"', "#", " #", ": ", ":", "- ", "-", "?", ",", "[", "]",
    "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "---", "...", "\\", "\r", "\r\n", "\x85", "\u2028", "\u2029",
    "\ufeff", "\xa0", "\x00", "\x07", "\x1b", "\x7f", "\x9f", "\ud7ff", "\ue000", "\ufffd", "\U0010ffff", "😀",
    "👩‍👩‍👧", "مرحبا بكم", "\u200f", "שלום", "null", "~", "yes", "No", "ON", "12345", "0612345678", "14:30", "1e3",
    "0x1F", ".inf", "2026-03-12", "<b>", "&amp;",
]  # fmt: skip
awkward_text = st.one_of(
    st.text(max_size=30),
    st.lists(st.sampled_from(PIECES), max_size=8).map("".join),
    st.sampled_from(PIECES),
)
texts = st.lists(awkward_text, max_size=3)
dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))
times = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))


@st.composite
def details(draw):
    start = draw(dates)
    end = draw(st.none() | st.dates(min_value=start, max_value=dt.date(9999, 12, 31)))
    return Details(
        title=draw(awkward_text),
        principal=draw(awkward_text),
        principal_role=draw(awkward_text),
        start_date=start,
        end_date=end,
        location=draw(awkward_text),
        timezone=draw(st.sampled_from(["Europe/Paris", "America/Martinique", "UTC"]) | awkward_text),
        language=draw(st.sampled_from(LANGUAGES)),
        classification=draw(awkward_text),
        status=draw(st.sampled_from(STATUSES)),
        revision=draw(st.integers(1, MAX_COUNT)),
        prepared_by=draw(awkward_text),
        objectives=draw(texts),
        summary=draw(awkward_text),
    )


stops = st.builds(
    Stop,
    id=awkward_text,
    date=st.none() | dates,
    start=times,
    end=st.none() | times,
    title=awkward_text,
    venue=awkward_text,
    address=awkward_text,
    press=st.sampled_from(PRESS_ACCESS),
    attendees=texts,
    notes=awkward_text,
)
people = st.builds(
    Person,
    id=awkward_text,
    name=awkward_text,
    role=awkward_text,
    organisation=awkward_text,
    category=st.sampled_from(CATEGORIES),
    bio=awkward_text,
    pronunciation=awkward_text,
    phone=awkward_text,
    email=awkward_text,
    photo=st.none() | st.binary(max_size=200),
)
visits = st.builds(
    Visit,
    details=details(),
    itinerary=st.lists(stops, max_size=3, unique_by=lambda s: s.id),
    attendees=st.lists(people, max_size=3, unique_by=lambda p: p.id),
    messages=st.lists(st.builds(Message, headline=awkward_text, points=texts, stop=awkward_text), max_size=2),
    qa=st.lists(st.builds(Question, question=awkward_text, answer=awkward_text), max_size=2),
    sensitivities=texts,
    contacts=st.lists(
        st.builds(Contact, name=awkward_text, role=awkward_text, phone=awkward_text, email=awkward_text), max_size=2
    ),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(visits)
def test_save_then_load_gives_the_same_visit(visit):
    text = dump_visit(visit)
    again = read_visit(text).visit
    assert again == visit
    assert dump_visit(again) == text  # stable: saving an unchanged visit changes no byte
    assert read_visit(text.encode("utf-8")).visit == visit


@settings(max_examples=300, deadline=None)
@given(texts)
def test_other_yaml_readers_read_the_text_back_as_text(items):
    """A plain YAML 1.1 reader (PyYAML's safe loader) sees exactly the same strings."""
    visit = Visit(Details(title="T", principal="P", start_date=dt.date(2026, 1, 1)), sensitivities=items)
    data = yaml.load(dump_visit(visit), Loader=yaml.SafeLoader)
    assert data.get("sensitivities", []) == items


@pytest.mark.parametrize(
    "text", ["12345", "no", "Yes", "ON", "null", "~", "14:30", "1e3", "2026-03-12", "0612345678", ""]
)
def test_text_that_yaml_would_misread_is_quoted(text):
    visit = Visit(Details(title="T", principal="P", start_date=dt.date(2026, 1, 1), location=text))
    line = next(x for x in dump_visit(visit).splitlines() if x.startswith("  location:")) if text else None
    if text:
        assert line in (f"  location: '{text}'", f'  location: "{text}"')
        assert yaml.safe_load(dump_visit(visit))["visit"]["location"] == text


def test_layout_is_exact_and_readable(sample):
    sample.attendees[0].photo = bytes(range(256)) * 2
    text = dump_visit(sample)
    photo = base64.encodebytes(sample.attendees[0].photo).decode()
    photo_lines = "".join(f"      {line}\n" for line in photo.splitlines())
    assert text == (
        "format: briefing-visit\n"
        "version: 1\n"
        "\n"
        "visit:\n"
        "  title: Visite à Marseille\n"
        "  principal: Cédric O\n"
        "  start_date: 2026-03-12\n"
        "  end_date: 2026-03-13\n"
        "  status: final\n"
        "  revision: 2\n"
        "  objectives:\n"
        "    - Saluer\n"
        "    - Annoncer\n"
        "  summary: |\n"
        "    Deux jours.\n"
        "\n"
        "    Des rencontres.\n"
        "\n"
        "itinerary:\n"
        "  - id: a\n"
        '    start: "09:30"\n'
        '    end: "10:00"\n'
        "    title: Arrivée\n"
        "    attendees: [p]\n"
        "  - id: b\n"
        "    date: 2026-03-13\n"
        '    start: "14:30"\n'
        "    title: Visite\n"
        "    press: pool\n"
        "\n"
        "attendees:\n"
        "  - id: p\n"
        "    name: Cédric O\n"
        "    category: principal\n"
        "    phone: '0612345678'\n"
        "    photo: !!binary |\n" + photo_lines + "\n"
        "messages:\n"
        "  - headline: Un message\n"
        "    points:\n"
        "      - un point\n"
        "    stop: b\n"
        "\n"
        "qa:\n"
        "  - question: Combien ?\n"
        "    answer: Beaucoup.\n"
        "\n"
        "sensitivities:\n"
        "  - Grève\n"
        "\n"
        "contacts:\n"
        "  - name: Chef de cabinet\n"
        "    phone: +33 6 00 00 00 00\n"
    )
    assert max(len(line) for line in photo.splitlines()) == 76
    assert read_visit(text).visit == sample
    assert yaml.safe_load(text)["attendees"][0]["photo"] == sample.attendees[0].photo


@pytest.mark.parametrize(
    "text, written",
    [
        ("one\ntwo", "|-\n    one\n    two\n"),
        ("one\ntwo\n", "|\n    one\n    two\n"),
        ("one\n\ntwo\n\n", "|+\n    one\n\n    two\n\n"),
        ("one\n  indented\n# not a comment", "|-\n    one\n      indented\n    # not a comment\n"),
        (" leading space\nx", '" leading space\\nx"\n'),
        ("trailing space \nx", '"trailing space \\nx"\n'),
        ("line\u2028separator", '"line\\Lseparator"\n'),
        ("tab\there", '"tab\\there"\n'),
        ("it's", "it's\n"),
        ("'quoted'", "'''quoted'''\n"),
        ("a: b", "'a: b'\n"),
        ("Français élégant", "Français élégant\n"),
        ("bell\x07", '"bell\\a"\n'),
        ("\x7f", '"\\x7F"\n'),
    ],
)
def test_how_texts_are_written(text, written):
    visit = Visit(Details(title="T", principal="P", start_date=dt.date(2026, 1, 1), summary=text))
    dumped = dump_visit(visit)
    assert dumped.endswith("  summary: " + written)
    assert read_visit(dumped).visit.details.summary == text


def test_fixture_survives_load_save_load():
    visit = load_visit(FIXTURE).visit
    assert read_visit(dump_visit(visit)).visit == visit


def test_lone_surrogate_is_refused_not_mangled(sample):
    sample.messages[0].points.append("bad \ud800 text")
    with pytest.raises(VisitFileError) as info:
        dump_visit(sample)
    assert info.value.problems[0].path == "messages[0].points[1]"
    assert "cannot be saved" in str(info.value)


def test_the_largest_revision_written_is_read_back_and_one_more_is_refused_in_words(sample):
    sample.details.revision = MAX_COUNT
    assert read_visit(dump_visit(sample)).visit.details.revision == MAX_COUNT
    sample.details.revision = MAX_COUNT + 1
    with pytest.raises(VisitFileError) as info:
        dump_visit(sample)
    assert "this large cannot be right" in str(info.value)


@pytest.mark.parametrize(
    "change, path",
    [
        (lambda v: setattr(v.details, "start_date", None), "visit.start_date"),
        (lambda v: setattr(v.itinerary[0], "start", None), "itinerary[0].start"),
        (lambda v: setattr(v.itinerary[1], "id", "a"), "itinerary[1].id"),
        (lambda v: setattr(v.itinerary[0], "press", "public"), "itinerary[0].press"),
        (lambda v: setattr(v.details, "revision", 0), "visit.revision"),
        (lambda v: setattr(v.details, "revision", MAX_COUNT + 1), "visit.revision"),
        (lambda v: setattr(v.details, "end_date", dt.date(2020, 1, 1)), "visit.end_date"),
        (lambda v: setattr(v.attendees[0], "name", None), "attendees[0].name"),
        (lambda v: setattr(v.itinerary[0], "start", dt.time(9, 30, 15)), "itinerary[0].start"),
    ],
)
def test_a_visit_the_reader_would_refuse_is_not_written(change, path, sample):
    change(sample)
    with pytest.raises(VisitFileError) as info:
        dump_visit(sample)
    assert path in [p.path for p in info.value.problems]


@pytest.mark.parametrize(
    "text, plain",
    [
        ("8 rue d’Hozier, 13002 Marseille", True),
        ("+33 6 12 34 56 78", True),
        ("3e étage", True),
        ("0612345678", False),
        ("+33612345678", False),
        ("1e3", False),
        ("0o17", False),
        ("1_000", False),
        ("12:30", False),
        ("2026-03-12 10:00", False),
        ("-5", False),
    ],
)
def test_digits_first_stay_plain_only_when_no_reader_takes_them_for_a_number(text, plain):
    visit = Visit(Details(title="T", principal="P", start_date=dt.date(2026, 1, 1), location=text))
    dumped = dump_visit(visit)
    assert (f"  location: {text}\n" in dumped) is plain
    assert yaml.safe_load(dumped)["visit"]["location"] == text
    assert read_visit(dumped).visit.details.location == text


def test_stop_attendees_on_one_line_when_they_are_plain_ids(sample):
    sample.itinerary[0].attendees = ["cedric-o", "prefete"]
    sample.itinerary[1].attendees = ["a, b", "c"]
    text = dump_visit(sample)
    assert "    attendees: [cedric-o, prefete]\n" in text
    assert "    attendees:\n      - a, b\n      - c\n" in text
    assert read_visit(text).visit == sample


def test_no_blank_line_is_added_inside_a_kept_block(sample):
    sample.sensitivities = ["ends with blank lines\n\n\n"]
    text = dump_visit(sample)
    assert "  - |+\n    ends with blank lines\n\n\ncontacts:" in text
    assert read_visit(text).visit == sample


# Format version 2: travel legs, logistics, lines to take, distribution, history.
minutes = st.none() | st.integers(0, 100_000)
events_v2 = st.builds(
    Stop,
    id=awkward_text,
    date=st.none() | dates,
    start=times,
    end=st.none() | times,
    title=awkward_text,
    venue=awkward_text,
    press=st.sampled_from(PRESS_ACCESS),
    attendees=texts,
    transfer_minutes=minutes,
    transfer_mode=st.sampled_from(MODES),
    arrival=awkward_text,
    met_by=texts,
    speaking_minutes=minutes,
    speaking_notes=awkward_text,
    dress=awkward_text,
    on_site_contact=awkward_text,
)
travel_legs = st.builds(
    Stop,
    id=awkward_text,
    kind=st.just("travel"),
    date=st.none() | dates,
    start=times,
    end=st.none() | times,
    end_timezone=awkward_text,
    title=awkward_text,
    venue=awkward_text,
    press=st.sampled_from(("", *PRESS_ACCESS)),
    attendees=texts,
    notes=awkward_text,
    mode=st.sampled_from(MODES),
    destination=awkward_text,
    reference=awkward_text,
)
snapshot_stops = st.builds(
    Stop,
    id=awkward_text,
    kind=st.just("travel"),
    date=dates,
    start=times,
    end=st.none() | times,
    title=awkward_text,
    venue=awkward_text,
    press=st.sampled_from(("", *PRESS_ACCESS)),
    attendees=texts,
    mode=st.sampled_from(MODES),
    destination=awkward_text,
    reference=awkward_text,
) | st.builds(
    Stop,
    id=awkward_text,
    date=dates,
    start=times,
    end=st.none() | times,
    title=awkward_text,
    venue=awkward_text,
    press=st.sampled_from(PRESS_ACCESS),
    attendees=texts,
    met_by=texts,
)
snapshot_people = st.builds(
    Person,
    id=awkward_text,
    name=awkward_text,
    role=awkward_text,
    organisation=awkward_text,
    category=st.sampled_from(CATEGORIES),
)
moments = st.builds(
    dt.datetime, st.integers(1000, 9999), st.integers(1, 12), st.integers(1, 28), st.integers(0, 23),
    st.integers(0, 59), st.sampled_from((0, 0, 7)),
)  # fmt: skip


@st.composite
def visits_v2(draw):
    visit = draw(visits)
    visit.details.uid = draw(awkward_text)
    visit.details.distribution = draw(texts)
    visit.itinerary = draw(st.lists(events_v2 | travel_legs, max_size=4, unique_by=lambda s: s.id))
    for message in visit.messages:
        message.if_pressed = draw(texts)
        message.background = draw(texts)
    revisions = draw(st.lists(st.integers(1, 50), max_size=3, unique=True))
    visit.details.revision = max(revisions, default=0) + draw(st.integers(1, 5))
    visit.history = [
        Revision(
            revision=n,
            issued=draw(moments),
            by=draw(awkward_text),
            note=draw(awkward_text),
            itinerary=draw(st.lists(snapshot_stops, max_size=3, unique_by=lambda s: s.id)),
            attendees=draw(st.lists(snapshot_people, max_size=3, unique_by=lambda p: p.id)),
        )
        for n in sorted(revisions)
    ]
    return visit


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(visits_v2())
def test_version_2_content_reads_back_equal_and_rewrites_byte_identical(visit):
    text = dump_visit(visit)
    again = read_visit(text).visit
    assert again == visit
    assert dump_visit(again) == text
    assert text.splitlines()[1] == f"version: {2 if version_needed(visit) == 2 else 1}"
