"""File > Export's other outputs (pocket card, personal programmes, calendars) and File > Issue Revision.

Each is made in the background from a copy of the visit, as the pack is.
Personal programmes and calendars for chosen people are written one file
each, named after the person, into a folder; a progress dialog follows them
and a summary closes the run.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from briefing.names import output_name
from briefing.ui import dialogs, tasks
from briefing.ui.editors.inputs import take_typed_value
from briefing.ui.files import suggested_stem
from briefing.ui.findings import describe_pack_warning
from briefing.ui.packs import write_card, write_pack

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QProgressDialog

translate = QCoreApplication.translate


def write_calendar(visit, path: str, paper: str, person_id: str | None = None) -> list:
    from briefing.atomic import atomic_write
    from briefing.ical import build_calendar

    made = build_calendar(visit, person_id)
    atomic_write(path, made.data)
    return made.warnings


class Outputs(QObject):
    def __init__(self, window, doc, settings):
        super().__init__(window)
        self.window, self.doc, self.settings = window, doc, settings
        self.queue: list[tuple] = []
        self.done: list[str] = []
        self.failures: list[str] = []
        self.warnings: dict[str, None] = {}  # worded, in order, once each (three programmes share a name's warning)
        self.progress: QProgressDialog | None = None

    def _folder(self) -> Path:
        return self.doc.path.parent if self.doc.path else Path(self.settings.last_folder() or Path.home())

    # -- one file ----------------------------------------------------------
    def export_card(self) -> None:
        take_typed_value()
        suggested = str(self._folder() / output_name(suggested_stem(self.doc), ".pdf", kind="card"))
        path = dialogs.choose_output_file(
            self.window,
            translate("Outputs", "Export Pocket Card"),
            suggested,
            translate("Outputs", "PDF files (*.pdf)"),
            ".pdf",
        )
        if path:
            self._run([(write_card, path, None)], translate("Outputs", "Exporting the pocket card…"))

    # -- one file a person ---------------------------------------------------
    def export_personal(self) -> None:
        self._for_people(
            write_pack,
            translate("Outputs", "Personal Programmes"),
            ".pdf",
            translate("Outputs", "Exporting personal programmes…"),
        )

    def export_calendar(self) -> None:
        take_typed_value()
        from briefing.ui.people_dialog import PeopleDialog  # here: see people_dialog.py

        dialog = PeopleDialog(
            self.doc.visit, translate("Outputs", "Calendar"), translate("Outputs", "The whole visit"), self.window
        )
        if not self.exec_dialog(dialog):
            return
        chosen = dialog.chosen()
        if chosen is None:
            suggested = str(self._folder() / output_name(suggested_stem(self.doc), ".ics"))
            path = dialogs.choose_output_file(
                self.window,
                translate("Outputs", "Export Calendar"),
                suggested,
                translate("Outputs", "Calendar files (*.ics)"),
                ".ics",
            )
            if path:
                self._run([(write_calendar, path, None)], translate("Outputs", "Exporting the calendar…"))
            return
        self._to_folder(write_calendar, chosen, ".ics", translate("Outputs", "Exporting calendars…"))

    def _for_people(self, writer, title: str, suffix: str, busy: str) -> None:
        take_typed_value()
        from briefing.ui.people_dialog import PeopleDialog  # here: see people_dialog.py

        dialog = PeopleDialog(self.doc.visit, title, parent=self.window)
        if self.exec_dialog(dialog):
            self._to_folder(writer, dialog.chosen() or [], suffix, busy)

    def _to_folder(self, writer, ids: list[str], suffix: str, busy: str) -> None:
        if not ids:
            return
        folder = dialogs.choose_folder(self.window, translate("Outputs", "Choose a Folder"), str(self._folder()))
        if not folder:
            return
        stem = suggested_stem(self.doc)
        jobs = [(writer, str(Path(folder) / output_name(stem, suffix, pid)), pid) for pid in ids]
        self._run(jobs, busy)

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Separate so that tests can answer the dialog."""
        from PySide6.QtWidgets import QDialog

        return dialog.exec() == QDialog.DialogCode.Accepted

    # -- the background run ---------------------------------------------------
    def _run(self, jobs: list[tuple], busy: str) -> None:
        self.queue, self.done, self.failures, self.warnings = list(jobs), [], [], {}
        self.snapshot = copy.deepcopy(self.doc.visit)
        self.paper = self.settings.paper()
        from PySide6.QtWidgets import QProgressDialog

        self.progress = QProgressDialog(busy, translate("Outputs", "Cancel"), 0, len(jobs), self.window)
        self.progress.setObjectName("outputsProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setValue(0)
        self._next()

    def _next(self) -> None:
        if not self.queue or (self.progress is not None and self.progress.wasCanceled()):
            self._finish()
            return
        writer, path, pid = self.queue.pop(0)
        task = tasks.Task(writer, self.snapshot, path, self.paper, *(() if pid is None else (pid,)), tag=path)
        tasks.start(task, self._written, self._failed)

    def _written(self, path: str, warnings) -> None:
        self.done.append(path)
        # What the Checks panel already lists (an unknown time zone, an unusable photo) is not said again.
        listed = {entry.path for entry in self.window.checks.entries}
        for finding in warnings:
            if tuple(finding.path) not in listed:
                self.warnings[describe_pack_warning(finding, placed=True)] = None
        self._step()

    def _failed(self, path: str, message: str, tb: str) -> None:
        self.failures.append(f"{Path(path).name}: {message}")
        self._step()

    def _step(self) -> None:
        if self.progress is not None:
            self.progress.setValue(len(self.done) + len(self.failures))
        self._next()

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        names = "\n".join(f"\u2022 {Path(p).name}" for p in self.done)
        if self.failures:
            dialogs.show_warning(
                self.window,
                translate("Outputs", "{done} written, {failed} could not be made.").format(
                    done=len(self.done), failed=len(self.failures)
                ),
                "\n".join(self.failures),
            )
        elif self.warnings:
            dialogs.show_warning(
                self.window,
                translate("Outputs", "{count} written, with warnings.").format(count=len(self.done)),
                "\n".join(f"\u2022 {text}" for text in self.warnings),
                names,
            )
        elif len(self.done) > 1:
            dialogs.show_info(
                self.window,
                translate("Outputs", "{count} files written in {folder}.").format(
                    count=len(self.done), folder=Path(self.done[0]).parent
                ),
                names,
            )
        elif self.done:
            self.window.statusBar().showMessage(
                translate("Outputs", "Exported to {name}.").format(name=Path(self.done[0]).name), 10_000
            )

    # -- issuing ----------------------------------------------------------------
    def issue_revision(self) -> None:
        from briefing.ui.issuing import IssueDialog, record_issue

        take_typed_value()
        dialog = IssueDialog(self.doc.visit, self.settings, self.window)
        if not self.exec_dialog(dialog):
            return
        if dialog.export.isChecked():
            n = self.doc.visit.details.revision
            suggested = str(self._folder() / output_name(suggested_stem(self.doc), ".pdf", kind=f"revision-{n}"))
            path = dialogs.choose_pdf_file(self.window, suggested)
            if not path:
                return  # no pack, no issue: the user is still choosing
            self.window.exporter.export_to(path)  # takes its copy now, before the revision is raised
        record_issue(self.doc, dialog.note.text().strip(), dialog.by.text().strip())
