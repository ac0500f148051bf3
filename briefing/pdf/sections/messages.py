"""Key messages: each headline, numbered, with its supporting points and the
stop where it matters most."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from briefing.pdf import labels
from briefing.pdf.context import Pack
from briefing.pdf.paragraph import Para
from briefing.pdf.sections.common import block, bullets, hanging, index_of, stop_when
from briefing.pdf.styles import STYLES
from briefing.pdf.text import to_markup


def _lines(pack: Pack, items: list[str], where: str, key: str, style: str) -> list[Flowable]:
    items = [t for t in items if t and t.strip()]
    if not items:
        return []
    head = Paragraph(to_markup(pack.word(key).upper()), STYLES["message_at"])
    return [Spacer(1, 3), head, *bullets(pack, items, where, style=style)]


def build(pack: Pack) -> list[Flowable]:
    story: list[Flowable] = []
    number = 0
    style = hanging(STYLES["message"])  # one style for all: a copy per message cost its own set-up
    for i, message in enumerate(pack.visit.messages):
        points = [p for p in message.points if p and p.strip()]
        if not (message.headline.strip() or points):
            continue
        number += 1
        flowables: list[Flowable] = []
        for j, piece in enumerate(pack.writer.pieces(message.headline, f"messages[{i}].headline")):
            # The number hangs in the margin; the headline's lines all start at the indent.
            flowables.append(Para(piece, style, bulletText=str(number) if j == 0 else None))
        flowables.append(Spacer(1, 3))
        flowables += bullets(pack, points, f"messages[{i}].points", style="point")
        flowables += _lines(pack, message.if_pressed, f"messages[{i}].if_pressed", "if_pressed", "point")
        # Background is set apart, in italics under its warning, so it is never read out as a line to take.
        flowables += _lines(pack, message.background, f"messages[{i}].background", "background", "background")
        stop = pack.visit.stop(message.stop) if message.stop else None
        if stop is not None:
            day = pack.visit.stop_date(stop)
            when = stop_when(pack, stop)
            if day and len(pack.visit.details.days()) > 1:
                when = f"{labels.long_date(pack.lang, day)}, {when}"
            title = pack.writer.markup(stop.name(pack.lang), f"itinerary[{index_of(pack, stop)}].title")
            flowables.append(Paragraph(f"{pack.word('key_message_at')} {when} · {title}", STYLES["message_at"]))
        flowables.append(Spacer(1, 12))
        story.append(block(pack, flowables))
    return story
