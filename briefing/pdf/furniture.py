"""Page furniture, kept out of the content: the protective marking at top and
bottom, the running header, the DRAFT mark, and the footer with "page X of Y".

``on_cover`` and ``on_page`` are the page templates' onPage callbacks; they draw
the marking and the DRAFT mark beneath the content. ``finish_page`` runs when
the whole document has been laid out (see build.PackCanvas): the page count,
and the section each page belongs to (named in the running header), are known
only then.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing.pdf import fonts, labels
from briefing.pdf.outlines import draw_text_as_shapes, text_width
from briefing.pdf.paragraph import SHY
from briefing.pdf.styles import ACCENT, DRAFT, INK, MEASURES, MUTED, RULE

SMALL = 7.5
MARKING_SIZE = 8
MARKING_BOX = 13  # the marking's box, in points tall
# The footer's wording (labels.py holds the pack's labels; these are the
# footer's alone and read as one phrase).
ISSUED = {"fr": "édité le", "en": "issued"}


def hour(lang: str, when: dt.time) -> str:
    """``16 h 30`` and ``16 h`` in French; ``4:30 pm`` and ``4 pm`` in English."""
    if lang == "fr":
        return f"{when.hour} h {when.minute:02d}" if when.minute else f"{when.hour} h"
    twelve = when.hour % 12 or 12
    half = "am" if when.hour < 12 else "pm"
    return f"{twelve}:{when.minute:02d} {half}" if when.minute else f"{twelve} {half}"


def issued(lang: str, revision: int, when: dt.datetime) -> str:
    """The footer's line that matches loose pages of one printing:
    ``Révision 3 — édité le 2 mars 2027 à 16 h 30``."""
    day = labels.long_date(lang, when.date(), weekday=False)
    at = labels.word(lang, "at")
    return f"{labels.word(lang, 'revision')} {revision} — {ISSUED[lang]} {day} {at} {hour(lang, when.time())}"


@lru_cache(maxsize=256)
def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of ``width``, shortened with an ellipsis if need be.

    Kept: every page asks again for the same title, marking and badges. A soft
    hyphen marks where a word may break, and prints only where a line does (as
    reportlab's paragraphs print it): on the one line here, nowhere."""
    text = " ".join(text.replace(SHY, "").split())
    if stringWidth(text, font, size) <= width:
        return text
    # Cut by bisection: a title may be very long, and measuring costs per character.
    lo, hi = 0, min(len(text), 400)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


class Furniture:
    """What every page shows, prepared once per pack from the visit's details."""

    def __init__(self, pack, pagesize, produced: dt.datetime):
        d = pack.visit.details
        w = pack.writer
        self.lang = pack.lang
        self.width, self.height = pagesize
        self.marking = w.clean(d.classification, "visit.classification").strip().upper()
        self.title = w.clean(d.title, "visit.title")
        self.dates = labels.date_range(self.lang, d.start_date, d.last_date)
        self.draft = d.status != "final"
        self.revision = issued(self.lang, d.revision, produced)
        if self.draft:
            # The draft mark is a shape: the footer says it in words too.
            self.revision += f" · {labels.word(self.lang, 'draft')}"

    def days(self, first: dt.date, last: dt.date) -> str:
        """The day or days a programme page is on, for its running header."""
        if first == last:
            return labels.long_date(self.lang, first)
        return labels.date_range(self.lang, first, last)

    def _marking(self, c) -> None:
        if not self.marking:
            return
        text = fit(self.marking, fonts.BOLD, MARKING_SIZE, self.width - 60 * mm)
        box = stringWidth(text, fonts.BOLD, MARKING_SIZE) + 14
        # The box's outer edge, not its text, keeps the distance from the paper's
        # edge: office printers clip below about 4.2 mm.
        edge = MEASURES.marking_inset
        for bottom in (self.height - edge - MARKING_BOX, edge):
            c.setStrokeColor(INK)
            c.setLineWidth(0.8)
            c.rect((self.width - box) / 2, bottom, box, MARKING_BOX, stroke=1, fill=0)
            c.setFillColor(INK)
            c.setFont(fonts.BOLD, MARKING_SIZE)
            c.drawCentredString(self.width / 2, bottom + 3.5, text)

    def _draft(self, c) -> None:
        if not self.draft:
            return
        # Drawn once per document as a form that each page refers to: the
        # outlines cost a few curves per letter, not worth writing 300 times.
        if not getattr(c, "_briefing_draft_form", False):
            word = labels.word(self.lang, "draft_mark")
            size = min(110, (self.width * 1.05) / max(1, len(word)) * 1.5)
            c.beginForm("BriefingDraftMark")
            c.saveState()
            c.translate(self.width / 2, self.height / 2)
            c.rotate(50)
            # Shapes, not text: copied or searched, a draft page starts with its
            # title, not "P R O J E T".
            draw_text_as_shapes(c, word, fonts.BOLD, size, -text_width(word, fonts.BOLD, size) / 2, -size / 3)
            c.restoreState()
            c.endForm()
            c._briefing_draft_form = True
        # The colour (and its transparency, a page resource) is set where the
        # form is used: a form inherits it.
        c.saveState()
        c.setFillColor(DRAFT)
        c.doForm("BriefingDraftMark")
        c.restoreState()

    def _header(self, c, section: str) -> None:
        left, right = MEASURES.margin_left, self.width - MEASURES.margin_right
        y = self.height - MEASURES.header_inset
        c.setFont(fonts.REGULAR, SMALL)
        c.setFillColor(MUTED)
        dates_w = stringWidth(section, fonts.REGULAR, SMALL)
        c.drawRightString(right, y, section)
        c.setFillColor(INK)
        c.setFont(fonts.BOLD, SMALL)
        c.drawString(left, y, fit(self.title, fonts.BOLD, SMALL, right - left - dates_w - 12))
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(left, y - 5, right, y - 5)

    def on_cover(self, c, doc) -> None:
        c.saveState()
        self._draft(c)
        # The cover's accent bar stands inside the printable area: a band to
        # the paper's edge comes out clipped, and uneven, from office printers.
        m = MEASURES
        c.setFillColor(ACCENT)
        c.rect(
            m.margin_left - 10 * mm,
            m.margin_bottom,
            2.5 * mm,
            self.height - m.margin_top - m.margin_bottom,
            stroke=0,
            fill=1,
        )
        self._marking(c)
        c.restoreState()

    def on_page(self, c, doc) -> None:
        c.saveState()
        self._draft(c)
        self._marking(c)
        c.restoreState()

    def finish_page(self, c, page: int, total: int, section: str | None) -> None:
        """Drawn once the layout is over: the page count and each page's section are known."""
        if section is not None:
            c.saveState()
            self._header(c, section)
            c.restoreState()
        left, right = MEASURES.margin_left, self.width - MEASURES.margin_right
        y = MEASURES.footer_inset
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(left, y + 10, right, y + 10)
        c.setFont(fonts.REGULAR, SMALL)
        c.setFillColor(MUTED)
        c.drawString(left, y, self.revision)
        c.setFillColor(INK)
        c.setFont(fonts.BOLD, SMALL)
        c.drawRightString(right, y, labels.word(self.lang, "page_of").format(page=page, total=total))
        c.restoreState()
