"""The Changes panel: what differs from the last issued revision, live, in the pack's words.

Beside the Checks panel. The same lines as the pack's changes page and
``briefing diff`` (model.revisions computes, model.words words), recomputed a
moment after edits stop. A visit never issued says so.

The lines are worked out while the panel is on screen. A new window has it
behind the Checks tab: its title (the revision it compares with) is kept
up to date, and the comparison, with the two modules that make it, waits
until the tab is opened, out of the app's start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDockWidget, QListWidget

from briefing.ui.checkspanel import list_height
from briefing.ui.document import VisitDocument

translate = QCoreApplication.translate
DELAY_MS = 300


def changes_title(visit) -> str:
    entry = visit.issued_before()
    if entry is None:
        return translate("ChangesPanel", "Changes")
    return translate("ChangesPanel", "Changes since revision {n}").format(n=entry.revision)


def change_lines(visit) -> tuple[str, list[str]]:
    """The panel's title and its lines: the changes since the last revision issued, in the pack's language."""
    entry = visit.issued_before()
    if entry is None:
        return changes_title(visit), []
    from briefing.model import words
    from briefing.model.revisions import changes_since

    lang = visit.details.language
    names = {p.id: p.name or p.id for p in entry.attendees}
    names.update({p.id: p.name or p.id for p in visit.attendees})
    lines = [words.describe(c, lang, names) for c in changes_since(entry, visit, lang)]
    return changes_title(visit), lines


class ChangesPanel(QDockWidget):
    def __init__(self, doc: VisitDocument, parent=None):
        super().__init__(translate("ChangesPanel", "Changes"), parent)
        self.setObjectName("changesPanel")
        self.doc = doc
        self._lines: list[str] = []
        self._stale = True  # the lines are not worked out for the visit as it is
        # Said by visibilityChanged: a tab behind another is isVisible() all the same.
        self._on_screen = False
        self.list = QListWidget(self)
        self.list.setObjectName("changesList")
        self.list.setAccessibleName(translate("ChangesPanel", "Changes since the last revision issued"))
        self.list.setWordWrap(True)
        self.setWidget(self.list)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        doc.edited.connect(lambda _edit: self.timer.start())
        doc.reset.connect(self.refresh)
        self.visibilityChanged.connect(self._on_visibility)
        self.refresh()

    @property
    def lines(self) -> list[str]:
        """The changes as listed, for the visit as it is now."""
        if self._stale:
            self._fill()
        return self._lines

    def refresh(self) -> None:
        self.timer.stop()
        self.setWindowTitle(changes_title(self.doc.visit))
        self._stale = True
        if self._on_screen:
            self._fill()

    def _on_visibility(self, visible: bool) -> None:
        self._on_screen = visible
        if visible and self._stale:  # its tab opened, or the panel brought back
            self._fill()

    def _fill(self) -> None:
        self._stale = False
        title, self._lines = change_lines(self.doc.visit)
        self.setWindowTitle(title)
        self.list.clear()
        if self.doc.visit.issued_before() is None:
            self.list.addItem(translate("ChangesPanel", "No revision issued yet: File > Issue Revision records one."))
        elif not self._lines:
            from briefing.model import words

            self.list.addItem(words.word(self.doc.visit.details.language, "none"))
        else:
            self.list.addItems(self._lines)
        # As the Checks panel it shares the strip with: as tall as its lines, up to a few.
        self.list.setMaximumHeight(list_height(self.list))
