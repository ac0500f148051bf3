"""Write a file so that a crash, a full disk or a power cut never leaves it half-written.

The data goes to a temporary file in the same folder (so that the final
rename stays on one file system), is flushed and fsynced, then replaces the
target in one step. On any failure the temporary file is removed and the
target is left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path


def atomic_write(path: str | os.PathLike, data: bytes, *, backup: bool = False, replace: bool = True) -> None:
    """Replace ``path`` with ``data``; with ``backup``, keep the previous file as ``path~``.

    With ``replace=False`` an existing ``path`` is never replaced: FileExistsError
    is raised instead, even if another program creates the file meanwhile.
    """
    target = Path(path)
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not target.exists():
            with contextlib.suppress(OSError):
                # mkstemp makes the file private (0600); a new pack or visit in a
                # shared folder must be readable by colleagues, as any new file.
                os.chmod(tmp, 0o666 & ~_umask())
        if target.exists():
            with contextlib.suppress(OSError):
                # Keep the file's permissions: a shared folder's mode matters.
                shutil.copymode(target, tmp)
            if backup:
                # A hard link is instant and exact; copy where links are not possible.
                saved = backup_path(target)
                saved.unlink(missing_ok=True)
                try:
                    os.link(target, saved)
                except OSError:
                    shutil.copy2(target, saved)
        if replace:
            os.replace(tmp, target)
        else:
            _link_new(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)  # gone after a replace; left after a link or a failure
    _fsync_folder(folder)


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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


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
