"""Locks, restores and saves that protect the user's work (issue 7 items 9, 10, 11, 14, 19, 27, 28)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing.locks import FileLock, holder_of, lock_path, read_holder
from briefing.storage import load_visit
from briefing.ui import app as app_module
from briefing.ui import dialogs as dialogs_module
from briefing.ui.commands import SetValue
from briefing.ui.recovery import RecoveryFile, leftovers

SB = QMessageBox.StandardButton


def edit_title(window, text: str) -> None:
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "title", text, "Edit title", merge=False))


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def as_if_crashed(slot: RecoveryFile) -> None:
    note = json.loads(slot.note_path.read_text(encoding="utf-8"))
    note["pid"] = dead_pid()
    slot.note_path.write_text(json.dumps(note), encoding="utf-8")


def crash_while_editing(make_window, path, title: str) -> None:
    """A window opened ``path``, changed its title, wrote its recovery copy, then the app died."""
    crashed = make_window(show=False)
    assert crashed.files.open_path(path)
    edit_title(crashed, title)
    crashed.files.write_recovery()
    slot = crashed.files.recovery
    as_if_crashed(slot)
    crashed.files._recovery = RecoveryFile()  # the dead window no longer owns its copy
    crashed.doc.undo_stack.setClean()
    crashed.close()


# -- item 9: a restored copy keeps the stamp of when the work was opened ------


def test_a_restored_copy_still_notices_changes_made_on_disk_since_it_was_opened(make_window, sample, dialogs):
    crash_while_editing(make_window, sample, "Mine, before the crash")
    theirs = sample.read_text(encoding="utf-8").replace("Visite de Cédric O", "Leur version")
    sample.write_text(theirs, encoding="utf-8")  # a colleague saved meanwhile

    window = make_window()
    dialogs.answer(SB.Yes)
    assert app_module.offer_recovery(window) == [window]
    assert window.doc.visit.details.title == "Mine, before the crash"
    dialogs.answer(SB.Cancel)
    assert window.files.save() is False
    assert "changed by someone else" in dialogs.shown[-1].text
    assert sample.read_text(encoding="utf-8") == theirs


def test_a_restore_respects_another_copys_lock(make_window, sample, dialogs, other_instance):
    crash_while_editing(make_window, sample, "Mine")
    other_instance(sample)
    holder = holder_of(sample)
    window = make_window()
    dialogs.answer(SB.Yes)
    assert app_module.offer_recovery(window) == [window]
    assert window.files.read_only
    assert "another copy of Briefing" in window.statusBar().currentMessage()
    assert holder_of(sample) == holder
    window.doc.undo_stack.setClean()
    window.close()
    assert holder_of(sample) == holder


# -- item 10: one slot a window, one window a file -----------------------------


def test_two_windows_never_share_a_recovery_slot(make_window, sample, tmp_path):
    other = tmp_path / "other.visit.yaml"
    other.write_bytes(sample.read_bytes())
    first, second = make_window(), make_window()
    first.files.open_path(sample)
    second.files.open_path(other)
    second.files.recovery.follow(sample)  # even if both followed the same file
    first.files.recovery.follow(sample)
    assert first.files.recovery.data_path != second.files.recovery.data_path


def test_opening_a_file_another_window_has_focuses_that_window(make_window, sample, dialogs):
    first, second = make_window(), make_window()
    assert first.files.open_path(sample)
    edit_title(first, "Unsaved in the first window")
    assert second.files.open_path(sample)
    assert second.doc.path is None
    assert dialogs.shown == []
    assert first.doc.visit.details.title == "Unsaved in the first window"


def test_several_copies_of_one_file_are_told_apart_and_the_newest_restored(make_window, sample, dialogs):
    crash_while_editing(make_window, sample, "Older copy")
    time.sleep(1.1)  # the times kept are to the second
    crash_while_editing(make_window, sample, "Newer copy")
    assert len(leftovers()) == 2
    window = make_window()
    dialogs.answer(SB.Yes)
    assert app_module.offer_recovery(window) == [window]
    asked = [s for s in dialogs.shown if "closed without saving" in s.text]
    assert len(asked) == 1  # one question for the file, not one a copy
    info = asked[0].info
    assert "Older copy" in info and "Newer copy" in info
    assert info.index("Newer copy") < info.index("Older copy")
    assert "stops" in info
    assert window.doc.visit.details.title == "Newer copy"
    assert [x.title for x in leftovers()] == ["Older copy"]  # kept for later


def test_an_older_copy_can_be_chosen(make_window, sample, dialogs, monkeypatch):
    crash_while_editing(make_window, sample, "Older copy")
    time.sleep(1.1)
    crash_while_editing(make_window, sample, "Newer copy")
    offered = []
    monkeypatch.setattr(
        dialogs_module, "choose_recovered_copy", lambda parent, name, copies: offered.append(copies) or 1
    )
    window = make_window()
    dialogs.answer(SB.Open)  # Choose…
    assert app_module.offer_recovery(window) == [window]
    assert "Newer copy" in offered[0][0] and "Older copy" in offered[0][1]
    assert window.doc.visit.details.title == "Older copy"


# -- item 11: locks -------------------------------------------------------------


def test_a_file_reached_through_a_symlink_has_one_lock(make_window, sample, tmp_path):
    link = tmp_path / "link.visit.yaml"
    link.symlink_to(sample)
    assert lock_path(link) == lock_path(sample)
    first = make_window()
    assert first.files.open_path(sample)
    second = make_window()
    assert second.files.open_path(link)  # the window that has it comes forward
    assert second.doc.path is None
    assert not lock_path(link).with_name(".~lock.link.visit.yaml#").exists()


def test_open_anyway_then_closing_leaves_the_other_copys_lock(make_window, sample, dialogs, other_instance):
    other_instance(sample)
    holder = holder_of(sample)
    window = make_window()
    dialogs.answer(SB.Open)  # open anyway
    assert window.files.open_path(sample)
    window.close()
    assert read_holder(lock_path(sample)) == holder


def test_a_window_deletes_only_its_own_lock(sample):
    mine = FileLock(sample)
    assert mine.acquire()
    lock_path(sample).write_text(f"{os.getpid()}\n{socket.gethostname()}\nme\n\n\nsomeone-who-took-it\n")
    mine.release()
    assert lock_path(sample).exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process start times are read from /proc")
def test_a_lock_whose_process_id_was_reused_is_stale(sample, other_instance):
    other_instance(sample)  # a live process...
    text = lock_path(sample).read_text(encoding="utf-8").splitlines()
    assert holder_of(sample) is not None
    text[4] = str(int(text[4]) + 12345)  # ...that started after the lock's writer
    lock_path(sample).write_text("\n".join(text) + "\n", encoding="utf-8")
    assert holder_of(sample) is None


# -- item 14: the changed-on-disk check compares content ----------------------


def test_a_change_that_keeps_time_and_size_is_noticed(window, sample, dialogs):
    assert window.files.open_path(sample)
    before = sample.stat()
    text = sample.read_text(encoding="utf-8")
    changed = text.replace("Visite de Cédric O", "Visite de Cédric 0", 1)
    assert changed != text and len(changed.encode()) == len(text.encode())
    sample.write_text(changed, encoding="utf-8")
    os.utime(sample, ns=(before.st_atime_ns, before.st_mtime_ns))  # FAT keeps two seconds; a copy keeps times
    edit_title(window, "Mine")
    dialogs.answer(SB.Cancel)
    assert window.files.save() is False
    assert "changed by someone else" in dialogs.shown[-1].text
    assert sample.read_text(encoding="utf-8") == changed


# -- item 19: the app reads regular files only -----------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_opening_a_named_pipe_is_refused_at_once(window, dialogs, tmp_path):
    pipe = tmp_path / "pipe.visit.yaml"
    os.mkfifo(pipe)

    def unblock_old_code():  # so that a blocking open ends the test instead of hanging it
        time.sleep(3)
        try:
            fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return
        os.write(fd, b"x: 1\n")
        os.close(fd)

    threading.Thread(target=unblock_old_code, daemon=True).start()
    started = time.monotonic()
    assert window.files.open_path(pipe) is False
    assert time.monotonic() - started < 2
    assert "not a regular file" in dialogs.shown[-1].info
    assert window.doc.path is None


# -- item 27: a read-only copy's Save As proposes a new name --------------------


def test_a_read_only_copys_save_as_proposes_a_copy_name(make_window, sample, dialogs, monkeypatch, other_instance):
    other_instance(sample)
    (sample.parent / "sample (copy).visit.yaml").write_text("taken", encoding="utf-8")
    proposed = []
    monkeypatch.setattr(dialogs_module, "choose_save_file", lambda parent, suggested: proposed.append(suggested) or "")
    window = make_window()
    dialogs.answer(SB.Yes)  # open read-only
    assert window.files.open_path(sample)
    edit_title(window, "Mine")
    assert window.files.save() is False  # the user cancels the name
    assert proposed == [str(sample.parent / "sample (copy 2).visit.yaml")]


# -- item 28: a visit reopened while a recovered copy of it waits -------------------


def test_reopening_a_visit_with_a_waiting_copy_offers_it_in_a_bar(make_window, sample, dialogs):
    crash_while_editing(make_window, sample, "Recovered work")
    window = make_window()
    assert window.files.open_path(sample)  # e.g. "Later" at start, then opened from Recent
    bar = window.files.recovery_bar
    assert bar is not None and bar.isVisible()
    assert "Recovered work" in bar.label.text() and "stops" in bar.label.text()
    bar.restore_button.click()
    assert window.doc.visit.details.title == "Recovered work"
    assert window.doc.modified and window.doc.path == sample
    assert not bar.isVisible()
    assert leftovers() == []


def test_the_waiting_copy_can_be_discarded_from_the_bar(make_window, sample):
    crash_while_editing(make_window, sample, "Recovered work")
    window = make_window()
    assert window.files.open_path(sample)
    window.files.recovery_bar.discard_button.click()
    assert not window.files.recovery_bar.isVisible()
    assert leftovers() == []
    assert load_visit(sample).visit.details.title == window.doc.visit.details.title


# -- item 16: long file names -----------------------------------------------------


@pytest.mark.parametrize("length", [242, 255])
def test_a_visit_with_a_name_near_the_limit_is_saved(window, sample, length, dialogs):
    long_name = sample.with_name("v" * (length - len(".visit.yaml")) + ".visit.yaml")
    sample.rename(long_name)
    assert window.files.open_path(long_name)
    edit_title(window, "Saved under a long name")
    assert window.files.save() is True, dialogs.shown
    assert load_visit(long_name).visit.details.title == "Saved under a long name"
    assert sorted(p.name for p in long_name.parent.iterdir() if p.name.endswith(".tmp")) == []
