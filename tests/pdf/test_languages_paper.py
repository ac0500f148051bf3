"""Headings and dates follow the visit's language; A4 by default, US Letter on request."""

from __future__ import annotations

import pytest
from pdf_helpers import build
from reportlab.lib.pagesizes import A4, LETTER

from briefing.pdf import PackOptions


def test_english_pack(visit):
    visit.details.language = "en"
    pdf = build(visit)
    assert pdf.outline()[:2] == ["Purpose", "Programme at a glance"]
    for heading in ("Contents", "Key messages", "Detailed programme", "Who\u2019s who", "Contacts for the day"):
        assert heading in pdf.text
    assert "3 to 4 June 2027" in pdf.pages[0]
    assert "Thursday 3 June 2027" in pdf.text
    assert "Friday 28 May 2027 at 18:05" in pdf.pages[0]
    assert "Page 1 of" in pdf.pages[0]
    assert "DRAFT" in pdf.pages[0].upper()  # the mark is drawn, not text: the footer says "Draft"
    assert "CLOSED" in pdf.text and "OPEN" in pdf.text
    assert "Sommaire" not in pdf.text and "Qui est qui" not in pdf.text


def test_french_pack_does_not_depend_on_the_system_locale(visit, monkeypatch):
    import locale

    monkeypatch.setattr(locale, "setlocale", lambda *a, **k: "C")
    pdf = build(visit)
    assert "jeudi 3 juin 2027" in pdf.text
    assert "Qui est qui" in pdf.text and "Déroulé détaillé" in pdf.text


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_sizes(visit, paper, size):
    pdf = build(visit, paper=paper)
    for page in pdf.reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (round(size[0]), round(size[1]))


def test_paper_names_ignore_case():
    assert PackOptions(paper="A4").paper == "a4" and PackOptions(paper="Letter").paper == "letter"


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="paper"):
        PackOptions(paper="a5")
