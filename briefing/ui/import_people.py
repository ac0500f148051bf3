"""File > Import People…: people from a spreadsheet, columns matched to fields, added in one undo step.

The preview shows the first rows; each column's field is guessed from its
header (French and English) and can be changed. What will happen is said
before anything is done: how many people are added, how many rows are
skipped as already there, which rows have problems. Nothing is half-imported.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from briefing.imports import FIELDS, Table, guess_columns, people_from
from briefing.ui.commands import InsertItem

translate = QCoreApplication.translate
PREVIEW_ROWS = 8
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("ImportPeople", "Name"),
    "first_name": QT_TRANSLATE_NOOP("ImportPeople", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportPeople", "Last name"),
    "role": QT_TRANSLATE_NOOP("ImportPeople", "Role"),
    "organisation": QT_TRANSLATE_NOOP("ImportPeople", "Organisation"),
    "category": QT_TRANSLATE_NOOP("ImportPeople", "Category"),
    "phone": QT_TRANSLATE_NOOP("ImportPeople", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportPeople", "Email"),
    "pronunciation": QT_TRANSLATE_NOOP("ImportPeople", "Pronunciation"),
    "bio": QT_TRANSLATE_NOOP("ImportPeople", "Biography"),
}
PROBLEMS = {
    "no-name": QT_TRANSLATE_NOOP("ImportPeople", "row {row}: no name"),
    "bad-category": QT_TRANSLATE_NOOP("ImportPeople", "row {row}: unknown category \u201c{value}\u201d"),
}


class ImportDialog(QDialog):
    def __init__(self, table: Table, visit, parent=None):
        super().__init__(parent)
        self.table, self.visit = table, visit
        self.setWindowTitle(translate("ImportPeople", "Import People"))
        box = QVBoxLayout(self)
        box.addWidget(QLabel(translate("ImportPeople", "Check which field each column fills:")))
        self.preview = QTableWidget(min(PREVIEW_ROWS, len(table.rows)) + 1, len(table.headers))
        self.preview.setObjectName("importPreview")
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.verticalHeader().setVisible(False)
        guessed = {index: name for name, index in guess_columns(table.headers).items()}
        self.combos: list[QComboBox] = []
        for column in range(len(table.headers)):
            combo = QComboBox()
            combo.addItem(translate("ImportPeople", "(not imported)"), "")
            for name in FIELDS:
                combo.addItem(translate("ImportPeople", FIELD_NAMES[name]), name)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(column, ""))))
            combo.currentIndexChanged.connect(self.update_summary)
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, values in enumerate(table.rows[:PREVIEW_ROWS], start=1):
            for column, value in enumerate(values):
                self.preview.setItem(row, column, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        box.addWidget(self.preview, 1)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self.resize(760, 460)
        self.update_summary()

    def columns(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for index, combo in enumerate(self.combos):
            name = combo.currentData()
            if name:
                out.setdefault(name, index)
        return out

    def update_summary(self, *_args) -> None:
        self.result = people_from(self.table, self.columns(), self.visit)
        added, skipped = len(self.result.people), len(self.result.duplicates)
        lines = [
            translate("ImportPeople", "1 person will be added.")
            if added == 1
            else translate("ImportPeople", "{count} people will be added.").format(count=added)
        ]
        if skipped:
            lines.append(
                translate("ImportPeople", "1 row skipped: this person is already there.")
                if skipped == 1
                else translate("ImportPeople", "{count} rows skipped: these people are already there.").format(
                    count=skipped
                )
            )
        if self.result.problems:
            shown = [
                translate("ImportPeople", PROBLEMS[p.code]).format(row=p.row, value=p.value)
                for p in self.result.problems[:8]
            ]
            more = len(self.result.problems) - len(shown)
            lines.append(
                translate("ImportPeople", "Rows not imported: {rows}").format(rows="; ".join(shown))
                + (translate("ImportPeople", " and {count} more").format(count=more) if more else "")
            )
        self.summary.setText("\n".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.result.people))


def add_people(doc, people) -> None:
    """Every imported person in one undo step."""
    text = translate("ImportPeople", "Import {count} people").format(count=len(people))
    stack = doc.undo_stack
    stack.beginMacro(text)
    for person in people:
        doc.push(InsertItem(doc, "attendees", doc.visit.attendees, len(doc.visit.attendees), person, text))
    stack.endMacro()


def import_people(window) -> None:
    from PySide6.QtWidgets import QFileDialog

    from briefing.imports import TableError, read_table
    from briefing.ui import dialogs

    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("ImportPeople", "Import People"),
        str(window.doc.path.parent) if window.doc.path else "",
        translate("ImportPeople", "Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
    )
    if not path:
        return
    try:
        table = read_table(path)
    except TableError as error:
        dialogs.show_error(
            window, translate("ImportPeople", "The people could not be read from this file."), str(error)
        )
        return
    dialog = ImportDialog(table, window.doc.visit, window)
    if window.outputs.exec_dialog(dialog) and dialog.result.people:
        add_people(window.doc, dialog.result.people)
        window.editors.go_to(("attendees",))
