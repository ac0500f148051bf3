"""operators.FastCanvas writes, with its numbers remembered, exactly the operators
reportlab's Canvas writes: the same page content, byte for byte, and so the
same letters, colours and rules read back."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from briefing.pdf import fonts
from briefing.pdf.operators import FastCanvas, number, numbers
from briefing.pdf.styles import INK, MUTED, RULE, STYLES

VALUES = [0, 1, -1, 0.5, 1e-8, -1e-8, 2.5, 11.4, 0.086275, 62.3622, 470.5512, 1234567.891, -0.0001, 1 / 3, 9.6, 800]


@pytest.mark.parametrize("value", VALUES)
def test_number_is_fp_str(value):
    assert number(value) == fp_str(value)
    assert number(value) == fp_str(value)  # remembered: the same again


def test_numbers_join_as_fp_str():
    assert numbers(*VALUES) == fp_str(*VALUES)


def _draw(cls) -> tuple[list[str], bytes]:
    fonts.register_fonts()
    out = io.BytesIO()
    c = cls(out, pagesize=(400, 400))
    c.setFont(fonts.REGULAR, 9.5, 11.4)
    c.setFillColor(INK)
    c.drawString(10.25, 380, "Préfète — « citation » 11\u00a0h\u202f30 (x) \\ ok")
    # The same texts again, in another face and size: pieces worked out once per document and face.
    for face, size in ((fonts.BOLD, 8), (fonts.REGULAR, 12)):
        c.setFont(face, size)
        c.drawString(10.25, 360, "Préfète — « citation » 11\u00a0h\u202f30 (x) \\ ok")
        c.drawString(10.25, 350, "DIFFUSION RESTREINTE")
    c.setFillColor(colors.Color(0.55, 0.58, 0.62, alpha=0.16))
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    c.line(0, 370.5, 400, 370.5)
    c.setStrokeColor(colors.CMYKColor(0.1, 0.2, 0.3, 0.4))
    c.setFillColor((0.2, 0.3, 0.4))
    c.setFillColor("#5B6573")
    c.setStrokeColor(MUTED, alpha=0.5)
    c.rect(5, 5, 100.123456, 20, stroke=1, fill=1)
    c.saveState()
    c.translate(62.3622, 211.689)
    c.translate(0, 530.5)  # merged into the one before
    c.setFont(fonts.BOLD, 14)
    c.drawRightString(100, 3, "8 h 15")
    c.scale(0.8, 0.8)
    c.translate(-3.5, 2)
    c.drawCentredString(50, 2.5, "Ωmega ½ ﬁ")
    c.restoreState()
    text = c.beginText(20, 300)
    text.setFont(fonts.REGULAR, 11, 15)
    text.setFillColor(MUTED)
    text.textLine("ligne un")
    text.setFillColor(colors.CMYKColor(0, 0, 0, 1))
    text.textOut("suite ")
    text.setFont(fonts.BOLD, 11, 15)
    text.textLine("en gras")
    c.drawText(text)
    para = Paragraph("Un <b>paragraphe</b> assez long pour aller à la ligne " * 4, STYLES["body"])
    para.wrap(300, 400)
    para.drawOn(c, 20, 100)
    code = list(c._code)
    c.showPage()
    c.save()
    return code, out.getvalue()


def _read(data: bytes) -> list[tuple]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        chars = [
            (
                ch["text"],
                ch["fontname"],
                round(ch["size"], 3),
                round(ch["x0"], 3),
                round(ch["top"], 3),
                str(ch["non_stroking_color"]),
            )
            for ch in page.chars
        ]
        lines = [
            (round(li["x0"], 3), round(li["top"], 3), li["linewidth"], str(li["stroking_color"])) for li in page.lines
        ]
        return chars + lines


def test_fast_canvas_writes_what_reportlab_writes():
    plain_code, plain_pdf = _draw(Canvas)
    fast_code, fast_pdf = _draw(FastCanvas)
    assert fast_code == plain_code
    read = _read(fast_pdf)
    assert read == _read(plain_pdf)
    assert any(ch[0] == "Ω" for ch in read) and any(ch[0] == "8" for ch in read)


def _photo(colour: str) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (120, 150), colour)
    ImageDraw.Draw(image).ellipse((20, 20, 100, 130), fill="white")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def _images(data: bytes) -> list[tuple]:
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(data)).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    embedded = sorted(xobjects[k].get_object().get_data() for k in xobjects)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        boxes = [(*(round(i[k], 3) for k in ("x0", "top", "x1", "bottom")), i["srcsize"]) for i in pdf.pages[0].images]
    return [embedded, boxes]


def _draw_photos(cls, reader) -> bytes:
    out = io.BytesIO()
    c = cls(out, pagesize=(400, 400))
    red, blue = reader(_photo("red")), reader(_photo("blue"))
    c.drawImage(red, 10, 10, 73.7, 90.7)
    c.drawImage(blue, 100, 10, 50, 50, preserveAspectRatio=True, anchor="n")
    c.drawImage(red, 200, 200, 30, 40)  # the same photo again: embedded once
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_jpeg_is_drawn_as_reportlab_draws_it_without_decoding_it():
    from reportlab.lib.utils import ImageReader

    from briefing.pdf.photos import Jpeg

    class Undecoded(Jpeg):
        def getRGBData(self):
            raise AssertionError("decoded")

    plain = _images(_draw_photos(Canvas, lambda data: ImageReader(io.BytesIO(data))))
    fast = _images(_draw_photos(FastCanvas, Undecoded))
    assert fast == plain
    assert len(fast[0]) == 2 and len(fast[1]) == 3


LINE = "Préfète — « citation » 11\u00a0h\u202f30 (x) \\ ok"


def _state(c) -> dict:
    state = {name: getattr(c, name) for name in Canvas.STATE_ATTRIBUTES if name != "_extgstate"}
    return {**state, "gs": dict(c._extgstate._d), "version": c._doc._pdfVersion}


@pytest.mark.parametrize(
    "colour", [INK, MUTED, colors.Color(0.5, 0.5, 0.5, alpha=0.3), colors.CMYKColor(0, 0, 0, 1), (0.2, 0.3, 0.4)]
)
def test_draw_line_writes_what_reportlab_calls_write(colour):
    fonts.register_fonts()
    plain = Canvas(io.BytesIO(), pagesize=(300, 300))
    fast = FastCanvas(io.BytesIO(), pagesize=(300, 300))
    for c in (plain, fast):
        c.setFillColor(RULE)
        c.setFont(fonts.BOLD, 7)
    plain.saveState()
    plain.setFont(fonts.REGULAR, 9.5, 11.4)
    plain.setFillColor(colour)
    plain.drawString(12.5, 40, LINE)
    plain.restoreState()
    fast.draw_line(12.5, 40, LINE, fonts.REGULAR, 9.5, 11.4, colour)
    assert fast._code == plain._code
    assert _state(fast) == _state(plain)
