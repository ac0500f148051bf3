"""A travel leg (format version 2) prints as a journey, not as a closed-to-press event."""

from __future__ import annotations

import datetime as dt

from briefing.model import Details, Stop, Visit

from .pdf_helpers import build


def visit(press: str = "") -> Visit:
    return Visit(
        Details(title="Visite", principal="Mme X", start_date=dt.date(2027, 3, 16), language="en"),
        [
            Stop(
                id="train", kind="travel", mode="train", start=dt.time(6, 7), end=dt.time(9, 21),
                venue="Paris Gare de Lyon", destination="Marseille Saint-Charles", reference="TGV 6101", press=press,
            ),
            Stop(id="school", start=dt.time(10), end=dt.time(11), title="Visit of the school", press="open"),
        ],
    )  # fmt: skip


def test_a_travel_leg_is_named_from_its_mode_and_places_and_has_no_press_badge():
    pdf = build(visit())
    # The faces have no arrow: the name prints with a dash, and no warning about a missing character.
    assert "Train Paris Gare de Lyon \u2013 Marseille Saint-Charles" in " ".join(pdf.text.split())
    assert not pdf.warnings
    assert "TGV 6101" in pdf.text
    assert pdf.text.count("CLOSED") == 1 and "Closed to the press" not in pdf.text  # the legend only
    assert "OPEN" in pdf.text  # the event keeps its badge


def test_a_travelling_pool_is_shown_as_for_an_event():
    assert "POOL" in build(visit("pool")).text


def test_the_glance_gives_a_legs_reference_where_an_event_gives_its_venue():
    pdf = build(visit())
    glance = next(page for page in pdf.pages if "at a glance" in page and "TIME" in page)
    assert "TGV 6101" in glance
