"""Travel legs beside events in the programme, and an event's Logistics group, driven with real input."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from briefing.model import Details, Person, Revision, Stop, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors.person_actions import rename_person
from briefing.ui.editors.programme import ProgrammeEditor
from briefing.ui.models.stops import PRESS, TITLE, VENUE

from .keys import type_text

DAY = dt.date(2027, 3, 16)


@pytest.fixture
def make(qtbot):
    def make(*stops, people=(), history=()):
        visit = Visit(Details(title="V", principal="P", start_date=DAY), list(stops), list(people))
        visit.history = list(history)
        doc = VisitDocument(visit)
        editor = ProgrammeEditor(doc)
        qtbot.addWidget(editor)
        editor.resize(1100, 800)
        editor.show()
        return doc, editor

    return make


def event(sid, start, end, **kw):
    return Stop(
        id=sid, title=kw.pop("title", sid), start=dt.time.fromisoformat(start), end=dt.time.fromisoformat(end), **kw
    )


def test_travel_button_adds_a_leg_that_says_nothing_of_the_press(make, qtbot):
    doc, editor = make(event("school", "09:00", "10:00", venue="La Plateforme"))
    editor.select_stop(doc.visit.itinerary[0])
    qtbot.mouseClick(editor.buttons["travel"], Qt.MouseButton.LeftButton)
    leg = doc.visit.itinerary[-1]
    assert (leg.kind, leg.mode, leg.press, leg.venue) == ("travel", "car", "", "La Plateforme")
    assert leg.start == dt.time(10) and leg.end == dt.time(10, 20)
    row = editor.model.row_of(leg)
    assert editor.model.index(row, PRESS).data() == ""
    assert editor.model.index(row, TITLE).data() == "Car: La Plateforme"
    # The leg's own fields are shown, the event's logistics hidden.
    form = editor.form
    assert form.widget("mode").isVisibleTo(editor) and form.widget("destination").isVisibleTo(editor)
    assert not form.widget("address").isVisibleTo(editor) and not editor.logistics.isVisibleTo(editor)
    destination = form.widget("destination")
    destination.setFocus()
    qtbot.keyClicks(destination, "Gare Saint-Charles")
    assert leg.destination == "Gare Saint-Charles"
    assert editor.model.index(row, VENUE).data() == "La Plateforme \u2192 Gare Saint-Charles"
    mode = form.widget("mode")
    mode.setCurrentIndex(mode.findData("train"))
    mode.activated.emit(mode.currentIndex())
    assert leg.mode == "train"
    doc.undo_stack.undo()
    assert leg.mode == "car"


def test_an_events_logistics_with_the_transfer_warning_live(make, qtbot):
    people = [
        Person(id="cz", name="Cyril Zimmermann", category="host"),
        Person(id="co", name="Cédric O", category="principal"),
    ]
    doc, editor = make(
        event("a", "09:00", "09:25", title="Arrivée"), event("b", "09:30", "10:00", title="Accueil"), people=people
    )
    second = doc.visit.itinerary[1]
    editor.select_stop(second)
    assert editor.logistics.isVisibleTo(editor) and not editor.form.widget("mode").isVisibleTo(editor)
    arrival = editor.form.widget("arrival")
    type_text(arrival, "Entrée principale")
    assert second.arrival == "Entrée principale"
    transfer = editor.form.widget("transfer_minutes")
    transfer.setFocus()
    transfer.lineEdit().selectAll()
    qtbot.keyClicks(transfer, "10")
    qtbot.keyClick(transfer, Qt.Key.Key_Tab)
    assert second.transfer_minutes == 10
    assert any("the transfer takes 10 min" in w for w in editor.model.stop_warnings(second))
    met = editor.form.widget("met_by")
    met.menu().aboutToShow.emit()
    names = [a.text() for a in met.menu().actions()]
    assert names == ["Cyril Zimmermann"]  # the principal is the one who is greeted
    met.menu().actions()[0].setChecked(True)
    assert second.met_by == ["cz"] and met.text() == "Cyril Zimmermann"
    speaks = editor.form.widget("speaking_minutes")
    assert speaks.text() == "\u2014"
    speaks.setFocus()
    speaks.lineEdit().selectAll()
    qtbot.keyClicks(speaks, "5")
    qtbot.keyClick(speaks, Qt.Key.Key_Tab)
    assert second.speaking_minutes == 5
    rename_person(doc, doc.visit.attendees[0], "cyril", "Rename")
    assert second.met_by == ["cyril"]  # a rename follows into met_by


def test_a_new_stop_never_takes_an_id_the_history_knows(make, qtbot):
    old = Revision(1, dt.datetime(2027, 3, 1), itinerary=[Stop(id="stop-1", date=DAY, start=dt.time(8), title="Gone")])
    doc, editor = make(history=[old])
    qtbot.mouseClick(editor.buttons["add"], Qt.MouseButton.LeftButton)
    assert doc.visit.itinerary[0].id == "stop-2"


def test_an_untitled_leg_is_named_with_french_punctuation_in_french(make, qapp):
    """Voiture : La Plateforme → Gare, with the no-break space French puts before a colon."""
    from briefing.ui.i18n import install_translations

    leg = Stop(id="go", kind="travel", mode="car", venue="La Plateforme", destination="Gare Saint-Charles")
    leg.start, leg.end = dt.time(13), dt.time(13, 20)
    installed = install_translations(qapp, "fr")
    try:
        _doc, editor = make(leg)
        shown = editor.model.index(0, TITLE).data()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert shown == "Voiture\u00a0: La Plateforme \u2192 Gare Saint-Charles"
