"""The people who may take part in one stop, as a checkable list.

Checking a person is one undo command that sets the stop's attendee list, kept
in the order of the People section; ids that nobody has stay in the list (and
shown as unknown) until the user unchecks them.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt

from briefing.model import Stop
from briefing.ui.commands import SetValue
from briefing.ui.document import Edit, VisitDocument
from briefing.ui.models.filtering import FoldingFilter

translate = QCoreApplication.translate


class AttendeeChoices(QAbstractListModel):
    def __init__(self, doc: VisitDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.stop: Stop | None = None
        self.ids: list[str] = []
        self._people: dict = {}
        doc.edited.connect(self.on_edit)
        # On doc.reset the programme editor selects a stop of the new visit and sets it here.

    def set_stop(self, stop: Stop | None) -> None:
        self.beginResetModel()
        self.stop = stop
        self._collect()
        self.endResetModel()

    def _collect(self) -> None:
        self.ids = self._wanted()
        self._people = {p.id: p for p in self.doc.visit.attendees}

    def _wanted(self) -> list[str]:
        people = [p.id for p in self.doc.visit.attendees]
        known = set(people)
        return people + [pid for pid in (self.stop.attendees if self.stop else []) if pid not in known]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self.stop is not None else flags & ~Qt.ItemFlag.ItemIsEnabled

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        pid = self.ids[index.row()]
        person = self._people.get(pid)
        if role == Qt.ItemDataRole.DisplayRole:
            if person is None:
                return translate("AttendeeChoices", "Unknown person id \u201c{id}\u201d").format(id=pid)
            name = person.name or pid
            return f"{name} \u2014 {person.role}" if person.role else name
        if role == FoldingFilter.SearchRole:
            return " ".join([pid, person.name, person.role, person.organisation]) if person else pid
        if role == Qt.ItemDataRole.CheckStateRole and self.stop is not None:
            return Qt.CheckState.Checked if pid in self.stop.attendees else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and person is not None and person.organisation:
            return person.organisation
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or self.stop is None or not index.isValid():
            return False
        pid = self.ids[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        chosen = set(self.stop.attendees)
        chosen = chosen | {pid} if checked else chosen - {pid}
        order = {p: i for i, p in enumerate(self.ids)}
        new = sorted(chosen, key=lambda p: order.get(p, len(order)))
        if new != self.stop.attendees:
            text = (
                translate("AttendeeChoices", "Add to stop")
                if checked
                else translate("AttendeeChoices", "Remove from stop")
            )
            self.doc.push(SetValue(self.doc, "itinerary", self.stop, "attendees", new, text, merge=False))
        return True

    def on_edit(self, edit: Edit) -> None:
        if edit.section == "attendees" or (edit.obj is self.stop and edit.attr == "attendees"):
            wanted = self._wanted()
            self._people = {p.id: p for p in self.doc.visit.attendees}
            if wanted != self.ids:
                self.beginResetModel()
                self.ids = wanted
                self.endResetModel()
            elif self.ids:
                self.dataChanged.emit(self.index(0), self.index(len(self.ids) - 1))
