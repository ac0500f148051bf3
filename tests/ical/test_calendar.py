"""Calendars read back with icalendar: zones, UIDs that survive revisions and moves, one person's part."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import icalendar

from briefing.ical import build_calendar
from briefing.model import Details, Person, Stop, Visit
from briefing.model.revisions import issue

UTC = dt.UTC


def visit(start=dt.date(2027, 3, 27), timezone="Europe/Paris") -> Visit:
    return Visit(
        Details(title="Visite", principal="Cédric O", start_date=start, end_date=start + dt.timedelta(days=1),
                timezone=timezone, revision=3),
        [
            Stop(id="arrivee", start=dt.time(9), end=dt.time(9, 30), title="Arrivée", venue="Parvis",
                 address="8 rue d'Hozier", press="pool", attendees=["co"], met_by=["cz"], speaking_minutes=5,
                 arrival="Entrée principale"),
            Stop(id="table", date=start + dt.timedelta(days=1), start=dt.time(9), end=dt.time(10),
                 title="Table ronde", attendees=["co", "om"]),
            Stop(id="nuit", kind="travel", mode="train", start=dt.time(22, 30), end=dt.time(7, 15), venue="Paris",
                 destination="Nice", attendees=["om"], press="", reference="Intercités de nuit 5773"),
        ],
        [Person(id="co", name="Cédric O", category="principal"), Person(id="cz", name="Cyril Zimmermann"),
         Person(id="om", name="Olivia Grégoire")],
    )  # fmt: skip


def events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_each_stop_is_an_event_with_its_zone_in_utc_across_the_change_to_summer_time():
    made = build_calendar(visit(), now=dt.datetime(2027, 3, 1, tzinfo=UTC))
    found = events(made.data)
    assert made.events == 3 and not made.warnings
    # 27 March is winter time (UTC+1), 28 March summer time (UTC+2).
    assert found["Arrivée"].decoded("dtstart").astimezone(UTC) == dt.datetime(2027, 3, 27, 8, tzinfo=UTC)
    assert found["Table ronde"].decoded("dtstart").astimezone(UTC) == dt.datetime(2027, 3, 28, 7, tzinfo=UTC)
    night = found["Train Paris \u2192 Nice"]
    assert night.decoded("dtend").astimezone(UTC) == dt.datetime(2027, 3, 28, 5, 15, tzinfo=UTC)  # the next morning
    cal = icalendar.Calendar.from_ical(made.data)
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert found["Arrivée"]["location"] == "Parvis, 8 rue d'Hozier"
    description = str(found["Arrivée"]["description"])
    assert "Presse\u00a0: pool" in description and "Accueil par\u00a0: Cyril Zimmermann" in description
    assert "Arrivée\u00a0: Entrée principale" in description and "Prise de parole\u00a0: 5\u00a0min" in description
    assert "Presse" not in str(night["description"]) and "Intercités de nuit 5773" in str(night["description"])
    assert all(int(e["sequence"]) == 3 for e in found.values())


def test_uids_stay_the_same_across_revisions_issue_and_a_move_to_other_dates():
    before = visit()
    uids = {str(e["summary"]): str(e["uid"]) for e in events(build_calendar(before).data).values()}
    issued = issue(before, dt.datetime(2027, 3, 1, 12))
    moved = replace(issued, details=replace(issued.details, start_date=dt.date(2027, 4, 10), title="Nouveau titre"))
    later = {
        str(e["summary"]): (str(e["uid"]), int(e["sequence"])) for e in events(build_calendar(moved).data).values()
    }
    assert {k: v[0] for k, v in later.items()} == uids
    assert {v[1] for v in later.values()} == {4}
    assert len(set(uids.values())) == 3
    assert not before.details.uid and not before.history  # making a calendar never changes the visit


def test_one_persons_calendar_holds_only_their_stops():
    made = build_calendar(visit(), person_id="om")
    assert sorted(events(made.data)) == ["Table ronde", "Train Paris \u2192 Nice"]
    greeter = build_calendar(visit(), person_id="cz")
    assert sorted(events(greeter.data)) == ["Arrivée"]  # met_by counts
    assert "Olivia Grégoire" in icalendar.Calendar.from_ical(made.data)["x-wr-calname"]


def test_unknown_time_zone_gives_floating_times_and_a_warning():
    made = build_calendar(visit(timezone="Mars/Olympus_Mons"))
    assert [w.code for w in made.warnings] == ["unknown-timezone"]
    start = events(made.data)["Arrivée"].decoded("dtstart")
    assert start == dt.datetime(2027, 3, 27, 9) and start.tzinfo is None
    assert b"VTIMEZONE" not in made.data
