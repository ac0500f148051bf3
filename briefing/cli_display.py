"""Can the desktop app open a window here? Asked before Qt is loaded.

When Qt cannot open a window on Linux it does not raise an exception: it
prints a few lines and aborts the process ("Aborted (core dumped)"). The two
usual causes on a fresh machine are no desktop session at all (a server, an
SSH shell) and system libraries missing for Qt's X11 plugin. Both are
detected here so that the user gets one sentence and the command to fix it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path

# Library file -> Debian/Ubuntu package, for the libraries a fresh system may lack.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
# Where an X server writes its lock file, with its process id in it.
X_LOCKS = Path("/tmp")


def display_problem() -> str | None:
    """Why the app cannot open a window, or None when it should be able to (or we cannot tell)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: the user chose; let Qt speak
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return (
            "the desktop app needs a screen, and no desktop session was found (DISPLAY is not set). "
            "'briefing check' and 'briefing export' work without one."
        )
    missing = remembered_missing_library()
    if missing:
        package = PACKAGES.get(missing, missing)
        return (
            f"the desktop app cannot open a window: the system library {missing} is missing. "
            f"Install it (sudo apt-get install {package}); the README lists all that Qt needs."
        )
    if remembered_reaches_x_server() is False:
        return (
            f"the desktop app cannot reach the screen {os.environ['DISPLAY']} "
            "(the desktop session may have ended, or this terminal may not be allowed to use it)."
        )
    return None


def remembered_missing_library() -> str | None:
    """missing_xcb_library(), remembered once it found nothing missing.

    Loading Qt's X11 plugin to find out costs ~10 ms at every start, and the
    answer changes only when the plugin or the system's libraries do: the note
    records both (the dynamic linker's cache changes whenever a library is
    installed or removed). A problem is never remembered, so it is seen again.
    """
    key = _libraries_key()
    if _note_says("display-check", key):
        return None
    missing = missing_xcb_library()
    if missing is None:
        _remember("display-check", key)
    return missing


def remembered_reaches_x_server() -> bool | None:
    """reaches_x_server(), remembered once it succeeded, for as long as that X server runs.

    Asking costs an X connection of its own (with ctypes, ~3 ms of CPU and
    a round trip to the server) before Qt makes the same connection. The note
    records the display, the server's process (from its lock file: another
    server, or the same display started again, is asked again) and the
    authority file that let us in. A failure is never remembered.
    """
    key = _server_key()
    if _note_says("display-reached", key):
        return True
    reached = reaches_x_server()
    if reached:
        _remember("display-reached", key)
    return reached


def _note_says(name: str, key: str | None) -> bool:
    if key is None:
        return False
    try:
        return _note_path(name).read_text(encoding="utf-8") == key
    except (OSError, UnicodeDecodeError):
        return False


def _remember(name: str, key: str | None) -> None:
    if key is None:
        return
    note = _note_path(name)
    try:
        note.parent.mkdir(parents=True, exist_ok=True)
        note.write_text(key, encoding="utf-8")
    except OSError:
        pass  # checked again next time


def _note_path(name: str) -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "briefing" / name


def _server_key() -> str | None:
    """What identifies the X server of a local $DISPLAY and our way in; None when it cannot be told."""
    display = os.environ.get("DISPLAY", "")
    local = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if local is None:
        return None  # a server over the network (ssh -X...): asked each time
    lock = X_LOCKS / f".X{local.group(1)}-lock"
    try:
        pid = int(lock.read_text(encoding="ascii").strip())
        started = lock.stat().st_mtime_ns
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not _running(pid):
        return None  # a lock left by a server that crashed
    authority = os.environ.get("XAUTHORITY") or str(Path.home() / ".Xauthority")
    try:
        status = os.stat(authority)
        auth = f"{authority}: {status.st_mtime_ns} {status.st_size}"
    except OSError:
        auth = f"{authority}: -"
    return "\n".join((display, f"server {pid} {started}", auth))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True  # another user's process (the X server often runs as root)
    except (OSError, ValueError, OverflowError):
        return False
    return True


def _libraries_key() -> str | None:
    plugin = xcb_plugin()
    if plugin is None:
        return None
    parts = [os.environ.get("LD_LIBRARY_PATH", "")]
    for path in (plugin, Path("/etc/ld.so.cache")):
        try:
            status = path.stat()
        except OSError:
            parts.append(f"{path}: -")
        else:
            parts.append(f"{path}: {status.st_mtime_ns} {status.st_size}")
    return "\n".join(parts)


def reaches_x_server() -> bool | None:
    """Whether an X connection to $DISPLAY succeeds; None when libxcb itself is not there."""
    import ctypes  # here: a remembered answer needs none of it

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    # xcb_connect never returns NULL: on failure it returns an error connection.
    connection = xcb.xcb_connect(None, None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin inside the installed PySide6, found without importing it."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_xcb_library() -> str | None:
    """The first shared library that Qt's X11 plugin needs and cannot find, if any."""
    import ctypes

    plugin = xcb_plugin()
    if plugin is None:
        return None
    try:
        # Loading the plugin makes the dynamic linker resolve all it needs,
        # exactly as Qt will; Qt's own libraries come from PySide6's folder.
        ctypes.CDLL(str(plugin), mode=ctypes.RTLD_LOCAL)
    except OSError as error:
        found = re.search(r"([\w.+-]+\.so[\w.]*): cannot open shared object file", str(error))
        return found.group(1) if found else None
    return None
