"""Key messages: a headline, supporting points, and the stop where it matters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from briefing.model import Message
from briefing.ui.document import Edit
from briefing.ui.editors.list_editor import ListSectionEditor, Texts
from briefing.ui.editors.string_list import StringListEditor


def tr(text: str) -> str:
    return QCoreApplication.translate("MessagesEditor", text)


def stop_label(visit, stop) -> str:
    day = visit.stop_date(stop)
    when = f"{stop.start:%H:%M}" if stop.start else "--:--"
    if day is not None and len(visit.details.days()) > 1:
        when = f"{day:%d/%m} {when}"
    return f"{when}  {stop.title or stop.id}"


class MessagesEditor(ListSectionEditor):
    SECTION = "messages"
    TITLE = "Messages"

    def make_texts(self) -> Texts:
        return Texts(tr("Add message"), tr("Remove message"), tr("Move message"))

    def new_item(self) -> Message:
        return Message()

    def display(self, item: Message) -> str:
        return item.headline or tr("(no headline)")

    def empty_text(self) -> str:
        return tr("No key messages yet. Press Add to write the first one.")

    def build_form(self, layout) -> None:
        f = self.form
        f.line(layout, "headline", tr("Headline"), tr("The message in one sentence"))
        texts = Texts(tr("Add point"), tr("Remove point"), tr("Move point"))
        self.points = StringListEditor(self.doc, "messages", "points", texts)
        self.points.setAccessibleName(tr("Supporting points"))
        label = QLabel(tr("Points"))
        label.setBuddy(self.points.view)
        layout.addRow(label, self.points)
        self.stop_combo = f.combo(layout, "stop", tr("At stop"), [("", tr("No particular stop"))])
        self.fill_stops()

    def fill_stops(self) -> None:
        combo, visit = self.stop_combo, self.doc.visit
        combo.clear()
        combo.addItem(tr("No particular stop"), "")
        for stop in visit.ordered_stops():
            combo.addItem(stop_label(visit, stop), stop.id)
        message = self.form.obj
        if message is not None and message.stop and combo.findData(message.stop) < 0:
            # Keep a reference the file holds even when no stop has that id.
            combo.addItem(tr("Unknown stop \u201c{id}\u201d").format(id=message.stop), message.stop)
        if message is not None:
            self.form.bindings["stop"].load(message.stop)

    def show_item(self, item) -> None:
        self.form.set_object(item)
        self.points.set_owner(item)
        self.fill_stops()

    def on_edit(self, edit: Edit) -> None:
        super().on_edit(edit)
        if edit.section in ("itinerary", "details"):
            self.fill_stops()
