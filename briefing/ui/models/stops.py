"""The programme as a table, in date and time order, over ``visit.itinerary``.

The file keeps stops in any order; the table shows them by (day, start) and
keeps a row -> stop list that is re-sorted (layoutChanged, persistent indexes
kept) when a date or start time changes. Inconsistent stops (overlap, end
before start, outside the visit's dates, unknown person) are tinted, carry a
warning icon, and say why in their tooltip. Edits go through undo commands.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from briefing.model.checks import check_stops
from briefing.model.logistics import check_greeters, check_transfers
from briefing.model.visit import PRESS_ACCESS, Stop
from briefing.ui.commands import SetValue
from briefing.ui.document import Edit, VisitDocument
from briefing.ui.icons import icon, warning_icon
from briefing.ui.models.dates import day_month_format, shown_params
from briefing.ui.models.spans import SetSpan

DATE, START, END, TITLE, VENUE, PRESS, PEOPLE = range(7)
COLUMNS = ("date", "start", "end", "title", "venue", "press", "attendees")
HEADERS = (
    QT_TRANSLATE_NOOP("StopsModel", "Date"),
    QT_TRANSLATE_NOOP("StopsModel", "Start"),
    QT_TRANSLATE_NOOP("StopsModel", "End"),
    QT_TRANSLATE_NOOP("StopsModel", "Title"),
    QT_TRANSLATE_NOOP("StopsModel", "Venue"),
    QT_TRANSLATE_NOOP("StopsModel", "Press"),
    QT_TRANSLATE_NOOP("StopsModel", "People"),
)
PRESS_LABELS = {
    "open": QT_TRANSLATE_NOOP("StopsModel", "Open to press"),
    "pool": QT_TRANSLATE_NOOP("StopsModel", "Pool"),
    "photo-op": QT_TRANSLATE_NOOP("StopsModel", "Photo op"),
    "closed": QT_TRANSLATE_NOOP("StopsModel", "Closed"),
    # A travel leg's press that is not written: nothing is said of the press on the journey.
    "": QT_TRANSLATE_NOOP("StopsModel", "Not stated"),
}
MODE_LABELS = {
    "car": QT_TRANSLATE_NOOP("StopsModel", "Car"),
    "walk": QT_TRANSLATE_NOOP("StopsModel", "On foot"),
    "train": QT_TRANSLATE_NOOP("StopsModel", "Train"),
    "plane": QT_TRANSLATE_NOOP("StopsModel", "Plane"),
    "boat": QT_TRANSLATE_NOOP("StopsModel", "Boat"),
    "other": QT_TRANSLATE_NOOP("StopsModel", "Other"),
}
# Short, row-level reasons: the row already says which stop it is.
REASONS = {
    "overlap": QT_TRANSLATE_NOOP("StopsModel", "Overlaps \u201c{other}\u201d."),
    "end-before-start": QT_TRANSLATE_NOOP("StopsModel", "Ends ({end}) before it starts ({start})."),
    "stop-outside-dates": QT_TRANSLATE_NOOP("StopsModel", "On {date}, outside the visit's dates."),
    "unknown-attendee": QT_TRANSLATE_NOOP("StopsModel", "Names the person id \u201c{id}\u201d, which nobody has."),
    "transfer-too-long": QT_TRANSLATE_NOOP(
        "StopsModel", "Only {gap} min after \u201c{other}\u201d; the transfer takes {transfer} min."
    ),
    "unknown-greeter": QT_TRANSLATE_NOOP("StopsModel", "Met by the person id \u201c{id}\u201d, which nobody has."),
}
WARNING_TINT = QColor(255, 170, 0, 70)  # reads on light and dark palettes
StopRole = Qt.ItemDataRole.UserRole + 2
WarningsRole = Qt.ItemDataRole.UserRole + 3


translate = QCoreApplication.translate


def press_label(value: str) -> str:
    return translate("StopsModel", PRESS_LABELS.get(value, value))


def mode_label(value: str) -> str:
    return translate("StopsModel", MODE_LABELS.get(value, MODE_LABELS["other"]))


def reason_text(code: str, params: dict, fallback: str) -> str:
    try:
        return translate("StopsModel", REASONS[code]).format(**shown_params(params))
    except (KeyError, IndexError, ValueError):
        return fallback


class StopsModel(QAbstractTableModel):
    warningsChanged = Signal()  # after the stops' findings were checked again and differ

    def __init__(self, doc: VisitDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.rows: list[Stop] = []
        self.warnings: dict[int, list[str]] = {}  # id(stop) -> reasons
        self.following = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(150)
        self._later.timeout.connect(self._recheck)
        self._sort_rows()
        self._check()
        doc.edited.connect(self.on_edit)
        doc.reset.connect(self.reload)

    # order -----------------------------------------------------------------
    def _key(self, stop: Stop, position: dict[int, int]):
        day = self.doc.visit.stop_date(stop) or dt.date.max
        return (day, stop.start or dt.time.max, position.get(id(stop), 0))

    def sorted_stops(self) -> list[Stop]:
        itinerary = self.doc.visit.itinerary
        position = {id(s): i for i, s in enumerate(itinerary)}
        return sorted(itinerary, key=lambda s: self._key(s, position))

    def _sort_rows(self) -> None:
        self.rows = self.sorted_stops()

    def resort(self) -> None:
        new = self.sorted_stops()
        if [id(s) for s in new] == [id(s) for s in self.rows]:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        stops = [self.rows[i.row()] if 0 <= i.row() < len(self.rows) else None for i in old]
        self.rows = new
        where = {id(s): r for r, s in enumerate(new)}
        moved = [
            self.index(where[id(s)], i.column()) if s is not None and id(s) in where else QModelIndex()
            for s, i in zip(stops, old, strict=True)
        ]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    def reload(self) -> None:
        self.beginResetModel()
        self._sort_rows()
        self._check()
        self.endResetModel()

    def row_of(self, stop: Stop) -> int:
        return next((r for r, s in enumerate(self.rows) if s is stop), -1)

    def stop_at(self, row: int) -> Stop | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # warnings ----------------------------------------------------------------
    def _check(self) -> bool:
        itinerary = self.doc.visit.itinerary
        found: dict[int, list[str]] = {}
        visit = self.doc.visit
        lang = visit.details.language
        for finding in [*check_stops(visit), *check_transfers(visit, lang), *check_greeters(visit, lang)]:
            if finding.code == "more":
                continue  # the count of overlaps beyond those listed belongs to no row
            params = dict(finding.params)
            stop = itinerary[finding.path[1]]
            found.setdefault(id(stop), []).append(reason_text(finding.code, params, finding.message))
            if finding.code == "overlap":
                other = itinerary[params["other_index"]]
                mirror = dict(params, other=params["stop"])
                found.setdefault(id(other), []).append(reason_text("overlap", mirror, finding.message))
        changed = found != self.warnings
        self.warnings = found
        if changed:
            self.warningsChanged.emit()
        return changed

    def stop_warnings(self, stop: Stop) -> list[str]:
        return self.warnings.get(id(stop), [])

    # Qt API ------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("StopsModel", HEADERS[section])
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() != PEOPLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        stop = self.stop_at(index.row()) if index.isValid() else None
        if stop is None:
            return None
        column = index.column()
        warnings = self.stop_warnings(stop)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(stop, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == DATE:
                return self.doc.visit.stop_date(stop)
            return getattr(stop, COLUMNS[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            if warnings:
                return "\n".join(warnings)
            if column == PEOPLE:
                return self._people_names(stop) or None
            if stop.is_travel and column in (TITLE, VENUE):
                return "\n".join(t for t in (mode_label(stop.mode), self._display(stop, VENUE), stop.reference) if t)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and warnings:
            return WARNING_TINT
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE:
            if warnings:
                return warning_icon()
            if stop.is_travel:
                return icon(f"mode-{stop.mode or 'other'}", on_selection=True)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (START, END, PEOPLE):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and warnings:
            return "\n".join(warnings)
        if role == StopRole:
            return stop
        if role == WarningsRole:
            return warnings
        return None

    def _display(self, stop: Stop, column: int) -> str:
        if column == DATE:
            day = self.doc.visit.stop_date(stop)
            return QLocale().toString(QDate(day.year, day.month, day.day), f"ddd {day_month_format()}") if day else ""
        if column in (START, END):
            value = getattr(stop, COLUMNS[column])
            return f"{value:%H:%M}" if value else ""
        if column == PRESS:
            return press_label(stop.press) if stop.press else ""
        if column == PEOPLE:
            return str(len(stop.attendees)) if stop.attendees else ""
        if stop.is_travel and column == TITLE:
            # An untitled leg is named from its mode (in the app's words) and places, as the pack names it.
            places = " \u2192 ".join(p for p in (stop.venue, stop.destination) if p)
            if stop.title or not places:
                return stop.title or mode_label(stop.mode)
            # A template: French puts a no-break space before the colon.
            return translate("StopsModel", "{mode}: {places}").format(mode=mode_label(stop.mode), places=places)
        if stop.is_travel and column == VENUE:
            return " \u2192 ".join(p for p in (stop.venue, stop.destination) if p)
        return getattr(stop, COLUMNS[column])

    def _people_names(self, stop: Stop) -> str:
        visit = self.doc.visit
        return "\n".join((p.name if (p := visit.person(pid)) else pid) for pid in stop.attendees)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        stop = self.stop_at(index.row()) if index.isValid() else None
        if stop is None or role != Qt.ItemDataRole.EditRole or index.column() == PEOPLE or self.following:
            return False
        attr = COLUMNS[index.column()]
        if attr == "press" and value not in PRESS_ACCESS and not (stop.is_travel and value == ""):
            return False
        if attr == "date" and value == self.doc.visit.stop_date(stop):
            return True  # keep "the visit's first day" implicit when nothing changes
        if getattr(stop, attr) == value:
            return True
        text = translate("StopsModel", "Edit {field}").format(
            field=translate("StopsModel", HEADERS[index.column()]).lower()
        )
        if attr == "start":  # the end moves along, as in a calendar
            command = SetSpan(self.doc, "itinerary", stop, ("start", "end"), value, text, merge=False)
        else:
            command = SetValue(self.doc, "itinerary", stop, attr, value, text, merge=False)
        self.doc.push(command)
        return True

    # following the document ----------------------------------------------------
    def on_edit(self, edit: Edit) -> None:
        # A table editor closing while rows change must not push inside an undo.
        self.following = True
        try:
            self._follow(edit)
        finally:
            self.following = False

    def _follow(self, edit: Edit) -> None:
        itinerary = self.doc.visit.itinerary
        if edit.container is itinerary and edit.kind == "insert":
            stop = itinerary[edit.index]
            new = self.sorted_stops()
            row = next(r for r, s in enumerate(new) if s is stop)
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.insert(row, stop)
            self.endInsertRows()
            self.resort()  # in case the insert shifted ties
        elif edit.container is itinerary and edit.kind == "remove":
            alive = {id(s) for s in itinerary}
            row = next((r for r, s in enumerate(self.rows) if id(s) not in alive), -1)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        elif edit.container is itinerary and edit.kind == "move":
            self.resort()
        elif edit.kind == "set" and edit.obj is not None:
            row = self.row_of(edit.obj)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                if edit.attr in ("date", "start"):
                    self.resort()
            elif edit.obj is self.doc.visit.details and edit.attr in ("start_date", "end_date"):
                self.resort()
                self._all_changed()
            elif edit.section == "attendees" and edit.attr in ("name", "id"):
                self._all_changed()
        # Only some edits can change a stop's warnings; a title only changes their
        # wording, so a burst of typing is checked once, just after it.
        if edit.section not in ("itinerary", "attendees", "details"):
            return
        if edit.kind == "set" and edit.attr in (
            "venue", "address", "notes", "press", "destination", "reference", "arrival", "dress", "on_site_contact",
            "speaking_minutes", "speaking_notes",
        ):  # fmt: skip
            return
        if edit.kind == "set" and edit.attr in ("title", "name"):
            self._later.start()
        else:
            self._recheck()

    def _recheck(self) -> None:
        self._later.stop()
        if self._check():
            self._all_changed()

    def _all_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
