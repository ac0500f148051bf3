"""The reader's mode for recovery copies: unfinished work is kept, everything else is checked as usual."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import Person, Stop, Visit
from briefing.storage import VisitFileError, dump_visit, read_visit


def unfinished() -> Visit:
    visit = Visit()  # no first day yet
    visit.details.title = "Brouillon"
    visit.itinerary.append(Stop(id="s1", title="Accueil en préfecture"))  # no start yet
    visit.itinerary.append(Stop(id="s2", start=dt.time(10, 30), end=dt.time(11), title="Table ronde"))
    visit.attendees.append(Person(id="p1", name="Mme X", photo=b"\x89PNG not really"))
    return visit


def test_unfinished_work_is_written_and_read_back_whole():
    visit = unfinished()
    text = dump_visit(visit, unfinished=True)
    assert text.startswith("format: briefing-visit\nversion: 1\n")
    assert "start_date" not in text
    assert read_visit(text, unfinished=True).visit == visit


def test_an_ordinary_read_or_save_still_refuses_it():
    visit = unfinished()
    with pytest.raises(VisitFileError) as saving:
        dump_visit(visit)
    assert {p.code for p in saving.value.problems} == {"missing"}
    with pytest.raises(VisitFileError) as reading:
        read_visit(dump_visit(visit, unfinished=True))
    assert {p.path for p in reading.value.problems} == {"visit", "itinerary[0]"}


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ("  - id: s1\n    start: 25:00\n    title: T\n", "bad-time"),
        ("  - id: s1\n    title: T\n    atendees: []\n", "unknown-key"),
        ("  - id: s1\n    title: T\n  - id: s1\n    title: U\n", "duplicate-id"),
        ("  - !!python/object/apply:os.system ['echo hi']\n", "forbidden-tag"),
        ("  - &a {id: s1, title: T}\n  - *a\n", "anchor"),
    ],
)
def test_everything_but_missing_fields_is_checked_as_usual(extra, code):
    text = "format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\nitinerary:\n" + extra
    with pytest.raises(VisitFileError) as info:
        read_visit(text, unfinished=True)
    assert code in {p.code for p in info.value.problems}


def test_a_newer_format_is_refused_too():
    with pytest.raises(VisitFileError) as info:
        read_visit("format: briefing-visit\nversion: 99\nvisit: {}\n", unfinished=True)
    assert info.value.problems[0].code == "newer-version"
