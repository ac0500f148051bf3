"""Can the desktop app open a window here? Asked before Qt is loaded.

When Qt cannot open a window on Linux it does not raise an exception: it
prints a few lines and aborts the process ("Aborted (core dumped)"). The two
usual causes on a fresh machine are no desktop session at all (a server, an
SSH shell) and system libraries missing for Qt's X11 plugin. Both are
detected here so that the user gets one sentence and the command to fix it.
"""

from __future__ import annotations

import ctypes
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
    if reaches_x_server() is False:
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
    note = _note_path()
    if key is not None:
        try:
            if note.read_text(encoding="utf-8") == key:
                return None
        except (OSError, UnicodeDecodeError):
            pass
    missing = missing_xcb_library()
    if missing is None and key is not None:
        try:
            note.parent.mkdir(parents=True, exist_ok=True)
            note.write_text(key, encoding="utf-8")
        except OSError:
            pass  # checked again next time
    return missing


def _note_path() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "briefing" / "display-check"


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
