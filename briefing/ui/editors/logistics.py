"""The fields of format version 2 in a stop's form: a travel leg's mode and places, an event's logistics.

An event's Logistics group holds the arrival point, who greets the principal
(chosen from People), whether and how long the principal speaks, dress, the
on-site contact and the transfer from the previous item. A number that may be
absent (minutes) is a spin box whose lowest value reads "not set".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QMenu, QSizePolicy, QSpinBox, QToolButton, QWidget

from briefing.model.visit import MODES
from briefing.ui.editors.form import Binding, Form, form_layout
from briefing.ui.models.stops import mode_label

translate = QCoreApplication.translate
MAX_MINUTES = 24 * 60


class OptionalMinutesBinding(Binding):
    """A number of minutes or None: the spin box's lowest value (-1) shows the "not set" text."""

    def __init__(self, form, attr, widget: QSpinBox, label):
        super().__init__(form, attr, widget, label)
        widget.valueChanged.connect(lambda v: self.changed(None if v < 0 else v))
        widget.editingFinished.connect(form.end_typing)

    def show(self, value) -> None:
        self.widget.setValue(-1 if value is None else value)


def optional_minutes(form: Form, layout, attr: str, label: str, unset: str) -> QSpinBox:
    widget = QSpinBox()
    widget.setRange(-1, MAX_MINUTES)
    widget.setSpecialValueText(unset)
    widget.setSuffix(translate("Logistics", " min"))
    widget.setAccessibleDescription(unset)
    return form._add(layout, OptionalMinutesBinding(form, attr, widget, label))


class PeopleChoice(QToolButton):
    """Who greets: the chosen people's names on the button, a checkable list of everyone in its menu."""

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.ids: list[str] = []
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)
        self.binding: PeopleBinding | None = None
        self._show()

    def _fill(self) -> None:
        self.menu_.clear()
        people = sorted(self.doc.visit.attendees, key=lambda p: (p.category not in ("host", "official"), p.name))
        if not people:
            empty = self.menu_.addAction(translate("Logistics", "No people yet: add them under People"))
            empty.setEnabled(False)
        for person in people:
            if person.category == "principal":
                continue  # the principal is the one who is greeted
            action = QAction(person.name or person.id, self.menu_)
            action.setCheckable(True)
            action.setChecked(person.id in self.ids)
            action.toggled.connect(lambda on, pid=person.id: self._toggle(pid, on))
            self.menu_.addAction(action)

    def _toggle(self, pid: str, on: bool) -> None:
        ids = [i for i in self.ids if i != pid] + ([pid] if on else [])
        if self.binding is not None:
            self.binding.changed(ids, merge=False)

    def set_ids(self, ids: list[str]) -> None:
        self.ids = list(ids)
        self._show()

    def _show(self) -> None:
        names = [(p.name if (p := self.doc.visit.person(i)) else i) for i in self.ids]
        self.setText(", ".join(names) if names else translate("Logistics", "Nobody chosen"))
        self.setToolTip("\n".join(names))


class PeopleBinding(Binding):
    def __init__(self, form, attr, widget: PeopleChoice, label):
        super().__init__(form, attr, widget, label)
        widget.binding = self

    def show(self, value) -> None:
        self.widget.set_ids(value)


def mode_combo(form: Form, layout, attr: str, label: str) -> QComboBox:
    return form.combo(layout, attr, label, [(mode, mode_label(mode)) for mode in MODES])


def logistics_group(form: Form, doc) -> QGroupBox:
    """An event's logistics, in a group of its own under the stop's form."""
    group = QGroupBox(translate("Logistics", "Logistics"))
    layout = form_layout()
    form.line(
        layout,
        "arrival",
        translate("Logistics", "Arrival"),
        translate("Logistics", "Arrival point, entrance, drop-off"),
    )
    met = PeopleChoice(doc)
    form._add(layout, PeopleBinding(form, "met_by", met, translate("Logistics", "Met by")))
    optional_minutes(
        form, layout, "speaking_minutes", translate("Logistics", "Principal speaks"), translate("Logistics", "\u2014")
    )
    form.text(
        layout,
        "speaking_notes",
        translate("Logistics", "Speaking notes"),
        lines=2,
        placeholder=translate("Logistics", "Remarks, order of speakers"),
    )
    form.line(layout, "dress", translate("Logistics", "Dress"), translate("Logistics", "Dress code or equipment"))
    form.line(
        layout,
        "on_site_contact",
        translate("Logistics", "On-site contact"),
        translate("Logistics", "Who to call at this place, with a number"),
    )
    optional_minutes(
        form,
        layout,
        "transfer_minutes",
        translate("Logistics", "Transfer"),
        translate("Logistics", "\u2014"),
    )
    mode_combo(form, layout, "transfer_mode", translate("Logistics", "Transfer by"))
    group.setLayout(layout)
    return group


def set_rows_visible(layout: QFormLayout, widgets: list[QWidget | None], visible: bool) -> None:
    for widget in widgets:
        if widget is None:
            continue
        row = widget.parentWidget() if layout.indexOf(widget) < 0 and widget.parentWidget() is not None else widget
        if layout.indexOf(row) >= 0:
            layout.setRowVisible(row, visible)
