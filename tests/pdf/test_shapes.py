"""Badges and attendance dots are traced once per shape and copied: each copy
is still drawn where, and as large as, the flowable that draws it."""

from __future__ import annotations

import io

import pdfplumber
from reportlab.pdfgen.canvas import Canvas

from briefing.pdf import fonts
from briefing.pdf.flowables import Badge, Dot


def _curves(draw) -> list[tuple[float, float, float, float]]:
    out = io.BytesIO()
    c = Canvas(out, pagesize=(200, 200))
    draw(c)
    c.save()
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        page = pdf.pages[0]
        return [
            (
                round(k["x0"], 2),
                round(page.height - k["bottom"], 2),
                round(k["x1"], 2),
                round(page.height - k["top"], 2),
            )
            for k in page.curves
        ]


def test_dots_of_one_size_are_drawn_each_at_its_place():
    def draw(c):
        for x, y in ((10, 20), (50, 120)):
            dot = Dot(radius=3)
            dot.wrap(20, 100)
            dot.drawOn(c, x, y)

    # Centred in its 20 pt cell, half a point above the cell's bottom.
    assert _curves(draw) == [(17.0, 20.5, 23.0, 26.5), (57.0, 120.5, 63.0, 126.5)]


def test_badges_of_one_width_are_drawn_each_at_its_place():
    fonts.register_fonts()

    def draw(c):
        for x, y in ((10, 20), (60, 150)):
            badge = Badge("pool", "POOL")  # a double outline: two shapes
            badge.wrap(40, 100)
            badge.drawOn(c, x, y)

    boxes = sorted(_curves(draw))
    # Each outline inset from the badge's corner, the same size in both badges.
    assert [(x0, y0) for x0, y0, _, _ in boxes] == [(10.45, 20.45), (12.2, 22.2), (60.45, 150.45), (62.2, 152.2)]
    sizes = [(round(x1 - x0, 2), round(y1 - y0, 2)) for x0, y0, x1, y1 in boxes]
    assert sizes[0] == sizes[2] and sizes[1] == sizes[3] and sizes[0] != sizes[1]
