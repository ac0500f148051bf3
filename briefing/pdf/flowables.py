"""The pack's own flowables: section headings that report where they land, the
press badge, the contents list and the stand-in for a missing photo."""

from __future__ import annotations

from typing import ClassVar

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from briefing.pdf import fonts, labels
from briefing.pdf.furniture import fit
from briefing.pdf.styles import ACCENT, INK, MUTED, PAPER, RULE, STYLES, TINT


class SectionHeading(Paragraph):
    """A section's title; when drawn it tells the canvas its page and height,
    which become the outline entry and the contents' page number."""

    def __init__(self, key: str, number: int, title: str, markup: str):
        super().__init__(markup, STYLES["h1"])
        self.key, self.number, self.title = key, number, title
        self.keepWithNext = True

    ABOVE = 14  # room for the accent bar above the title

    def wrap(self, availWidth, availHeight):
        w, h = super().wrap(availWidth, availHeight)
        return w, h + self.ABOVE

    def draw(self):
        canv = self.canv
        canv.saveState()
        canv.setFillColor(ACCENT)
        # self.height is the text's alone (Paragraph.wrap sets it): the bar sits above.
        top = self.height + self.ABOVE
        canv.rect(0, top - 3, 16 * mm, 3, stroke=0, fill=1)
        if self.number:
            # The number the contents gives this section, beside the bar.
            canv.setFont(fonts.BOLD, 8)
            canv.drawString(18 * mm, top - 3.2, f"{self.number:02d}")
        canv.restoreState()
        super().draw()
        marks = getattr(canv, "pack_marks", None)
        if marks is not None:
            _, top = canv.absolutePosition(0, self.height + self.ABOVE)
            marks.heading(canv.getPageNumber(), self.key, self.title, top)


class Badge(Flowable):
    """Press access as a word in a shape that differs by level, so it reads in
    black and white: solid black (open), solid grey (pool), outlined (photo),
    dashed and pale (closed)."""

    LOOKS: ClassVar[dict] = {
        "open": (INK, PAPER, INK, None),
        "pool": (MUTED, PAPER, MUTED, None),
        "photo-op": (PAPER, INK, INK, None),
        "closed": (PAPER, MUTED, RULE, (1.5, 1.5)),
    }
    SIZE = 6.8

    def __init__(self, access: str, text: str, width: float = 17 * mm):
        super().__init__()
        self.access, self.text = access, text
        self.width, self.height = width, 11.5

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self):
        fill, ink, stroke, dash = self.LOOKS.get(self.access, self.LOOKS["closed"])
        c = self.canv
        c.saveState()
        c.setFillColor(fill)
        c.setStrokeColor(stroke)
        c.setLineWidth(0.8)
        if dash:
            c.setDash(*dash)
        c.roundRect(0.4, 0.4, self.width - 0.8, self.height - 0.8, 2.5, stroke=1, fill=1)
        c.setFillColor(ink)
        c.setFont(fonts.BOLD, self.SIZE)
        c.drawCentredString(self.width / 2, 3.4, self.text)
        c.restoreState()


class Contents(Flowable):
    """The contents list. Its page numbers are not known while the pages are laid
    out, so each row keeps a slot that the canvas fills (with a link) at the end:
    one layout pass instead of two."""

    ROW = 27

    def __init__(self, entries: list[tuple[str, int, str]]):
        super().__init__()
        self.entries = entries  # (key, number, title)

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return availWidth, self.ROW * len(self.entries)

    def draw(self):
        c = self.canv
        marks = getattr(c, "pack_marks", None)
        size = STYLES["toc"].fontSize
        for i, (key, number, title) in enumerate(self.entries):
            top = self.ROW * (len(self.entries) - i)
            base = top - 17
            c.saveState()
            c.setFillColor(ACCENT)
            c.setFont(fonts.BOLD, size)
            c.drawString(0, base, f"{number:02d}")
            c.setFillColor(INK)
            c.setFont(fonts.REGULAR, size)
            c.drawString(12 * mm, base, title)
            start = 12 * mm + stringWidth(title, fonts.REGULAR, size) + 6
            c.setStrokeColor(RULE)
            c.setLineWidth(0.7)
            c.setDash(0.6, 2.6)
            c.line(start, base + 1, self.width - 12 * mm, base + 1)
            c.setDash()
            c.setLineWidth(0.4)
            c.line(0, top - self.ROW, self.width, top - self.ROW)
            c.restoreState()
            if marks is not None:
                x0, y0 = c.absolutePosition(0, top - self.ROW)
                x1, y1 = c.absolutePosition(self.width, top)
                marks.slot(c.getPageNumber(), key, (x0, y0, x1, y1), base_offset=base - (top - self.ROW))


class Initials(Flowable):
    """Stands where a photo would be: the person's initials on a pale tint."""

    def __init__(self, name: str, width: float, height: float):
        super().__init__()
        self.text = labels.initials(name)
        self.width, self.height = width, height

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(TINT)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setFillColor(MUTED)
        c.setFont(fonts.BOLD, 16)
        c.drawCentredString(self.width / 2, self.height / 2 - 6, self.text)
        c.restoreState()


class Photo(Flowable):
    """A photo filling its frame: scaled to cover it, centred a little above the
    middle (where faces are), and clipped to it."""

    def __init__(self, image, width: float, height: float):
        super().__init__()
        self.image, self.width, self.height = image, width, height

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self):
        c = self.canv
        iw, ih = self.image.getSize()
        scale = max(self.width / iw, self.height / ih)
        w, h = iw * scale, ih * scale
        x, y = (self.width - w) * 0.5, (self.height - h) * 0.7
        c.saveState()
        path = c.beginPath()
        path.rect(0, 0, self.width, self.height)
        c.clipPath(path, stroke=0, fill=0)
        c.drawImage(self.image, x, y, w, h)
        c.restoreState()
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.4)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        self.canv.restoreState()


class Dot(Flowable):
    """The mark in the attendance grid: a filled circle, centred in its cell."""

    def __init__(self, radius: float = 2.6):
        super().__init__()
        self.radius = radius

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return availWidth, self.radius * 2 + 1

    def draw(self):
        self.canv.saveState()
        self.canv.setFillColor(ACCENT)
        self.canv.circle(self.width / 2, self.radius + 0.5, self.radius, stroke=0, fill=1)
        self.canv.restoreState()


class Line(Flowable):
    """One line of plain text, shortened with an ellipsis to its width: for
    times and names in dense tables, far cheaper than a Paragraph."""

    def __init__(
        self,
        text: str,
        font: str = fonts.REGULAR,
        size: float = 8.8,
        color=INK,
        leading: float = 11.5,
        space_before: float = 0,
        space_after: float = 0,
    ):
        super().__init__()
        self.text, self.font, self.size, self.color, self.leading = text, font, size, color, leading
        self.spaceBefore, self.spaceAfter = space_before, space_after

    @classmethod
    def styled(cls, text: str, style) -> Line:
        """A Line that looks like a paragraph in ``style`` (a label, a time)."""
        return cls(
            text, style.fontName, style.fontSize, style.textColor, style.leading, style.spaceBefore, style.spaceAfter
        )

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, self.leading
        return availWidth, self.leading

    def draw(self):
        self.canv.setFont(self.font, self.size)
        self.canv.setFillColor(self.color)
        self.canv.drawString(0, self.leading - self.size, fit(self.text, self.font, self.size, self.width))
