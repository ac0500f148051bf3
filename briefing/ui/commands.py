"""Undo commands: one per user action, each a model change and its inverse.

Commands hold the objects they change (dataclass instances and lists of the
plain model), not row numbers, so they stay right after other edits reorder
things. Typing in one field merges into one command until the user moves on.
"""

from __future__ import annotations

import copy
import weakref

from PySide6.QtGui import QUndoCommand

from briefing.ui.document import Edit, VisitDocument

_SET_ID = 1001
_SET_ITEM_ID = 1002


def button_words(name: str) -> str:
    """What a button or tooltip shows of an undo step's name.

    A translation may give a step two names, a line apart (Qt's QUndoCommand
    text and actionText): the first for buttons, the second for Edit > Undo.
    French says "Supprimer la personne" on a button, "Annuler la suppression
    de la personne" in the menu; English needs one name for both.
    """
    return name.split("\n", 1)[0]


class DocCommand(QUndoCommand):
    """An undo command of one document, which it holds weakly.

    The document owns the stack that owns the command: a strong reference back
    would make a cycle that only the garbage collector breaks, and on PySide6
    up to 6.11 that collection can crash inside ``~QUndoStack``.
    """

    def __init__(self, doc: VisitDocument, text: str):
        super().__init__(text)
        self._doc = weakref.ref(doc)

    @property
    def doc(self) -> VisitDocument:
        return self._doc()

    def notify(self, edit: Edit) -> None:
        doc = self._doc()
        if doc is not None:
            doc.notify(edit)


class SetValue(DocCommand):
    """Set ``obj.attr``; consecutive sets of the same field merge (typing)."""

    def __init__(self, doc: VisitDocument, section: str, obj, attr: str, value, text: str, merge: bool = True):
        super().__init__(doc, text)
        self.section, self.obj, self.attr = section, obj, attr
        self.old = copy.deepcopy(getattr(obj, attr))
        self.new = copy.deepcopy(value)
        self.merge = merge

    def id(self) -> int:
        return _SET_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or not other.merge:
            return False
        if other.obj is not self.obj or other.attr != self.attr:
            return False
        self.new = other.new
        return True

    def _apply(self, value) -> None:
        setattr(self.obj, self.attr, copy.deepcopy(value))
        self.notify(Edit("set", self.section, obj=self.obj, attr=self.attr))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class SetItem(DocCommand):
    """Set ``container[index]`` in a list of strings (sensitivities, objectives,
    points), which has no object to hold; typing in one item merges.

    Notifies ``Edit("set", section, container, index)`` (``obj`` is None)."""

    def __init__(self, doc: VisitDocument, section: str, container: list, index: int, value, text: str, merge=True):
        super().__init__(doc, text)
        self.section, self.container, self.index = section, container, index
        self.old = container[index]
        self.new = value
        self.merge = merge

    def id(self) -> int:
        return _SET_ITEM_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetItem) or not other.merge:
            return False
        if other.container is not self.container or other.index != self.index:
            return False
        self.new = other.new
        return True

    def _apply(self, value) -> None:
        self.container[self.index] = value
        self.notify(Edit("set", self.section, self.container, self.index))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class InsertItem(DocCommand):
    def __init__(self, doc: VisitDocument, section: str, container: list, index: int, item, text: str):
        super().__init__(doc, text)
        self.section, self.container, self.index, self.item = section, container, index, item

    def redo(self) -> None:
        self.container.insert(self.index, self.item)
        self.notify(Edit("insert", self.section, self.container, self.index))

    def undo(self) -> None:
        del self.container[self.index]
        self.notify(Edit("remove", self.section, self.container, self.index))


class RemoveItem(DocCommand):
    def __init__(self, doc: VisitDocument, section: str, container: list, index: int, text: str):
        super().__init__(doc, text)
        self.section, self.container, self.index = section, container, index
        self.item = container[index]

    def redo(self) -> None:
        del self.container[self.index]
        self.notify(Edit("remove", self.section, self.container, self.index))

    def undo(self) -> None:
        self.container.insert(self.index, self.item)
        self.notify(Edit("insert", self.section, self.container, self.index))


class MoveItem(DocCommand):
    """Move the item at ``index`` so that it ends up at position ``to``."""

    def __init__(self, doc: VisitDocument, section: str, container: list, index: int, to: int, text: str):
        super().__init__(doc, text)
        self.section, self.container, self.index, self.to = section, container, index, to

    def _move(self, src: int, dst: int) -> None:
        self.container.insert(dst, self.container.pop(src))
        self.notify(Edit("move", self.section, self.container, src, to=dst))

    def redo(self) -> None:
        self._move(self.index, self.to)

    def undo(self) -> None:
        self._move(self.to, self.index)
