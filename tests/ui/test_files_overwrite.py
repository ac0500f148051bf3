"""Save As and Export ask before replacing a file, once the suffix is on the name (issue 7 items 5, 15, 18, 26)."""

from __future__ import annotations

import os
import socket

from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefing.locks import lock_path
from briefing.storage import load_visit
from briefing.ui.commands import SetValue

SB = QMessageBox.StandardButton


def edit_title(window, text: str) -> None:
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "title", text, "Edit title", merge=False))


def test_save_as_b_asks_before_replacing_b_visit_yaml(window, sample, dialogs, tmp_path):
    window.files.open_path(sample)
    other = tmp_path / "visits" / "b.visit.yaml"
    other.write_bytes(sample.read_bytes().replace(b"Visite de", b"Autre visite de"))
    before = other.read_bytes()
    edit_title(window, "Mine")
    dialogs.save_paths.append(str(tmp_path / "visits" / "b"))  # typed "b": the suffix comes after
    dialogs.answer(SB.Cancel)  # "b.visit.yaml already exists. Replace it?" -> no: back to the dialog
    assert window.files.save_as() is False  # the dialog, shown again, is cancelled
    assert other.read_bytes() == before
    assert "b.visit.yaml" in dialogs.shown[0].text and "already exists" in dialogs.shown[0].text
    assert window.doc.modified

    dialogs.save_paths.append(str(tmp_path / "visits" / "b"))
    dialogs.answer(SB.Yes)  # Replace
    assert window.files.save_as() is True
    assert load_visit(other).visit.details.title == "Mine"
    assert window.doc.path == other


def test_save_as_after_declining_offers_the_dialog_again(window, sample, dialogs, tmp_path):
    window.files.open_path(sample)
    taken = tmp_path / "visits" / "taken.visit.yaml"
    taken.write_bytes(sample.read_bytes())
    dialogs.save_paths.extend([str(taken), str(tmp_path / "visits" / "fresh")])
    dialogs.answer(SB.Cancel)
    assert window.files.save_as() is True
    assert window.doc.path == tmp_path / "visits" / "fresh.visit.yaml"
    assert taken.read_bytes() == sample.read_bytes()


def test_save_as_respects_another_instances_lock(window, sample, dialogs, tmp_path):
    window.files.open_path(sample)
    locked = tmp_path / "visits" / "locked.visit.yaml"
    locked.write_bytes(sample.read_bytes())
    before = locked.read_bytes()
    # A live process on this machine (the test runner's parent) holds it.
    lock_path(locked).write_text(f"{os.getppid()}\n{socket.gethostname()}\nalice\n2026-12-05T10:00:00\n")
    edit_title(window, "Mine")
    dialogs.save_paths.append(str(locked))
    dialogs.answer(SB.Yes)  # would be "Replace" if it were asked: it must not be
    assert window.files.save_as() is False
    assert locked.read_bytes() == before
    assert "is open in Briefing" in dialogs.shown[0].text
    assert lock_path(locked).read_text().startswith(str(os.getppid()))


def test_export_report_asks_before_replacing_report_pdf(window, sample, dialogs, qtbot, tmp_path):
    window.files.open_path(sample)
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 precious")
    dialogs.save_paths.append(str(tmp_path / "report"))
    dialogs.answer(SB.Cancel)
    window.actions_.export.trigger()
    assert report.read_bytes() == b"%PDF-1.4 precious"
    assert not window.exporter.busy()
    assert "report.pdf" in dialogs.shown[0].text

    dialogs.save_paths.append(str(tmp_path / "report"))
    dialogs.answer(SB.Yes)
    with qtbot.waitSignal(window.exporter.exported, timeout=30_000):
        window.actions_.export.trigger()
    assert report.read_bytes().startswith(b"%PDF") and report.stat().st_size > 1000


def test_file_dialogs_do_not_ask_before_the_suffix_is_added(window, sample, dialogs, monkeypatch):
    window.files.open_path(sample)
    seen = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: seen.append(k.get("options")) or ("", "")),
    )
    window.files.save_as()
    window.exporter.export_dialog()
    assert len(seen) == 2
    assert all(options & QFileDialog.Option.DontConfirmOverwrite for options in seen)


def test_open_dialog_offers_all_files(window, dialogs, monkeypatch):
    seen = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda parent, caption, folder, filters, **k: seen.append(filters) or ("", "")),
    )
    window.actions_.open.trigger()
    filters = seen[0].split(";;")
    assert filters[0].startswith("Visit files")
    assert "All files (*)" in filters


def test_saving_over_a_read_only_file_says_so_and_offers_save_as(window, sample, dialogs, tmp_path):
    window.files.open_path(sample)
    before = sample.read_bytes()
    sample.chmod(0o444)
    edit_title(window, "Mine")
    dialogs.answer(SB.Cancel)
    assert window.files.save() is False
    assert sample.read_bytes() == before
    assert "read-only" in dialogs.shown[0].text
    assert window.doc.modified

    copy = tmp_path / "visits" / "mine.visit.yaml"
    dialogs.save_paths.append(str(copy))
    dialogs.answer(SB.SaveAll)  # Save As…
    assert window.files.save() is True
    assert window.doc.path == copy
    assert load_visit(copy).visit.details.title == "Mine"
    assert sample.read_bytes() == before


def test_save_of_an_unmodified_visit_writes_nothing(window, sample, dialogs):
    window.files.open_path(sample)
    stamp = sample.stat().st_mtime_ns
    backups = sorted(p.name for p in sample.parent.iterdir())
    os.utime(sample, ns=(stamp - 10**9, stamp - 10**9))
    window.files.disk_stamp = (sample.stat().st_mtime_ns, sample.stat().st_size)
    assert window.files.save() is True
    assert sample.stat().st_mtime_ns == stamp - 10**9
    assert sorted(p.name for p in sample.parent.iterdir()) == backups
    assert dialogs.shown == []


def test_a_hand_written_file_with_comments_is_flagged_once_when_opened(window, sample, dialogs, tmp_path, qtbot):
    window.files.open_path(sample)  # the sample is written by hand, with comments at the top
    qtbot.waitUntil(lambda: window.files.comments_notice is not None)  # once the window is on screen
    notice = window.files.comments_notice
    assert notice is not None and notice.isVisible()
    assert "comments" in notice.text() and "sample.visit.yaml" in notice.text()
    assert "gone" in notice.informativeText()
    notice.close()
    window.files.comments_notice = None

    edit_title(window, "Changed")
    window.files.save()  # the file has no comments any more: nothing is said again
    window.files.revert()
    window.files.open_path(sample)
    assert window.files.comments_notice is None

    plain = tmp_path / "plain.visit.yaml"
    plain.write_text(
        'format: briefing-visit\nversion: 1\nvisit:\n  title: "Not # a comment"\n  principal: P\n'
        "  start_date: 2027-03-18\n"
    )
    window.files.open_path(plain)
    assert window.files.comments_notice is None


def test_a_notice_waiting_for_the_first_paint_is_dropped_when_another_file_replaces_it(
    make_window, sample, dialogs, qtbot, tmp_path
):
    plain = tmp_path / "plain.visit.yaml"
    plain.write_text(
        "format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\n  start_date: 2027-03-18\n"
    )
    window = make_window(show=False)
    window.show()  # as run_app: shown, then files opened before the event loop runs
    window.files.open_path(sample)
    window.files.open_path(plain)  # before the window was drawn
    qtbot.waitUntil(lambda: window._painted)
    qtbot.wait(50)
    assert window.files.comments_notice is None


def test_the_comments_notice_of_a_file_opened_at_start_comes_over_the_painted_window(make_window, sample, qtbot):
    window = make_window(show=False)
    painted = []
    window.firstPainted.connect(lambda: painted.append(window.files.comments_notice))
    window.show()  # as run_app: shown, then the file opened before the event loop runs
    window.files.open_path(sample)
    assert window.files.comments_notice is None  # not before the window is on screen
    qtbot.waitUntil(lambda: window.files.comments_notice is not None)
    assert painted == [None]
    assert window.files.comments_notice.isVisible()
