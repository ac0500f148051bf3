"""Type a principal can read in a moving car: body about 11 pt, tables and bios
10, nothing under 7.5, and most of the pack at 10 pt or more (character sizes
read back with pdfplumber)."""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections import Counter

import pdfplumber
import pytest
from pdf_days import sample
from pdf_helpers import build

from briefing.pdf.styles import MEASURES


def _sizes(data: bytes, pages=None) -> Counter:
    """Character counts by size; with ``pages``, of those pages' text frames only."""
    sizes: Counter = Counter()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for n, page in enumerate(pdf.pages):
            if pages is not None and n not in pages:
                continue
            for ch in page.chars:
                inside = MEASURES.margin_top < ch["top"] and ch["bottom"] < page.height - MEASURES.margin_bottom
                if not ch["text"].isspace() and (pages is None or inside):
                    sizes[round(ch["size"], 1)] += 1
    return sizes


@pytest.mark.parametrize(("days", "language", "paper"), [(1, "fr", "a4"), (3, "en", "letter")])
def test_most_of_the_pack_is_10_pt_or_more_and_nothing_under_7_5(days, language, paper):
    sizes = _sizes(build(sample(days, language), paper=paper).data)
    total = sum(sizes.values())
    assert min(sizes) >= 7.5, sorted(sizes.items())
    assert sum(n for size, n in sizes.items() if size >= 10) / total >= 0.7, sorted(sizes.items())
    # The body (11 pt) and the tables (10) are most of the text.
    assert {size for size, _ in sizes.most_common(2)} == {10.0, 11.0}, sorted(sizes.items())


def test_a_crowded_day_of_the_glance_is_not_shrunk_and_goes_on_under_its_headings():
    visit = sample(1, "en")
    stops = []
    for n in range(40):
        stop = copy.deepcopy(visit.itinerary[n % len(visit.itinerary)])
        stop.id = f"s{n}"
        stop.start = dt.time(7 + n // 4, (n % 4) * 15)
        stop.end = None
        stops.append(stop)
    visit.itinerary = stops
    pdf = build(visit)
    # Each page of the day repeats the column headings.
    glance = [n for n, p in enumerate(pdf.pages) if "TIME" in p and "WHAT" in p]
    assert len(glance) >= 2
    text = "\n".join(pdf.pages[n] for n in glance)
    assert all(f"{7 + n // 4:02d}:{(n % 4) * 15:02d}" in text for n in range(40))
    # Past its first page (section heading, legend), the day's table alone:
    # column headings at 7.5 pt, every cell at 10 or more.
    alone = {n for n in glance[1:] if "Key messages" not in pdf.pages[n]}
    assert alone
    sizes = _sizes(pdf.data, alone)
    assert min(size for size in sizes if size != 7.5) >= 10, sorted(sizes.items())
