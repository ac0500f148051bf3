"""Typing a time or a date into the stop form with real key events, as a
press officer does: the value is taken when the field is complete or left,
and nothing reloads the field under the cursor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QTimeEdit

from briefing.model import Details, Stop, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors.inputs import IDLE_MS, TimeEdit
from briefing.ui.editors.programme import ProgrammeEditor
from briefing.ui.models.stops import START

DAY = dt.date(2027, 6, 3)


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


@pytest.fixture
def editor(qtbot):
    visit = Visit(details=Details(title="V", principal="P", start_date=DAY, end_date=DAY + dt.timedelta(days=1)))
    visit.itinerary = [
        Stop(id="a", title="A", start=t("09:00"), end=t("09:30")),
        Stop(id="b", title="B", start=t("10:00"), end=t("10:30")),
        Stop(id="c", title="C", start=t("12:00"), end=t("12:30")),
    ]
    editor = ProgrammeEditor(VisitDocument(visit))
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    return editor


def type_time(qtbot, widget: QTimeEdit, keys: str, leave=True) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    widget.setSelectedSection(QTimeEdit.Section.HourSection)
    QTest.keyClicks(widget, keys)
    if leave:
        QTest.keyClick(widget, Qt.Key.Key_Tab)


@pytest.mark.parametrize("keys", ["1130", "11:30"])
def test_typing_a_start_hour_takes_and_the_stop_stays_selected(qtbot, editor, keys):
    a = editor.doc.visit.itinerary[0]
    editor.select_stop(a)
    start = editor.form.widget("start")
    type_time(qtbot, start, keys)
    assert a.start == t("11:30")
    assert a.end == t("12:00")  # the end moved along
    assert editor.current_stop() is a
    assert editor.model.row_of(a) == 1  # re-sorted after B
    assert start.time().toString("HH:mm") == "11:30"
    editor.doc.undo_stack.undo()
    assert a.start == t("09:00") and a.end == t("09:30")


def test_typing_an_end_hour_before_leaving_is_not_pulled_back_midway(qtbot, editor):
    a = editor.doc.visit.itinerary[0]
    editor.select_stop(a)
    end = editor.form.widget("end")
    type_time(qtbot, end, "1000")
    assert a.end == t("10:00")
    assert a.start == t("09:00")
    assert editor.doc.undo_stack.count() == 1


def test_a_typed_time_is_one_command_and_the_table_is_not_resorted_per_key(qtbot, editor):
    a = editor.doc.visit.itinerary[0]
    editor.select_stop(a)
    start = editor.form.widget("start")
    type_time(qtbot, start, "113", leave=False)
    assert editor.model.row_of(a) == 0  # still being typed
    QTest.keyClick(start, Qt.Key.Key_0)
    QTest.keyClick(start, Qt.Key.Key_Return)
    assert a.start == t("11:30")
    assert editor.doc.undo_stack.count() == 1
    assert editor.current_stop() is a


def test_arrow_keys_still_change_the_time_at_once(qtbot, editor):
    a = editor.doc.visit.itinerary[0]
    editor.select_stop(a)
    start = editor.form.widget("start")
    start.setFocus()
    start.setSelectedSection(QTimeEdit.Section.HourSection)
    QTest.keyClick(start, Qt.Key.Key_Up)
    assert a.start == t("10:00")


def test_a_click_in_the_hours_then_typing_replaces_them(qtbot, editor):
    a = editor.doc.visit.itinerary[0]
    editor.select_stop(a)
    start = editor.form.widget("start")
    line = start.lineEdit()
    line.setCursorPosition(1)  # between the two digits of "09", where a click lands
    where = line.cursorRect().center()
    line.setCursorPosition(5)
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(1)
    assert start.hasFocus()
    assert line.selectedText() == "09"
    QTest.keyClicks(start, "1130")
    QTest.keyClick(start, Qt.Key.Key_Return)
    assert a.start == t("11:30")


@pytest.fixture
def window(qtbot, editor):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(editor)
    undo = editor.doc.undo_stack.createUndoAction(window)
    undo.setShortcut("Ctrl+Z")
    window.addAction(undo)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_ctrl_z_in_a_time_date_or_number_box_undoes_in_the_document(qtbot, editor, window):
    a = editor.doc.visit.itinerary[0]
    editor.select_stop(a)
    start = editor.form.widget("start")
    type_time(qtbot, start, "1130")  # taken on leaving the field
    assert a.start == t("11:30")
    start.setFocus()
    QTest.keyClick(start, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert a.start == t("09:00")
    assert start.time().toString("HH:mm") == "09:00"
    # Half-typed, then Ctrl+Z: the typing is taken back, the field shows the stop's time.
    start.setSelectedSection(QTimeEdit.Section.HourSection)
    QTest.keyClicks(start, "12")
    QTest.keyClick(start, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert a.start == t("09:00") and start.time().toString("HH:mm") == "09:00"
    date = editor.form.widget("date")
    date.setFocus()
    QTest.keyClick(date, Qt.Key.Key_Up)  # the next day
    assert a.date == DAY + dt.timedelta(days=1)
    QTest.keyClick(date, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert a.date is None


def test_a_complete_time_is_kept_after_a_pause_without_leaving_the_field(qtbot, editor):
    """So that Ctrl+S straight after typing saves what the field shows."""
    a = editor.doc.visit.itinerary[0]
    editor.select_stop(a)
    start = editor.form.widget("start")
    type_time(qtbot, start, "113", leave=False)
    qtbot.wait(IDLE_MS + 300)
    assert a.start == t("09:00")  # "11:3" is not a time yet
    QTest.keyClick(start, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: a.start == t("11:30"), timeout=IDLE_MS + 2000)
    assert start.hasFocus() and start.text() == "11:30"
    assert editor.doc.undo_stack.count() == 1


def test_typing_a_time_in_the_table_takes_the_hour(qtbot, editor):
    a = editor.doc.visit.itinerary[0]
    table = editor.table
    index = editor.model.index(editor.model.row_of(a), START)
    table.setCurrentIndex(index)
    table.edit(index)
    box = table.findChild(TimeEdit)
    assert box is not None and box.text() == "09:00"
    box.setFocus()
    box.setSelectedSection(QTimeEdit.Section.HourSection)
    QTest.keyClicks(box, "1130")
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: a.start == t("11:30"))  # the view commits a moment later
    assert a.end == t("12:00")
    assert editor.current_stop() is a


def test_a_click_in_the_day_of_a_stop_date_then_typing_replaces_it(qtbot, editor):
    a = editor.doc.visit.itinerary[0]
    editor.select_stop(a)
    date = editor.form.widget("date")
    line = date.lineEdit()
    before = date.text()
    line.setCursorPosition(1)  # between the day's two digits
    where = line.cursorRect().center()
    line.setCursorPosition(len(before))
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(1)
    assert line.selectedText() == before[:2]
    QTest.keyClicks(date, "04")
    QTest.keyClick(date, Qt.Key.Key_Return)
    assert a.date is not None and a.date.day == 4
