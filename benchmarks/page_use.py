"""How much of a pack's paper is used: the share of each page's text area
left empty below its last line, cover excepted (read back with pdfplumber).

Used by ``make bench`` and by the layout tests (tests/pdf/test_page_economy.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import io

from briefing.pdf.styles import MEASURES
from briefing.resources import sample_visit_path
from briefing.storage import load_visit


def sample_over(days: int = 1, language: str = "fr"):
    """The bundled sample visit, its programme repeated on ``days`` days (ids
    kept unique): the packs whose blank share is measured (and that the
    layout tests read back: tests/pdf/pdf_days.py)."""
    visit = load_visit(sample_visit_path()).visit
    d = visit.details
    d.language = language
    start = d.start_date
    if days > 1:
        stops = []
        for n in range(days):
            for stop in visit.itinerary:
                moved = copy.deepcopy(stop)
                moved.id = f"{stop.id}-{n + 1}" if n else stop.id
                moved.date = start + dt.timedelta(days=n)
                stops.append(moved)
        visit.itinerary = stops
        d.end_date = start + dt.timedelta(days=days - 1)
    return visit


def blank_shares(data: bytes) -> list[float]:
    """For each page after the cover, the empty share of its text area below
    the lowest text or picture drawn in it (page furniture is outside it)."""
    import pdfplumber  # a test and benchmark dependency, not the app's

    m = MEASURES
    shares = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages[1:]:
            top, bottom = m.margin_top, float(page.height) - m.margin_bottom
            things = [c for c in page.chars if not c["text"].isspace()] + page.images
            lowest = max(
                (t["bottom"] for t in things if top - 1 <= t["top"] and t["bottom"] <= bottom + 1), default=top
            )
            shares.append(max(0.0, bottom - lowest) / (bottom - top))
    return shares


def blank_share(data: bytes) -> float:
    """The blank share of the whole pack: all pages' text areas taken together."""
    shares = blank_shares(data)
    return sum(shares) / len(shares) if shares else 0.0
