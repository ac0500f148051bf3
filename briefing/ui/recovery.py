"""Recovery files: unsaved work copied aside, offered back after a crash.

Each window writes its visit (the file format itself, via dump_visit) to the
app's data folder 30 seconds into unsaved changes, beside a small JSON note
naming the original file and the process. A visit the format cannot hold yet
(a new one without its start date, say) is pickled instead: unfinished work
is exactly what must not be lost. Only the model's own classes unpickle. Saving, or closing without saving
on purpose, removes them; anything still there at the next start, from a
process that is no longer running, was left by a crash.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import pickle
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from briefing.atomic import atomic_write
from briefing.model import Visit
from briefing.processes import process_alive

SUFFIX = ".visit.yaml"
PICKLED = ".pickle"


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
    kind: str = "yaml"

    def load(self) -> Visit:
        """The visit kept in this file; VisitFileError or OSError when it cannot be read."""
        data = self.data_path.read_bytes()
        if self.kind == "pickle":
            return _load_pickle(data)
        from briefing.storage import read_visit

        return read_visit(data, source=str(self.data_path)).visit

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

    def write(self, visit: Visit, original: str | Path | None) -> None:
        from briefing.storage import VisitFileError, dump_visit

        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            data, kind = dump_visit(visit).encode("utf-8"), "yaml"
        except VisitFileError:
            data, kind = pickle.dumps(visit, protocol=pickle.HIGHEST_PROTOCOL), "pickle"
        note = {
            "kind": kind,
            "original": str(original or ""),
            "title": visit.details.title,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "host": socket.gethostname(),
        }
        atomic_write(self.data_path, data)
        atomic_write(self.note_path, json.dumps(note, ensure_ascii=False).encode("utf-8"))

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
        found.append(
            Leftover(
                data_path,
                note_path,
                str(note.get("original", "")),
                str(note.get("title", "")),
                str(note.get("saved_at", "")),
                str(note.get("kind", "yaml")),
            )
        )
    found.sort(key=lambda x: x.saved_at, reverse=True)
    return found


class _ModelUnpickler(pickle.Unpickler):
    """Unpickles the visit model and dates, nothing else (no code can run)."""

    SAFE = frozenset({("datetime", "date"), ("datetime", "time"), ("datetime", "datetime"), ("builtins", "bytes")})

    def find_class(self, module: str, name: str):
        if module == "briefing.model.visit" or (module, name) in self.SAFE:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a visit")


def _load_pickle(data: bytes) -> Visit:
    from briefing.storage import VisitFileError

    try:
        visit = _ModelUnpickler(io.BytesIO(data)).load()
    except Exception as exc:  # any damage: the copy cannot be used
        raise VisitFileError(f"The recovered copy is damaged ({exc}).") from None
    if not isinstance(visit, Visit):
        raise VisitFileError("The recovered copy is damaged.")
    return visit
