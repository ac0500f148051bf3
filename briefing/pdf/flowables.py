"""The pack's own flowables: section headings that report where they land, the
press badge, the contents list and the stand-in for a missing photo."""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable, Paragraph

from briefing.pdf import fonts, labels
from briefing.pdf.furniture import fit
from briefing.pdf.operators import drawable, keeps_alpha
from briefing.pdf.runs import write
from briefing.pdf.styles import ACCENT, INK, MUTED, PAPER, RULE, STYLES, TABLE_LEADING, TABLE_SIZE, TINT


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


class DayHeading(Paragraph):
    """A day's heading in the glance or the programme; when drawn it tells the
    canvas its page and height, so that the running header of each page can
    say which day the page is on."""

    def __init__(self, markup: str, style, day):
        super().__init__(markup, style)
        self.day = day
        self.keepWithNext = style.keepWithNext

    def draw(self):
        super().draw()
        marks = getattr(self.canv, "pack_marks", None)
        if marks is not None:
            _, top = self.canv.absolutePosition(0, self.height)
            marks.day(self.canv.getPageNumber(), self.day, top)


class Badge(Flowable):
    """Press access as a word in a shape of its own, so that a black-and-white
    photocopy still tells the levels apart without colour or grey: a solid
    black pill (open), a double outline (pool), square corners (photo), a
    dashed outline (closed). Black on white except the solid pill; no grey,
    which a copier turns into dots that break small text up."""

    # fill, double outline, square corners, dash
    LOOKS: ClassVar[dict] = {
        "open": (True, False, False, None),
        "pool": (False, True, False, None),
        "photo-op": (False, False, True, None),
        "closed": (False, False, False, (2, 1.6)),
    }
    SIZE = 7.5
    LINE = 9.5  # a word's line, when the badge needs two
    PAD = 5

    def __init__(self, access: str, text: str, width: float = 17 * mm):
        super().__init__()
        self.access, self.text, self.least = access, text, width
        self.lines = [text]
        self.width, self.height = width, 12.5

    def wrap(self, availWidth, availHeight):
        need = stringWidth(self.text, fonts.BOLD, self.SIZE) + 2 * self.PAD
        room = max(self.least, availWidth)
        if need <= room:
            self.lines, self.width = [self.text], max(self.least, need)
        else:
            # A long word ("HORS PRESSE") takes two lines rather than run out of its box.
            words = self.text.split()
            cut = max(1, len(words) // 2)
            self.lines = [" ".join(words[:cut]), " ".join(words[cut:])] if len(words) > 1 else [self.text]
            widest = max(stringWidth(line, fonts.BOLD, self.SIZE) for line in self.lines)
            self.width = min(room, max(self.least, widest + 2 * self.PAD))
        self.height = 12.5 + self.LINE * (len(self.lines) - 1)
        return self.width, self.height

    def draw(self):
        filled, double, square, dash = self.LOOKS.get(self.access, self.LOOKS["closed"])
        c = self.canv
        w, h = self.width, self.height
        radius = 0 if square else min(h / 2, 6.25)
        c.saveState()
        c.setStrokeColor(INK)
        c.setFillColor(INK)
        c.setLineWidth(0.9)
        if dash:
            c.setDash(*dash)
        if square:
            c.rect(0.45, 0.45, w - 0.9, h - 0.9, stroke=1, fill=1 if filled else 0)
        else:
            c.drawPath(_shape("roundRect", 0.45, 0.45, w - 0.9, h - 0.9, radius), stroke=1, fill=1 if filled else 0)
        if double:
            c.setLineWidth(0.6)
            c.drawPath(_shape("roundRect", 2.2, 2.2, w - 4.4, h - 4.4, max(0, radius - 1.8)), stroke=1, fill=0)
        c.setFillColor(PAPER if filled else INK)
        c.setFont(fonts.BOLD, self.SIZE)
        for n, line in enumerate(self.lines):
            c.drawCentredString(w / 2, h - 8.9 - n * self.LINE, fit(line, fonts.BOLD, self.SIZE, w - 4))
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
        x, y, r = self.width / 2, self.radius + 0.5, self.radius
        self.canv.drawPath(_shape("ellipse", x - r, y - r, (x + r) - (x - r), (y + r) - (y - r)), stroke=0, fill=1)
        self.canv.restoreState()


class Continued(Flowable):
    """A block's title repeated where the block goes on over a page, marked
    "(suite)": two lines at most whatever the title's length (shortened with
    an ellipsis), so that what a split carries to the next page is always
    less than what it was given (a title taller than a page, repeated whole,
    made each page's rest taller than the last and layout never ended)."""

    LINES = 2

    def __init__(self, title: str, word: str, style):
        super().__init__()
        self.title, self.word, self.style = " ".join(title.split()), f"\u00a0{word}", style
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self.keepWithNext = True  # never alone at a page's foot
        self._lines: list[str] = []

    def wrap(self, availWidth, availHeight):
        st = self.style
        # Every line leaves room for the mark, which follows the last.
        room = max(1.0, availWidth - stringWidth(self.word, st.fontName, st.fontSize))
        lines = simpleSplit(self.title, st.fontName, st.fontSize, room) or [""]
        if len(lines) > self.LINES:
            lines = [*lines[: self.LINES - 1], fit(" ".join(lines[self.LINES - 1 :]), st.fontName, st.fontSize, room)]
        self._lines = lines
        self.width, self.height = availWidth, len(lines) * st.leading
        return availWidth, self.height

    def draw(self):
        st, c = self.style, self.canv
        # One text object: copied, the title and its mark read as one.
        text = c.beginText(0, self.height - st.fontSize)
        text.setFont(st.fontName, st.fontSize, st.leading)
        text.setFillColor(st.textColor)
        for line in self._lines[:-1]:
            text.textLine(line)
        text.textOut(self._lines[-1])
        text.setFillColor(MUTED)
        text.textOut(self.word)
        c.drawText(text)


class Line(Flowable):
    """One line of plain text, shortened with an ellipsis to its width: for
    times and names in dense tables, far cheaper than a Paragraph."""

    def __init__(
        self,
        text: str,
        font: str = fonts.REGULAR,
        size: float = TABLE_SIZE,
        color=INK,
        leading: float = TABLE_LEADING,
        space_before: float = 0,
        space_after: float = 0,
    ):
        super().__init__()
        self.text, self.font, self.size, self.color, self.leading = text, font, size, color, leading
        self.spaceBefore, self.spaceAfter = space_before, space_after

    @classmethod
    def styled(cls, text: str, style) -> Line:
        """A Line that looks like a paragraph in ``style`` (a label, a time)."""
        line = cls(
            text, style.fontName, style.fontSize, style.textColor, style.leading, style.spaceBefore, style.spaceAfter
        )
        line.keepWithNext = getattr(style, "keepWithNext", 0)  # a label stays with what it names
        return line

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, self.leading
        return availWidth, self.leading

    def draw(self):
        self.canv.setFont(self.font, self.size)
        self.canv.setFillColor(self.color)
        self.canv.drawString(0, self.leading - self.size, fit(self.text, self.font, self.size, self.width))

    def drawOn(self, canvas, x, y, _sW=0):
        if not drawable(self.color) or not keeps_alpha(canvas, self.color):
            return super().drawOn(canvas, x, y, _sW)
        # Written where it stands: a transform of its own, saved and restored, cost more than the text.
        text = fit(self.text, self.font, self.size, self.width)
        # canvas.setFont's leading, which draw's text object takes.
        run = (text, self.font, self.size, self.color)
        write(canvas, self._hAlignAdjust(x, _sW), y + self.leading - self.size, [[run]], self.size * 1.2)


@lru_cache(maxsize=64)
def _shape(kind: str, *args: float) -> PDFPathObject:
    """A path traced once and copied where it is drawn again: a badge or an
    attendance dot is the same shape hundreds of times in a pack, and each curve
    costs six numbers formatted in Python (reportlab's C formatter is not used)."""
    path = PDFPathObject()
    getattr(path, kind)(*args)
    return PDFPathObject([path.getCode()])
