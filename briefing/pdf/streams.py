"""How the PDFs' streams are written, shared by the pack and the pocket card (which
imports this alone, not the pack's builder and its sections)."""

from __future__ import annotations

import contextlib
import threading

from reportlab import rl_config

_streams_lock = threading.Lock()
_streams_users = 0
_streams_saved = 1


@contextlib.contextmanager
def binary_streams():
    """Compressed streams without reportlab's ASCII85 layer on top: a smaller
    file, and a fifth less time for a large pack (the encoder is pure Python).
    The setting is global to reportlab: counted, so that packs built at once in
    several threads (the app's preview) restore it only when the last ends."""
    global _streams_users, _streams_saved
    with _streams_lock:
        if _streams_users == 0:
            _streams_saved = rl_config.useA85
            rl_config.useA85 = 0
        _streams_users += 1
    try:
        yield
    finally:
        with _streams_lock:
            _streams_users -= 1
            if _streams_users == 0:
                rl_config.useA85 = _streams_saved
