"""PyYAML, imported with its regular expressions compiled at their first use.

PyYAML compiles a dozen patterns as it is imported: the resolver's (booleans,
numbers, dates), the constructor's date, and the pure-Python reader's test for
printable characters, a character class spanning all of Unicode. Visit files
are read from libyaml's parser events (tree.py), which use none of them, and
compiling them was ~6 ms of every start of the app, a quarter of reading the
sample visit. Each pattern PyYAML makes while it is imported is compiled the
first time one of its methods is called instead (writing a file, where the
resolver decides what needs quotes; PyYAML's own parser, without libyaml).

Import PyYAML from here, not directly: the first import decides.
"""

from __future__ import annotations

import re
import sys


class DeferredPattern:
    """A regular expression compiled when one of its methods is first used."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern, flags=0):
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        # Only the pattern's own (public) attributes: copy.copy looks for
        # __setstate__ on a copy whose slots are not set yet, and reading
        # _compiled there would come back here without end.
        if name.startswith("_"):
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = _compile(self._pattern, self._flags)
        return getattr(self._compiled, name)

    def __reduce__(self):
        return DeferredPattern, (self._pattern, self._flags)


_compile = re.compile


def _compile_in_yaml(pattern, flags=0):
    # Only PyYAML's own modules get a deferred pattern: a module it happens to
    # import for the first time keeps the real thing.
    if sys._getframe(1).f_globals.get("__name__", "").startswith("yaml"):
        return DeferredPattern(pattern, flags)
    return _compile(pattern, flags)


def _import_yaml():
    if "yaml" in sys.modules:  # imported before us (a test, a script): nothing left to save
        return sys.modules["yaml"]
    # re.compile is swapped for the import alone; the app imports PyYAML on
    # its main thread before it starts any thread of its own.
    re.compile = _compile_in_yaml
    try:
        import yaml
    finally:
        re.compile = _compile
    return yaml


yaml = _import_yaml()
