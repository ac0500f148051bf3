"""Edits that cannot change the programme's warnings do not re-run its checks (issue 11 item 11).

On a large visit the overlap sweep was most of a People keystroke's time.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import Details, Person, Stop, Visit
from briefing.model import checks as model_checks
from briefing.ui.commands import InsertItem, SetValue


@pytest.fixture
def sweeps(monkeypatch) -> list:
    """One entry per day swept for overlaps."""
    counted: list = []
    real = model_checks._overlaps

    def counting(*args):
        counted.append(1)
        return real(*args)

    monkeypatch.setattr(model_checks, "_overlaps", counting)
    return counted


def visit() -> Visit:
    return Visit(
        Details(title="T", principal="P", start_date=dt.date(2027, 3, 16)),
        itinerary=[
            Stop(id="s1", title="Accueil", start=dt.time(9), end=dt.time(10), attendees=["p1"]),
            Stop(id="s2", title="Visite", start=dt.time(9, 30), end=dt.time(11)),
        ],
        attendees=[Person(id="p1", name="Ana Ruiz"), Person(id="p2", name="Léo Martin")],
    )


def paths(window) -> list[tuple]:
    return [entry.path for entry in window.checks.entries]


def test_a_people_edit_does_not_sweep_the_programme_again(window, sweeps):
    window.doc.replace(visit(), None)
    assert ("itinerary", 1, "start") in paths(window)  # the overlap
    sweeps.clear()
    person = window.doc.visit.attendees[1]
    for text in ("Léo M", "Léo Ma", "Léo Mar"):
        window.doc.push(SetValue(window.doc, "attendees", person, "name", text, "Edit name"))
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "summary", "Une visite", "Edit summary"))
    window.checks.refresh()
    assert sweeps == []
    assert ("itinerary", 1, "start") in paths(window)  # still listed, from before


@pytest.mark.parametrize(
    "edit",
    [
        lambda doc: SetValue(doc, "itinerary", doc.visit.itinerary[1], "start", dt.time(10), "Edit start"),
        lambda doc: SetValue(doc, "details", doc.visit.details, "start_date", dt.date(2027, 3, 17), "Edit date"),
        lambda doc: SetValue(doc, "attendees", doc.visit.attendees[0], "id", "p9", "Edit id"),
        lambda doc: InsertItem(doc, "attendees", doc.visit.attendees, 2, Person(id="p3", name="X"), "Add"),
    ],
    ids=["stop time", "first day", "person id", "person added"],
)
def test_an_edit_the_programme_depends_on_checks_it_again(window, sweeps, edit):
    window.doc.replace(visit(), None)
    sweeps.clear()
    window.doc.push(edit(window.doc))
    window.checks.refresh()
    assert sweeps


def test_a_changed_person_id_is_seen_by_the_stops_naming_it(window):
    window.doc.replace(visit(), None)
    assert ("itinerary", 0, "attendees", 0) not in paths(window)
    person = window.doc.visit.attendees[0]
    window.doc.push(SetValue(window.doc, "attendees", person, "id", "p9", "Edit id", merge=False))
    window.checks.refresh()
    assert ("itinerary", 0, "attendees", 0) in paths(window)  # the stop names an id nobody has now
    window.doc.undo_stack.undo()
    window.checks.refresh()
    assert ("itinerary", 0, "attendees", 0) not in paths(window)


def test_opening_a_visit_checks_it_once(make_window, sample, monkeypatch):
    from briefing.ui import checkspanel

    runs = []
    real = checkspanel.check_visit
    monkeypatch.setattr(checkspanel, "check_visit", lambda visit, **kw: runs.append(visit) or real(visit, **kw))
    window = make_window()
    assert len(runs) == 1  # the new, empty visit
    runs.clear()
    window.files.open_path(sample)
    assert runs == [window.doc.visit]
