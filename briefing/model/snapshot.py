"""A visit handed to another process of ours (the preview's builder) as bytes.

The file format did this job first, but writing a large visit's YAML took
~45 ms of the GUI thread at every preview build, longer than a keystroke may
wait. Here the visit becomes a tree of plain values (each model object a
``(class name, fields)`` pair, each date or time its ISO text) kept by
``marshal``: ~7 ms for the same visit. Reading makes nothing but plain
values, then the model's own classes from their field names (never an object
named by the data, as the project's rule on recovery files has it), so bytes
that are not such a visit are refused and nothing in them can run.
"""

from __future__ import annotations

import datetime as dt
import marshal

from briefing.model import visit as _visit

_CLASSES = {c.__name__: c for c in vars(_visit).values() if isinstance(c, type) and c.__module__ == _visit.__name__}
_NAMES = {c: name for name, c in _CLASSES.items()}
_DATES = {dt.date: "date", dt.time: "time", dt.datetime: "datetime"}
_FROM_TEXT = {"date": dt.date.fromisoformat, "time": dt.time.fromisoformat, "datetime": dt.datetime.fromisoformat}
_PLAIN = frozenset((str, int, bool, float, bytes, type(None)))
_NESTED = frozenset((list, tuple))


class NotAVisit(ValueError):
    """The bytes are not a visit made by :func:`freeze`."""


def freeze(visit: _visit.Visit) -> bytes:
    """The visit as bytes, for :func:`thaw` in another process of the same installation."""
    return marshal.dumps(_plain(visit))


def thaw(data: bytes) -> _visit.Visit:
    """The visit :func:`freeze` made; NotAVisit for anything else."""
    try:
        tree = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        raise NotAVisit("not a visit snapshot (unreadable)") from None
    try:
        found = _model(tree)
    except NotAVisit:
        raise
    except (TypeError, ValueError, KeyError, RecursionError) as error:  # a field or value no model object takes
        raise NotAVisit(f"not a visit snapshot ({error})") from None
    if type(found) is not _visit.Visit:
        raise NotAVisit(f"not a visit snapshot (a {type(found).__name__})")
    return found


def _plain(value):
    kind = type(value)
    if kind is list:
        return [v if type(v) in _PLAIN else _plain(v) for v in value]
    name = _NAMES.get(kind)
    if name is not None:
        if isinstance(value, str):  # UnreadPhoto: text kept as found
            return (name, str(value))
        return (name, {k: v if type(v) in _PLAIN else _plain(v) for k, v in vars(value).items()})
    text = _DATES.get(kind)
    if text is not None:
        return (text, value.isoformat())
    if kind in _PLAIN:
        return value
    raise TypeError(f"a visit holds no {kind.__name__}")


def _model(value):
    kind = type(value)
    if kind is list:
        return [_model(v) if type(v) in _NESTED else _checked(v) for v in value]
    if kind is tuple:
        name, inner = value
        cls = _CLASSES.get(name)
        if cls is None:
            return _FROM_TEXT[name](inner)
        if issubclass(cls, str):
            return cls(_checked(inner))
        if type(inner) is not dict:
            raise NotAVisit(f"not a visit snapshot (a {name} without fields)")
        return cls(**{k: _model(v) if type(v) in _NESTED else _checked(v) for k, v in inner.items()})
    return _checked(value)


def _checked(value):
    if type(value) not in _PLAIN:  # marshal also makes code objects, sets, dicts...: no model field holds them
        raise NotAVisit(f"not a visit snapshot (it holds a {type(value).__name__})")
    return value
