"""What every section editor shares: the document, its signals, the contract.

The main window lists editors from ``EDITORS`` and only relies on ``title()``,
``focus_path(path)`` and the ``(doc, parent)`` constructor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from briefing.ui.document import Edit, VisitDocument


class SectionEditor(QWidget):
    SECTION = ""
    TITLE = ""  # English source text, translated in the "SectionEditor" context

    def __init__(self, doc: VisitDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.setObjectName(f"editor-{self.SECTION}")
        doc.edited.connect(self._on_edited)
        doc.reset.connect(self.reload)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SectionEditor", cls.TITLE)

    def focus_path(self, path: tuple) -> None:
        """Show the item or field at a model path such as ("itinerary", 3, "start")."""

    def reload(self) -> None:
        """The whole visit was replaced: show it again."""

    def _on_edited(self, edit: Edit) -> None:
        self.on_edit(edit)

    def on_edit(self, edit: Edit) -> None:
        """Update just what ``edit`` changed."""
