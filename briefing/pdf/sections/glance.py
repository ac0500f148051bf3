"""Programme at a glance: one compact table per day (time, what, where, press),
each day held to one page at most."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table

from briefing.pdf import labels
from briefing.pdf.context import Pack
from briefing.pdf.flowables import Badge
from briefing.pdf.sections.common import index_of, stop_when, table
from briefing.pdf.styles import STYLES, cell_style

# Past this much text a day cannot be shrunk onto one page legibly; it flows instead.
SHRINK_LIMIT = 12_000


def legend(pack: Pack) -> Table:
    cells = []
    for access in ("open", "pool", "photo-op", "closed"):
        short, long = labels.press(pack.lang, access)
        cells += [Badge(access, short), Paragraph(long, STYLES["cell_muted"])]
    rows = [cells[:4], cells[4:]]
    t = Table(rows, colWidths=[19 * mm, pack.width / 2 - 19 * mm] * 2, hAlign="LEFT")
    t.setStyle(
        cell_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return t


def build(pack: Pack) -> list[Flowable]:
    visit = pack.visit
    stops = visit.ordered_stops()
    if not stops:
        return []
    w = pack.width
    story: list[Flowable] = [legend(pack), Spacer(1, 6)]
    head = [pack.fixed(pack.word(k).upper(), "cell_head") for k in ("time", "what", "where", "press")]
    for day, day_stops in groupby(stops, key=visit.stop_date):
        rows = [head]
        size = 0
        for stop in day_stops:
            i = index_of(pack, stop)
            where = [*pack.paras(stop.venue, "cell", f"itinerary[{i}].venue")]
            size += len(stop.title) + len(stop.venue)
            rows.append(
                [
                    pack.fixed(stop_when(pack, stop), "cell_bold"),
                    pack.paras(stop.title, "cell_bold", f"itinerary[{i}].title"),
                    where,
                    Badge(stop.press, labels.press(pack.lang, stop.press)[0]),
                ]
            )
        day_table = table(rows, [24 * mm, w - 24 * mm - 62 * mm - 20 * mm, 62 * mm, 20 * mm])
        title = labels.long_date(pack.lang, day) if day else ""
        block: list[Flowable] = [pack.fixed(title, "h2"), day_table] if title else [day_table]
        if size < SHRINK_LIMIT:
            # One page per day at most: shrink a crowded day rather than split it.
            story.append(KeepInFrame(w, pack.height - 40, block, mode="shrink"))
        else:
            story += block
        story.append(Spacer(1, 8))
    return story
