"""What every section module needs: the visit, its language, clean text and photos."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Paragraph

from briefing.model import Finding, Visit
from briefing.pdf import labels
from briefing.pdf.flowables import DayHeading
from briefing.pdf.paragraph import Para
from briefing.pdf.photos import PhotoBox
from briefing.pdf.runs import Runs
from briefing.pdf.styles import STYLES
from briefing.pdf.text import TextWriter, split_pieces, to_markup


@dataclass
class Pack:
    visit: Visit
    writer: TextWriter
    width: float  # of the text frame, in points
    height: float
    photos: PhotoBox = field(default_factory=PhotoBox)
    stop_index: dict[int, int] = field(default_factory=dict)
    message_index: dict[int, int] = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    person_index: dict[int, int] = field(default_factory=dict)
    # The person whose own programme this is (None: the principal's pack).
    recipient: object = None

    def __post_init__(self) -> None:
        # Positions in the file, to name fields in warnings (itinerary[3].notes).
        self.stop_index = {id(s): i for i, s in enumerate(self.visit.itinerary)}
        self.message_index = {id(m): i for i, m in enumerate(self.visit.messages)}
        self.people = {p.id: p for p in self.visit.attendees}
        self.person_index = {id(p): i for i, p in enumerate(self.visit.attendees)}

    @property
    def lang(self) -> str:
        return labels.language(self.visit.details.language)

    def word(self, key: str) -> str:
        return labels.word(self.lang, key)

    def para(self, text: str | None, style: str, where: str) -> Paragraph:
        """One short user field as a single paragraph."""
        return Para(self.writer.markup(text, where), STYLES[style])

    def paras(self, text: str | None, style: str, where: str) -> list[Flowable]:
        """A long user field, one paragraph per paragraph typed (long ones cut in pieces)."""
        return [Para(piece, STYLES[style]) for piece in self.writer.pieces(text, where)]

    def line(self, text: str | None, style: str, where: str) -> list[Flowable]:
        """A short user field, most often one line (a name or a place in a table):
        as ``paras``, each paragraph drawn without a Paragraph's work when it fits (runs.Runs)."""
        s = STYLES[style]
        return [Runs.text(piece, s, to_markup(piece)) for piece in split_pieces(self.writer.clean(text, where))]

    def label(self, text: str, style: str) -> Flowable:
        """A label of our own in plain text (a table's column heading), drawn as ``line`` draws."""
        return Runs.text(text, STYLES[style], to_markup(text))

    def fixed(self, markup: str, style: str) -> Paragraph:
        """A label of our own (already safe markup)."""
        return Para(markup, STYLES[style])

    def day_heading(self, day, style: str = "h2") -> Paragraph:
        """A day's heading; on a visit of several days it also names the day in
        the running header of the pages it is on (flowables.DayHeading)."""
        label = labels.long_date(self.lang, day)
        if len(self.visit.details.days()) > 1:
            return DayHeading(label, STYLES[style], day)
        return self.fixed(label, style)

    def warn(self, warning: Finding) -> None:
        self.writer.warn(warning)
