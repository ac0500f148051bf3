"""Export PDF and Print, built in the background while the window stays usable.

Both start from a deep copy of the visit, so later edits cannot reach a pack
being built. Warnings and errors come back to the GUI thread and are shown in
a dialog: a user never has to look at a console.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressBar, QToolButton

from briefing.names import output_name
from briefing.ui import dialogs, tasks
from briefing.ui.document import VisitDocument
from briefing.ui.editors.inputs import take_typed_value
from briefing.ui.files import suggested_stem
from briefing.ui.findings import describe_pack_warning
from briefing.ui.icons import icon
from briefing.ui.oserrors import describe_os_error, os_error_code
from briefing.ui.packs import build_pack, write_pack
from briefing.ui.settings import Settings

log = logging.getLogger("briefing")

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# What only printing needs (QtPrintSupport, page sizes, painting a PDF) is
# loaded when printing, not at start-up: PySide6 makes a class's Python type
# and enums when first imported (QPageSize alone has 125 page sizes).
translate = QCoreApplication.translate
PRINT_DPI = 300


# A plain class rather than a dataclass: defined at start-up, used only when a write fails.
class WriteFailed:
    """The pack was made but could not be written: why, as an errno (worded on the GUI thread)."""

    __slots__ = ("code",)

    def __init__(self, code: int | None):
        self.code = code


def _export(visit, path: str, paper: str):
    """The pack's warnings, or WriteFailed (a folder one cannot write to is not a bug)."""
    try:
        return write_pack(visit, path, paper)
    except OSError as exc:
        return WriteFailed(os_error_code(exc))


class Exporter(QObject):
    exported = Signal(str, list)  # path, warnings
    printed = Signal(int)  # pages
    failed = Signal(str)

    def __init__(self, window, doc: VisitDocument, settings: Settings):
        super().__init__(window)
        self.window, self.doc, self.settings = window, doc, settings
        self.last_pdf: Path | None = None
        self.jobs = 0
        self.progress = QProgressBar(window)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 0)  # busy: reportlab gives no progress
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("Exporter", "Building the briefing pack"))
        self.progress.hide()
        self.open_button = QToolButton(window)
        self.open_button.setObjectName("openPdfButton")
        self.open_button.setIcon(icon("open-pdf"))
        self.open_button.setText(translate("Exporter", "Open PDF"))
        self.open_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.open_button.setAutoRaise(True)
        self.open_button.clicked.connect(self.open_last)
        self.open_button.hide()

    def busy(self) -> bool:
        return self.jobs > 0

    def _begin(self, text: str) -> None:
        self.jobs += 1
        self.progress.show()
        self.open_button.hide()
        self.window.statusBar().showMessage(text)

    def _end(self) -> None:
        self.jobs = max(0, self.jobs - 1)
        if not self.jobs:
            self.progress.hide()
            self.window.statusBar().clearMessage()

    # -- export ------------------------------------------------------------
    def export_dialog(self) -> None:
        take_typed_value()
        folder = self.doc.path.parent if self.doc.path else Path(self.settings.last_folder() or Path.home())
        suggested = str(folder / output_name(suggested_stem(self.doc), ".pdf"))
        while True:
            path = dialogs.choose_pdf_file(self.window, suggested)
            if not path:
                return
            suggested = path
            # Asked here, after ".pdf" was added: "report" must not replace report.pdf unasked.
            if not Path(path).exists() or dialogs.ask_replace(self.window, Path(path).name):
                break
        self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        path = str(path)
        self._begin(translate("Exporter", "Exporting the briefing pack…"))
        snapshot = copy.deepcopy(self.doc.visit)
        tasks.start(tasks.Task(_export, snapshot, path, self.settings.paper(), tag=path), self._exported, self._failed)

    def _exported(self, path: str, warnings) -> None:
        self._end()
        if isinstance(warnings, WriteFailed):
            self._write_failed(path, warnings.code)
            return
        self.last_pdf = Path(path)
        self.open_button.setToolTip(path)
        self.open_button.show()
        self.window.statusBar().showMessage(
            translate("Exporter", "Exported to {name}.").format(name=Path(path).name), 10_000
        )
        if warnings:
            dialogs.show_warning(
                self.window,
                translate("Exporter", "The pack was exported, with warnings."),
                "\n".join(f"• {describe_pack_warning(w, placed=True)}" for w in warnings),
            )
        self.exported.emit(path, list(warnings))

    def _write_failed(self, path: str, code: int | None) -> None:
        """Say why in the user's words, and offer the Export dialog again."""
        folder = Path(path).parent
        reason = describe_os_error(code)
        again = dialogs.show_error_with_retry(
            self.window,
            translate("Exporter", "The briefing pack could not be saved in “{folder}”.").format(
                folder=folder.name or str(folder)
            ),
            translate("Exporter", "{reason} Choose another folder or name.").format(reason=reason),
            translate("Exporter", "Export…"),
        )
        self.failed.emit(reason)
        if again:
            self.export_dialog()

    def _failed(self, tag, message: str, tb: str) -> None:
        # A fault of ours, not the user's: the log keeps the traceback, the dialog says what to do.
        self._end()
        log.error("The briefing pack could not be made: %s\n%s", message, tb)
        dialogs.show_error(
            self.window,
            translate("Exporter", "The briefing pack could not be made."),
            translate(
                "Exporter", "This is a fault in Briefing, not in your visit; the details are in Briefing's log file."
            ),
        )
        self.failed.emit(message)

    def open_last(self) -> None:
        # QUrl is imported here: its type and enums (~1 ms) are not needed by the first window.
        from PySide6.QtCore import QUrl

        if self.last_pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf)))

    # -- print -------------------------------------------------------------
    def print_pack(self) -> None:
        take_typed_value()
        self._begin(translate("Exporter", "Preparing to print…"))
        snapshot = copy.deepcopy(self.doc.visit)
        tasks.start(
            tasks.Task(build_pack, snapshot, self.settings.paper(), tag="print"), self._print_ready, self._failed
        )

    def make_printer(self) -> QPrinter:
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize.PageSizeId.Letter if self.settings.paper() == "letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the pack has its own margins
        printer.setDocName(suggested_stem(self.doc))
        return printer

    def _print_ready(self, tag, result) -> None:
        self._end()
        data, _warnings = result
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self.make_printer()
        dialog = QPrintDialog(printer, self.window)
        if not dialog.exec():
            return
        pages = self.render(data, printer)
        if pages < 0:
            dialogs.show_error(self.window, translate("Exporter", "The briefing pack could not be printed."))
            return
        self.printed.emit(pages)

    def render(self, data: bytes, printer: QPrinter) -> int:
        """Draw every page of the PDF ``data`` on ``printer``; the page count, or -1."""
        from PySide6.QtCore import QRectF, QSizeF, QTemporaryDir
        from PySide6.QtGui import QPainter
        from PySide6.QtPdf import QPdfDocument

        folder = QTemporaryDir()
        path = Path(folder.path()) / "pack.pdf"
        path.write_bytes(data)
        document = QPdfDocument()
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return -1
        painter = QPainter()
        if not painter.begin(printer):
            return -1
        try:
            target = QRectF(painter.viewport())
            count = document.pageCount()
            for page in range(count):
                self.window.statusBar().showMessage(
                    translate("Exporter", "Printing page {page} of {count}…").format(page=page + 1, count=count)
                )
                if page:
                    printer.newPage()
                points = QSizeF(document.pagePointSize(page))
                area = points.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                # 300 dpi is print quality; a printer's 1200 dpi would need 500 MB a page.
                pixels = (points * (PRINT_DPI / 72)).toSize()
                painter.drawImage(QRectF(target.topLeft(), area), document.render(page, pixels))
                QCoreApplication.processEvents()
        finally:
            painter.end()
            self.window.statusBar().clearMessage()
        return document.pageCount()
