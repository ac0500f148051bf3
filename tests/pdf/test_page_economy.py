"""Paper: a stop may split between pages (its head kept whole, the rest going
on under its title marked "(suite)"), short sections share a page, and the
share of blank text area stays under 15% (read back with pdfplumber)."""

from __future__ import annotations

import pytest
from pdf_boxes import overlaps, words
from pdf_days import sample
from pdf_helpers import build
from pdf_time_limit import time_limit

from benchmarks.page_use import blank_share
from briefing.model import Person


@pytest.mark.parametrize(("days", "language", "paper"), [(1, "fr", "a4"), (3, "en", "letter"), (3, "fr", "a4")])
def test_under_15_percent_of_the_text_area_is_left_blank(days, language, paper):
    pdf = build(sample(days, language), paper=paper)
    assert blank_share(pdf.data) < 0.15


def test_short_sections_share_a_page():
    visit = sample(1, "fr")
    pdf = build(visit)
    starts = [pdf.reader.get_destination_page_number(item) for item in pdf.reader.outline]
    assert len(set(starts)) < len(starts)
    # The detailed programme starts under the last key message, not on a page of its own.
    titles = [item.title for item in pdf.reader.outline]
    page = pdf.pages[starts[titles.index("Déroulé détaillé")]].replace("\n", " ")
    last = visit.messages[-1].headline[:40]
    assert last in page and page.index(last) < page.index("Déroulé détaillé")


def test_a_long_stop_goes_on_under_its_title_marked_continued():
    visit = sample(1, "fr")
    stop = visit.itinerary[3]
    stop.notes = "\n".join(
        f"Consigne numéro {n} pour le déroulé de la séquence, à relire avec le cabinet." for n in range(45)
    )
    pdf = build(visit)
    pages = [n for n, p in enumerate(pdf.pages) if "Consigne numéro" in p]
    assert len(pages) >= 2
    first, then = pdf.pages[pages[0]].replace("\n", " "), pdf.pages[pages[1]].replace("\n", " ")
    # Its head stays together, on the page where the stop starts, with the first notes ...
    for text in (stop.title, "La Plateforme, hall d’accueil", "PRESSE", "PARTICIPANTS", "Cyril Zimmermann —"):
        assert text in first
    assert "Consigne numéro 0 " in first
    # ... and its notes go on under its time and its title marked "(suite)", on one line.
    assert f"{stop.title} (suite)" in then and "9 h 10" in then
    # Never one line alone on the next page.
    assert pdf.pages[pages[1]].count("Consigne numéro") >= 2


def test_a_stop_whose_head_is_taller_than_a_page_goes_on_over_pages():
    visit = sample(1, "fr")
    role = "Rôle assez long pour occuper une bonne partie de la ligne"
    people = [Person(f"p{n}", f"Personne {n}", role, "Organisation", "guest") for n in range(90)]
    visit.attendees += people
    visit.itinerary[4].attendees += [p.id for p in people]
    visit.itinerary[5].title = "Titre " * 200
    with time_limit(60):
        pdf = build(visit)
    text = pdf.text.replace("\n", " ")
    assert all(f"Personne {n} — Rôle" in text for n in range(90))
    assert all(not overlaps(page) for page in words(pdf.data))
