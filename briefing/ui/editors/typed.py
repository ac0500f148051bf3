"""Reading dates and times as people type them.

People type a date whole, in their language's order (18/03/2027, 18/3, 18.03.27,
180327, or 2027-03-18 anywhere), and a time as 9:30, 9h30, 930 or 9. A text that
is not a real date or time (31/02, 10:65, 25:00) is refused, never turned into
another one. No Qt here: the fields in inputs.py call these.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_PARTS = re.compile(r"\d+")
_DATE_TEXT = re.compile(r"[\d\s/.\-]+")


def date_order(fmt: str) -> str:
    """ "DMY", "MDY" or "YMD" from a display format such as "dd/MM/yyyy"."""
    places = sorted((fmt.find(c), c) for c in "dMy" if c in fmt)
    order = "".join({"d": "D", "M": "M", "y": "Y"}[c] for _i, c in places)
    return order if sorted(order) == ["D", "M", "Y"] else "DMY"


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) <= 2 else int(text)


def read_date(text: str, order: str, near: dt.date) -> dt.date | None:
    """The date ``text`` stands for, or None when it is not one.

    ``order`` is the language's ("DMY", "MDY", "YMD"); a date typed without its
    year (18/03, 1803) takes ``near``'s year, a day alone ``near``'s month too.
    """
    text = text.strip()
    iso = _ISO.fullmatch(text)
    if iso:
        fields = dict(zip("YMD", iso.groups(), strict=True))
    elif not _DATE_TEXT.fullmatch(text):
        return None
    else:
        parts = _PARTS.findall(text)
        if len(parts) == 1:
            parts = _split_digits(parts[0], order)
            if parts is None:
                return None
        if len(parts) == 2:
            fields = dict(zip(order.replace("Y", ""), parts, strict=True))
        elif len(parts) == 3:
            fields = dict(zip(order, parts, strict=True))
        elif len(parts) == 1:
            fields = {"D": parts[0]}
        else:
            return None
    if len(fields.get("Y", "")) not in (0, 2, 4) or any(len(v) > 2 for k, v in fields.items() if k != "Y"):
        return None
    year = _year(fields["Y"]) if "Y" in fields else near.year
    if not 1900 < year < 3000:  # "0027" is a typing slip, not the year 27
        return None
    month = int(fields["M"]) if "M" in fields else near.month
    try:
        return dt.date(year, month, int(fields["D"]))
    except ValueError:
        return None


def _split_digits(digits: str, order: str) -> list[str] | None:
    """Digits only: a day (1–2), day and month (4), with a year (6 or 8)."""
    if len(digits) <= 2:
        return [digits]
    if len(digits) == 4:
        return [digits[:2], digits[2:]]
    if len(digits) in (6, 8):
        year = len(digits) - 4
        widths = {"Y": year, "M": 2, "D": 2}
        parts, start = [], 0
        for key in order:
            parts.append(digits[start : start + widths[key]])
            start += widths[key]
        return parts
    return None


def date_complete(text: str) -> bool:
    """Whether ``text`` has a year: a date that needs nothing more typed."""
    digits = "".join(_PARTS.findall(text))
    return len(_PARTS.findall(text)) >= 3 or len(digits) in (6, 8)


_TIME = re.compile(r"(\d{1,2})(?:\s*[:h.]\s*(\d{2})?|\s+(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?")
_TIME_DIGITS = re.compile(r"(\d{1,2})(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?")


def read_time(text: str) -> dt.time | None:
    """The time ``text`` stands for (9:30, 9h30, 930, 9, 2:30 pm), or None."""
    text = text.strip().lower()
    match = _TIME_DIGITS.fullmatch(text)
    if match:
        hour, minute, half = match.group(1), match.group(2), match.group(3)
    else:
        match = _TIME.fullmatch(text)
        if not match:
            return None
        hour, minute, half = match.group(1), match.group(2) or match.group(3) or "0", match.group(4)
    hour, minute = int(hour), int(minute)
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


_COMPLETE_TIME = re.compile(r"\d{4}|\d{1,2}\s*[:h.]\s*\d{2}")


def time_complete(text: str) -> bool:
    """Whether ``text`` has its two minute digits after the hours ("113" may
    still become 11:30): a time that needs nothing more typed."""
    return _COMPLETE_TIME.fullmatch(text.strip().lower()) is not None
