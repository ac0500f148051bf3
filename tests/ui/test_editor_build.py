"""A press officer builds a whole visit through the editors, from an empty
document, then undoes every step back to empty and redoes them all."""

from __future__ import annotations

import copy
import datetime as dt
import io

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from briefing.model import Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors import EDITORS
from briefing.ui.models.stops import END, PRESS, START


def type_text(widget, text: str) -> None:
    """Type like a keyboard, accents included (QTest.keyClicks aborts on 'é')."""
    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else 0
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, char))


def leave(widget) -> None:
    """End a typing run as leaving the field does."""
    if hasattr(widget, "editingFinished"):
        widget.editingFinished.emit()
    else:
        QApplication.sendEvent(widget, QEvent(QEvent.Type.FocusOut))


def fill(form, attr: str, text: str) -> None:
    widget = form.widget(attr)
    type_text(widget, text)
    leave(widget)


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def jpeg_file(path, size=(4000, 3000)):
    Image.new("RGB", size, "#336699").save(path, "JPEG", quality=60)
    return path


@pytest.fixture
def editors(qtbot):
    doc = VisitDocument(Visit())
    made = {}
    for key, cls in EDITORS:
        widget = cls(doc)
        qtbot.addWidget(widget)
        widget.resize(1000, 700)
        widget.show()
        made[key] = widget
    return doc, made


def build_visit(doc, ed, tmp_path, qtbot):
    details = ed["details"]
    f = details.form
    fill(f, "title", "Visite du secrétaire d'État chargé du numérique à Marseille")
    fill(f, "principal", "Clément Noël")
    fill(f, "principal_role", "Secrétaire d'État chargé du numérique")
    fill(f, "location", "Marseille")
    f.widget("start_date").choose(dt.date(2027, 6, 3))
    f.widget("end_date").choose(dt.date(2027, 6, 4))
    choose(f.widget("language"), "fr")
    classification = f.widget("classification")
    type_text(classification.lineEdit(), "Diffusion restreinte")
    choose(f.widget("status"), "final")
    f.widget("revision").setValue(2)
    fill(f, "prepared_by", "Cabinet — pôle presse")
    for objective in ("Annoncer le plan", "Rencontrer les équipes"):
        details.objectives.add()  # opens an editor on the new item
        (editor,) = details.objectives.view.viewport().findChildren(QLineEdit)
        type_text(editor, objective)
        QApplication.sendEvent(
            editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        )
        qtbot.waitUntil(lambda: not details.objectives.view.viewport().findChildren(QLineEdit))
    fill(f, "summary", "Une journée à Marseille.\nDeux annonces.")

    people = ed["attendees"]
    # The principal typed on the Visit page is already in People (one person, not two).
    for name, role in (("Élisabeth Roux", "Préfète"),):
        people.add_item()
        fill(people.form, "name", name)
        people._name_finished()
        fill(people.form, "role", role)
    choose(people.form.widget("category"), "host")
    people.ask_photo_path = lambda: str(jpeg_file(tmp_path / "portrait.jpg"))
    people.photo.choose.click()

    programme = ed["itinerary"]
    programme.add_stop()
    fill(programme.form, "title", "Accueil en préfecture")
    model = programme.model
    row = model.row_of(programme.current_stop())
    model.setData(model.index(row, START), dt.time(9, 30))
    model.setData(model.index(row, END), dt.time(10, 15))
    model.setData(model.index(row, PRESS), "open")
    programme.picker.model.setData(
        programme.picker.model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    programme.picker.model.setData(
        programme.picker.model.index(1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    programme.add_stop()  # starts when the first one ends
    fill(programme.form, "title", "Visite du port")
    fill(programme.form, "venue", "Grand port maritime")
    programme.form.widget("end").choose(dt.time(11, 30))
    choose(programme.form.widget("press"), "pool")

    messages = ed["messages"]
    messages.add_item()
    fill(messages.form, "headline", "La France investit dans le numérique")
    messages.points.add("1 milliard d'euros")
    choose(messages.stop_combo, doc.visit.itinerary[1].id)

    qa = ed["qa"]
    qa.add_item()
    fill(qa.form, "question", "Combien d'emplois ?")
    fill(qa.form, "answer", "Trois cents d'ici 2028.")

    sensitivities = ed["sensitivities"]
    sensitivities.add_item()
    type_text(sensitivities.text, "Grève des dockers")
    leave(sensitivities.text)

    contacts = ed["contacts"]
    contacts.add_item()
    for attr, text in (("name", "Anne Lefèvre"), ("role", "Cheffe de cabinet"), ("phone", "06 12 34 56 78")):
        fill(contacts.form, attr, text)


def test_a_whole_visit_from_an_empty_document_then_undo_and_redo(editors, tmp_path, qtbot):
    doc, ed = editors
    build_visit(doc, ed, tmp_path, qtbot)
    v = doc.visit
    d = v.details
    assert d.title == "Visite du secrétaire d'État chargé du numérique à Marseille"
    assert (d.principal, d.location, d.status, d.revision) == ("Clément Noël", "Marseille", "final", 2)
    assert (d.start_date, d.end_date) == (dt.date(2027, 6, 3), dt.date(2027, 6, 4))
    assert d.classification == "Diffusion restreinte"
    assert d.prepared_by == "Cabinet — pôle presse"
    assert d.objectives == ["Annoncer le plan", "Rencontrer les équipes"]
    assert d.summary == "Une journée à Marseille.\nDeux annonces."

    assert [p.id for p in v.attendees] == ["clement-noel", "elisabeth-roux"]
    assert (v.attendees[0].category, v.attendees[0].role) == ("principal", "Secrétaire d'État chargé du numérique")
    assert v.attendees[1].category == "host"
    with Image.open(io.BytesIO(v.attendees[1].photo)) as photo:
        assert max(photo.size) <= 800 and photo.size == (800, 600)

    first, second = v.itinerary
    assert (first.title, first.start, first.end, first.press) == (
        "Accueil en préfecture",
        dt.time(9, 30),
        dt.time(10, 15),
        "open",
    )
    assert first.attendees == ["clement-noel", "elisabeth-roux"]
    assert (second.title, second.venue, second.press) == ("Visite du port", "Grand port maritime", "pool")
    assert (second.start, second.end) == (dt.time(10, 15), dt.time(11, 30))
    assert first.id != second.id

    assert v.messages[0].headline == "La France investit dans le numérique"
    assert v.messages[0].points == ["1 milliard d'euros"]
    assert v.messages[0].stop == second.id
    assert (v.qa[0].question, v.qa[0].answer) == ("Combien d'emplois ?", "Trois cents d'ici 2028.")
    assert v.sensitivities == ["Grève des dockers"]
    assert (v.contacts[0].name, v.contacts[0].role, v.contacts[0].phone) == (
        "Anne Lefèvre",
        "Cheffe de cabinet",
        "06 12 34 56 78",
    )

    built = copy.deepcopy(v)
    stack = doc.undo_stack
    # One command per action: far fewer commands than keystrokes typed.
    assert 30 < stack.count() < 80
    while stack.canUndo():
        stack.undo()
    assert doc.visit == Visit()
    # The widgets followed the undo without pushing anything.
    assert stack.index() == 0
    assert ed["details"].form.widget("title").text() == ""
    assert ed["itinerary"].model.rowCount() == 0
    assert ed["attendees"].model.rowCount() == 0
    while stack.canRedo():
        stack.redo()
    assert doc.visit == built
    assert ed["details"].form.widget("title").text() == built.details.title
    assert ed["itinerary"].model.rowCount() == 2
    assert ed["contacts"].model.rowCount() == 1
