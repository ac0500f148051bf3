"""Programme at a glance: one compact table per day (time, what, where, press)
at the size of the tables elsewhere, never shrunk to hold a day on one page: a
long day goes on over the next page under its column headings again."""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from briefing.pdf import labels
from briefing.pdf.context import Pack
from briefing.pdf.flowables import Badge
from briefing.pdf.rows import PLAIN, Captioned, Rows
from briefing.pdf.sections.common import index_of, stop_when

LEGEND = replace(PLAIN, rule=0, pad_left=0, pad_top=1.5, pad_bottom=1.5, middle=(0, 1, 2, 3))


def legend(pack: Pack) -> Rows:
    cells = []
    for access in ("open", "pool", "photo-op", "closed"):
        short, long = labels.press(pack.lang, access)
        cells += [Badge(access, short), pack.label(long, "cell_muted")]
    return Rows([cells[:4], cells[4:]], [19 * mm, pack.width / 2 - 19 * mm] * 2, look=LEGEND)


def build(pack: Pack) -> list[Flowable]:
    visit = pack.visit
    stops = visit.ordered_stops()
    if not stops:
        return []
    w = pack.width
    story: list[Flowable] = [legend(pack), Spacer(1, 6)]
    head = [pack.label(pack.word(k).upper(), "cell_head") for k in ("time", "what", "where", "press")]
    widths = [30 * mm, w - 30 * mm - 52 * mm - 22 * mm, 52 * mm, 22 * mm]
    for day, day_stops in groupby(stops, key=visit.stop_date):
        rows = []
        for stop in day_stops:
            i = index_of(pack, stop)
            rows.append(
                [
                    # A paragraph: a French range wraps after its dash rather than being cut.
                    pack.label(stop_when(pack, stop), "cell_bold"),
                    pack.line(stop.name(pack.lang), "cell_bold", f"itinerary[{i}].title"),
                    # A leg's places are in its name: its reference (train, flight, car plan) goes here.
                    pack.line(stop.reference, "cell", f"itinerary[{i}].reference")
                    if stop.is_travel
                    else pack.line(stop.venue, "cell", f"itinerary[{i}].venue"),
                    Badge(stop.press, labels.press(pack.lang, stop.press)[0]) if stop.press else "",
                ]
            )
        table = Rows(rows, widths, header=head, page_height=pack.height)
        if day:
            table = Captioned(pack.day_heading(day), table)
        story += [table, Spacer(1, 8)]
    return story
