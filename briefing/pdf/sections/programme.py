"""Detailed programme: each stop with its time and length, venue and address,
who takes part, press arrangements, notes and the key messages tied to it.

A stop is one two-column table row (time on the left, the rest on the right),
kept on one page unless it is longer than a page; then it splits inside.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from briefing.model import Stop
from briefing.pdf import labels
from briefing.pdf.context import Pack
from briefing.pdf.flowables import Badge
from briefing.pdf.sections.common import BULLET, index_of
from briefing.pdf.styles import MEASURES, RULE, STYLES, cell_style


def _left(pack: Pack, stop: Stop) -> list[Flowable]:
    out: list[Flowable] = [pack.fixed(labels.clock(stop.start), "time")]
    if stop.end:
        out.append(pack.fixed(f"\u2013\u00a0{labels.clock(stop.end)}", "time_small"))
    length = labels.duration(pack.lang, stop.duration_minutes())
    if length:
        out.append(pack.fixed(length, "time_small"))
    out += [Spacer(1, 6), Badge(stop.press, labels.press(pack.lang, stop.press)[0])]
    return out


def _right(pack: Pack, stop: Stop, i: int) -> list[Flowable]:
    where = f"itinerary[{i}]"
    out: list[Flowable] = pack.paras(stop.title, "h3", f"{where}.title")
    if stop.venue:
        out += pack.paras(stop.venue, "body_tight", f"{where}.venue")
    if stop.address:
        out += pack.paras(stop.address, "small", f"{where}.address")
    out.append(pack.fixed(pack.word("press").upper(), "label"))
    out.append(pack.fixed(labels.press(pack.lang, stop.press)[1].capitalize(), "body_tight"))
    people = [(j, pack.visit.person(pid)) for j, pid in enumerate(stop.attendees)]
    people = [(j, p) for j, p in people if p is not None]
    if people:
        out.append(pack.fixed(pack.word("participants").upper(), "label"))
        for j, person in people:
            name = pack.writer.markup(person.name, f"attendees[{pack.visit.attendees.index(person)}].name")
            bits = [person.role, person.organisation]
            rest = ", ".join(pack.writer.markup(b, f"{where}.attendees[{j}]") for b in bits if b)
            text = f"<b>{name}</b>" + (f" — {rest}" if rest else "")
            out.append(Paragraph(text, STYLES["body_tight"]))
    return out


def _indented(name: str) -> ParagraphStyle:
    base = STYLES[name]
    return ParagraphStyle(f"{name}_stop", parent=base, leftIndent=base.leftIndent + MEASURES.time_column)


def _below(pack: Pack, stop: Stop, i: int) -> list[Flowable]:
    """Notes and messages flow under the row, aligned with its right column: a
    table row split across pages is laid out again for every page it spans, so
    a long note inside the row would cost time growing with the square of its length."""
    out: list[Flowable] = []
    label, body, bullet = _indented("label"), _indented("body"), _indented("bullet")
    if stop.notes.strip():
        out.append(Paragraph(pack.word("notes").upper(), label))
        out += [Paragraph(p, body) for p in pack.writer.pieces(stop.notes, f"itinerary[{i}].notes")]
    tied = pack.visit.messages_for(stop.id)
    if tied:
        out.append(Paragraph(pack.word("stop_messages").upper(), label))
        for message in tied:
            k = pack.visit.messages.index(message)
            for piece in pack.writer.pieces(message.headline, f"messages[{k}].headline"):
                out.append(Paragraph(piece, bullet, bulletText=BULLET))
    if out:
        out.append(Spacer(1, 8))
    return out


def build(pack: Pack) -> list[Flowable]:
    visit = pack.visit
    stops = visit.ordered_stops()
    if not stops:
        return []
    left_w = MEASURES.time_column
    story: list[Flowable] = []
    for day, day_stops in groupby(stops, key=visit.stop_date):
        if day:
            story.append(pack.fixed(labels.long_date(pack.lang, day), "h2"))
        for stop in day_stops:
            i = index_of(pack, stop)
            row = Table(
                [[_left(pack, stop), _right(pack, stop, i)]],
                colWidths=[left_w, pack.width - left_w],
                splitInRow=1,
                hAlign="LEFT",
            )
            row.setStyle(
                cell_style(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (0, -1), 4 * mm),
                        ("TOPPADDING", (0, 0), (-1, -1), 9),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                        ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                    ]
                )
            )
            story.append(KeepTogether([row, *_below(pack, stop, i)]))
        story.append(Spacer(1, 6))
    return story
