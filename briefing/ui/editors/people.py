"""People: a filterable list with photos, and a form per person.

A photo comes from a file dialog or from an image file dropped anywhere on the
editor; it is made upright and scaled down (long side at most 800 px) before it
is embedded, so visit files stay small enough to e-mail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from briefing.model import CATEGORIES, Person
from briefing.model.people import slug
from briefing.model.photos import PhotoError
from briefing.ui.document import Edit
from briefing.ui.editors import person_actions as actions
from briefing.ui.editors.clear_button import add_clear_button
from briefing.ui.editors.ids import new_id
from briefing.ui.editors.inputs import flag_when, not_an_email, use_app_undo
from briefing.ui.editors.list_editor import ListSectionEditor, Texts
from briefing.ui.editors.photo_box import PhotoBox
from briefing.ui.editors.principal import LinkedForm
from briefing.ui.models.filtering import FoldingFilter
from briefing.ui.models.people import THUMB, PeopleModel

translate = QCoreApplication.translate


def app_title() -> str:
    return translate("Dialogs", "Briefing")


def category_choices() -> list[tuple[str, str]]:
    labels = {
        "principal": translate("PeopleEditor", "Principal"),
        "official": translate("PeopleEditor", "Official"),
        "host": translate("PeopleEditor", "Host"),
        "partner": translate("PeopleEditor", "Partner"),
        "guest": translate("PeopleEditor", "Guest"),
        "press": translate("PeopleEditor", "Press"),
        "staff": translate("PeopleEditor", "Staff"),
    }
    return [(c, labels.get(c, c)) for c in CATEGORIES]


def image_paths(mime) -> list[str]:
    if not mime.hasUrls():
        return []
    return [
        url.toLocalFile()
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(actions.IMAGE_SUFFIXES)
    ]


class PeopleEditor(ListSectionEditor):
    SECTION = "attendees"
    TITLE = "People"

    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setSpacing(2)
        self.setAcceptDrops(True)
        self._name_before = ""
        self._unnamed: dict[int, Person] = {}  # added here and never named yet

    # what the list holds ----------------------------------------------------
    def make_texts(self) -> Texts:
        return Texts(
            translate("PeopleEditor", "Add person"),
            translate("PeopleEditor", "Remove person"),
            translate("PeopleEditor", "Move person"),
        )

    def new_item(self) -> Person:
        # A placeholder until the person is first named: the id then comes from the name, once.
        person = Person(id=new_id(self.doc, "person", numbered=True))
        self._unnamed[id(person)] = person
        return person

    def display(self, item: Person) -> str:
        return item.name or item.id

    def empty_text(self) -> str:
        return translate("PeopleEditor", "No people yet. Press Add for everyone who appears in the pack.")

    def make_model(self):
        return PeopleModel(self.doc, self)

    def make_form(self):
        # The principal's name and role are the Visit page's too (see principal.py).
        return LinkedForm(self.doc, self.SECTION, self)

    def make_proxy(self, model):
        proxy = FoldingFilter(self)
        proxy.setSourceModel(model)
        return proxy

    def add_above_list(self, box) -> None:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("PeopleEditor", "Filter people"))
        self.filter.setToolTip(translate("PeopleEditor", "Filter by name, role or organisation"))
        add_clear_button(self.filter)
        self.filter.setAccessibleName(translate("PeopleEditor", "Filter people"))
        use_app_undo(self.filter)
        self.filter.textChanged.connect(self._filter)
        box.addWidget(self.filter)

    def clear_filter(self) -> bool:
        if not self.filter.text():
            return False
        self.filter.clear()
        return True

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    # the form ------------------------------------------------------------------
    def build_form(self, layout) -> None:
        f = self.form
        name = f.line(layout, "name", translate("PeopleEditor", "Name"))
        name.editingFinished.connect(self._name_finished)
        f.line(layout, "role", translate("PeopleEditor", "Role"), translate("PeopleEditor", "Job title or office"))
        f.line(layout, "organisation", translate("PeopleEditor", "Organisation"))
        f.combo(layout, "category", translate("PeopleEditor", "Category"), category_choices())
        f.line(
            layout,
            "pronunciation",
            translate("PeopleEditor", "Pronunciation"),
            translate("PeopleEditor", "How to say the name"),
        )
        f.line(layout, "phone", translate("PeopleEditor", "Phone"))
        email = f.line(layout, "email", translate("PeopleEditor", "Email"))
        self.email_warning = flag_when(
            email, not_an_email, translate("PeopleEditor", "This does not look like an e-mail address.")
        )
        f.text(layout, "bio", translate("PeopleEditor", "Biography"), lines=6)
        self.photo = PhotoBox()
        self.photo.choose.clicked.connect(self.choose_photo)
        self.photo.remove.clicked.connect(self.remove_photo)
        label = QLabel(translate("PeopleEditor", "Photo"))
        label.setBuddy(self.photo.choose)
        layout.addRow(label, self.photo)
        # Technical, so last and read-only: the file names the person by it, for good.
        self.id_edit = QLineEdit()
        self.id_edit.setReadOnly(True)
        self.id_edit.setFrame(False)
        self.id_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes past it
        self.id_edit.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        quiet = self.id_edit.palette()
        quiet.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)  # text on the page, not a field
        self.id_edit.setPalette(quiet)
        self.id_edit.setAccessibleName(translate("PeopleEditor", "Reference (used in the file)"))
        self.id_edit.setToolTip(
            translate(
                "PeopleEditor",
                "How the visit file names this person. Made from the name when the person is added; "
                "it never changes afterwards, so that stops, changes and calendars keep finding them.",
            )
        )
        label = QLabel(translate("PeopleEditor", "Reference"))
        label.setBuddy(self.id_edit)
        label.setToolTip(self.id_edit.toolTip())
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addRow(label, self.id_edit)

    def show_item(self, item) -> None:
        self.form.set_object(item)
        self.id_edit.setText(item.id if item else "")
        self.id_edit.setEnabled(item is not None)
        self.photo.setEnabled(item is not None)
        self.photo.show_photo(item.photo if item else None)
        self._name_before = item.name if item else ""

    def on_edit(self, edit: Edit) -> None:
        super().on_edit(edit)
        person = self.form.obj
        if edit.kind == "set" and person is not None and edit.obj is person:
            if edit.attr == "id" and self.id_edit.text() != person.id:
                self.id_edit.setText(person.id)
            elif edit.attr == "photo":
                self.photo.show_photo(person.photo)
            elif edit.attr == "name" and not self.form.pushing:
                self._name_before = person.name  # undo or redo, not typing

    # ids -------------------------------------------------------------------------
    def _name_finished(self) -> None:
        person = self.form.obj
        if person is None:
            return
        self._name_before = person.name
        if not person.name.strip() or self._unnamed.pop(id(person), None) is None:
            return  # a person's id is made once, from their first name, and then kept
        wanted = new_id(self.doc, slug(person.name) or "person")
        if wanted != person.id:
            actions.rename_person(self.doc, person, wanted, translate("PeopleEditor", "Set identifier from name"))

    # photo -------------------------------------------------------------------------
    def ask_photo_path(self) -> str:
        """The file dialog; tests replace this method."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("PeopleEditor", "Choose a photo"),
            "",
            translate("PeopleEditor", "Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff)"),
        )
        return path

    def choose_photo(self) -> None:
        path = self.ask_photo_path()
        if path:
            self.import_photo(path)

    def import_photo(self, path: str) -> bool:
        person = self.form.obj
        if person is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = actions.read_photo_file(path)
        except PhotoError as exc:
            QApplication.restoreOverrideCursor()
            self.show_error(
                translate("PeopleEditor", "The photo could not be imported"),
                translate("PeopleEditor", "{file}: {reason}.").format(file=path, reason=exc),
            )
            return False
        QApplication.restoreOverrideCursor()
        actions.set_photo(self.doc, person, data)
        return True

    def remove_photo(self) -> None:
        if self.form.obj is not None and self.form.obj.photo is not None:
            actions.set_photo(self.doc, self.form.obj, None)

    def show_error(self, title: str, text: str) -> None:
        # The window title stays short (a long title is cut); the text wraps.
        box = QMessageBox(QMessageBox.Icon.Warning, app_title(), title, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(text)
        box.exec()

    def dragEnterEvent(self, event) -> None:
        if self.form.obj is not None and image_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = image_paths(event.mimeData())
        if paths and self.form.obj is not None:
            event.acceptProposedAction()
            self.import_photo(paths[0])
        else:
            super().dropEvent(event)

    def focus_path(self, path: tuple) -> None:
        super().focus_path(path)
        field = path[2] if len(path) > 2 else ""
        widget = {"photo": self.photo.choose}.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # deleting -------------------------------------------------------------------------
    def remove_item(self) -> None:
        person = self.current_item()
        if person is None:
            return
        stops = sum(person.id in stop.attendees for stop in self.doc.visit.itinerary)
        if stops and not self.confirm_remove(person.name or person.id, stops):
            return
        row = self.current_row()
        actions.delete_person(self.doc, person)
        if self.model.items:
            self.select_row(min(row, len(self.model.items) - 1))

    def confirm_remove(self, name: str, stops: int) -> bool:
        """Whether to remove someone who takes part in ``stops`` stops; tests replace this."""
        question = translate("PeopleEditor", "Remove {name}?").format(name=name)
        if stops == 1:
            detail = translate("PeopleEditor", "They take part in one stop; they will be taken out of it.")
        else:
            detail = translate(
                "PeopleEditor", "They take part in {count} stops; they will be taken out of them."
            ).format(count=stops)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Question, app_title(), question, buttons, self)
        box.setInformativeText(detail + "\n" + translate("PeopleEditor", "Edit > Undo brings them back."))
        box.button(QMessageBox.StandardButton.Yes).setText(translate("PeopleEditor", "Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes
