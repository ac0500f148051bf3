"""Lay the pack out in one pass and write the PDF bytes.

"Page X of Y", the contents' page numbers, the links and the outline all need
to know where things landed. Instead of laying the document out twice,
PackCanvas keeps each finished page aside and, once the last page is known,
adds them to the file, filling in those numbers as it goes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import NoEncryption, PDFObject
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)
from reportlab.platypus.doctemplate import LCActionFlowable

from briefing.model import Finding, Visit
from briefing.pdf import fonts, labels
from briefing.pdf.context import Pack
from briefing.pdf.findings import ZONE_UTC, finding
from briefing.pdf.flowables import Contents, SectionHeading
from briefing.pdf.furniture import Furniture
from briefing.pdf.operators import FastCanvas
from briefing.pdf.options import PackOptions
from briefing.pdf.sections import OWN_PAGE, PERSONAL, SECTIONS, contacts, cover
from briefing.pdf.streams import binary_streams, paused_collector
from briefing.pdf.styles import BODY_SIZE, MEASURES, STYLES
from briefing.pdf.text import TextWriter, to_markup

# A section starts on the page of the one before when this share of a page is
# left: its heading with a good start of what it says.
SECTION_ROOM = 0.22


@dataclass
class Marks:
    """Where headings and contents rows landed, as the layout goes."""

    headings: list[tuple[int, str, str, float]] = field(default_factory=list)
    slots: list[tuple[int, str, tuple[float, float, float, float], float]] = field(default_factory=list)
    pages: dict[str, int] = field(default_factory=dict)
    days: list[tuple[int, str, dt.date, float]] = field(default_factory=list)

    def heading(self, page: int, key: str, title: str, top: float) -> None:
        self.headings.append((page, key, title, top))
        self.pages.setdefault(key, page)

    def day(self, page: int, day: dt.date, top: float) -> None:
        # Kept with the section it is drawn in, the last heading so far.
        section = self.headings[-1][1] if self.headings else ""
        self.days.append((page, section, day, top))

    def slot(self, page: int, key: str, rect, base_offset: float) -> None:
        self.slots.append((page, key, rect, base_offset))


# A URL reportlab writes into a link annotation as it is: printable ASCII but the ( ) and \ it escapes.
_PLAIN_URL = re.compile(r"[\x21-\x27\x2a-\x5b\x5d-\x7e]*")


class _Link(PDFObject):
    """A URI link annotation, written as canvas.linkURL's dictionary would be but
    in one step: a personal programme's contacts table holds a hundred, and
    reportlab's generic formatting of their nested objects took 6 ms."""

    def __init__(self, url: str, rect: tuple[float, float, float, float]):
        self.url, self.rect = url, rect

    def format(self, document) -> bytes:
        return (
            b"<<\n/A <<\n/S /URI /Type /Action /URI (" + self.url.encode("ascii") + b")\n>> /Border [ 0 0 0 ] "
            b"/Rect [ " + fp_str(*self.rect).encode("ascii") + b" ] /Subtype /Link /Type /Annot\n>>"
        )


class PackCanvas(FastCanvas):
    """A canvas that holds its pages until the end (see the module's docstring)."""

    def __init__(self, *args, marks: Marks, furniture: Furniture, body_top: float, **kwargs):
        super().__init__(*args, **kwargs)
        self.pack_marks = marks
        self._body_top = body_top
        self._furniture = furniture
        self._held: list[dict] = []

    def linkURL(self, url, rect, relative=0, thickness=0, color=None, dashArray=None, kind="URI", **kw):
        plain = kind == "URI" and not (thickness or color or dashArray or kw) and _PLAIN_URL.fullmatch(url)
        if not plain or rl_config.pdfMultiLine or not isinstance(self._doc.encrypt, NoEncryption):
            return super().linkURL(url, rect, relative, thickness, color, dashArray, kind, **kw)
        self._addAnnotation(_Link(url, self._absRect(rect, relative)))

    def showPage(self):
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._held)
        marks = self.pack_marks
        current = None  # the section under way
        current_key = None
        day = None  # the day under way in it (the glance, the programme)
        # Links drawn during layout (tel:, mailto:) already used annotation
        # numbers: a page's saved state must not wind the counter back.
        annotations = self._annotationCount
        for state in self._held:
            self.__dict__.update(state)
            self._annotationCount = annotations
            page = self._pageNumber
            here = [(key, title, top) for at, key, title, top in marks.headings if at == page]
            for key, title, top in here:
                if key:
                    self.bookmarkPage(key, fit="XYZ", left=0, top=top + 14)
                    self.addOutlineEntry(title, key, level=0)
            # The running header names the section the page starts with: one
            # whose heading heads the page, else the one going on from the page before.
            starts = bool(here) and (here[0][2] >= self._body_top - 1 or current is None)
            header, header_key = (here[0][1], here[0][0]) if starts else (current, current_key)
            if starts:
                day = None  # a new section: days so far were another section's
            # ... and, on pages of a multi-day programme, the days the page is on:
            # the day under way at its top, and those starting on it.
            # (Only the section the header names: a page may end one section's days.)
            mine = [(when, top) for at, key, when, top in self.pack_marks.days if at == page and key == header_key]
            days = [when for when, _ in mine]
            first_top = mine[0][1] if mine else None
            if day is not None and not (days and first_top is not None and first_top >= self._body_top - 1):
                days.insert(0, day)
            if days and header is not None:
                header += " \u2014 " + self._furniture.days(days[0], days[-1])
            day = days[-1] if days else day
            if here:
                current, current_key = here[-1][1], here[-1][0]
                if current_key != header_key:
                    # A section starting lower on the page: the day under way is its own.
                    later = [when for at, key, when, _ in self.pack_marks.days if at == page and key == current_key]
                    day = later[-1] if later else None
            for at, key, (x0, y0, x1, y1), base in marks.slots:
                if at == page and key in marks.pages:
                    self.saveState()
                    self.setFont(fonts.BOLD, 11)
                    self.drawRightString(x1, y0 + base, str(marks.pages[key]))
                    self.restoreState()
                    self.linkRect("", key, (x0, y0, x1, y1), relative=0, thickness=0)
            self._furniture.finish_page(self, page, total, header if page > 1 else None)
            annotations = self._annotationCount
            Canvas.showPage(self)
        self._held = []
        if marks.headings:
            self.showOutline()
        Canvas.save(self)


class KeepWithNext(KeepTogether):
    """What reportlab makes of a heading and the flowable after it. Its own class
    moves both to the next page whenever they do not fit the space left, even
    when what follows would split there anyway, which leaves the rest of the
    page blank; here the heading starts where it is whenever what follows can
    begin under it (fits, or splits there itself) with some room."""

    ROOM = 90  # points: the heading and a few lines of what follows

    def split(self, aW, aH):
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = self._content
        if len(content) >= 2 and aH >= self._H0 + self.ROOM:
            lead = content[:-1]
            used = sum(f.wrap(aW, aH)[1] + f.getSpaceAfter() + f.getSpaceBefore() for f in lead)
            rest = content[-1]
            parts = rest.split(aW, aH - used - rest.getSpaceBefore()) if aH - used >= self.ROOM else []
            # A part that is a page break (a KeepTogether moving on) begins nothing here.
            if parts and not isinstance(parts[0], LCActionFlowable):
                return content[:]
        return super().split(aW, aH)


def _produced(pack: Pack, options: PackOptions) -> dt.datetime:
    if options.produced is not None:
        return options.produced
    name = pack.visit.details.timezone or "Europe/Paris"
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        # A typo in a hand-edited file, or a system without time zone data:
        # the pack is still made, and the user learns why the hour is off.
        pack.warn(
            finding(
                ZONE_UTC,
                "visit.timezone",
                f"the time zone \u201c{name}\u201d is unknown on this computer; "
                "the time the pack was produced is given in UTC.",
                zone=name,
            )
        )
        zone = dt.UTC
    return dt.datetime.now(zone)


def build_pack(visit: Visit, options: PackOptions) -> tuple[bytes, list[Finding]]:
    recipient = visit.person(options.recipient) if options.recipient else None
    if options.recipient:
        from briefing.model.people import personal_visit

        visit = personal_visit(visit, options.recipient)
    # Paragraph styles hyphenate in the pack's language, in this thread; the
    # collector waits until the end (streams.paused_collector says why).
    with STYLES.use(labels.language(visit.details.language)), paused_collector():
        return _build_pack(visit, options, recipient)


def _build_pack(visit: Visit, options: PackOptions, recipient) -> tuple[bytes, list[Finding]]:
    drawable = fonts.register_fonts()
    pagesize = options.pagesize
    m = MEASURES
    width = pagesize[0] - m.margin_left - m.margin_right
    height = pagesize[1] - m.margin_top - m.margin_bottom
    french = labels.language(visit.details.language) == "fr"
    pack = Pack(visit=visit, writer=TextWriter(drawable, french), width=width, height=height, recipient=recipient)

    produced = _produced(pack, options)
    cover_story = cover.build(pack, produced)
    body, entries = [], []
    for key, module in SECTIONS:
        if recipient is not None and key not in PERSONAL:
            continue
        flowables = module.build(pack)
        if not flowables:
            continue  # a section with nothing in it is left out, contents included
        number = len(entries) + 1
        title = module.title(pack) if hasattr(module, "title") else labels.word(pack.lang, key)
        entries.append((key, number, title))
        # Short sections share a page: a new page only where one is needed.
        # (A new page unless already at the top of one: a PageBreak there leaves a page blank.)
        opener = CondPageBreak(pack.height - 1 if key in OWN_PAGE else pack.height * SECTION_ROOM)
        body += [opener, SectionHeading(key, number, title, to_markup(title)), *flowables]

    story = [*cover_story, NextPageTemplate("page")]
    if entries:
        contents_title = labels.word(pack.lang, "contents")
        # No key: the contents page is neither an outline entry nor a link target,
        # as the outline is to match the contents (PackCanvas.save skips it).
        story += [PageBreak(), SectionHeading("", 0, contents_title, to_markup(contents_title))]
        # The day's contacts under the contents: the page a reader opens first.
        story += [Contents(entries), *contacts.first_page(pack), *body]

    furniture = Furniture(pack, pagesize, produced)
    marks = Marks()
    buffer = io.BytesIO()
    d = visit.details
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=m.margin_left,
        rightMargin=m.margin_right,
        topMargin=m.margin_top,
        bottomMargin=m.margin_bottom,
        title=_meta(d.title),
        author=_meta(d.prepared_by or d.principal),
        subject=_subject(pack),
        creator="Briefing",
        lang="fr-FR" if pack.lang == "fr" else "en-GB",
        displayDocTitle=True,
        initialFontName=fonts.REGULAR,
        initialFontSize=BODY_SIZE,
        keepTogetherClass=KeepWithNext,
    )
    frame = Frame(
        m.margin_left,
        m.margin_bottom,
        width,
        height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate("cover", [frame], onPage=furniture.on_cover, pagesize=pagesize),
            PageTemplate("page", [frame], onPage=furniture.on_page, pagesize=pagesize),
        ]
    )

    def canvasmaker(*args, **kwargs):
        return PackCanvas(*args, marks=marks, furniture=furniture, body_top=pagesize[1] - m.margin_top, **kwargs)

    with binary_streams():
        doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue(), pack.writer.warnings


def _meta(text: str) -> str:
    """Document properties are shown by the reader in its own fonts: the text as
    written, on one line, without control characters."""
    return " ".join("".join(c if c.isprintable() else " " for c in text or "").split())


def _subject(pack: Pack) -> str:
    d = pack.visit.details
    parts = [labels.word(pack.lang, "pack"), _meta(d.principal)]
    parts.append(labels.date_range(pack.lang, d.start_date, d.last_date))
    parts.append(_meta(d.location))
    return " — ".join(p for p in parts if p)
