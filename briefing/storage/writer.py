"""Writing a visit file: the model -> YAML text, emitted here field by field, then saved atomically."""

from __future__ import annotations

import os

from briefing.atomic import atomic_write
from briefing.model import Visit
from briefing.storage.problems import VisitFileError


def dump_visit(visit: Visit) -> str:
    raise NotImplementedError


def save_visit(visit: Visit, path: str | os.PathLike) -> None:
    data = dump_visit(visit).encode("utf-8")
    try:
        atomic_write(path, data, backup=True)
    except OSError as error:
        raise VisitFileError(f"The visit could not be saved ({error.strerror or error}).", os.fspath(path)) from error
