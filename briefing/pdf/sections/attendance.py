"""The grid of who attends which stop, a few stops per table so it stays legible."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from briefing.pdf import fonts, labels
from briefing.pdf.context import Pack
from briefing.pdf.flowables import Dot
from briefing.pdf.furniture import fit
from briefing.pdf.sections.common import index_of, table
from briefing.pdf.styles import STYLES, TINT

COLUMNS = 8
NAME_COLUMN = 48 * mm
MAX_COLUMN = 26 * mm


def grids(pack: Pack) -> list[Flowable]:
    visit = pack.visit
    stops = [s for s in visit.ordered_stops() if s.attendees]
    known = {p.id: (i, p) for i, p in enumerate(visit.attendees)}
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
                title = fit(pack.writer.clean(stop.title, f"itinerary[{i}].title"), fonts.REGULAR, 7, col * 2.6)
                head.append(
                    [
                        pack.fixed(labels.clock(stop.start), "cell_head"),
                        Paragraph(pack.writer.markup(title, ""), STYLES["grid_head"]),
                    ]
                )
            rows = [head]
            for pid in sorted(ids, key=lambda pid: known[pid][0]):
                i, person = known[pid]
                row = [pack.paras(person.name, "cell", f"attendees[{i}].name")]
                row += [Dot() if pid in s.attendees else "" for s in chunk]
                rows.append(row)
            title = pack.word("attendance")
            if day:
                title += f" — {labels.long_date(pack.lang, day)}"
            story.append(pack.fixed(title, "h2"))
            story.append(
                table(
                    rows,
                    [NAME_COLUMN] + [col] * len(chunk),
                    extra=[
                        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, TINT]),
                        ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
                    ],
                )
            )
    return story
