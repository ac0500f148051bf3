"""New ids for stops and people that never reuse one the visit has known.

The spec's "Identity" rule: an id is given once and never reused. Ids that
left the visit (a deleted stop, a person renamed before saving) still live in
the undo history and may be back on the next Undo, so they stay taken; so do
ids that stops or messages still name, and every id made in this session.
"""

from __future__ import annotations

import weakref

from briefing.ui.document import VisitDocument

# Per document: every id it has handed out, also those since undone.
_made: weakref.WeakKeyDictionary[VisitDocument, set[str]] = weakref.WeakKeyDictionary()


def _history_ids(command, out: set[str]) -> None:
    for name in ("item", "obj"):
        item_id = getattr(getattr(command, name, None), "id", None)
        if isinstance(item_id, str):
            out.add(item_id)
    if getattr(command, "attr", "") == "id":
        out.update(v for v in (getattr(command, "old", None), getattr(command, "new", None)) if isinstance(v, str))
    for n in range(command.childCount()):
        _history_ids(command.child(n), out)


def taken_ids(doc: VisitDocument) -> set[str]:
    """Ids a new stop or person must not get."""
    visit = doc.visit
    # The history of issued revisions too: diff and calendars match stops and people by id.
    taken = visit.ids_ever_used("itinerary") | visit.ids_ever_used("attendees")
    for stop in visit.itinerary:
        taken.update(stop.attendees)
        taken.update(stop.met_by)
    taken.update(m.stop for m in visit.messages if m.stop)
    stack = doc.undo_stack
    for n in range(stack.count()):
        _history_ids(stack.command(n), taken)
    return taken | _made.get(doc, set())


def new_id(doc: VisitDocument, base: str, numbered: bool = False) -> str:
    """``base`` (or ``base-2``…), or with ``numbered`` ``base-1``, ``base-2``…, never taken before."""
    taken = taken_ids(doc)
    n = 1
    candidate = f"{base}-1" if numbered else base
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    _made.setdefault(doc, set()).add(candidate)
    return candidate
