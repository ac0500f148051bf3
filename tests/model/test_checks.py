"""The spec's consistency rules, as the model applies them."""

import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from briefing.model import Details, Message, Person, Stop, Visit, check_visit, format_path
from briefing.model.checks import MAX_OF_A_KIND, _overlaps, check_stops, stops_overlap

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


# --- overlaps: counted by a sort and a sweep, listed up to a cap -------------------------------


minutes_of_day = st.integers(0, 24 * 60 - 1)


@st.composite
def day_of_stops(draw):
    out = []
    for n in range(draw(st.integers(0, 25))):
        start = draw(st.integers(8 * 60, 9 * 60))  # crowded: many overlaps
        end = draw(st.none() | st.integers(8 * 60, 10 * 60))
        out.append(
            Stop(
                id=f"s{n}",
                title=f"S{n}",
                start=dt.time(start // 60, start % 60),
                end=None if end is None else dt.time(end // 60, end % 60),
            )
        )
    return out


@settings(max_examples=300, deadline=None)
@given(day_of_stops())
def test_the_sweep_counts_and_lists_exactly_the_overlapping_pairs(stops):
    brute = {(i, j) for i in range(len(stops)) for j in range(i + 1, len(stops)) if stops_overlap(stops[i], stops[j])}
    found, total = _overlaps(stops, list(range(len(stops))), 10_000)
    assert total == len(brute)
    assert {tuple(sorted((f.params["other_index"], f.path[1]))) for f in found} == brute


def test_thousands_of_stops_at_one_hour_give_a_capped_list_and_a_count():
    visit = Visit(Details(title="T", principal="P", start_date=dt.date(2027, 3, 16)))
    visit.itinerary = [Stop(id=f"s{n}", title=f"S{n}", start=dt.time(9), end=dt.time(10)) for n in range(2500)]
    findings = check_visit(visit)
    overlaps = [f for f in findings if f.code == "overlap"]
    (more,) = [f for f in findings if f.code == "more"]
    assert len(overlaps) == MAX_OF_A_KIND
    assert more.params == {"code": "overlap", "count": 2500 * 2499 // 2 - MAX_OF_A_KIND}
    assert more.message == f"\u2026and {2500 * 2499 // 2 - MAX_OF_A_KIND:,} more overlaps."
    assert len(check_stops(visit)) == MAX_OF_A_KIND + 1
