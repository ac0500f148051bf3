"""French and English as each is printed, and content that earns its paper
(issue 8, items 5–8 and 14–19): read back from the built PDF."""

from __future__ import annotations

import datetime as dt
import io
import itertools

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


def test_a_long_paragraph_stays_one_paragraph(visit):
    sentence = "Le cortège longe le quai et s’arrête devant l’entrée nord, où attend le préfet. "
    stop = visit.itinerary[1]
    stop.notes = sentence * 60  # about 5,000 characters, no blank line
    pdf = build(visit)
    text = " ".join(pdf.pages).replace("\n", " ")
    assert text.count("Le cortège longe") == 60
    # Read back: every line of the notes follows the one before at the same
    # leading (a cut made a new paragraph, with its space after, mid-sentence).
    vocabulary = set(sentence.split())
    gaps = set()
    for n in range(len(pdf.reader.pages)):
        lines: dict[float, list[str]] = {}
        for w in words(pdf, n):
            lines.setdefault(round(w["top"], 1), []).append(w["text"])
        tops = sorted(t for t, ws in lines.items() if len(ws) > 3 and set(ws) <= vocabulary)
        gaps |= {round(b - a, 1) for a, b in itertools.pairwise(tops)}
    assert len(gaps) == 1, gaps


def test_a_very_long_paragraph_is_laid_out_in_linear_time(visit):
    import time

    stop = visit.itinerary[1]
    stop.notes = "mot " * 5_000
    start = time.perf_counter()
    build(visit)
    small = time.perf_counter() - start
    stop.notes = "mot " * 50_000
    start = time.perf_counter()
    pdf = build(visit)
    assert time.perf_counter() - start < small * 25
    assert " ".join(pdf.pages).count("mot") >= 50_000
