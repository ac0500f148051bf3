"""What "changed on disk" compares: a file's time, size and content hash (a recovery copy keeps it too).

A file just opened is stamped from the very bytes that were read, so the
stamp is of the content the window shows, and the file is not read again.
Its hash is taken when first asked for (a save, a recovery copy) or a moment
after the window is on screen: hashlib loads OpenSSL, ~4 ms that start-up
need not wait for.
"""

from __future__ import annotations

import os
from pathlib import Path

Stamp = tuple[int, int, str]  # mtime in ns, size, SHA-256 of the content


def file_stamp(path: Path) -> Stamp | None:
    """The file's time, size and content hash: a change within the time's resolution
    (FAT keeps two seconds) that keeps the size is still seen."""
    import hashlib

    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, digest.hexdigest()


class PendingStamp:
    """The stamp of bytes read from a file, hashed on first use."""

    __slots__ = ("_data", "mtime_ns", "size")

    def __init__(self, mtime_ns: int, size: int, data: bytes):
        self.mtime_ns, self.size, self._data = mtime_ns, size, data

    def stamp(self) -> Stamp:
        import hashlib

        return self.mtime_ns, self.size, hashlib.sha256(self._data).hexdigest()
