"""Why a file could not be written, in the user's words.

Never an Errno number, a temporary file's name or a traceback: the user needs
to know what to do next (another folder, room on the disk), not how it failed.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("OsErrors", "You are not allowed to write in this folder."),
    errno.EPERM: QT_TRANSLATE_NOOP("OsErrors", "You are not allowed to write in this folder."),
    errno.EROFS: QT_TRANSLATE_NOOP("OsErrors", "This disk or share can only be read."),
    errno.ENOSPC: QT_TRANSLATE_NOOP("OsErrors", "There is not enough room left on the disk."),
    errno.EDQUOT: QT_TRANSLATE_NOOP("OsErrors", "There is not enough room left on the disk."),
    errno.ENOENT: QT_TRANSLATE_NOOP("OsErrors", "The folder does not exist (any more)."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("OsErrors", "The folder does not exist (any more)."),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("OsErrors", "The file name is too long."),
    errno.EISDIR: QT_TRANSLATE_NOOP("OsErrors", "A folder already has this name."),
}
OTHER = QT_TRANSLATE_NOOP("OsErrors", "The file could not be written there.")


def os_error_code(exc: BaseException | None) -> int | None:
    """The errno of the OSError behind ``exc`` (itself, or what it was raised from)."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError) and exc.errno is not None:
            return exc.errno
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def describe_os_error(code: int | None) -> str:
    return QCoreApplication.translate("OsErrors", REASONS.get(code, OTHER))
