"""The editors inside the main window: the sample opens in every one of them,
warnings lead to the right place, and what is built survives save and reopen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from briefing.storage import load_visit, save_visit
from briefing.ui.models.stops import TITLE


def test_the_sample_shows_in_every_editor(window, sample):
    loaded = load_visit(sample)
    window.doc.replace(loaded.visit, sample)
    visit = window.doc.visit
    editors = window.editors.editors
    assert editors["details"].form.widget("title").text() == visit.details.title
    programme = editors["itinerary"]
    assert programme.model.rowCount() == len(visit.itinerary)
    shown = [programme.model.index(r, TITLE).data() for r in range(programme.model.rowCount())]
    assert [s for s, stop in zip(shown, visit.ordered_stops(), strict=True) if not stop.is_travel] == [
        s.title for s in visit.ordered_stops() if not s.is_travel
    ]
    assert shown[0] == "Train: Paris Gare de Lyon \u2192 Marseille Saint-Charles"  # a leg is named from its places
    assert editors["attendees"].model.rowCount() == len(visit.attendees)
    for key in ("messages", "qa", "sensitivities", "contacts"):
        assert editors[key].model.rowCount() == len(getattr(visit, key)), key
        assert editors[key].current_row() == (0 if getattr(visit, key) else -1)


def test_going_to_a_warning_selects_the_stop(window, sample):
    window.doc.replace(load_visit(sample).visit, sample)
    visit = window.doc.visit
    last = len(visit.itinerary) - 1
    window.editors.go_to(("itinerary", last, "start"))
    programme = window.editors.editors["itinerary"]
    assert window.editors.currentWidget() is programme
    assert programme.current_stop() is visit.itinerary[last]


def test_built_in_the_window_saved_and_reopened(window, tmp_path):
    editors = window.editors.editors
    details = editors["details"].form
    details.widget("title").setText("Visite à Lyon")
    details.widget("title").textEdited.emit("Visite à Lyon")
    details.widget("principal").setText("Élisabeth Roux")
    details.widget("principal").textEdited.emit("Élisabeth Roux")
    details.widget("start_date").choose(dt.date(2027, 9, 14))
    programme = editors["itinerary"]
    programme.add_stop()
    programme.form.widget("title").setText("Accueil")
    programme.form.widget("title").textEdited.emit("Accueil")
    programme.form.widget("start").choose(dt.time(14, 30))
    people = editors["attendees"]
    people.add_item()
    people.form.widget("name").setText("Anne Noël")
    people.form.widget("name").textEdited.emit("Anne Noël")
    people._name_finished()
    picker = programme.picker.model
    picker.setData(picker.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    path = tmp_path / "lyon.visit.yaml"
    save_visit(window.doc.visit, path)
    again = load_visit(path).visit
    assert again == window.doc.visit
    assert again.itinerary[0].attendees == ["anne-noel"]
    assert (again.itinerary[0].start, again.itinerary[0].end) == (dt.time(14, 30), dt.time(15, 0))
