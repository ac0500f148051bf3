"""File actions of a window: new, open, save, save as, revert, and closing.

Unsaved work is never replaced without asking; a refused file changes
nothing; a failed save keeps the document modified. The window's lock file
and recovery file follow the document's path.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from briefing.model import Visit
from briefing.ui import dialogs
from briefing.ui.document import VisitDocument
from briefing.ui.editors.inputs import take_typed_value
from briefing.ui.findings import describe_blocking, describe_problem, parse_path
from briefing.ui.locks import FileLock, holder_of
from briefing.ui.recovery import RecoveryFile
from briefing.ui.settings import Settings

log = logging.getLogger("briefing")
AUTOSAVE_MS = 30_000
MAX_SHOWN = 8  # problems listed in a refused file's dialog; all of them in its details
translate = QCoreApplication.translate


def display_name(doc: VisitDocument) -> str:
    if doc.path is not None:
        return doc.path.name
    return translate("Files", "Untitled")


def suggested_stem(doc: VisitDocument) -> str:
    """A file name from the visit's title, safe on every system."""
    if doc.path is not None:
        return doc.path.name.removesuffix(".visit.yaml").removesuffix(".yaml")
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
        self.recovery = RecoveryFile()
        self.load_warnings: list = []
        # A copy opened while someone else holds the file: Save asks for a new name.
        self.read_only = False
        # The file as we last read or wrote it, to notice someone else's save.
        self.disk_stamp: tuple[int, int] | None = None
        self.recovery_trouble_told = False
        self.reverting = False
        self.stopping = False  # the app is being killed: no notices
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        doc.edited.connect(self._on_edited)
        doc.modifiedChanged.connect(self._on_modified)

    # -- recovery ----------------------------------------------------------
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
            self.recovery.remove()

    def write_recovery(self) -> None:
        if not self.doc.modified:
            return
        try:
            self.recovery.write(self.doc.visit, self.doc.path)
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
        # Read the file first: a file that cannot be opened must not cost a
        # question about the unsaved work it would have replaced.
        loaded = self._read(path)
        if loaded is None:
            return False
        holder = holder_of(path) if (self.doc.path is None or path.resolve() != self.doc.path.resolve()) else None
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
        try:
            from briefing.storage.validate import save_problems
        except ImportError:  # an older storage: the save itself reports it
            return False
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
        if self.changed_on_disk():
            answer = dialogs.ask_overwrite_changed(self.window, self.doc.path.name)
            if answer == "save-as":
                return self.save_as()
            if answer == "cancel":
                return False
        return self._save_to(self.doc.path)

    def changed_on_disk(self) -> bool:
        return self.doc.path is not None and self.disk_stamp is not None and _stamp(self.doc.path) != self.disk_stamp

    def save_as(self) -> bool:
        take_typed_value()
        if self.blocking_problem():
            return False
        folder = Path(self.settings.last_folder() or Path.home())
        if self.doc.path is not None:
            folder = self.doc.path.parent
        suggested = str(folder / (suggested_stem(self.doc) + ".visit.yaml"))
        path = dialogs.choose_save_file(self.window, suggested)
        if not path:
            return False
        return self._save_to(Path(path))

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
        self.recovery.remove()
        self._release_lock()
        return True

    def emergency_stop(self) -> None:
        """The app is being killed (log-out, shutdown): keep unsaved work for the next start."""
        self.autosave.stop()
        self.stopping = True
        if self.doc.modified:
            self.write_recovery()
        self._release_lock()

    def restore(self, visit: Visit, original: str) -> None:
        """Take a visit from a recovery file: modified, under its original path."""
        path = Path(original) if original else None
        self._take(visit, path, [])
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
            loaded = load_visit(path)
        except VisitFileError as exc:
            # One problem a line, without the file's path before each (the title names it).
            lines = [describe_problem(p) for p in getattr(exc, "problems", [])] or [str(exc)]
            shown = "\n".join(lines[:MAX_SHOWN])
            if len(lines) > MAX_SHOWN:
                shown += "\n" + translate("Files", "…and {n} more (see the details).").format(n=len(lines) - MAX_SHOWN)
            dialogs.show_error(
                self.window,
                translate("Files", "“{name}” cannot be opened.").format(name=name),
                shown,
                "\n".join(lines) if len(lines) > MAX_SHOWN else "",
            )
            return None
        except OSError as exc:
            dialogs.show_error(
                self.window,
                translate("Files", "“{name}” cannot be read.").format(name=name),
                exc.strerror or str(exc),
            )
            if not path.exists():
                self.settings.remove_recent(path)
                self.recentChanged.emit()
            return None
        return loaded

    def _adopt(self, path: Path, loaded, read_only: bool) -> None:
        self._take(loaded.visit, path, loaded.warnings, read_only)
        self.settings.add_recent(path)
        self.settings.set_last_folder(str(path.parent))
        self.recentChanged.emit()

    def _save_to(self, path: Path) -> bool:
        from briefing.storage import save_visit

        moving = self.doc.path is None or path.resolve() != self.doc.path.resolve()
        try:
            save_visit(self.doc.visit, path)
        except Exception as exc:  # disk full, permission, a value the format refuses
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            problems = [p for p in getattr(exc, "problems", []) if p.code != "save-failed"]
            if problems:  # a value the format refuses: worded for the user, not with field names
                message = "\n".join(describe_blocking(p, self.doc.visit) for p in problems[:MAX_SHOWN])
            dialogs.show_error(
                self.window,
                translate("Files", "“{name}” could not be saved.").format(name=path.name),
                translate("Files", "Your changes are still open in Briefing. {reason}").format(reason=message),
            )
            paths = [p.path for p in getattr(exc, "problems", []) if p.path]
            if paths:
                self.problemAt.emit(parse_path(paths[0]))
            return False
        if moving:
            self._release_lock()
            self._acquire_lock(path)
            self.recovery.follow(path)
            self.set_read_only(False)
        self.doc.mark_saved(path)
        self.disk_stamp = _stamp(path)
        self.recovery.remove()
        self.window.statusBar().showMessage(translate("Files", "Saved to {name}.").format(name=path.name), 5000)
        self.settings.add_recent(path)
        self.settings.set_last_folder(str(path.parent))
        self.recentChanged.emit()
        return True

    def _take(self, visit: Visit, path: Path | None, warnings: list, read_only: bool = False) -> None:
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
        self.recovery.follow(path)
        self.load_warnings = list(warnings)
        self.disk_stamp = _stamp(path) if path is not None else None
        self.doc.replace(visit, path)
        self.opened.emit(path)

    def _acquire_lock(self, path: Path) -> None:
        self.lock = FileLock(path)
        self.lock.acquire()

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size
