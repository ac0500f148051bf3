"""A lock file beside an open visit, so that two people do not edit it at once.

Named like LibreOffice's (``.~lock.<file name>#``) so colleagues recognise it in a
shared folder, beside the real file: a visit opened through a symbolic link and
through its target has one lock. It records who holds the file (process id,
host and user name, when the process started) and a token of its own, so that
a window deletes only the lock it wrote. A lock left by a crashed process on
this machine is stale and is taken over, also when its process id now belongs
to another program; a lock from another machine is trusted, since we cannot
ask that machine.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
from pathlib import Path
from typing import NamedTuple

from briefing.processes import host_name, process_started, same_process

MAX_LOCK_BYTES = 4096


# A NamedTuple, not a frozen dataclass: made as the first window is built, where
# Python 3.11 compiles a dataclass's six methods one by one (~0.4 ms a class).
class Holder(NamedTuple):
    """Who holds a visit file open, as its lock file says."""

    pid: int
    host: str
    user: str
    since: str
    started: str = ""  # when the holding process started ("" if unknown)
    token: str = ""

    def describe(self) -> str:
        return f"{self.user or '?'} @ {self.host or '?'}"


def lock_path(visit_path: str | Path) -> Path:
    path = Path(os.path.realpath(visit_path))
    return path.with_name(f".~lock.{path.name}#")


def _me(token: str) -> Holder:
    try:
        user = getpass.getuser()
    except Exception:  # no user name on some systems (containers)
        user = ""
    pid = os.getpid()
    since = dt.datetime.now().isoformat(timespec="seconds")
    return Holder(pid, host_name(), user, since, process_started(pid), token)


def read_holder(path: Path) -> Holder | None:
    try:
        with open(path, "rb") as handle:
            lines = handle.read(MAX_LOCK_BYTES).decode("utf-8").splitlines()
        lines += [""] * (6 - len(lines))
        return Holder(int(lines[0]), lines[1], lines[2], lines[3], lines[4], lines[5])
    except (OSError, ValueError, IndexError):
        return None


def _live(holder: Holder) -> bool:
    return holder.host != host_name() or same_process(holder.pid, holder.started)


def holder_of(visit_path: str | Path, mine: FileLock | None = None) -> Holder | None:
    """Who else holds ``visit_path`` open, or None (free, stale, or held by ``mine``)."""
    holder = read_holder(lock_path(visit_path))
    if holder is None:
        return None  # none (or a name too long for one), or left half-written by a crash
    if mine is not None and mine.held and holder.token == mine.token:
        return None
    return holder if _live(holder) else None


class FileLock:
    """The lock this window holds on one visit file."""

    def __init__(self, visit_path: str | Path):
        self.visit_path = Path(os.path.realpath(visit_path))
        self.path = lock_path(self.visit_path)
        self.token = os.urandom(16).hex()  # this lock's own mark (os.urandom: uuid is not loaded at start-up)
        self.held = False

    def acquire(self) -> bool:
        """Write our lock unless another live one is there; False if not held (taken, or the folder refuses)."""
        if holder_of(self.visit_path) is not None:
            return False  # "open anyway": theirs stays, and closing this window leaves it
        me = _me(self.token)
        text = f"{me.pid}\n{me.host}\n{me.user}\n{me.since}\n{me.started}\n{me.token}\n"
        try:
            self.path.write_text(text, encoding="utf-8")
        except OSError:
            return False  # read-only folder: open anyway, just without a lock
        self.held = True
        return True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        holder = read_holder(self.path)
        # Only our own lock: someone may have taken over one they thought stale.
        if holder is not None and holder.token == self.token:
            with contextlib.suppress(OSError):
                self.path.unlink()
