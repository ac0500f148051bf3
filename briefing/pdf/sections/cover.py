"""The cover: marking (page furniture), title, principal and office, dates and
place, status and revision, who prepared it and when it was produced."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from briefing.pdf import labels
from briefing.pdf.context import Pack
from briefing.pdf.rows import PLAIN, Rows
from briefing.pdf.styles import ACCENT


def build(pack: Pack, produced: dt.datetime) -> list[Flowable]:
    d = pack.visit.details
    lang = pack.lang
    person = pack.recipient
    eyebrow = pack.word("personal" if person is not None else "pack").upper()
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        pack.fixed(eyebrow, "cover_eyebrow"),
        Spacer(1, 5 * mm),
        *pack.paras(d.title, "cover_title", "visit.title"),
    ]
    # A personal programme carries its reader's name where the pack has the principal's.
    name, role = (person.name, person.role) if person is not None else (d.principal, d.principal_role)
    if name:
        story.append(pack.para(name, "cover_principal", "visit.principal"))
    if role:
        story.append(pack.para(role, "cover_role", "visit.principal_role"))
    story.append(Spacer(1, 18 * mm))

    status = pack.word("draft" if d.status != "final" else "final")
    rows = [
        ("dates", labels.date_range(lang, d.start_date, d.last_date), ""),
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
    table = Rows(data, [34 * mm, pack.width - 34 * mm], look=look, page_height=pack.height)
    story.append(table)
    return story
