"""Is a process still running? (for lock files and recovery files)

Careful on Windows: there ``os.kill(pid, 0)`` does not test the process, it
terminates it. So Windows asks the system for the process's exit code.
"""

from __future__ import annotations

import os
import sys


def host_name() -> str:
    """This machine's name as ``socket.gethostname()`` gives it; POSIX has it
    without loading the socket module (a few ms of every start that opens a file)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    except OSError:
        return False
    return True


def _alive_windows(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == access_denied
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def process_started(pid: int) -> str:
    """When process ``pid`` started, as an opaque text ("" where the system does not say).

    A process id is reused after its process ends: a lock or recovery note that
    records the start too can tell its writer from a later program with that id.
    """
    if sys.platform.startswith("linux"):
        try:
            with open(f"/proc/{pid}/stat", "rb") as handle:
                stat = handle.read().decode("ascii", "replace")
            # The command name is in parentheses and may hold spaces: count after it.
            return stat[stat.rindex(")") + 2 :].split()[19]
        except (OSError, ValueError, IndexError):
            return ""
    return ""


def same_process(pid: int, started: str) -> bool:
    """Whether the process that wrote ``pid`` (and ``started``, if known) is still running."""
    if not process_alive(pid):
        return False
    if not started:
        return True
    now = process_started(pid)
    return not now or now == started
