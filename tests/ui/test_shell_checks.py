"""The checks panel: a click goes to the item, icons by severity, as tall as its warnings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from briefing.ui.commands import SetValue


def make_warnings(window, count: int) -> None:
    """``count`` events ending before they start (one warning each), on a visit that can be saved.

    Events only: a travel leg that ends before it starts is a night train, with no warning.
    """
    for stop in [s for s in window.doc.visit.itinerary if not s.is_travel][:count]:
        window.doc.push(SetValue(window.doc, "itinerary", stop, "end", dt.time(0, 1), "Edit end", merge=False))
    window.checks.refresh()


def test_a_single_click_on_a_warning_goes_to_it(window, sample, qtbot):
    window.files.open_path(sample)
    make_warnings(window, 1)
    window.editors.show_section("contacts")
    first = next(i for i, s in enumerate(window.doc.visit.itinerary) if not s.is_travel)
    row = next(i for i, e in enumerate(window.checks.entries) if e.path == ("itinerary", first, "end"))
    lst = window.checks.list
    rect = lst.visualItemRect(lst.item(row))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editors.currentIndex() == window.editors.keys.index("itinerary")


def test_warnings_have_the_warning_icon_and_what_stops_a_save_the_error_icon(window, sample):
    from briefing.ui.icons import icon

    warning_key = icon("warning").pixmap(16, 16).toImage()
    error_key = icon("error").pixmap(16, 16).toImage()
    window.checks.refresh()  # a new visit: its missing first day stops a save
    assert window.checks.list.item(0).icon().pixmap(16, 16).toImage() == error_key
    window.files.open_path(sample)
    make_warnings(window, 1)
    assert not any(e.blocking for e in window.checks.entries)
    assert window.checks.list.item(0).icon().pixmap(16, 16).toImage() == warning_key


def test_the_panel_is_one_line_when_all_is_well_and_grows_with_the_warnings(window, sample, qtbot):
    window.files.open_path(sample)
    window.checks.refresh()
    lst = window.checks.list
    if window.checks.entries:  # the sample itself warns about something: start from that many
        base = len(window.checks.entries)
    else:
        base = 0
        row = lst.sizeHintForRow(0)
        assert lst.maximumHeight() <= row + 2 * lst.frameWidth() + 4
    one_line = lst.maximumHeight()
    make_warnings(window, 3)
    assert len(window.checks.entries) >= base + 3
    assert lst.maximumHeight() > one_line
    qtbot.waitUntil(lambda: window.checks.list.height() > one_line, timeout=2000)
    make_warnings(window, len(window.doc.visit.itinerary))
    rows = sum(lst.sizeHintForRow(r) for r in range(6))
    assert lst.maximumHeight() <= rows + 2 * lst.frameWidth() + 4  # then it scrolls


def test_the_status_bar_count_has_the_panels_severity(window, sample):
    from briefing.ui.icons import icon

    def key(i):
        return i.pixmap(16, 16).toImage()

    window.checks.refresh()  # a new visit: no first day, which stops a save
    assert key(window.warning_label.icon()) == key(icon("error"))
    window.files.open_path(sample)
    make_warnings(window, 1)
    assert key(window.warning_label.icon()) == key(icon("warning"))


def test_a_stop_outside_the_dates_is_dated_the_users_way_not_in_iso(window, sample):
    """The Checks panel says 19/03/2027 in French, as the stop's own banner does (issue 7 item 23)."""
    from PySide6.QtCore import QLocale

    window.files.open_path(sample)
    stop = next(s for s in window.doc.visit.itinerary if not s.is_travel)
    day = window.doc.visit.details.last_date + dt.timedelta(days=1)
    window.doc.push(SetValue(window.doc, "itinerary", stop, "date", day, "Edit date", merge=False))
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        window.checks.refresh()
        (text,) = [
            e.text for e in window.checks.entries if e.path[:2] == ("itinerary", window.doc.visit.itinerary.index(stop))
        ]
    finally:
        QLocale.setDefault(before)
    assert day.strftime("%d/%m/%Y") in text and day.isoformat() not in text
