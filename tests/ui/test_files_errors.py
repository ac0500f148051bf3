"""Errors in the user's words, with the next step offered (issue 7 item 23)."""

from __future__ import annotations

import errno

from PySide6.QtWidgets import QMessageBox

import briefing.pdf
from briefing.storage import load_visit
from briefing.ui.commands import SetValue

SB = QMessageBox.StandardButton


def test_export_into_an_unwritable_folder_says_why_and_offers_export_again(
    window, sample, dialogs, qtbot, tmp_path, monkeypatch
):
    window.files.open_path(sample)
    locked = tmp_path / "locked"
    locked.mkdir()
    real = briefing.pdf.export_pack

    def refused(visit, path, options=None):
        if str(path).startswith(str(locked)):
            raise PermissionError(errno.EACCES, "Permission denied", str(locked / ".pack.pdf.tmp8f3k"))
        return real(visit, path, options)

    monkeypatch.setattr(briefing.pdf, "export_pack", refused)
    good = tmp_path / "elsewhere.pdf"
    dialogs.save_paths.extend([str(locked / "pack.pdf"), str(good)])
    dialogs.answer(SB.Retry)  # "Export…": the dialog again
    with qtbot.waitSignal(window.exporter.failed, timeout=30_000):
        window.actions_.export.trigger()
    shown = dialogs.shown[0]
    assert shown.text == "The briefing pack could not be saved in “locked”."
    assert shown.info.startswith("You are not allowed to write in this folder.")
    for leak in ("Errno", "tmp8f3k", "Traceback", "Permission denied"):
        assert leak not in shown.info + shown.details + shown.text
    assert shown.buttons & SB.Retry
    qtbot.waitUntil(lambda: good.exists(), timeout=30_000)
    assert good.read_bytes().startswith(b"%PDF")


def test_a_save_refused_by_the_disk_offers_save_as(window, sample, dialogs, tmp_path, monkeypatch):
    import briefing.storage

    window.files.open_path(sample)
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "title", "Mine", "Edit title", merge=False))
    real = briefing.storage.save_visit

    def refused(visit, path):
        if path == sample:
            raise PermissionError(errno.EACCES, "Permission denied", str(sample.parent / ".sample.tmp1"))
        return real(visit, path)

    monkeypatch.setattr(briefing.storage, "save_visit", refused)
    copy = tmp_path / "copy.visit.yaml"
    dialogs.save_paths.append(str(copy))
    dialogs.answer(SB.Retry)  # "Save As…"
    assert window.files.save() is True
    assert "Errno" not in dialogs.shown[0].info and ".sample.tmp1" not in dialogs.shown[0].info
    assert window.doc.path == copy
    assert load_visit(copy).visit.details.title == "Mine"


def test_a_refused_file_names_fields_as_the_window_does(window, dialogs, tmp_path):
    bad = tmp_path / "bad.visit.yaml"
    bad.write_text(
        "format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\n  start_date: 2027-13-40\n"
        "itinerary:\n  - id: a\n    start: '25:99'\n    title: Arrivée\n"
    )
    assert window.files.open_path(bad) is False
    info = dialogs.shown[0].info
    assert "First day, on the Visit page" in info
    assert "Start of entry 1, on the Programme page" in info
    for technical in ("visit.start_date", "itinerary[0]", "YYYY", "HH:MM"):
        assert technical not in info
    assert "visit.start_date" in dialogs.shown[0].details


def test_field_places_in_french(qapp):
    from briefing.ui.fieldnames import field_place
    from briefing.ui.i18n import install_translations

    installed = install_translations(qapp, "fr")
    try:
        assert field_place(("visit", "start_date")) == "Premier jour, sur la page Visite"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert field_place(("visit", "start_date")) == "First day, on the Visit page"
    assert field_place(("attendees", 2, "name")) == "Name of entry 3, on the People page"


def test_a_missing_field_is_named_by_its_label(window, dialogs, tmp_path):
    bad = tmp_path / "bad.visit.yaml"
    bad.write_text("format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\n")
    assert window.files.open_path(bad) is False
    info = dialogs.shown[0].info
    assert "First day" in info and "start_date" not in info
