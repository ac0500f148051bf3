"""What a printer, a photocopier and a PDF reader make of the pack: font
subsets, the protective marking's distance from the edge, badges in black and
white, the draft mark and the footer."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pdf_days import sample
from pdf_helpers import build
from pypdf import PdfReader


def _base_fonts(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/"))
    return names


def test_each_font_subset_has_its_own_prefix():
    visit = sample(1, "fr")
    # Past 256 characters a face is written in more than one subset.
    visit.details.summary += (
        " " + "".join(chr(c) for c in range(0x100, 0x17F)) + " " + "".join(chr(c) for c in range(0x391, 0x3C9))
    )
    names = _base_fonts(build(visit).data)
    prefixes = [n.split("+")[0] for n in names]
    assert len(names) >= 4
    assert all(re.fullmatch(r"[A-Z]{6}", p) for p in prefixes), names
    assert len(set(prefixes)) == len(prefixes), sorted(names)


def test_font_prefixes_are_the_same_from_one_export_to_the_next():
    assert _base_fonts(build(sample(1, "en")).data) == _base_fonts(build(sample(1, "en")).data)


def _turned_chars(data: bytes) -> list[str]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [ch["text"] for page in pdf.pages for ch in page.chars if abs(ch["matrix"][1]) > 1e-6]


def test_the_draft_mark_is_a_shape_not_text():
    import pdfplumber

    for language, word in (("fr", "PROJET"), ("en", "DRAFT")):
        pdf = build(sample(1, language))
        assert _turned_chars(pdf.data) == []
        for page in pdf.pages:
            letters = "".join(ch for ch in page if not ch.isspace())
            assert not letters.startswith(word) and "P\nR\nO\nJ" not in page
        with pdfplumber.open(io.BytesIO(pdf.data)) as plumbed:
            page = plumbed.pages[2]
            # The mark is still drawn: filled curves across the middle of the page.
            marks = [c for c in page.curves if c["fill"] and c["x1"] - c["x0"] > 40]
            assert marks, "no draft mark drawn"
            assert min(c["top"] for c in marks) < page.height / 2 < max(c["bottom"] for c in marks)


def test_a_final_pack_has_no_draft_mark():
    visit = sample(1, "en")
    visit.details.status = "final"
    assert "DRAFT" not in build(visit).text


MM = 72 / 25.4


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_nothing_is_printed_within_6_mm_of_the_paper_edge(paper):
    import pdfplumber

    pdf = build(sample(1, "fr"), paper=paper)
    with pdfplumber.open(io.BytesIO(pdf.data)) as plumbed:
        for number, page in enumerate(plumbed.pages, start=1):
            things = page.chars + page.rects + page.lines + page.curves
            assert things
            near = [
                t.get("text", t["object_type"])
                for t in things
                if min(t["x0"], t["top"], page.width - t["x1"], page.height - t["bottom"]) < 6 * MM
            ]
            assert not near, f"page {number}: {near[:5]}"


def test_the_footer_gives_the_revision_and_when_the_pack_was_made():
    when = dt.datetime(2027, 3, 2, 16, 30)
    fr = build(sample(1, "fr"), produced=when)
    en = build(sample(1, "en"), produced=when)
    for page in fr.pages:
        assert "Révision 3 — édité le 2 mars 2027 à 16 h 30" in page
    for page in en.pages:
        assert "Revision 3 — issued 2 March 2027 at 4:30 pm" in page
    on_the_hour = build(sample(1, "en"), produced=dt.datetime(2027, 3, 1, 9, 0))
    assert "issued 1 March 2027 at 9 am" in on_the_hour.pages[1]
