"""Recovery files: unsaved work copied aside, offered back after a crash.

Each window writes its visit (the file format itself, via dump_visit) to the
app's data folder 30 seconds into unsaved changes, beside a small JSON note
naming the original file and the process. Saving, or closing without saving
on purpose, removes them; anything still there at the next start, from a
process that is no longer running, was left by a crash.
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

SUFFIX = ".visit.yaml"


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass(frozen=True)
class Leftover:
    data_path: Path
    note_path: Path
    original: str  # "" for a visit never saved
    title: str
    saved_at: str

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
            self.stem = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
        else:
            self.stem = f"untitled-{uuid.uuid4().hex[:12]}"

    @property
    def data_path(self) -> Path:
        return self.folder / (self.stem + SUFFIX)

    @property
    def note_path(self) -> Path:
        return self.folder / (self.stem + ".json")

    def write(self, text: str, original: str | Path | None, title: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        note = {
            "original": str(original or ""),
            "title": title,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "host": socket.gethostname(),
        }
        atomic_write(self.data_path, text.encode("utf-8"))
        atomic_write(self.note_path, json.dumps(note, ensure_ascii=False).encode("utf-8"))

    def exists(self) -> bool:
        return self.data_path.exists()

    def remove(self) -> None:
        for p in (self.data_path, self.note_path):
            with contextlib.suppress(OSError):
                p.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


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
        if note.get("host") == socket.gethostname() and (pid == os.getpid() or _alive(pid)):
            continue  # another window or copy of Briefing is still working on it
        found.append(
            Leftover(
                data_path,
                note_path,
                str(note.get("original", "")),
                str(note.get("title", "")),
                str(note.get("saved_at", "")),
            )
        )
    found.sort(key=lambda x: x.saved_at, reverse=True)
    return found
