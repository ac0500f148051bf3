"""The pack's changes page: after the contents, worded as diff and the app word changes."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pdfplumber

from briefing.model.revisions import issue
from briefing.resources import sample_visit_path
from briefing.storage import load_visit

from .pdf_helpers import build


def sample():
    return load_visit(sample_visit_path()).visit


def test_the_sample_lists_what_changed_since_revision_2_right_after_the_contents():
    pdf = build(sample())
    assert pdf.outline()[0] == "Modifications depuis la révision 2"
    page = next(i for i, text in enumerate(pdf.pages) if "01\nModifications depuis la révision 2\nmardi" in text)
    assert "Sommaire" in pdf.pages[page - 1]
    text = pdf.pages[page]
    assert "mardi 16 mars 2027" in text
    assert "« Point presse conjoint » : 11 h – 11 h 20 → 11 h 10 – 11 h 30" in text
    assert "Nouvelle personne : Nadia Ferhat" in text
    # The arrow comes from the symbols face, embedded like the others.
    chars = pdfplumber.open(io.BytesIO(pdf.data)).pages[page].chars
    arrows = [c for c in chars if c["text"] == "\u2192"]
    assert arrows and all("NotoSansMono" in c["fontname"] for c in arrows)


def test_right_after_an_issue_the_page_says_nothing_changed_and_english_has_its_words():
    issued = issue(sample(), dt.datetime(2027, 3, 14, 9))
    french = build(issued)
    assert "Modifications depuis la révision 3" in french.outline()
    assert "Aucune modification." in french.text
    english = build(replace(issued, details=replace(issued.details, language="en")))
    assert "Changes since revision 3" in english.outline() and "No changes." in english.text


def test_no_history_no_changes_page():
    pdf = build(replace(sample(), history=[]))
    assert not any(title.startswith("Modifications") for title in pdf.outline())
