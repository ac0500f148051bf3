"""A time typed just before Ctrl+S is saved, though the field still has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefing.storage import load_visit


def test_save_takes_the_time_still_being_typed(window, sample, qtbot):
    window.files.open_path(sample)
    window.activateWindow()
    qtbot.waitActive(window)
    editor = window.editors.show_section("itinerary")
    stop = window.doc.visit.ordered_stops()[0]
    editor.select_stop(stop)
    start = editor.form.widget("start")
    start.setFocus(Qt.FocusReason.TabFocusReason)
    start.selectAll()
    QTest.keyClicks(start, "0815")
    assert start.hasFocus()
    assert window.files.save()
    saved = load_visit(sample).visit
    assert [s.start.strftime("%H:%M") for s in saved.itinerary if s.id == stop.id] == ["08:15"]


def test_save_takes_a_time_still_being_typed_in_a_table_cell(window, sample, qtbot):
    from briefing.ui.editors.datetime_fields import TimeEdit
    from briefing.ui.models.stops import START

    window.files.open_path(sample)
    window.activateWindow()
    qtbot.waitActive(window)
    editor = window.editors.show_section("itinerary")
    stop = window.doc.visit.ordered_stops()[0]
    index = editor.model.index(editor.model.row_of(stop), START)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    cell = editor.table.findChild(TimeEdit)
    cell.setFocus()
    cell.selectAll()
    QTest.keyClicks(cell, "7h05")
    assert window.files.save()
    saved = load_visit(sample).visit
    assert [s.start.strftime("%H:%M") for s in saved.itinerary if s.id == stop.id] == ["07:05"]
