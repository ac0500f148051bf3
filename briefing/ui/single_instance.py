"""One running Briefing per user: a second launch hands its files to the first.

Opening a visit from the file manager while Briefing runs must not start a
second process that then finds the file locked by the first: the new process
asks the running one, through a local socket (QLocalServer), to open the file
in a window of its own, and quits. A crash leaves the server's socket file
behind (on Unix); nobody answers on it, so the next start removes it.
"""

from __future__ import annotations

import getpass
import json
import os
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

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


def forward(paths: list[str], name: str | None = None) -> bool:
    """Ask a running Briefing to open PATHS (none: a new empty window). True when it took them."""
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
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        # Nobody answered on this name (the caller tried first): what is left
        # is a crashed run's socket file.
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
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
    """The running app took PATHS (None), or this process is the running app (its server)."""
    if forward(paths):
        return None
    server = InstanceServer()
    if not server.listen() and forward(paths):
        return None  # another start won the race to listen
    return server
