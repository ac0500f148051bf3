"""What Add, Duplicate, Delete and Move do to the programme, as undo commands.

The table is ordered by time, so moving a stop "earlier" means it takes the
previous stop's time slot and the previous stop follows it: both keep their
durations and the gap between them. Stops at the very same time are reordered
in the file instead.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QCoreApplication

from briefing.model import Stop, Visit
from briefing.ui.commands import InsertItem, MoveItem, RemoveItem, SetValue
from briefing.ui.document import VisitDocument
from briefing.ui.editors.ids import new_id

DEFAULT_START = dt.time(9, 0)
DEFAULT_MINUTES = 30
LAST_MINUTE = 23 * 60 + 59


translate = QCoreApplication.translate


def minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def at(m: int) -> dt.time:
    m = max(0, min(LAST_MINUTE, m))
    return dt.time(m // 60, m % 60)


def new_stop_id(visit: Visit, doc: VisitDocument | None = None) -> str:
    """``stop-N``; with the document, never an id it has known (a deleted stop's included)."""
    if doc is not None:
        return new_id(doc, "stop", numbered=True)
    return visit.new_id("stop", visit.ids_ever_used("itinerary"))


def new_stop(visit: Visit, day: dt.date | None, doc: VisitDocument | None = None, kind: str = "event") -> Stop:
    """A stop after the last one of ``day`` (else at 09:00), 30 minutes long, closed to press.

    A travel leg (``kind="travel"``) goes by car, says nothing of the press and
    leaves from where the stop before it was.
    """
    day = day or visit.details.start_date
    same_day = [s for s in visit.itinerary if visit.stop_date(s) == day and s.start]
    start = DEFAULT_START
    last = None
    if same_day:
        last = max(same_day, key=lambda s: s.end or s.start)
        start = last.end or last.start
    stop = Stop(
        id=new_stop_id(visit, doc),
        # A stop on the first day keeps no date of its own and follows the visit if it moves.
        date=None if day == visit.details.start_date else day,
        start=start,
        end=at(minutes(start) + DEFAULT_MINUTES),
        press="closed",
    )
    if kind == "travel":
        stop.kind, stop.mode, stop.press = "travel", "car", ""
        stop.end = at(minutes(start) + 20)
        if last is not None:
            stop.venue = last.destination if last.is_travel else last.venue
    return stop


def duplicate(visit: Visit, stop: Stop, doc: VisitDocument | None = None) -> Stop:
    twin = copy.deepcopy(stop)
    twin.id = new_stop_id(visit, doc)
    return twin


def add_stop(doc: VisitDocument, stop: Stop, text: str) -> None:
    doc.push(InsertItem(doc, "itinerary", doc.visit.itinerary, len(doc.visit.itinerary), stop, text))


def insert_after(doc: VisitDocument, original: Stop, stop: Stop, text: str) -> None:
    itinerary = doc.visit.itinerary
    index = next(i for i, s in enumerate(itinerary) if s is original) + 1
    doc.push(InsertItem(doc, "itinerary", itinerary, index, stop, text))


def delete_stop(doc: VisitDocument, stop: Stop) -> None:
    """Remove the stop; messages that pointed at it point nowhere (one undo step)."""
    visit = doc.visit
    stack = doc.undo_stack
    stack.beginMacro(translate("ProgrammeEditor", "Delete stop"))
    for message in visit.messages:
        if message.stop and message.stop == stop.id:
            doc.push(
                SetValue(doc, "messages", message, "stop", "", translate("ProgrammeEditor", "Delete stop"), merge=False)
            )
    index = next(i for i, s in enumerate(visit.itinerary) if s is stop)
    doc.push(RemoveItem(doc, "itinerary", visit.itinerary, index, translate("ProgrammeEditor", "Delete stop")))
    stack.endMacro()


def swap_slots(doc: VisitDocument, first: Stop, second: Stop, text: str) -> None:
    """``second`` (just after ``first`` in time) takes ``first``'s slot; ``first`` follows it."""
    visit = doc.visit
    stack = doc.undo_stack
    itinerary = visit.itinerary
    same_day = visit.stop_date(first) == visit.stop_date(second)
    same_time = same_day and first.start == second.start
    stack.beginMacro(text)
    if not same_time and first.start and second.start:
        gap = 0
        if same_day:
            gap = max(0, minutes(second.start) - minutes(first.end or first.start))
        len1, len2 = first.duration_minutes(), second.duration_minutes()
        new_second_start = minutes(first.start)
        new_second_end = new_second_start + len2 if len2 is not None else None
        new_first_start = (new_second_end if new_second_end is not None else new_second_start) + gap
        changes = [
            (second, "date", first.date),
            (second, "start", at(new_second_start)),
            (second, "end", at(new_second_end) if new_second_end is not None else None),
            (first, "start", at(new_first_start)),
            (first, "end", at(new_first_start + len1) if len1 is not None else None),
        ]
        for stop, attr, value in changes:
            if getattr(stop, attr) != value:
                doc.push(SetValue(doc, "itinerary", stop, attr, value, text, merge=False))
    # Equal times are ordered by position in the file: put ``second`` first.
    i = next(k for k, s in enumerate(itinerary) if s is first)
    j = next(k for k, s in enumerate(itinerary) if s is second)
    if j > i and (same_time or (first.start == second.start and visit.stop_date(first) == visit.stop_date(second))):
        doc.push(MoveItem(doc, "itinerary", itinerary, j, i, text))
    stack.endMacro()
