"""Unexpected errors: logged to a file and shown to the user, never only printed.

An exception in a PySide6 slot is printed and the event loop goes on, so
without this hook the user would never learn that an action failed. The app
keeps running after the dialog: the open visit is still there to be saved.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication

from briefing.ui.private import private_file, private_folder

log = logging.getLogger("briefing")


def log_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder) / "briefing.log"


def setup_logging() -> Path | None:
    """Log to stderr and to a file in the app's local data folder."""
    log.setLevel(logging.INFO)
    if any(getattr(h, "_briefing", False) for h in log.handlers):
        return log_path()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(formatter)
    stderr._briefing = True  # type: ignore[attr-defined]
    log.addHandler(stderr)
    path = log_path()
    try:
        private_folder(path.parent)  # the log names the visits worked on
        private_file(path)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(formatter)
    handler._briefing = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    return path


_showing = False


def show_exception(exc_type, exc, tb) -> None:
    """Log the error and tell the user in a dialog (on the GUI thread only)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in the terminal: close as if asked
        app = QApplication.instance()
        if app is not None:
            app.closeAllWindows()
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unexpected error\n%s", details)
    # QThread here, as QMessageBox below: the first window never needs its type (~0.3 ms).
    from PySide6.QtCore import QThread

    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread() or _showing:
        return
    _showing = True
    try:
        from PySide6.QtWidgets import QMessageBox  # here: see dialogs._buttons

        translate = QCoreApplication.translate
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("Errors", "Briefing"))
        box.setText(translate("Errors", "Something went wrong: the last action did not complete."))
        info = translate("Errors", "Your visit is still open; save it to keep your work.")
        if log_path().exists():
            info += "\n\n" + translate("Errors", "Details were written to {path}.").format(path=log_path())
        box.setInformativeText(info)
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = show_exception
