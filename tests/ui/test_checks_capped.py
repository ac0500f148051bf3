"""Thousands of warnings of one kind: the Checks panel lists some and counts the rest; the status bar says
what stops a save for what it is."""

from __future__ import annotations

import datetime as dt

from briefing.model import Details, Stop, Visit
from briefing.ui.mainwindow import warning_count


def test_a_problem_that_stops_a_save_is_called_so():
    assert warning_count(1, blocking=1) == "1 problem stops saving"
    assert warning_count(3, blocking=1) == "1 problem stops saving, 2 warnings"
    assert warning_count(2, blocking=2) == "2 problems stop saving"
    assert warning_count(1) == "1 warning"
    assert warning_count(0) == ""


def test_a_new_visit_says_what_stops_its_save(window):
    window.checks.refresh()
    assert window.warning_label.text() == "1 problem stops saving"


def test_thousands_of_overlaps_are_listed_up_to_a_cap_and_counted(window):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))  # counts grouped: 499,450
    try:
        visit = Visit(Details(title="T", principal="P", start_date=dt.date(2027, 3, 16)))
        visit.itinerary = [Stop(id=f"s{n}", title=f"S{n}", start=dt.time(9), end=dt.time(10)) for n in range(1000)]
        window.doc.replace(visit, None)
        window.checks.refresh()
        entries = window.checks.entries
        assert len(entries) == 51
        assert entries[-1].text == "…and 499,450 more overlaps."
        assert window.warning_label.text() == "499,500 warnings"
    finally:
        QLocale.setDefault(before)
