"""A start that carries its end along: a stop's times, the visit's days.

Changing when something starts moves its end by as much, as calendars do, so
a stop keeps its length and a three-day visit stays three days. Typing a time
digit by digit is one undo step, as typing text is. An end before its start
is pulled back to the start.
"""

from __future__ import annotations

import datetime as dt

from briefing.ui.commands import DocCommand
from briefing.ui.document import Edit, VisitDocument

_SPAN_ID = 1101
LAST_MINUTE = 23 * 60 + 59


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def shifted(old_start, new_start, end):
    """``end`` moved by ``new_start - old_start`` (times stay within the day)."""
    if end is None or old_start is None or new_start is None:
        return end
    if isinstance(end, dt.date):
        return end + (new_start - old_start)
    m = max(0, min(LAST_MINUTE, _minutes(end) + _minutes(new_start) - _minutes(old_start)))
    return dt.time(m // 60, m % 60)


class SetSpan(DocCommand):
    """Set ``obj.<start_attr>`` and move ``obj.<end_attr>`` along; typing merges."""

    def __init__(self, doc: VisitDocument, section: str, obj, attrs: tuple[str, str], start, text: str, merge=True):
        super().__init__(doc, text)
        self.section, self.obj, self.attrs = section, obj, attrs
        start_attr, end_attr = attrs
        self.old = (getattr(obj, start_attr), getattr(obj, end_attr))
        self.new = (start, shifted(self.old[0], start, self.old[1]))
        self.merge = merge

    def id(self) -> int:
        return _SPAN_ID if self.merge else -1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, SetSpan) or not other.merge or other.obj is not self.obj or other.attrs != self.attrs:
            return False
        # Measured from where this run began, so the end keeps the first length.
        self.new = (other.new[0], shifted(self.old[0], other.new[0], self.old[1]))
        return True

    def _apply(self, values) -> None:
        for attr, value in zip(self.attrs, values, strict=True):
            setattr(self.obj, attr, value)
        for attr in self.attrs:
            self.notify(Edit("set", self.section, obj=self.obj, attr=attr))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


def not_before(start):
    """A cleaner for an end field: never before ``start(obj)``."""

    def clean(obj, value):
        first = start(obj)
        return first if value is not None and first is not None and value < first else value

    return clean
