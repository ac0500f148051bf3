"""One running Briefing: a later launch hands its file to the running app.

The running app is this test process (its server and windows); the later
launch is a real `python -m briefing FILE` process with the same user folders.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from briefing.resources import sample_visit_path
from briefing.ui import app as app_module
from briefing.ui import single_instance


@pytest.fixture
def running(monkeypatch, qtbot):
    """The running app: its server (named as a started app names it) and its window list."""
    QCoreApplication.setOrganizationName(app_module.ORGANISATION)  # what create_app sets
    windows: list = []
    monkeypatch.setattr(app_module, "_windows", windows)
    server = single_instance.InstanceServer()
    assert server.listen()
    server.open_requested.connect(app_module.open_files)
    yield windows
    server.close()
    for window in list(windows):
        if shiboken6.isValid(window):
            window.doc.undo_stack.setClean()
            window.close()
    qtbot.wait(10)


@pytest.fixture
def launch():
    """A later `briefing FILE`; one that did not hand over (and so runs an app of its own) is ended."""
    started: list[subprocess.Popen] = []

    def start(*args: str) -> subprocess.Popen:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        process = subprocess.Popen(
            [sys.executable, "-m", "briefing", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(30)


def copy_of_sample(folder, name):
    target = folder / name
    shutil.copyfile(sample_visit_path(), target)
    return target


def test_a_second_launch_opens_its_file_in_a_new_window_of_the_running_app(running, launch, qtbot, tmp_path):
    first, second = copy_of_sample(tmp_path, "first.visit.yaml"), copy_of_sample(tmp_path, "second.visit.yaml")
    app_module.open_files([str(first)])
    assert [w.doc.path for w in running] == [first]

    later = launch(str(second))
    qtbot.waitUntil(lambda: later.poll() is not None and len(running) == 2, timeout=30_000)
    assert later.returncode == 0, later.stderr.read().decode()
    assert [w.doc.path for w in running] == [first, second]
    # The file is open in the running app only: its lock is this process's.
    assert (tmp_path / ".~lock.second.visit.yaml#").exists()


def test_a_file_already_open_brings_its_window_forward(running, launch, qtbot, tmp_path):
    first = copy_of_sample(tmp_path, "first.visit.yaml")
    app_module.open_files([str(first)])
    (window,) = running
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    later = launch(str(first))
    qtbot.waitUntil(lambda: later.poll() is not None and not window.isMinimized(), timeout=30_000)
    assert later.returncode == 0
    assert running == [window]
    assert window.doc.path == first


# A server that dies without cleaning up: its socket file stays behind, and nobody accepts on it.
CRASH = (
    "import os, sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from PySide6.QtNetwork import QLocalServer\n"
    "app = QCoreApplication([])\n"
    "server = QLocalServer()\n"
    "assert server.listen(sys.argv[1])\n"
    "os._exit(9)\n"
)


def leave_a_crashed_socket(address: str) -> None:
    done = subprocess.run([sys.executable, "-c", CRASH, address], capture_output=True, timeout=60)
    assert done.returncode == 9, done.stderr


def test_a_crashed_runs_server_name_does_not_stop_the_next_start(qtbot, tmp_path):
    name = single_instance.server_name()
    leave_a_crashed_socket(single_instance.address(name))
    assert not QLocalServer().listen(single_instance.address(name))  # what a naive start would meet

    server = single_instance.start([])
    assert server is not None
    try:
        server.listen_later()
        assert server.listening()
    finally:
        server.close()


def test_the_bundled_sample_opens_as_a_new_untitled_visit(window, dialogs):
    """`make run` opens resources/samples/sample.visit.yaml: Ctrl+S must not write over it."""
    bundled = sample_visit_path()
    before = bundled.read_bytes()
    assert app_module.open_in(window, str(bundled))
    assert window.doc.path is None
    assert len(window.doc.visit.itinerary) > 0
    window.files.save()  # asks for a name (none given here): nothing is written
    assert bundled.read_bytes() == before
    assert window.doc.path is None


def test_each_user_session_has_its_own_running_app(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":1")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    first = single_instance.server_name()
    monkeypatch.setenv("DISPLAY", ":2")
    assert single_instance.server_name() != first
    monkeypatch.setenv("DISPLAY", ":1")
    assert single_instance.server_name() == first


@pytest.mark.skipif(os.name != "posix", reason="named pipes elsewhere")
def test_the_socket_file_checked_at_start_is_the_one_the_server_makes(qapp):
    name = f"briefing-test-{os.getpid()}"
    file = single_instance.socket_file(name)
    assert not file.exists()
    server = single_instance.InstanceServer(name=name)
    assert server.listen()
    try:
        assert str(file) == server.server.fullServerName()
        assert file.exists()
    finally:
        server.close()
    assert not file.exists()


@pytest.mark.skipif(os.name != "posix", reason="named pipes elsewhere")
def test_a_first_start_claims_the_name_at_once_and_listens_once_its_window_is_up(qtbot, monkeypatch):
    name = f"briefing-test-first-{os.getpid()}"
    monkeypatch.setattr(single_instance, "server_name", lambda: name)
    server = single_instance.start([])
    assert server is not None and not server.listening()  # QtNetwork is not needed yet
    assert single_instance.socket_file(name).exists()
    early = QLocalSocket()
    early.connectToServer(single_instance.address(name))
    assert early.waitForConnected(1000)  # held by the system until the server listens
    early.write(b'{"open": [], "confirm": true}\n')
    assert early.waitForBytesWritten(1000)
    server.listen_later()
    try:
        assert server.listening()
        qtbot.waitUntil(lambda: early.bytesAvailable() >= 3, timeout=5000)
        assert early.readAll().data() == b"ok\n"
        with qtbot.waitSignal(server.open_requested, timeout=5000) as asked:
            early.write(b"go\n")
            early.disconnectFromServer()  # as forward does
        assert asked.args == [[]]
        # The server's end of it goes when it sees the other end close (PySide6
        # crashes on a deletion left pending when the server is deleted first).
        qtbot.waitUntil(lambda: not server.findChildren(QLocalSocket), timeout=5000)
    finally:
        server.close()
    assert not single_instance.socket_file(name).exists()
    server.listen_later()  # a timer left after closing does not listen again
    assert not server.listening()


def test_a_launch_that_gave_up_waiting_has_nothing_opened(qtbot):
    """It runs on its own with its files: opening them here too would open each twice."""
    name = f"briefing-test-gave-up-{os.getpid()}"
    server = single_instance.InstanceServer(name=name)
    assert server.listen()
    asked: list = []
    server.open_requested.connect(asked.append)
    try:
        late = QLocalSocket()
        late.connectToServer(single_instance.address(name))
        assert late.waitForConnected(1000)
        late.write(b'{"open": ["/somewhere/visit.visit.yaml"], "confirm": true}\n')
        qtbot.waitUntil(lambda: late.bytesAvailable() >= 3, timeout=5000)
        late.abort()  # the answer came after it stopped waiting: it never read it
        qtbot.waitUntil(lambda: not server.findChildren(QLocalSocket), timeout=5000)
        qtbot.wait(50)
        assert asked == []
    finally:
        server.close()


@pytest.mark.skipif(os.name != "posix", reason="named pipes elsewhere")
def test_where_the_name_cannot_be_claimed_early_the_first_start_listens_at_once(qapp, monkeypatch):
    """A temporary folder without hard links (some network or FUSE file systems): QLocalServer's way."""
    name = f"briefing-test-no-links-{os.getpid()}"
    monkeypatch.setattr(single_instance, "server_name", lambda: name)
    temporary = tempfile.mkdtemp(prefix="bf")
    monkeypatch.setenv("TMPDIR", temporary)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert single_instance.socket_file(name).parent == Path(temporary)

    def no_links(*_args, **_kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(single_instance.os, "link", no_links)
    server = single_instance.start([])
    try:
        assert server is not None and server.listening()
        assert os.listdir(temporary) == [name]  # the socket only: the folder of the attempt is gone
    finally:
        server.close()
    assert os.listdir(temporary) == []
    os.rmdir(temporary)


def test_a_launch_of_an_older_briefing_which_does_not_confirm_has_its_files_opened(qtbot):
    name = f"briefing-test-older-{os.getpid()}"
    server = single_instance.InstanceServer(name=name)
    assert server.listen()
    try:
        older = QLocalSocket()
        older.connectToServer(single_instance.address(name))
        assert older.waitForConnected(1000)
        with qtbot.waitSignal(server.open_requested, timeout=5000) as asked:
            older.write(b'{"open": ["/somewhere/visit.visit.yaml"]}\n')
        assert asked.args == [["/somewhere/visit.visit.yaml"]]
        qtbot.waitUntil(lambda: older.bytesAvailable() >= 3, timeout=5000)
        assert older.readAll().data() == b"ok\n"
        older.disconnectFromServer()
        qtbot.waitUntil(lambda: not server.findChildren(QLocalSocket), timeout=5000)
    finally:
        server.close()


posix_only = pytest.mark.skipif(os.name != "posix", reason="named pipes elsewhere")


@pytest.fixture
def folder():
    """A short folder of this user's alone (a socket's path has room for about 100 bytes)."""
    made = tempfile.mkdtemp(prefix="bf")
    yield Path(made)
    shutil.rmtree(made, ignore_errors=True)


@posix_only
def test_the_socket_is_made_in_the_users_private_runtime_folder(qapp, monkeypatch, folder):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    name = f"briefing-test-runtime-{os.getpid()}"
    assert single_instance.socket_file(name) == folder / name
    server = single_instance.start([])  # named by server_name(): claimed in that folder
    try:
        assert single_instance.socket_file(server.name).parent == folder
        assert single_instance.ours(folder / server.name)
    finally:
        server.close()
    assert os.listdir(folder) == []


@posix_only
@pytest.mark.parametrize("why", ["others may enter it", "missing", "relative", "a file"])
def test_a_runtime_folder_that_is_not_private_is_not_used(monkeypatch, folder, why):
    runtime = folder / "runtime"
    if why == "others may enter it":
        runtime.mkdir(mode=0o755)
        runtime.chmod(0o755)
    elif why == "a file":
        runtime.write_text("")
    elif why == "relative":
        runtime = Path("runtime")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("TMPDIR", str(folder))
    assert single_instance.socket_file("briefing-x") == folder / "briefing-x"


@pytest.fixture
def another_users_socket(qapp, monkeypatch, folder):
    """A socket listening in the shared temporary folder under this user's server name, made by another user.

    "Another user": this process is told a uid that is not the socket file's.
    """
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(folder))
    name = f"briefing-test-foreign-{os.getpid()}"
    monkeypatch.setattr(single_instance, "server_name", lambda: name)
    squatter = QLocalServer()
    assert squatter.listen(single_instance.address(name))
    real = os.getuid()
    monkeypatch.setattr(single_instance.os, "getuid", lambda: real + 1)
    yield squatter, name
    squatter.close()


@posix_only
def test_paths_are_never_handed_to_a_socket_another_user_made(another_users_socket, qtbot):
    squatter, name = another_users_socket
    assert single_instance.forward(["/home/me/secret visit.visit.yaml"], name) == single_instance.FOREIGN
    qtbot.wait(100)
    assert not squatter.hasPendingConnections()


@posix_only
def test_a_start_that_meets_another_users_socket_runs_on_its_own(another_users_socket, qtbot):
    squatter, name = another_users_socket
    server = single_instance.start(["/home/me/visit.visit.yaml"])
    try:
        assert server is not None  # not handed over: this launch opens its file itself
        server.listen_later()
        assert not server.listening()  # the name is the other user's
        qtbot.wait(100)
        assert not squatter.hasPendingConnections()
        assert single_instance.socket_file(name).exists()  # not ours to remove
    finally:
        server.close()
    assert single_instance.socket_file(name).exists()


@posix_only
def test_a_file_that_is_not_a_socket_is_never_connected_to(qapp, monkeypatch, folder):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(folder))
    name = "briefing-test-not-a-socket"
    (folder / name).write_text("")
    assert single_instance.forward([], name) == single_instance.FOREIGN


@posix_only
def test_where_the_name_cannot_be_claimed_early_another_users_socket_is_left_alone(another_users_socket, monkeypatch):
    """QLocalServer's way (no hard links) removes a crashed run's socket file before it listens: never another's."""
    squatter, name = another_users_socket

    def no_links(*_args, **_kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(single_instance.os, "link", no_links)
    server = single_instance.start(["/home/me/visit.visit.yaml"])
    try:
        assert server is not None and not server.listening()  # runs on its own
        assert single_instance.socket_file(name).exists()
        assert not squatter.hasPendingConnections()
    finally:
        server.close()
    probe = QLocalSocket()
    probe.connectToServer(single_instance.address(name))
    assert probe.waitForConnected(1000)  # the other user's server still has its name
    probe.abort()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the system names a socket's peer on Linux")
def test_a_socket_swapped_in_after_the_file_was_checked_is_told_nothing(another_users_socket, monkeypatch, qtbot):
    """The file is checked, then connected to by name: another user's socket may be there by then."""
    squatter, name = another_users_socket
    monkeypatch.setattr(single_instance, "foreign", lambda file: False)  # the check saw this user's socket
    assert single_instance.forward(["/home/me/secret visit.visit.yaml"], name, wait_ms=500) == single_instance.FOREIGN
    qtbot.waitUntil(squatter.hasPendingConnections, timeout=5000)  # it was connected to
    accepted = squatter.nextPendingConnection()
    qtbot.wait(100)
    assert accepted.readAll().data() == b""  # but not told which files


@posix_only
def test_a_briefing_started_before_an_upgrade_takes_a_later_launchs_file(monkeypatch, qtbot, folder, tmp_path):
    """The running Briefing is an older one: it listens in the temporary folder, not the runtime folder."""
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    QCoreApplication.setOrganizationName(app_module.ORGANISATION)  # named as a started app names it
    older = single_instance.InstanceServer()
    assert older.listen()
    assert single_instance.socket_file(older.name).parent == folder  # where an older Briefing listens
    asked: list = []
    older.open_requested.connect(asked.append)
    visit = copy_of_sample(tmp_path, "visit.visit.yaml")
    later = subprocess.Popen(
        [sys.executable, "-m", "briefing", str(visit)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: later.poll() is not None and bool(asked), timeout=30_000)
        assert later.returncode == 0, later.stderr.read().decode()[-2000:]
        assert asked == [[str(visit)]]
        assert os.listdir(runtime) == []  # it did not start a Briefing of its own
    finally:
        older.close()
        if later.poll() is None:
            later.kill()
        later.wait(30)


@posix_only
def test_the_socket_a_crashed_older_briefing_left_is_removed_once(monkeypatch, qapp, folder):
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    name = f"briefing-test-legacy-{os.getpid()}"
    monkeypatch.setattr(single_instance, "server_name", lambda: name)
    leave_a_crashed_socket(str(folder / name))
    assert single_instance.legacy_file(name) == folder / name and (folder / name).exists()
    server = single_instance.start([])
    try:
        assert server is not None
        assert not (folder / name).exists()  # not asked again at the next start
        assert (runtime / name).exists()
    finally:
        server.close()
