"""The child process that builds the preview's packs (see briefing.pdf.worker).

One per app, started at its first build and restarted if it dies. Calls come
from a worker thread (tasks.Task), which waits for the answer without holding
the interpreter lock, so the GUI thread never waits for reportlab. On quit the
child is stopped, cancelling a build still running.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication

from briefing.model import Finding

log = logging.getLogger("briefing")


class BuilderStopped(RuntimeError):
    """The child process ended during a build (stopped on quit, or crashed)."""


class PackProcess:
    def __init__(self):
        self._lock = threading.Lock()  # one build at a time
        self._process = None
        self._connection = None

    def build(self, snapshot: bytes, paper: str) -> tuple[bytes, list]:
        """Build the pack of a visit frozen by model.snapshot (see briefing.pdf.worker); the PDF and warnings. Blocks."""
        with self._lock:
            connection = self._ensure()
            try:
                connection.send_bytes(paper.encode("ascii") + b"\n" + snapshot)
                answer = connection.recv_bytes()
            except (EOFError, OSError) as exc:
                self._forget()
                raise BuilderStopped(
                    QCoreApplication.translate("PreviewPane", "the preview builder stopped; the next change retries")
                ) from exc
        import json  # with the first build, after the window is up

        head, _, data = answer.partition(b"\n")
        result = json.loads(head)
        if "failed" in result:
            log.error("Preview build failed in the builder process:\n%s", result.get("traceback", ""))
            raise RuntimeError(result["failed"])
        return data, [Finding.from_dict(warning) for warning in result["warnings"]]

    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _ensure(self):
        if self._connection is not None and self.running():
            return self._connection
        self._forget()
        # 'spawn': a fresh interpreter that imports only briefing.pdf, never a
        # fork of this process and its Qt threads. (A frozen app calls
        # multiprocessing.freeze_support() first thing, for the same reason.)
        import multiprocessing  # here: loading it cost start-up ~5 ms, before any build

        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        from briefing.pdf.worker import serve  # here: briefing.pdf stays out of start-up

        process = context.Process(target=serve, args=(theirs,), name="briefing-preview", daemon=True)
        process.start()
        theirs.close()
        self._process, self._connection = process, ours
        return ours

    def _forget(self) -> None:
        connection, process = self._connection, self._process
        self._connection = self._process = None
        if connection is not None:
            connection.close()
        if process is not None:
            process.join(0.5)
            if process.is_alive():
                process.kill()
                process.join(2)

    def stop(self) -> None:
        """End the child now; a build waiting on it fails with BuilderStopped."""
        process = self._process
        if process is not None and process.is_alive():
            process.kill()  # the thread waiting in recv() wakes with EOFError
        if self._lock.acquire(timeout=5):
            try:
                self._forget()
            finally:
                self._lock.release()


_shared: PackProcess | None = None


def shared() -> PackProcess:
    """The app's builder process; stopped when the app quits."""
    global _shared
    if _shared is None:
        _shared = PackProcess()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_shared.stop)
    return _shared


def build_in_process(snapshot: bytes, paper: str) -> tuple[bytes, list]:
    """tasks.Task function: build the pack of a frozen visit in the shared child process."""
    return shared().build(snapshot, paper)
