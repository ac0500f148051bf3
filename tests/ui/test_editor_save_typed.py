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
