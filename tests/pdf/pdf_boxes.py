"""Reading a pack's words and characters back with pdfplumber: where each word
is drawn and at what size, for the layout tests."""

from __future__ import annotations

import io

import pdfplumber

# Glyph boxes are the font's size tall: lines set solid touch. Anything that
# overlaps by more than this is text drawn over text.
SLACK = 1.0


def words(data: bytes) -> list[list[dict]]:
    """Each page's upright words, with their boxes (x0, x1, top, bottom)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        # Turned text (a watermark) is not part of the lines read here.
        return [page.filter(_upright).extract_words() for page in pdf.pages]


def _upright(obj: dict) -> bool:
    # pdfminer calls any text between -90 and 90 degrees "upright": the matrix tells.
    return obj.get("object_type") != "char" or abs(obj["matrix"][1]) < 1e-6


def overlaps(page_words: list[dict]) -> list[tuple[str, str]]:
    """Pairs of words whose boxes overlap (a sweep along x, so large pages stay quick)."""
    found = []
    ordered = sorted(page_words, key=lambda w: w["x0"])
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b["x0"] >= a["x1"] - SLACK:
                break
            if min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > SLACK:
                found.append((a["text"], b["text"]))
    return found
