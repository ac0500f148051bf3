"""The programme: a table of stops in time order, and the selected stop's form
with the people who take part."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing.model.visit import PRESS_ACCESS
from briefing.ui.commands import button_words
from briefing.ui.document import Edit
from briefing.ui.editors import stop_actions
from briefing.ui.editors.attendee_picker import AttendeePicker
from briefing.ui.editors.base import SectionEditor
from briefing.ui.editors.form import Form, form_layout
from briefing.ui.editors.inputs import LongTextDelegate
from briefing.ui.editors.list_editor import Texts, empty_state, list_buttons
from briefing.ui.editors.logistics import logistics_group, mode_combo, set_rows_visible
from briefing.ui.editors.stop_delegates import DateDelegate, PressDelegate, TimeDelegate
from briefing.ui.models.stops import COLUMNS, DATE, END, PEOPLE, PRESS, START, VENUE, StopsModel, press_label
from briefing.ui.models.stops import TITLE as TITLE_COLUMN
from briefing.ui.settings import Settings

translate = QCoreApplication.translate
ROWS_SHOWN = 8  # the table's first share of the height, in rows
WARNING_STYLE = "QLabel { background: rgba(255,170,0,70); padding: 2px 4px; border-radius: 3px; }"


class ProgrammeEditor(SectionEditor):
    SECTION = "itinerary"
    TITLE = "Programme"

    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        self.model = StopsModel(doc, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(LongTextDelegate(self.table))
        self.table.setAccessibleName(translate("ProgrammeEditor", "Programme"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        near = lambda: self.doc.visit.details.start_date  # noqa: E731
        self.table.setItemDelegateForColumn(DATE, DateDelegate(near, self.table))
        self.time_delegate = TimeDelegate(self.table)
        self.table.setItemDelegateForColumn(START, self.time_delegate)
        self.table.setItemDelegateForColumn(END, self.time_delegate)
        self.table.setItemDelegateForColumn(PRESS, PressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Widths from the font, not ResizeToContents: that re-measures every row
        # on every keystroke, which a 150-stop programme feels.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16

        def width(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + pad

        week = (QLocale().toString(QDate(2027, 3, 15 + n), "ddd") + " 00/00" for n in range(7))
        header.resizeSection(DATE, width(*week, self.model.headerData(DATE, Qt.Orientation.Horizontal)))
        for column in (START, END):
            header.resizeSection(column, width("00:00", self.model.headerData(column, Qt.Orientation.Horizontal)))
        header.resizeSection(PRESS, width(*(press_label(v) for v in PRESS_ACCESS)) + 16)
        header.resizeSection(PEOPLE, width("000", self.model.headerData(PEOPLE, Qt.Orientation.Horizontal)))
        self.venue_width = width("La Plateforme, hall")
        self.title_width = width("Accueil par le préfet de région")  # shown whole before the venue grows
        header.resizeSection(VENUE, self.venue_width)
        header.setMinimumSectionSize(width("00:00") - 8)
        # Rows as tall as the text and its press badge need, not the style's default.
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)

        texts = Texts(
            translate("ProgrammeEditor", "Add stop"),
            translate("ProgrammeEditor", "Delete stop"),
            translate("ProgrammeEditor", "Move stop"),
            translate("ProgrammeEditor", "Duplicate stop"),
        )
        buttons, self.buttons = list_buttons(self, self.table, texts)
        self.buttons["remove"].setText(translate("ProgrammeEditor", "Delete"))
        self.buttons["up"].setToolTip(
            translate(
                "ProgrammeEditor",
                "Earlier (Ctrl+Up): the stop takes the previous stop's time slot and the previous stop follows it",
            )
        )
        self.buttons["down"].setToolTip(
            translate(
                "ProgrammeEditor",
                "Later (Ctrl+Down): the stop takes the next stop's time slot and the next stop comes first",
            )
        )
        self.buttons["up"].setAccessibleName(translate("ProgrammeEditor", "Move earlier"))
        self.buttons["down"].setAccessibleName(translate("ProgrammeEditor", "Move later"))
        self.buttons["add"].clicked.connect(self.add_stop)
        # A journey is added as easily as a stop: a button of its own beside Add.
        travel = QPushButton(translate("ProgrammeEditor", "Travel"))
        travel.setToolTip(translate("ProgrammeEditor", "Add a travel leg: a train, a flight, a drive"))
        travel.setAccessibleName(button_words(translate("ProgrammeEditor", "Add travel leg")))
        buttons.layout().insertWidget(buttons.layout().indexOf(self.buttons["add"]) + 1, travel)
        travel.clicked.connect(lambda: self.add_stop("travel"))
        self.buttons["travel"] = travel
        self.buttons["duplicate"].clicked.connect(self.duplicate_stop)
        self.buttons["remove"].clicked.connect(self.delete_stop)
        self.buttons["up"].clicked.connect(lambda: self.move_stop(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_stop(1))

        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addWidget(self.table, 1)
        top_box.addWidget(buttons)
        # The selected stop's warnings: a line of its own that is always there,
        # so the form below does not move when a warning comes or goes.
        self.warning = QLabel()
        self.warning.setObjectName("stop-warning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setAccessibleName(translate("ProgrammeEditor", "Warnings for the selected stop"))
        self.warning.setFixedHeight(self.warning.fontMetrics().height() + 8)
        self.warning.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        top_box.addWidget(self.warning)

        self.form = Form(doc, "itinerary", self)
        f = self.form
        layout = form_layout()
        f.line(layout, "title", translate("ProgrammeEditor", "Title"), translate("ProgrammeEditor", "What happens"))
        mode_combo(f, layout, "mode", translate("ProgrammeEditor", "Mode"))
        f.date(
            layout,
            "date",
            translate("ProgrammeEditor", "Date"),
            special=translate("ProgrammeEditor", "Not set"),
            near=near,
            effective=lambda s: self.doc.visit.stop_date(s),
        )
        f.time(layout, "start", translate("ProgrammeEditor", "Start"))
        f.time(
            layout,
            "end",
            translate("ProgrammeEditor", "End"),
            optional=translate("ProgrammeEditor", "Ends at"),
            default=self._default_end,
        )
        f.spans["start"] = "end"
        f.line(layout, "venue", translate("ProgrammeEditor", "Venue"))
        f.line(layout, "destination", translate("ProgrammeEditor", "To"))
        f.line(layout, "address", translate("ProgrammeEditor", "Address"))
        f.line(
            layout,
            "reference",
            translate("ProgrammeEditor", "Reference"),
            translate("ProgrammeEditor", "Train or flight number, seats, car plan"),
        )
        f.combo(
            layout,
            "press",
            translate("ProgrammeEditor", "Press"),
            [(value, press_label(value)) for value in PRESS_ACCESS],
        )
        f.text(
            layout,
            "notes",
            translate("ProgrammeEditor", "Notes"),
            lines=4,
            placeholder=translate("ProgrammeEditor", "Logistics, protocol, briefing for this stop"),
        )
        self.picker = AttendeePicker(doc)
        self.layout_ = layout
        self.logistics = logistics_group(f, doc)
        form_page = QWidget()
        page_box = QVBoxLayout(form_page)
        page_box.setContentsMargins(0, 0, 0, 0)
        page_box.addLayout(layout)
        page_box.addWidget(self.logistics)
        page_box.addStretch(1)
        detail = QSplitter(Qt.Orientation.Horizontal)
        detail.setChildrenCollapsible(False)
        detail.addWidget(form_page)
        detail.addWidget(self.picker)
        detail.setStretchFactor(0, 3)
        detail.setStretchFactor(1, 2)

        self.empty = empty_state("")
        # The form scrolls rather than taking rows from the table.
        scroll = QScrollArea()
        scroll.setWidget(detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.lower = QStackedWidget()
        self.lower.addWidget(scroll)
        self.lower.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter)

        self.setTabOrder(self.table, self.buttons["add"])
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # The people count is chosen in the picker: a double-click there goes to it.
        self.table.doubleClicked.connect(
            lambda index: index.column() == PEOPLE and self.picker.filter.setFocus(Qt.FocusReason.OtherFocusReason)
        )
        self.model.modelReset.connect(self._select_first)
        self.model.warningsChanged.connect(self._show_warnings)
        self.model.rowsRemoved.connect(lambda *a: self._current_changed())
        self._select_first()
        self._update_date_column()

    # selection -------------------------------------------------------------
    def current_stop(self):
        return self.model.stop_at(self.table.currentIndex().row())

    def select_stop(self, stop, column: int = TITLE_COLUMN) -> None:
        row = self.model.row_of(stop)
        if row < 0:
            return
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _select_first(self) -> None:
        self._update_date_column()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._current_changed()

    def _adapt_form(self, stop) -> None:
        """The fields of the stop's kind: a travel leg's mode and places, an event's address and logistics."""
        travel = stop is not None and stop.is_travel
        f, layout = self.form, self.layout_
        set_rows_visible(layout, [f.widget("mode"), f.widget("destination"), f.widget("reference")], travel)
        set_rows_visible(layout, [f.widget("address")], not travel)
        self.logistics.setVisible(not travel)
        labels = {
            "venue": (translate("ProgrammeEditor", "From"), translate("ProgrammeEditor", "Venue")),
            "start": (translate("ProgrammeEditor", "Departs"), translate("ProgrammeEditor", "Start")),
        }
        for attr, (for_travel, for_event) in labels.items():
            label = layout.labelForField(f.widget(attr))
            if label is not None:
                label.setText(for_travel if travel else for_event)
        f.widget("title").setPlaceholderText(
            translate("ProgrammeEditor", "Named from its mode and places when left empty")
            if travel
            else translate("ProgrammeEditor", "What happens")
        )
        press = f.widget("press")
        has_unstated = press.findData("") >= 0
        if travel and not has_unstated:
            press.insertItem(0, press_label(""), "")
        elif not travel and has_unstated:
            press.removeItem(press.findData(""))

    def _current_changed(self, *args) -> None:
        stop = self.current_stop()
        if stop is not self.form.obj:
            self._adapt_form(stop)
            self.form.set_object(stop)
            self.picker.set_stop(stop)
        self._show_warnings()
        row, count = self.table.currentIndex().row(), self.model.rowCount()
        has = stop is not None
        self.lower.setCurrentIndex(0 if has else 1)
        self.empty.setText(
            translate("ProgrammeEditor", "Select a stop to edit it.")
            if count
            else translate(
                "ProgrammeEditor",
                "No stops yet. Press Add to create the first one; each new stop follows the last one of its day.",
            )
        )
        self.buttons["remove"].setEnabled(has)
        self.buttons["duplicate"].setEnabled(has)
        self.buttons["up"].setEnabled(has and row > 0)
        self.buttons["down"].setEnabled(has and row < count - 1)

    def _show_warnings(self) -> None:
        stop = self.current_stop()
        reasons = self.model.stop_warnings(stop) if stop is not None else []
        text = "   ".join("\u26a0 " + reason for reason in reasons)
        shown = self.warning.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, max(80, self.warning.width() - 12)
        )
        self.warning.setText(shown)
        self.warning.setToolTip("\n".join(reasons))
        self.warning.setStyleSheet(WARNING_STYLE if reasons else "QLabel { padding: 2px 4px; }")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # the first time only: then the user's split stands
            self._sized = True
            QTimer.singleShot(0, self, self._first_split)  # once laid out

    def _first_split(self) -> None:
        """The split the user last chose, else room for ROWS_SHOWN rows."""
        settings = Settings()
        saved = settings.programme_split()
        if not (saved is not None and self.splitter.restoreState(saved)):
            self.table_rows(ROWS_SHOWN)
        self.splitter.splitterMoved.connect(lambda *_: settings.set_programme_split(self.splitter.saveState()))

    def table_rows(self, rows: int) -> None:
        """Give the table room for ``rows`` rows, the form the rest."""
        total = sum(self.splitter.sizes())
        chrome = self.splitter.widget(0).sizeHint().height() - self.table.sizeHint().height()
        wanted = self.table.horizontalHeader().height() + rows * self.table.verticalHeader().defaultSectionSize()
        top = min(total - 200, wanted + 2 * self.table.frameWidth() + max(0, chrome) + 4)
        if total > 0 and top > 0:
            self.splitter.setSizes([top, total - top])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_warnings()  # elided to the new width
        self._fit_venue()

    def _fit_venue(self) -> None:
        """In a narrow window the venue gives way to the title, down to a third of its width."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in (TITLE_COLUMN, VENUE) and not header.isSectionHidden(c)
        )
        room = self.table.viewport().width() - others - self.title_width
        header.resizeSection(VENUE, max(self.venue_width // 3 + 20, min(self.venue_width, room)))

    def _default_end(self, stop):
        return stop_actions.at(stop_actions.minutes(stop.start) + stop_actions.DEFAULT_MINUTES) if stop.start else None

    # actions ---------------------------------------------------------------
    def add_stop(self, kind: str = "event") -> None:
        current = self.current_stop()
        day = self.doc.visit.stop_date(current) if current is not None else None
        stop = stop_actions.new_stop(self.doc.visit, day, self.doc, kind)
        text = (
            translate("ProgrammeEditor", "Add travel leg")
            if kind == "travel"
            else translate("ProgrammeEditor", "Add stop")
        )
        stop_actions.add_stop(self.doc, stop, text)
        self.select_stop(stop)
        first = "mode" if kind == "travel" else "title"
        self.form.widget(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def duplicate_stop(self) -> None:
        current = self.current_stop()
        if current is None:
            return
        twin = stop_actions.duplicate(self.doc.visit, current, self.doc)
        stop_actions.insert_after(self.doc, current, twin, translate("ProgrammeEditor", "Duplicate stop"))
        self.select_stop(twin)

    def delete_stop(self) -> None:
        current = self.current_stop()
        if current is None:
            return
        row = self.table.currentIndex().row()
        stop_actions.delete_stop(self.doc, current)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._current_changed()

    def move_stop(self, step: int) -> None:
        row = self.table.currentIndex().row()
        other = self.model.stop_at(row + step)
        stop = self.current_stop()
        if stop is None or other is None or row + step < 0:
            return
        first, second = (other, stop) if step < 0 else (stop, other)
        text = (
            translate("ProgrammeEditor", "Move stop earlier")
            if step < 0
            else translate("ProgrammeEditor", "Move stop later")
        )
        column = self.table.currentIndex().column()
        stop_actions.swap_slots(self.doc, first, second, text)
        self.select_stop(stop, column)

    # document ----------------------------------------------------------------
    def on_edit(self, edit: Edit) -> None:
        self.form.on_edit(edit)
        self._current_changed()
        if edit.section in ("details", "itinerary"):
            self._update_date_column()

    def _update_date_column(self) -> None:
        """A one-day visit needs no date column; it comes back when stops span days."""
        visit = self.doc.visit
        days = {visit.stop_date(s) for s in visit.itinerary}
        self.table.setColumnHidden(DATE, len(visit.details.days()) <= 1 and len(days) <= 1)

    def reload(self) -> None:
        pass  # the model resets itself and then selects its first row

    def focus_path(self, path: tuple) -> None:
        if len(path) < 2 or not isinstance(path[1], int):
            return
        itinerary = self.doc.visit.itinerary
        if not 0 <= path[1] < len(itinerary):
            return
        stop = itinerary[path[1]]
        field = path[2] if len(path) > 2 else "title"
        column = COLUMNS.index(field) if field in COLUMNS else TITLE_COLUMN
        self.select_stop(stop, column)
        if field == "attendees":
            if len(path) > 3 and isinstance(path[3], int) and path[3] < len(stop.attendees):
                self.picker.show_person(stop.attendees[path[3]])
            self.picker.view.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.form.widget(field) is not None and field not in COLUMNS:
            self.form.widget(field).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
