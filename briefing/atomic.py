"""Write a file so that a crash, a full disk or a power cut never leaves it half-written.

The data goes to a temporary file in the same folder (so that the final
rename stays on one file system), is flushed and fsynced, then replaces the
target in one step. On any failure the temporary file is removed and the
target is left as it was.

A path that is a symbolic link is written through: the link's target gets the
data and the link stays a link, as editors do. Temporary names are short, so
that a file whose name is near the system's limit (255 bytes) can be saved,
and follow one pattern, so that those left by a crash in the middle of a save
are removed the next time that folder is saved to.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path


def _read_umask() -> int:
    """The process's umask, read once at start: setting it to read it would touch every thread's files.

    Read as bytes: a text file would load a codec for it at every start.
    """
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", "rb") as handle:
        for line in handle:
            if line.startswith(b"Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # at import, before any thread writes a file
    os.umask(mask)
    return mask


UMASK = _read_umask()
TEMP_PREFIX = ".~bf"  # then the process id in base 36 and "-", then random letters
TEMP_SUFFIX = ".tmp"
STALE_SECONDS = 15 * 60  # no save takes this long: a temporary file this old was left by a crash
_TEMP_NAME = re.compile(r"\.~bf([0-9a-z]+)-[^/\\]*\.tmp\Z")
_writing: set[str] = set()  # temporary files this process is writing now
_writing_lock = threading.Lock()  # exports write from threads


def atomic_write(
    path: str | os.PathLike,
    data: bytes,
    *,
    backup: bool = False,
    replace: bool = True,
    mode: int | None = None,
) -> None:
    """Replace ``path`` with ``data``; with ``backup``, keep the previous file as ``path~``.

    With ``replace=False`` an existing ``path`` is never replaced: FileExistsError
    is raised instead, even if another program creates the file meanwhile.
    The file keeps the permissions of the file it replaces; a new file follows
    the umask; ``mode`` sets them (the app's private files).
    """
    target = Path(os.path.realpath(path) if replace else os.path.abspath(path))
    folder = target.parent
    remove_stale_temporaries(folder, older_name=target.name)
    tmp = _temporary(folder)
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        exists = target.exists()
        with contextlib.suppress(OSError):
            if mode is not None:
                os.chmod(tmp, mode)
            elif exists:
                # Keep the file's permissions: a restricted visit stays restricted.
                shutil.copymode(target, tmp)
            else:
                # The temporary file is private (0600); a new pack or visit in a
                # shared folder must be readable by colleagues, as any new file.
                os.chmod(tmp, 0o666 & ~UMASK)
        if exists and backup:
            _keep_backup(target)
        if replace:
            os.replace(tmp, target)
        else:
            _link_new(tmp, target)
    finally:
        _writing.discard(str(tmp))
        tmp.unlink(missing_ok=True)  # gone after a replace; left after a link or a failure
    _fsync_folder(folder)


def _temporary(folder: Path) -> Path:
    """A new, private, empty file with a short name of our pattern in ``folder``."""
    with _writing_lock:
        fd, name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{_base36(os.getpid())}-", suffix=TEMP_SUFFIX, dir=folder)
        _writing.add(name)
    os.close(fd)
    return Path(name)


def _keep_backup(target: Path) -> None:
    """Make ``target~`` a copy of ``target``; the previous backup goes only once the new one is whole.

    A hard link is instant and exact; where links are not possible (FAT, SMB
    shares) the copy may fail half-way (a full disk), and then the previous
    backup is still there.
    """
    saved = backup_path(target)
    tmp = _temporary(target.parent)
    try:
        tmp.unlink()
        try:
            os.link(target, tmp)
        except OSError:
            shutil.copy2(target, tmp)
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        try:
            os.replace(tmp, saved)
        except OSError as error:
            if error.errno != errno.ENAMETOOLONG:
                raise
            # A name of 255 bytes has no room for the "~": the file is still saved, without a backup.
    finally:
        _writing.discard(str(tmp))
        tmp.unlink(missing_ok=True)


def _link_new(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the name ``target`` only if no file has it: a hard link fails on
    an existing name in one step, where a check then a rename leaves a gap."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        # Some file systems (FAT, some network shares) have no hard links.
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.replace(tmp, target)


def remove_stale_temporaries(folder: str | os.PathLike, older_name: str = "") -> None:
    """Remove temporary files of our pattern left by a crash: this process's that it no
    longer writes, and anyone's older than any save takes (another copy of the app may
    be saving in this folder now). ``older_name``: also those that earlier releases
    named after that file (``.<name>.<8 letters>.tmp``), when as old."""
    now = time.time()
    mine = _base36(os.getpid())
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    older = re.compile(re.escape(f".{older_name}.") + r"[a-z0-9_]{8}\.tmp\Z") if older_name else None
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None and (older is None or not older.match(entry.name)):
            continue
        with contextlib.suppress(OSError), _writing_lock:
            if entry.path in _writing or not entry.is_file(follow_symlinks=False):
                continue
            ours_now = match is not None and match.group(1) == mine
            if ours_now or now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS:
                os.unlink(entry.path)


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def backup_path(path: str | os.PathLike) -> Path:
    target = Path(path)
    return target.with_name(target.name + "~")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no folder fsync)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
