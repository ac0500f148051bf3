"""The people to make personal programmes or calendars for (File > Export).

Its own module, imported when the dialog is first opened: the first window
has no use for it, and defining a QDialog subclass, with the check box and
button box it uses, made PySide6 create their Python types and enums at
start-up (~1 ms).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

translate = QCoreApplication.translate


class PeopleDialog(QDialog):
    """Tick people (all staff, all officials, a few); for calendars, the whole visit instead."""

    def __init__(self, visit, title: str, whole: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        box = QVBoxLayout(self)
        self.whole = QCheckBox(whole) if whole else None
        if self.whole is not None:
            self.whole.setChecked(True)
            box.addWidget(self.whole)
        self.list = QListWidget()
        self.list.setObjectName("peopleToExport")
        for person in visit.attendees:
            bits = [p for p in (person.role, person.organisation) if p]
            item = QListWidgetItem(person.name + (f" \u2014 {', '.join(bits)}" if bits else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, person.category)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        box.addWidget(self.list, 1)
        quick = QHBoxLayout()
        for text, category in (
            (translate("Outputs", "All staff"), "staff"),
            (translate("Outputs", "All officials"), "official"),
            (translate("Outputs", "Nobody"), None),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, c=category: self.tick(c))
            quick.addWidget(button)
        quick.addStretch(1)
        box.addLayout(quick)
        if self.whole is not None:
            self.whole.toggled.connect(lambda on: self.list.setEnabled(not on))
            self.list.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(480, 460)

    def tick(self, category: str | None) -> None:
        if self.whole is not None:
            self.whole.setChecked(False)
        for row in range(self.list.count()):
            item = self.list.item(row)
            on = category is not None and item.data(Qt.ItemDataRole.UserRole + 1) == category
            if category is None or on:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str] | None:
        """The ids ticked; None for the whole visit."""
        if self.whole is not None and self.whole.isChecked():
            return None
        items = (self.list.item(row) for row in range(self.list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
