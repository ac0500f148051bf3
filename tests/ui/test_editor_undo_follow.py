"""Undo and Redo show the section (and item) they change (issue 7 item 25)."""

from __future__ import annotations

from briefing.ui.commands import SetValue
from briefing.ui.editors import person_actions


def current_section(window) -> str:
    return window.editors.keys[window.editors.currentIndex()]


def test_undo_of_a_change_in_another_section_shows_it(window, sample):
    window.files.open_path(sample)
    visit = window.doc.visit
    window.editors.show_section("itinerary")
    stop = visit.itinerary[2]
    window.doc.push(SetValue(window.doc, "itinerary", stop, "title", "Renamed", "Edit Title", merge=False))
    window.editors.show_section("attendees")

    window.actions_.undo.trigger()
    assert stop.title != "Renamed"
    assert current_section(window) == "itinerary"
    assert window.editors.editors["itinerary"].form.obj is stop

    window.editors.show_section("details")
    window.actions_.redo.trigger()
    assert stop.title == "Renamed"
    assert current_section(window) == "itinerary"


def test_undo_of_a_deleted_person_shows_them_on_people(window, sample):
    window.files.open_path(sample)
    visit = window.doc.visit
    person = next(p for p in visit.attendees if any(p.id in s.attendees for s in visit.itinerary))
    window.editors.show_section("attendees")
    person_actions.delete_person(window.doc, person)
    window.editors.show_section("itinerary")

    window.actions_.undo.trigger()
    assert person in visit.attendees
    assert current_section(window) == "attendees"
    assert window.editors.editors["attendees"].current_item() is person


def test_undo_in_the_same_section_stays_there(window, sample):
    window.files.open_path(sample)
    details = window.doc.visit.details
    window.editors.show_section("details")
    window.doc.push(SetValue(window.doc, "details", details, "title", "New", "Edit Title", merge=False))
    window.actions_.undo.trigger()
    assert current_section(window) == "details"
