"""runs.Runs prints what reportlab's Paragraph prints from the same markup: a
stop's participants (a bold name, then role and organisation), its press line
(a small grey label, then the access) and a table's cells (a name, a phone
number or an address under its link), the same letters in the same faces,
sizes and colours at the same places, and the same links, whether its lines
fit (drawn by Runs itself) or wrap (laid out by a Para), on pages short enough
to split it."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from briefing.pdf import fonts
from briefing.pdf.flowables import Line
from briefing.pdf.operators import FastCanvas
from briefing.pdf.runs import Runs
from briefing.pdf.styles import INK, MUTED, STYLES
from briefing.pdf.text import to_markup

PEOPLE = [
    ("Chloé Roux", " — Directrice générale, Ville de Marseille"),
    ("A & B <associés>", " — Conseil"),
    ("Jean Dupont", ""),
    ("Karim\u00a0Guérin", " — Préfet\u202f: région"),
]
LONG = ("Élisabeth Fonteix", " — Directrice de la formation et du développement des compétences, Groupe Orange")


def _people(people) -> Runs:
    style = STYLES["people"]
    lines = [
        [(name, fonts.BOLD, style.fontSize, INK), *([(rest, fonts.REGULAR, style.fontSize, INK)] if rest else [])]
        for name, rest in people
    ]
    markup = "<br/>".join(f"<b>{to_markup(name)}</b>{to_markup(rest)}" for name, rest in people)
    return Runs(lines, style, markup)


def _press(label: str, access: str) -> Runs:
    small = STYLES["label"]
    markup = f"<font name='{small.fontName}' size='{small.fontSize}' color='#5B6573'>{label}</font>\u2002{access}"
    lines = [[(label, small.fontName, small.fontSize, MUTED), (f" {access}", fonts.REGULAR, 11, INK)]]
    return Runs(lines, STYLES["press_line"], markup)


def _cells() -> list[Runs]:
    cell, bold = STYLES["cell"], STYLES["cell_bold"]
    phone, mail = "06\u00a012\u00a034\u00a056\u00a078", "c.martin&fils@example.fr"
    camille, quoted = "mailto:camille.martin@example.fr", "mailto:c.martin%26fils@example.fr"
    long = "une.adresse.bien.trop.longue@prefecture-de-region.gouv.fr"
    return [
        Runs.text("Chloé & Roux", bold, "Chloé &amp; Roux"),
        Runs.text(phone, bold, f'<a href="tel:0612345678">{phone}</a>', "tel:0612345678"),
        Runs.text("camille.martin@example.fr", cell, f'<a href="{camille}">camille.martin@example.fr</a>', camille),
        # An "&" in the address: the parser's fragments, and its lower box for the link.
        Runs.text(mail, cell, f'<a href="{quoted}">c.martin&amp;fils@example.fr</a>', quoted),
        Runs.text(long, cell, f'<a href="mailto:{long}">{long}</a>', f"mailto:{long}"),  # wraps in 90 mm
    ]


def _unusual() -> list[Runs]:
    """Texts reportlab does not draw as they are: a soft hyphen (pasted from a web
    page or a word processor) is a place to break, printed only where a line
    breaks; a narrow no-break space at the start of a paragraph is cleaned away."""
    cell = STYLES["cell"]
    return [
        Runs.text("Direc\u00adtrice g\u00e9n\u00e9rale", cell, "Direc\u00adtrice g\u00e9n\u00e9rale"),
        Runs.text("\u202f: Salle des f\u00eates", cell, "\u202f: Salle des f\u00eates"),
        _people([("Anne-Ma\u00adrie Roux", " \u2014 Con\u00adseil"), *PEOPLE[:1]]),
    ]


def _read(data: bytes) -> list[tuple]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        out = []
        for n, page in enumerate(pdf.pages):
            for c in page.chars:
                place = (round(c["size"], 3), round(c["x0"], 3), round(c["top"], 3))
                out.append((n, c["text"], c["fontname"], *place, c["non_stroking_color"]))
            for link in page.hyperlinks:
                out.append((n, "link", link["uri"], *(round(link[k], 3) for k in ("x0", "top", "x1", "bottom"))))
        return out


def _pdf(flowables, width: float, before: float, canvasmaker=Canvas) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=(width + 40, 120), leftMargin=20, rightMargin=20, topMargin=20, bottomMargin=20
    )
    doc.build([Spacer(1, before), *flowables] if before else flowables, canvasmaker=canvasmaker)
    return out.getvalue()


def _stories():
    return [
        [_people(PEOPLE)],
        [_people([*PEOPLE, LONG])],  # one line wraps: the whole goes through a Para
        [_press("PRESSE", "Pool restreint\u202f: photo et son"), _people(PEOPLE[:2])],
        _cells(),
        _unusual(),
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("story", range(5))
@pytest.mark.parametrize("canvasmaker", [Canvas, FastCanvas])
def test_runs_print_what_paragraph_prints(lang, story, canvasmaker):
    fonts.register_fonts()
    with STYLES.use(lang):
        for width in (90 * mm, 160 * mm):
            for before in (0, 40):  # at the top of a page, and split over two
                runs = _stories()[story]
                paragraphs = [Paragraph(r.markup, r.style) for r in runs]
                expected = _read(_pdf(paragraphs, width, before))
                assert expected
                assert _read(_pdf(runs, width, before, canvasmaker)) == expected


def test_lines_that_fit_take_the_short_way():
    """Runs draws what fits itself (else the test above would compare Paragraph with itself)."""
    fonts.register_fonts()
    short, long = _people(PEOPLE), _people([*PEOPLE, LONG])
    assert short.wrap(160 * mm, 1000) == (160 * mm, len(PEOPLE) * STYLES["people"].leading)
    long.wrap(160 * mm, 1000)
    assert short._one_line and short._para is None
    assert not long._one_line and long._para is not None
    cells = _cells()
    for cell in cells:
        cell.wrap(90 * mm, 1000)
    assert [cell._one_line for cell in cells] == [True, True, True, False, False]


def _canvas_pdf(draw) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(300, 200))
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize("style", ["time", "time_small", "label"])
def test_a_line_prints_what_its_draw_printed(style):
    """flowables.Line writes itself through runs.write, without a transform: the same
    letters, faces, sizes, colours and places as its own draw, shortened alike."""
    fonts.register_fonts()
    lines = [Line.styled("10\u00a0h\u00a030", STYLES[style]), Line.styled("Participants " * 8, STYLES[style])]
    for line in lines:
        line.wrap(80, 100)

    def through(drawn):
        return lambda canvas: [drawn(line, canvas, 40.5, 20 + 50 * n) for n, line in enumerate(lines)]

    expected = _read(_canvas_pdf(through(Flowable.drawOn)))  # translated, then draw
    assert len({c[1] for c in expected}) > 5 and "…" in "".join(c[1] for c in expected)
    assert _read(_canvas_pdf(through(Line.drawOn))) == expected


def _pixels(flowables, canvasmaker, on_page) -> tuple[bytes, bytes]:
    """The page as a renderer draws it (transparency included, which pdfplumber does
    not read), and the file's PDF version."""
    import pypdfium2

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=(300, 120), leftMargin=20, rightMargin=20, topMargin=20, bottomMargin=20)
    doc.build(flowables, canvasmaker=canvasmaker, onFirstPage=on_page)
    pdf = pypdfium2.PdfDocument(out.getvalue())
    try:
        return pdf[0].render(scale=2).to_pil().tobytes(), out.getvalue()[:8]
    finally:
        pdf.close()


def _faint_page(canvas, doc):
    canvas.setFillAlpha(0.2)  # left in force for what the page draws next


def _no_furniture(canvas, doc):
    pass


class _OwnDraw(Line):
    drawOn = Flowable.drawOn  # translated, then Line.draw: how a Line was drawn before runs.write


@pytest.mark.parametrize("canvasmaker", [Canvas, FastCanvas])
@pytest.mark.parametrize("on_page", [_no_furniture, _faint_page])
@pytest.mark.parametrize("alpha", [1, 0.3])
def test_transparency_prints_as_reportlab_prints_it(canvasmaker, on_page, alpha):
    """runs.write sets no fill alpha: a translucent colour, or an alpha some
    earlier drawing left in force, must not print as opaque text (or an opaque
    colour as translucent text)."""
    fonts.register_fonts()
    ink = colors.Color(0.8, 0.1, 0.1, alpha=alpha)
    style = ParagraphStyle("translucent", parent=STYLES["people"], textColor=ink)
    people = [
        [("Chloé Roux", fonts.BOLD, 10, ink), (" — Conseil", fonts.REGULAR, 10, ink)],
        [("Jean Dupont", fonts.BOLD, 10, ink)],
    ]
    markup = "<b>Chloé Roux</b> — Conseil<br/><b>Jean Dupont</b>"
    expected = _pixels([Paragraph("Chloé Roux", style), Paragraph(markup, style)], Canvas, on_page)
    runs = [Runs.text("Chloé Roux", style, "Chloé Roux"), Runs(people, style, markup)]
    assert runs[0].wrap(260, 100) and runs[0]._one_line  # drawn by runs.write unless the alpha says otherwise
    assert _pixels(runs, canvasmaker, on_page) == expected
    line = {"text": "10\u00a0h\u00a030 — Accueil", "font": fonts.BOLD, "size": 9.5, "color": ink, "leading": 12}
    assert _pixels([Line(**line)], canvasmaker, on_page) == _pixels([_OwnDraw(**line)], Canvas, on_page)


def test_a_line_prints_no_soft_hyphen():
    """A Line never breaks, so a soft hyphen in its text (a name pasted from a web
    page, in the people section's "continued" line) is never where a line breaks:
    as a paragraph's line, it prints nothing there."""
    fonts.register_fonts()
    line = Line("Olivia Ma\u00adrie Grégoire (suite)", size=7.5, color=MUTED, leading=10)
    line.wrap(200, 100)
    chars = [c[1] for c in _read(_canvas_pdf(lambda canvas: line.drawOn(canvas, 20, 100)))]
    assert "".join(chars).replace(" ", "") == "OliviaMarieGrégoire(suite)"
