"""Who's who: people by category, each with photo (or initials), name, role,
organisation, how to say the name and bio; then who attends which stop."""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable, Paragraph

from briefing.model import CATEGORIES, Person
from briefing.pdf import labels
from briefing.pdf.context import Pack
from briefing.pdf.findings import BAD_PHOTO, finding
from briefing.pdf.flowables import Initials, Line, Photo
from briefing.pdf.rows import PLAIN, Rows
from briefing.pdf.sections.common import phone_cell, table
from briefing.pdf.styles import MEASURES, MUTED, STYLES

CARD = replace(PLAIN, pad_left=0, pad_right=0, pad_top=8, pad_bottom=9)


def _picture(pack: Pack, person: Person, name: str, where: str) -> Flowable:
    w, h = MEASURES.photo_width, MEASURES.photo_height
    image, problem = pack.photos.get(person.photo, w, h)
    if image is not None:
        return Photo(image, w, h)
    if problem:
        # The warning goes to a screen or a terminal, not through the pack's font:
        # the name as written, not ``name`` with its undrawable characters replaced.
        # It names the field's path, like the reader's warnings, so that the
        # command line can drop it when opening the file already reported it.
        name = person.name or person.id
        pack.warn(
            finding(
                BAD_PHOTO,
                f"{where}.photo",
                f"The photo of {name} cannot be used: {problem}. It is left out of the pack.",
                name=name,
                problem=problem,
            )
        )
    return Initials(name, w, h)


def _card(pack: Pack, person: Person, i: int) -> Flowable:
    where = f"attendees[{i}]"
    name = pack.writer.clean(person.name, f"{where}.name")
    text: list[Flowable] = pack.paras(person.name, "name", f"{where}.name")
    if person.role:
        text += pack.paras(person.role, "role", f"{where}.role")
    if person.organisation:
        text += pack.paras(person.organisation, "role", f"{where}.organisation")
    if person.pronunciation:
        say = pack.writer.markup(person.pronunciation, f"{where}.pronunciation")
        text.append(
            Paragraph(
                labels.label_colon(pack.lang, pack.word("pronunciation")) + say,
                STYLES["say"],
            )
        )
    if person.bio:
        text += pack.paras(person.bio, "bio", f"{where}.bio")
    widths = [MEASURES.photo_width + MEASURES.gutter, pack.width - MEASURES.photo_width - MEASURES.gutter]
    more = Line(f"{name} {pack.word('continued')}", size=7.5, color=MUTED, leading=10)
    return Rows(
        [[_picture(pack, person, name, where), text]],
        widths,
        look=CARD,
        page_height=pack.height,
        keep=True,
        continued=more,
    )


# People the principal needs by name and number, not by biography: a compact list.
LISTED = ("staff", "press")


def _listed(pack: Pack, people: list[tuple[int, Person]]) -> Flowable:
    """Name, role (and organisation), phone: one row each."""
    w = pack.width
    rows = []
    for i, person in people:
        where = f"attendees[{i}]"
        what = ", ".join(
            pack.writer.markup(getattr(person, f), f"{where}.{f}")
            for f in ("role", "organisation")
            if getattr(person, f)
        )
        rows.append(
            [
                pack.paras(person.name, "cell_bold", f"{where}.name"),
                pack.fixed(what, "cell") if what else None,
                phone_cell(pack, person.phone, f"{where}.phone"),
            ]
        )
    return table(pack, rows, [w * 0.32, w * 0.46, w * 0.22])


def build(pack: Pack) -> list[Flowable]:
    people = [(i, p) for i, p in enumerate(pack.visit.attendees) if p.name.strip()]
    if not people:
        return []
    story: list[Flowable] = []
    order = {c: n for n, c in enumerate(CATEGORIES)}
    for category in sorted({p.category for _, p in people}, key=lambda c: order.get(c, len(order))):
        story.append(pack.fixed(labels.category(pack.lang, category), "h2"))
        these = [(i, p) for i, p in people if p.category == category]
        if category in LISTED:
            story.append(_listed(pack, these))
        else:
            story += [_card(pack, p, i) for i, p in these]
    return story
