"""Recovery copies: unsaved work copied aside, offered back after a crash.

Each window has its own slot in the app's data folder (0700, files 0600). 30
seconds into unsaved changes it writes its visit there in the visit file
format, even unfinished (no first day yet, a stop without a start), beside a
small JSON note: the original file, the stamp of that file when the work was
opened (so that a later save still notices someone else's changes), what the
copy holds and which process wrote it. A copy is read back by the visit
reader itself, in its mode for unfinished work: nothing in it can run code.
Saving, or closing without saving on purpose, removes the copy; a copy whose
process is no longer running was left by a crash.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from briefing.atomic import atomic_write
from briefing.model import Visit
from briefing.processes import host_name, process_started, same_process
from briefing.ui.private import PRIVATE_FILE, private_folder
from briefing.ui.recovery_folder import recovery_folder

SUFFIX = ".visit.yaml"
NOTE = ".json"
MAX_NOTE_BYTES = 100_000

Stamp = tuple[int, int, str]  # mtime in ns, size, SHA-256 of the content


def recovery_dir() -> Path:
    return recovery_folder()


def real_path(path: str | os.PathLike) -> str:
    """The one name of a file, whatever link or relative path it was reached by."""
    return os.path.realpath(os.fspath(path))


@dataclass(frozen=True)
class Leftover:
    data_path: Path
    note_path: Path
    original: str  # "" for a visit never saved
    title: str
    saved_at: str
    kind: str = "yaml"
    stops: int = 0
    stamp: Stamp | None = None  # the original file as it was when the work was opened

    def load(self) -> Visit:
        """The visit kept in this copy; VisitFileError or OSError when it cannot be read."""
        from briefing.storage import VisitFileError, read_visit

        if self.kind != "yaml":
            # Older releases kept unfinished work in a Python-specific form that can run code when read.
            raise VisitFileError("This recovered copy was written by an older release in a form that is not read.")
        data = self.data_path.read_bytes()
        return read_visit(data, unfinished=True).visit

    def remove(self) -> None:
        for p in (self.data_path, self.note_path):
            with contextlib.suppress(OSError):
                p.unlink()


class RecoveryFile:
    """The recovery slot of one window: its own, whatever file the window has open."""

    def __init__(self, folder: Path | None = None):
        import uuid  # here: most starts never write a recovery copy

        self.folder = folder or recovery_dir()
        self.stem = f"window-{uuid.uuid4().hex[:12]}"

    def follow(self, path: str | Path | None) -> None:
        """The window took another visit or saved (open, save as): the copy it kept is obsolete."""
        self.remove()

    @property
    def data_path(self) -> Path:
        return self.folder / (self.stem + SUFFIX)

    @property
    def note_path(self) -> Path:
        return self.folder / (self.stem + NOTE)

    def write(self, visit: Visit, original: str | Path | None, stamp: Stamp | None = None) -> None:
        from briefing.storage import dump_visit

        data = dump_visit(visit, unfinished=True).encode("utf-8")
        private_folder(self.folder.parent)
        private_folder(self.folder)
        pid = os.getpid()
        note = {
            "kind": "yaml",
            "original": real_path(original) if original else "",
            "title": visit.details.title,
            "stops": len(visit.itinerary),
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "stamp": list(stamp) if stamp else None,
            "pid": pid,
            "started": process_started(pid),
            "host": host_name(),
        }
        atomic_write(self.data_path, data, mode=PRIVATE_FILE)
        atomic_write(self.note_path, json.dumps(note, ensure_ascii=False).encode("utf-8"), mode=PRIVATE_FILE)

    def exists(self) -> bool:
        return self.data_path.exists()

    def remove(self) -> None:
        for p in (self.data_path, self.note_path):
            with contextlib.suppress(OSError):
                p.unlink()


def _stamp(value) -> Stamp | None:
    if isinstance(value, list) and len(value) == 3:
        mtime, size, digest = value
        if isinstance(mtime, int) and isinstance(size, int) and isinstance(digest, str):
            return mtime, size, digest
    return None


def _read_note(note_path: Path) -> dict | None:
    try:
        with open(note_path, "rb") as handle:
            note = json.loads(handle.read(MAX_NOTE_BYTES).decode("utf-8"))
    except (OSError, ValueError):
        return None
    return note if isinstance(note, dict) else None


def leftovers(folder: Path | None = None) -> list[Leftover]:
    """Recovery copies left by processes that are no longer running, newest first."""
    folder = folder or recovery_dir()
    found: list[Leftover] = []
    if not folder.is_dir():
        return found
    for note_path in folder.glob("*" + NOTE):
        data_path = folder / (note_path.name[: -len(NOTE)] + SUFFIX)
        note = _read_note(note_path)
        if note is None or not data_path.exists():
            continue
        try:
            pid = int(note.get("pid", 0) or 0)
            stops = int(note.get("stops", 0) or 0)
        except (TypeError, ValueError):
            pid, stops = 0, 0
        if note.get("host") == host_name() and same_process(pid, str(note.get("started", "") or "")):
            continue  # another window or copy of Briefing is still working on it
        found.append(
            Leftover(
                data_path,
                note_path,
                str(note.get("original", "") or ""),
                str(note.get("title", "") or ""),
                str(note.get("saved_at", "") or ""),
                str(note.get("kind", "yaml")),
                stops,
                _stamp(note.get("stamp")),
            )
        )
    found.sort(key=lambda x: x.saved_at, reverse=True)
    return found


def waiting_for(path: str | Path, folder: Path | None = None) -> list[Leftover]:
    """Recovered copies of the file at ``path`` still waiting to be restored, newest first."""
    wanted = real_path(path)
    return [x for x in leftovers(folder) if x.original and real_path(x.original) == wanted]
