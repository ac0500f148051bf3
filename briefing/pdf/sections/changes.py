"""What changed since the last revision issued: after the contents, for a visit with a history.

The visit is compared with the history entry of the highest revision lower
than its own (model.revisions), and the changes are worded as the app and
``briefing diff`` word them (model.words): stops by day in programme order,
then people. Nothing changed still gives the page, saying so.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.platypus import Flowable, Paragraph

from briefing.model import words
from briefing.model.revisions import changes_since
from briefing.pdf import fonts, labels
from briefing.pdf.context import Pack
from briefing.pdf.styles import STYLES
from briefing.pdf.text import to_markup

ARROW = "\u2192"


def title(pack: Pack) -> str:
    entry = pack.visit.issued_before()
    return words.heading(pack.lang, entry.revision) if entry is not None else ""


def _line(pack: Pack, text: str) -> Paragraph:
    # The pack's faces have no arrow: it comes from the symbols face, the rest as every user text.
    parts = [to_markup(pack.writer.clean(part, "history")) for part in text.split(ARROW)]
    arrow = f'<font name="{fonts.SYMBOLS}">{ARROW}</font>'
    return Paragraph(arrow.join(parts), STYLES["bullet"], bulletText="\u2013")


def build(pack: Pack) -> list[Flowable]:
    visit = pack.visit
    entry = visit.issued_before()
    if entry is None or pack.recipient is not None:
        return []
    changes = changes_since(entry, visit, pack.lang)
    if not changes:
        return [pack.fixed(to_markup(words.word(pack.lang, "none")), "body")]
    names = {p.id: p.name or p.id for p in entry.attendees}
    names.update({p.id: p.name or p.id for p in visit.attendees})
    out: list[Flowable] = []
    stops = [c for c in changes if c.what.startswith("stop-")]
    people = [c for c in changes if not c.what.startswith("stop-")]
    for day, group in groupby(stops, key=lambda c: c.day):
        if day is not None:
            out.append(pack.fixed(to_markup(labels.long_date(pack.lang, day)), "h3"))
        out += [_line(pack, words.describe(c, pack.lang, names)) for c in group]
    if people:
        out.append(pack.fixed(to_markup(words.word(pack.lang, "people")), "h3"))
        out += [_line(pack, words.describe(c, pack.lang, names)) for c in people]
    return out
