"""The side list of the visit's sections and the editor shown for each.

Editors come from briefing.ui.editors (their contract: ``EDITORS``, a list of
(section key, class); each class takes ``(doc, parent)``, has ``title()`` and
``focus_path(path)``). Only the section shown is built; the others are built
the first time they are chosen, which keeps them out of the start-up time.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from briefing.ui.document import VisitDocument
from briefing.ui.icons import icon


def editor_classes() -> list[tuple[str, type]]:
    """(section key, editor class or its stand-in): see briefing.ui.editors."""
    from briefing.ui.editors import SECTION_EDITORS

    return list(SECTION_EDITORS)


class BrokenSection(QLabel):
    """The page of a section whose editor failed to start (the error is shown apart)."""

    def __init__(self, parent=None):
        super().__init__(
            QCoreApplication.translate("Sections", "This section could not be opened because of an error."), parent
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setEnabled(False)

    def focus_path(self, path) -> None:
        pass


class Editors(dict):
    """The editors built so far, by section key; asking for another one builds it."""

    def __init__(self, build):
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        return self._build(key)


class SectionList(QListWidget):
    """The side list; its rows match the pages of an :class:`EditorStack`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sectionList")
        self.setIconSize(QSize(20, 20))
        self.setUniformItemSizes(True)
        self.setAccessibleName(QCoreApplication.translate("Sections", "Sections"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def add_section(self, key: str, title: str) -> None:
        item = QListWidgetItem(icon(f"section-{key}", on_selection=True), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setData(Qt.ItemDataRole.UserRole + 1, title)
        item.setSizeHint(QSize(0, 36))
        self.addItem(item)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show how many warnings each section has, beside its title."""
        for row in range(self.count()):
            item = self.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            title = item.data(Qt.ItemDataRole.UserRole + 1)
            n = counts.get(key, 0)
            item.setText(f"{title}  ({n})" if n else title)
            item.setIcon(icon("warning" if n else f"section-{key}", on_selection=True))
            item.setToolTip(
                QCoreApplication.translate("Sections", "Warnings in this section: {n}").format(n=n) if n else ""
            )

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.sizeHintForColumn(0) + 24), hint.height())


class EditorStack(QStackedWidget):
    sectionChanged = Signal(str)

    def __init__(self, doc: VisitDocument, section_list: SectionList, parent=None):
        super().__init__(parent)
        self.setObjectName("editorStack")
        self.doc = doc
        self.keys: list[str] = []
        self.classes: dict[str, type] = {}
        self.editors = Editors(self.editor)
        for key, cls in editor_classes():
            self.keys.append(key)
            self.classes[key] = cls
            self.addWidget(QWidget(self))  # an empty page until the section is first chosen
            section_list.add_section(key, cls.title())
        self._list = section_list
        section_list.currentRowChanged.connect(self._on_row)
        section_list.setCurrentRow(0)

    def editor(self, key: str) -> QWidget:
        """The editor of section ``key``, built now if it was not yet."""
        if key in self.editors:
            return dict.__getitem__(self.editors, key)
        if key not in self.classes:
            raise KeyError(key)
        widget = self._make(self.classes[key])
        dict.__setitem__(self.editors, key, widget)
        index = self.keys.index(key)
        current = self.currentIndex()
        empty = self.widget(index)
        self.removeWidget(empty)
        empty.deleteLater()
        self.insertWidget(index, widget)
        self.setCurrentIndex(current)
        return widget

    def _make(self, cls) -> QWidget:
        try:
            return cls(self.doc, self)
        except Exception:
            # Not a silent blank page: the error dialog (the app's excepthook),
            # once the window is up, and a page saying the section failed.
            info = sys.exc_info()
            QTimer.singleShot(0, lambda: sys.excepthook(*info))
            return BrokenSection(self)

    def _on_row(self, row: int) -> None:
        if 0 <= row < self.count():
            self.editor(self.keys[row])
            self.setCurrentIndex(row)
            self.sectionChanged.emit(self.keys[row])

    def show_section(self, key: str) -> QWidget | None:
        if key not in self.keys:
            return None
        self._list.setCurrentRow(self.keys.index(key))
        return self.editors[key]

    def go_to(self, path: tuple) -> None:
        """Select the section of ``path`` and let its editor select the item."""
        if not path:
            return
        key = str(path[0])
        if key == "visit":
            key = "details"
        editor = self.show_section(key)
        if editor is not None and hasattr(editor, "focus_path"):
            editor.focus_path(tuple(path))
