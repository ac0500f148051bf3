"""The spec's consistency rules, as the model applies them."""

import datetime as dt
import io

import pytest
from PIL import Image

from briefing.model import Details, Message, Person, Stop, Visit, check_visit, format_path
from briefing.model.checks import stops_overlap

D = dt.date(2027, 6, 3)


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def stop(sid, start, end=None, **kw) -> Stop:
    return Stop(id=sid, title=sid, start=t(start), end=t(end) if end else None, **kw)


def visit(*stops, **kw) -> Visit:
    return Visit(details=Details(title="V", principal="P", start_date=D), itinerary=list(stops), **kw)


def codes(v: Visit) -> list[str]:
    return [f.code for f in check_visit(v)]


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (("09:00", "10:00"), ("09:30", "10:30"), True),
        (("09:00", "10:00"), ("10:00", "10:30"), False),  # touching ends do not overlap
        (("09:00", "10:00"), ("08:00", "09:00"), False),
        (("09:00", "10:00"), ("09:15", "09:45"), True),
        (("09:00", None), ("08:30", "09:30"), True),  # a moment during a stop
        (("09:00", None), ("09:00", "09:30"), True),  # a moment at a stop's start
        (("09:30", None), ("09:00", "09:30"), False),  # a moment at a stop's end
        (("09:00", None), ("09:00", None), True),
        (("09:00", None), ("09:01", None), False),
    ],
)
def test_overlap_rule_follows_spec(a, b, overlap):
    sa, sb = stop("a", *a), stop("b", *b)
    assert stops_overlap(sa, sb) is overlap
    assert stops_overlap(sb, sa) is overlap


def test_overlap_only_on_the_same_day():
    other_day = stop("b", "09:30", "10:30", date=D + dt.timedelta(days=1))
    v = visit(stop("a", "09:00", "10:00"), other_day)
    v.details.end_date = D + dt.timedelta(days=1)
    assert codes(v) == []
    other_day.date = None  # defaults to the first day: now they clash
    assert codes(v) == ["overlap"]
    assert check_visit(v)[0].path == ("itinerary", 1, "start")


def test_end_before_start_and_outside_dates():
    v = visit(stop("a", "10:00", "09:00"), stop("b", "11:00", "12:00", date=D + dt.timedelta(days=4)))
    findings = check_visit(v)
    assert [(f.code, format_path(f.path)) for f in findings] == [
        ("end-before-start", "itinerary[0].end"),
        ("stop-outside-dates", "itinerary[1].date"),
    ]
    assert "10:00" in findings[0].message and "09:00" in findings[0].message


def test_unknown_attendee_and_unknown_stop():
    v = visit(stop("a", "09:00", "10:00", attendees=["co", "ghost"]))
    v.attendees = [Person(id="co", name="Cédric O")]
    v.messages = [Message(headline="H", stop="a"), Message(headline="K", stop="nowhere")]
    findings = check_visit(v)
    assert [(f.code, f.where) for f in findings] == [
        ("unknown-attendee", "itinerary[0].attendees[1]"),
        ("unknown-stop", "messages[1].stop"),
    ]
    assert "ghost" in findings[0].message and "nowhere" in findings[1].message


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "PNG")
    return out.getvalue()


def test_photos_checked_without_decoding_huge_images():
    v = visit()
    v.attendees = [
        Person(id="ok", name="Ok", photo=png(40, 40)),
        Person(id="junk", name="Junk", photo=b"not an image"),
        Person(id="huge", name="Huge", photo=png(12000, 12000)),
        Person(id="gif", name="Gif", photo=b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
    ]
    findings = check_visit(v)
    assert [f.where for f in findings] == ["attendees[1].photo", "attendees[2].photo", "attendees[3].photo"]
    assert "12000" in findings[1].message
    assert all(f.code == "bad-photo" for f in findings)


def test_ordered_stops_sorts_by_day_then_time():
    late = stop("late", "08:00", date=D + dt.timedelta(days=1))
    v = visit(late, stop("b", "11:00"), stop("a", "09:00"))
    assert [s.id for s in v.ordered_stops()] == ["a", "b", "late"]
