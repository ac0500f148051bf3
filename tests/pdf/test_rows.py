"""Rows, the pack's table: headers repeat, blocks keep together, tall rows split."""

from __future__ import annotations

import io

from pdf_helpers import build, plain
from pypdf import PdfReader
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from briefing.model import Contact
from briefing.pdf import fonts
from briefing.pdf.rows import Rows
from briefing.pdf.styles import STYLES


def _pages(story) -> list[str]:
    fonts.register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, initialFontName=fonts.REGULAR)
    doc.build(story)
    return [plain(p.extract_text()) for p in PdfReader(io.BytesIO(out.getvalue())).pages]


def _para(text: str) -> Paragraph:
    return Paragraph(text, STYLES["body"])


def test_header_row_repeats_on_every_page_of_the_contacts(visit):
    visit.contacts = [Contact(f"Personne {n}", "Rôle", f"06 00 00 00 {n:02d}", f"p{n}@example.fr") for n in range(90)]
    pdf = build(visit)
    pages = [p for p in pdf.pages if "Personne" in p]
    assert len(pages) >= 3
    for page in pages:
        assert "NOM" in page and "TÉLÉPHONE" in page
    assert all(f"Personne {n}\n" in pdf.text or f"Personne {n} " in pdf.text for n in range(90))


def test_a_block_moves_whole_to_the_next_page(visit):
    height = SimpleDocTemplate(io.BytesIO()).height
    block = Rows([[[_para(f"ligne {n}") for n in range(12)]]], [300], page_height=height, keep=True)
    pages = _pages([Spacer(1, height - 60), block])
    assert len(pages) == 2
    assert "ligne 0" in pages[1] and "ligne 11" in pages[1]


def test_rows_split_between_rows_and_inside_a_row_taller_than_a_page():
    height = SimpleDocTemplate(io.BytesIO()).height
    tall = [_para(f"morceau {n}") for n in range(120)]
    rows = [["avant", [_para("court")]], ["long", tall], ["après", [_para("fin")]]]
    table = Rows(rows, [100, 300], header=["A", "B"], page_height=height)
    pages = _pages([table])
    assert len(pages) >= 3
    text = "\n".join(pages)
    assert all(f"morceau {n}" in text for n in range(120))
    assert text.index("court") < text.index("morceau 0") < text.index("morceau 119") < text.index("fin")
    assert all(p.startswith("A\nB") or "A B" in p or p.startswith("A") for p in pages)


def test_shrink_draws_a_long_table_on_one_page():
    height = SimpleDocTemplate(io.BytesIO()).height
    rows = [[f"{n:02d}:00", [_para(f"séquence {n}")]] for n in range(35)]
    pages = _pages([Rows(rows, [100, 300], header=["Heure", "Quoi"], page_height=height - 12, shrink=height - 12)])
    assert len(pages) == 1
    assert "séquence 0" in pages[0] and "séquence 34" in pages[0]


def test_shrink_gives_way_to_legibility():
    height = SimpleDocTemplate(io.BytesIO()).height
    rows = [[f"{n:03d}", [_para(f"séquence {n}")]] for n in range(200)]
    pages = _pages([Rows(rows, [100, 300], header=["Heure", "Quoi"], page_height=height - 12, shrink=height - 12)])
    assert len(pages) > 1
    assert "séquence 199" in pages[-1]


def test_a_table_that_fits_a_page_but_not_the_space_left_is_never_scaled_up():
    height = SimpleDocTemplate(io.BytesIO()).height
    rows = [[f"{n:02d}:00", [_para(f"séquence {n}")]] for n in range(20)]
    table = Rows(rows, [100, 300], header=["Heure", "Quoi"], page_height=height, shrink=height)
    _, natural = table.wrap(400, height)
    _, here = table.wrap(400, natural / 3)
    assert table._scale == 1.0 and here == natural
