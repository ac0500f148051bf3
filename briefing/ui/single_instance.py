"""One running Briefing per user: a second launch hands its files to the first.

Opening a visit from the file manager while Briefing runs must not start a
second process that then finds the file locked by the first: the new process
asks the running one, through a local socket (QLocalServer), to open the file
in a window of its own, and quits. The running one opens it only once the new
one has confirmed that it leaves the file to it, so a launch that gave up
waiting (and runs on its own) never has its file opened twice.

On Unix the socket is a file in a folder only its user can enter (the runtime
folder, XDG_RUNTIME_DIR), not in the shared /tmp: there another user could make
a socket of that name first, then receive the paths of the files this user
opens and keep them from opening. Where there is no such folder (macOS's
temporary folder is the user's own), a socket file is used only if it is this
user's: another's is never connected to.

On Unix the name is claimed before the window is built, with a plain socket
(QtNetwork costs ~6-9 ms and is loaded once the window is on screen): a socket
bound in a private folder is hard-linked into place, which fails if the name is
taken, so of two launches started at the same instant exactly one claims it.
The other connects at once; the kernel holds the connection until the first,
its window painted, hands the socket to QLocalServer and answers. A crash leaves
the socket file behind; nobody accepts on it, so the next start removes it (if
it is still that file: two starts may find it at once).

On Windows (a named pipe, no file to claim) a start asks first and, when
nobody answers, listens at once.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import stat
import time
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
# A Briefing answers once its first window is painted: one that claimed the
# name moments ago may still be starting (seconds on a cold, busy machine).
STARTING_MS = 20_000

# What became of a request (forward's answer).
TAKEN = "taken"  # the running Briefing opens the files
SILENT = "silent"  # it did not answer in time: nothing was opened
REFUSED = "refused"  # a socket file nobody accepts on: a crashed run's
GONE = "gone"  # no socket file, or the server closed without answering
FOREIGN = "foreign"  # a socket file this user did not make: never connected to


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
    """Where the socket of ``name`` is: on Unix a file (None elsewhere: Windows has named pipes)."""
    if os.name != "posix":
        return None
    return (private_runtime_folder() or Path(QDir.tempPath())) / name


def private_runtime_folder() -> Path | None:
    """$XDG_RUNTIME_DIR, if it is a folder of this user's that nobody else may enter.

    Read here rather than through QStandardPaths, whose answer when it is not
    set (a folder it makes in /tmp) comes with a warning on every start.
    """
    folder = os.environ.get("XDG_RUNTIME_DIR")
    if not folder or not os.path.isabs(folder):
        return None
    try:
        found = os.stat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(found.st_mode) or found.st_uid != os.getuid() or found.st_mode & 0o077:
        return None
    return Path(folder)


def address(name: str) -> str:
    """What QLocalServer and QLocalSocket are given for ``name``: the socket file's full path on Unix."""
    file = socket_file(name)
    return str(file) if file is not None else name


def legacy_file(name: str) -> Path | None:
    """Where a Briefing from before the runtime folder listens: the temporary folder (None if that is where ``name`` is now)."""
    file = socket_file(name)
    if file is None:
        return None
    old = Path(QDir.tempPath()) / name
    return None if old == file else old


def ours(file: Path) -> bool:
    """Whether FILE is a socket this user made (a file in the shared /tmp may be anyone's)."""
    try:
        found = os.lstat(file)
    except OSError:
        return False
    return stat.S_ISSOCK(found.st_mode) and found.st_uid == os.getuid()


def foreign(file: Path | None) -> bool:
    """Whether something other than a socket of this user's is at FILE (None, a named pipe: never)."""
    return file is not None and os.path.lexists(file) and not ours(file)


def claim(file: Path):
    """(a socket listening at FILE for this user only, FILE's device and inode); None when FILE
    exists (the name is taken).

    Bound in a new private folder and hard-linked into place: binding at FILE
    would make it with the umask's permissions for a moment (and the umask is
    the whole process's, see briefing/atomic.py), and a link, unlike a rename,
    never replaces a file another start put there meanwhile.
    """
    import _socket  # `socket` would build its enums (~1.5 ms) before the window is up

    folder = file.parent / f".bf{os.urandom(4).hex()}"  # shorter than FILE's name: AF_UNIX paths are short
    private = folder / "s"
    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        os.mkdir(folder, 0o700)
        try:
            sock.bind(str(private))
            sock.listen(_socket.SOMAXCONN)  # launches that come before the window is up wait here
            os.chmod(private, 0o700)  # what QLocalServer.UserAccessOption gives
            linked = os.stat(private)
            try:
                os.link(private, file)
            except FileExistsError:
                sock.close()
                return None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(private)
            os.rmdir(folder)
    except BaseException:
        sock.close()
        raise
    return sock, (linked.st_dev, linked.st_ino)


def _identity(file: Path) -> tuple[int, int, float] | None:
    """(device, inode, change time) of FILE, None when there is none."""
    try:
        found = os.stat(file)
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino, found.st_ctime


def _peer_is_us(socket: QLocalSocket) -> bool:
    """Whether the server SOCKET is connected to runs as this user, where the system says (Linux)."""
    import _socket
    import struct

    option = getattr(_socket, "SO_PEERCRED", None)
    if option is None:
        return True  # macOS: the temporary folder is the user's own, nobody else can swap the file
    peer = _socket.socket(fileno=os.dup(int(socket.socketDescriptor())))
    try:
        _pid, uid, _gid = struct.unpack("iII", peer.getsockopt(_socket.SOL_SOCKET, option, struct.calcsize("iII")))
    finally:
        peer.close()  # the duplicate only: Qt keeps its own
    return uid == os.getuid()


def forward(paths: list[str], name: str | None = None, wait_ms: int = ANSWER_MS, file: Path | None = None) -> str:
    """Ask a running Briefing to open PATHS (none: a new empty window): TAKEN, SILENT, REFUSED, GONE or FOREIGN.

    ``file``: its socket's file, where not the one ``name`` has now (see legacy_file).
    """
    import json  # only when a Briefing may be running

    from PySide6.QtNetwork import QLocalSocket

    name = name or server_name()
    file = file or socket_file(name)
    if foreign(file):
        return FOREIGN  # the paths are nobody else's business
    socket = QLocalSocket()
    socket.connectToServer(str(file) if file is not None else name)
    if not socket.waitForConnected(ANSWER_MS):
        error = socket.error()
        if error == QLocalSocket.LocalSocketError.ConnectionRefusedError:
            return REFUSED
        return GONE if error == QLocalSocket.LocalSocketError.ServerNotFoundError else SILENT
    if file is not None and not _peer_is_us(socket):
        # The file was checked, then connected to by name: in the shared /tmp
        # another user's socket may have taken its place in between.
        socket.abort()
        return FOREIGN
    request = {"open": [str(Path(p).absolute()) for p in paths], "confirm": True}
    socket.write(json.dumps(request).encode() + b"\n")
    if not socket.waitForBytesWritten(ANSWER_MS):
        return GONE
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(wait_ms):
        answer += socket.readAll().data()
    if answer.strip() != b"ok":
        timed_out = socket.error() == QLocalSocket.LocalSocketError.SocketTimeoutError
        socket.abort()  # unconfirmed: the running app opens nothing
        return SILENT if timed_out else GONE
    socket.write(b"go\n")
    confirmed = socket.waitForBytesWritten(ANSWER_MS)
    socket.disconnectFromServer()
    return TAKEN if confirmed else GONE


class InstanceServer(QObject):
    """Listens for later launches; emits the paths each asks to open."""

    open_requested = Signal(list)

    def __init__(self, parent: QObject | None = None, name: str | None = None, claimed=None):
        super().__init__(parent)
        self.name = name or server_name()
        self.server = None  # the QLocalServer, made when listening starts
        self.closed = False
        # What claim gave: the socket holding the name until listen_later hands
        # it over, and the file it linked (removed on close, if still ours).
        self.claimed, self.claimed_file = claimed or (None, None)

    def _new_server(self):
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        return self.server

    def listen(self) -> bool:
        """Listen on the name now (where start could not claim it beforehand)."""
        from PySide6.QtNetwork import QLocalServer

        if foreign(socket_file(self.name)):
            return False  # QLocalServer would remove it (or rename its own over it) and take the name
        server = self.server or self._new_server()
        if server.listen(address(self.name)):
            return True
        # Nobody answered on this name (the caller tried first): what is left
        # is a crashed run's socket file.
        QLocalServer.removeServer(address(self.name))
        return server.listen(address(self.name))

    def listen_later(self) -> None:
        """Answer the launches that came meanwhile and those to come, now that the window is up."""
        if self.closed or self.claimed is None:
            return
        claimed, self.claimed = self.claimed, None
        self._new_server().listen(claimed.detach())  # QLocalServer closes it from now on

    def listening(self) -> bool:
        return self.server is not None and self.server.isListening()

    def close(self) -> None:
        self.closed = True
        # The file goes before the socket closes: a start that found it then
        # with nobody accepting would take it for a crashed run's and remove it.
        file = socket_file(self.name)
        if self.claimed_file is not None and (_identity(file) or ())[:2] == self.claimed_file:
            with contextlib.suppress(OSError):
                os.unlink(file)
        self.claimed_file = None
        if self.claimed is not None:
            self.claimed.close()
            self.claimed = None
        if self.server is not None:
            self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            request: dict = {"buffer": b""}
            socket.readyRead.connect(lambda s=socket, r=request: self._read(s, r))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, request: dict) -> None:
        """The request's line, answered "ok"; then "go", the launch's word that it leaves the files to us."""
        request["buffer"] += socket.readAll().data()
        while b"\n" in request["buffer"]:
            line, _, request["buffer"] = request["buffer"].partition(b"\n")
            if "paths" not in request:
                import json

                try:
                    asked = json.loads(line)
                    request["paths"] = [str(p) for p in asked["open"]]
                except (ValueError, KeyError, TypeError):
                    socket.disconnectFromServer()
                    return
                socket.write(b"ok\n")
                socket.flush()
                if asked.get("confirm") is True:
                    continue
                # A launch of an older Briefing does not confirm: "ok" is its answer.
            elif line != b"go" or request.get("done"):
                continue
            request["done"] = True
            # Open after the other process has its answer: opening may ask a question.
            QTimer.singleShot(0, lambda paths=request["paths"]: self.open_requested.emit(paths))


def _remove_if_unchanged(file: Path, found) -> None:
    """Remove a crashed run's socket FILE, if it is still the file found (two starts may find it at once)."""
    if found is not None and (_identity(file) or ())[:2] == found[:2]:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(file)


def _start_claiming(paths: list[str], name: str, file: Path) -> InstanceServer | None:
    for _ in range(5):
        claimed = claim(file)
        if claimed is not None:
            return InstanceServer(name=name, claimed=claimed)
        found = _identity(file)
        if found is None:
            continue  # the running Briefing has just quit
        starting_ms = STARTING_MS - 1000 * (time.time() - found[2])  # since the name was claimed
        outcome = forward(paths, name, max(ANSWER_MS, int(starting_ms)))
        if outcome == TAKEN:
            return None
        if outcome in (SILENT, FOREIGN):
            # A Briefing busy for long, or a socket file another user put in
            # /tmp under this name: this one runs on its own.
            return InstanceServer(name=name)
        if outcome == REFUSED:
            _remove_if_unchanged(file, found)
    return InstanceServer(name=name)


def start(paths: list[str]) -> InstanceServer | None:
    """The running app took PATHS (None), or this process is the running app (its server).

    On Unix the server may not be listening yet: the caller calls its
    :meth:`InstanceServer.listen_later` once the window is on screen.
    """
    name = server_name()
    file = socket_file(name)
    legacy = legacy_file(name)
    # A Briefing started before an upgrade listens where all did, in the
    # temporary folder: it takes the files, as any running Briefing would.
    if legacy is not None and ours(legacy):
        found = _identity(legacy)
        outcome = forward(paths, name, file=legacy)
        if outcome == TAKEN:
            return None
        if outcome == REFUSED:
            _remove_if_unchanged(legacy, found)  # a crashed run's: asked once, not at every start
    if file is not None:
        with contextlib.suppress(OSError):  # e.g. no hard links in the temporary folder: QLocalServer's way
            return _start_claiming(paths, name, file)
    if forward(paths, name) == TAKEN:
        return None
    server = InstanceServer(name=name)
    if not server.listen() and forward(paths, name) == TAKEN:
        return None  # another start won the race to listen
    return server
