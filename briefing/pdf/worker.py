"""Packs built in a process of their own, for the app's live preview.

reportlab holds the interpreter lock for long stretches while it lays out a
pack: built in a thread of the app, a large visit's pack froze the window for
up to 90 ms at a time. The app starts :func:`serve` in a child process (a
'spawn' one, so that nothing of Qt is copied into it) and sends it visits.
No Qt here: this module is imported by that child.
"""

from __future__ import annotations

import json
import traceback

from briefing.pdf import PackOptions, build_pack_bytes


def serve(connection) -> None:
    """Answer build requests on ``connection`` until it closes.

    Only bytes cross the pipe: a request is the paper, a line break and the
    visit as model.snapshot froze it (which makes nothing but the model's
    classes when thawed); the answer is a JSON line (``{"warnings": [Finding.to_dict(), ...]}`` or ``{"failed": message,
    "traceback": text}``) followed by the PDF's bytes.
    """
    from briefing.model.snapshot import thaw

    while True:
        try:
            request = connection.recv_bytes()
        except (EOFError, OSError):  # the app went away
            return
        if not request:
            return
        try:
            paper, _, frozen = request.partition(b"\n")
            visit = thaw(frozen)
            data, warnings = build_pack_bytes(visit, PackOptions(paper=paper.decode("ascii")))
        except Exception as exc:
            head, data = {"failed": str(exc) or type(exc).__name__, "traceback": traceback.format_exc()}, b""
        else:
            head = {"warnings": [warning.to_dict() for warning in warnings]}
        try:
            connection.send_bytes(json.dumps(head).encode("utf-8") + b"\n" + data)
        except (EOFError, OSError):
            return
