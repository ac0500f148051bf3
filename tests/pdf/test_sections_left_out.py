"""A section with nothing in it is left out: no empty heading, no contents or outline entry."""

from __future__ import annotations

import datetime as dt

from pdf_helpers import build

from briefing.model import Details, Message, Visit


def test_bare_visit_is_a_cover_alone():
    visit = Visit(Details(title="Visite", principal="Cédric O", start_date=dt.date(2027, 6, 3)))
    pdf = build(visit)
    assert len(pdf.pages) == 1
    assert pdf.outline() == []
    assert "Sommaire" not in pdf.text


def test_only_messages(visit):
    visit.itinerary = []
    visit.attendees = []
    visit.qa = []
    visit.sensitivities = ["  "]
    visit.contacts = []
    visit.details.objectives = []
    visit.details.summary = ""
    pdf = build(visit)
    assert pdf.outline() == ["Messages clés"]
    for gone in (
        "Objet de la visite",
        "Programme",
        "Qui est qui",
        "Questions-réponses",
        "Points de vigilance",
        "Contacts",
    ):
        assert gone not in pdf.text
    assert "Sommaire" in pdf.text


def test_blank_items_do_not_make_a_section(visit):
    visit.messages = [Message("", [])]
    pdf = build(visit)
    assert "Messages clés" not in pdf.text
