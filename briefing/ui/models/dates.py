"""Dates shown the way the user's locale writes them, in numbers.

French reads 16/03/2027, American English 03/16/2027; the day name comes from
the locale too ("mar. 16/03"). The ISO form (2027-03-16) is for files only.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale


def numeric_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date with two-digit day and month and a four-digit year."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "MMM" in fmt or " " in fmt or not all(c in fmt for c in "dMy"):
        return "dd/MM/yyyy"
    fmt = re.sub(r"y+", "yyyy", fmt)
    fmt = re.sub(r"(?<!d)d(?!d)", "dd", fmt)
    return re.sub(r"(?<!M)M(?!M)", "MM", fmt)


def day_month_format(locale: QLocale | None = None) -> str:
    """Day and month only, in the locale's order ("dd/MM", "MM/dd")."""
    return re.sub(r"^[^dM]*yyyy[^dM]*|[^dM]*yyyy[^dM]*$", "", numeric_date_format(locale)) or "dd/MM"


def shown_params(params: dict) -> dict:
    """A finding's params for the user: its ISO ``date`` (as the model gives it) in the user's order."""
    if isinstance(params.get("date"), str):
        try:
            return dict(params, date=show_date(dt.date.fromisoformat(params["date"])))
        except ValueError:
            pass
    return params


def show_date(value: dt.date, locale: QLocale | None = None) -> str:
    """``value`` for the user: 16/03/2027 in French."""
    locale = locale or QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), numeric_date_format(locale))
