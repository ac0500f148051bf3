"""A visit frozen for the preview's builder comes back whole, and nothing else can be thawed."""

from __future__ import annotations

import datetime as dt
import marshal

import pytest

from briefing.model import Details, Person, Stop, UnreadPhoto, Visit
from briefing.model.revisions import issue
from briefing.model.snapshot import NotAVisit, freeze, thaw
from briefing.resources import sample_visit_path
from briefing.storage import load_visit


def test_the_sample_comes_back_equal():
    visit = load_visit(sample_visit_path()).visit
    again = thaw(freeze(visit))
    assert again == visit
    assert again is not visit and again.attendees[0] is not visit.attendees[0]


def test_every_kind_of_value_comes_back_as_it_was():
    visit = Visit(
        Details(title="Visite", principal="Cédric O", start_date=dt.date(2027, 3, 16)),
        [Stop(id="a", start=dt.time(9, 10), end=dt.time(9, 25), title="Accueil \ud800 cassé", attendees=["co"])],
        [
            Person(id="co", name="Cédric O", category="principal", photo=UnreadPhoto("not base64")),
            Person(id="ab", name="Anne B", photo=b"\xff\xd8\xff\xe0 jpeg bytes"),
        ],
    )
    visit = issue(visit, dt.datetime(2027, 3, 10, 16, 30, 12))
    again = thaw(freeze(visit))
    assert again == visit
    assert again.itinerary[0].title == "Accueil \ud800 cassé"  # unsavable text reaches the pack, which warns
    assert type(again.attendees[0].photo) is UnreadPhoto
    assert type(again.attendees[1].photo) is bytes
    assert type(again.itinerary[0].start) is dt.time and type(again.details.start_date) is dt.date
    assert again.history and type(again.history[0].issued) is dt.datetime


def test_a_model_holding_what_no_visit_holds_is_not_frozen():
    with pytest.raises(TypeError, match="set"):
        freeze(Visit(sensitivities=[{"a set"}]))


def tree(visit: Visit):
    return marshal.loads(freeze(visit))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a visit",
        marshal.dumps(["a", "list"]),
        marshal.dumps(tree(Visit())[1]),  # the fields without the class
        marshal.dumps(("Details", tree(Visit())[1]["details"][1])),
        marshal.dumps(("Visit", {"sensitivities": [compile("print(1)", "x", "exec")]})),
        marshal.dumps(("Visit", {"sensitivities": [("Popen", {"args": "rm -rf ~"})]})),
        marshal.dumps(("Visit", {"sensitivities": [("dataclass", {})]})),
        marshal.dumps(("Visit", {"__class__": "x"})),
        marshal.dumps(("Visit", {"details": ("date", 20270316)})),
        freeze(Visit())[:-5],
    ],
    ids=[
        "empty",
        "text",
        "list",
        "fields only",
        "details only",
        "code",
        "other class",
        "a function",
        "dunder",
        "bad date",
        "cut short",
    ],
)
def test_what_is_not_a_visit_is_refused(data):
    with pytest.raises(NotAVisit):
        thaw(data)
