"""Undo and Redo show what they changed: the section, and the item in it.

An undo that changes a stop while the user looks at People would otherwise
change something out of sight. The edits a step makes are collected as the
document reports them; the undo stack's index moves once the step is done.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from briefing.ui.document import Edit, VisitDocument


class UndoFollower(QObject):
    def __init__(self, doc: VisitDocument, editors, parent=None):
        super().__init__(parent)
        self.doc, self.editors = doc, editors
        self.pending: list[Edit] = []
        self._places: set[tuple] = set()  # where the pending edits are (see _place)
        self.last: list[Edit] = []  # the edits of the latest step (push, undo or redo)
        doc.edited.connect(self._collect)
        doc.reset.connect(self._forget)
        doc.undo_stack.indexChanged.connect(self._step_done)

    def _collect(self, edit: Edit) -> None:
        # Typing updates the step on top in place, which moves no index: the
        # same edits come key after key and must not pile up (10,000 of them
        # stayed alive after typing 10,000 characters).
        place = _place(edit)
        if place in self._places:
            return
        self._places.add(place)
        self.pending.append(edit)

    def _forget(self) -> None:
        self.pending, self.last = [], []
        self._places = set()

    def _step_done(self, _index: int) -> None:
        self.last, self.pending = self.pending, []
        self._places = set()

    def follow(self) -> None:
        """Called after Undo or Redo ran: bring what it changed into view."""
        edits, self.last = self.last, []
        if not edits:
            return
        # In a step that adds or removes an item (deleting a person also updates
        # stops), the item is what the user will look for.
        main = next((e for e in edits if e.kind in ("insert", "remove")), edits[0])
        path = self._path(main)
        current = self.editors.keys[self.editors.currentIndex()] if self.editors.count() else ""
        editor = self.editors.editors.get(main.section)
        shown = getattr(getattr(editor, "form", None), "obj", None)
        if main.section != current or (main.obj is not None and main.obj is not shown and len(path) > 1):
            self.editors.go_to(path)

    def _path(self, edit: Edit) -> tuple:
        section = edit.section
        if section == "details":
            return (section, edit.attr) if edit.attr else (section,)
        items = getattr(self.doc.visit, section, None)
        if not isinstance(items, list):
            return (section,)
        if edit.kind == "set" and edit.obj is not None:
            index = next((i for i, item in enumerate(items) if item is edit.obj), None)
            if index is None:
                return (section,)
            return (section, index, edit.attr) if edit.attr else (section, index)
        if edit.container is items and items:
            index = edit.to if edit.kind == "move" else edit.index
            return (section, max(0, min(index, len(items) - 1)))
        return (section,)


def _place(edit: Edit) -> tuple:
    """What an edit changes and how, by identity: Edit's own == compares the
    objects and lists it names field by field. The ids stay unique while the
    pending edits keep those objects alive."""
    return (edit.kind, edit.section, id(edit.obj), edit.attr, id(edit.container), edit.index, edit.to)
