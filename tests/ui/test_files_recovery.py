"""Recovery files after a crash, and the lock that warns of a second copy."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from briefing.locks import holder_of, lock_path
from briefing.model import Visit
from briefing.storage import load_visit
from briefing.ui import app as app_module
from briefing.ui.commands import SetValue
from briefing.ui.recovery import RecoveryFile, leftovers, recovery_dir

SB = QMessageBox.StandardButton


def edit_title(window, text: str) -> None:
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "title", text, "Edit title", merge=False))


def dead_pid() -> int:
    """The id of a process that has ended (as after a crash)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_autosave_writes_a_recovery_file_and_save_removes_it(window, sample, qtbot):
    window.files.open_path(sample)
    window.files.autosave.setInterval(50)
    edit_title(window, "Unsaved work")
    recovery = window.files.recovery
    qtbot.waitUntil(recovery.exists, timeout=3000)
    assert recovery.data_path.parent == recovery_dir()
    assert "Unsaved work" in recovery.data_path.read_text(encoding="utf-8")
    note = json.loads(recovery.note_path.read_text(encoding="utf-8"))
    assert note["original"] == str(sample)
    assert leftovers() == []  # this process is alive: not a crash
    window.files.save()
    assert not recovery.exists()


def test_discarding_on_close_removes_the_recovery_file(make_window, sample, dialogs):
    window = make_window()
    window.files.open_path(sample)
    edit_title(window, "Unsaved work")
    window.files.write_recovery()
    path = window.files.recovery.data_path
    assert path.exists()
    dialogs.answer(SB.Discard)
    assert window.close()
    assert not path.exists()


def test_after_a_crash_the_app_offers_to_restore(make_window, sample, dialogs):
    crashed = make_window(show=False)
    crashed.files.open_path(sample)
    edit_title(crashed, "Work before the crash")
    crashed.files.write_recovery()
    note_path = crashed.files.recovery.note_path
    note = json.loads(note_path.read_text(encoding="utf-8"))
    note["pid"] = dead_pid()
    note_path.write_text(json.dumps(note), encoding="utf-8")
    crashed.files.recovery.stem = "gone"  # the crashed window no longer owns it
    crashed.doc.undo_stack.setClean()
    crashed.close()  # as after a crash: no window has the file open

    window = make_window()
    dialogs.answer(SB.Yes)
    restored = app_module.offer_recovery(window)
    assert restored == [window]
    assert "sample.visit.yaml" in dialogs.shown[-1].text
    assert window.doc.visit.details.title == "Work before the crash"
    assert window.doc.path == sample
    assert window.doc.modified and window.isWindowModified()
    assert load_visit(sample).visit.details.title.startswith("Visite de Cédric O")
    assert leftovers() == []  # taken over by the new window


def fake_crash(visit: Visit, original=None) -> None:
    """Leave a recovery file as a process that then died would."""
    slot = RecoveryFile()
    if original:
        slot.follow(original)
    slot.write(visit, original)
    note = json.loads(slot.note_path.read_text(encoding="utf-8"))
    note["pid"] = dead_pid()
    slot.note_path.write_text(json.dumps(note), encoding="utf-8")


def test_an_unfinished_new_visit_is_recovered_too(make_window, dialogs):
    visit = Visit()  # no start date: the file format cannot hold it yet
    visit.details.title = "Brouillon jamais enregistré"
    fake_crash(visit)
    window = make_window()
    dialogs.answer(SB.Yes)
    assert app_module.offer_recovery(window) == [window]
    assert "Brouillon jamais enregistré" in dialogs.shown[-1].text
    assert window.doc.visit == visit
    assert window.doc.path is None and window.doc.modified


def test_a_discarded_recovery_is_gone(make_window, dialogs):
    visit = Visit()
    visit.details.title = "Never saved"
    visit.details.start_date = dt.date(2027, 3, 16)
    fake_crash(visit)
    assert leftovers()[0].data_path.read_bytes().startswith(b"format: briefing-visit\n")
    window = make_window()
    dialogs.answer(SB.Discard)
    assert app_module.offer_recovery(window) == []
    assert "Never saved" in dialogs.shown[-1].text
    assert leftovers() == []
    assert window.doc.visit.details.title == ""


def test_later_keeps_the_recovery_for_next_time(make_window, dialogs):
    visit = Visit()
    visit.details.title = "Later"
    fake_crash(visit)
    window = make_window()
    dialogs.answer(SB.Cancel)
    assert app_module.offer_recovery(window) == []
    assert len(leftovers()) == 1


def test_a_crafted_recovery_copy_runs_nothing_and_is_refused(make_window, dialogs, tmp_path):
    """Recovery copies are read by the visit reader, which refuses Python tags: no pickle anywhere."""
    fake_crash(Visit())
    leftover = leftovers()[0]
    marker = tmp_path / "owned"
    pickled = b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR."
    tagged = f"!!python/object/apply:os.system ['touch {marker}']\n".encode()
    for crafted in (pickled, tagged):
        leftover.data_path.write_bytes(crafted)
        window = make_window()
        dialogs.answer(SB.Yes)
        assert app_module.offer_recovery(window) == []
        assert dialogs.shown[-1].icon == QMessageBox.Icon.Critical
        assert not marker.exists()


def test_unfinished_work_is_kept_in_the_visit_format_in_private_files(make_window, dialogs, monkeypatch):
    """A new visit without its first day, a stop without a start: kept, as YAML, readable by this user only."""
    import os
    import stat

    from briefing.model import Stop

    monkeypatch.setattr("briefing.atomic.UMASK", 0o022)
    visit = Visit()
    visit.details.title = "Sans date"
    visit.itinerary.append(Stop(id="stop-1", title="Pas d'heure"))
    RecoveryFile().write(visit, None)
    (leftover,) = leftovers() or [None]
    assert leftover is None  # this process is alive: not a crash
    folder = recovery_dir()
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    (data,) = folder.glob("*.visit.yaml")
    (note,) = folder.glob("*.json")
    assert {stat.S_IMODE(os.stat(f).st_mode) for f in (data, note)} == {0o600}
    assert b"pickle" not in data.read_bytes() and data.read_bytes().startswith(b"format: briefing-visit")
    from briefing.storage import read_visit

    assert read_visit(data.read_bytes(), unfinished=True).visit == visit


def test_second_copy_is_warned_by_the_lock(make_window, sample, dialogs, other_instance):
    other_instance(sample)
    holder = holder_of(sample)
    assert holder is not None and holder.user == "colleague"

    second = make_window()
    dialogs.answer(SB.Cancel)
    assert second.files.open_path(sample) is False
    assert "already open" in dialogs.shown[-1].text
    assert second.doc.path is None

    dialogs.answer(SB.Open)  # open anyway
    assert second.files.open_path(sample) is True
    assert second.doc.path == sample
    assert not second.files.read_only
    second.close()
    assert holder_of(sample) == holder  # the other copy still holds it: ours was never written over theirs


def test_a_read_only_copy_saves_under_another_name(make_window, sample, dialogs, tmp_path, other_instance):
    other_instance(sample)
    second = make_window()
    dialogs.answer(SB.Yes)  # open read-only
    assert second.files.open_path(sample)
    assert second.files.read_only
    assert "read-only" in second.windowTitle()
    edit_title(second, "My copy")
    copy = tmp_path / "copy.visit.yaml"
    dialogs.save_paths.append(str(copy))
    second.actions_.save.trigger()  # Save asks for a new name
    assert load_visit(copy).visit.details.title == "My copy"
    assert load_visit(sample).visit.details.title.startswith("Visite de Cédric O")
    assert not second.files.read_only
    assert "read-only" not in second.windowTitle()
    second.close()
    assert lock_path(sample).exists()


def test_the_lock_is_released_on_close(make_window, sample):
    window = make_window()
    window.files.open_path(sample)
    assert lock_path(sample).exists()
    window.close()
    assert not lock_path(sample).exists()


def test_a_stale_lock_is_taken_over(window, sample, dialogs):
    lock_path(sample).write_text(f"{dead_pid()}\n{socket.gethostname()}\nsomeone\n2026-01-01T00:00\n")
    assert holder_of(sample) is None
    assert window.files.open_path(sample)
    assert dialogs.shown == []


def test_termination_keeps_unsaved_work_for_the_next_start(make_window, sample, monkeypatch):
    window = make_window()
    monkeypatch.setattr(app_module, "_windows", [window])
    window.files.open_path(sample)
    edit_title(window, "Work when the session ended")
    monkeypatch.setattr(QCoreApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(app_module, "_terminated", None)  # module state: put back after the test
    app_module.on_terminate(15)
    assert window.files.recovery.exists()
    assert not lock_path(sample).exists()
    assert "Work when the session ended" in window.files.recovery.data_path.read_text(encoding="utf-8")


def test_process_liveness():
    import os

    from briefing.processes import process_alive

    assert process_alive(os.getpid())
    assert not process_alive(dead_pid())
    assert not process_alive(0)


def test_a_failed_open_after_dont_save_keeps_the_work_and_its_recovery(window, sample, dialogs, tmp_path):
    window.files.open_path(sample)
    edit_title(window, "Unsaved work")
    window.files.write_recovery()
    bad = tmp_path / "bad.visit.yaml"
    bad.write_text("not: [a visit", encoding="utf-8")
    dialogs.answer(SB.Discard)
    assert window.files.open_path(bad) is False
    assert window.doc.visit.details.title == "Unsaved work"
    assert window.doc.modified
    assert window.files.recovery.exists()


def test_a_recovered_copy_that_cannot_be_read_says_why_in_the_apps_words(make_window, dialogs, tmp_path):
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.visit.yaml").write_text("", encoding="utf-8")  # empty: the reader refuses it
    note = {"kind": "yaml", "original": "", "title": "Cassée", "saved_at": "2026-11-26T18:41:00", "pid": dead_pid()}
    (folder / "broken.json").write_text(json.dumps(note), encoding="utf-8")
    window = make_window()
    dialogs.answer(SB.Yes)
    assert app_module.offer_recovery(window) == []
    shown = dialogs.shown[-1]
    assert "cannot be read" in shown.text
    assert "The file is empty." in shown.info
    assert "broken" not in shown.info  # no internal recovery file path, only what is wrong
