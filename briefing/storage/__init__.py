"""Reading and writing visit files (YAML): the only package that imports PyYAML.

load_visit(path) -> Loaded            # Loaded(visit, warnings, read): read, the bytes if kept
read_visit(text, source="") -> Loaded
dump_visit(visit) -> str
save_visit(visit, path) -> None       # atomic, keeps the previous file as path~
check_warnings(visit) -> list[Problem]
"""

from briefing.storage.problems import FileBytes, Loaded, Problem, VisitFileError, check_warnings
from briefing.storage.versions import FORMAT_VERSION


def __getattr__(name: str):
    # The writer is loaded on first use: `briefing check` reads only, and starts sooner.
    if name in ("dump_visit", "save_visit"):
        from briefing.storage import writer

        return getattr(writer, name)
    # The reader (and PyYAML) too: the app's window opens without them.
    if name in ("load_visit", "read_visit"):
        from briefing.storage import reader

        return getattr(reader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FORMAT_VERSION",
    "FileBytes",
    "Loaded",
    "Problem",
    "VisitFileError",
    "check_warnings",
    "dump_visit",
    "load_visit",
    "read_visit",
    "save_visit",
]
