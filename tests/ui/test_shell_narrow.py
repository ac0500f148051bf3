"""Narrow windows: the preview makes room by itself (issue 7 item 33)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from briefing.ui.models.stops import TITLE


def visible_scroll_areas(editor):
    return [area for area in editor.findChildren(QScrollArea) if area.isVisible()]


@pytest.mark.parametrize("size", [(1024, 768), (1100, 700)])
def test_below_1200_pixels_the_preview_makes_room(make_window, sample, qtbot, size):
    window = make_window()
    window.files.open_path(sample)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    assert window.preview.isHidden()
    assert window.settings.preview_visible()  # the user's choice is kept for wider windows
    programme = window.editors.show_section("itinerary")
    qtbot.wait(20)
    letters = programme.table.columnWidth(TITLE) // programme.table.fontMetrics().averageCharWidth()
    assert letters >= 25, f"the title column shows {letters} letters"
    for key in ("attendees", "messages"):
        editor = window.editors.show_section(key)
        qtbot.wait(20)
        for area in visible_scroll_areas(editor):
            assert not area.horizontalScrollBar().isVisible(), f"{key} scrolls sideways"

    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.preview.isVisible()
    assert window.actions_.preview.isChecked()


def test_the_user_can_still_show_the_preview_in_a_narrow_window(make_window, qtbot):
    window = make_window()
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert window.preview.isHidden()
    window.actions_.preview.setChecked(True)
    assert window.preview.isVisible()
    window.resize(1000, 768)
    qtbot.waitUntil(lambda: window.width() == 1000)
    assert window.preview.isVisible()  # asked for: it stays
    window.actions_.preview.setChecked(False)
    assert not window.settings.preview_visible()
    window.resize(1300, 800)
    qtbot.waitUntil(lambda: window.width() == 1300)
    assert window.preview.isHidden()  # hidden by the user: stays hidden
