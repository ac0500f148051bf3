"""Contacts for the day: name, role, phone and e-mail in one table, the phone
and e-mail as tel: and mailto: links. The same table, kept short, also stands
on the first inner page, under the contents, where it is needed on the day."""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from briefing.pdf import fonts
from briefing.pdf.context import Pack
from briefing.pdf.sections.common import email_cell, phone_cell, table
from briefing.pdf.styles import STYLES

# The first inner page holds this many; the section has them all.
FIRST_PAGE = 8
PAD = 8 + 2  # the table's left and right padding, and a little air


def _natural(texts: list[str], style: str, cap: float, longest: bool = False) -> float:
    """A column's width on one line for all but its longest entry or so: one
    very long address should wrap, not take the table's width from the rest."""
    s = STYLES[style]
    font = fonts.BOLD if "bold" in style else s.fontName
    sizes = sorted(stringWidth(t, font, s.fontSize) for t in texts if t)
    if not sizes:
        return 0
    typical = sizes[-1] if longest else sizes[int(0.8 * (len(sizes) - 1))]
    return min(cap, typical + PAD)


class _Counts(dict):
    """The lines each text of a column takes (from its width on one line), by column width."""

    def __init__(self, widths: list[float]):
        super().__init__()
        self.widths = widths
        self._cut: dict[float, int] = {}
        # Counts change only where a text crosses a multiple of the room: most
        # widths share their counts with another, kept as one tuple (see widths).
        self._same: dict[tuple[int, ...], tuple[int, ...]] = {}

    def __missing__(self, column: float) -> tuple[int, ...]:
        # A text on one line of this width, cut into lines of the column's room.
        room, ceil = max(1.0, column - PAD), math.ceil
        # (A width is never negative: "or 1" is max(1, ...) without a call per text.)
        counts = tuple([ceil(w / room) or 1 for w in self.widths])
        counts = self[column] = self._same.setdefault(counts, counts)
        return counts

    def cut(self, column: float) -> int:
        if column not in self._cut:
            counts = self[column]  # each at least 1: those not 1 are cut
            self._cut[column] = len(counts) - counts.count(1)
        return self._cut[column]


def widths(pack: Pack, contacts) -> list[float]:
    """The phone as wide as the longest number; name, role and e-mail share the
    rest so that the rows take the fewest lines, rather than one column
    wrapping to three lines while another stands half empty."""
    w = pack.width
    phone = min(0.22 * w, max(18 * mm, _natural([c.phone for c in contacts], "cell_bold", w, longest=True)))
    rest = w - phone
    judged = contacts[:60]  # enough to judge the shape of a long list
    cell, bold = STYLES["cell"], STYLES["cell_bold"]
    # Each column width is tried many times over: its line counts are worked out once.
    name_lines = _Counts([stringWidth(c.name, fonts.BOLD, bold.fontSize) for c in judged])
    role_lines = _Counts([stringWidth(c.role, cell.fontName, cell.fontSize) for c in judged])
    email_lines = _Counts([stringWidth(c.email, cell.fontName, cell.fontSize) for c in judged])
    best, chosen = None, None
    # Rows' lines by the three columns' counts (the same tuples: their ids), each summed once.
    summed: dict[tuple[int, int, int], int] = {}
    low, step = 22 * mm, 3 * mm
    name = low
    while name <= rest - 2 * low:
        by_name = name_lines[name]
        role = low
        while name + role <= rest - low:
            email = rest - name - role
            by_role, by_email = role_lines[role], email_lines[email]
            key = (id(by_name), id(by_role), id(by_email))
            lines = summed.get(key)
            if lines is None:
                lines = summed[key] = sum(map(max, by_name, by_role, by_email))
            # Among equal counts, fewest addresses cut (they break only at @ and
            # dots), then the most even: the widest narrowest column.
            cut = email_lines.cut(email)
            score = (lines, cut, -min(name, role, email))
            if best is None or score < best:
                best, chosen = score, (name, role, email)
            role += step
        name += step
    if chosen is None:
        chosen = (rest / 3,) * 3
    return [chosen[0], chosen[1], phone, chosen[2]]


def _table(pack: Pack, contacts: list) -> Flowable:
    head = [pack.label(pack.word(k).upper(), "cell_head") for k in ("name", "role", "phone", "email")]
    rows = []
    for i, c in contacts:
        where = f"contacts[{i}]"
        rows.append(
            [
                pack.line(c.name, "cell_bold", f"{where}.name"),
                pack.line(c.role, "cell", f"{where}.role"),
                phone_cell(pack, c.phone, f"{where}.phone"),
                email_cell(pack, c.email, f"{where}.email"),
            ]
        )
    return table(pack, rows, widths(pack, [c for _, c in contacts]), header=head)


def _contacts(pack: Pack) -> list:
    return [(i, c) for i, c in enumerate(pack.visit.contacts) if c.name.strip() or c.phone.strip()]


def build(pack: Pack) -> list[Flowable]:
    contacts = _contacts(pack)
    return [_table(pack, contacts)] if contacts else []


def first_page(pack: Pack) -> list[Flowable]:
    """The day's first contacts, under the contents."""
    contacts = _contacts(pack)[:FIRST_PAGE]
    if not contacts:
        return []
    return [Spacer(1, 10), pack.fixed(pack.word("contacts"), "h2"), _table(pack, contacts)]
