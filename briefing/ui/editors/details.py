"""The visit's details: what, who, when, where, and how the pack is marked."""

from __future__ import annotations

import zoneinfo
from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing.model.visit import DEFAULT_TIMEZONE
from briefing.ui.document import Edit
from briefing.ui.editors.base import SectionEditor
from briefing.ui.editors.clear_button import add_clear_button
from briefing.ui.editors.form import form_layout
from briefing.ui.editors.inputs import filter_events
from briefing.ui.editors.list_editor import Texts
from briefing.ui.editors.principal import LinkedForm, choose_principal, ensure_principal_person
from briefing.ui.editors.string_list import labelled_list
from briefing.ui.editors.warning_sign import WarningSign
from briefing.ui.models.spans import not_before

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
# Protective markings as printed, in the pack's language: French (IGI 1300) or British (GSC).
CLASSIFICATIONS = {
    "fr": ["Non protégé", "Diffusion restreinte"],
    "en": ["OFFICIAL", "OFFICIAL-SENSITIVE"],
}


translate = QCoreApplication.translate


@cache
def all_timezones() -> list[str]:
    try:
        return sorted(zoneinfo.available_timezones())
    except Exception:  # no tz database: the common list still works
        return list(COMMON_TIMEZONES)


@cache
def zone_names() -> frozenset[str]:
    return frozenset(all_timezones())


def heading(text: str) -> QLabel:
    # Bold by markup: a QFont made here would be the only one before the
    # window is shown, and PySide6 makes QFont's type and its 60 enum values
    # for it (~1 ms of the start).
    label = QLabel("<b>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(0, 8, 0, 2)
    return label


class DetailsEditor(SectionEditor):
    SECTION = "details"
    TITLE = "Visit"

    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        self.form = LinkedForm(doc, "details", self)
        f = self.form
        page = QWidget()
        page.setMaximumWidth(760)
        layout = form_layout()

        layout.addRow(heading(translate("DetailsEditor", "The visit")))
        f.line(
            layout,
            "title",
            translate("DetailsEditor", "Title"),
            translate("DetailsEditor", "e.g. Visit of the minister to Marseille"),
        )
        self.principal = f.line(
            None, "principal", translate("DetailsEditor", "Principal"), translate("DetailsEditor", "Who is visiting")
        )
        self.principal.editingFinished.connect(lambda: ensure_principal_person(self.doc))
        # The principal is a person of People: pick one there, or the name typed becomes one.
        # A push button draws its menu arrow beside the text, not over it.
        self.pick_principal = QPushButton(translate("DetailsEditor", "From People"))
        self.pick_principal.setObjectName("pickPrincipal")
        self.pick_principal.setToolTip(
            translate("DetailsEditor", "Choose the principal among the people of the visit (Alt+Down)")
        )
        self.pick_principal.setMenu(QMenu(self.pick_principal))
        self.pick_principal.menu().aboutToShow.connect(self._fill_people)
        # Tab goes from the name to the role: on the button, the role typed next was lost (Space
        # opened the menu). The keyboard opens the menu from the name, as a date field its calendar.
        self.pick_principal.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for key in ("Alt+Down", "F4"):
            shortcut = QShortcut(QKeySequence(key), self.principal)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.show_people_menu)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.principal, 1)
        box.addWidget(self.pick_principal)
        label = QLabel(translate("DetailsEditor", "Principal"))
        label.setBuddy(self.principal)
        layout.addRow(label, row)
        f.line(
            layout,
            "principal_role",
            translate("DetailsEditor", "Principal's role"),
            translate("DetailsEditor", "Their office"),
        )
        f.line(layout, "location", translate("DetailsEditor", "Location"), translate("DetailsEditor", "City or area"))
        f.date(
            layout, "start_date", translate("DetailsEditor", "First day"), special=translate("DetailsEditor", "Not set")
        )
        f.date(
            layout,
            "end_date",
            translate("DetailsEditor", "Last day"),
            special=translate("DetailsEditor", "Same day"),
            clear=translate("DetailsEditor", "One-day visit: clear the last day"),
            near=lambda: self.doc.visit.details.start_date,
        )
        f.spans["start_date"] = "end_date"
        f.cleaners["end_date"] = not_before(lambda details: details.start_date)
        zone = f.editable_combo(layout, "timezone", translate("DetailsEditor", "Time zone"), COMMON_TIMEZONES)
        # The full list (~600 names, read from disk) is loaded when the field is
        # first used, not at start-up.
        completer = QCompleter(QStringListModel(zone), zone)
        filter_events(zone.lineEdit(), self)
        self.zone = zone
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        zone.setCompleter(completer)
        self.zone_warning = WarningSign(zone.lineEdit())
        self.zone_warning.setToolTip(translate("DetailsEditor", "Not a known time zone name, such as Europe/Paris."))
        zone.editTextChanged.connect(self._check_zone)

        layout.addRow(heading(translate("DetailsEditor", "The pack")))
        f.combo(layout, "language", translate("DetailsEditor", "Language"), [("fr", "Français"), ("en", "English")])
        # No blank item: an empty field (the clear button) says "None" itself.
        self.classification = f.editable_combo(
            layout, "classification", translate("DetailsEditor", "Classification"), []
        )
        self.classification.lineEdit().setPlaceholderText(translate("DetailsEditor", "None"))
        add_clear_button(self.classification.lineEdit())
        f.combo(
            layout,
            "status",
            translate("DetailsEditor", "Status"),
            [("draft", translate("DetailsEditor", "Draft")), ("final", translate("DetailsEditor", "Final"))],
        )
        self.revision = f.spin(layout, "revision", translate("DetailsEditor", "Revision"), 1, 999)
        f.line(
            layout,
            "prepared_by",
            translate("DetailsEditor", "Prepared by"),
            translate("DetailsEditor", "Author or office"),
        )
        self.distribution = labelled_list(
            self.doc,
            "details",
            layout,
            "distribution",
            translate("DetailsEditor", "Distribution"),
            Texts(
                translate("DetailsEditor", "Add recipient"),
                translate("DetailsEditor", "Remove recipient"),
                translate("DetailsEditor", "Move recipient"),
            ),
            rows=4,
        )

        layout.addRow(heading(translate("DetailsEditor", "Content")))
        texts = Texts(
            translate("DetailsEditor", "Add objective"),
            translate("DetailsEditor", "Remove objective"),
            translate("DetailsEditor", "Move objective"),
        )
        self.objectives = labelled_list(
            self.doc, "details", layout, "objectives", translate("DetailsEditor", "Objectives"), texts, rows=7
        )
        f.text(
            layout,
            "summary",
            translate("DetailsEditor", "Summary"),
            lines=5,
            placeholder=translate("DetailsEditor", "A short paragraph for the first page"),
        )

        page.setLayout(layout)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()

    def _revision_floor(self) -> None:
        """An issued revision is history: the revision being worked on stays above the last one issued."""
        issued = max((h.revision for h in self.doc.visit.history), default=0)
        # The old floor clamped a lower revision loaded before it moved (New showed 4 for 1), and a
        # floor moving up would clamp the value and push an edit: the field shows the model's value.
        binding = self.form.bindings["revision"]
        binding.loading = True
        try:
            self.revision.setMinimum(issued + 1)
        finally:
            binding.loading = False
        if self.form.obj is self.doc.visit.details:
            binding.load(self.doc.visit.details.revision)
        self.revision.setToolTip(
            translate("DetailsEditor", "Revision {n} was issued; this one is at least {next}.").format(
                n=issued, next=issued + 1
            )
            if issued
            else ""
        )

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched is self.zone.lineEdit():
            self.zone_completions()
        return super().eventFilter(watched, event)

    def zone_completions(self) -> QStringListModel:
        """The completer's list of every zone name, filled the first time it is needed."""
        model = self.zone.completer().model()
        if model.rowCount() == 0:
            model.setStringList(all_timezones())
        return model

    def show_people_menu(self) -> None:
        button = self.pick_principal
        button.menu().popup(button.mapToGlobal(QPoint(0, button.height())))

    def _fill_people(self) -> None:
        menu = self.pick_principal.menu()
        menu.clear()
        people = [p for p in self.doc.visit.attendees if p.name.strip()]
        for person in people:
            text = f"{person.name} — {person.role}" if person.role else person.name
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(person.category == "principal")
            action.triggered.connect(lambda _=False, p=person: choose_principal(self.doc, p))
        if not people:
            empty = menu.addAction(translate("DetailsEditor", "Nobody in People yet"))
            empty.setEnabled(False)

    def _check_zone(self, text: str) -> None:
        known = text in COMMON_TIMEZONES or text in zone_names()  # the common ones need no list
        self.zone_warning.show_if(bool(text) and not known)

    def _fill_classifications(self) -> None:
        """The markings of the pack's language (a French pack is not marked OFFICIAL)."""
        language = self.doc.visit.details.language
        wanted = CLASSIFICATIONS.get(language, CLASSIFICATIONS["fr"])
        combo = self.classification
        if [combo.itemText(i) for i in range(combo.count())] == wanted:
            return
        text = combo.currentText()
        combo.clear()
        combo.addItems(wanted)
        combo.setEditText(text)

    def reload(self) -> None:
        details = self.doc.visit.details
        self._fill_classifications()
        self.form.set_object(details)
        self._check_zone(details.timezone)
        self._revision_floor()
        self.objectives.set_owner(details)
        self.distribution.set_owner(details)

    def on_edit(self, edit: Edit) -> None:
        if edit.section == "history" or edit.attr == "history":
            self._revision_floor()
        if edit.obj is self.doc.visit.details and edit.attr == "language":
            self._fill_classifications()
        self.form.on_edit(edit)

    def focus_path(self, path: tuple) -> None:
        attr = path[1] if len(path) > 1 else "title"
        if attr in ("objectives", "distribution"):
            editor = getattr(self, attr)
            editor.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if len(path) > 2 and isinstance(path[2], int):
                editor._select(path[2])
            return
        widget = self.form.widget(attr) or self.form.widget("title")
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
