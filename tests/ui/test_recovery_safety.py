"""Recovery copies are visit files, private to the user, and nothing in one can run code (issue 7 items 1-3)."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

import briefing
from briefing.model import Stop, Visit
from briefing.storage import read_visit
from briefing.ui import app as app_module
from briefing.ui.recovery import RecoveryFile, leftovers, recovery_dir
from briefing.ui.settings import Settings

SB = QMessageBox.StandardButton


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def crash_with(visit: Visit, original=None) -> RecoveryFile:
    slot = RecoveryFile()
    slot.write(visit, original)
    note = json.loads(slot.note_path.read_text(encoding="utf-8"))
    note["pid"] = dead_pid()
    slot.note_path.write_text(json.dumps(note), encoding="utf-8")
    return slot


def unfinished() -> Visit:
    visit = Visit()
    visit.details.title = "Brouillon jamais enregistré"
    visit.itinerary.append(Stop(id="s1", title="Arrivée"))  # no start yet
    return visit


def test_an_unfinished_visit_is_kept_in_the_visit_format(make_window, dialogs):
    visit = unfinished()
    slot = crash_with(visit)
    text = slot.data_path.read_text(encoding="utf-8")
    assert text.startswith("format: briefing-visit\n")
    assert read_visit(text, unfinished=True).visit == visit
    window = make_window()
    dialogs.answer(SB.Yes)
    assert app_module.offer_recovery(window) == [window]
    assert window.doc.visit == visit
    assert window.doc.modified and window.doc.path is None


def _pickle_calling_eval(code: str) -> bytes:
    """The exploit of the old allow-list: Visit.__init__.__builtins__.get('eval')(code)."""

    def text(value: str) -> bytes:
        data = value.encode()
        return b"\x8c" + bytes([len(data)]) + data

    return (
        b"\x80\x04"
        + text("briefing.model.visit")
        + text("Visit.__init__.__builtins__.get")
        + b"\x93"
        + text("eval")
        + b"\x85R"
        + text(code)
        + b"\x85R."
    )


def test_a_crafted_recovery_copy_runs_no_code(make_window, dialogs, tmp_path):
    marker = tmp_path / "pwned"
    for kind in ("pickle", "yaml"):
        slot = crash_with(Visit())
        payload = _pickle_calling_eval(f"open({str(marker)!r}, 'w').close()")
        slot.data_path.write_bytes(payload)
        note = json.loads(slot.note_path.read_text(encoding="utf-8"))
        note["kind"] = kind
        slot.note_path.write_text(json.dumps(note), encoding="utf-8")
        window = make_window()
        dialogs.answer(SB.Yes)
        assert app_module.offer_recovery(window) == []
        assert dialogs.shown[-1].icon == QMessageBox.Icon.Critical
        assert not marker.exists()
        assert window.doc.path is None and not window.doc.modified
        slot.remove()


def test_pickle_is_gone_from_the_project():
    root = Path(briefing.__file__).parent.parent
    sources = [*(root / "briefing").rglob("*.py"), *(root / "benchmarks").rglob("*.py")]
    users = [p.name for p in sources if "pickle" in p.read_text(encoding="utf-8")]
    assert users == []


def test_recovery_copies_are_private(make_window, sample, qtbot):
    old_mask = os.umask(0o022)
    try:
        folder = recovery_dir()
        folder.mkdir(parents=True)
        folder.chmod(0o755)  # left open by an earlier release
        folder.parent.chmod(0o755)
        sample.chmod(0o600)
        window = make_window()
        window.files.open_path(sample)
        window.doc.visit.details.title = "Restreint"
        window.doc.undo_stack.resetClean()
        window.files.write_recovery()
        slot = window.files.recovery
        assert slot.exists()
        for path in (slot.data_path, slot.note_path):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    finally:
        os.umask(old_mask)


def test_a_new_visit_saved_by_the_user_follows_the_umask(window, tmp_path, dialogs):
    old_mask = os.umask(0o022)
    try:
        visit = Visit()
        visit.details.title = "Visite"
        visit.details.start_date = dt.date(2027, 3, 16)
        window.files.restore(visit, "")
        target = tmp_path / "new.visit.yaml"
        dialogs.save_paths.append(str(target))
        assert window.files.save()
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    finally:
        os.umask(old_mask)


def test_missing_app_folders_are_made_private(make_window, sample, isolated):
    old_mask = os.umask(0o022)
    try:
        window = make_window()
        window.files.open_path(sample)
        window.doc.visit.details.title = "Restreint"
        window.doc.undo_stack.resetClean()
        window.files.write_recovery()
        data_home = isolated / "home" / "xdg_data_home"
        made = [p for p in window.files.recovery.folder.parents if data_home in (p, *p.parents)]
        assert made and all(stat.S_IMODE(p.stat().st_mode) == 0o700 for p in made)
    finally:
        os.umask(old_mask)


def test_the_settings_file_is_private(isolated):
    old_mask = os.umask(0o022)
    try:
        settings = Settings()
        settings.add_recent(isolated / "visits" / "secret.visit.yaml")
        settings.set_language("fr")
        settings.sync()
        path = Path(settings._s.fileName())
        assert path.is_file()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        os.umask(old_mask)


def test_leftovers_of_a_dead_process_are_listed_with_what_they_hold():
    visit = unfinished()
    crash_with(visit)
    [leftover] = leftovers()
    assert leftover.title == "Brouillon jamais enregistré"
    assert leftover.stops == 1


def test_the_log_file_is_private(tmp_path):
    # In a process of its own: logging is set up once per process.
    code = (
        "import os, stat; os.umask(0o022)\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([]); app.setOrganizationName('BriefingTests'); app.setApplicationName('Briefing')\n"
        "from briefing.ui.errors import setup_logging\n"
        "path = setup_logging()\n"
        "print(oct(stat.S_IMODE(path.stat().st_mode)), oct(stat.S_IMODE(path.parent.stat().st_mode)))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0o600", "0o700"]
