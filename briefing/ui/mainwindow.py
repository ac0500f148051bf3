"""The main window: sections on the left, the section's editor, the live preview.

The window owns one VisitDocument. File handling lives in files.py, exporting
and printing in exporter.py; this module puts the pieces together and keeps
the title, the modified mark and the status bar in step with the document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QToolButton

from briefing.names import is_visit_name
from briefing.ui import dialogs
from briefing.ui.actions import build_actions, build_menus
from briefing.ui.changespanel import ChangesPanel
from briefing.ui.checkspanel import ChecksPanel
from briefing.ui.document import VisitDocument
from briefing.ui.exporter import Exporter
from briefing.ui.files import FileController, display_name
from briefing.ui.icons import icon
from briefing.ui.outputs import Outputs
from briefing.ui.preview import PreviewPane
from briefing.ui.sections import EditorStack, SectionList
from briefing.ui.settings import Settings
from briefing.ui.style import style_widgets
from briefing.ui.undo_follow import UndoFollower

translate = QCoreApplication.translate
# Below this window width the preview makes way for the editors by itself (at
# 1024 px the programme's titles and the People form had no room left).
NARROW_WIDTH = 1200


def warning_count(n: int, blocking: int = 0) -> str:
    """ "1 warning", "3 warnings"; what stops a save called so; nothing when all is well."""
    if n == 0:
        return ""
    others = n - blocking
    if blocking:
        stops = (
            translate("MainWindow", "1 problem stops saving")
            if blocking == 1
            else translate("MainWindow", "{n} problems stop saving").format(n=blocking)
        )
        if not others:
            return stops
        more = translate("MainWindow", "1 warning") if others == 1 else translate("MainWindow", "{n} warnings")
        return f"{stops}, {more.format(n=QLocale().toString(others))}"
    if n == 1:
        return translate("MainWindow", "1 warning")
    return translate("MainWindow", "{n} warnings").format(n=QLocale().toString(n))


class MainWindow(QMainWindow):
    firstPainted = Signal()  # the window is on screen

    def __init__(self, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self._painted = False
        self.setObjectName("mainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings = settings or Settings()
        self.doc = VisitDocument(parent=self)
        self.files = FileController(self, self.doc, self.settings)
        self.exporter = Exporter(self, self.doc, self.settings)

        self.sections = SectionList(self)
        self.editors = EditorStack(self.doc, self.sections, self)
        self.preview = PreviewPane(self.doc, self.settings.paper(), self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.sections, self.editors, self.preview):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.setCentralWidget(self.splitter)

        self.checks = ChecksPanel(self.doc, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks)
        self.checks.goTo.connect(self.editors.go_to)
        self.checks.countChanged.connect(self._on_counts)
        self.preview.warningsChanged.connect(self.checks.set_pack_warnings)
        self.changes = ChangesPanel(self.doc, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.changes)
        self.tabifyDockWidget(self.checks, self.changes)
        self.checks.raise_()
        self.outputs = Outputs(self, self.doc, self.settings)

        self._preview_auto = False  # the preview is being shown or hidden for the window's width
        self._preview_kept = False  # shown by the user in a narrow window
        self.actions_ = build_actions(self)
        # Connected after the stack's own slot: runs once the step is undone.
        self.undo_follower = UndoFollower(self.doc, self.editors, self)
        self.actions_.undo.triggered.connect(self.undo_follower.follow)
        self.actions_.redo.triggered.connect(self.undo_follower.follow)
        self.recent_menu = build_menus(self, self.actions_)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

        # The count opens the checks panel: a click on the problem, not a hunt for it.
        self.warning_label = QToolButton(self)
        self.warning_label.setObjectName("warningCount")
        self.warning_label.setAutoRaise(True)
        self.warning_label.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.warning_label.clicked.connect(self.show_checks)
        self.statusBar().addPermanentWidget(self.exporter.progress)
        self.statusBar().addPermanentWidget(self.exporter.open_button)
        self.statusBar().addPermanentWidget(self.warning_label)
        self.setAcceptDrops(True)

        self.doc.modifiedChanged.connect(self._update_title)
        self.doc.pathChanged.connect(self._update_title)
        self.doc.modifiedChanged.connect(self._update_actions)
        self.doc.pathChanged.connect(self._update_actions)
        self.files.opened.connect(self._on_opened)
        self.files.problemAt.connect(self.editors.go_to)
        self.files.readOnlyChanged.connect(self._update_title)
        self.exporter.exported.connect(lambda path, warnings: self.actions_.open_pdf.setEnabled(True))

        style_widgets(self)
        self.resize(1200, 760)
        self._restore_state()
        self._preview_kept = False  # restoring the setting is not the user asking for it now
        self._update_title()
        self._update_actions()
        self.checks.refresh()

    # -- state -------------------------------------------------------------
    def _restore_state(self) -> None:
        if (geometry := self.settings.geometry()) is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_run_size()
        if (state := self.settings.window_state()) is not None:
            self.restoreState(state)
        else:
            # The checks panel is a strip under the editors, not half the window.
            self.resizeDocks([self.checks], [100], Qt.Orientation.Vertical)
        if (splitter := self.settings.splitter_state()) is not None:
            self.splitter.restoreState(splitter)
        else:
            # The editor gets the most room: its forms need it; the preview
            # fits its pages to whatever width it has.
            width = max(self.width(), 900)
            preview = max(340, round(width * 0.3))
            self.splitter.setSizes([170, width - 170 - preview, preview])
        visible = self.settings.preview_visible()
        self.actions_.preview.setChecked(visible)
        self.preview.setVisible(visible)

    def _first_run_size(self) -> None:
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width, height = min(1360, area.width() - 40), min(860, area.height() - 40)
        self.resize(max(width, 800), max(height, 560))
        self.move(area.center() - self.rect().center())
        if area.width() <= 1400:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _save_state(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        self.settings.sync()

    def _update_title(self, *_) -> None:
        name = display_name(self.doc)
        if self.files.read_only:
            name = translate("MainWindow", "{name} (read-only)").format(name=name)
        self.setWindowTitle(translate("MainWindow", "{name}[*] — Briefing").format(name=name))
        self.setWindowModified(self.doc.modified)

    def _update_actions(self, *_) -> None:
        self.actions_.revert.setEnabled(self.doc.path is not None and self.doc.modified)

    def _on_opened(self, path) -> None:
        self.checks.set_file_warnings(self.files.load_warnings)
        if not self.files.reverting:  # another visit starts at its first section
            self.editors.show_section("details")
        self._update_title()
        self._update_actions()

    def _on_counts(self, total: int, counts: dict) -> None:
        self.sections.set_counts(counts)
        blocking = sum(entry.blocking for entry in self.checks.entries)
        self.warning_label.setText(warning_count(total, blocking))
        # Same severity as the panel: red when something stops a save.
        self.warning_label.setIcon(icon("error" if blocking else "warning") if total else QIcon())
        self.warning_label.setVisible(bool(total))

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.settings.recent_files()
        for n, path in enumerate(files, 1):
            label = f"&{n} {Path(path).name}" if n < 10 else Path(path).name
            action = menu.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.files.open_path(p))
        if not files:
            empty = menu.addAction(translate("MainWindow", "No Recent Files"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(translate("MainWindow", "Clear Menu"), self.settings.clear_recent)

    # -- slots for actions -------------------------------------------------
    def set_preview_visible(self, visible: bool) -> None:
        if self._preview_auto:  # the window makes the preview's state follow its width
            return
        self.preview.setVisible(visible)
        self.settings.set_preview_visible(visible)
        # Asked for in a narrow window: the user's choice wins until the window widens.
        self._preview_kept = visible and self.width() < NARROW_WIDTH

    def _fit_preview_to_width(self) -> None:
        """Hide the preview while the window is narrow, and bring it back when it widens."""
        if not self.settings.preview_visible() or self._preview_kept:
            if self.width() >= NARROW_WIDTH:
                self._preview_kept = False
            return
        narrow = self.width() < NARROW_WIDTH
        if narrow == self.preview.isHidden():
            return
        self._preview_auto = True
        try:
            self.preview.setVisible(not narrow)
            self.actions_.preview.setChecked(not narrow)
        finally:
            self._preview_auto = False
        if narrow:
            self.statusBar().showMessage(
                translate("MainWindow", "The preview makes room while the window is narrow: View > Preview shows it."),
                8000,
            )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_preview_to_width()

    def show_checks(self) -> None:
        self.checks.show()
        self.checks.raise_()
        self.checks.list.setFocus()
        if self.checks.list.currentRow() < 0:
            self.checks.list.setCurrentRow(0)

    def focus_next_pane(self, step: int = 1) -> None:
        """F6 / Shift+F6: sections, editor, preview, checks, in turn."""
        panes = [p for p in (self.sections, self.editors, self.preview.pages, self.checks.list) if p.isVisible()]
        if not panes:
            return
        focus = QApplication.focusWidget()
        current = next(
            (i for i, p in enumerate(panes) if focus is not None and (p is focus or p.isAncestorOf(focus))), -1
        )
        target = panes[(current + step) % len(panes)]
        if target is self.editors:
            target = self.editors.currentWidget()
            target.setFocus(Qt.FocusReason.TabFocusReason)
            if QApplication.focusWidget() is None or not target.isAncestorOf(QApplication.focusWidget()):
                target.focusNextChild()
        else:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def next_warning(self) -> None:
        lst = self.checks.list
        if not self.checks.entries:
            return
        self.checks.show()
        row = (lst.currentRow() + 1) % len(self.checks.entries)
        lst.setCurrentRow(row)
        self.checks.goTo.emit(tuple(self.checks.entries[row].path))

    def export_pdf(self) -> None:
        self.exporter.export_dialog()

    def print_pack(self) -> None:
        self.exporter.print_pack()

    def open_last_pdf(self) -> None:
        self.exporter.open_last()

    def show_preferences(self) -> None:
        from briefing.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            self.preview.set_paper(self.settings.paper())

    def show_about(self) -> None:
        from importlib.metadata import PackageNotFoundError, version

        from PySide6.QtWidgets import QMessageBox  # here: see dialogs._buttons

        try:
            number = version("briefing")
        except PackageNotFoundError:
            number = ""
        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "About Briefing"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(f"<b>Briefing</b> {number}")
        box.setInformativeText(translate("MainWindow", "Prepare a ministerial visit and print its briefing pack."))
        box.exec()

    def quit_app(self) -> None:
        QApplication.closeAllWindows()

    def once_on_screen(self, action) -> None:
        """Run ``action`` now, or once the window has first painted if it is being shown."""
        if self._painted or not self.isVisible():
            action()
        else:
            # Not inside the paint event: once it has returned and the window is on screen.
            self.firstPainted.connect(lambda: QTimer.singleShot(0, action), Qt.ConnectionType.SingleShotConnection)

    # -- events ------------------------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def closeEvent(self, event) -> None:
        if self.exporter.busy() and not dialogs.ask_close_during_export(self):
            event.ignore()
            return
        if not self.files.close():
            event.ignore()
            return
        self._save_state()
        event.accept()

    @staticmethod
    def _visit_paths(mime) -> list[str]:
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and is_visit_name(u.toLocalFile())]

    def dragEnterEvent(self, event) -> None:
        if self._visit_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = self._visit_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files.open_path(paths[0])
