"""Dates and times typed the way people type them, in the interface language's
order; what cannot be read is said so, and never stored or turned into
another date or time."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from briefing.model import Details, Stop, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors.datetime_fields import DateEdit
from briefing.ui.editors.details import DetailsEditor
from briefing.ui.editors.programme import ProgrammeEditor
from briefing.ui.models.stops import DATE

FIRST = dt.date(2027, 6, 3)
MARCH_18 = dt.date(2027, 3, 18)


@pytest.fixture
def language():
    before = QLocale()

    def use(language, country):
        QLocale.setDefault(QLocale(language, country))

    yield use
    QLocale.setDefault(before)


@pytest.fixture
def french(language):
    language(QLocale.Language.French, QLocale.Country.France)


@pytest.fixture
def english(language):
    language(QLocale.Language.English, QLocale.Country.UnitedStates)


def visit() -> Visit:
    return Visit(
        details=Details(title="V", principal="P", start_date=FIRST, end_date=FIRST + dt.timedelta(days=1)),
        itinerary=[Stop(id="a", title="A", start=dt.time(9, 0), end=dt.time(9, 30))],
    )


def shown(qtbot, editor):
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def type_over(field, keys: str) -> None:
    field.setFocus(Qt.FocusReason.TabFocusReason)
    field.selectAll()
    QTest.keyClicks(field, keys)
    QTest.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize("keys", ["18/03/2027", "18/3/2027", "18/3", "18.03.27", "2027-03-18", "18032027", "1803"])
def test_a_date_typed_in_french_order_is_taken(qtbot, french, keys):
    doc = VisitDocument(visit())
    editor = shown(qtbot, DetailsEditor(doc))
    first = editor.form.widget("start_date")
    type_over(first, keys)
    assert doc.visit.details.start_date == MARCH_18
    assert first.text() == "18/03/2027"
    assert first.problem() == ""


@pytest.mark.parametrize("keys", ["03/18/2027", "3/18/2027", "3/18", "03.18.27", "2027-03-18", "03182027"])
def test_a_date_typed_in_english_order_is_taken(qtbot, english, keys):
    doc = VisitDocument(visit())
    editor = shown(qtbot, DetailsEditor(doc))
    first = editor.form.widget("start_date")
    type_over(first, keys)
    assert doc.visit.details.start_date == MARCH_18
    assert first.text() == "03/18/2027"


@pytest.mark.parametrize("keys", ["31/02/2027", "18/13/2027", "demain", "123"])
def test_a_date_that_cannot_be_read_is_said_so_and_not_stored(qtbot, french, keys):
    doc = VisitDocument(visit())
    editor = shown(qtbot, DetailsEditor(doc))
    first = editor.form.widget("start_date")
    type_over(first, keys)
    assert doc.visit.details.start_date == FIRST
    assert first.text() == keys  # shown as typed, flagged
    assert keys in first.problem() and "18/03/2027" in first.problem()
    assert first.toolTip() == first.problem()
    editor.form.widget("title").setFocus()  # leaving it stores nothing either
    assert doc.visit.details.start_date == FIRST
    assert doc.undo_stack.count() == 0
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Escape)
    assert first.text() == "03/06/2027" and first.problem() == ""


def test_erasing_a_date_and_leaving_keeps_it(qtbot, french):
    doc = VisitDocument(visit())
    editor = shown(qtbot, DetailsEditor(doc))
    first = editor.form.widget("start_date")
    first.setFocus()
    first.selectAll()
    QTest.keyClick(first, Qt.Key.Key_Backspace)
    assert first.hasFocus()
    editor.form.widget("title").setFocus()
    assert doc.visit.details.start_date == FIRST
    assert first.text() == "03/06/2027"


def test_a_stop_date_typed_in_the_form_and_in_the_table(qtbot, french):
    doc = VisitDocument(visit())
    editor = shown(qtbot, ProgrammeEditor(doc))
    stop = doc.visit.itinerary[0]
    editor.select_stop(stop)
    date = editor.form.widget("date")
    type_over(date, "4/6")
    assert stop.date == dt.date(2027, 6, 4)
    index = editor.model.index(editor.model.row_of(stop), DATE)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    cell = editor.table.findChild(DateEdit)
    assert cell is not None and cell.text() == "04/06/2027"
    type_over(cell, "05.06.27")
    qtbot.waitUntil(lambda: stop.date == dt.date(2027, 6, 5))


@pytest.mark.parametrize(
    ("keys", "expected"), [("9h30", "09:30"), ("930", "09:30"), ("9:30", "09:30"), ("14", "14:00")]
)
def test_times_typed_as_people_do(qtbot, french, keys, expected):
    doc = VisitDocument(visit())
    editor = shown(qtbot, ProgrammeEditor(doc))
    stop = doc.visit.itinerary[0]
    editor.select_stop(stop)
    start = editor.form.widget("start")
    type_over(start, keys)
    assert stop.start == dt.time.fromisoformat(expected)
    assert start.text() == expected


@pytest.mark.parametrize("keys", ["10:65", "25:00", "24h", "9h3"])
def test_an_impossible_time_is_refused_and_the_previous_one_kept(qtbot, english, keys):
    doc = VisitDocument(visit())
    editor = shown(qtbot, ProgrammeEditor(doc))
    stop = doc.visit.itinerary[0]
    editor.select_stop(stop)
    start = editor.form.widget("start")
    type_over(start, keys)
    assert stop.start == dt.time(9, 0) and stop.end == dt.time(9, 30)
    assert keys in start.problem() and "9:30" in start.problem()
    editor.form.widget("title").setFocus()
    assert stop.start == dt.time(9, 0)
    assert doc.undo_stack.count() == 0


def test_a_stop_on_the_first_day_shows_the_new_first_day(qtbot, french):
    from briefing.ui.commands import SetValue

    doc = VisitDocument(visit())
    editor = shown(qtbot, ProgrammeEditor(doc))
    stop = doc.visit.itinerary[0]
    editor.select_stop(stop)
    date = editor.form.widget("date")
    assert date.text() == "03/06/2027"
    doc.push(SetValue(doc, "details", doc.visit.details, "start_date", dt.date(2027, 6, 8), "Edit first day"))
    assert stop.date is None
    assert date.text() == "08/06/2027"


def test_an_impossible_time_in_a_table_cell_keeps_the_cell_open(qtbot, english):
    from briefing.ui.editors.datetime_fields import TimeEdit
    from briefing.ui.models.stops import START

    doc = VisitDocument(visit())
    editor = shown(qtbot, ProgrammeEditor(doc))
    stop = doc.visit.itinerary[0]
    index = editor.model.index(editor.model.row_of(stop), START)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    cell = editor.table.findChild(TimeEdit)
    type_over(cell, "25:00")
    qtbot.wait(10)
    assert cell.isVisible() and "25:00" in cell.problem()
    assert stop.start == dt.time(9, 0)
    cell.selectAll()
    QTest.keyClicks(cell, "8h15")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stop.start == dt.time(8, 15))
