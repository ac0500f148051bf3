"""Starting the desktop app: ``briefing`` and ``briefing FILE`` end up here.

Sets the names QSettings and QStandardPaths use, the language, the error
hook, then opens a window, offers back work left by a crash, and opens FILE.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from briefing.ui import dialogs
from briefing.ui.errors import install_excepthook, setup_logging
from briefing.ui.i18n import install_translations
from briefing.ui.icons import icon
from briefing.ui.recovery import leftovers
from briefing.ui.settings import Settings
from briefing.ui.style import apply_style

ORGANISATION = "Briefing"
APPLICATION = "Briefing"
translate = QCoreApplication.translate

_windows: list = []
# Set by on_terminate: the exit status the app owes the system. A signal that
# arrives before the main loop runs (during the recovery question at start)
# would otherwise be forgotten, because app.exec() starts afresh.
_terminated: int | None = None


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(icon("briefing"))
    setup_logging()
    install_excepthook()
    app._briefing_translators = install_translations(app, Settings().language())  # keep them alive
    apply_style(app)
    return app


def new_window(settings: Settings | None = None):
    from briefing.ui.mainwindow import MainWindow

    window = MainWindow(settings)
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    return window


def offer_recovery(window) -> list:
    """Offer the work left unsaved by a crash, one question a file; returns the windows that restored one.

    Several copies of one file (two windows on it crashed) are offered
    together, each said by what it holds; the newest is restored by default
    and the others are kept for later. A file already open in a window is
    restored there: never two windows on one file.
    """
    from briefing.ui.files import window_with
    from briefing.ui.recovery import real_path
    from briefing.ui.recoverybar import holds

    groups: dict[str, list] = {}
    for leftover in leftovers():  # newest first
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
    # each open dialog with Cancel, then leave every event loop.
    for _ in range(20):
        modal = QApplication.activeModalWidget()
        if modal is None:
            break
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
    app.exit(_terminated)


class FileOpener(QObject):
    """macOS sends a double-clicked or dropped-on-the-Dock file as an event, not an argument."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            window = _windows[-1] if _windows else new_window()
            window.show()
            window.raise_()
            window.files.open_path(event.file())
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


def run_app(path: str | None = None) -> int:
    app = create_app()
    _handle_termination(app)
    opener = FileOpener(app)
    app.installEventFilter(opener)
    app._briefing_opener = opener  # its Python side must live as long as the app
    window = new_window()
    window.show()
    restored = offer_recovery(window)
    if path and _terminated is None:
        from briefing.ui.files import window_with

        target = window_with(path) or window
        if target is window and window in restored:
            target = new_window(window.settings)
            target.show()
        target.files.open_path(path)
        target.raise_()
    status = app.exec() if _terminated is None else _terminated
    # A pack still being written finishes (its file is written atomically);
    # Python must not exit under a worker thread.
    QThreadPool.globalInstance().waitForDone(60_000)
    return status
