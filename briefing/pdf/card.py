"""The pocket card ("bristol"): the principal's programme in large type, one card per day.

Four cards to a sheet of the office's paper (A6 on A4, a quarter of Letter on
Letter), with cut marks. Each card carries the protective marking and is
headed with the principal's (or, with ``person_id``, that person's) name and
the day; every stop and travel leg follows in order with its time, place,
press access, who greets and whether the principal speaks; the day's contacts
close it. A day that does not fit goes on to another card headed "(suite)" /
"(continued)": type is never shrunk (times 12 pt bold, nothing under 10 pt).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from itertools import groupby

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepTogether, Spacer

from briefing.model import Finding, Stop, Visit, words
from briefing.model.people import stops_of
from briefing.pdf import fonts, labels
from briefing.pdf.options import PAPERS
from briefing.pdf.paragraph import Para
from briefing.pdf.streams import binary_streams
from briefing.pdf.text import TextWriter, to_markup

MARGIN = 8 * mm  # inside each card: at least 6 mm from the paper's edge, clear of the cut marks
TIME_COLUMN = 19 * mm
INK = colors.HexColor("#1d2a3a")
RULE = colors.HexColor("#9aa5b1")


def _style(name: str, size: float, font: str = fonts.REGULAR, leading: float | None = None, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.22, textColor=INK, **extra)


STYLES = {
    "marking": _style("marking", 10, fonts.BOLD, alignment=1),
    "name": _style("name", 12.5, fonts.BOLD),
    "day": _style("day", 12, fonts.REGULAR),
    "time": _style("time", 12, fonts.BOLD),
    "time_end": _style("time_end", 11, fonts.REGULAR),
    "title": _style("title", 11.5, fonts.BOLD),
    "place": _style("place", 11, fonts.REGULAR),
    "detail": _style("detail", 11, fonts.REGULAR),
    "contacts_head": _style("contacts_head", 11, fonts.BOLD),
    "contact": _style("contact", 11, fonts.REGULAR),
}


@dataclass(frozen=True)
class CardOptions:
    paper: str = "a4"
    person_id: str | None = None
    produced: dt.datetime | None = None


class _Sheet:
    """Hands out the cards of the sheets in turn: four to a page, cut marks on each page."""

    def __init__(self, canvas: Canvas, pagesize: tuple[float, float]):
        self.canvas = canvas
        self.width, self.height = pagesize
        self.count = 0

    def next_frame(self) -> Frame:
        if self.count and self.count % 4 == 0:
            self.canvas.showPage()
        if self.count % 4 == 0:
            self._cut_marks()
        slot = self.count % 4
        self.count += 1
        w, h = self.width / 2, self.height / 2
        x = (slot % 2) * w
        y = self.height - (slot // 2 + 1) * h
        return Frame(x + MARGIN, y + MARGIN, w - 2 * MARGIN, h - 2 * MARGIN, 0, 0, 0, 0, showBoundary=0)

    def _cut_marks(self) -> None:
        c, w, h = self.canvas, self.width, self.height
        c.saveState()
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.4)
        inner, outer = 6.5 * mm, 4.5 * mm  # printers clip below about 4.2 mm
        c.line(w / 2, h - outer, w / 2, h - inner)
        c.line(w / 2, outer, w / 2, inner)
        c.line(outer, h / 2, inner, h / 2)
        c.line(w - outer, h / 2, w - inner, h / 2)
        c.line(w / 2 - 3 * mm, h / 2, w / 2 + 3 * mm, h / 2)
        c.line(w / 2, h / 2 - 3 * mm, w / 2, h / 2 + 3 * mm)
        c.restoreState()


class _Card:
    """Fills cards with flowables, starting a new card (with its heading again) when one is full."""

    def __init__(self, sheet: _Sheet, heading):
        self.sheet = sheet
        self.heading = heading  # continued: bool -> list of flowables
        self.frame: Frame | None = None

    def start(self, continued: bool = False) -> None:
        self.frame = self.sheet.next_frame()
        for flowable in self.heading(continued):
            self.frame.add(flowable, self.sheet.canvas)

    def add(self, flowable) -> None:
        if self.frame is None:
            self.start()
        if self.frame.add(flowable, self.sheet.canvas):
            return
        self.start(continued=True)
        if self.frame.add(flowable, self.sheet.canvas):
            return
        # Taller than a whole card (a huge title): split it, across cards if need be.
        parts = self.frame.split(flowable, self.sheet.canvas) or [flowable]
        for part in parts:
            if not self.frame.add(part, self.sheet.canvas):
                self.start(continued=True)
                self.frame.add(part, self.sheet.canvas, trySplit=1)


class _Row(Flowable):
    """A stop on a card: its time in the left column, what and where at the right, a rule below.

    Lighter than a Table (a card holds dozens): each paragraph is wrapped once
    for its column's width, and a row taller than what is left splits between
    the right column's paragraphs.
    """

    PAD_TOP, PAD_BOTTOM = 3, 4

    def __init__(self, left: list, right: list):
        super().__init__()
        self.left, self.right = left, right
        self._measured: tuple | None = None

    def _heights(self, width: float) -> tuple[list[float], list[float]]:
        # Every card has the same width: a row tried on a full card and moved to the next is measured once.
        if self._measured is None or self._measured[0] != width:
            lw, rw = TIME_COLUMN, width - TIME_COLUMN
            heights = [f.wrap(lw, 10_000)[1] for f in self.left], [f.wrap(rw, 10_000)[1] for f in self.right]
            self._measured = (width, heights)
        return self._measured[1]

    def wrap(self, aW, aH):
        self.width = aW
        self.lh, self.rh = self._heights(aW)
        self.height = max(sum(self.lh), sum(self.rh)) + self.PAD_TOP + self.PAD_BOTTOM
        return aW, self.height

    def split(self, aW, aH):
        _, rh = self._heights(aW)
        room, used, cut = aH - self.PAD_TOP - self.PAD_BOTTOM, 0.0, 0
        while cut < len(rh) and used + rh[cut] <= room:
            used += rh[cut]
            cut += 1
        if cut == 0 or cut == len(rh):
            return []
        return [_Row(self.left, self.right[:cut]), _Row([], self.right[cut:])]

    def draw(self):
        canvas = self.canv
        for column, x, heights in ((self.left, 0, self.lh), (self.right, TIME_COLUMN, self.rh)):
            y = self.height - self.PAD_TOP
            for flowable, h in zip(column, heights, strict=True):
                y -= h
                flowable.drawOn(canvas, x, y)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(0, 0, self.width, 0)
        canvas.restoreState()


def _row(stop: Stop, writer: TextWriter, lang: str, index: int, names: dict[str, str]) -> Flowable:
    where = f"itinerary[{index}]"
    colon = "\u00a0: " if lang == "fr" else ": "
    # Plain paragraphs in one style each: reportlab's fast path, and no markup parsing (paragraph.Para).
    left = [Para(words.clock(lang, stop.start), STYLES["time"])]
    if stop.end is not None:
        left.append(Para(words.clock(lang, stop.end), STYLES["time_end"]))
    right = [Para(writer.markup(stop.name(lang) or stop.id, f"{where}.title"), STYLES["title"])]
    place = " → ".join(p for p in (stop.venue, stop.destination) if p) if stop.is_travel else stop.venue
    if stop.is_travel and not stop.title:
        place = ""  # an untitled leg is already named by its places
    details = [writer.markup(place, f"{where}.venue")] if place else []
    if stop.is_travel and stop.reference:
        details.append(writer.markup(stop.reference, f"{where}.reference"))
    if stop.press:
        details.append(f"{words.label(lang, 'press')}{colon}{to_markup(words.press(lang, stop.press))}")
    if stop.met_by:
        greeters = ", ".join(names.get(i, i) for i in stop.met_by)
        details.append(f"{words.label(lang, 'met_by')}{colon}{writer.markup(greeters, f'{where}.met_by')}")
    if stop.speaks:
        length = f"{stop.speaking_minutes}\u00a0min" if stop.speaking_minutes else ""
        details.append(words.label(lang, "speaks") + (f"{colon}{length}" if length else ""))
    right += [Para(text, STYLES["detail"]) for text in details]
    return _Row(left, right)


def _build(visit: Visit, options: CardOptions) -> tuple[bytes, list[Finding]]:
    drawable = fonts.register_fonts()
    lang = labels.language(visit.details.language)
    writer = TextWriter(drawable, french=lang == "fr")
    d = visit.details
    who = d.principal
    if options.person_id is not None:
        person = visit.person(options.person_id)
        who = person.name if person else options.person_id
        stops = stops_of(visit, options.person_id)
    else:
        stops = visit.ordered_stops()
    stops = [s for s in stops if s.start is not None]
    index = {id(s): i for i, s in enumerate(visit.itinerary)}
    marking = " \u00b7 ".join(
        p for p in (d.classification.strip(), labels.word(lang, "draft") if d.status == "draft" else "") if p
    )

    buffer = io.BytesIO()
    pagesize = PAPERS[options.paper]
    canvas = Canvas(buffer, pagesize=pagesize, initialFontName=fonts.REGULAR, initialFontSize=11)
    canvas.setTitle(" ".join(f"{who} \u2014 {d.title}".split()))
    canvas.setCreator("Briefing")
    sheet = _Sheet(canvas, pagesize)

    names = {p.id: p.name or p.id for p in visit.attendees}
    card_height = pagesize[1] / 2 - 2 * MARGIN
    contacts = None
    if visit.contacts:
        lines = []
        for i, contact in enumerate(visit.contacts):
            bits = [writer.markup(contact.name, f"contacts[{i}].name")]
            if contact.role:
                bits.append(writer.markup(contact.role, f"contacts[{i}].role"))
            if contact.phone:
                bits.append(writer.markup(contact.phone.replace(" ", "\u00a0"), f"contacts[{i}].phone"))  # never split
            lines.append(" \u2014 ".join(bits))
        # A paragraph each, in one style: reportlab's fast path (markup in a long paragraph is its slow one).
        contacts = lines

    days = groupby(stops, key=visit.stop_date) if stops else [(d.start_date, [])]
    for day, day_stops in days:
        day_text = labels.long_date(lang, day) if day else ""

        made: dict[bool, list] = {}

        def heading(continued: bool, day_text=day_text, made=made) -> list:
            # Made once a day and drawn on each of its cards: a paragraph measured at one width draws again.
            if continued in made:
                return made[continued]
            out = made[continued] = []
            if marking:
                out.append(Para(writer.markup(marking, "visit.classification"), STYLES["marking"]))
                out.append(Spacer(1, 2 * mm))
            out.append(Para(writer.markup(who, "visit.principal"), STYLES["name"]))
            suffix = f" {labels.word(lang, 'continued')}" if continued else ""
            out.append(Para(to_markup(writer.clean(day_text, "visit.start_date") + suffix), STYLES["day"]))
            out.append(Spacer(1, 2.5 * mm))
            return out

        card = _Card(sheet, heading)
        card.start()
        for stop in day_stops:
            card.add(_row(stop, writer, lang, index[id(stop)], names))
        if contacts is not None:
            day_contacts = [Para(line, STYLES["contact"]) for line in contacts]
            block = [Spacer(1, 3 * mm), Para(to_markup(labels.word(lang, "contacts")), STYLES["contacts_head"])]
            if len(visit.contacts) * STYLES["contact"].leading < 0.6 * card_height:
                card.add(KeepTogether([*block, *day_contacts]))  # together, on the next card if need be
            else:  # more than a card holds: the list goes on card after card
                for flowable in (*block, *day_contacts):
                    card.add(flowable)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), writer.warnings


def build_card(visit: Visit, options: CardOptions | None = None) -> tuple[bytes, list[Finding]]:
    """The cards as PDF bytes, and the warnings met while making them."""
    with binary_streams():  # as the pack: compressed streams without the ASCII85 layer
        return _build(visit, options or CardOptions())


def export_card(visit: Visit, out_path, options: CardOptions | None = None) -> list[Finding]:
    from briefing.atomic import atomic_write

    data, warnings = build_card(visit, options)
    atomic_write(out_path, data)
    return warnings
