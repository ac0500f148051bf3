"""A time typed just before Ctrl+W counts as unsaved work: closing asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_close_asks_about_a_time_still_being_typed(window, sample, qtbot, dialogs):
    window.files.open_path(sample)
    window.activateWindow()
    qtbot.waitActive(window)
    editor = window.editors.show_section("itinerary")
    stop = window.doc.visit.ordered_stops()[0]
    editor.select_stop(stop)
    start = editor.form.widget("start")
    start.setFocus(Qt.FocusReason.MouseFocusReason)
    start.selectAll()
    QTest.keyClicks(start, "08")
    assert not window.doc.modified
    QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Cancel is answered
    assert any("Save the changes" in text for text in dialogs.texts())
    assert window.isVisible()
    assert stop.start.hour == 8
