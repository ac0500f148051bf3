"""The running header of a multi-day programme's pages names the day they are on."""

from __future__ import annotations

import io

import pdfplumber
from pdf_days import sample
from pdf_helpers import build

HEADER_ZONE = 70  # points from the top of the page: the header, above the text


def _headers(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [" ".join(w["text"] for w in page.extract_words() if 30 < w["top"] < HEADER_ZONE) for page in pdf.pages]


def test_programme_pages_of_a_three_day_visit_name_their_day():
    pdf = build(sample(3, "en"), paper="letter")
    headers = _headers(pdf.data)
    days = ["Tuesday 16 March 2027", "Wednesday 17 March 2027", "Thursday 18 March 2027"]
    programme = [n for n, h in enumerate(headers) if h.endswith(tuple(days)) and "Detailed programme" in h]
    assert len(programme) >= 3
    seen = set()
    for n in programme:
        named = [d for d in days if d in headers[n]]
        assert len(named) == 1, headers[n]
        seen.add(named[0])
    assert seen == set(days)
    # The page where a day's heading stands names that day (or a range from the day before).
    for day in days[1:]:
        n = next(n for n in programme if day in pdf.pages[n].replace(headers[n], ""))
        assert day in headers[n] or "to" in headers[n]


def test_a_one_day_visit_keeps_the_section_alone_in_the_header():
    headers = _headers(build(sample(1, "fr")).data)
    programme = [h for h in headers if "Déroulé détaillé" in h]
    assert programme and all("mars 2027" not in h for h in programme)
