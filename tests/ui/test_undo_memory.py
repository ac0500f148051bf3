"""Undo commands while someone types: one live command per typing run, and no
command keeps its document alive."""

from __future__ import annotations

import datetime as dt
import gc
import weakref

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from briefing.model import Details, Visit
from briefing.ui.commands import SetItem, SetValue
from briefing.ui.document import VisitDocument
from briefing.ui.editors.details import DetailsEditor
from briefing.ui.editors.lists import SensitivitiesEditor
from briefing.ui.editors.principal import SetLinked


def type_text(widget, text: str) -> None:
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))


def live(cls) -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is cls)


def visit() -> Visit:
    return Visit(details=Details(title="V", principal="P", start_date=dt.date(2027, 6, 3)), sensitivities=["Grève"])


def test_typing_in_a_field_keeps_one_command_alive(qtbot):
    doc = VisitDocument(visit())
    editor = DetailsEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    before = live(SetValue)
    summary = editor.form.widget("summary")
    summary.setFocus()
    type_text(summary, "Une visite de terrain. " * 10)
    assert doc.visit.details.summary == "Une visite de terrain. " * 10
    assert doc.undo_stack.count() == 1
    assert live(SetValue) - before == 1
    doc.undo_stack.undo()
    assert doc.visit.details.summary == ""
    doc.undo_stack.redo()
    assert doc.visit.details.summary == "Une visite de terrain. " * 10


def test_typing_after_a_save_starts_a_new_command(qtbot):
    doc = VisitDocument(visit())
    editor = DetailsEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    title = editor.form.widget("title")
    title.setFocus()
    title.end(False)
    type_text(title, "ab")
    doc.undo_stack.setClean()
    type_text(title, "cd")
    assert doc.modified
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.visit.details.title == "Vab"
    assert not doc.modified


def test_typing_a_list_item_keeps_one_command_alive(qtbot):
    doc = VisitDocument(visit())
    editor = SensitivitiesEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    before = live(SetItem)
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    type_text(editor.text, " et météo")
    assert doc.visit.sensitivities == ["Grève et météo"]
    assert live(SetItem) - before == 1


def test_commands_do_not_keep_their_document_alive(qtbot):
    gc.collect()
    gc.disable()  # only reference counting: a cycle would keep the document
    try:
        doc = VisitDocument(visit())
        doc.push(SetValue(doc, "details", doc.visit.details, "title", "W", "Edit title"))
        doc.push(SetItem(doc, "sensitivities", doc.visit.sensitivities, 0, "Pluie", "Edit sensitivity"))
        doc.push(SetLinked(doc, [("details", doc.visit.details, "principal", "Q")], "Edit principal"))
        gone = weakref.ref(doc)
        del doc
        assert gone() is None
    finally:
        gc.enable()


def test_typing_in_the_window_keeps_no_edit_per_key(window, qtbot):
    from briefing.model import Person
    from briefing.ui.document import Edit

    linked = visit()
    linked.attendees = [Person(id="p", name="P", category="principal")]
    window.doc.replace(linked, None)
    form = window.editors.show_section("details").form
    summary = form.widget("summary")
    summary.setFocus()
    before = live(Edit)
    type_text(summary, "Une visite de terrain. " * 10)
    assert window.doc.visit.details.summary == "Une visite de terrain. " * 10
    assert live(Edit) - before <= 2
    # The principal's name also changes their People entry: two edits a key.
    principal = form.widget("principal")
    principal.setFocus()
    principal.end(False)
    type_text(principal, " Martin" * 20)
    assert window.doc.visit.attendees[0].name == "P" + " Martin" * 20
    assert live(Edit) - before <= 6
    # Undo still brings the field it changed into view.
    window.editors.show_section("attendees")
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert window.doc.visit.details.principal == "P"
    assert window.doc.visit.details.summary == ""
    assert window.editors.currentWidget() is window.editors.editors["details"]
