"""Recovery files: unsaved work copied aside, offered back after a crash.

Each window writes its visit in the file format itself to the app's data
folder 30 seconds into unsaved changes, beside a small JSON note naming the
original file, the process, and the original file's state when the work was
opened (so a restored visit still notices changes made on disk since). Work
that is not finished (a new visit without its first day, a stop without a
start) is kept too: the copy is written and read in the format's relaxed mode,
where a missing required field is allowed and everything else is checked as
for any file, by the same safe reader. No pickle: a crafted copy can run no
code. The folder is private (0700) and its files too (0600), since a visit
kept private must not leak through its copies. Saving, or closing without
saving on purpose, removes them; anything still there at the next start, from
a process that is no longer running, was left by a crash.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from briefing.atomic import atomic_write
from briefing.model import Visit
from briefing.processes import process_alive

SUFFIX = ".visit.yaml"
PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def private_folder(folder: Path) -> None:
    """Make ``folder`` (and the app's data folder above it) readable by this user only."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    for each in (folder, folder.parent):
        with contextlib.suppress(OSError):
            os.chmod(each, PRIVATE_FOLDER)


@dataclass(frozen=True)
class Leftover:
    data_path: Path
    note_path: Path
    original: str  # "" for a visit never saved
    title: str
    saved_at: str
    stops: int = 0
    # The original file's (mtime_ns, size, sha256) when the work was opened: "changed on disk" keeps meaning.
    disk_stamp: tuple | None = None

    def load(self) -> Visit:
        """The visit kept in this file; VisitFileError or OSError when it cannot be read."""
        from briefing.storage import read_visit

        return read_visit(self.data_path.read_bytes(), source=str(self.data_path), relaxed=True).visit

    def remove(self) -> None:
        for p in (self.data_path, self.note_path):
            with contextlib.suppress(OSError):
                p.unlink()


class RecoveryFile:
    """The recovery slot of one window; the name follows the visit's file."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or recovery_dir()
        self.stem = f"untitled-{uuid.uuid4().hex[:12]}"

    def follow(self, path: str | Path | None) -> None:
        """The visit moved to ``path`` (open, save as): the slot is named after it."""
        self.remove()
        if path:
            # One slot per file and process: two copies editing one file keep both.
            digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
            self.stem = f"{digest}-{os.getpid()}"
        else:
            self.stem = f"untitled-{uuid.uuid4().hex[:12]}"

    @property
    def data_path(self) -> Path:
        return self.folder / (self.stem + SUFFIX)

    @property
    def note_path(self) -> Path:
        return self.folder / (self.stem + ".json")

    def write(self, visit: Visit, original: str | Path | None, disk_stamp: tuple | None = None) -> None:
        """Keep ``visit``; VisitFileError if even the relaxed format cannot hold it (a broken character)."""
        from briefing.storage import dump_visit

        data = dump_visit(visit, relaxed=True).encode("utf-8")
        private_folder(self.folder)
        note = {
            "original": str(original or ""),
            "title": visit.details.title,
            "stops": len(visit.itinerary),
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "disk_stamp": list(disk_stamp) if disk_stamp else None,
        }
        atomic_write(self.data_path, data, mode=PRIVATE_FILE)
        atomic_write(self.note_path, json.dumps(note, ensure_ascii=False).encode("utf-8"), mode=PRIVATE_FILE)

    def exists(self) -> bool:
        return self.data_path.exists()

    def remove(self) -> None:
        for p in (self.data_path, self.note_path):
            with contextlib.suppress(OSError):
                p.unlink()


def leftovers(folder: Path | None = None) -> list[Leftover]:
    """Recovery files left by processes that are no longer running, newest first."""
    folder = folder or recovery_dir()
    found: list[Leftover] = []
    if not folder.is_dir():
        return found
    for note_path in folder.glob("*.json"):
        data_path = folder / (note_path.name[: -len(".json")] + SUFFIX)
        try:
            note = json.loads(note_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not data_path.exists():
            continue
        pid = int(note.get("pid", 0) or 0)
        if note.get("host") == socket.gethostname() and (pid == os.getpid() or process_alive(pid)):
            continue  # another window or copy of Briefing is still working on it
        stamp = note.get("disk_stamp")
        found.append(
            Leftover(
                data_path,
                note_path,
                str(note.get("original", "")),
                str(note.get("title", "")),
                str(note.get("saved_at", "")),
                int(note.get("stops", 0) or 0),
                tuple(stamp) if isinstance(stamp, list) and len(stamp) == 3 else None,
            )
        )
    found.sort(key=lambda x: x.saved_at, reverse=True)
    return found
