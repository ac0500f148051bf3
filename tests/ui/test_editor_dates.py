"""Date fields as a press officer uses them: a "not set" date typed in the
locale's order, a calendar that opens near the visit, a clear button."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from briefing.model import Details, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors.details import DetailsEditor
from briefing.ui.models.dates import day_month_format, numeric_date_format


@pytest.fixture
def french():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def make(qtbot, french):
    def make(**details):
        doc = VisitDocument(Visit(details=Details(title="V", principal="P", **details)))
        editor = DetailsEditor(doc)
        qtbot.addWidget(editor)
        editor.resize(900, 700)
        editor.show()
        editor.activateWindow()
        qtbot.waitActive(editor)
        return doc, editor

    return make


def test_the_date_order_follows_the_locale():
    assert numeric_date_format(QLocale(QLocale.Language.French, QLocale.Country.France)) == "dd/MM/yyyy"
    assert numeric_date_format(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "MM/dd/yyyy"
    assert day_month_format(QLocale(QLocale.Language.French, QLocale.Country.France)) == "dd/MM"
    assert day_month_format(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "MM/dd"
    assert day_month_format(QLocale(QLocale.Language.Chinese, QLocale.Country.China)) in ("MM/dd", "M/d", "MM-dd")


def test_typing_a_date_into_a_field_not_set(make):
    doc, editor = make()
    first = editor.form.widget("start_date")
    assert first.text() == "" and first.placeholderText() == "Not set"
    first.setFocus()
    QTest.keyClicks(first, "03122026")
    assert doc.visit.details.start_date is None  # taken when the field is left
    QTest.keyClick(first, Qt.Key.Key_Return)
    assert doc.visit.details.start_date == dt.date(2026, 12, 3)
    assert first.text() == "03/12/2026"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.visit.details.start_date is None
    assert first.text() == ""


def test_tabbing_through_a_field_not_set_leaves_it_not_set(make, qtbot):
    doc, editor = make()
    first = editor.form.widget("start_date")
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Tab)
    assert doc.visit.details.start_date is None
    assert doc.undo_stack.count() == 0


def open_calendar(box) -> None:
    """Click the calendar button at the field's right end."""
    button = [b for b in box.findChildren(QToolButton) if b.isVisible()][-1]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_calendar_opens_near_the_visit_not_in_1900(make):
    _doc, editor = make(start_date=dt.date(2027, 3, 16))
    last = editor.form.widget("end_date")
    assert last.text() == "" and last.placeholderText() == "Same day"
    open_calendar(last)
    calendar = last.calendarWidget()
    assert calendar.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 3)
    calendar.hide()


def test_the_calendar_of_a_visit_without_dates_opens_on_this_month(make):
    _doc, editor = make()
    first = editor.form.widget("start_date")
    open_calendar(first)
    today = QDate.currentDate()
    calendar = first.calendarWidget()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.hide()


def test_the_last_day_has_a_clear_button(make):
    doc, editor = make(start_date=dt.date(2027, 3, 16), end_date=dt.date(2027, 3, 17))
    last = editor.form.widget("end_date")
    clear = last.parentWidget().findChild(QToolButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
    clear.click()
    assert doc.visit.details.end_date is None
    assert last.text() == ""


def test_a_date_started_and_left_is_stored_as_shown(make, qtbot):
    doc, editor = make()
    first = editor.form.widget("start_date")
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    QTest.keyClicks(first, QDate.currentDate().toString("dd"))  # the day it starts from: no change to report
    editor.form.widget("title").setFocus()  # leaves the field
    assert first.text() != ""
    assert doc.visit.details.start_date == first.value()
