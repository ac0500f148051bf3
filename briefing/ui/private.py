"""The app's own folders and files (settings, recovery copies, log) are private to the user.

A restricted visit kept 0600 in a 0700 folder must not leak through a copy
the app keeps on its own: its folders are 0700 and their files 0600, whatever
the umask. Files the user saves where they choose follow the umask as usual.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def private_folder(folder: str | os.PathLike) -> Path:
    """Make ``folder`` 0700, creating it and its missing parents so; OSError if it cannot be made."""
    path = Path(folder)
    missing = []
    for parent in (path, *path.parents):
        if parent.exists():
            break
        missing.append(parent)
    # Missing parents too (the XDG rule for ~/.local/share and the like): 0700.
    for parent in reversed(missing):
        parent.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
    with contextlib.suppress(OSError):  # not ours to change (a shared home on some systems)
        if path.stat().st_mode & 0o777 != PRIVATE_FOLDER:
            path.chmod(PRIVATE_FOLDER)
    return path


def private_file(path: str | os.PathLike) -> None:
    """Create ``path`` empty and 0600 if missing, else make it 0600: later writers keep its mode."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
        try:
            if os.fstat(fd).st_mode & 0o777 != PRIVATE_FILE:
                os.chmod(path, PRIVATE_FILE)
        finally:
            os.close(fd)
