"""The programme editor: time order, warnings where they are, add/duplicate/
delete/move, and the people picker."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt

from briefing.model import Details, Message, Person, Stop, Visit
from briefing.ui.commands import SetValue
from briefing.ui.document import VisitDocument
from briefing.ui.editors.programme import ProgrammeEditor
from briefing.ui.models.stops import DATE, END, START, TITLE, VENUE, WARNING_TINT

DAY = dt.date(2027, 6, 3)


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def stop(sid, start, end=None, **kw) -> Stop:
    return Stop(id=sid, title=kw.pop("title", sid.capitalize()), start=t(start), end=t(end) if end else None, **kw)


@pytest.fixture
def make(qtbot):
    def make(*stops, **kw):
        visit = Visit(details=Details(title="V", principal="P", start_date=DAY, end_date=DAY + dt.timedelta(days=1)))
        visit.itinerary = list(stops)
        for key, value in kw.items():
            setattr(visit, key, value)
        doc = VisitDocument(visit)
        editor = ProgrammeEditor(doc)
        qtbot.addWidget(editor)
        editor.resize(1000, 700)
        editor.show()
        return doc, editor

    return make


def titles(editor) -> list[str]:
    model = editor.model
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def test_rows_follow_date_and_time_not_file_order(make):
    doc, editor = make(stop("b", "11:00"), stop("a", "09:00"), stop("c", "08:00", date=DAY + dt.timedelta(days=1)))
    assert titles(editor) == ["A", "B", "C"]
    assert [s.id for s in doc.visit.itinerary] == ["b", "a", "c"]  # the file order is untouched


def test_editing_a_start_time_reorders_and_the_selection_follows(make):
    doc, editor = make(stop("a", "09:00", "09:30"), stop("b", "10:00", "10:30"), stop("c", "11:00"))
    model = editor.model
    editor.select_stop(doc.visit.itinerary[0])
    assert model.setData(model.index(0, START), t("10:45"))
    assert titles(editor) == ["B", "A", "C"]
    assert editor.current_stop() is doc.visit.itinerary[0]
    assert model.index(1, START).data() == "10:45"
    doc.undo_stack.undo()
    assert titles(editor) == ["A", "B", "C"]
    assert editor.current_stop() is doc.visit.itinerary[0]


def test_overlapping_stops_are_tinted_with_the_reason_in_a_tooltip(make):
    _doc, editor = make(
        stop("a", "09:00", "10:00", title="Accueil"), stop("b", "09:30", "10:30", title="Port"), stop("c", "11:00")
    )
    model = editor.model
    assert model.index(0, TITLE).data(Qt.ItemDataRole.BackgroundRole) == WARNING_TINT
    assert "Port" in model.index(0, START).data(Qt.ItemDataRole.ToolTipRole)
    assert "Accueil" in model.index(1, END).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, TITLE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(2, TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
    # Fixing the time clears the warning at once.
    model.setData(model.index(1, START), t("10:00"))
    assert model.index(0, TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, TITLE).data(Qt.ItemDataRole.ToolTipRole) is None


def test_end_before_start_and_unknown_person_are_explained(make):
    doc, editor = make(stop("a", "09:00", "08:00"), stop("b", "10:00", attendees=["ghost"]))
    model = editor.model
    assert "08:00" in model.index(0, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "ghost" in model.index(1, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    editor.select_stop(doc.visit.itinerary[1])
    assert editor.warning.isVisibleTo(editor) and "ghost" in editor.warning.text()


def test_new_stop_follows_the_last_one_of_the_day(make):
    doc, editor = make(stop("a", "09:00", "10:15"))
    editor.add_stop()
    new = doc.visit.itinerary[-1]
    assert (new.start, new.end, new.press, new.date) == (t("10:15"), t("10:45"), "closed", None)
    assert new.id not in {"a", ""} and editor.current_stop() is new
    empty_doc, empty = make()
    empty.add_stop()
    first = empty_doc.visit.itinerary[0]
    assert (first.start, first.end) == (t("09:00"), t("09:30"))


def test_duplicate_copies_everything_but_the_id(make):
    doc, editor = make(stop("a", "09:00", "10:00", venue="Port", attendees=["p"], notes="N"))
    editor.select_stop(doc.visit.itinerary[0])
    editor.duplicate_stop()
    original, twin = doc.visit.itinerary
    assert twin.id != original.id
    assert (twin.venue, twin.attendees, twin.notes, twin.start) == ("Port", ["p"], "N", original.start)
    twin.attendees.append("q")
    assert original.attendees == ["p"]  # a copy, not a shared list


def test_delete_is_one_undoable_step_and_unlinks_messages(make):
    doc, editor = make(stop("a", "09:00"), stop("b", "10:00"), messages=[Message("M", [], "b")])
    editor.select_stop(doc.visit.itinerary[1])
    editor.delete_stop()
    assert [s.id for s in doc.visit.itinerary] == ["a"]
    assert doc.visit.messages[0].stop == ""
    assert editor.current_stop() is doc.visit.itinerary[0]
    doc.undo_stack.undo()
    assert [s.id for s in doc.visit.itinerary] == ["a", "b"]
    assert doc.visit.messages[0].stop == "b"


def test_move_earlier_takes_the_previous_slot_keeping_durations(make):
    doc, editor = make(stop("a", "09:00", "10:00"), stop("b", "10:15", "10:45"), stop("c", "11:00", "11:30"))
    a, b, c = doc.visit.itinerary
    editor.select_stop(b)
    editor.move_stop(-1)
    assert (b.start, b.end) == (t("09:00"), t("09:30"))
    assert (a.start, a.end) == (t("09:45"), t("10:45"))  # the 15-minute gap is kept
    assert titles(editor) == ["B", "A", "C"] and editor.current_stop() is b
    assert doc.undo_stack.count() == 1  # one step
    editor.move_stop(1)  # and back down
    assert (b.start, a.start) == (t("10:15"), t("09:00"))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [(s.start, s.end) for s in (a, b, c)] == [
        (t("09:00"), t("10:00")),
        (t("10:15"), t("10:45")),
        (t("11:00"), t("11:30")),
    ]


def test_move_between_stops_at_the_same_time_reorders_them(make):
    doc, editor = make(stop("a", "09:00"), stop("b", "09:00"))
    editor.select_stop(doc.visit.itinerary[1])
    editor.move_stop(-1)
    assert titles(editor) == ["B", "A"]
    assert doc.visit.itinerary[0].id == "b"


def test_picker_checks_people_in_people_order_and_keeps_unknown_ids(make):
    people = [Person(id="p1", name="Élisabeth Roux", role="Préfète"), Person(id="p2", name="Jean Noël")]
    doc, editor = make(stop("a", "09:00", attendees=["ghost"]), attendees=people)
    picker = editor.picker
    model = picker.model
    assert model.rowCount() == 3  # two people and the unknown id
    assert "ghost" in model.index(2).data()
    model.setData(model.index(1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert doc.visit.itinerary[0].attendees == ["p1", "p2", "ghost"]
    model.setData(model.index(2), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert doc.visit.itinerary[0].attendees == ["p1", "p2"]
    assert model.rowCount() == 2
    picker.filter.setText("elisabeth")
    assert picker.proxy.rowCount() == 1
    assert editor.model.index(0, 6).data() == "2"
    doc.visit.itinerary[0].attendees.append("ghost")  # as a file might name someone unknown
    picker.model.set_stop(doc.visit.itinerary[0])
    editor.focus_path(("itinerary", 0, "attendees", 2))
    assert picker.proxy.mapToSource(picker.view.currentIndex()).row() == 2 and picker.filter.text() == ""


def test_focus_path_selects_the_stop_of_a_file_index(make):
    doc, editor = make(stop("late", "15:00"), stop("early", "08:00"))
    editor.focus_path(("itinerary", 0, "start"))
    assert editor.current_stop().id == "late"
    assert editor.table.currentIndex().column() == START
    editor.focus_path(("itinerary", 1, "notes"))
    assert editor.current_stop().id == "early"
    assert editor.form.obj is doc.visit.itinerary[1]


def test_form_and_table_show_the_same_edit(make):
    doc, editor = make(stop("a", "09:00", "10:00"))
    editor.select_stop(doc.visit.itinerary[0])
    editor.form.widget("end").check.setChecked(False)
    assert doc.visit.itinerary[0].end is None
    assert editor.model.index(0, END).data() == ""
    editor.form.widget("end").check.setChecked(True)
    assert doc.visit.itinerary[0].end == t("09:30")
    doc.undo_stack.undo()
    assert not editor.form.widget("end").check.isChecked()


def test_after_opening_another_visit_the_picker_shows_its_first_stop(make):
    doc, editor = make(stop("a", "09:00"))
    other = Visit(details=Details(title="W", principal="P", start_date=DAY))
    other.attendees = [Person(id="x", name="X")]
    other.itinerary = [stop("z", "10:00", attendees=["x"])]
    doc.replace(other, None)
    assert editor.current_stop() is other.itinerary[0]
    picker = editor.picker.model
    assert picker.stop is other.itinerary[0]
    assert picker.index(0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert editor.table.isColumnHidden(DATE)  # one day: no date column
    editor.add_stop()
    doc.push(SetValue(doc, "itinerary", doc.visit.itinerary[-1], "date", DAY + dt.timedelta(days=1), "t"))
    assert not editor.table.isColumnHidden(DATE)


def test_table_cell_editors_write_through_undoable_commands(make):
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    from briefing.ui.editors.datetime_fields import TimeEdit

    doc, editor = make(stop("a", "09:00"))
    table, model = editor.table, editor.model
    option = QStyleOptionViewItem()
    end_index = model.index(0, END)
    delegate = table.itemDelegateForColumn(END)
    time_edit = delegate.createEditor(table.viewport(), option, end_index)
    assert isinstance(time_edit, TimeEdit)
    delegate.setEditorData(time_edit, end_index)
    assert time_edit.text() == "09:30"  # no end yet: start + 30 minutes
    delegate.setModelData(time_edit, model, end_index)
    assert doc.visit.itinerary[0].end == t("09:30")
    press_index = model.index(0, 5)
    press = table.itemDelegateForColumn(5)
    combo = press.createEditor(table.viewport(), option, press_index)
    assert isinstance(combo, QComboBox) and combo.count() == 4
    combo.setCurrentIndex(combo.findData("pool"))
    press.setModelData(combo, model, press_index)
    assert doc.visit.itinerary[0].press == "pool"
    date_index = model.index(0, DATE)
    dates = table.itemDelegateForColumn(DATE)
    date_edit = dates.createEditor(table.viewport(), option, date_index)
    dates.setEditorData(date_edit, date_index)
    assert date_edit.value() == DAY
    dates.setModelData(date_edit, model, date_index)
    assert doc.visit.itinerary[0].date is None  # unchanged day stays implicit
    date_edit.set_value(DAY + dt.timedelta(days=1))
    dates.setModelData(date_edit, model, date_index)
    assert doc.visit.itinerary[0].date == DAY + dt.timedelta(days=1)
    assert doc.undo_stack.count() == 3
    for widget in (time_edit, combo, date_edit):
        widget.deleteLater()


def test_a_message_keeps_a_stop_id_that_no_stop_has(qtbot):
    from briefing.ui.editors.messages import MessagesEditor

    visit = Visit(details=Details(title="V", principal="P", start_date=DAY), itinerary=[stop("a", "09:00")])
    visit.messages = [Message("M", [], "gone")]
    doc = VisitDocument(visit)
    editor = MessagesEditor(doc)
    qtbot.addWidget(editor)
    editor.select_row(0)
    combo = editor.stop_combo
    assert combo.currentData() == "gone" and "gone" in combo.currentText()
    assert doc.undo_stack.count() == 0


def test_the_stop_banner_follows_edits_and_writes_dates_for_the_locale(make, qtbot):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        doc, editor = make(stop("a", "09:00", "09:30"), stop("b", "10:00", "10:30"))
        a = doc.visit.itinerary[0]
        editor.select_stop(a)
        title = editor.form.widget("title")
        qtbot.wait(10)  # first layout done
        where = title.mapTo(editor, QPoint(0, 0))
        assert editor.warning.text() == ""
        doc.push(SetValue(doc, "itinerary", a, "date", dt.date(2027, 12, 3), "Edit date", merge=False))
        assert editor.current_stop() is a
        assert "03/12/2027" in editor.warning.text() and "2027-12-03" not in editor.warning.text()
        qtbot.wait(1)
        assert title.mapTo(editor, QPoint(0, 0)) == where  # the form did not move
        doc.push(SetValue(doc, "itinerary", a, "date", DAY, "Edit date", merge=False))
        assert editor.warning.text() == ""  # not left saying "outside the visit's dates"
        doc.undo_stack.undo()
        assert "03/12/2027" in editor.warning.text()
    finally:
        QLocale.setDefault(before)


def test_the_table_shows_eight_rows_and_the_title_has_the_room(make, qtbot):
    stops = [stop(f"s{n}", f"{8 + n:02d}:00", f"{8 + n:02d}:30", venue="La Plateforme, hall") for n in range(12)]
    _doc, editor = make(*stops)
    editor.resize(680, 560)  # the editor's share of a 1280 x 800 window with the preview
    qtbot.wait(20)
    table = editor.table
    rows = table.viewport().height() // table.rowHeight(0)
    assert rows >= 8
    header = table.horizontalHeader()
    assert header.sectionSize(TITLE) >= max(header.sectionSize(c) for c in range(7) if c != TITLE)
    assert editor.form.widget("title").isVisibleTo(editor)


def test_the_split_between_table_and_form_is_remembered(make, qtbot):
    _doc, editor = make(stop("a", "09:00"))
    qtbot.wait(20)
    sizes = editor.splitter.sizes()
    editor.splitter.moveSplitter(sizes[0] - 60, 1)  # what dragging the handle does
    moved = editor.splitter.sizes()
    assert moved[0] < sizes[0]
    _doc2, again = make(stop("b", "10:00"))
    qtbot.wait(20)
    assert again.splitter.sizes() == moved


def test_in_a_narrow_window_the_venue_gives_way_to_the_title(make, qtbot):
    _doc, editor = make(stop("a", "09:00", venue="Préfecture du Rhône"))
    header = editor.table.horizontalHeader()
    editor.resize(1000, 560)
    qtbot.wait(10)
    wide_venue = header.sectionSize(VENUE)
    editor.resize(560, 560)
    qtbot.wait(10)
    assert header.sectionSize(VENUE) < wide_venue
    assert header.sectionSize(TITLE) >= header.sectionSize(VENUE)


def test_a_new_stop_never_reuses_a_deleted_stops_id(qtbot):
    from briefing.ui.document import VisitDocument
    from briefing.ui.editors import stop_actions

    visit = Visit(details=Details(title="T", start_date=dt.date(2027, 3, 18)))
    visit.itinerary = [stop(f"stop-{n}", f"0{n}:00") for n in (1, 2, 3)]
    doc = VisitDocument(visit)
    stop_actions.delete_stop(doc, visit.itinerary[2])
    fresh = stop_actions.new_stop(visit, None, doc)
    assert fresh.id == "stop-4"
    stop_actions.add_stop(doc, fresh, "Add stop")
    doc.undo_stack.undo()  # the added stop is taken back...
    assert stop_actions.new_stop(visit, None, doc).id == "stop-5"  # ...its id stays used


def test_with_nobody_in_people_the_picker_says_where_to_add_them_in_sight(make, qtbot):
    """The hint sat under an empty list that filled the pane, out of sight at 1024×768."""
    from briefing.ui.commands import InsertItem

    doc, editor = make(stop("a", "09:00", "09:30"))
    editor.resize(800, 560)  # the editor's room in a 1024×768 window
    editor.table.selectRow(0)
    picker = editor.picker
    qtbot.waitUntil(lambda: not picker.empty.visibleRegion().isEmpty())
    assert not picker.view.isVisible()
    doc.push(InsertItem(doc, "attendees", doc.visit.attendees, 0, Person(id="x", name="X"), "Add person"))
    assert picker.view.isVisible() and not picker.empty.isVisible()
