"""A lock file beside an open visit, so that two people (or the app and `briefing issue`) do not edit it at once.

Named like LibreOffice's (``.~lock.<file name>#``) so colleagues recognise it in a
shared folder. It records who holds the file: process id, host name, user name.
A lock left by a crashed process on this machine is stale and is taken over;
a lock from another machine is trusted, since we cannot ask that machine.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from briefing.processes import process_alive


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        return f"{self.user or '?'} @ {self.host or '?'}"


def lock_path(visit_path: str | Path) -> Path:
    path = Path(visit_path)
    return path.with_name(f".~lock.{path.name}#")


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except Exception:  # no user name on some systems (containers)
        user = ""
    return Holder(os.getpid(), socket.gethostname(), user, dt.datetime.now().isoformat(timespec="seconds"))


def read_holder(path: Path) -> Holder | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return Holder(int(lines[0]), lines[1], lines[2], lines[3] if len(lines) > 3 else "")
    except (OSError, ValueError, IndexError):
        return None


def holder_of(visit_path: str | Path) -> Holder | None:
    """Who else holds ``visit_path`` open, or None (free, or the lock is stale)."""
    path = lock_path(visit_path)
    if not path.exists():
        return None
    holder = read_holder(path)
    if holder is None:
        return None  # unreadable: left half-written by a crash
    if holder.host == socket.gethostname() and not process_alive(holder.pid):
        return None
    return holder


# Windows of this process holding each lock file: "open anyway" in a second
# window must not lose the lock when the first one closes.
_holds: dict[Path, int] = {}


class FileLock:
    """The lock this window holds on one visit file."""

    def __init__(self, visit_path: str | Path):
        self.path = lock_path(visit_path)
        self.held = False

    def acquire(self) -> bool:
        """Write our lock (replacing a stale or overridden one); False if the folder refuses."""
        me = _me()
        text = f"{me.pid}\n{me.host}\n{me.user}\n{me.since}\n"
        try:
            self.path.write_text(text, encoding="utf-8")
        except OSError:
            return False  # read-only folder: open anyway, just without a lock
        self.held = True
        _holds[self.path] = _holds.get(self.path, 0) + 1
        return True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        _holds[self.path] = _holds.get(self.path, 1) - 1
        if _holds[self.path] > 0:
            return
        del _holds[self.path]
        holder = read_holder(self.path)
        # Leave a lock that someone else wrote over ours ("open anyway").
        if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
            with contextlib.suppress(OSError):
                self.path.unlink()
