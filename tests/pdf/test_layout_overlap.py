"""No word of the pack is drawn over another, whatever the length of the visit,
its language and the paper: word boxes read back from the PDF."""

from __future__ import annotations

import pytest
from pdf_boxes import overlaps, words
from pdf_days import sample
from pdf_helpers import build


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("days", [1, 3, 15])
def test_no_word_is_drawn_over_another(days, language, paper):
    pdf = build(sample(days, language), paper=paper)
    for number, page in enumerate(words(pdf.data), start=1):
        clashes = overlaps(page)
        assert not clashes, f"page {number}: {clashes[:5]}"


def test_a_day_of_the_glance_shows_its_times_and_header_whole():
    pdf = build(sample(3, "fr"))
    glance = next(p for p in pdf.pages if "HEURE" in p and "9 h" in p)
    assert "HE\nUR" not in glance and "0…" not in glance
