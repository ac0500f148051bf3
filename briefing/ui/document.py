"""The open visit: the plain model, its file, and the undo stack that edits it.

Every change to the visit goes through an undo command (commands.py), and each
command tells the document what it changed with :meth:`VisitDocument.notify`.
Views and item models listen to :attr:`VisitDocument.edited` and update only
what the edit touched, rather than being rebuilt after each keystroke.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefing.model import Visit

SECTIONS = ("details", "itinerary", "attendees", "messages", "qa", "sensitivities", "contacts")


# A NamedTuple rather than a frozen dataclass: cheaper to define at start-up (see locks.Holder).
class Edit(NamedTuple):
    """What one command did: ``kind`` is "set", "insert", "remove" or "move".

    ``container`` is the list that changed (for insert/remove/move) and ``obj``
    the dataclass instance whose ``attr`` was set (for "set"); ``index`` and
    ``to`` are positions in ``container``.
    """

    kind: str
    section: str
    container: list | None = None
    index: int = -1
    to: int = -1
    obj: object | None = None
    attr: str = ""


class VisitDocument(QObject):
    edited = Signal(object)  # Edit
    reset = Signal()  # the whole visit was replaced (open, revert, new)
    pathChanged = Signal(object)  # Path | None
    modifiedChanged = Signal(bool)

    def __init__(self, visit: Visit | None = None, path: str | Path | None = None, parent=None):
        super().__init__(parent)
        self.visit = visit if visit is not None else Visit()
        self.path = Path(path) if path else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def notify(self, edit: Edit) -> None:
        self.edited.emit(edit)

    def push(self, command) -> None:
        self.undo_stack.push(command)

    def replace(self, visit: Visit, path: str | Path | None) -> None:
        """Take another visit (open, revert): history of the old one is dropped."""
        self.visit = visit
        self.undo_stack.clear()
        self.set_path(path)
        self.reset.emit()

    def set_path(self, path: str | Path | None) -> None:
        self.path = Path(path) if path else None
        self.pathChanged.emit(self.path)

    def mark_saved(self, path: str | Path) -> None:
        self.set_path(path)
        self.undo_stack.setClean()
