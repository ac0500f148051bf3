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


def test_the_symbols_face_has_a_prefix_of_its_own():
    """The arrows' face (a travel leg "Paris → Marseille") too: reportlab's own tag is "AAAAAA" for every face."""
    from briefing.resources import sample_visit_path
    from briefing.storage import load_visit

    names = _base_fonts(build(load_visit(sample_visit_path()).visit).data)
    (mono,) = [n for n in names if "NotoSansMono" in n]
    prefixes = [n.split("+")[0] for n in names]
    assert mono.split("+")[0] != "AAAAAA", sorted(names)
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


def _lightness(color) -> float:
    if color is None:
        return 1.0
    values = list(color) if isinstance(color, list | tuple) else [color]
    if len(values) == 4:  # CMYK
        return 1 - min(1.0, values[3] + sum(values[:3]) / 3)
    return sum(values) / len(values)


def test_press_badges_differ_by_shape_and_word_not_grey():
    import pdfplumber

    pdf = build(sample(1, "en"))
    page_no = next(n for n, p in enumerate(pdf.pages) if "open to the press" in p)
    with pdfplumber.open(io.BytesIO(pdf.data)) as plumbed:
        page = plumbed.pages[page_no]
        words = {w["text"]: w for w in page.extract_words() if w["text"] in ("OPEN", "POOL", "PHOTO", "CLOSED")}
        assert set(words) == {"OPEN", "POOL", "PHOTO", "CLOSED"}
        looks = {}
        for text, w in words.items():
            # The legend's badge: shapes around the word, at the top of the page.
            shapes = [
                s
                for s in page.rects + page.curves
                if s["x0"] <= w["x0"]
                and s["x1"] >= w["x1"]
                and s["top"] <= w["top"]
                and s["bottom"] >= w["bottom"]
                and s["x1"] - s["x0"] < 80
            ]
            assert shapes, text
            for s in shapes:
                for key in ("stroking_color", "non_stroking_color"):
                    if s.get("fill" if key == "non_stroking_color" else "stroke"):
                        lightness = _lightness(s[key])
                        assert lightness < 0.2 or lightness > 0.9, (text, key, s[key])
            chars = [c for c in page.chars if w["x0"] <= c["x0"] <= w["x1"] and abs(c["top"] - w["top"]) < 1]
            assert all(c["size"] >= 7.5 for c in chars)
            looks[text] = tuple(
                sorted(
                    (s["object_type"], bool(s["fill"]), bool(s.get("dash") and s["dash"][0]), round(s["linewidth"], 1))
                    for s in shapes
                )
            )
        assert len(set(looks.values())) == 4, looks


def test_a_long_badge_word_takes_two_lines_within_its_column():
    from reportlab.lib.units import mm

    from briefing.pdf import fonts
    from briefing.pdf.flowables import Badge

    fonts.register_fonts()
    badge = Badge("closed", "HORS PRESSE")
    width, height = badge.wrap(19 * mm, 100)
    assert width <= 19 * mm and badge.lines == ["HORS", "PRESSE"] and height > 20
