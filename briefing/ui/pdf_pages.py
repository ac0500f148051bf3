"""The preview's PDF side: the pages view and the worker that loads a built pack.

Kept apart from preview.py so that QtPdf and QtPdfWidgets are loaded when the
first build arrives, after the window's first paint, not by the first window.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView

from briefing.ui import pack_process


def build_and_load(snapshot: bytes, paper: str) -> tuple[QPdfDocument, QBuffer, list]:
    """Worker thread: the pack from the builder process, loaded and measured here.

    QPdfView lays out every page when it is given a document, asking each
    page's size: on a 300-page pack that took ~25-50 ms of the GUI thread.
    Asked here first, the sizes are known and the view takes the document at
    once. The objects then move to the GUI thread, which adopts them.
    """
    data, warnings = pack_process.build_in_process(snapshot, paper)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    for page in range(document.pageCount()):
        document.pagePointSize(page)
    gui = QCoreApplication.instance().thread()
    buffer.moveToThread(gui)
    document.moveToThread(gui)
    return document, buffer, warnings


class PagesView(QPdfView):
    """The pages; says when they first paint (the viewport's paints come here).

    Watching the viewport instead would cost more than the view: the first
    ``viewport()`` of a QPdfView makes PySide6 create the Python types of all
    the classes it has not loaded yet, about 11 ms of the start-up.
    """

    firstPainted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.painted = False
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageSpacing(12)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.firstPainted.emit()


def empty_document(parent) -> QPdfDocument:
    return QPdfDocument(parent)


def is_ready(document: QPdfDocument) -> bool | None:
    """True once loaded, False when it failed, None while it loads."""
    status = document.status()
    if status == QPdfDocument.Status.Ready:
        return True
    if status == QPdfDocument.Status.Error:
        return False
    return None
