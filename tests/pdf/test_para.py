"""paragraph.Para's shortcuts (no markup parser for plain text, one line drawn as
a string) print exactly what reportlab's own Paragraph prints: the same letters
at the same places, the same links, the same breaks across frames and pages."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from briefing.pdf import fonts
from briefing.pdf.card import STYLES as CARD_STYLES
from briefing.pdf.paragraph import Para
from briefing.pdf.styles import STYLES

LONG = "Préfète de la région Provence-Alpes-Côte d’Azur, préfète des Bouches-du-Rhône " * 3
TEXTS = [
    "Chloé Roux",
    "  Jean   Dupont \n",  # spaces the paragraph collapses
    "11\u00a0h\u202f30 — Salle\u00a014",
    "06\u00a012\u00a034\u00a056\u00a078",
    LONG,  # wraps, hyphenated in French
    "x" * 300,  # a word longer than the line
    '<a href="tel:0612345678">06\u00a012\u00a034\u00a056\u00a078</a>',
    '<a href="mailto:camille.martin@example.fr">camille.martin@example.fr</a>',
    '<a href="mailto:une.adresse.bien.trop.longue@prefecture-de-region.gouv.fr">'
    "une.adresse.bien.trop.longue@prefecture-de-region.gouv.fr</a>",
    "a &amp; b <b>gras</b>",  # markup: the parser's work
    "Direc\u00adtrice g\u00e9n\u00e9rale",  # a soft hyphen: printed only where a line breaks
]


def _read(data: bytes) -> list[tuple]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        out = []
        for number, page in enumerate(pdf.pages):
            for c in page.chars:
                out.append(
                    (number, c["text"], c["fontname"], round(c["size"], 3), round(c["x0"], 3), round(c["top"], 3))
                )
            for link in page.hyperlinks:
                rect = tuple(round(link[k], 3) for k in ("x0", "top", "x1", "bottom"))
                out.append((number, "link", link.get("uri"), rect))
        return out


def _pdf(make, style, width: float, before: float = 0) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=(width + 40, 200), leftMargin=20, rightMargin=20, topMargin=20, bottomMargin=20
    )
    story = [Spacer(1, before)] if before else []
    story += [make(text, style) for text in TEXTS]
    doc.build(story)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("style", ["cell", "cell_bold", "body", "h3", "small"])
def test_para_prints_what_paragraph_prints(lang, style):
    fonts.register_fonts()
    with STYLES.use(lang):
        for width in (60 * mm, 120 * mm):
            # Short pages: paragraphs split, and one-line ones move to the next page.
            for before in (0, 90):
                expected = _read(_pdf(Paragraph, STYLES[style], width, before))
                assert expected and any(item[1] == "link" for item in expected)
                assert _read(_pdf(Para, STYLES[style], width, before)) == expected


@pytest.mark.parametrize("style", sorted(CARD_STYLES))
def test_card_paragraphs_print_what_paragraph_prints(style):
    fonts.register_fonts()
    assert _read(_pdf(Para, CARD_STYLES[style], 70 * mm)) == _read(_pdf(Paragraph, CARD_STYLES[style], 70 * mm))


def test_plain_text_takes_the_short_way():
    """The shortcut is taken (else the tests above would compare Paragraph with itself)."""
    fonts.register_fonts()
    short = Para("Chloé Roux", STYLES["cell"])
    link = Para(TEXTS[6], STYLES["cell_bold"])
    long = Para(LONG, STYLES["cell"])
    for para in (short, link, long):
        para.wrap(120 * mm, 1000)
    assert short._one_line and link._one_line and not long._one_line
    assert link.frags[0].link == [(0, "tel:0612345678")]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="aé-<>&\u00a0\u202f\u2009\u200b\u3000\x1c \t\n\r", max_size=14))
def test_tidy_text_is_what_reportlab_cleaning_leaves(text):
    from reportlab.platypus import paragraph as rl
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    from briefing.pdf.paragraph import tidy

    if tidy(text):
        assert cleanBlockQuotedText(text) == text
        assert " ".join(rl.split(text)) == text


@pytest.mark.parametrize(
    ("text", "is_tidy"),
    [
        ("Chloé Roux", True),
        ("11\u00a0h\u202f30 — Salle\u00a014", True),
        ("Prononciation\u202f: Kha-rim", True),
        ("", False),
        ("  Jean   Dupont \n", False),
        ("a\u202f", False),  # reportlab strips a narrow no-break space at the ends
        ("a\u200bb", False),  # and breaks at a zero-width space
        ("a\tb", False),
    ],
)
def test_tidy(text, is_tidy):
    from briefing.pdf.paragraph import tidy

    assert tidy(text) is is_tidy
