"""Reading typed dates and times (no Qt): every form people type, and nothing
that is not a real date or time."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.ui.editors.typed import date_complete, date_order, read_date, read_time, time_complete

NEAR = dt.date(2027, 6, 3)


def test_the_order_comes_from_the_display_format():
    assert [date_order(f) for f in ("dd/MM/yyyy", "MM/dd/yyyy", "yyyy-MM-dd", "dd.MM.yyyy")] == [
        "DMY",
        "MDY",
        "YMD",
        "DMY",
    ]


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("18/03/2027", "DMY", dt.date(2027, 3, 18)),
        (" 18 / 3 / 27 ", "DMY", dt.date(2027, 3, 18)),
        ("18-03-2027", "DMY", dt.date(2027, 3, 18)),
        ("180327", "DMY", dt.date(2027, 3, 18)),
        ("7", "DMY", dt.date(2027, 6, 7)),
        ("3/18/27", "MDY", dt.date(2027, 3, 18)),
        ("0318", "MDY", dt.date(2027, 3, 18)),
        ("2027/03/18", "YMD", dt.date(2027, 3, 18)),
        ("20270318", "YMD", dt.date(2027, 3, 18)),
        ("2027-3-18", "MDY", dt.date(2027, 3, 18)),
    ],
)
def test_dates_read(text, order, expected):
    assert read_date(text, order, NEAR) == expected


@pytest.mark.parametrize("text", ["29/02/2027", "0/3/2027", "18/03/0027", "18/03/202", "1/2/3/4", "18032", "mars", ""])
def test_dates_refused(text):
    assert read_date(text, "DMY", NEAR) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:30", "09:30"),
        ("9h30", "09:30"),
        ("9 h 30", "09:30"),
        ("9.30", "09:30"),
        ("930", "09:30"),
        ("0930", "09:30"),
        ("9", "09:00"),
        ("9h", "09:00"),
        ("23:59", "23:59"),
        ("0:00", "00:00"),
        ("2:30 pm", "14:30"),
        ("12am", "00:00"),
    ],
)
def test_times_read(text, expected):
    assert read_time(text) == dt.time.fromisoformat(expected)


@pytest.mark.parametrize("text", ["10:65", "25:00", "24:00", "9h3", "13 pm", "12345", "midi", "", "-1"])
def test_times_refused(text):
    assert read_time(text) is None


def test_complete_texts_need_nothing_more():
    assert time_complete("11:30") and time_complete("1130") and time_complete("9h30")
    assert not time_complete("113") and not time_complete("11:3") and not time_complete("9h")
    assert date_complete("18/03/2027") and date_complete("180327")
    assert not date_complete("18/03") and not date_complete("1803")
