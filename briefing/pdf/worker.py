"""Packs built in a process of their own, for the app's live preview.

reportlab holds the interpreter lock for long stretches while it lays out a
pack: built in a thread of the app, a large visit's pack froze the window for
up to 90 ms at a time. The app starts :func:`serve` in a child process (a
'spawn' one, so that nothing of Qt is copied into it) and sends it visits.
No Qt here: this module is imported by that child.
"""

from __future__ import annotations

import pickle
import traceback

from briefing.pdf import PackOptions, build_pack_bytes


def serve(connection) -> None:
    """Answer build requests on ``connection`` until it closes.

    A request is ``(pickled visit, paper)``; the answer is
    ``("done", pdf bytes, warnings)`` or ``("failed", message, traceback)``.
    """
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):  # the app went away
            return
        if request is None:
            return
        try:
            snapshot, paper = request
            data, warnings = build_pack_bytes(pickle.loads(snapshot), PackOptions(paper=paper))
        except Exception as exc:
            answer = ("failed", str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            answer = ("done", data, warnings)
        try:
            connection.send(answer)
        except (EOFError, OSError):
            return
