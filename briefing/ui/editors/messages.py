"""Key messages: a headline, supporting points, and the stop where it matters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing.model import Message
from briefing.ui.document import Edit
from briefing.ui.editors.list_editor import ListSectionEditor, Texts
from briefing.ui.editors.string_list import labelled_list

translate = QCoreApplication.translate


def stop_label(visit, stop) -> str:
    day = visit.stop_date(stop)
    when = f"{stop.start:%H:%M}" if stop.start else "--:--"
    if day is not None and len(visit.details.days()) > 1:
        when = f"{day:%d/%m} {when}"
    return f"{when}  {stop.name(visit.details.language) or stop.id}"


class MessagesEditor(ListSectionEditor):
    SECTION = "messages"
    TITLE = "Messages"

    def make_texts(self) -> Texts:
        return Texts(
            translate("MessagesEditor", "Add message"),
            translate("MessagesEditor", "Remove message"),
            translate("MessagesEditor", "Move message"),
        )

    def new_item(self) -> Message:
        return Message()

    def display(self, item: Message) -> str:
        return item.headline or translate("MessagesEditor", "(no headline)")

    def empty_text(self) -> str:
        return translate("MessagesEditor", "No key messages yet. Press Add to write the first one.")

    def build_form(self, layout) -> None:
        f = self.form
        f.line(
            layout,
            "headline",
            translate("MessagesEditor", "Headline"),
            translate("MessagesEditor", "The message in one sentence"),
        )
        texts = Texts(
            translate("MessagesEditor", "Add point"),
            translate("MessagesEditor", "Remove point"),
            translate("MessagesEditor", "Move point"),
        )
        self.points = labelled_list(
            self.doc, "messages", layout, "points", translate("MessagesEditor", "Points"), texts
        )
        self.points.setAccessibleName(translate("MessagesEditor", "Supporting points"))
        # Lines to take only when pressed, and background never to be said in public.
        self.if_pressed = labelled_list(
            self.doc,
            "messages",
            layout,
            "if_pressed",
            translate("MessagesEditor", "If pressed"),
            Texts(
                translate("MessagesEditor", "Add line"),
                translate("MessagesEditor", "Remove line"),
                translate("MessagesEditor", "Move line"),
            ),
        )
        self.background = labelled_list(
            self.doc,
            "messages",
            layout,
            "background",
            translate("MessagesEditor", "Background"),
            Texts(
                translate("MessagesEditor", "Add background"),
                translate("MessagesEditor", "Remove background"),
                translate("MessagesEditor", "Move background"),
            ),
        )
        self.background.view.setToolTip(
            translate("MessagesEditor", "Background for the principal: not for use in public")
        )
        self.stop_combo = f.combo(
            layout,
            "stop",
            translate("MessagesEditor", "At stop"),
            [("", translate("MessagesEditor", "No particular stop"))],
        )
        self.fill_stops()

    def fill_stops(self) -> None:
        combo, visit = self.stop_combo, self.doc.visit
        combo.clear()
        combo.addItem(translate("MessagesEditor", "No particular stop"), "")
        for stop in visit.ordered_stops():
            combo.addItem(stop_label(visit, stop), stop.id)
        message = self.form.obj
        if message is not None and message.stop and combo.findData(message.stop) < 0:
            # Keep a reference the file holds even when no stop has that id.
            combo.addItem(
                translate("MessagesEditor", "Unknown stop \u201c{id}\u201d").format(id=message.stop), message.stop
            )
        if message is not None:
            self.form.bindings["stop"].load(message.stop)

    def show_item(self, item) -> None:
        self.form.set_object(item)
        for editor in (self.points, self.if_pressed, self.background):
            editor.set_owner(item)
        self.fill_stops()

    def on_edit(self, edit: Edit) -> None:
        super().on_edit(edit)
        if edit.section in ("itinerary", "details"):
            self.fill_stops()
