"""The principal is one person: the Visit page's Principal and the People entry.

The spec's "The principal": the person with category principal, whose name and
role ``visit.principal`` and ``visit.principal_role`` hold. Typing the name or
role on either page changes both in one undo step; the Visit page can pick
someone from People, or adds the principal to People when nobody is.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication

from briefing.model import Person, Visit
from briefing.model.people import slug
from briefing.model.principal import principal_person
from briefing.ui.commands import DocCommand, InsertItem
from briefing.ui.document import Edit, VisitDocument
from briefing.ui.editors.form import Form
from briefing.ui.editors.ids import new_id

translate = QCoreApplication.translate
_LINKED_ID = 1101
# What the principal's former entry becomes when someone else is chosen (the default category).
FORMER_CATEGORY = "guest"
LINKS = {"principal": "name", "principal_role": "role"}  # details attr -> person attr


class SetLinked(DocCommand):
    """Set several (section, obj, attr) at once, as one step; typing in the first one merges."""

    def __init__(self, doc: VisitDocument, changes: list[tuple[str, object, str, object]], text: str, merge=True):
        super().__init__(doc, text)
        self.changes = [
            (section, obj, attr, copy.deepcopy(getattr(obj, attr)), value) for section, obj, attr, value in changes
        ]
        self.merge = merge

    def id(self) -> int:
        return _LINKED_ID if self.merge else -1

    def _key(self) -> list:
        return [(id(obj), attr) for _s, obj, attr, _o, _n in self.changes]

    def mergeWith(self, other) -> bool:
        if not isinstance(other, SetLinked) or not other.merge or other._key() != self._key():
            return False
        self.changes = [
            (s, o, a, old, new) for (s, o, a, old, _), (*_, new) in zip(self.changes, other.changes, strict=True)
        ]
        return True

    def _apply(self, new: bool) -> None:
        for _section, obj, attr, old, value in self.changes:
            setattr(obj, attr, copy.deepcopy(value if new else old))
        for section, obj, attr, _old, _value in self.changes:
            self.notify(Edit("set", section, obj=obj, attr=attr))

    def redo(self) -> None:
        self._apply(True)

    def undo(self) -> None:
        self._apply(False)


class LinkedForm(Form):
    """A form whose fields may change other objects too (see :func:`linked_changes`)."""

    def push(self, attr: str, value, label: str, merge: bool = True) -> None:
        extra = [] if self.obj is None else linked_changes(self.doc.visit, self.section, self.obj, attr, value)
        # Only what differs: the same name typed again over a drifted file still mends the other side.
        extra = [change for change in extra if getattr(change[1], change[2]) != change[3]]
        if not extra:
            super().push(attr, value, label, merge)
            return
        text = translate("Form", "Edit {field}").format(field=label.replace("&", "").rstrip(": "))
        command = SetLinked(self.doc, [(self.section, self.obj, attr, value), *extra], text, merge)
        self.push_command(command, merge)


def linked_changes(visit: Visit, section: str, obj, attr: str, value) -> list[tuple[str, object, str, object]]:
    """What else must change with ``obj.attr = value`` for the principal to stay one."""
    details, person = visit.details, principal_person(visit)
    if section == "details" and attr in LINKS and person is not None:
        return [("attendees", person, LINKS[attr], value)]
    if section != "attendees":
        return []
    if obj is person and attr in ("name", "role"):
        return [("details", details, {"name": "principal", "role": "principal_role"}[attr], value)]
    if attr == "category" and value == "principal" and obj is not person:
        return _becoming_principal(visit, obj)
    return []


def _becoming_principal(visit: Visit, chosen: Person) -> list[tuple[str, object, str, object]]:
    details, former = visit.details, principal_person(visit)
    out = []
    if former is not None and former is not chosen:
        out.append(("attendees", former, "category", FORMER_CATEGORY))
    out += [("details", details, "principal", chosen.name), ("details", details, "principal_role", chosen.role)]
    return out


def choose_principal(doc: VisitDocument, chosen: Person) -> None:
    """Make ``chosen`` (from People) the principal: one undo step.

    Choosing the principal already ticked copies their name and role to the
    Visit page: the one step that mends a file whose two had drifted apart.
    """
    changes = [("attendees", chosen, "category", "principal"), *_becoming_principal(doc.visit, chosen)]
    changes = [c for c in changes if getattr(c[1], c[2]) != c[3]]
    if changes:
        doc.push(SetLinked(doc, changes, translate("DetailsEditor", "Choose the principal"), merge=False))


def ensure_principal_person(doc: VisitDocument) -> None:
    """The Visit page names a principal nobody in People is: take the person of that name, or add them."""
    visit = doc.visit
    name = visit.details.principal.strip()
    if not name or principal_person(visit) is not None:
        return
    same = next((p for p in visit.attendees if p.name.strip().casefold() == name.casefold()), None)
    if same is not None:
        choose_principal(doc, same)
        return
    person = Person(
        id=new_id(doc, slug(name) or "person"),
        name=visit.details.principal,
        role=visit.details.principal_role,
        category="principal",
    )
    text = translate("DetailsEditor", "Add the principal to People")
    doc.push(InsertItem(doc, "attendees", visit.attendees, 0, person, text))
