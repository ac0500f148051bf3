"""File > Issue Revision…: record revision N as sent out, as ``briefing issue`` does, in one undo step.

The dialog shows what changed since the revision before N (or that this is
the first issue), asks for a note and who issues it (remembered), and offers
to export the pack of revision N first: it is made before the revision is
raised, so it prints revision N and its changes page.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
)

from briefing.model.revisions import issue
from briefing.ui.changespanel import change_lines
from briefing.ui.commands import InsertItem, SetValue
from briefing.ui.document import VisitDocument
from briefing.ui.settings import Settings

translate = QCoreApplication.translate


class IssueDialog(QDialog):
    def __init__(self, visit, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        n = visit.details.revision
        self.setWindowTitle(translate("IssueDialog", "Issue Revision {n}").format(n=n))
        box = QVBoxLayout(self)
        title, lines = change_lines(visit)
        if visit.issued_before() is None:
            box.addWidget(QLabel(translate("IssueDialog", "First issue: nothing has been sent out before.")))
        else:
            box.addWidget(QLabel(title))
            changes = QListWidget()
            changes.setObjectName("issueChanges")
            changes.setWordWrap(True)
            changes.addItems(lines or [translate("IssueDialog", "No changes.")])
            box.addWidget(changes, 1)
        form = QFormLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("IssueDialog", "What changed in this revision"))
        form.addRow(translate("IssueDialog", "Note"), self.note)
        self.by = QLineEdit(settings.issued_by())
        self.by.setPlaceholderText(translate("IssueDialog", "Who sends it out"))
        form.addRow(translate("IssueDialog", "Issued by"), self.by)
        box.addLayout(form)
        self.export = QCheckBox(translate("IssueDialog", "Export the pack of revision {n} first").format(n=n))
        self.export.setChecked(True)
        box.addWidget(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("IssueDialog", "Issue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        # Room for the list of changes; a first issue has none, and its few lines would float apart.
        self.resize(560, 420 if visit.issued_before() is not None else self.sizeHint().height())

    def accept(self) -> None:
        self.settings.set_issued_by(self.by.text().strip())
        super().accept()


def now_in(zone_name: str) -> dt.datetime:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return dt.datetime.now(ZoneInfo(zone_name)).replace(tzinfo=None)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.datetime.now()


def record_issue(doc: VisitDocument, note: str, by: str, issued: dt.datetime | None = None) -> None:
    """Revision N into the history, the uid given, the revision raised: one undo step."""
    visit = doc.visit
    details = visit.details
    after = issue(visit, issued or now_in(details.timezone), by=by, note=note)
    text = translate("IssueDialog", "Issue revision {n}").format(n=details.revision)
    stack = doc.undo_stack
    stack.beginMacro(text)
    if details.uid != after.details.uid:
        doc.push(SetValue(doc, "details", details, "uid", after.details.uid, text, merge=False))
    doc.push(InsertItem(doc, "history", visit.history, len(visit.history), after.history[-1], text))
    doc.push(SetValue(doc, "details", details, "revision", after.details.revision, text, merge=False))
    stack.endMacro()
