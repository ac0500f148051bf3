"""The plain lists: questions and answers, sensitivities, contacts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel

from briefing.model import Contact, Question
from briefing.ui.commands import SetItem
from briefing.ui.document import Edit
from briefing.ui.editors.inputs import flag_when, not_an_email, use_app_undo
from briefing.ui.editors.list_editor import ListSectionEditor, Texts
from briefing.ui.editors.text_field import TextField

translate = QCoreApplication.translate


class QuestionsEditor(ListSectionEditor):
    SECTION = "qa"
    TITLE = "Questions"

    def make_texts(self) -> Texts:
        return Texts(
            translate("QuestionsEditor", "Add question"),
            translate("QuestionsEditor", "Remove question"),
            translate("QuestionsEditor", "Move question"),
        )

    def new_item(self) -> Question:
        return Question()

    def display(self, item: Question) -> str:
        return item.question or translate("QuestionsEditor", "(no question)")

    def empty_text(self) -> str:
        return translate("QuestionsEditor", "No questions yet. Press Add to prepare the first one.")

    def build_form(self, layout) -> None:
        self.form.text(layout, "question", translate("QuestionsEditor", "Question"), lines=3)
        self.form.text(
            layout,
            "answer",
            translate("QuestionsEditor", "Answer"),
            lines=10,
            placeholder=translate("QuestionsEditor", "The line to take"),
        )


class ContactsEditor(ListSectionEditor):
    SECTION = "contacts"
    TITLE = "Contacts"

    def make_texts(self) -> Texts:
        return Texts(
            translate("ContactsEditor", "Add contact"),
            translate("ContactsEditor", "Remove contact"),
            translate("ContactsEditor", "Move contact"),
        )

    def new_item(self) -> Contact:
        return Contact()

    def display(self, item: Contact) -> str:
        name = item.name or translate("ContactsEditor", "(no name)")
        return f"{name} \u2014 {item.role}" if item.role else name

    def empty_text(self) -> str:
        return translate("ContactsEditor", "No contacts yet. Press Add for the people to call on the day.")

    def build_form(self, layout) -> None:
        f = self.form
        f.line(layout, "name", translate("ContactsEditor", "Name"))
        f.line(layout, "role", translate("ContactsEditor", "Role"))
        f.line(layout, "phone", translate("ContactsEditor", "Phone"))
        email = f.line(layout, "email", translate("ContactsEditor", "Email"))
        self.email_warning = flag_when(
            email, not_an_email, translate("ContactsEditor", "This does not look like an e-mail address.")
        )


class SensitivitiesEditor(ListSectionEditor):
    """The items are plain strings, so the form is one text bound by position."""

    SECTION = "sensitivities"
    TITLE = "Sensitivities"

    def make_texts(self) -> Texts:
        return Texts(
            translate("SensitivitiesEditor", "Add sensitivity"),
            translate("SensitivitiesEditor", "Remove sensitivity"),
            translate("SensitivitiesEditor", "Move sensitivity"),
        )

    def new_item(self) -> str:
        return ""

    def display(self, item: str) -> str:
        return item or translate("SensitivitiesEditor", "(empty)")

    def empty_text(self) -> str:
        return translate("SensitivitiesEditor", "No sensitivities yet. Press Add to note a topic to handle with care.")

    def build_form(self, layout) -> None:
        self.text = TextField()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 8)
        self.text.setPlaceholderText(
            translate("SensitivitiesEditor", "A topic to handle with care, a risk, what to avoid")
        )
        name = translate("SensitivitiesEditor", "Sensitivity")
        self.text.setAccessibleName(name)
        use_app_undo(self.text)
        self.text.installEventFilter(self)
        self.text.textChanged.connect(self._typed)
        self._loading = False
        label = QLabel(name)
        label.setBuddy(self.text)
        layout.addRow(label, self.text)

    def first_field(self):
        return self.text

    def show_item(self, item) -> None:
        self.form.end_typing()
        self._load(item)
        self.text.setEnabled(item is not None)

    def _load(self, item) -> None:
        if item is not None and self.text.value() == item:
            return
        self._loading = True
        self.text.set_value(item or "")
        self._loading = False

    def _typed(self) -> None:
        row = self.current_row()
        if self._loading or row < 0:
            return
        value = self.text.value()
        if value != self.container()[row]:
            text = translate("SensitivitiesEditor", "Edit sensitivity")
            self.form.push_command(SetItem(self.doc, self.SECTION, self.container(), row, value, text), merge=True)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.text and event.type() == QEvent.Type.FocusOut:
            self.form.end_typing()
        return False

    def on_edit(self, edit: Edit) -> None:
        if edit.kind == "set" and edit.container is self.container() and edit.index == self.current_row():
            self._load(self.container()[edit.index])

    def focus_path(self, path: tuple) -> None:
        if len(path) > 1 and isinstance(path[1], int):
            self.select_row(path[1])
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
