"""An editable list of short texts inside a form: objectives, a message's points.

Items are edited in place (double-click, F2, or typing); Add starts editing the
new item at once. Every change is one undo command on the live list.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from briefing.ui.commands import InsertItem, MoveItem, RemoveItem
from briefing.ui.document import VisitDocument
from briefing.ui.editors.inputs import LongTextDelegate
from briefing.ui.editors.list_editor import Texts, fit_to_width, list_buttons
from briefing.ui.models.section_list import StringListModel


class StringListEditor(QWidget):
    def __init__(self, doc: VisitDocument, section: str, attr: str, texts: Texts, parent=None):
        super().__init__(parent)
        self.doc, self.section, self.attr, self.texts = doc, section, attr, texts
        self.owner = None
        self._empty: list[str] = []
        self.model = StringListModel(doc, section, self.container, str, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(LongTextDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_to_width(self.view, wrap=True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 4 + 10)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.view, 1)
        buttons, self.buttons = list_buttons(self, self.view, texts)
        box.addWidget(buttons)
        self.buttons["add"].clicked.connect(lambda: self.add())
        self.buttons["remove"].clicked.connect(self.remove)
        self.buttons["up"].clicked.connect(lambda: self.move(-1))
        self.buttons["down"].clicked.connect(lambda: self.move(1))
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._fresh = None  # the InsertItem of an item just added and still being typed
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)

    def container(self) -> list[str]:
        return getattr(self.owner, self.attr) if self.owner is not None else self._empty

    def set_owner(self, owner) -> None:
        self.owner = owner
        self.model.reload()
        self.setEnabled(owner is not None)

    def items(self) -> list[str]:
        return list(self.container())

    def _update_buttons(self, *args) -> None:
        row, count = self.view.currentIndex().row(), self.model.rowCount()
        self.buttons["add"].setEnabled(self.owner is not None)
        self.buttons["remove"].setEnabled(row >= 0)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < count - 1)

    def _select(self, row: int) -> None:
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def add(self, text: str = "") -> None:
        if self.owner is None:
            return
        container = self.container()
        row = self.view.currentIndex().row()
        at = row + 1 if row >= 0 else len(container)
        command = InsertItem(self.doc, self.section, container, at, text or "", self.texts.add)
        self.doc.push(command)
        self._select(at)
        if not text:
            self._fresh = command
            self.view.setFocus()
            self.view.edit(self.model.index(at))

    def _editor_closed(self, *args) -> None:
        """A new item left empty (Escape, or Enter on nothing) is taken back, not kept blank."""
        command, self._fresh = self._fresh, None
        stack = self.doc.undo_stack
        if command is None or stack.index() == 0 or stack.command(stack.index() - 1) is not command:
            return
        if 0 <= command.index < len(command.container) and command.container[command.index] == "":
            QTimer.singleShot(0, lambda: stack.command(stack.index() - 1) is command and stack.undo())

    def remove(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        self.doc.push(RemoveItem(self.doc, self.section, self.container(), row, self.texts.remove))
        if self.model.rowCount():
            self._select(min(row, self.model.rowCount() - 1))

    def move(self, step: int) -> None:
        row = self.view.currentIndex().row()
        to = row + step
        if row < 0 or not 0 <= to < self.model.rowCount():
            return
        self.doc.push(MoveItem(self.doc, self.section, self.container(), row, to, self.texts.move))
        self._select(to)


def labelled_list(doc, section: str, layout, attr: str, label_text: str, texts, rows: int = 0) -> StringListEditor:
    """A list of texts as a row of a form: its label, and ``rows`` lines shown at least."""
    editor = StringListEditor(doc, section, attr, texts)
    if rows:
        editor.view.setMinimumHeight(editor.view.fontMetrics().lineSpacing() * rows)
    editor.setAccessibleName(label_text)
    label = QLabel(label_text)
    label.setBuddy(editor.view)
    layout.addRow(label, editor)
    return editor
