"""The cover: marking (page furniture), title, principal and office, dates and
place, status and revision, who prepared it and when it was produced.

The cover is one page whatever the title's length: a long title is set
smaller, and past the smallest size it is shortened (the full title is in the
document's properties and on the first inner page's heading)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from briefing.pdf import labels
from briefing.pdf.context import Pack
from briefing.pdf.rows import PLAIN, Rows
from briefing.pdf.styles import ACCENT, STYLES
from briefing.pdf.text import to_markup

# Title sizes tried in turn, largest first; leading keeps the cover's proportion.
TITLE_SIZES = (27, 23, 19.5, 16.5, 14)


def _title(pack: Pack, text: str, room: float) -> list[Flowable]:
    """The title at the largest size that fits ``room``, shortened at the smallest."""
    base = STYLES["cover_title"]
    for size in TITLE_SIZES:
        style = replace_style(base, size)
        paras = [Paragraph(to_markup(p), style) for p in text.split("\n") if p.strip()] or []
        if sum(p.wrap(pack.width, room)[1] + style.spaceAfter for p in paras) <= room:
            return paras
    # Still too long at the smallest size: keep as many words as fit, then "…";
    # a first word too long by itself (no space typed) is cut between letters.
    words = " ".join(text.split()).split(" ")

    def shortened(kept: str) -> Paragraph:
        return Paragraph(to_markup(kept + "\u00a0…"), style)

    def fits(kept: str) -> bool:
        return shortened(kept).wrap(pack.width, room)[1] + style.spaceAfter <= room

    count = _most(len(words), lambda n: fits(" ".join(words[:n])))
    if count:
        return [shortened(" ".join(words[:count]))]
    return [shortened(words[0][: _most(len(words[0]), lambda n: fits(words[0][:n]))])]


def _most(upper: int, ok) -> int:
    """The largest n in 0..upper for which ``ok(n)`` holds (``ok`` turns false once, as n grows)."""
    lo, hi = 0, upper
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if ok(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def replace_style(style, size: float):
    """``style`` at ``size`` points, its leading in proportion."""
    return style.clone(f"{style.name}_{size}", fontSize=size, leading=round(size * style.leading / style.fontSize, 1))


def build(pack: Pack, produced: dt.datetime) -> list[Flowable]:
    d = pack.visit.details
    lang = pack.lang
    person = pack.recipient
    eyebrow = pack.word("personal" if person is not None else "pack").upper()
    top: list[Flowable] = [Spacer(1, 30 * mm), pack.fixed(eyebrow, "cover_eyebrow"), Spacer(1, 5 * mm)]
    below: list[Flowable] = []
    # A personal programme carries its reader's name where the pack has the principal's.
    if person is not None:
        # Their own fields: a warning about them must lead to the person, not to the principal.
        at = f"attendees[{pack.person_index.get(id(person), 0)}]"
        (name, name_at), (role, role_at) = (person.name, f"{at}.name"), (person.role, f"{at}.role")
    else:
        (name, name_at), (role, role_at) = (d.principal, "visit.principal"), (d.principal_role, "visit.principal_role")
    if name:
        below.append(pack.para(name, "cover_principal", name_at))
    if role:
        below.append(pack.para(role, "cover_role", role_at))
    below.append(Spacer(1, 18 * mm))

    status = pack.word("draft" if d.status != "final" else "final")
    one_day = d.start_date is not None and (d.last_date is None or d.last_date <= d.start_date)
    rows = [
        ("date" if one_day else "dates", labels.date_range(lang, d.start_date, d.last_date), ""),
        ("place", d.location, "visit.location"),
        ("status", f"{status} — {pack.word('revision').lower()} {d.revision}", ""),
        ("prepared_by", d.prepared_by, "visit.prepared_by"),
        ("distribution", "\n".join(t for t in d.distribution if t.strip()), "visit.distribution"),
        ("produced", labels.produced_at(lang, produced), ""),
    ]
    data = [
        # The small label drops to share the value's baseline.
        [
            [Spacer(1, 2.4), pack.fixed(pack.word(key).upper(), "cover_key")],
            pack.para(value, "cover_value", where or key),
        ]
        for key, value, where in rows
        if value
    ]
    look = replace(PLAIN, pad_left=0, pad_top=6, pad_bottom=6, rule_above=1.6, rule_above_color=ACCENT)
    below.append(Rows(data, [34 * mm, pack.width - 34 * mm], look=look, page_height=pack.height))

    # What the title may take: the page less everything else on it (and a
    # little slack for the spacing reportlab adds between flowables).
    others = 0.0
    for f in top + below:
        others += f.wrap(pack.width, pack.height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    room = pack.height - others - 6
    if room < 60:
        # Very long principal, role or details: the top spacer gives way first.
        top[0] = Spacer(1, max(0, 30 * mm + room - 60))
        room = 60
    title = pack.writer.clean(d.title, "visit.title")
    return [*top, *_title(pack, title, room), *below]
