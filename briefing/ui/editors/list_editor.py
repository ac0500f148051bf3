"""A section that is a list: the list on the left, the selected item's form on
the right, and Add / Remove / Move up / Move down (buttons, keys, drag and drop).

Subclasses say what the list holds (``container``, ``new_item``, ``display``)
and build the form in ``build_form``.
"""

from __future__ import annotations

import copy
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.ui.commands import InsertItem, MoveItem, RemoveItem, button_words
from briefing.ui.document import Edit
from briefing.ui.editors.base import SectionEditor
from briefing.ui.editors.form import Form, form_layout
from briefing.ui.models.section_list import SectionListModel

translate = QCoreApplication.translate


def empty_state(text: str) -> QLabel:
    """What an empty editor says, centred and quiet, in place of a disabled form."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setMargin(24)
    return label


def fit_to_width(view: QListView, wrap: bool = False) -> None:
    """Items as wide as the list: long texts end in "…" (or wrap), no sideways scrolling."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(wrap)
    view.setSpacing(1)


class ItemList(QListView):
    """The list: keyboard shortcuts act only while it has focus."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_to_width(self)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)


# A NamedTuple rather than a frozen dataclass: cheaper to define at start-up (see locks.Holder).
class Texts(NamedTuple):
    """What one list calls its actions, as whole phrases: "Add message", not
    "Add" + noun, because other languages inflect (and show them in Undo)."""

    add: str
    remove: str
    move: str
    duplicate: str = ""


def shortcut_text(key: QKeySequence) -> str:
    return key.toString(QKeySequence.SequenceFormat.NativeText)


def list_buttons(owner: QWidget, view: QAbstractItemView, texts: Texts) -> tuple[QWidget, dict]:
    """The row of buttons under a list, and shortcuts that work while ``view`` has focus."""
    row = QWidget()
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(4)
    specs = [
        ("add", translate("ListEditor", "Add"), texts.add, QKeySequence(Qt.Key.Key_Insert)),
        ("remove", translate("ListEditor", "Remove"), texts.remove, QKeySequence(QKeySequence.StandardKey.Delete)),
        ("up", "\u25b2", translate("ListEditor", "Move up"), QKeySequence("Ctrl+Up")),
        ("down", "\u25bc", translate("ListEditor", "Move down"), QKeySequence("Ctrl+Down")),
    ]
    if texts.duplicate:
        specs.insert(1, ("duplicate", translate("ListEditor", "Duplicate"), texts.duplicate, QKeySequence("Ctrl+D")))
    buttons = {}
    for name, text, tip, key in specs:
        tip = button_words(tip)
        button = QToolButton() if name in ("up", "down") else QPushButton(text)
        button.setText(text)
        button.setToolTip(f"{tip} ({shortcut_text(key)})")
        button.setAccessibleName(tip)
        box.addWidget(button)
        buttons[name] = button
        shortcut = QShortcut(key, view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(button.click)
    box.addStretch(1)
    return row, buttons


class ListSectionEditor(SectionEditor):
    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        self.model = self.make_model()
        self.proxy = self.make_proxy(self.model)
        self.view = ItemList()
        self.view.setModel(self.proxy or self.model)
        self.view.setAccessibleName(self.title())
        self.form = self.make_form()

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.add_above_list(left_box)
        left_box.addWidget(self.view, 1)
        self.texts = self.make_texts()
        buttons, self.buttons = list_buttons(self, self.view, self.texts)
        left_box.addWidget(buttons)
        self.buttons["add"].clicked.connect(self.add_item)
        self.buttons["remove"].clicked.connect(self.remove_item)
        self.buttons["up"].clicked.connect(lambda: self.move_item(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_item(+1))

        self.form_page = QWidget()
        page_box = QVBoxLayout(self.form_page)
        self.form_layout = form_layout()
        page_box.addLayout(self.form_layout)
        self.build_form(self.form_layout)
        page_box.addStretch(1)
        self.empty_label = empty_state(self.empty_text())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form_page)
        # The form, or a word on what to do when nothing is selected.
        self.right = QStackedWidget()
        self.right.addWidget(scroll)
        self.right.addWidget(self.empty_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 460])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.modelReset.connect(self._select_first)
        self._select_first()

    # what subclasses provide ----------------------------------------------
    def container(self) -> list:
        return getattr(self.doc.visit, self.SECTION)

    def new_item(self):
        raise NotImplementedError

    def display(self, item) -> str:
        raise NotImplementedError

    def build_form(self, layout) -> None:
        raise NotImplementedError

    def make_texts(self) -> Texts:
        raise NotImplementedError

    def empty_text(self) -> str:
        return translate("ListEditor", "Nothing here yet. Press Add to create the first one.")

    def add_above_list(self, box) -> None:
        """Room for a filter box above the list."""

    def make_model(self) -> SectionListModel:
        return SectionListModel(self.doc, self.SECTION, self.container, self.display, self)

    def make_proxy(self, model):
        return None

    def make_form(self) -> Form:
        return Form(self.doc, self.SECTION, self)

    def clear_filter(self) -> bool:
        """Show every item again; False when there is no filter to clear."""
        return False

    def first_field(self) -> QWidget | None:
        return next(iter(self.form.bindings.values())).widget if self.form.bindings else None

    def show_item(self, item) -> None:
        self.form.set_object(item)

    # rows <-> view ---------------------------------------------------------
    def view_index(self, row: int) -> QModelIndex:
        index = self.model.index(row, 0)
        return self.proxy.mapFromSource(index) if self.proxy is not None else index

    def current_row(self) -> int:
        index = self.view.currentIndex()
        if not index.isValid():
            return -1
        return self.proxy.mapToSource(index).row() if self.proxy is not None else index.row()

    def current_item(self):
        row = self.current_row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def select_row(self, row: int) -> None:
        index = self.view_index(row)
        if not index.isValid() and 0 <= row < len(self.model.items) and self.clear_filter():
            index = self.view_index(row)  # it was hidden by the filter
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
        else:
            self._current_changed(QModelIndex(), QModelIndex())

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.select_row(0)
        else:
            self._current_changed(QModelIndex(), QModelIndex())

    def _current_changed(self, current, previous) -> None:
        item = self.current_item()
        self.show_item(item)
        self._show_empty()
        self._update_buttons()

    def _update_buttons(self, *args) -> None:
        row, count = self.current_row(), len(self.model.items)
        self.buttons["remove"].setEnabled(row >= 0)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < count - 1)
        if "duplicate" in self.buttons:
            self.buttons["duplicate"].setEnabled(row >= 0)
        if self.current_item() is None and self.form.obj is not None:
            self.show_item(None)
        self._show_empty()

    def _show_empty(self) -> None:
        none = self.current_item() is None
        self.empty_label.setText(
            self.empty_text() if not self.model.items else translate("ListEditor", "Select an item to edit it.")
        )
        self.right.setCurrentIndex(1 if none else 0)

    # actions -------------------------------------------------------------
    def add_item(self) -> None:
        row = self.current_row()
        at = row + 1 if row >= 0 else len(self.container())
        self.insert_item(at, self.new_item(), self.texts.add)

    def insert_item(self, at: int, item, text: str) -> None:
        self.doc.push(InsertItem(self.doc, self.SECTION, self.container(), at, item, text))
        self.select_row(at)
        field = self.first_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def duplicate_item(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.insert_item(row + 1, copy.deepcopy(self.container()[row]), self.texts.duplicate)

    def remove_item(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.doc.push(RemoveItem(self.doc, self.SECTION, self.container(), row, self.texts.remove))
        self.select_row(min(row, len(self.container()) - 1))

    def move_item(self, step: int) -> None:
        row = self.current_row()
        to = row + step
        if row < 0 or not 0 <= to < len(self.container()):
            return
        self.doc.push(MoveItem(self.doc, self.SECTION, self.container(), row, to, self.texts.move))
        self.select_row(to)

    # document ------------------------------------------------------------
    def on_edit(self, edit: Edit) -> None:
        self.form.on_edit(edit)

    def reload(self) -> None:
        pass  # the model resets itself (it listens to doc.reset), then its first row is selected

    def focus_path(self, path: tuple) -> None:
        if len(path) < 2 or not isinstance(path[1], int):
            return
        self.select_row(path[1])
        widget = self.form.widget(path[2]) if len(path) > 2 and isinstance(path[2], str) else None
        (widget or self.view).setFocus(Qt.FocusReason.OtherFocusReason)
