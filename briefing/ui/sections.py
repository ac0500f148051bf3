"""The side list of the visit's sections and the editor shown for each.

Editors come from briefing.ui.editors (their contract: ``EDITORS``, a list of
(section key, class); each class takes ``(doc, parent)``, has ``title()`` and
``focus_path(path)``). If that package cannot be imported, each section shows
a placeholder so the rest of the app still works.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from briefing.ui.document import SECTIONS, VisitDocument
from briefing.ui.icons import icon

log = logging.getLogger("briefing")

FALLBACK_TITLES = {
    "details": QT_TRANSLATE_NOOP("Sections", "Visit"),
    "itinerary": QT_TRANSLATE_NOOP("Sections", "Programme"),
    "attendees": QT_TRANSLATE_NOOP("Sections", "People"),
    "messages": QT_TRANSLATE_NOOP("Sections", "Messages"),
    "qa": QT_TRANSLATE_NOOP("Sections", "Questions"),
    "sensitivities": QT_TRANSLATE_NOOP("Sections", "Sensitivities"),
    "contacts": QT_TRANSLATE_NOOP("Sections", "Contacts"),
}


def editor_classes() -> list[tuple[str, type | None]]:
    try:
        from briefing.ui.editors import EDITORS
    except Exception:  # the editors are another package; the window must still open
        log.exception("Section editors unavailable")
        return [(key, None) for key in SECTIONS]
    return list(EDITORS)


def _title(key: str, cls) -> str:
    if cls is not None and hasattr(cls, "title"):
        try:
            return str(cls.title())
        except Exception:
            log.exception("Editor title failed for %s", key)
    return QCoreApplication.translate("Sections", FALLBACK_TITLES.get(key, key))


class Placeholder(QLabel):
    def __init__(self, parent=None, failed: bool = False):
        text = (
            QCoreApplication.translate("Sections", "This section could not be opened because of an error.")
            if failed
            else QCoreApplication.translate("Sections", "This section cannot be edited yet.")
        )
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setEnabled(False)

    def focus_path(self, path) -> None:
        pass


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
        item = QListWidgetItem(icon(f"section-{key}"), title)
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
            item.setIcon(icon("warning") if n else icon(f"section-{key}"))
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
        self.keys: list[str] = []
        self.editors: dict[str, QWidget] = {}
        for key, cls in editor_classes():
            widget = self._make(cls, doc, key)
            self.keys.append(key)
            self.editors[key] = widget
            self.addWidget(widget)
            section_list.add_section(key, _title(key, cls))
        self._list = section_list
        section_list.currentRowChanged.connect(self._on_row)
        section_list.setCurrentRow(0)

    def _make(self, cls, doc: VisitDocument, key: str) -> QWidget:
        if cls is None:
            return Placeholder(self)
        try:
            return cls(doc, self)
        except Exception:
            # Not a silent blank page: the error dialog (the app's excepthook),
            # once the window is up, and a page saying the section failed.
            info = sys.exc_info()
            QTimer.singleShot(0, lambda: sys.excepthook(*info))
            return Placeholder(self, failed=True)

    def _on_row(self, row: int) -> None:
        if 0 <= row < self.count():
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
