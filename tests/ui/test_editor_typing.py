"""Typing a time or a date into the stop form with real key events, as a
press officer does: the value is taken when the field is complete or left,
and nothing reloads the field under the cursor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow

from briefing.model import Details, Stop, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors.datetime_fields import IDLE_MS, TimeEdit
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


def type_time(qtbot, widget: TimeEdit, keys: str, leave=True) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    widget.selectAll()
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
    assert start.text() == "11:30"
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
    QTest.keyClick(start, Qt.Key.Key_Up)
    assert a.start == t("09:15")
    QTest.keyClick(start, Qt.Key.Key_PageUp)
    assert a.start == t("10:15")


@pytest.mark.parametrize("where", ["hours", "minutes", "empty part"])
def test_a_click_anywhere_in_a_time_selects_it_whole_and_typing_replaces_it(qtbot, editor, where):
    a = editor.doc.visit.itinerary[0]
    editor.select_stop(a)
    start = editor.form.widget("start")
    start.setCursorPosition({"hours": 1, "minutes": 4, "empty part": 5}[where])
    point = start.cursorRect().center()
    if where == "empty part":
        point.setX(start.width() - 30)  # right of "09:00", where a click lands
    start.setCursorPosition(0)
    QTest.mouseClick(start, Qt.MouseButton.LeftButton, pos=point)
    qtbot.wait(1)
    assert start.hasFocus()
    assert start.selectedText() == "09:00"
    QTest.keyClicks(start, "14:45")
    QTest.keyClick(start, Qt.Key.Key_Return)
    assert a.start == t("14:45")


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
    assert start.text() == "09:00"
    # Half-typed, then Ctrl+Z: the typing is taken, then taken back.
    start.selectAll()
    QTest.keyClicks(start, "12")
    QTest.keyClick(start, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert a.start == t("09:00") and start.text() == "09:00"
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
    box.selectAll()
    QTest.keyClicks(box, "1130")
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: a.start == t("11:30"))  # the view commits a moment later
    assert a.end == t("12:00")
    assert editor.current_stop() is a


def test_a_click_in_a_stop_date_then_typing_a_day_replaces_it(qtbot, editor):
    a = editor.doc.visit.itinerary[0]
    editor.select_stop(a)
    date = editor.form.widget("date")
    before = date.text()
    date.setCursorPosition(1)  # between the day's two digits
    where = date.cursorRect().center()
    date.setCursorPosition(len(before))
    QTest.mouseClick(date, Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(1)
    assert date.selectedText() == before
    QTest.keyClicks(date, "04")
    QTest.keyClick(date, Qt.Key.Key_Return)
    assert a.date == DAY.replace(day=4)
