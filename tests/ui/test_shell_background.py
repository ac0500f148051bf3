"""Export, print and preview run in the background while the event loop goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from briefing.ui.commands import SetValue


@pytest.fixture
def window(wide_window):
    return wide_window


def test_export_runs_in_the_background(window, sample, dialogs, qtbot, tmp_path):
    window.files.open_path(sample)
    out = tmp_path / "pack.pdf"
    dialogs.save_paths.append(str(out))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    with qtbot.waitSignal(window.exporter.exported, timeout=30_000) as blocker:
        window.actions_.export.trigger()
        assert window.exporter.busy()
        assert not window.exporter.progress.isHidden()
    timer.stop()
    assert blocker.args[0] == str(out)
    assert out.read_bytes().startswith(b"%PDF")
    assert ticks  # the event loop ran while the pack was being built
    assert window.exporter.progress.isHidden()
    assert window.actions_.open_pdf.isEnabled()
    window.actions_.open_pdf.trigger()
    assert [u.toLocalFile() for u in dialogs.opened_urls] == [str(out)]


def test_export_failure_reaches_the_user_as_a_dialog(window, dialogs, qtbot, tmp_path):
    out = tmp_path / "missing-folder" / "pack.pdf"
    with qtbot.waitSignal(window.exporter.failed, timeout=30_000):
        window.exporter.export_to(out)
    assert not out.exists()
    assert dialogs.shown[-1].text == "The briefing pack could not be saved in “missing-folder”."
    assert dialogs.shown[-1].info == "The folder does not exist (any more). Choose another folder or name."
    assert not dialogs.shown[-1].details
    assert window.exporter.progress.isHidden()


def test_print_renders_every_page(window, sample, dialogs, qtbot, tmp_path, monkeypatch):
    window.files.open_path(sample)
    out = tmp_path / "printed.pdf"
    make = window.exporter.make_printer

    def to_file():
        printer = make()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(window.exporter, "make_printer", to_file)
    monkeypatch.setattr("briefing.ui.exporter.PRINT_DPI", 50)  # the test checks pages, not sharpness
    with qtbot.waitSignal(window.exporter.printed, timeout=30_000) as blocker:
        window.actions_.print.trigger()
    assert blocker.args[0] > 1
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == blocker.args[0]


def test_preview_rebuilds_after_edits_stop(window, sample, qtbot):
    window.files.open_path(sample)
    preview = window.preview
    preview.timer.setInterval(50)
    with qtbot.waitSignal(preview.loaded, timeout=30_000):
        preview.schedule()
    assert preview.document.status() == QPdfDocument.Status.Ready
    first_pages = preview.page_count()
    assert first_pages > 1
    shown = preview.shown_generation
    # A burst of edits gives one rebuild, not one per edit.
    details = window.doc.visit.details
    for n in range(5):
        window.doc.push(SetValue(window.doc, "details", details, "title", f"Titre {n}", "Edit title"))
    assert preview.timer.isActive()
    with qtbot.waitSignal(preview.loaded, timeout=30_000) as blocker:
        pass
    assert blocker.args[0] == shown + 1
    assert preview.document.status() == QPdfDocument.Status.Ready


def test_preview_builds_one_at_a_time_and_never_goes_back(window, qtbot):
    preview = window.preview
    shown = []
    preview.loaded.connect(shown.append)
    preview.rebuild()
    first = preview.generation
    preview.rebuild()  # asked while building: runs after the first one
    assert preview.pending and preview.generation == first
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == first + 1, timeout=30_000)
    assert shown == sorted(shown)
    assert not preview.building and preview.busy_label.text() == ""
    late = preview.shown_generation
    preview._built(first, (b"%PDF-not-used", []))  # a late, older result
    assert preview.shown_generation == late


def test_hidden_preview_does_not_build(window, qtbot):
    window.actions_.preview.setChecked(False)
    assert window.preview.isHidden()
    assert window.settings.preview_visible() is False
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "title", "x", "Edit title"))
    assert not window.preview.timer.isActive()
    window.actions_.preview.setChecked(True)
    assert window.preview.timer.isActive()


def test_export_uses_the_title_for_the_default_name(window, dialogs, monkeypatch):
    seen = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        staticmethod(lambda parent, caption, suggested, filt, **k: seen.append(suggested) or ("", "")),
    )
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "title", "Visite à Lyon", "Edit title"))
    window.actions_.export.trigger()
    assert Path(seen[0]).name == "Visite à Lyon.pdf"


def test_the_preview_keeps_its_page_when_rebuilt(window, sample, qtbot):
    window.files.open_path(sample)
    preview = window.preview
    preview.timer.setInterval(10)
    with qtbot.waitSignal(preview.loaded, timeout=30_000):
        preview.schedule()
    # Opening also starts a build: let every build land before moving the page.
    qtbot.waitUntil(lambda: not preview.building and not preview.pending, timeout=30_000)
    assert preview.page_count() > 2
    navigator = preview.view.pageNavigator()
    navigator.jump(2, navigator.currentLocation(), navigator.currentZoom())
    assert navigator.currentPage() == 2
    details = window.doc.visit.details
    with qtbot.waitSignal(preview.loaded, timeout=30_000):
        window.doc.push(SetValue(window.doc, "details", details, "summary", "Changed", "Edit summary"))
    assert preview.view.pageNavigator().currentPage() == 2


def test_preview_shows_the_page_and_zooms(window, sample, qtbot):
    window.files.open_path(sample)
    preview = window.preview
    preview.timer.setInterval(10)
    with qtbot.waitSignal(preview.loaded, timeout=30_000):
        preview.schedule()
    assert preview.page_label.text() == f"Page 1 of {preview.page_count()}"
    preview.zoom_by(2)
    assert preview.view.zoomMode() == preview.view.ZoomMode.Custom
    bigger = preview.view.zoomFactor()
    preview.zoom_by(0.5)
    assert preview.view.zoomFactor() < bigger
    preview.fit(preview.view.ZoomMode.FitInView)
    assert preview.view.zoomMode() == preview.view.ZoomMode.FitInView


def test_closing_a_window_during_a_build_drops_the_late_result(make_window, qtbot, monkeypatch, dialogs):
    import time

    from PySide6.QtCore import QThreadPool

    import briefing.ui.exporter
    import briefing.ui.pack_process

    def slow(build):
        return lambda *args: (time.sleep(0.3), build(*args))[1]

    builder = briefing.ui.pack_process
    monkeypatch.setattr(builder, "build_in_process", slow(builder.build_in_process))
    monkeypatch.setattr(briefing.ui.exporter, "build_pack", slow(briefing.ui.exporter.build_pack))
    window = make_window()
    window.preview.rebuild()
    window.exporter.print_pack()
    dialogs.answer(QMessageBox.StandardButton.Close)  # "An export is still running. Close anyway?"
    assert window.close()
    qtbot.wait(20)  # the window is deleted (WA_DeleteOnClose)
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(50)  # late results are delivered (or dropped) here; an error would fail the test


def test_an_opened_file_is_previewed_at_once(window, sample, qtbot):
    window.preview.timer.setInterval(60_000)  # typing's wait does not apply to opening
    with qtbot.waitSignal(window.preview.loaded, timeout=20_000):
        window.files.open_path(sample)
    assert window.preview.page_count() > 1


def preview_findings(window, sample, qtbot, field: str, value: str) -> list:
    """The pack's findings once the preview has been rebuilt after the sample's ``field`` is set to ``value``."""
    window.files.open_path(sample)
    with qtbot.waitSignal(window.preview.loaded, timeout=30_000):
        pass
    details = window.doc.visit.details
    window.preview.timer.setInterval(10)
    with qtbot.waitSignal(window.preview.warningsChanged, timeout=30_000) as blocker:
        window.doc.push(SetValue(window.doc, "details", details, field, value, "Edit"))
    return blocker.args[0]


def test_what_the_pack_cannot_print_is_listed_in_the_checks(window, sample, qtbot):
    found = preview_findings(window, sample, qtbot, "title", "Visite 漢字")
    assert found, "the pack should warn about the characters its font lacks"
    entry = next(e for e in window.checks.entries if "cannot be printed" in e.text)
    assert entry.path == ("visit", "title")
    assert "漢" in entry.text


def test_the_export_dialog_words_the_packs_warnings_without_their_key_paths(window, sample, dialogs, qtbot, tmp_path):
    window.files.open_path(sample)
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "title", "Visite 漢", "Edit title"))
    out = tmp_path / "pack.pdf"
    with qtbot.waitSignal(window.exporter.exported, timeout=30_000):
        window.exporter.export_to(out)
    from briefing.pdf.fonts import SUBSTITUTE

    (shown,) = [s for s in dialogs.shown if "with warnings" in s.text]
    assert shown.info.splitlines() == [
        "• Title, on the Visit page: Some characters cannot be printed with the pack's font (“漢” (U+6F22)); "
        f"they are shown as “{SUBSTITUTE}”."
    ]


def test_a_field_the_checks_name_is_not_listed_again_from_the_pack(window, sample, qtbot):
    found = preview_findings(window, sample, qtbot, "timezone", "Europe/Pariss")
    assert [w.code for w in found] == ["zone-produced-in-utc"]
    window.checks.refresh()
    about_zone = [e.text for e in window.checks.entries if e.path == ("visit", "timezone")]
    assert about_zone == [
        "The time zone “Europe/Pariss” is not known on this computer; the pack prints times without a zone."
    ]


def test_the_preview_before_its_first_build_looks_like_an_empty_pages_view(wide_window, qtbot):
    """The blank that stands in for the pages until a pack is built (QtPdf comes with it) is drawn as the view."""
    preview = wide_window.preview
    blank = preview.pages
    assert preview.page_count() == 0 and preview.page_label.text() == ""
    qtbot.waitUntil(lambda: preview.painted)
    before, place = blank.grab().toImage(), blank.geometry()
    view = preview.view  # made in the blank's place, empty
    qtbot.waitUntil(lambda: view.isVisible() and view.painted)
    assert preview.pages is view and view.geometry() == place
    after = view.grab().toImage()
    assert after.size() == before.size()
    assert after == before
    assert preview.page_label.text() == ""
