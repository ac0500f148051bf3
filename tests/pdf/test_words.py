"""French and English as each is printed, and content that earns its paper
(issue 8, items 5–8 and 14–19): read back from the built PDF."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
from pdf_helpers import build


def words(pdf, page: int) -> list[dict]:
    with pdfplumber.open(io.BytesIO(pdf.data)) as doc:
        return doc.pages[page].extract_words(extra_attrs=["size", "fontname"])


def test_one_day_cover_says_date(visit):
    visit.details.end_date = visit.details.start_date
    visit.itinerary = [s for s in visit.itinerary if s.date in (None, visit.details.start_date)]
    pdf = build(visit)
    assert "DATE\n" in pdf.pages[0] + "\n" and "DATES" not in pdf.pages[0]
    visit.details.end_date = visit.details.start_date + dt.timedelta(days=1)
    assert "DATES" in build(visit).pages[0]


def test_a_long_title_keeps_the_cover_on_one_page(visit):
    short = len(build(visit).reader.pages)
    visit.details.title = "Visite du secrétaire d’État chargé du numérique et des télécommunications " * 40
    pdf = build(visit)
    assert len(pdf.reader.pages) == short
    cover = pdf.pages[0]
    # Everything the cover holds is still on it, after the shortened title.
    assert "Cédric O" in cover and "ÉDITÉ LE" in cover and "…" in cover
    assert "Sommaire" in pdf.pages[1]


def test_the_principal_is_not_listed_among_each_stops_participants(visit, pack):
    detail = "\n".join(p for p in pack.pages if "PARTICIPANTS" in p)
    assert "Olivia Grégoire — Secrétaire" in detail
    assert "Cédric O — " not in detail
    # The data is unchanged: the principal still attends every stop.
    assert all("cedric-o" in s.attendees for s in visit.itinerary)
