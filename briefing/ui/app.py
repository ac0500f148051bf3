"""Starting the desktop app: ``briefing`` and ``briefing FILE`` end up here.

Sets the names QSettings and QStandardPaths use, the language, the error
hook, then opens a window, offers back work left by a crash, and opens FILE.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from briefing.ui import collector, dialogs, font_warmup, single_instance
from briefing.ui.editors.inputs import hold_event_filters, release_event_filters
from briefing.ui.errors import install_excepthook, setup_logging
from briefing.ui.i18n import install_translations
from briefing.ui.icons import icon
from briefing.ui.pyside_refcounts import make_singletons_immortal
from briefing.ui.recovery_folder import may_hold_copies
from briefing.ui.settings import Settings
from briefing.ui.style import STYLE, apply_style

ORGANISATION = "Briefing"
ONCE_UP_MS = 5000
APPLICATION = "Briefing"
translate = QCoreApplication.translate

_windows: list = []
# Set by on_terminate: the exit status the app owes the system. A signal that
# arrives before the main loop runs (during the recovery question at start)
# would otherwise be forgotten, because app.exec() starts afresh.
_terminated: int | None = None


def create_app(argv: list[str] | None = None) -> QApplication:
    make_singletons_immortal()  # before any Qt call; PySide6 6.12.0 on Python 3.11 only
    app = QApplication.instance()
    styled = app is None
    if app is None:
        # The style given as an argument: set with setStyle(), whose answer is a
        # QStyle, PySide6 would make QStyle's Python type and its enums (~4 ms).
        app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", STYLE])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(icon("briefing"))
    setup_logging()
    install_excepthook()
    app._briefing_translators = install_translations(app, Settings().language())  # keep them alive
    apply_style(app, set_style=not styled)
    return app


def new_window(settings: Settings | None = None):
    from briefing.ui.mainwindow import MainWindow

    window = MainWindow(settings)
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    return window


def leftovers() -> list:
    """Work left by a crash. The recovery code is loaded only when its folder holds something."""
    if not may_hold_copies():
        return []
    from briefing.ui.recovery import leftovers as found

    return found()


def offer_recovery(window) -> list:
    """Offer the work left unsaved by a crash, one question a file; returns the windows that restored one.

    Several copies of one file (two windows on it crashed) are offered
    together, each said by what it holds; the newest is restored by default
    and the others are kept for later. A file already open in a window is
    restored there: never two windows on one file.
    """
    found = leftovers()  # newest first
    if not found:
        return []  # the usual start: the recovery code is not even loaded
    from briefing.ui.files import window_with
    from briefing.ui.recovery import real_path
    from briefing.ui.recoverybar import holds

    groups: dict[str, list] = {}
    for leftover in found:
        key = real_path(leftover.original) if leftover.original else str(leftover.data_path)
        groups.setdefault(key, []).append(leftover)
    restored = []
    for copies in groups.values():
        if _terminated is not None:
            break
        newest = copies[0]
        name = Path(newest.original).name if newest.original else (newest.title or translate("Files", "Untitled"))
        described = [holds(c) for c in copies]
        answer = dialogs.ask_restore(window, name, described)
        if answer == "later":
            continue
        if answer == "discard":
            for leftover in copies:
                leftover.remove()
            continue
        chosen = newest
        if answer == "choose":
            index = dialogs.choose_recovered_copy(window, name, described)
            if index is None:
                continue
            chosen = copies[index]
        target = window_with(chosen.original) if chosen.original else None
        if target is not None:
            if target.files.restore_waiting(chosen):
                target.show()
                target.raise_()
                restored.append(target)
            continue
        target = (
            window
            if window not in restored and not window.doc.modified and window.doc.path is None
            else new_window(window.settings)
        )
        if target.files.restore_waiting(chosen):
            target.show()
            restored.append(target)
        elif target is not window:
            target.close()
    return restored


def on_terminate(signum: int, _frame=None) -> None:
    """SIGTERM/SIGHUP (log-out, shutdown): no time to ask, so unsaved work goes to recovery files."""
    global _terminated
    _terminated = 128 + signum
    for window in list(_windows):
        window.files.emergency_stop()
    app = QCoreApplication.instance()
    if app is None:
        return
    # A question left open would keep the code that asked it waiting: answer
    # each open dialog with Cancel, then leave every event loop. QDialog is
    # imported here: the first window opens none, and its Python type is made when imported.
    from PySide6.QtWidgets import QDialog

    for _ in range(20):
        modal = QApplication.activeModalWidget()
        if modal is None:
            break
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
    app.exit(_terminated)


def open_in(window, path: str) -> bool:
    """Open PATH in WINDOW; the bundled sample opens as a new untitled visit, so Save never writes over it."""
    from briefing.resources import sample_visit_path

    try:
        is_sample = Path(path).resolve() == sample_visit_path().resolve()
    except OSError:  # the resources folder missing: then it is not the sample
        is_sample = False
    return window.files.open_sample() if is_sample else window.files.open_path(path)


def bring_forward(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def _pristine(window) -> bool:
    return window.doc.path is None and not window.doc.modified and window.doc.undo_stack.count() == 0


def open_files(paths: list[str]) -> None:
    """What a later launch (or the system) asks for: a file already open comes forward, others get a window."""
    if not paths:
        window = new_window(_windows[-1].settings if _windows else None)
        bring_forward(window)
        return
    for path in paths:
        resolved = Path(path).resolve()
        showing = next((w for w in _windows if w.doc.path is not None and w.doc.path.resolve() == resolved), None)
        if showing is not None:
            bring_forward(showing)
            continue
        blank = next((w for w in reversed(_windows) if _pristine(w)), None)
        window = blank or new_window(_windows[-1].settings if _windows else None)
        bring_forward(window)
        if not open_in(window, path) and window is not blank:
            window.close()  # the reason was shown; an empty window would only be in the way


class FileOpener(QObject):
    """macOS sends a double-clicked or dropped-on-the-Dock file as an event, not an argument."""

    @classmethod
    def install(cls, app: QApplication, platform: str = sys.platform) -> FileOpener | None:
        """Watch the app's events for files sent by the system, where a system sends them.

        Only macOS sends FileOpen events; elsewhere files come as arguments. A
        Python filter on the whole app is not free: every event of every widget
        goes through Python, and the first ones make PySide6 create the Python
        types of all the classes it has not loaded yet (over 40 ms at start-up).
        """
        if platform != "darwin":
            return None
        opener = cls(app)
        app.installEventFilter(opener)
        app._briefing_opener = opener  # its Python side must live as long as the app
        return opener

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            open_files([event.file()])
            return True
        return False


def _handle_termination(app: QApplication) -> None:
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), on_terminate)
    # Python runs signal handlers only when it gets control; a tick gives it some.
    tick = QTimer(app)
    tick.timeout.connect(lambda: None)
    tick.start(500)
    app._briefing_tick = tick


def _open_first_window(instance, path: str | None) -> None:
    """The first window, work left by a crash, then PATH.

    Not in run_app's frame: a window held there during app.exec() would stay in
    memory, with its visit, after the user closed it.
    """
    hold_event_filters()
    window = new_window()
    # Once the window is on screen (or after a while, should it never paint):
    # the collector paused for the start (if the command line paused it)
    # resumes, the server listens if no Briefing ran (see single_instance), and
    # the editors' event filters held back meanwhile are installed.
    for later in (collector.resume, instance.listen_later, release_event_filters):
        window.firstPainted.connect(later)
        QTimer.singleShot(ONCE_UP_MS, later)
    window.destroyed.connect(collector.thaw)
    window.show()
    restored = offer_recovery(window)
    if path and _terminated is None:
        target = window
        if window in restored:
            target = new_window(window.settings)
            target.show()
        open_in(target, path)
        target.raise_()


def run_app(path: str | None = None) -> int:
    app = create_app()
    instance = single_instance.start([path] if path else [])
    if instance is None:
        return 0  # the running Briefing opened it
    font_warmup.start()  # on the second core, while the window is built
    instance.open_requested.connect(open_files)
    app._briefing_instance = instance
    _handle_termination(app)
    FileOpener.install(app)
    _open_first_window(instance, path)
    status = app.exec() if _terminated is None else _terminated
    instance.close()
    # A pack still being written finishes (its file is written atomically);
    # Python must not exit under a worker thread.
    QThreadPool.globalInstance().waitForDone(60_000)
    return status
