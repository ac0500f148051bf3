"""A list model over one list of the plain visit (messages, people, strings...).

The model keeps its own copy of the list's items (references, or strings) and
follows the document's Edit notifications, so rows are inserted, removed and
moved with the proper begin/end calls after each undo command, never rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QMimeData, QModelIndex, Qt

from briefing.ui.commands import MoveItem, SetItem
from briefing.ui.document import Edit, VisitDocument

ItemRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
ROW_MIME = "application/x-briefing-row"


class SectionListModel(QAbstractListModel):
    """``container()`` returns the live list; ``display(item)`` its text."""

    def __init__(
        self,
        doc: VisitDocument,
        section: str,
        container: Callable[[], list],
        display: Callable[[object], str],
        parent=None,
    ):
        super().__init__(parent)
        self.doc, self.section = doc, section
        self._container, self._display = container, display
        self.items: list = list(container())
        self.following = False
        doc.edited.connect(self.on_edit)
        doc.reset.connect(self.reload)

    def container(self) -> list:
        return self._container()

    def set_container(self, container: Callable[[], list]) -> None:
        self._container = container
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.items = list(self.container())
        self.endResetModel()

    # Qt API --------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(item)
            return text.splitlines()[0] if text else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(item) or None
        if role == ItemRole:
            return item
        return None

    # drag and drop reorders through one MoveItem ------------------------------
    def flags(self, index):
        flags = super().flags(index)
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(ROW_MIME, str(indexes[0].row()).encode())
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(ROW_MIME):
            return False
        src = int(bytes(data.data(ROW_MIME)).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        to = row - 1 if row > src else row
        if to != src and 0 <= src < len(self.items) and 0 <= to < len(self.items):
            self.doc.push(MoveItem(self.doc, self.section, self.container(), src, to, self.move_text()))
        # False: the view must not remove the dragged row, the command moved it.
        return False

    def moveRows(self, source_parent, row, count, destination_parent, child) -> bool:
        """What QListView's internal drag and drop calls in Qt 6: one MoveItem."""
        if count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        to = child - 1 if child > row else child
        if not (0 <= row < len(self.items) and 0 <= to < len(self.items)) or to == row:
            return False
        self.doc.push(MoveItem(self.doc, self.section, self.container(), row, to, self.move_text()))
        return True

    def move_text(self) -> str:
        return QCoreApplication.translate("ListEditor", "Move item")

    def row_of(self, item) -> int:
        return next((i for i, it in enumerate(self.items) if it is item), -1)

    # following the document -------------------------------------------------
    def on_edit(self, edit: Edit) -> None:
        # While rows change, a closing item editor may try to commit: refuse it
        # (setData checks ``following``) rather than push inside an undo.
        self.following = True
        try:
            self._follow(edit)
        finally:
            self.following = False

    def _follow(self, edit: Edit) -> None:
        container = self.container()
        if edit.container is container:
            if edit.kind == "insert":
                self.beginInsertRows(QModelIndex(), edit.index, edit.index)
                self.items.insert(edit.index, container[edit.index])
                self.endInsertRows()
            elif edit.kind == "remove":
                self.beginRemoveRows(QModelIndex(), edit.index, edit.index)
                del self.items[edit.index]
                self.endRemoveRows()
            elif edit.kind == "move":
                src, dst = edit.index, edit.to
                # Qt wants the destination as "insert before" in the old numbering.
                if self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dst + 1 if dst > src else dst):
                    self.items.insert(dst, self.items.pop(src))
                    self.endMoveRows()
                else:
                    self.reload()
            elif edit.kind == "set" and 0 <= edit.index < len(self.items):
                self.items[edit.index] = container[edit.index]
                index = self.index(edit.index)
                self.dataChanged.emit(index, index)
        elif edit.kind == "set" and edit.obj is not None:
            row = self.row_of(edit.obj)
            if row >= 0:
                index = self.index(row)
                self.dataChanged.emit(index, index)


class StringListModel(SectionListModel):
    """A list of strings edited in place; each edit is one SetItem."""

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.row() < len(self.items):
            return self.items[index.row()]
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.following:
            return False
        container = self.container()
        if container[index.row()] != value:
            text = QCoreApplication.translate("ListEditor", "Edit item")
            self.doc.push(SetItem(self.doc, self.section, container, index.row(), value, text, merge=False))
        return True
