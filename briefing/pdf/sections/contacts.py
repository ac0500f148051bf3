"""Contacts for the day: name, role, phone and email in one table."""

from __future__ import annotations

from reportlab.platypus import Flowable

from briefing.pdf.context import Pack
from briefing.pdf.sections.common import table


def build(pack: Pack) -> list[Flowable]:
    contacts = [(i, c) for i, c in enumerate(pack.visit.contacts) if c.name.strip() or c.phone.strip()]
    if not contacts:
        return []
    w = pack.width
    head = [pack.fixed(pack.word(k).upper(), "cell_head") for k in ("name", "role", "phone", "email")]
    rows = []
    for i, c in contacts:
        where = f"contacts[{i}]"
        rows.append(
            [
                pack.paras(c.name, "cell_bold", f"{where}.name"),
                pack.paras(c.role, "cell", f"{where}.role"),
                # A phone number never breaks across lines.
                pack.paras(c.phone.replace(" ", "\u00a0"), "cell_bold", f"{where}.phone"),
                pack.paras(c.email, "cell", f"{where}.email"),
            ]
        )
    return [table(pack, rows, [w * 0.25, w * 0.23, w * 0.17, w * 0.35], header=head)]
