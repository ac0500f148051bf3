"""One running Briefing per user: a second launch hands its files to the first.

Opening a visit from the file manager while Briefing runs must not start a
second process that then finds the file locked by the first: the new process
asks the running one, through a local socket (QLocalServer), to open the file
in a window of its own, and quits. A crash leaves the server's socket file
behind (on Unix); nobody answers on it, so the next start removes it.

On Unix a start that finds no socket file knows that no Briefing runs without
asking one: it loads QtNetwork (~9 ms) and listens once its window is on
screen, not before.
"""

from __future__ import annotations

import getpass
import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, QStandardPaths, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

# A running app answers at once (it answers before opening anything), unless
# it is busy for a while on its GUI thread; then the new process starts alone
# rather than leave the user waiting on nothing.
ANSWER_MS = 3000


def server_name() -> str:
    """Per user, data folder and screen: two users, two sessions of one user, or a test, never meet."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    # A window opened by the app of another X11 or Wayland session would be out of sight.
    screen = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or ""
    safe_user = "".join(c if c.isalnum() else "_" for c in user)[:32]
    return f"briefing-{safe_user}-{zlib.crc32(f'{folder}|{screen}'.encode()):08x}"


def socket_file(name: str) -> Path | None:
    """Where QLocalServer keeps the socket of ``name``: on Unix a file in the temporary
    folder (None elsewhere: Windows has named pipes)."""
    return Path(QDir.tempPath()) / name if os.name == "posix" else None


def nobody_listens(name: str) -> bool:
    """True when no Briefing can be listening on ``name`` (its socket file is missing)."""
    file = socket_file(name)
    return file is not None and not file.exists()


def answers(name: str, wait_ms: int = ANSWER_MS) -> bool:
    """Whether a Briefing listens on ``name`` (connected to, told nothing)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(wait_ms):
        return False
    socket.disconnectFromServer()
    return True


def forward(paths: list[str], name: str | None = None) -> bool:
    """Ask a running Briefing to open PATHS (none: a new empty window). True when it took them."""
    import json  # only when a Briefing may be running

    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(ANSWER_MS):
        return False
    socket.write(json.dumps({"open": [str(Path(p).absolute()) for p in paths]}).encode() + b"\n")
    if not socket.waitForBytesWritten(ANSWER_MS):
        return False
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(ANSWER_MS):
        answer += socket.readAll().data()
    socket.disconnectFromServer()
    return answer.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later launches; emits the paths each asks to open."""

    open_requested = Signal(list)

    def __init__(self, parent: QObject | None = None, name: str | None = None):
        super().__init__(parent)
        self.name = name or server_name()
        self.server = None  # the QLocalServer, made when listening starts
        self.closed = False

    def _listen_once(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        if self.server is None:
            self.server = QLocalServer(self)
            self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self.server.newConnection.connect(self._accept)
        return self.server.listen(self.name)

    def listen(self) -> bool:
        if self._listen_once():
            return True
        # Nobody answered on this name (the caller tried first): what is left
        # is a crashed run's socket file.
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def listen_later(self) -> None:
        """Listen now that the window is up, unless a Briefing started meanwhile
        listens on the name: that one keeps it (this app then runs on its own)."""
        if self.closed or self.listening():
            return
        # Asked first: listening would take the name over (the socket file is replaced).
        if not nobody_listens(self.name) and answers(self.name, 500):
            return
        self.listen()

    def listening(self) -> bool:
        return self.server is not None and self.server.isListening()

    def close(self) -> None:
        self.closed = True
        if self.server is not None:
            self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += socket.readAll().data()
        if not buffer.endswith(b"\n"):
            return
        import json

        try:
            paths = [str(p) for p in json.loads(bytes(buffer))["open"]]
        except (ValueError, KeyError, TypeError):
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        # Open after answering: opening may ask a question, and the other
        # process is waiting for its answer.
        QTimer.singleShot(0, lambda: self.open_requested.emit(paths))


def start(paths: list[str]) -> InstanceServer | None:
    """The running app took PATHS (None), or this process is the running app (its server).

    The server may not be listening yet (no Briefing ran): then the caller
    calls its :meth:`InstanceServer.listen_later` once the window is on screen.
    """
    name = server_name()
    if nobody_listens(name):
        return InstanceServer(name=name)
    if forward(paths, name):
        return None
    server = InstanceServer(name=name)
    if not server.listen() and forward(paths, name):
        return None  # another start won the race to listen
    return server
