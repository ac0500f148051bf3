"""Opening and saving through the window's actions, with the dialogs answered by the test."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox

from briefing.storage import load_visit
from briefing.ui.commands import SetValue

SB = QMessageBox.StandardButton


def edit_title(window, text: str) -> None:
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "title", text, "Edit title", merge=False))


def test_open_edit_save_and_reopen(window, sample, dialogs, tmp_path):
    dialogs.open_paths.append(str(sample))
    window.actions_.open.trigger()
    assert window.doc.path == sample
    assert window.doc.visit.details.title.startswith("Visite de Cédric O")
    assert "sample.visit.yaml" in window.windowTitle()

    edit_title(window, "Visite modifiée")
    target = tmp_path / "copy.visit.yaml"
    dialogs.save_paths.append(str(target))
    window.actions_.save_as.trigger()
    assert window.doc.path == target
    assert not window.doc.modified
    assert load_visit(target).visit.details.title == "Visite modifiée"
    assert load_visit(sample).visit.details.title.startswith("Visite de Cédric O")  # untouched

    edit_title(window, "Encore")
    window.actions_.save.trigger()
    assert load_visit(target).visit.details.title == "Encore"
    assert dialogs.shown == []


def test_refused_file_shows_the_checker_message_and_changes_nothing(window, sample, dialogs, tmp_path):
    window.files.open_path(sample)
    before = window.doc.visit
    bad = tmp_path / "bad.visit.yaml"
    bad.write_text("format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\n  start_date: 2027-13-40\n")
    assert window.files.open_path(bad) is False
    assert len(dialogs.shown) == 1
    shown = dialogs.shown[0]
    assert shown.icon == QMessageBox.Icon.Critical
    assert "bad.visit.yaml" in shown.text
    assert "First day, on the Visit page" in shown.info  # where, in the window's words
    assert "visit.start_date" in shown.details  # and in the file's, for whoever edits it by hand
    assert window.doc.visit is before
    assert window.doc.path == sample


def test_modified_mark_follows_undo_redo_and_save(window, sample):
    window.files.open_path(sample)
    assert not window.isWindowModified()
    edit_title(window, "Changed")
    assert window.isWindowModified()
    window.actions_.undo.trigger()
    assert not window.isWindowModified()
    window.actions_.redo.trigger()
    assert window.isWindowModified()
    window.actions_.save.trigger()
    assert not window.isWindowModified()
    window.actions_.undo.trigger()
    assert window.isWindowModified()  # the saved state is the changed one


def test_close_with_unsaved_work_asks(make_window, sample, dialogs):
    window = make_window()
    window.files.open_path(sample)
    edit_title(window, "Changed")
    dialogs.answer(SB.Cancel)
    assert window.close() is False
    assert window.isVisible()
    assert "Save the changes" in dialogs.shown[-1].text
    dialogs.answer(SB.Discard)
    assert window.close() is True
    assert load_visit(sample).visit.details.title.startswith("Visite de Cédric O")


def test_close_and_save(make_window, sample, dialogs):
    window = make_window()
    window.files.open_path(sample)
    edit_title(window, "Saved on close")
    dialogs.answer(SB.Save)
    assert window.close() is True
    assert load_visit(sample).visit.details.title == "Saved on close"


def test_new_asks_before_replacing_unsaved_work(window, sample, dialogs):
    window.files.open_path(sample)
    edit_title(window, "Changed")
    dialogs.answer(SB.Cancel)
    window.actions_.new.trigger()
    assert window.doc.path == sample
    dialogs.answer(SB.Discard)
    window.actions_.new.trigger()
    assert window.doc.path is None
    assert window.doc.visit.details.title == ""
    assert not window.isWindowModified()


def test_revert_goes_back_to_the_file(window, sample, dialogs):
    window.files.open_path(sample)
    edit_title(window, "Changed")
    dialogs.answer(SB.Yes)
    window.editors.show_section("qa")
    window.actions_.revert.trigger()
    assert window.doc.visit.details.title.startswith("Visite de Cédric O")
    assert not window.doc.modified
    assert window.doc.path == sample
    assert window.editors.currentIndex() == window.editors.keys.index("qa")  # still where the user was


def test_save_failure_shows_a_dialog_and_keeps_the_work(window, sample, dialogs, monkeypatch):
    import errno

    import briefing.storage

    window.files.open_path(sample)
    edit_title(window, "Changed")
    before = sample.read_bytes()

    def disk_full(visit, path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(briefing.storage, "save_visit", disk_full)
    window.actions_.save.trigger()
    assert window.doc.modified
    assert window.isWindowModified()
    assert dialogs.shown[-1].icon == QMessageBox.Icon.Critical
    assert "could not be saved" in dialogs.shown[-1].text
    assert "not enough room" in dialogs.shown[-1].info  # the user's words, not the system's
    assert "Errno" not in dialogs.shown[-1].info and str(sample) not in dialogs.shown[-1].info
    assert sample.read_bytes() == before


def test_recent_files_are_remembered_and_pruned(window, sample, tmp_path, dialogs):
    other = tmp_path / "other.visit.yaml"
    other.write_bytes(sample.read_bytes())
    window.files.open_path(sample)
    window.files.open_path(other)
    assert window.settings.recent_files() == [str(other.resolve()), str(sample.resolve())]
    window.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert labels[0].endswith("other.visit.yaml") and labels[1].endswith("sample.visit.yaml")
    window.recent_menu.actions()[1].trigger()
    assert window.doc.path == sample
    other.unlink()
    # Still listed (the menu does not look at the disk); chosen, it is said gone and dropped.
    window.recent_menu.aboutToShow.emit()
    gone = next(a for a in window.recent_menu.actions() if a.toolTip() == str(other.resolve()))
    gone.trigger()
    assert window.doc.path == sample
    assert "other.visit.yaml" in dialogs.shown[-1].text
    assert window.settings.recent_files() == [str(sample.resolve())]


def test_the_recent_menu_opens_without_touching_the_files(window, monkeypatch):
    """An offline network share must not hang the menu: its paths are not looked at until chosen."""
    import pathlib

    share = "/mnt/offline-share"
    window.settings._set_recent([f"{share}/visite-{n}.visit.yaml" for n in range(5)])

    def guard(real):
        def call(path, *args, **kwargs):
            if str(path).startswith(share):
                raise AssertionError(f"the menu looked at {path}")
            return real(path, *args, **kwargs)

        return call

    monkeypatch.setattr(os, "stat", guard(os.stat))
    monkeypatch.setattr(os, "lstat", guard(os.lstat))
    monkeypatch.setattr(os.path, "exists", guard(os.path.exists))
    monkeypatch.setattr(os.path, "isfile", guard(os.path.isfile))
    monkeypatch.setattr(pathlib.Path, "stat", guard(pathlib.Path.stat))
    window.recent_menu.aboutToShow.emit()
    shown = [a.toolTip() for a in window.recent_menu.actions() if a.toolTip().startswith(share)]
    assert shown == [f"{share}/visite-{n}.visit.yaml" for n in range(5)]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropping_a_visit_file_opens_it(window, sample):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample))])
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(drop)
    assert window.doc.path == sample


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropping_something_else_is_refused(window, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text))])
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    enter.ignore()
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()
    assert window.doc.path is None


def test_a_visit_the_format_cannot_hold_is_not_saved_and_shows_why(window, dialogs, tmp_path):
    edit_title(window, "Sans date")  # a new visit has no start date yet
    window.editors.show_section("attendees")  # elsewhere: the save must take the user back
    target = tmp_path / "new.visit.yaml"
    dialogs.save_paths.append(str(target))
    assert window.files.save() is False
    assert not target.exists()
    assert window.doc.modified
    # Checked before asking for a name: the file picker was not shown.
    assert dialogs.save_paths == [str(target)]
    assert dialogs.shown[-1].text == "Set the visit's first day before saving."
    assert "start_date" not in dialogs.shown[-1].text + dialogs.shown[-1].info
    assert window.editors.currentIndex() == window.editors.keys.index("details")


def test_a_visit_without_a_first_day_still_gets_a_recovery_copy(window, dialogs):
    edit_title(window, "Sans date")
    window.files.write_recovery()
    assert window.files.recovery.exists()


def test_the_sample_opens_as_an_untitled_copy(window, dialogs, tmp_path):
    from briefing.resources import sample_visit_path

    original = sample_visit_path().read_bytes()
    window.actions_.sample.trigger()
    assert window.doc.path is None
    assert window.doc.visit.itinerary
    edit_title(window, "Ma visite")
    target = tmp_path / "mine.visit.yaml"
    dialogs.save_paths.append(str(target))
    window.actions_.save.trigger()
    assert window.doc.path == target
    assert sample_visit_path().read_bytes() == original


def test_saving_over_someone_elses_changes_asks_first(window, sample, dialogs, tmp_path):
    window.files.open_path(sample)
    theirs = sample.read_text(encoding="utf-8").replace("revision: 3", "revision: 4")
    sample.write_text(theirs, encoding="utf-8")
    stat = sample.stat()
    os.utime(sample, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    edit_title(window, "Mine")
    dialogs.answer(SB.Cancel)
    assert window.files.save() is False
    assert "changed by someone else" in dialogs.shown[-1].text
    assert sample.read_text(encoding="utf-8") == theirs
    copy = tmp_path / "mine.visit.yaml"
    dialogs.answer(SB.SaveAll)  # Save As…
    dialogs.save_paths.append(str(copy))
    assert window.files.save() is True
    assert load_visit(copy).visit.details.title == "Mine"
    assert sample.read_text(encoding="utf-8") == theirs


def test_replacing_someone_elses_changes_when_told(window, sample, dialogs):
    window.files.open_path(sample)
    with sample.open("a", encoding="utf-8") as handle:
        handle.write("# a colleague's line\n")
    edit_title(window, "Mine")
    dialogs.answer(SB.Save)  # Replace
    assert window.files.save() is True
    assert load_visit(sample).visit.details.title == "Mine"
    edit_title(window, "Again")
    assert window.files.save() is True  # our own save is not someone else's change
    assert len(dialogs.shown) == 1


def test_a_refused_file_lists_its_problems_without_repeating_the_path(window, dialogs, tmp_path):
    bad = tmp_path / "many.visit.yaml"
    stops = "".join(f"  - id: s{n}\n    start: 25:{n:02d}\n    title: T\n" for n in range(12))
    bad.write_text(
        "format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\n  start_date: 2027-03-16\n"
        "itinerary:\n" + stops,
        encoding="utf-8",
    )
    assert window.files.open_path(bad) is False
    shown = dialogs.shown[-1]
    assert str(tmp_path) not in shown.info
    assert shown.info.count("on the Programme page") == 8  # the window's names, not key paths
    assert "itinerary[" not in shown.info
    assert "more" in shown.info
    assert shown.details.count("itinerary[") == 12


@pytest.mark.parametrize("way", ["open", "recent", "drop"])
def test_a_refused_file_is_checked_before_asking_about_unsaved_work(window, sample, dialogs, tmp_path, way):
    window.files.open_path(sample)
    edit_title(window, "Pas encore enregistré")
    bad = tmp_path / "bad.visit.yaml"
    bad.write_text("format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\n  start_date: 2027-13-40\n")
    if way == "open":
        dialogs.open_paths.append(str(bad))
        window.actions_.open.trigger()
    elif way == "recent":
        window.settings.add_recent(bad)
        window._fill_recent()
        next(a for a in window.recent_menu.actions() if a.toolTip() == str(bad)).trigger()
    else:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(bad))])
        drop = QDropEvent(
            QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        window.dropEvent(drop)
    assert len(dialogs.shown) == 1, dialogs.texts()  # the refusal only, no "Save the changes…?"
    assert "bad.visit.yaml" in dialogs.shown[0].text
    assert window.doc.path == sample and window.doc.modified


def test_a_good_file_still_asks_about_unsaved_work(window, sample, dialogs, tmp_path):
    window.files.open_path(sample)
    edit_title(window, "Pas encore enregistré")
    other = tmp_path / "other.visit.yaml"
    other.write_bytes(sample.read_bytes())
    dialogs.answer(SB.Cancel)
    assert window.files.open_path(other) is False
    assert dialogs.shown[-1].text.startswith("Save the changes")
    assert window.doc.path == sample


def test_changed_on_disk_is_judged_by_content_too(window, sample, dialogs):
    """A same-size edit that keeps the old time (within FAT's two seconds, say) is a change."""
    window.files.open_path(sample)
    stat = sample.stat()
    assert not window.files.changed_on_disk()
    text = sample.read_bytes()
    sample.write_bytes(text.replace(b"Point presse conjoint", b"Point presse CONJOINT"))
    os.utime(sample, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert sample.stat().st_size == stat.st_size
    assert window.files.changed_on_disk()


def test_the_stamp_is_of_the_bytes_the_visit_was_read_from(window, sample, dialogs):
    """Hashed later than the file is read, it still says what the window shows: a change since is seen."""
    window.files.open_path(sample)
    stat = sample.stat()
    sample.write_bytes(sample.read_bytes().replace(b"Point presse conjoint", b"Point presse CONJOINT"))
    os.utime(sample, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert window.files.changed_on_disk()
    sample.write_bytes(sample.read_bytes().replace(b"Point presse CONJOINT", b"Point presse conjoint"))
    os.utime(sample, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert not window.files.changed_on_disk()
