"""The live preview of the briefing pack, rebuilt in the background.

Edits restart a short timer; when it fires, a snapshot of the visit (model.snapshot)
goes to a child process that builds the PDF bytes (pack_process.py): reportlab
holds the interpreter lock while it works, so in a thread of this process a
large pack would stall typing; a worker thread only waits for the answer. Each
build carries a generation number: a result older than the newest request is
thrown away. Only one build runs at a time; a request during a build runs
when it finishes (and the finished one is shown meanwhile). The new document replaces the old one only once it has
loaded, at the same page, so the view never flashes blank.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from briefing.ui import pack_process, tasks
from briefing.ui.document import VisitDocument
from briefing.ui.icons import icon

if TYPE_CHECKING:
    from PySide6.QtCore import QBuffer
    from PySide6.QtPdf import QPdfDocument

    from briefing.ui.pdf_pages import PagesView

translate = QCoreApplication.translate
DEBOUNCE_MS = 800
ZOOM_STEP = 1.25


class BlankPages(QAbstractScrollArea):
    """Where the pages go, until there are pages: an empty pages view, as it looks.

    No pack is built before the window's first paint, so the real view
    (pdf_pages.PagesView) and QtPdf come with the first build: importing them
    and laying out an empty QPdfView cost the first paint ~5 ms. Same frame,
    same background (QPdfView fills its viewport with the palette's Dark over
    the sheet's, which still shades the frame), same page label (none).
    """

    firstPainted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.painted = False
        # A viewport of our own: asking a scroll area for its own viewport()
        # makes PySide6 create the Python types of every widget class (~11 ms).
        self._viewport = QWidget()
        self._viewport.setBackgroundRole(QPalette.ColorRole.Base)  # as Qt's own viewport
        self._viewport.setAutoFillBackground(True)
        self.setViewport(self._viewport)

    def paintEvent(self, event) -> None:
        QPainter(self._viewport).fillRect(event.rect(), self.palette().brush(QPalette.ColorRole.Dark))
        if not self.painted:
            self.painted = True
            self.firstPainted.emit()


class PreviewPane(QWidget):
    loaded = Signal(int)  # generation shown
    warningsChanged = Signal(object)  # the Findings the last shown build met
    failed = Signal(str)

    def __init__(self, doc: VisitDocument, paper: str = "a4", parent=None):
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.setAccessibleName(QCoreApplication.translate("PreviewPane", "Preview of the briefing pack"))
        self.doc, self.paper = doc, paper
        self.generation = 0  # last requested
        self.shown_generation = 0
        self.building = False
        self.pending = False
        self.dirty = True  # the shown pack is older than the visit
        self.warnings: list = []
        self.document: QPdfDocument | None = None  # none until the first build is shown
        self._buffer: QBuffer | None = None
        self._incoming: tuple[QPdfDocument, QBuffer, int] | None = None
        self.builder = pack_process.shared()  # the process starts with the first build

        self._view: PagesView | None = None
        self.pages: QAbstractScrollArea = BlankPages(self)  # the view once there is one
        self.pages.setObjectName("previewView")
        self.painted = False  # the pages' place has been drawn
        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.status.setContentsMargins(8, 4, 8, 4)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._make_bar())
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        self.status.hide()

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.rebuild)
        doc.edited.connect(self.schedule)
        doc.reset.connect(self._on_reset)
        # A visit opened at start-up is built once the window has painted:
        # starting the builder process earlier slows the window's first paint.
        self.reset_waiting = False
        self.pages.firstPainted.connect(self._on_first_paint)

    @property
    def view(self) -> PagesView:
        """The pages view, made in place of the blank when first needed (a build shown, a zoom)."""
        if self._view is None:
            from briefing.ui import pdf_pages
            from briefing.ui.style import style_widgets

            blank = self.pages
            view = self._view = pdf_pages.PagesView(self)
            view.setObjectName("previewView")
            if self.document is None:
                self.document = pdf_pages.empty_document(self)
            view.setDocument(self.document)
            view.pageNavigator().currentPageChanged.connect(self._show_page)
            view.firstPainted.connect(self._on_first_paint)
            self._layout.replaceWidget(blank, view)
            view.setVisible(not blank.isHidden())  # at once: a page jump needs a laid-out view
            style_widgets(self)
            if blank.hasFocus():
                view.setFocus()
            blank.hide()
            blank.deleteLater()
            self.pages = view
        return self._view

    def _make_bar(self) -> QWidget:
        """Page number and zoom, above the pages."""
        bar = QWidget(self)
        bar.setObjectName("previewBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 2, 4, 2)
        row.setSpacing(2)
        self.page_label = QLabel(bar)
        self.page_label.setObjectName("previewPage")
        row.addWidget(self.page_label, 1)
        self.busy_label = QLabel(bar)
        self.busy_label.setObjectName("previewBusy")
        row.addWidget(self.busy_label)
        buttons = (
            ("zoom-out", translate("PreviewPane", "Zoom out"), lambda: self.zoom_by(1 / ZOOM_STEP)),
            ("zoom-in", translate("PreviewPane", "Zoom in"), lambda: self.zoom_by(ZOOM_STEP)),
            (
                "fit-width",
                translate("PreviewPane", "Fit the page width"),
                lambda: self.fit(self.view.ZoomMode.FitToWidth),
            ),
            ("fit-page", translate("PreviewPane", "Show whole pages"), lambda: self.fit(self.view.ZoomMode.FitInView)),
        )
        for name, tip, slot in buttons:
            button = QToolButton(bar)
            button.setIcon(icon(name))
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            row.addWidget(button)
        return bar

    def _show_page(self, *_) -> None:
        count = self.page_count()
        page = self.view.pageNavigator().currentPage() + 1
        self.page_label.setText(
            translate("PreviewPane", "Page {page} of {count}").format(page=page, count=count) if count else ""
        )

    def zoom_by(self, factor: float) -> None:
        zoom = self._effective_zoom()
        self.view.setZoomMode(self.view.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, zoom * factor)))

    def _effective_zoom(self) -> float:
        """The zoom on screen; in a fit mode the view's own factor is stale."""
        if self.view.zoomMode() == self.view.ZoomMode.Custom:
            return self.view.zoomFactor()
        size = self.document.pagePointSize(0)
        if size.width() <= 0:
            return 1.0
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        return max(0.25, width / (size.width() * self.view.logicalDpiX() / 72))

    def fit(self, mode) -> None:
        """``mode``: one of the view's ZoomMode."""
        self.view.setZoomMode(mode)

    def set_paper(self, paper: str) -> None:
        if paper != self.paper:
            self.paper = paper
            self.schedule()

    def schedule(self, *_) -> None:
        """Rebuild a moment after the last edit (typing restarts the wait)."""
        self.dirty = True
        if self.isVisible():
            self.timer.start()

    def _on_reset(self) -> None:
        """Another visit (open, new, revert): show it now, there is no typing to wait for."""
        self.dirty = True
        if not self.painted:
            self.reset_waiting = True
        elif self.isVisible():
            self.timer.stop()
            QTimer.singleShot(0, self, self.rebuild)

    def _on_first_paint(self) -> None:
        self.painted = True
        if self.reset_waiting:
            self.reset_waiting = False
            QTimer.singleShot(0, self, self._on_reset)

    def rebuild(self) -> None:
        self.timer.stop()
        self.reset_waiting = False  # this build shows the opened visit
        if self.building:
            self.pending = True
            return
        self.generation += 1
        self.building = True
        self.dirty = False
        # In the bar, not in the status strip: showing a strip would move the pages.
        self.busy_label.setText(translate("PreviewPane", "Updating…"))
        # Taken here, on the GUI thread, so later edits cannot reach it. A visit
        # no file could hold (unfinished work allowed) is not shown: the Checks
        # panel says why. Pickled, not written as YAML: see model.snapshot.
        from briefing.model.snapshot import freeze
        from briefing.storage.validate import save_problems

        if save_problems(self.doc.visit, unfinished=True):
            self.building = False
            self.busy_label.setText("")
            return
        snapshot = freeze(self.doc.visit)
        from briefing.ui.pdf_pages import build_and_load

        task = tasks.Task(build_and_load, snapshot, self.paper, tag=self.generation)
        tasks.start(task, self._built, self._failed)

    def _finish_build(self) -> bool:
        """True when another rebuild was asked for during this one (and is started)."""
        self.building = False
        if self.pending:
            self.pending = False
            self.rebuild()
            return True
        return False

    def _built(self, generation: int, result) -> None:
        self._finish_build()
        if generation <= self.shown_generation:
            return  # older than what is shown
        # Shown even when a newer build has started: during long builds and
        # steady typing the preview still moves forward.
        document, buffer, warnings = result
        self.warnings = list(warnings)
        document.setParent(self)
        buffer.setParent(self)
        if self._incoming is not None:  # a result still loading is overtaken by this one
            for old in self._incoming[:2]:
                old.deleteLater()
        self._incoming = (document, buffer, generation)
        document.statusChanged.connect(self._incoming_status)
        self._incoming_status(document.status())

    def _incoming_status(self, *_) -> None:
        if self._incoming is None:
            return
        from briefing.ui.pdf_pages import is_ready

        document, buffer, generation = self._incoming
        ready = is_ready(document)
        if ready:
            self._incoming = None
            self._swap(document, buffer, generation)
        elif ready is False:
            self._incoming = None
            self._failed(generation, QCoreApplication.translate("PreviewPane", "The preview could not be shown."), "")

    def _swap(self, document: QPdfDocument, buffer: QBuffer, generation: int) -> None:
        view = self.view
        navigator = view.pageNavigator()
        page = navigator.currentPage()
        location = navigator.currentLocation()
        old_doc, old_buffer = self.document, self._buffer
        self.document, self._buffer = document, buffer
        view.setDocument(document)
        if 0 < page < document.pageCount():
            navigator.jump(page, location if isinstance(location, QPointF) else QPointF(), navigator.currentZoom())
        if old_doc is not None:
            old_doc.deleteLater()
        if old_buffer is not None:
            old_buffer.deleteLater()
        self.shown_generation = generation
        self.warningsChanged.emit(list(self.warnings))
        self._show_page()
        if not self.building:
            self.busy_label.setText("")
        self._set_status("")
        self.loaded.emit(generation)

    def _failed(self, generation: int, message: str, tb: str) -> None:
        if self._finish_build() or generation != self.generation:
            return  # a newer build may well succeed
        text = QCoreApplication.translate("PreviewPane", "The preview could not be made: {error}").format(error=message)
        self.busy_label.setText("")
        self._set_status(text)
        self.failed.emit(message)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.dirty:
            self.timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def keyPressEvent(self, event) -> None:  # let page keys reach the view
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.pages.setFocus()
        super().keyPressEvent(event)
