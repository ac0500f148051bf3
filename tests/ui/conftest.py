"""GUI tests that never block and never touch the user's settings.

Every test gets its own settings file and data folders (recovery files, log)
under tmp_path; message boxes answer from a queue (Cancel, else OK, when the
test gave no answer) and file pickers return the paths a test queued.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from briefing.resources import sample_visit_path

SB = QMessageBox.StandardButton


@dataclass
class Shown:
    text: str
    info: str
    details: str
    icon: QMessageBox.Icon
    buttons: SB


@dataclass
class DialogScript:
    """What the patched dialogs showed, and what they will answer next."""

    shown: list[Shown] = field(default_factory=list)
    answers: list[SB] = field(default_factory=list)
    open_paths: list[str] = field(default_factory=list)
    save_paths: list[str] = field(default_factory=list)
    print_accept: bool = True
    opened_urls: list = field(default_factory=list)

    def answer(self, *buttons: SB) -> None:
        self.answers.extend(buttons)

    def texts(self) -> list[str]:
        return [s.text for s in self.shown]


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, qapp):
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home" / name.lower()))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("BriefingTests")
    QCoreApplication.setApplicationName("Briefing")
    yield tmp_path


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> DialogScript:
    script = DialogScript()

    def fake_exec(box: QMessageBox):
        buttons = box.standardButtons()
        script.shown.append(Shown(box.text(), box.informativeText(), box.detailedText(), box.icon(), buttons))
        if script.answers:
            return script.answers.pop(0)
        for fallback in (SB.Cancel, SB.Ok, SB.Close):
            if buttons & fallback:
                return fallback
        return SB.NoButton

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (script.open_paths.pop(0) if script.open_paths else "", "")),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (script.save_paths.pop(0) if script.save_paths else "", "")),
    )
    monkeypatch.setattr(
        QPrintDialog,
        "exec",
        lambda self: QDialog.DialogCode.Accepted if script.print_accept else QDialog.DialogCode.Rejected,
    )
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: script.opened_urls.append(url) or True))
    return script


@pytest.fixture
def sample(tmp_path) -> Path:
    """A copy of the bundled sample visit, in a folder of its own."""
    folder = tmp_path / "visits"
    folder.mkdir()
    target = folder / "sample.visit.yaml"
    shutil.copyfile(sample_visit_path(), target)
    return target


@pytest.fixture
def make_window(qtbot):
    """Windows that close quietly at the end of the test (unsaved work dropped)."""
    from briefing.ui.mainwindow import MainWindow

    made = []

    def make(show: bool = True):
        window = MainWindow()  # deletes itself on close, so not qtbot.addWidget
        if show:
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        if shiboken6.isValid(window):
            window.doc.undo_stack.setClean()
            window.close()
    # A preview still building would run on into the next test.
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(10)  # let deleteLater run


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def other_instance():
    """Another running copy of Briefing, as far as locks can tell: ``other_instance(path)``
    writes a lock on ``path`` for a live process of its own, ended after the test."""
    import socket
    import subprocess
    import sys

    from briefing.locks import lock_path
    from briefing.processes import process_started

    procs = []

    def holds(path) -> int:
        proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
        procs.append(proc)
        started = process_started(proc.pid)
        lock_path(path).write_text(
            f"{proc.pid}\n{socket.gethostname()}\ncolleague\n2026-01-01T00:00\n{started}\ntheirs\n", encoding="utf-8"
        )
        return proc.pid

    yield holds
    for proc in procs:
        proc.kill()
        proc.wait()


@pytest.fixture
def wide_window(make_window, qtbot):
    """A window wide enough to show the preview (the offscreen screen is 800 px, and
    below 1,200 px the preview makes room for the editors)."""
    window = make_window()
    window.showNormal()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.preview.isVisible())
    return window
