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


def atomic_write(
    path: str | os.PathLike, data: bytes, *, backup: bool = False, replace: bool = True, mode: int | None = None
) -> None:
    """Replace ``path`` with ``data``; with ``backup``, keep the previous file as ``path~``.

    With ``replace=False`` an existing ``path`` is never replaced: FileExistsError
    is raised instead, even if another program creates the file meanwhile.
    ``mode`` gives the file these permissions (0o600 for the app's private
    files); else a new file follows the umask and a replaced one keeps its mode.
    """
    given = Path(path)
    # Saving through a symbolic link updates the file it points to (a shared copy), as editors do;
    # the link stays a link. The backup keeps the name the user knows, beside the link.
    target = Path(os.path.realpath(given)) if replace and given.is_symlink() else given
    folder = target.parent
    _remove_stale_temporaries(folder)
    # A short name: a file name of 242-255 bytes must still be savable (the limit is 255).
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        elif not target.exists():
            with contextlib.suppress(OSError):
                # mkstemp makes the file private (0600); a new pack or visit in a
                # shared folder must be readable by colleagues, as any new file.
                os.chmod(tmp, 0o666 & ~UMASK)
        if target.exists() and mode is None:
            with contextlib.suppress(OSError):
                # Keep the file's permissions: a shared folder's mode matters.
                shutil.copymode(target, tmp)
        if backup and target.exists():
            _backup(target, backup_path(given))
        if replace:
            os.replace(tmp, target)
        else:
            _link_new(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)  # gone after a replace; left after a link or a failure
    _fsync_folder(folder)


def _backup(target: Path, saved: Path) -> None:
    """The previous file as ``saved``, a real file, replaced only once the new backup is complete.

    A hard link is instant and exact; where there are none (FAT, SMB shares) the
    copy goes to a temporary name first, so a disk that fills up mid-copy leaves
    the old backup as it was.
    """
    folder = saved.parent
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        try:
            os.link(target, tmp)
        except OSError:
            shutil.copy2(target, tmp)
        os.replace(tmp, saved)
    finally:
        tmp.unlink(missing_ok=True)


TEMP_PREFIX, TEMP_SUFFIX = ".~bf", ".tmp"
STALE_SECONDS = 3600  # a save takes seconds: an hour-old temporary of ours was left by a crash


def _remove_stale_temporaries(folder: Path) -> None:
    """Temporary files of our own pattern that a crash during a save left behind (up to the file's size)."""
    import time

    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX) and entry.is_file():
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > STALE_SECONDS:
                        os.unlink(entry.path)


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


def _read_umask() -> int:
    # Read once, when the module is loaded at start-up on the main thread: setting the
    # process-wide umask to read it is a race with any thread creating files meanwhile.
    mask = os.umask(0)
    os.umask(mask)
    return mask


UMASK = _read_umask()


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
