"""File actions of a window: new, open, save, save as, revert, and closing.

Unsaved work is never replaced without asking; a refused file changes
nothing; a failed save keeps the document modified. The window's lock file
and recovery file follow the document's path.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from briefing.locks import FileLock, holder_of
from briefing.model import Visit, parse_path
from briefing.names import VISIT_SUFFIX, stem
from briefing.ui import dialogs
from briefing.ui.document import VisitDocument
from briefing.ui.editors.inputs import take_typed_value
from briefing.ui.findings import describe_blocking, describe_problem
from briefing.ui.oserrors import describe_os_error, os_error_code
from briefing.ui.recovery_folder import may_hold_copies
from briefing.ui.settings import Settings
from briefing.ui.stamps import PendingStamp, Stamp, file_stamp

if TYPE_CHECKING:  # the recovery code itself is loaded at its first use, not at start-up
    from briefing.storage import FileBytes
    from briefing.ui.recovery import Leftover

log = logging.getLogger("briefing")
AUTOSAVE_MS = 30_000
MAX_SHOWN = 8  # problems listed in a refused file's dialog; all of them in its details
STAMP_DELAY_MS = 1000  # an opened file's hash, once the window is on screen
translate = QCoreApplication.translate


def display_name(doc: VisitDocument) -> str:
    if doc.path is not None:
        return doc.path.name
    return translate("Files", "Untitled")


def suggested_stem(doc: VisitDocument) -> str:
    """A file name from the visit's title, safe on every system."""
    if doc.path is not None:
        return stem(doc.path)  # the command line's rule: visite.visit.yml gives visite.pdf here too
    title = doc.visit.details.title.strip() or translate("Files", "Untitled")
    safe = "".join(c if c.isalnum() or c in " -_'’" else " " for c in title)
    return " ".join(safe.split())[:80] or "visit"


class FileController(QObject):
    opened = Signal(object)  # Path | None, after the document changed
    readOnlyChanged = Signal(bool)
    recentChanged = Signal()
    problemAt = Signal(object)  # path tuple of a field that stopped a save

    def __init__(self, window, doc: VisitDocument, settings: Settings):
        super().__init__(window)
        self.window, self.doc, self.settings = window, doc, settings
        self.lock: FileLock | None = None
        self._recovery = None  # made at its first use: the recovery code stays out of start-up
        self.load_warnings: list = []
        # A copy opened while someone else holds the file: Save asks for a new name.
        self.read_only = False
        # The file as we last read or wrote it, to notice someone else's save.
        self._disk_stamp: Stamp | PendingStamp | None = None
        self.recovery_bar = None  # offers a recovered copy of the file just opened
        self.closed = False
        self.recovery_trouble_told = False
        self.comments_notice = None  # the notice about hand-written comments, while shown
        self.reverting = False
        self.stopping = False  # the app is being killed: no notices
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        doc.edited.connect(self._on_edited)
        doc.modifiedChanged.connect(self._on_modified)

    @property
    def disk_stamp(self) -> Stamp | None:
        if isinstance(self._disk_stamp, PendingStamp):
            self._disk_stamp = self._disk_stamp.stamp()
        return self._disk_stamp

    @disk_stamp.setter
    def disk_stamp(self, stamp: Stamp | PendingStamp | None) -> None:
        self._disk_stamp = stamp

    # -- recovery ----------------------------------------------------------
    @property
    def recovery(self):
        """This window's RecoveryFile, named after the visit's file."""
        if self._recovery is None:
            from briefing.ui.recovery import RecoveryFile

            self._recovery = RecoveryFile()
            if self.doc.path is not None:
                self._recovery.follow(self.doc.path)
        return self._recovery

    def _follow_recovery(self, path) -> None:
        if self._recovery is not None:  # else it is named after the visit's path when made
            self._recovery.follow(path)

    def _drop_recovery(self) -> None:
        if self._recovery is not None:
            self._recovery.remove()

    def _on_edited(self, *_) -> None:
        # Started at the first unsaved change, not restarted by each keystroke:
        # at most 30 seconds of typing can be lost.
        # (The first edit arrives before the stack counts it: see _on_modified.)
        if self.doc.modified and not self.autosave.isActive():
            self.autosave.start()

    def _on_modified(self, modified: bool) -> None:
        if modified:
            if not self.autosave.isActive():
                self.autosave.start()
        else:
            self.autosave.stop()
            self._drop_recovery()

    def write_recovery(self) -> None:
        if not self.doc.modified:
            return
        try:
            self.recovery.write(self.doc.visit, self.doc.path, self.disk_stamp)
        except Exception as exc:  # a recovery copy must never interrupt the user's typing
            log.exception("Could not write the recovery file")
            self._recovery_failed(exc)
        else:
            self.recovery_trouble_told = False  # a later failure is news again

    def _recovery_failed(self, exc: Exception) -> None:
        """Say it once (status bar and a notice that does not block): work is not protected."""
        if self.recovery_trouble_told:
            return
        self.recovery_trouble_told = True
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        text = translate("Files", "Automatic recovery copies cannot be written to {folder}: {reason}").format(
            folder=self.recovery.folder, reason=reason
        )
        self.window.statusBar().showMessage(text)
        if not self.stopping:
            dialogs.notify(self.window, text, translate("Files", "Save your work yourself until this is fixed."))

    # -- asking ------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when the current work may be replaced (saved, discarded or unmodified)."""
        if not self.doc.modified:
            return True
        answer = dialogs.ask_save_changes(self.window, display_name(self.doc))
        if answer == "save":
            return self.save()
        # On "discard" the recovery copy stays until the visit is really replaced
        # or the window closes: the open that follows may still fail.
        return answer == "discard"

    # -- actions -----------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._take(Visit(), None, [])
        return True

    def open_dialog(self) -> bool:
        folder = self.settings.last_folder() or str(Path.home())
        path = dialogs.choose_open_file(self.window, folder)
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path) -> bool:
        path = Path(path)
        if self.doc.path is not None and path.resolve() == self.doc.path.resolve() and not self.doc.modified:
            return True
        other = window_with(path, besides=self.window)
        if other is not None:
            # Never two windows on one file: their saves and recovery copies would clash.
            other.show()
            other.raise_()
            other.activateWindow()
            return True
        # Read the file first: a file that cannot be opened must not cost a
        # question about the unsaved work it would have replaced.
        loaded = self._read(path)
        if loaded is None:
            return False
        holder = holder_of(path, self.lock)
        read_only = False
        if holder is not None:
            answer = dialogs.ask_open_locked(self.window, path.name, holder.describe())
            if answer == "cancel":
                return False
            read_only = answer == "read-only"
        if not self.maybe_save():
            return False
        self._adopt(path, loaded, read_only)
        return True

    def open_sample(self) -> bool:
        """The bundled sample, as a new untitled visit: saving never touches the original."""
        from briefing.resources import sample_visit_path
        from briefing.storage import VisitFileError, load_visit

        if not self.maybe_save():
            return False
        try:
            loaded = load_visit(sample_visit_path())
        except (VisitFileError, OSError) as exc:
            reason = "\n".join(describe_problem(p) for p in getattr(exc, "problems", [])) or str(exc)
            dialogs.show_error(self.window, translate("Files", "The sample visit cannot be opened."), reason)
            return False
        self._take(loaded.visit, None, loaded.warnings)
        return True

    def blocking_problem(self) -> bool:
        """Before asking for a name: what the file format cannot hold, said plainly, and go there."""
        from briefing.storage.validate import save_problems

        problems = save_problems(self.doc.visit)
        if not problems:
            return False
        first = problems[0]
        path = parse_path(first.path)
        if first.code == "missing" and path == ("visit", "start_date"):
            text = translate("Files", "Set the visit's first day before saving.")
        else:
            text = describe_blocking(first, self.doc.visit)
        more = [describe_blocking(p, self.doc.visit) for p in problems[1:]]
        dialogs.show_warning(self.window, text, "\n".join(more[:MAX_SHOWN]))
        if path:
            self.problemAt.emit(path)
        return True

    def save(self) -> bool:
        take_typed_value()
        if self.blocking_problem():
            return False
        if self.doc.path is None or self.read_only:
            return self.save_as()
        if not self.doc.modified and self.doc.path.exists():
            # Nothing to write: rewriting would only refresh the backup with the same visit.
            self.window.statusBar().showMessage(translate("Files", "No changes to save."), 3000)
            return True
        if not writable(self.doc.path):
            return dialogs.ask_read_only(self.window, self.doc.path.name) and self.save_as()
        if self.changed_on_disk():
            answer = dialogs.ask_overwrite_changed(self.window, self.doc.path.name)
            if answer == "save-as":
                return self.save_as()
            if answer == "cancel":
                return False
        return self._save_to(self.doc.path)

    def changed_on_disk(self) -> bool:
        if self.doc.path is None or self.disk_stamp is None:
            return False
        now = file_stamp(self.doc.path)
        # Time, size and content: an edit within the time's resolution (FAT keeps two seconds) is seen too.
        return now != self.disk_stamp

    def save_as(self) -> bool:
        take_typed_value()
        if self.blocking_problem():
            return False
        folder = Path(self.settings.last_folder() or Path.home())
        if self.doc.path is not None:
            folder = self.doc.path.parent
        stem = suggested_stem(self.doc)
        if self.read_only:
            # Another copy of Briefing holds the file: propose a new name, never that file.
            stem = copy_stem(folder, stem)
        suggested = str(folder / (stem + VISIT_SUFFIX))
        path = self.choose_target(suggested)
        if path is None:
            return False
        return self._save_to(path)

    def choose_target(self, suggested: str) -> Path | None:
        """A name to save under, asked until it is one we may write (None: the user gave up).

        The suffix is added before anything is checked, so that typing ``b``
        asks before replacing ``b.visit.yaml``.
        """
        while True:
            chosen = dialogs.choose_save_file(self.window, suggested)
            if not chosen:
                return None
            path, suggested = Path(chosen), chosen
            # Our own file (not a read-only copy of someone else's): no lock or replace question.
            own = self.doc.path is not None and not self.read_only and path.resolve() == self.doc.path.resolve()
            holder = None if own else holder_of(path)
            if holder is not None:
                dialogs.show_warning(
                    self.window,
                    translate("Files", "“{name}” is open in Briefing by {holder}.").format(
                        name=path.name, holder=holder.describe()
                    ),
                    translate("Files", "Choose another name, or close it there first."),
                )
                continue
            if path.exists() and not writable(path):
                dialogs.show_warning(
                    self.window,
                    translate("Files", "“{name}” is read-only.").format(name=path.name),
                    translate("Files", "Briefing cannot save over it. Choose another name."),
                )
                continue
            if path.exists() and not own and not dialogs.ask_replace(self.window, path.name):
                continue
            return path

    def revert(self) -> bool:
        if self.doc.path is None or not self.doc.modified:
            return False
        if not dialogs.ask_revert(self.window, display_name(self.doc)):
            return False
        self.reverting = True  # the window keeps the section the user is in
        try:
            return self._load(self.doc.path, self.read_only)
        finally:
            self.reverting = False

    def close(self) -> bool:
        """The window is closing: ask about unsaved work, then let go of the file."""
        take_typed_value()  # a time still being typed is unsaved work too
        if not self.maybe_save():
            return False
        self.autosave.stop()
        self._drop_recovery()
        self._release_lock()
        self.closed = True
        return True

    def emergency_stop(self) -> None:
        """The app is being killed (log-out, shutdown): keep unsaved work for the next start."""
        self.autosave.stop()
        self.stopping = True
        if self.doc.modified:
            self.write_recovery()
        self._release_lock()

    def restore(self, visit: Visit, original: str, stamp: Stamp | None = None) -> None:
        """Take a visit from a recovery file: modified, under its original path.

        The changed-on-disk check compares with the file as it was when the work
        was opened (``stamp``), not as it is now: someone else's save since then
        is noticed at the next save. A file another running copy holds is
        restored read-only, without taking its lock.
        """
        path = Path(original) if original else None
        holder = holder_of(path, self.lock) if path is not None else None
        self._take(visit, path, [], holder is not None)
        if holder is not None:
            self.window.statusBar().showMessage(
                translate(
                    "Files",
                    "“{name}” is open in another copy of Briefing ({who}): the recovered work is read-only "
                    "here; Save asks for a new name.",
                ).format(name=path.name, who=holder.describe())
            )
        if path is not None and stamp is not None:
            self.disk_stamp = stamp
        self.doc.undo_stack.resetClean()
        self.write_recovery()  # the leftover was replaced by this window's slot

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            self.readOnlyChanged.emit(read_only)

    # -- internals ---------------------------------------------------------
    def _load(self, path: Path, read_only: bool = False) -> bool:
        loaded = self._read(path)
        if loaded is None:
            return False
        self._adopt(path, loaded, read_only)
        return True

    def _read(self, path: Path):
        """The file's Loaded, or None after telling the user why it cannot be opened."""
        from briefing.storage import VisitFileError, load_visit

        name = path.name
        try:
            loaded = load_visit(path, regular_only=True, keep_read=True)
        except VisitFileError as exc:
            # One problem a line, without the file's path before each (the title names it).
            problems = getattr(exc, "problems", [])
            lines = [describe_problem(p) for p in problems] or [str(exc)]
            shown = "\n".join(lines[:MAX_SHOWN])
            if len(lines) > MAX_SHOWN:
                shown += "\n" + translate("Files", "…and {n} more (see the details).").format(n=len(lines) - MAX_SHOWN)
            # The details speak the file's language (line, key path), for whoever edits it by hand.
            details = "\n".join(str(p) for p in problems)
            dialogs.show_error(
                self.window,
                translate("Files", "“{name}” cannot be opened.").format(name=name),
                shown,
                details,
            )
            self._forget_if_gone(path)
            return None
        except OSError as exc:
            dialogs.show_error(
                self.window,
                translate("Files", "“{name}” cannot be read.").format(name=name),
                exc.strerror or str(exc),
            )
            self._forget_if_gone(path)
            return None
        return loaded

    def _forget_if_gone(self, path: Path) -> None:
        """A recent file that failed to open because it is gone leaves the Open Recent menu."""
        if not path.exists():
            self.settings.remove_recent(path)
            self.recentChanged.emit()

    def _adopt(self, path: Path, loaded, read_only: bool) -> None:
        self._take(loaded.visit, path, loaded.warnings, read_only, loaded.read)
        if not self.reverting:  # said when the file is opened, not again on revert
            self._tell_comments(path, loaded.read)
        self.settings.add_recent(path)
        self.settings.set_last_folder(str(path.parent))
        self.recentChanged.emit()
        self._offer_waiting_copy(path)

    def _offer_waiting_copy(self, path: Path) -> None:
        """A recovered copy of this file, left by a crash and not restored yet: offer it in a bar."""
        if not may_hold_copies():
            return  # the usual case, told without loading the recovery code
        try:
            from briefing.ui.recovery import waiting_for

            waiting = waiting_for(path)
        except OSError:
            return
        if not waiting:
            return
        from briefing.ui.recoverybar import RecoveryBar

        if self.recovery_bar is None:
            self.recovery_bar = RecoveryBar(self.window)
            self.recovery_bar.restoreRequested.connect(self.restore_waiting)
            self.recovery_bar.discarded.connect(lambda: self.doc.path and self._offer_waiting_copy(self.doc.path))
        self.recovery_bar.offer(waiting[0], len(waiting))

    def restore_waiting(self, leftover: Leftover) -> bool:
        """Restore a copy offered in the bar, in place of the file as opened (unsaved work is asked about)."""
        from briefing.storage import VisitFileError

        if not self.maybe_save():
            return False
        try:
            visit = leftover.load()
        except (VisitFileError, OSError) as exc:
            dialogs.show_error(
                self.window,
                translate("Files", "The recovered copy cannot be read."),
                "\n".join(describe_problem(p) for p in getattr(exc, "problems", [])) or str(exc),
            )
            return False
        leftover.remove()
        self.restore(visit, leftover.original, leftover.stamp)
        return True

    def _tell_comments(self, path: Path, read: FileBytes | None = None) -> None:
        """A file written by hand loses its comments on the first save: say it once, now."""
        from briefing.storage.comments import has_comments

        try:
            text = read.data.decode("utf-8-sig") if read is not None else path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeError):
            return
        if not has_comments(text):
            return
        text = translate("Files", "“{name}” has comments (lines starting with #).").format(name=path.name)
        info = translate("Files", "Briefing does not keep them: they will be gone from the file once you save it.")
        self.window.statusBar().showMessage(f"{text} {info}", 15_000)

        def notify() -> None:
            # Not if the app is being killed, nor once another file has replaced this one.
            if not self.stopping and not self.closed and self.doc.path == path:
                self.comments_notice = dialogs.notify(self.window, text, info)

        # Over the window with the visit in it: a file opened at start-up is
        # on screen first (the notice's own window made before slowed that).
        self.window.once_on_screen(notify)

    def _save_to(self, path: Path) -> bool:
        from briefing.storage import save_visit

        moving = self.doc.path is None or path.resolve() != self.doc.path.resolve()
        try:
            save_visit(self.doc.visit, path)
        except Exception as exc:  # disk full, permission, a value the format refuses
            problems = [p for p in getattr(exc, "problems", []) if p.code != "save-failed"]
            if problems:  # a value the format refuses: worded for the user, not with field names
                message = "\n".join(describe_blocking(p, self.doc.visit) for p in problems[:MAX_SHOWN])
            else:  # the disk refused: why, without an Errno or a temporary file's name
                log.warning("Saving %s failed: %s", path, exc)
                message = describe_os_error(os_error_code(exc))
            paths = [p.path for p in problems if p.path]
            text = translate("Files", "“{name}” could not be saved.").format(name=path.name)
            info = translate("Files", "Your changes are still open in Briefing. {reason}").format(reason=message)
            if paths:
                dialogs.show_error(self.window, text, info)
                self.problemAt.emit(parse_path(paths[0]))
                return False
            # The next step: another name or folder.
            if dialogs.show_error_with_retry(self.window, text, info, translate("Files", "Save As…")):
                return self.save_as()
            return False
        if moving:
            self._release_lock()
            self._acquire_lock(path)
            self._follow_recovery(path)
            self.set_read_only(False)
        self.doc.mark_saved(path)
        self.disk_stamp = file_stamp(path)
        self._drop_recovery()
        self.window.statusBar().showMessage(translate("Files", "Saved to {name}.").format(name=path.name), 5000)
        self.settings.add_recent(path)
        self.settings.set_last_folder(str(path.parent))
        self.recentChanged.emit()
        return True

    def _take(
        self, visit: Visit, path: Path | None, warnings: list, read_only: bool = False, read: FileBytes | None = None
    ) -> None:
        self.autosave.stop()
        self.set_read_only(read_only)
        same = (
            path is not None
            and self.lock is not None
            and self.doc.path is not None
            and path.resolve() == self.doc.path.resolve()
        )
        if not same:
            self._release_lock()
            if path is not None and not read_only:
                self._acquire_lock(path)
        self._follow_recovery(path)
        if self.recovery_bar is not None:
            self.recovery_bar.hide()
        self.load_warnings = list(warnings)
        if path is None:
            self.disk_stamp = None
        elif read is not None:  # the bytes the visit was read from: the file is not read again
            self.disk_stamp = PendingStamp(read.mtime_ns, read.size, read.data)
            QTimer.singleShot(STAMP_DELAY_MS, self, self._settle_stamp)
        else:
            self.disk_stamp = file_stamp(path)
        self.doc.replace(visit, path)
        self.opened.emit(path)

    def _settle_stamp(self) -> None:
        """Hash the bytes an opened file was read from, and let them go."""
        _ = self.disk_stamp

    def _acquire_lock(self, path: Path) -> None:
        self.lock = FileLock(path)
        self.lock.acquire()

    def holds(self, path: str | Path) -> bool:
        """Whether this window has the file at ``path`` open (by whatever name)."""
        from briefing.ui.recovery import real_path

        return not self.closed and self.doc.path is not None and real_path(self.doc.path) == real_path(path)

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def writable(path: Path) -> bool:
    """False for an existing file the user may not write (missing files are writable).

    A file with no write permission for anyone is read-only also for an
    administrator, who could write it but was told not to (as editors do).
    """
    try:
        if not path.exists():
            return True
        return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)
    except OSError:
        return True  # let the save itself say what is wrong


def copy_stem(folder: Path, stem: str) -> str:
    """``stem (copy)``, or ``stem (copy 2)``… for the first name not taken in ``folder``."""
    for n in range(1, 1000):
        label = translate("Files", "copy") if n == 1 else translate("Files", "copy {n}").format(n=n)
        candidate = f"{stem} ({label})"
        if not (folder / (candidate + VISIT_SUFFIX)).exists():
            return candidate
    return f"{stem} ({translate('Files', 'copy')})"


def window_with(path: str | Path, besides=None):
    """The window of this process that has the file at ``path`` open, if any."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        files = getattr(widget, "files", None)
        if widget is not besides and isinstance(files, FileController) and files.holds(path):
            return widget
    return None
