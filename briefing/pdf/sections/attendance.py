"""Who attends what: a grid of people against stops, in programme order.

Stop titles are too long for a column's head, so each column is numbered and
a legend under the grid gives every number its time and full title. A visit
with more stops than fit across the page gets several grids of even width
(never a last grid of one column); the principal, at every stop, is left out."""

from __future__ import annotations

import math
from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from briefing.pdf import labels
from briefing.pdf.context import Pack
from briefing.pdf.flowables import Dot, Line
from briefing.pdf.rows import PLAIN, Rows
from briefing.pdf.sections.common import index_of, stop_when
from briefing.pdf.styles import STYLES, TINT

NAME_COLUMN = 52 * mm
MIN_COLUMN = 10 * mm
MAX_COLUMN = 18 * mm
NUMBER_COLUMN = 9 * mm
WHEN_COLUMN = 34 * mm
LEGEND = replace(PLAIN, pad_top=1.5, pad_bottom=1.5, pad_left=0, rule=0)


def chunks(count: int, most: int) -> list[range]:
    """``count`` columns in as few grids as ``most`` allows, of even size."""
    if count <= 0:
        return []
    parts = math.ceil(count / most)
    size = math.ceil(count / parts)
    return [range(start, min(count, start + size)) for start in range(0, count, size)]


def build(pack: Pack) -> list[Flowable]:
    visit = pack.visit
    # The principal attends everything: a row of dots tells the reader nothing.
    known = {p.id: (i, p) for i, p in enumerate(visit.attendees) if p.category != "principal" and p.name.strip()}
    stops = [s for s in visit.ordered_stops() if any(pid in known for pid in s.attendees)]
    if not stops:
        return []
    most = max(1, int((pack.width - NAME_COLUMN) // MIN_COLUMN))
    several_days = len({visit.stop_date(s) for s in stops}) > 1
    story: list[Flowable] = []
    for part in chunks(len(stops), most):
        chunk = [stops[n] for n in part]
        col = min(MAX_COLUMN, (pack.width - NAME_COLUMN) / len(chunk))
        head = [pack.fixed(pack.word("name").upper(), "cell_head")]
        head += [pack.fixed(str(n + 1), "cell_center") for n in part]
        present = [set(s.attendees) for s in chunk]
        ids = {pid for here in present for pid in here if pid in known}
        rows = []
        for pid in sorted(ids, key=lambda pid: known[pid][0]):
            i, person = known[pid]
            row: list = [pack.para(person.name, "cell", f"attendees[{i}].name")]
            row += [Dot() if pid in here else None for here in present]
            rows.append(row)
        widths = [NAME_COLUMN] + [col] * len(chunk)
        look = replace(PLAIN, tint=TINT, pad_top=2, pad_bottom=2, middle=tuple(range(1, len(chunk) + 1)))
        grid = Rows(rows, widths, header=head, look=look, page_height=pack.height)
        legend = _legend(pack, chunk, part, several_days)
        legend.spaceBefore = 6
        # The numbers mean nothing without their legend: when both fit a page,
        # the grid starts where its legend can begin under it (the section may
        # start low on a page it shares). A grid taller than a page starts where it is.
        tall = grid.wrap(pack.width, pack.height)[1] + 6 + legend.wrap(pack.width, pack.height)[1]
        grid.keepWithNext = tall <= pack.height
        story += [grid, legend, Spacer(1, 14)]
    return story


def _legend(pack: Pack, chunk, numbers: range, several_days: bool) -> Rows:
    """Each column's number, its day and time, and the stop's full title."""
    rows = []
    for n, stop in zip(numbers, chunk, strict=True):
        when = stop_when(pack, stop)
        day = pack.visit.stop_date(stop)
        if several_days and day:
            when = f"{labels.long_date(pack.lang, day, weekday=False)}, {when}"
        title = pack.writer.markup(stop.name(pack.lang), f"itinerary[{index_of(pack, stop)}].title")
        rows.append(
            [
                Line.styled(str(n + 1), STYLES["cell_bold"]),
                pack.fixed(when, "cell_muted"),
                pack.fixed(title, "cell"),
            ]
        )
    when_width = WHEN_COLUMN + (18 * mm if several_days else 0)
    widths = [NUMBER_COLUMN, when_width, pack.width - NUMBER_COLUMN - when_width]
    return Rows(rows, widths, look=LEGEND, page_height=pack.height)
