"""The pocket card read back with pdfplumber: four cards a sheet, large type, the marking, one person's cut."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from dataclasses import replace

import pdfplumber
import pytest
from reportlab.lib.units import mm

from briefing.model import Stop
from briefing.pdf.card import CardOptions, build_card
from briefing.resources import sample_visit_path
from briefing.storage import load_visit


@pytest.fixture(scope="module")
def sample():
    return load_visit(sample_visit_path()).visit


def read(data: bytes):
    pdf = pdfplumber.open(io.BytesIO(data))
    return pdf, pdf.pages


def cards_text(page, w, h) -> list[str]:
    """The text of each quarter of a sheet, in reading order (top left, top right, bottom left, bottom right)."""
    out = []
    for row in range(2):
        for col in range(2):
            box = (col * w / 2, row * h / 2, (col + 1) * w / 2, (row + 1) * h / 2)
            out.append(page.within_bbox(box).extract_text() or "")
    return out


def overlaps(words) -> list:
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if (
                a["x0"] < b["x1"] - 0.5
                and b["x0"] < a["x1"] - 0.5
                and a["top"] < b["bottom"] - 0.5
                and b["top"] < a["bottom"] - 0.5
            ):
                found.append((a["text"], b["text"]))
    return found


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_cards_of_the_sample_large_type_marking_cut_marks_and_no_text_over_text(sample, paper):
    data, warnings = build_card(sample, CardOptions(paper=paper))
    _pdf, pages = read(data)
    assert not warnings and len(pages) == 1
    page = pages[0]
    w, h = page.width, page.height
    cards = [t for t in cards_text(page, w, h) if t.strip()]
    assert len(cards) >= 2  # the sample's day does not fit one card: it continues, in the same type
    assert all(t.startswith("Diffusion restreinte · Projet") for t in cards)
    assert "Cédric O\nmardi 16 mars 2027\n" in cards[0] and all("mardi 16 mars 2027 (suite)" in t for t in cards[1:])
    assert "Contacts du jour" in cards[-1]
    chars = [c for c in page.chars if c["text"].strip()]
    sizes = [round(c["size"], 1) for c in chars]
    assert min(sizes) >= 10
    assert sum(10.9 <= s <= 12.6 for s in sizes) / len(sizes) >= 0.5
    # The start times ("9 h 30"): 12 pt bold.
    words = page.extract_words(extra_attrs=["fontname", "size"])
    hours = [a for a, b in itertools.pairwise(words) if a["text"].isdigit() and b["text"] == "h" and a["size"] == 12]
    assert len(hours) >= 6 and all("Bold" in a["fontname"] for a in hours)
    # Text at least 6 mm from the paper's edge, and never across a cut line.
    assert min(c["x0"] for c in chars) >= 6 * mm and max(c["x1"] for c in chars) <= w - 6 * mm
    assert min(c["top"] for c in chars) >= 6 * mm
    assert not [c for c in chars if c["x0"] < w / 2 < c["x1"] or c["top"] < h / 2 < c["bottom"]]
    assert overlaps(page.extract_words()) == []
    # Cut marks on the middle lines, at the edges and in the centre.
    lines = {(round(ln["x0"]), round(ln["x1"])) for ln in page.lines}
    assert (round(w / 2), round(w / 2)) in lines


def test_a_persons_card_holds_only_their_stops(sample):
    data, _ = build_card(sample, CardOptions(person_id="thomas-regnier"))
    text = pdfplumber.open(io.BytesIO(data)).pages[0].extract_text()
    assert "Thomas Régnier" in text
    assert (
        "Arrivée de Cédric O" in text and "Accueil par Cyril Zimmermann" in text and "Départ de la délégation" in text
    )
    assert "Table ronde" not in text and "Point presse" not in text


def test_a_long_day_continues_on_more_cards_and_never_shrinks(sample):
    long = replace(sample, itinerary=[
        Stop(id=f"s{i}", start=dt.time(7 + i // 4, (i % 4) * 15), title=f"Étape numéro {i} avec un titre assez long pour deux lignes",
             venue="Salle du conseil", press="open")
        for i in range(40)
    ])  # fmt: skip
    data, _ = build_card(long, CardOptions(paper="a4"))
    _pdf, pages = read(data)
    assert len(pages) >= 2
    texts = [t for page in pages for t in cards_text(page, page.width, page.height) if t.strip()]
    assert len(texts) >= 6
    assert all("(suite)" in t for t in texts[1:])
    assert sum(t.count("Étape numéro") for t in texts) == 40
    assert min(c["size"] for page in pages for c in page.chars if c["text"].strip()) >= 10


def test_more_contacts_than_a_card_holds_go_on_to_the_next_cards(sample):
    from briefing.model import Contact

    many = replace(
        sample, contacts=[Contact(name=f"Contact {n}", role="Permanence", phone=f"06 00 00 {n:02d}") for n in range(40)]
    )
    data, _ = build_card(many)
    _pdf, pages = read(data)
    text = " ".join(t for page in pages for t in cards_text(page, page.width, page.height))
    assert all(f"Contact {n} " in text for n in range(40))
