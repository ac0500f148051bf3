"""Version 2 warnings: the transfer before an event, greeters nobody is, a second principal."""

from __future__ import annotations

import datetime as dt

from briefing.model import Details, Person, Stop, Visit, check_visit

DAY = dt.date(2027, 3, 16)


def at(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def visit(*stops: Stop, people=()) -> Visit:
    return Visit(Details(title="T", principal="P", start_date=DAY, language="fr"), list(stops), list(people))


def codes(v: Visit, code: str):
    return [f for f in check_visit(v) if f.code == code]


def test_transfer_longer_than_the_gap_names_both_items_the_gap_and_the_transfer():
    v = visit(
        Stop(id="a", start=at(9), end=at(9, 25), title="Arrivée"),
        Stop(id="b", start=at(9, 30), end=at(10), title="Accueil", transfer_minutes=10),
    )
    (finding,) = codes(v, "transfer-too-long")
    assert finding.path == ("itinerary", 1, "transfer_minutes")
    assert (
        finding.message == "Only 5 min between \u201cArrivée\u201d and \u201cAccueil\u201d; the transfer takes 10 min."
    )
    assert finding.params == {"stop": "Accueil", "other": "Arrivée", "gap": 5, "transfer": 10}


def test_gap_is_measured_from_the_latest_end_including_travel_legs_and_moments():
    v = visit(
        Stop(id="long", start=at(8), end=at(9, 50), title="Long"),
        Stop(id="short", start=at(9), end=at(9, 10), title="Court"),
        Stop(id="car", kind="travel", mode="car", start=at(9, 10), press=""),
        Stop(id="b", start=at(10), end=at(11), title="B", transfer_minutes=15),
    )
    (finding,) = codes(v, "transfer-too-long")
    assert finding.params["other"] == "Long" and finding.params["gap"] == 10


def test_enough_time_no_earlier_item_another_day_or_an_overlap_give_no_transfer_warning():
    ok = visit(
        Stop(id="a", start=at(9), end=at(9, 20), title="A"),
        Stop(id="b", start=at(9, 30), title="B", transfer_minutes=10),
    )
    first = visit(Stop(id="b", start=at(9, 30), title="B", transfer_minutes=10))
    other_day = visit(
        Stop(id="a", date=DAY - dt.timedelta(days=1), start=at(9), end=at(9, 25), title="A"),
        Stop(id="b", start=at(9, 30), title="B", transfer_minutes=10),
    )
    overlapping = visit(
        Stop(id="a", start=at(9), end=at(10), title="A"), Stop(id="b", start=at(9, 30), title="B", transfer_minutes=10)
    )
    same_start = visit(
        Stop(id="a", start=at(9, 30), end=at(10), title="A"),
        Stop(id="b", start=at(9, 30), title="B", transfer_minutes=10),
    )
    for v in (ok, first, other_day, overlapping, same_start):
        assert not codes(v, "transfer-too-long")
    assert codes(overlapping, "overlap")


def test_night_train_end_is_on_the_next_day_for_the_gap():
    v = visit(
        Stop(
            id="nuit", kind="travel", mode="train", start=at(22), end=at(6), venue="Paris", destination="Nice", press=""
        ),
        Stop(id="b", start=at(23), title="Souper", transfer_minutes=0),
    )
    assert not codes(v, "transfer-too-long")
    assert not codes(v, "end-before-start")
    assert [f.params["other"] for f in codes(v, "overlap")] == ["Train Paris \u2192 Nice"]


def test_met_by_nobody_and_a_second_principal():
    v = visit(
        Stop(id="a", start=at(9), title="A", met_by=["x", "ghost"]),
        people=[Person(id="x", name="X", category="principal"), Person(id="y", name="Y", category="principal")],
    )
    (greeter,) = codes(v, "unknown-greeter")
    assert greeter.path == ("itinerary", 0, "met_by", 1) and greeter.params["id"] == "ghost"
    (second,) = codes(v, "second-principal")
    assert second.path == ("attendees", 1, "category") and second.params == {"name": "Y", "other": "X"}
