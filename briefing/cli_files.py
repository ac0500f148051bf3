"""The command line's dealings with files: naming, checking and creating them.

Each check turns what the operating system says into a sentence a press
officer can act on ("... is a folder, not a visit file"), raised as CliError.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from briefing.atomic import atomic_write
from briefing.names import output_name, stem


class CliError(Exception):
    """A failure to report as one sentence, with exit status 1."""


STDIO = "-"


class UsageError(Exception):
    """A command used in a way it cannot be: exit status 2, like argparse's errors."""


def default_output(visit_path: str | os.PathLike, extension: str, person_id: str | None = None, kind: str = "") -> Path:
    """Beside the visit, named by names.output_name: STEM.pdf, STEM-card.pdf, STEM-ID.ics..."""
    return Path(visit_path).with_name(output_name(stem(visit_path), extension, person_id, kind))


def default_pdf_path(visit_path: str | os.PathLike) -> Path:
    """Beside the visit, named like it: ``a/visite.visit.yaml`` -> ``a/visite.pdf``."""
    return default_output(visit_path, ".pdf")


def looks_like_visit_file(path: str | os.PathLike) -> bool:
    """Whether an existing file's content starts as a visit file does (never to be replaced by an export)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096).decode("utf-8-sig", errors="ignore")
    except OSError:
        return False
    for line in head.splitlines():
        text = line.strip()
        if not text or text.startswith("#") or text == "---":
            continue
        if re.match(r"(format|version|visit)\s*:", text):
            return "briefing-visit" in head
        return False
    return False


def deliver(out: str | os.PathLike, data: bytes) -> None:
    """The finished file to its place: standard output for ``-``, else written atomically."""
    if os.fspath(out) == STDIO:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        atomic_write(out, data)
    except OSError as error:
        raise CliError(describe_os_error(out, error, "write")) from None


def describe_os_error(path: str | os.PathLike, error: OSError, action: str) -> str:
    """``cannot write out.pdf: permission denied`` and the like."""
    reasons = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOENT: "no such file or folder",
        errno.EISDIR: "it is a folder",
        errno.ENOTDIR: "part of the path is not a folder",
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the disk is read-only",
        errno.ENAMETOOLONG: "the name is too long",
    }
    reason = reasons.get(error.errno or 0) or (error.strerror or str(error)).lower()
    return f"cannot {action} {path}: {reason}."


def is_stream(path: str) -> bool:
    """Standard input (``-``) or a pipe (``<(git show v2:visite.visit.yaml)``): read once, with no folder beside it."""
    if path == STDIO:
        return True
    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except OSError:
        return False


def require_visit_file(path: str, pipes: bool = False) -> None:
    """Refuse at once a path that cannot be a visit file: missing, a folder, a device; a pipe unless ``pipes``."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise CliError(f"{path}: no such file.") from None
    except OSError as error:
        raise CliError(describe_os_error(path, error, "read")) from None
    if stat.S_ISDIR(info.st_mode):
        raise CliError(f"{path} is a folder, not a visit file.")
    if pipes and stat.S_ISFIFO(info.st_mode):
        return
    if not stat.S_ISREG(info.st_mode):
        raise CliError(f"{path} is not a regular file, so it cannot be a visit file.")


def writable_pdf_path(out: Path, visit_path: str, what: str = "the PDF", example: str = "pack.pdf") -> None:
    """Refuse, before any work, a destination that can never take the file (or must not)."""
    if out.is_dir():
        raise CliError(f"{out} is a folder; give {what} a file name with -o, e.g. -o {example}.")
    folder = out.parent
    if not folder.is_dir():
        raise CliError(f"cannot write {out}: the folder {folder} does not exist.")
    with contextlib.suppress(OSError):
        if out.exists() and visit_path != STDIO and os.path.samefile(out, visit_path):
            raise CliError(f"{out} is the visit file itself; choose another name for {what}.")
    if out.exists() and looks_like_visit_file(out):
        raise CliError(f"{out} is a visit file; Briefing does not replace it with {what}. Choose another name.")
    # The PDF is written beside its final name, then renamed: try that now,
    # rather than after the pack has been made.
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise CliError(describe_os_error(out, error, "write")) from None
    os.close(fd)
    os.unlink(probe)


def write_new_file(path: str | os.PathLike, data: bytes) -> None:
    """Create ``path`` with ``data`` in one step; never replace an existing file."""
    target = Path(path)
    exists = f"{target} already exists; Briefing never replaces it. Choose another name."
    if os.path.lexists(target):
        raise CliError(exists)
    if not target.parent.is_dir():
        raise CliError(f"cannot write {target}: the folder {target.parent} does not exist.")
    try:
        atomic_write(target, data, replace=False)
    except FileExistsError:
        raise CliError(exists) from None
    except OSError as error:
        raise CliError(describe_os_error(target, error, "write")) from None
