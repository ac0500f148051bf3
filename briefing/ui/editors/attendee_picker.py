"""Who takes part in the selected stop: a filter box and a checkable list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from briefing.ui.editors.clear_button import add_clear_button
from briefing.ui.editors.inputs import use_app_undo
from briefing.ui.editors.list_editor import fit_to_width
from briefing.ui.models.attendee_choices import AttendeeChoices
from briefing.ui.models.filtering import FoldingFilter

translate = QCoreApplication.translate


class AttendeePicker(QWidget):
    """Who takes part in the selected stop: a filter box and a checkable list."""

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.model = AttendeeChoices(doc, self)
        self.proxy = FoldingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("ProgrammeEditor", "Filter people"))
        add_clear_button(self.filter)
        self.filter.setAccessibleName(translate("ProgrammeEditor", "Filter people"))
        use_app_undo(self.filter)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.view = QListView()
        fit_to_width(self.view)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(translate("ProgrammeEditor", "People taking part"))
        self.empty = QLabel(translate("ProgrammeEditor", "Add people in the People section to choose them here."))
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        label = QLabel(translate("ProgrammeEditor", "People taking part"))
        label.setBuddy(self.view)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label)
        box.addWidget(self.filter)
        box.addWidget(self.view, 1)
        # In the list's place while nobody is there: below it, the hint fell out of sight.
        box.addWidget(self.empty)
        box.addStretch()
        self.model.modelReset.connect(self._update)
        self._update()

    def set_stop(self, stop) -> None:
        self.model.set_stop(stop)
        self.setEnabled(stop is not None)

    def _update(self) -> None:
        nobody = self.model.rowCount() == 0
        self.empty.setVisible(nobody)
        self.filter.setVisible(not nobody)
        self.view.setVisible(not nobody)

    def show_person(self, person_id: str) -> None:
        """Make the row of ``person_id`` current (an unknown id a warning points at)."""
        if person_id not in self.model.ids:
            return
        self.filter.clear()
        index = self.proxy.mapFromSource(self.model.index(self.model.ids.index(person_id)))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
