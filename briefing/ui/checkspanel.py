"""The checks panel: the visit's warnings, kept current as the user edits.

Checks run a moment after edits stop (they look at every photo), and
choosing a warning (a click, or Enter) takes the user to the item. The panel
is as tall as its warnings, up to MAX_ROWS of them: one line when all is well.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem

from briefing.model import check_visit, parse_path
from briefing.model.checks import check_programme
from briefing.ui.document import Edit, VisitDocument
from briefing.ui.findings import (
    MODEL_CODES,
    describe,
    describe_blocking,
    describe_finding,
    describe_pack_warning,
)
from briefing.ui.icons import icon

CHECK_DELAY_MS = 300
MAX_ROWS = 6  # the panel grows with the warnings up to this many rows, then scrolls

# Sections whose edits cannot change what the programme's checks find, and the
# attributes that can, where only some can (see check_programme).
_APART_FROM_PROGRAMME = {"messages": None, "qa": None, "sensitivities": None, "contacts": None}
_APART_FROM_PROGRAMME |= {"attendees": {"id"}, "details": {"start_date", "end_date", "language"}}


def touches_programme(edit: Edit) -> bool:
    """Whether ``edit`` may change what :func:`check_programme` finds: a stop, the
    visit's dates or language, a person's id or the list of people."""
    if edit.section not in _APART_FROM_PROGRAMME:
        return True  # the programme itself, and anything not known to be apart from it
    attrs = _APART_FROM_PROGRAMME[edit.section]
    if attrs is None:
        return False
    # A set of one field of one object (a person, the details); anything else
    # (a person added or removed, a list item) may change what is checked.
    return edit.kind != "set" or edit.obj is None or edit.attr in attrs


# A NamedTuple rather than a frozen dataclass: cheaper to define at start-up (see locks.Holder).
class Entry(NamedTuple):
    """A line of the checks panel and where a click on it goes."""

    text: str
    path: tuple
    blocking: bool = False  # the visit cannot be saved until this is fixed
    count: int = 1  # how many warnings it stands for ("…and 2,497 more overlaps" stands for 2,497)


def blocking_entries(visit) -> list[Entry]:
    """What would make Save refuse the visit (a missing first day, a stop without a start)."""
    from briefing.storage.validate import save_problems

    return [Entry(describe_blocking(p, visit), parse_path(p.path), True) for p in save_problems(visit)]


def list_height(lst: QListWidget, max_rows: int = MAX_ROWS) -> int:
    """A list's height for its rows, up to ``max_rows`` of them: a panel one line tall when all is well."""
    rows = min(lst.count(), max_rows)
    height = sum(max(lst.sizeHintForRow(row), 1) for row in range(rows))
    return height + 2 * lst.frameWidth() + 2


class ChecksPanel(QDockWidget):
    goTo = Signal(object)  # path tuple
    countChanged = Signal(int, object)  # total, {section: count}

    def __init__(self, doc: VisitDocument, parent=None):
        super().__init__(QCoreApplication.translate("ChecksPanel", "Checks"), parent)
        self.setObjectName("checksPanel")
        self.doc = doc
        self.file_warnings: list[Entry] = []
        self.pack_warnings: list[Entry] = []
        self.entries: list[Entry] = []
        self.list = QListWidget(self)
        self.list.setObjectName("checksList")
        self.list.setAccessibleName(QCoreApplication.translate("ChecksPanel", "Warnings about the visit"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.setWidget(self.list)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self._programme: list | None = None  # check_programme's findings, while still true
        doc.edited.connect(self._on_edit)
        doc.reset.connect(self._on_reset)
        # No refresh here: the window refreshes once it has connected countChanged.

    def set_file_warnings(self, problems) -> None:
        """Warnings from opening a file that the live checks do not repeat."""
        entries = [
            Entry(describe(p.code, {}, str(p.message)), parse_path(p.path))
            for p in problems
            if p.code not in MODEL_CODES
        ]
        if entries != self.file_warnings:  # else the refresh on opening the visit showed them already
            self.file_warnings = entries
            self.refresh()

    def set_pack_warnings(self, warnings: list) -> None:
        """What the preview's build met (characters the font lacks, say): the pack's Findings."""
        entries = [Entry(describe_pack_warning(w), tuple(w.path)) for w in warnings]
        if entries != self.pack_warnings:
            self.pack_warnings = entries
            self.refresh()

    def schedule(self, *_) -> None:
        self.timer.start()

    def _on_edit(self, edit: Edit) -> None:
        if touches_programme(edit):
            self._programme = None
        self.schedule()

    def _on_reset(self) -> None:
        self._programme = None
        # A visit just opened is shown with its photos' headers and structure
        # checked, which needs no Pillow; decoding their pixels (rarely a
        # different answer) follows once the window is on screen.
        self.refresh(decode_photos=False)
        if any(person.photo is not None for person in self.doc.visit.attendees):
            self.timer.start()

    def refresh(self, decode_photos: bool = True) -> None:
        self.timer.stop()
        if self._programme is None:
            self._programme = check_programme(self.doc.visit)
        live = [
            Entry(describe_finding(f), tuple(f.path), count=f.params.get("count", 1) if f.code == "more" else 1)
            for f in check_visit(self.doc.visit, decode_photos=decode_photos, programme=self._programme)
        ]
        # A field the checks already name (a photo, the time zone) is not listed twice.
        named = {entry.path for entry in live}
        pack = [entry for entry in self.pack_warnings if entry.path not in named]
        self.entries = blocking_entries(self.doc.visit) + self.file_warnings + live + pack
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(icon("error" if entry.blocking else "warning", on_selection=True), entry.text)
            item.setData(Qt.ItemDataRole.UserRole, entry.path)
            if entry.blocking:
                item.setToolTip(
                    entry.text
                    + "\n"
                    + QCoreApplication.translate("ChecksPanel", "The visit cannot be saved until this is fixed.")
                )
            else:
                item.setToolTip(entry.text)
            self.list.addItem(item)
        if not self.entries:
            item = QListWidgetItem(
                icon("ok", on_selection=True), QCoreApplication.translate("ChecksPanel", "No problems found.")
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.fit_height()
        counts: dict[str, int] = {}
        for entry in self.entries:
            if entry.path:
                key = "details" if entry.path[0] == "visit" else str(entry.path[0])
                counts[key] = counts.get(key, 0) + 1
        n = sum(entry.count for entry in self.entries)
        title = QCoreApplication.translate("ChecksPanel", "Checks")
        self.setWindowTitle(f"{title} ({n})" if n else title)
        self.countChanged.emit(n, counts)

    def content_height(self) -> int:
        return list_height(self.list)

    def fit_height(self) -> None:
        height = self.content_height()
        grows = height > self.list.maximumHeight()
        self.list.setMaximumHeight(height)
        window = self.parentWidget()
        if grows and self.isVisible() and not self.isFloating() and hasattr(window, "resizeDocks"):
            # The dock area keeps its size when the limit rises: give it the room.
            title = self.widget().geometry().top()
            window.resizeDocks([self], [height + title], Qt.Orientation.Vertical)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Wrapped rows get taller when the panel narrows.
        if event.size().width() != event.oldSize().width():
            self.list.setMaximumHeight(self.content_height())

    def _activate(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.goTo.emit(tuple(path))
