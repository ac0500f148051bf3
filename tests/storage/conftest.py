"""Helpers for the storage tests: a minimal valid file and a way to see why a text is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import Contact, Details, Message, Person, Question, Stop, Visit
from briefing.storage import VisitFileError, read_visit

MINIMAL = """\
format: briefing-visit
version: 1
visit:
  title: Visite
  principal: Mme X
  start_date: 2026-03-12
"""


def visit_text(extra: str = "", head: str = MINIMAL) -> str:
    """The minimal file followed by ``extra``: its first added line is line 7."""
    return head + extra


def refused(text: str | bytes) -> VisitFileError:
    with pytest.raises(VisitFileError) as info:
        read_visit(text)
    return info.value


def sample_visit() -> Visit:
    return Visit(
        Details(
            title="Visite à Marseille",
            principal="Cédric O",
            start_date=dt.date(2026, 3, 12),
            end_date=dt.date(2026, 3, 13),
            status="final",
            revision=2,
            objectives=["Saluer", "Annoncer"],
            summary="Deux jours.\n\nDes rencontres.\n",
        ),
        [
            Stop(id="a", start=dt.time(9, 30), end=dt.time(10, 0), title="Arrivée", attendees=["p"]),
            Stop(id="b", date=dt.date(2026, 3, 13), start=dt.time(14, 30), title="Visite", press="pool"),
        ],
        [Person(id="p", name="Cédric O", category="principal", phone="0612345678")],
        [Message(headline="Un message", points=["un point"], stop="b")],
        [Question("Combien ?", "Beaucoup.")],
        ["Grève"],
        [Contact(name="Chef de cabinet", phone="+33 6 00 00 00 00")],
    )


# Test modules are imported without packages (--import-mode=importlib): share through fixtures.
@pytest.fixture
def text_with():
    return visit_text


@pytest.fixture
def refuse():
    return refused


@pytest.fixture
def sample():
    return sample_visit()
