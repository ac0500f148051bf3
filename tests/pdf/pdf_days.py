"""The bundled sample visit stretched over several days, in either language:
the packs the layout tests read back (the glance and the programme change most
with the number of days)."""

from __future__ import annotations

import copy
import datetime as dt

from briefing.resources import sample_visit_path
from briefing.storage import load_visit


def sample(days: int = 1, language: str = "fr"):
    """The sample visit, its programme repeated on ``days`` days (ids kept unique)."""
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
