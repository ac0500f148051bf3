"""Rows: the pack's one table flowable, laid out in time linear in its content.

reportlab's Table measures every cell when it is wrapped, again when it is
drawn, and again for each part when it splits, and KeepTogether measures its
content once more before the frame does; on a large pack that made layout
about three times the cost of pouring the same text. Rows measures each cell
once per width and keeps the result, so a row kept to the next page, or the
rest of a table after a split, costs nothing more to measure.

What it does: fixed column widths, cells holding flowables (or plain strings),
a header row repeated on every page, hairline rules, alternate row tints, and
two keeping rules: a row moves whole to the next page unless it is taller than
a page (then it splits inside, cell by cell); with ``keep`` (a stop, a person's
card, a question and its answer) the table moves whole only when little room is
left on the page (KEEP_ROOM): with more, it splits inside there rather than
leave the rest of the page blank, and the rest goes on under ``continued``. A
flowable marked keepWithNext (a label) never ends a part; ``Unbroken`` holds
what must stay together inside a cell. With ``shrink`` a table taller than a
page is drawn scaled down to fit one page (never up).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer

from briefing.pdf.styles import BODY_LEADING, INK, RULE, STYLES


@dataclass(frozen=True)
class Look:
    pad_top: float = 4
    pad_bottom: float = 5
    pad_left: float = 4
    pad_right: float = 4
    rule: float = 0.4  # below each row; 0 for none
    rule_color: object = RULE
    rule_above: float = 0  # above the first row
    rule_above_color: object = RULE
    header_rule: float = 0.9
    tint: object = None  # alternate rows' background
    accent: object = None  # a bar at the left of each row
    middle: tuple[int, ...] = ()  # columns centred vertically


PLAIN = Look()
# Below this a shrunk table would be too small to read: it flows over pages instead.
MIN_SCALE = 0.6
# Down to this a table is shrunk to stay on the page it starts on.
KEEP_HERE_SCALE = 0.8
# A kept table moves whole to the next page when less than this share of a
# page is left; with more it splits there (rather than leave that much of the page blank).
KEEP_ROOM = 0.15
# A part of a block carried to the next page is at least this tall (points):
# two lines of body text, never one left alone.
WIDOW = 2 * BODY_LEADING


def _cell(value) -> list[Flowable]:
    if value is None or value == "":
        return []
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, str):
        return [Paragraph(value, STYLES["cell"])]
    return list(value)


def _height(f: Flowable, width: float) -> float:
    """The flowable's height at ``width``, wrapping it only if it was last wrapped
    at another width (a flowable draws as it was last wrapped)."""
    memo = getattr(f, "_rows_wrap", None)
    # The id guards against copies: Paragraph.split clones its attributes.
    if memo is not None and memo[0] == id(f) and memo[1] == width:
        return memo[2]
    _, h = f.wrap(width, 1e9)
    f._rows_wrap = (id(f), width, h)
    return h


def _space(f: Flowable, first: bool) -> float:
    return 0 if first else f.getSpaceBefore()


class Rows(Flowable):
    def __init__(
        self,
        rows: list[list],
        widths: list[float],
        header: list | None = None,
        look: Look = PLAIN,
        page_height: float = 0,
        keep: bool = False,
        shrink: float = 0,
        continued: Flowable | None = None,
    ):
        super().__init__()
        self.rows = [[_cell(c) for c in row] for row in rows]
        self.header = [_cell(c) for c in header] if header else None
        self.widths = self._natural = list(widths)
        self.look = look
        self.page_height = page_height
        self.keep = keep
        # Shown in the first column where a row cut across pages goes on
        # ("10:00 (suite)"), so that a page never starts with an orphan text.
        self.continued = continued
        self.shrink = shrink
        self._start = 0  # index of the first row in the whole table, for tints
        # Measurements by column widths: header height, row heights, and for
        # each row, each cell's flowable heights.
        self._measured: dict[tuple, tuple] = {}
        self._scale = 1.0

    def _part(self, rows: list, start: int, measured: dict | None = None) -> Rows:
        part = Rows([], self._natural, None, self.look, self.page_height, continued=self.continued)
        part.rows, part.header, part._start = rows, self.header, start
        part._measured = measured or {}
        return part

    # -- measuring ---------------------------------------------------------

    def _inner(self, col: int) -> float:
        return self.widths[col] - self.look.pad_left - self.look.pad_right

    def _measure_row(self, row: list[list[Flowable]]) -> tuple[float, list[list[float]]]:
        cells, tallest = [], 0.0
        for col, cell in enumerate(row):
            heights, total = [], 0.0
            for k, f in enumerate(cell):
                h = _height(f, self._inner(col))
                heights.append(h)
                total += h + _space(f, k == 0) + (f.getSpaceAfter() if k < len(cell) - 1 else 0)
            cells.append(heights)
            tallest = max(tallest, total)
        return tallest + self.look.pad_top + self.look.pad_bottom, cells

    def _measure(self) -> tuple[float, list[float], list[list[list[float]]]]:
        key = tuple(self.widths)
        if key not in self._measured:
            head = self._measure_row(self.header) if self.header else (0.0, [])
            measured = [self._measure_row(r) for r in self.rows]
            self._measured[key] = (head, [m[0] for m in measured], [m[1] for m in measured])
        (head, _), heights, cells = self._measured[key]
        return head, heights, cells

    def wrap(self, availWidth, availHeight):
        self.widths = self._natural
        head, heights, _ = self._measure()
        self.width = sum(self.widths)
        self.height = head + sum(heights)
        self._scale = 1.0
        limit = min(availHeight, self.shrink)
        if self.shrink and self.height > limit:
            # Rather a little smaller here than moved to the next page; else as
            # small as it takes to hold on one page; never below MIN_SCALE.
            target = limit if self.height * KEEP_HERE_SCALE <= limit else self.shrink
            # Never scale up: a table that fits a page but not the space left
            # here moves on at its own size (a scale above 1 reflowed every cell
            # at a fraction of its width and drew the text over itself).
            if self.height * MIN_SCALE <= target < self.height:
                # Reflow once at the widths the scale allows, then draw scaled:
                # the text stays the full width of the page, only smaller.
                scale = target / self.height
                self.widths = [w / scale for w in self._natural]
                head, heights, _ = self._measure()
                self.height = head + sum(heights)
                self._scale = scale
        return self.width, self.height * self._scale

    # -- splitting ---------------------------------------------------------

    def split(self, availWidth, availHeight):
        full = self.page_height or availHeight
        # At the top of a page (the frame says so, or all of a page is offered)
        # moving on gains nothing: whatever fits is cut, or layout never ends.
        frame = getattr(self, "_frame", None)
        fresh = availHeight >= full - 1e-6 or bool(getattr(frame, "_atTop", False))
        if self._scale != 1.0:
            if not fresh:
                return []  # a scaled table fits one page: it moves whole
            # The frame is smaller than we were told: split at full size instead.
            self._scale, self.widths = 1.0, self._natural
        head, heights, _ = self._measure()
        if self.keep and not fresh and head + sum(heights) <= full + 1e-6 and availHeight < full * KEEP_ROOM:
            return []  # little room left: the whole block moves to the next page
        used, i = head, 0
        while i < len(heights) and used + heights[i] <= availHeight + 1e-6:
            used += heights[i]
            i += 1
        if i == len(heights):
            return []  # it fits after all (rounding): never hand back itself, which would loop
        key = tuple(self.widths)
        (hd, hd_cells), all_heights, all_cells = self._measured[key][0], self._measured[key][1], self._measured[key][2]

        def cached(a: int, b: int | None) -> dict:
            return {key: ((hd, hd_cells), all_heights[a:b], all_cells[a:b])}

        if head + heights[i] <= full + 1e-6 and not self.keep and not (fresh and i == 0):
            # Row i fits on a page of its own: it moves there whole.
            if i == 0:
                return []
            return [
                self._part(self.rows[:i], self._start, cached(0, i)),
                self._part(self.rows[i:], self._start + i, cached(i, None)),
            ]
        # Row i is taller than a page, or a block that may part here: cut it where the space ends.
        space = availHeight - used - self.look.pad_top - self.look.pad_bottom
        first, rest = self._cut_row(self.rows[i], space, force=fresh and i == 0)
        if first is not None and 0 < self._tallest(rest) < WIDOW and i + 1 == len(self.rows):
            # A line or two alone on the next page ("À placer lors de..." without
            # its message): cut higher, so that they go on with what they follow.
            higher = self._cut_row(self.rows[i], space - WIDOW, force=fresh and i == 0)
            if higher[0] is not None:
                first, rest = higher
        if first is None:
            if i == 0:
                return []
            return [
                self._part(self.rows[:i], self._start, cached(0, i)),
                self._part(self.rows[i:], self._start + i, cached(i, None)),
            ]
        done = self._part([*self.rows[:i], first], self._start)
        if all(isinstance(f, Spacer) for cell in rest for f in cell):
            # Only space was left over (the gap after a block): nothing to carry
            # to the next page, which would print it blank.
            if i + 1 == len(self.rows):
                return [done]
            return [done, self._part(self.rows[i + 1 :], self._start + i + 1)]
        later = self._part([self._go_on(rest), *self.rows[i + 1 :]], self._start + i)
        if fresh and later.wrap(availWidth, availHeight)[1] >= head + sum(heights) - 1e-6:
            # What says it goes on would leave the next page as much as this one
            # had: the rest goes on without it.
            later = self._part([rest, *self.rows[i + 1 :]], self._start + i)
        return [done, later]

    def _tallest(self, cells: list[list[Flowable]]) -> float:
        """The height of the tallest of a row's cells, as they stand (spaces included)."""
        tallest = 0.0
        for col, cell in enumerate(cells):
            real = [f for f in cell if not isinstance(f, Spacer)]
            if real:
                stack = sum(_height(f, self._inner(col)) + _space(f, k == 0) for k, f in enumerate(cell))
                tallest = max(tallest, stack)
        return tallest

    def _go_on(self, rest: list[list[Flowable]]) -> list[list[Flowable]]:
        """The cells of a row's part on the next page, with what says it goes on:
        ``continued`` is one flowable for the first column when that column has
        nothing left ("10:00 (suite)"), or one flowable (or None) per column,
        put above what that column has left (the stop's title "(suite)")."""
        if self.continued is None:
            return rest
        if isinstance(self.continued, Flowable):
            return [[self.continued], *rest[1:]] if not rest[0] else rest
        out = []
        for cell, more in zip(rest, self.continued, strict=False):
            # Above the text left, not in an empty column.
            out.append([more, *cell] if more is not None and (cell or not out) else cell)
        return out + rest[len(out) :]

    def _cut_row(self, row, space: float, force: bool = False):
        """The row's cells cut where ``space`` ends: (first, rest), or (None, None)
        when it cannot start here. With ``force`` (the top of a page) a block
        kept whole is cut too, and a label may end the part, so that a part
        always holds what fits."""
        first, rest = [], []
        anything = False
        for col, cell in enumerate(row):
            width = self._inner(col)
            left = space
            head, tail = [], []
            for k, f in enumerate(cell):
                if tail:
                    tail.append(f)
                    continue
                need = _height(f, width) + _space(f, k == 0)
                if need <= left + 1e-6:
                    head.append(f)
                    left -= need + f.getSpaceAfter()
                    continue
                cut = getattr(f, "cut", f.split) if force else f.split
                pieces = cut(width, left - _space(f, k == 0)) if left > 0 else []
                f._rows_wrap = None  # a failed split may drop what the wrap had found
                if len(pieces) >= 2:
                    head.append(pieces[0])
                    tail.extend(pieces[1:])
                else:
                    tail.append(f)
            # A label goes with what it names.
            while len(head) > force and tail and getattr(head[-1], "keepWithNext", False):
                tail.insert(0, head.pop())
            if tail and not head and not force:
                # A column that has to go on but could not start here (the
                # text beside a photo): the whole row starts on the next page.
                return None, None
            anything = anything or bool(head)
            first.append(head)
            rest.append(tail)
        return (first, rest) if anything else (None, None)

    # -- drawing -----------------------------------------------------------

    def draw(self):
        c = self.canv
        head, heights, cells = self._measure()
        lk = self.look
        width = sum(self.widths)
        c.saveState()
        if self._scale != 1.0:
            c.translate(0, self.height * self._scale)
            c.scale(self._scale, self._scale)
            c.translate(0, -self.height)
        top = self.height
        if self.header:
            top = self._draw_row(self.header, top, head, self._measured[tuple(self.widths)][0][1], None)
            c.setStrokeColor(INK)
            c.setLineWidth(lk.header_rule)
            c.line(0, top, width, top)
        if lk.rule_above and self.rows:
            c.setStrokeColor(lk.rule_above_color)
            c.setLineWidth(lk.rule_above)
            c.line(0, top, width, top)
        for n, (row, h, cell_h) in enumerate(zip(self.rows, heights, cells, strict=True)):
            tint = lk.tint if lk.tint is not None and (self._start + n) % 2 == 1 else None
            top = self._draw_row(row, top, h, cell_h, tint)
            if lk.rule:
                c.setStrokeColor(lk.rule_color)
                c.setLineWidth(lk.rule)
                c.line(0, top, width, top)
        c.restoreState()

    def _draw_row(self, row, top, height, cell_heights, tint) -> float:
        c, lk = self.canv, self.look
        bottom = top - height
        if tint is not None:
            c.setFillColor(tint)
            c.rect(0, bottom, sum(self.widths), height, stroke=0, fill=1)
        if lk.accent is not None:
            c.setStrokeColor(lk.accent)
            c.setLineWidth(2)
            c.line(1, bottom + 2, 1, top - 2)
        x = 0.0
        for col, cell in enumerate(row):
            heights = cell_heights[col]
            # A flowable draws as it was last wrapped: measured at another width
            # since (the same table offered elsewhere), it is wrapped again here.
            inner = self._inner(col)
            for f in cell:
                _height(f, inner)
            y = top - lk.pad_top
            if col in lk.middle:
                used = sum(heights) + sum(_space(f, k == 0) for k, f in enumerate(cell))
                y -= (height - lk.pad_top - lk.pad_bottom - used) / 2
            for k, f in enumerate(cell):
                y -= _space(f, k == 0)
                f.drawOn(c, x + lk.pad_left, y - heights[k])
                y -= heights[k] + f.getSpaceAfter()
            x += self.widths[col]
        return bottom


class Unbroken(Flowable):
    """Flowables drawn one under the other and never parted across pages (what
    a stop's first lines say: title, place, press, participants), unless
    together they are taller than a page: then they part where the page ends."""

    def __init__(self, flowables: list[Flowable], page_height: float):
        super().__init__()
        self.flowables, self.page_height = flowables, page_height
        self._heights: list[float] = []

    def _stack(self, width: float) -> list[float]:
        return [_height(f, width) for f in self.flowables]

    def getSpaceBefore(self):
        return self.flowables[0].getSpaceBefore() if self.flowables else 0

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self._heights = self._stack(availWidth)
        self.height = sum(self._heights) + sum(self._gaps())
        return availWidth, self.height

    def _gaps(self) -> list[float]:
        fs = self.flowables
        return [fs[k].getSpaceAfter() + fs[k + 1].getSpaceBefore() for k in range(len(fs) - 1)]

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        if self.height <= self.page_height + 1e-6:
            return []
        return self.cut(availWidth, availHeight)

    def cut(self, availWidth, availHeight):
        """Parted where the space ends, whatever the height: [] only when not
        even a piece of the first flowable fits. The rest, already parted from
        the first lines, may part again wherever a page ends."""
        self.wrap(availWidth, availHeight)
        used, k = 0.0, 0
        gaps = [*self._gaps(), 0]
        while k < len(self.flowables) and used + self._heights[k] <= availHeight + 1e-6:
            used += self._heights[k] + gaps[k]
            k += 1
        if k == len(self.flowables):
            return []
        # The flowable that does not fit is cut where the space ends (a long
        # list of participants), so that a part always holds something.
        pieces = self.flowables[k].split(availWidth, availHeight - used) if availHeight > used else []
        self.flowables[k]._rows_wrap = None  # split may change what wrap found
        if len(pieces) >= 2:
            first, rest = [*self.flowables[:k], pieces[0]], [*pieces[1:], *self.flowables[k + 1 :]]
        elif k:
            first, rest = self.flowables[:k], self.flowables[k:]
        else:
            return []
        return [Unbroken(first, self.page_height), Unbroken(rest, 0)]

    def draw(self):
        y = self.height
        gaps = [*self._gaps(), 0]
        for f, gap in zip(self.flowables, gaps, strict=True):
            h = _height(f, self.width)  # wrapped again only if wrapped elsewhere since
            f.drawOn(self.canv, 0, y - h)
            y -= h + gap


class Captioned(Flowable):
    """A heading and the Rows under it, never parted: the heading stays with the
    first rows (or with the whole table when it is shrunk to one page)."""

    def __init__(self, caption: Flowable, rows: Rows):
        super().__init__()
        self.caption, self.rows = caption, rows
        self._page_height = rows.page_height
        self._shrink = rows.shrink

    def _caption_height(self, width: float) -> float:
        return _height(self.caption, width) + self.caption.getSpaceAfter()

    def getSpaceBefore(self):
        return self.caption.getSpaceBefore()

    def wrap(self, availWidth, availHeight):
        ch = self._caption_height(availWidth)
        # The table has a page less its caption.
        if self._page_height:
            self.rows.page_height = self._page_height - ch
        if self._shrink:
            self.rows.shrink = self._shrink - ch
        w, h = self.rows.wrap(availWidth, availHeight - ch)
        self.width, self.height = w, ch + h
        return w, self.height

    def split(self, availWidth, availHeight):
        ch = self._caption_height(availWidth)
        parts = self.rows.split(availWidth, availHeight - ch)
        if not parts:
            return []
        first = Captioned(self.caption, parts[0])
        first._page_height, first._shrink = self._page_height, 0
        return [first, *parts[1:]]

    def draw(self):
        self.caption.drawOn(self.canv, 0, self.height - _height(self.caption, self.width))
        self.rows.drawOn(self.canv, 0, 0)
