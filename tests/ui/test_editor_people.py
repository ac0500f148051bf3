"""The people editor: filter, ids that follow names and update stops, photos."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFormLayout, QMessageBox

from briefing.model import Details, Person, Stop, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors.people import PeopleEditor

SB = QMessageBox.StandardButton


def people(*names) -> list[Person]:
    return [Person(id=f"p{i}", name=name, role=role, organisation=org) for i, (name, role, org) in enumerate(names, 1)]


@pytest.fixture
def make(qtbot):
    def make(persons=(), stops=()):
        visit = Visit(details=Details(title="V", principal="P", start_date=dt.date(2027, 6, 3)))
        visit.attendees, visit.itinerary = list(persons), list(stops)
        doc = VisitDocument(visit)
        editor = PeopleEditor(doc)
        qtbot.addWidget(editor)
        editor.resize(900, 700)
        editor.show()
        return doc, editor

    return make


def shown_names(editor) -> list[str]:
    return [editor.proxy.index(r, 0).data().split("\n")[0] for r in range(editor.proxy.rowCount())]


def image_bytes(size, fmt="JPEG", colour="#884422") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, fmt)
    return out.getvalue()


def test_filter_ignores_case_and_accents_and_looks_at_role_and_organisation(make):
    _doc, editor = make(
        people(
            ("Élisabeth Roux", "Préfète", "Préfecture"),
            ("Jean Noël", "Maire", "Ville de Marseille"),
            ("Anne Brun", "Directrice", "Port"),
        )
    )
    editor.filter.setText("elisabeth")
    assert shown_names(editor) == ["Élisabeth Roux"]
    editor.filter.setText("MARSEILLE")
    assert shown_names(editor) == ["Jean Noël"]
    editor.filter.setText("noel maire")
    assert shown_names(editor) == ["Jean Noël"]
    editor.filter.setText("")
    assert len(shown_names(editor)) == 3


def test_the_reference_cannot_be_edited(make):
    _doc, editor = make(people(("Élisabeth Roux", "", "")))
    editor.select_row(0)
    assert editor.id_edit.isReadOnly()
    assert editor.id_edit.text() == "p1"


def test_a_new_person_gets_an_id_from_the_name_and_keeps_it_when_renamed(make):
    doc, editor = make()
    editor.add_item()
    name = editor.form.widget("name")
    name.setText("Élisabeth Roux")
    name.textEdited.emit("Élisabeth Roux")
    name.editingFinished.emit()
    assert doc.visit.attendees[0].id == "elisabeth-roux"
    name.setText("Élisabeth Roux-Martin")
    name.textEdited.emit(name.text())
    name.editingFinished.emit()
    assert doc.visit.attendees[0].name == "Élisabeth Roux-Martin"
    assert doc.visit.attendees[0].id == "elisabeth-roux"  # given once, never changed


def test_renaming_a_person_from_a_file_keeps_their_id(make):
    doc, editor = make([Person(id="jean-noel", name="Jean Noël")], [Stop(id="s1", title="A", attendees=["jean-noel"])])
    editor.select_row(0)
    name = editor.form.widget("name")
    name.setText("Jean-Pierre Noël")
    name.textEdited.emit(name.text())
    name.editingFinished.emit()
    assert doc.visit.attendees[0].id == "jean-noel"  # made from the old name, and kept
    assert doc.visit.itinerary[0].attendees == ["jean-noel"]


def test_a_new_person_never_reuses_a_deleted_persons_id(make):
    doc, editor = make(people(("A", "", ""), ("B", "", "")))
    editor.add_item()
    name = editor.form.widget("name")
    name.setText("Anne")
    name.textEdited.emit("Anne")
    name.editingFinished.emit()
    assert editor.current_item().id == "anne"
    editor.remove_item()
    assert "anne" not in [p.id for p in doc.visit.attendees]
    editor.add_item()
    name.setText("Anne")
    name.textEdited.emit("Anne")
    name.editingFinished.emit()
    assert editor.current_item().id == "anne-2"  # "anne" may come back with Undo


def test_deleting_a_person_takes_them_out_of_stops_in_one_step(make):
    doc, editor = make(people(("A", "", ""), ("B", "", "")), [Stop(id="s", title="S", attendees=["p1", "p2"])])
    editor.select_row(0)
    asked = []
    editor.confirm_remove = lambda name, stops: asked.append((name, stops)) or True
    editor.remove_item()
    assert asked == [("A", 1)]
    assert [p.id for p in doc.visit.attendees] == ["p2"]
    assert doc.visit.itinerary[0].attendees == ["p2"]
    assert editor.form.obj is doc.visit.attendees[0]
    doc.undo_stack.undo()
    assert [p.id for p in doc.visit.attendees] == ["p1", "p2"]
    assert doc.visit.itinerary[0].attendees == ["p1", "p2"]


def test_a_large_photo_file_is_scaled_down_on_import(make, tmp_path):
    doc, editor = make(people(("A", "", "")))
    path = tmp_path / "big.jpg"
    path.write_bytes(image_bytes((4000, 3000)))
    editor.select_row(0)
    editor.ask_photo_path = lambda: str(path)
    editor.photo.choose.click()
    photo = doc.visit.attendees[0].photo
    with Image.open(io.BytesIO(photo)) as image:
        assert image.size == (800, 600)
    assert len(photo) < path.stat().st_size
    assert "800 × 600" in editor.photo.info.text()
    editor.photo.remove.click()
    assert doc.visit.attendees[0].photo is None
    doc.undo_stack.undo()
    assert doc.visit.attendees[0].photo == photo


def test_an_image_file_dropped_on_the_editor_becomes_the_photo(make, tmp_path):
    doc, editor = make(people(("A", "", "")))
    path = tmp_path / "portrait.png"
    path.write_bytes(image_bytes((1200, 1600), "PNG"))
    editor.select_row(0)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    enter = QDragEnterEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    editor.dragEnterEvent(enter)  # Qt delivers drops only during a real drag
    assert enter.isAccepted()
    editor.dropEvent(drop)
    with Image.open(io.BytesIO(doc.visit.attendees[0].photo)) as image:
        assert image.size == (600, 800) and image.format == "JPEG"


def test_a_file_that_is_not_an_image_is_refused_with_a_message(make, tmp_path):
    doc, editor = make(people(("A", "", "")))
    path = tmp_path / "notes.jpg"
    path.write_text("not a picture")
    shown = []
    editor.show_error = lambda title, text: shown.append(text)
    editor.select_row(0)
    assert not editor.import_photo(str(path))
    assert doc.visit.attendees[0].photo is None and doc.undo_stack.count() == 0
    assert shown and "notes.jpg" in shown[0]


def test_thumbnails_are_made_off_the_paint_path_and_bad_photos_say_so(make, qtbot):
    good = Person(id="g", name="Good", photo=image_bytes((300, 400)))
    bad = Person(id="b", name="Bad", photo=b"\x89PNG broken")
    _doc, editor = make([good, bad])
    model = editor.model
    first = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert first is not None  # a placeholder straight away
    qtbot.waitUntil(lambda: not model.thumbnails_pending())
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole).toImage() != first.toImage()
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert "cannot be read" in model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    editor.select_row(1)
    assert "cannot be read" in editor.photo.info.text()


def test_focus_path_selects_the_person_even_when_filtered_out(make):
    doc, editor = make(people(("A", "", ""), ("B", "", ""), ("C", "", "")))
    editor.filter.setText("B")
    editor.focus_path(("attendees", 2, "photo"))
    assert editor.current_item() is doc.visit.attendees[2]
    assert editor.filter.text() == ""  # the filter hid the person: cleared
    editor.focus_path(("attendees", 1, "name"))
    assert editor.form.obj is doc.visit.attendees[1]


def test_removing_someone_who_takes_part_in_stops_asks_first(make, dialogs):
    stops = [Stop(id=f"s{n}", title="S", attendees=["p1"]) for n in range(4)]
    doc, editor = make(people(("Serge Magdeleine", "", ""), ("B", "", "")), stops)
    editor.select_row(0)
    editor.remove_item()  # the dialog's answer: Cancel
    assert dialogs.shown[-1].text == "Remove Serge Magdeleine?"
    assert "4 stops" in dialogs.shown[-1].info
    assert [p.id for p in doc.visit.attendees] == ["p1", "p2"] and doc.undo_stack.count() == 0
    dialogs.answer(SB.Yes)
    editor.remove_item()
    assert [p.id for p in doc.visit.attendees] == ["p2"]
    editor.select_row(0)
    editor.remove_item()  # takes part in nothing: no question
    assert doc.visit.attendees == [] and len(dialogs.shown) == 2


def test_the_reference_comes_last_and_says_what_it_is(make):
    _doc, editor = make(people(("A", "", "")))
    layout = next(f for f in editor.findChildren(QFormLayout) if f.indexOf(editor.id_edit) >= 0)
    row, _role = layout.getWidgetPosition(editor.id_edit)
    assert row == layout.rowCount() - 1
    assert editor.id_edit.accessibleName() == "Reference (used in the file)"
    assert "never changes" in editor.id_edit.toolTip()


def type_name(editor, text: str) -> None:
    name = editor.form.widget("name")
    name.setText(text)
    name.textEdited.emit(text)
    name.editingFinished.emit()


def test_an_id_is_given_once_and_a_rename_keeps_it(make):
    """The spec's Identity rule: history, diff, calendars and --for match people by id."""
    from briefing.model import Revision

    doc, editor = make()
    doc.visit.history.append(Revision(1, dt.datetime(2027, 5, 1), attendees=[Person(id="anne-dupre", name="Anne")]))
    editor.add_item()
    type_name(editor, "Élisabeth Roux")
    person = doc.visit.attendees[0]
    assert person.id == "elisabeth-roux"
    type_name(editor, "Élisabeth Roux-Martin")
    assert person.id == "elisabeth-roux"  # renamed, same id
    editor.add_item()
    type_name(editor, "Anne Dupré")
    assert doc.visit.attendees[1].id == "anne-dupre-2"  # an id the history knows is never reused
