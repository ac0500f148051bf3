"""The visit's details: what, who, when, where, and how the pack is marked."""

from __future__ import annotations

import zoneinfo
from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCompleter, QLabel, QScrollArea, QVBoxLayout, QWidget

from briefing.model.visit import DEFAULT_TIMEZONE
from briefing.ui.document import Edit
from briefing.ui.editors.base import SectionEditor
from briefing.ui.editors.fields import Form, form_layout
from briefing.ui.editors.list_editor import Texts
from briefing.ui.editors.string_list import StringListEditor

COMMON_TIMEZONES = [
    DEFAULT_TIMEZONE,
    "Europe/London",
    "Europe/Brussels",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Lisbon",
    "Europe/Dublin",
    "Europe/Luxembourg",
    "Europe/Zurich",
    "America/New_York",
    "America/Toronto",
    "America/Los_Angeles",
    "America/Guadeloupe",
    "America/Martinique",
    "America/Cayenne",
    "Indian/Reunion",
    "Indian/Mayotte",
    "Pacific/Noumea",
    "Pacific/Tahiti",
    "Africa/Dakar",
    "Africa/Abidjan",
    "Asia/Tokyo",
    "Asia/Singapore",
    "UTC",
]
CLASSIFICATIONS = ["Diffusion restreinte", "Non protégé", "OFFICIAL", "OFFICIAL-SENSITIVE"]


def tr(text: str) -> str:
    return QCoreApplication.translate("DetailsEditor", text)


@cache
def all_timezones() -> list[str]:
    try:
        return sorted(zoneinfo.available_timezones())
    except Exception:  # no tz database: the common list still works
        return list(COMMON_TIMEZONES)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 2)
    return label


class DetailsEditor(SectionEditor):
    SECTION = "details"
    TITLE = "Visit"

    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        self.form = Form(doc, "details", self)
        f = self.form
        page = QWidget()
        page.setMaximumWidth(760)
        layout = form_layout()

        layout.addRow(heading(tr("The visit")))
        f.line(layout, "title", tr("Title"), tr("e.g. Visit of the minister to Marseille"))
        f.line(layout, "principal", tr("Principal"), tr("Who is visiting"))
        f.line(layout, "principal_role", tr("Principal's role"), tr("Their office"))
        f.line(layout, "location", tr("Location"), tr("City or area"))
        f.date(layout, "start_date", tr("First day"), special=tr("Not set"))
        f.date(
            layout,
            "end_date",
            tr("Last day"),
            special=tr("Same day"),
            clear=tr("One-day visit: clear the last day"),
            near=lambda: self.doc.visit.details.start_date,
        )
        zone = f.editable_combo(layout, "timezone", tr("Time zone"), COMMON_TIMEZONES)
        completer = QCompleter(all_timezones(), zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        zone.setCompleter(completer)

        layout.addRow(heading(tr("The pack")))
        f.combo(layout, "language", tr("Language"), [("fr", "Français"), ("en", "English")])
        classification = f.editable_combo(layout, "classification", tr("Classification"), ["", *CLASSIFICATIONS])
        classification.lineEdit().setPlaceholderText(tr("None"))
        f.combo(layout, "status", tr("Status"), [("draft", tr("Draft")), ("final", tr("Final"))])
        f.spin(layout, "revision", tr("Revision"), 1, 999)
        f.line(layout, "prepared_by", tr("Prepared by"), tr("Author or office"))

        layout.addRow(heading(tr("Content")))
        texts = Texts(tr("Add objective"), tr("Remove objective"), tr("Move objective"))
        self.objectives = StringListEditor(doc, "details", "objectives", texts)
        self.objectives.view.setMinimumHeight(self.objectives.view.fontMetrics().lineSpacing() * 7)
        self.objectives.setAccessibleName(tr("Objectives"))
        label = QLabel(tr("Objectives"))
        label.setBuddy(self.objectives.view)
        layout.addRow(label, self.objectives)
        f.text(layout, "summary", tr("Summary"), lines=5, placeholder=tr("A short paragraph for the first page"))

        page.setLayout(layout)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()

    def reload(self) -> None:
        details = self.doc.visit.details
        self.form.set_object(details)
        self.objectives.set_owner(details)

    def on_edit(self, edit: Edit) -> None:
        self.form.on_edit(edit)

    def focus_path(self, path: tuple) -> None:
        attr = path[1] if len(path) > 1 else "title"
        if attr == "objectives":
            self.objectives.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if len(path) > 2 and isinstance(path[2], int):
                self.objectives._select(path[2])
            return
        widget = self.form.widget(attr) or self.form.widget("title")
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
