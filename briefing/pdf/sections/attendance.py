"""The grid of who attends which stop, a few stops per table so it stays legible."""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from briefing.pdf import labels
from briefing.pdf.context import Pack
from briefing.pdf.flowables import Dot, Line
from briefing.pdf.rows import PLAIN, Rows
from briefing.pdf.sections.common import index_of
from briefing.pdf.styles import STYLES, TINT

COLUMNS = 8
NAME_COLUMN = 48 * mm
MAX_COLUMN = 26 * mm
LOOK = replace(PLAIN, tint=TINT, pad_top=3, pad_bottom=3, middle=tuple(range(1, COLUMNS + 1)))


def grids(pack: Pack) -> list[Flowable]:
    visit = pack.visit
    stops = [s for s in visit.ordered_stops() if s.attendees]
    # The principal attends everything: a row of dots tells the reader nothing.
    known = {p.id: (i, p) for i, p in enumerate(visit.attendees) if p.category != "principal"}
    story: list[Flowable] = []
    for day, day_stops in groupby(stops, key=visit.stop_date):
        day_stops = list(day_stops)
        for first in range(0, len(day_stops), COLUMNS):
            chunk = day_stops[first : first + COLUMNS]
            ids = {pid for s in chunk for pid in s.attendees if pid in known}
            if not ids:
                continue
            col = min(MAX_COLUMN, (pack.width - NAME_COLUMN) / len(chunk))
            head = [pack.fixed(pack.word("name").upper(), "cell_head")]
            for stop in chunk:
                i = index_of(pack, stop)
                # The time, and as much of the title as one line holds: the
                # detailed programme has the rest.
                title = pack.writer.clean(stop.title, f"itinerary[{i}].title")
                head.append(
                    [
                        Line.styled(labels.clock(pack.lang, stop.start), STYLES["cell_head"]),
                        Line.styled(title, STYLES["grid_head"]),
                    ]
                )
            rows = []
            present = [set(s.attendees) for s in chunk]
            for pid in sorted(ids, key=lambda pid: known[pid][0]):
                i, person = known[pid]
                # The full name is in the who's who; here one line, shortened if need be.
                row: list = [Line(pack.writer.clean(person.name, f"attendees[{i}].name"), leading=11)]
                row += [Dot() if pid in here else None for here in present]
                rows.append(row)
            title = pack.word("attendance")
            if day:
                title += f" — {labels.long_date(pack.lang, day)}"
            story.append(pack.fixed(title, "h2"))
            story.append(
                Rows(rows, [NAME_COLUMN] + [col] * len(chunk), header=head, look=LOOK, page_height=pack.height)
            )
    return story
