"""Forms and lists: one command per action, typing merged, widgets that follow
undo without pushing, reordering, labels for every field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
)

from briefing.model import Contact, Details, Message, Question, Stop, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors import EDITORS
from briefing.ui.editors.details import DetailsEditor
from briefing.ui.editors.lists import ContactsEditor, SensitivitiesEditor
from briefing.ui.editors.messages import MessagesEditor
from briefing.ui.models.section_list import ROW_MIME


def type_text(widget, text: str) -> None:
    """Key events carrying text: accented letters included (QTest.keyClicks aborts on 'é')."""
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))


def sample() -> Visit:
    return Visit(
        details=Details(title="Visite", principal="P", start_date=dt.date(2027, 6, 3)),
        itinerary=[
            Stop(id="s1", title="Accueil", start=dt.time(9, 0)),
            Stop(id="s2", title="Port", start=dt.time(8, 0)),
        ],
        messages=[Message("Un", ["a"], "s1"), Message("Deux"), Message("Trois")],
        qa=[Question("Q", "R")],
        sensitivities=["Grève", "Météo"],
        contacts=[Contact("Anne")],
    )


@pytest.fixture
def make(qtbot):
    def make(cls, visit=None):
        doc = VisitDocument(visit or sample())
        editor = cls(doc)
        qtbot.addWidget(editor)
        editor.resize(900, 700)
        editor.show()
        return doc, editor

    return make


def test_typing_merges_into_one_command_until_the_field_is_left(make):
    doc, editor = make(DetailsEditor)
    title = editor.form.widget("title")
    title.setCursorPosition(len(title.text()))
    type_text(title, " à Marseille")
    assert doc.visit.details.title == "Visite à Marseille"
    assert doc.undo_stack.count() == 1
    title.editingFinished.emit()  # the user moves on
    type_text(title, " (2)")
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert title.text() == "Visite à Marseille" == doc.visit.details.title
    doc.undo_stack.undo()
    assert title.text() == "Visite"
    assert doc.undo_stack.index() == 0 and doc.undo_stack.count() == 2  # following undo pushed nothing


def test_multi_line_text_follows_undo_without_pushing(make):
    doc, editor = make(DetailsEditor)
    summary = editor.form.widget("summary")
    type_text(summary, "Une journée")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert summary.toPlainText() == "" and doc.undo_stack.count() == 1
    doc.undo_stack.redo()
    assert summary.toPlainText() == "Une journée"


def test_choices_are_one_command_each(make):
    doc, editor = make(DetailsEditor)
    status = editor.form.widget("status")
    for value in ("final", "draft"):
        index = status.findData(value)
        status.setCurrentIndex(index)
        status.activated.emit(index)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.visit.details.status == "final" and status.currentData() == "final"


def test_end_date_can_be_set_and_cleared(make):
    doc, editor = make(DetailsEditor)
    end = editor.form.widget("end_date")
    assert end.value() is None and end.text() == "" and end.placeholderText() == "Same day"
    end.choose(dt.date(2027, 6, 5))
    assert doc.visit.details.end_date == dt.date(2027, 6, 5)
    clear = [b for b in end.parentWidget().children() if getattr(b, "accessibleName", None) and b is not end]
    clear[-1].click()
    assert doc.visit.details.end_date is None


def test_filters_held_while_the_first_window_is_built_work_once_released(qtbot):
    from briefing.ui.editors import inputs

    doc = VisitDocument(sample())
    inputs.hold_event_filters()
    try:
        editor = DetailsEditor(doc)
        qtbot.addWidget(editor)
        title = editor.form.widget("title")
        held = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        QApplication.sendEvent(title, held)
        assert held.isAccepted()  # no filter yet: the line edit claims Ctrl+Z for its own undo
    finally:
        inputs.release_event_filters()
    override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(title, override)
    assert not override.isAccepted()  # the window's Undo gets it
    inputs.release_event_filters()  # a second release (the timer after the paint) changes nothing


def test_undo_shortcut_in_a_field_reaches_the_window_undo(qtbot):
    doc = VisitDocument(sample())
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = DetailsEditor(doc)
    window.setCentralWidget(editor)
    undo = doc.undo_stack.createUndoAction(window)
    undo.setShortcut("Ctrl+Z")
    window.addAction(undo)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    title = editor.form.widget("title")
    title.setFocus()
    title.end(False)
    type_text(title, "!")
    assert doc.visit.details.title == "Visite!"
    override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(title, override)
    # Not accepted: the line edit lets the window's shortcut have Ctrl+Z (an
    # accepted override would send the key to the line edit's private undo).
    assert not override.isAccepted()
    redo = QKeyEvent(
        QEvent.Type.ShortcutOverride,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    QApplication.sendEvent(title, redo)
    assert not redo.isAccepted()
    plain = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.NoModifier, "z")
    QApplication.sendEvent(title, plain)
    assert plain.isAccepted()  # other keys still go to the field
    undo.trigger()
    assert title.text() == "Visite" == doc.visit.details.title
    assert doc.undo_stack.index() == 0 and isinstance(undo, QAction)


def test_list_add_move_remove_are_undoable_steps(make):
    doc, editor = make(MessagesEditor)
    editor.select_row(0)
    editor.move_item(+1)
    assert [m.headline for m in doc.visit.messages] == ["Deux", "Un", "Trois"]
    assert editor.current_item().headline == "Un"
    editor.add_item()
    assert len(doc.visit.messages) == 4 and editor.current_row() == 2
    headline = editor.form.widget("headline")
    type_text(headline, "Nouveau")
    assert doc.visit.messages[2].headline == "Nouveau"
    assert editor.model.index(2).data() == "Nouveau"
    editor.remove_item()
    assert [m.headline for m in doc.visit.messages] == ["Deux", "Un", "Trois"]
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert [m.headline for m in doc.visit.messages] == ["Un", "Deux", "Trois"]


def test_drag_and_drop_reorders_with_one_command(make):
    doc, editor = make(ContactsEditor, Visit(contacts=[Contact("A"), Contact("B"), Contact("C")]))
    model = editor.model
    mime = model.mimeData([model.index(0)])
    assert mime.hasFormat(ROW_MIME)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, model.index(-1))
    assert [c.name for c in doc.visit.contacts] == ["B", "C", "A"]
    assert doc.undo_stack.count() == 1


def test_message_stop_picker_lists_stops_by_time_and_follows_edits(make):
    doc, editor = make(MessagesEditor)
    editor.select_row(0)
    combo = editor.stop_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "s2", "s1"]
    assert combo.currentData() == "s1"
    doc.visit.itinerary[0].title = "Accueil officiel"  # as if edited elsewhere, then notified
    from briefing.ui.commands import SetValue

    doc.push(SetValue(doc, "itinerary", doc.visit.itinerary[0], "title", "Accueil en préfecture", "t"))
    assert "Accueil en préfecture" in combo.itemText(combo.findData("s1"))
    index = combo.findData("")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert doc.visit.messages[0].stop == ""


def test_points_are_edited_in_place(make):
    doc, editor = make(MessagesEditor)
    editor.select_row(0)
    points = editor.points
    points.add("b")
    points.model.setData(points.model.index(0), "A")
    assert doc.visit.messages[0].points == ["A", "b"]
    points.move(-1)
    assert doc.visit.messages[0].points == ["b", "A"]
    editor.select_row(1)
    assert points.items() == []
    doc.undo_stack.undo()  # undoing the move shows the first message's points again when selected
    editor.select_row(0)
    assert points.items() == ["A", "b"]


def test_sensitivity_typing_merges_and_follows_undo(make):
    doc, editor = make(SensitivitiesEditor)
    editor.select_row(1)
    cursor = editor.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.text.setTextCursor(cursor)
    type_text(editor.text, " en mer")
    assert doc.visit.sensitivities == ["Grève", "Météo en mer"]
    assert doc.undo_stack.count() == 1
    assert editor.model.index(1).data() == "Météo en mer"
    doc.undo_stack.undo()
    assert editor.text.toPlainText() == "Météo"


def test_reset_shows_the_new_visit(make):
    doc, editor = make(MessagesEditor)
    doc.replace(Visit(messages=[Message("Autre")]), None)
    assert editor.model.rowCount() == 1
    assert editor.form.widget("headline").text() == "Autre"
    doc.replace(Visit(), None)
    assert editor.model.rowCount() == 0 and not editor.form.widget("headline").isEnabled()


def test_focus_path_in_list_editors(make):
    _doc, editor = make(MessagesEditor)
    editor.focus_path(("messages", 2, "headline"))
    assert editor.current_item().headline == "Trois"
    _doc, sens = make(SensitivitiesEditor)
    sens.focus_path(("sensitivities", 1))
    assert sens.text.toPlainText() == "Météo"


@pytest.mark.parametrize(("key", "cls"), EDITORS)
def test_every_field_has_an_accessible_name_and_the_title_is_translated(make, key, cls):
    _doc, editor = make(cls)
    assert cls.title()
    inputs = [
        w
        for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
        for w in editor.findChildren(kind)
        if not isinstance(w, QHeaderView)
        # parts of a composite widget are named by the composite
        if not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox | QAbstractItemView)
        and w.objectName() != "qt_calendar_calendarview"
        and w.isVisibleTo(editor)
    ]
    assert inputs
    unnamed = [type(w).__name__ for w in inputs if not w.accessibleName()]
    assert unnamed == []


def test_moving_the_first_day_moves_the_last_day_and_an_end_before_the_start_is_refused(make):
    visit = sample()
    visit.details.end_date = dt.date(2027, 6, 5)
    doc, editor = make(DetailsEditor, visit)
    first, last = editor.form.widget("start_date"), editor.form.widget("end_date")
    first.choose(dt.date(2027, 6, 10))
    assert (doc.visit.details.start_date, doc.visit.details.end_date) == (dt.date(2027, 6, 10), dt.date(2027, 6, 12))
    assert last.value() == dt.date(2027, 6, 12)
    assert doc.undo_stack.count() == 1
    last.choose(dt.date(2027, 6, 1))  # before the first day
    assert doc.visit.details.end_date == dt.date(2027, 6, 10)
    assert last.value() == dt.date(2027, 6, 10)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert (doc.visit.details.start_date, doc.visit.details.end_date) == (dt.date(2027, 6, 3), dt.date(2027, 6, 5))


def test_a_stop_keeps_its_length_when_its_start_changes_in_one_step(make):
    from briefing.ui.editors.programme import ProgrammeEditor

    visit = sample()
    visit.itinerary[0].end = dt.time(9, 45)
    doc, editor = make(ProgrammeEditor, visit)
    stop = visit.itinerary[0]
    editor.select_stop(stop)
    start = editor.form.widget("start")
    for minutes in (15, 30, 45, 60, 75, 90):  # Up, six times
        start.choose(dt.time(9 + minutes // 60, minutes % 60))
    assert (stop.start, stop.end) == (dt.time(10, 30), dt.time(11, 15))
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert (stop.start, stop.end) == (dt.time(9, 0), dt.time(9, 45))


def test_an_unknown_time_zone_is_flagged_where_it_is_typed(make):
    doc, editor = make(DetailsEditor)
    zone = editor.form.widget("timezone")
    assert not editor.zone_warning.isVisible()
    zone.lineEdit().selectAll()
    type_text(zone.lineEdit(), "Europe/Pariss")
    assert doc.visit.details.timezone == "Europe/Pariss"
    assert editor.zone_warning.isVisible()
    doc.undo_stack.undo()
    assert zone.currentText() == "Europe/Paris" and not editor.zone_warning.isVisible()


def test_a_point_added_then_left_empty_is_taken_back(make, qtbot):
    doc, editor = make(MessagesEditor)
    editor.select_row(0)
    points = editor.points
    points.add()
    assert doc.visit.messages[0].points == ["a", ""]
    (field,) = points.view.viewport().findChildren(QLineEdit)
    QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: doc.visit.messages[0].points == ["a"])
    assert not doc.undo_stack.canUndo()


def test_the_list_view_can_move_rows_through_the_model(make):
    doc, editor = make(ContactsEditor, Visit(contacts=[Contact("A"), Contact("B"), Contact("C")]))
    model = editor.model
    assert model.moveRow(model.index(-1), 2, model.index(-1), 0)
    assert [c.name for c in doc.visit.contacts] == ["C", "A", "B"]
    assert [model.index(r).data() for r in range(3)] == ["C", "A", "B"]
    assert not model.moveRow(model.index(-1), 0, model.index(-1), 1)  # onto itself
    doc.undo_stack.undo()
    assert [c.name for c in doc.visit.contacts] == ["A", "B", "C"]


def test_an_email_that_is_not_one_is_flagged(make):
    doc, editor = make(
        ContactsEditor, Visit(contacts=[Contact("A", email="anne@example.fr"), Contact("B", email="anne.example.fr")])
    )
    editor.select_row(0)
    assert not editor.email_warning.isVisible()
    editor.select_row(1)
    assert editor.email_warning.isVisible()
    field = editor.form.widget("email")
    field.setText("anne@example.fr")
    field.textEdited.emit(field.text())
    assert doc.visit.contacts[1].email == "anne@example.fr" and not editor.email_warning.isVisible()
